// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hydron::assistant {

// One dispatched server-sent event. `data` holds the UTF-8 bytes of all `data:` lines joined by
// "\n" (lines are cut at byte level and only ever at ASCII line breaks, so multi-byte characters
// split across network chunks arrive whole).
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message"); // the `event:` field, "message" when absent
    QByteArray data;
    QByteArray id;  // the last `id:` seen in the stream (it persists across events)
    int retry = -1; // the last `retry:` value in ms, -1 when none was sent

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// An incremental parser for the text/event-stream format (the WHATWG HTML "server-sent events"
// section): feed it the body in arbitrary byte chunks and it returns the events completed so far.
// Handles LF, CRLF and lone CR line ends (also a CR at the end of one chunk with the LF in the
// next), multi-line data, comments, fields without a colon, a leading byte order mark, and
// ignores unknown fields. Pure: no I/O, no Qt event loop.
class SseParser final
{
public:
    // A line longer than this is refused: a broken or hostile server cannot make Hydron buffer
    // without bound.
    static constexpr qsizetype defaultMaxLineBytes = 16 * 1024 * 1024;

    explicit SseParser(qsizetype maxLineBytes = defaultMaxLineBytes);

    // The events completed by this chunk, in order. After an error the parser stays failed.
    [[nodiscard]] Result<QList<SseEvent>> feed(QByteArrayView chunk);

    // True when bytes of an unfinished event are buffered (at the end of a stream they are
    // discarded, as the format prescribes).
    [[nodiscard]] bool hasPendingData() const;
    [[nodiscard]] qsizetype bytesFed() const { return m_bytesFed; }
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_line; // the unfinished line carried over from the previous chunk
    QByteArray m_type; // `event:` of the event being built
    QByteArray m_data; // `data:` lines of the event being built, each followed by LF
    QByteArray m_lastId;
    int m_retry = -1;
    bool m_hasData = false;
    bool m_skipLeadingLf = false; // the previous chunk ended in CR: a LF now belongs to it
    bool m_firstLine = true;      // a byte order mark may only start the stream
    bool m_failed = false;
    qsizetype m_bytesFed = 0;
};

} // namespace hydron::assistant
