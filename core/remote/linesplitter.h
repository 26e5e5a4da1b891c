// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/command.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hydron::remote {

// Turns a byte stream into whole lines, the same way for local and remote processes:
// "\n" and "\r\n" end a line; a lone "\r" ends a progress line (OutputLine::progress), empty
// progress segments are dropped; a line longer than maxLineBytes is cut into pieces; the
// trailing partial line comes out of finish(). Text is decoded as UTF-8 one whole line at a
// time, so a character split across two reads stays intact.
class LineSplitter final
{
public:
    static constexpr qsizetype maxLineBytes = 256 * 1024;

    explicit LineSplitter(Stream stream = Stream::Stdout);

    // Appends the lines completed by `data` to `out`.
    void feed(QByteArrayView data, QList<OutputLine> &out);
    // Appends what is left (a last line without a newline, a pending progress line).
    void finish(QList<OutputLine> &out);

private:
    void emitLine(QByteArrayView bytes, bool progress, QList<OutputLine> &out);

    Stream m_stream;
    QByteArray m_partial;
    bool m_pendingCr = false; // the previous chunk ended in '\r': is a '\n' next?
};

} // namespace hydron::remote
