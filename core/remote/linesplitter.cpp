// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/linesplitter.h"

#include <algorithm>
#include <cstring>

namespace hydron::remote {

LineSplitter::LineSplitter(Stream stream)
    : m_stream(stream)
{}

void LineSplitter::emitLine(QByteArrayView bytes, bool progress, QList<OutputLine> &out)
{
    if (progress && bytes.isEmpty())
        return;
    OutputLine &line = out.emplaceBack();
    line.stream = m_stream;
    line.text = QString::fromUtf8(bytes);
    line.progress = progress;
}

void LineSplitter::feed(QByteArrayView data, QList<OutputLine> &out)
{
    // Room for the lines this chunk probably holds (short lines are the common, costly case).
    if (out.capacity() - out.size() < data.size() / 16)
        out.reserve(out.size() + std::max<qsizetype>(data.size() / 8, out.size())); // geometric
    const char *p = data.data();
    const char *const end = p + data.size();
    if (p == end)
        return;

    if (m_pendingCr) {
        m_pendingCr = false;
        if (*p == '\n') {
            emitLine(m_partial, false, out);
            ++p;
        } else {
            emitLine(m_partial, true, out);
        }
        m_partial.clear();
    }

    while (p < end) {
        // The next '\n' or '\r', whichever comes first.
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        const char *scanEnd = nl ? nl : end;
        const char *cr = static_cast<const char *>(std::memchr(p, '\r', static_cast<std::size_t>(scanEnd - p)));
        const char *stop = cr ? cr : nl;
        if (!stop) {
            m_partial.append(p, end - p);
            while (m_partial.size() >= maxLineBytes) {
                emitLine(QByteArrayView(m_partial).first(maxLineBytes), false, out);
                m_partial.remove(0, maxLineBytes);
            }
            return;
        }

        const QByteArrayView piece(p, stop - p);
        bool progress = false;
        const char *next = stop + 1;
        if (*stop == '\r') {
            if (next == end) {
                // Is it "\r\n" split across two reads, or a progress line? Decide on the next read.
                m_partial.append(piece);
                m_pendingCr = true;
                return;
            }
            if (*next == '\n')
                ++next;
            else
                progress = true;
        }
        if (m_partial.isEmpty()) {
            emitLine(piece, progress, out);
        } else {
            m_partial.append(piece);
            emitLine(m_partial, progress, out);
            m_partial.clear();
        }
        p = next;
    }
}

void LineSplitter::finish(QList<OutputLine> &out)
{
    if (m_pendingCr)
        emitLine(m_partial, true, out);
    else if (!m_partial.isEmpty())
        emitLine(m_partial, false, out);
    m_partial.clear();
    m_pendingCr = false;
}

} // namespace hydron::remote
