// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/sseparser.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

constexpr QByteArrayView byteOrderMark("\xEF\xBB\xBF");

bool allDigits(QByteArrayView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

SseParser::SseParser(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

void SseParser::reset()
{
    *this = SseParser(m_maxLineBytes);
}

bool SseParser::hasPendingData() const
{
    return !m_line.isEmpty() || m_hasData || !m_type.isEmpty();
}

Result<QList<SseEvent>> SseParser::feed(QByteArrayView chunk)
{
    if (m_failed)
        return fail(Error::Code::Network,
                    QCoreApplication::translate("hydron::Claude", "The event stream from the server is unusable."),
                    u"parser already failed"_s);
    m_bytesFed += chunk.size();
    QList<SseEvent> out;
    qsizetype pos = 0;
    const qsizetype size = chunk.size();
    if (m_skipLeadingLf && size > 0) {
        if (chunk.front() == '\n')
            pos = 1;
        m_skipLeadingLf = false;
    }
    while (pos < size) {
        const char *begin = chunk.data() + pos;
        const char *end = chunk.data() + size;
        const char *brk = std::find_if(begin, end, [](char c) { return c == '\n' || c == '\r'; });
        const qsizetype lineLength = brk - begin;
        if (m_line.size() + lineLength > m_maxLineBytes) {
            m_failed = true;
            return fail(Error::Code::Network,
                        QCoreApplication::translate("hydron::Claude",
                                                    "The server sent an event line longer than %1 MB; Hydron stopped "
                                                    "reading the answer.")
                            .arg(m_maxLineBytes / (1024 * 1024)),
                        u"SSE line exceeds %1 bytes"_s.arg(m_maxLineBytes));
        }
        if (brk == end) {
            m_line.append(begin, lineLength);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(begin, lineLength), out);
        } else {
            m_line.append(begin, lineLength);
            processLine(m_line, out);
            m_line.clear();
        }
        pos += lineLength + 1;
        if (*brk == '\r') {
            if (pos < size) {
                if (chunk.at(pos) == '\n')
                    ++pos;
            } else {
                m_skipLeadingLf = true;
            }
        }
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith(byteOrderMark))
            line = line.sliced(byteOrderMark.size());
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // a comment (servers use them as keep-alives)
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    } else if (field == "retry") {
        if (allDigits(value) && value.size() < 10)
            m_retry = value.toInt();
    }
    // Other fields are ignored, as the format requires.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (!m_hasData) {
        m_type.clear();
        return;
    }
    SseEvent event;
    if (!m_type.isEmpty())
        event.type = m_type;
    m_data.chop(1); // the LF after the last data line
    event.data = m_data;
    event.id = m_lastId;
    event.retry = m_retry;
    out.append(std::move(event));
    m_type.clear();
    m_data.clear();
    m_hasData = false;
}

} // namespace hydron::assistant
