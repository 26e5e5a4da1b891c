// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/outputcollector.h"

#include "core/remote/commandwrapper.h"

namespace hydron::remote {

OutputCollector::OutputCollector() = default;

void OutputCollector::takeMarker(QList<OutputLine> &stdoutLines)
{
    if (stdoutLines.isEmpty())
        return;
    m_awaitingMarker = false;
    const QString &first = stdoutLines.first().text;
    const QString prefix = processGroupMarker();
    if (first.startsWith(prefix)) {
        bool ok = false;
        const qint64 pid = QStringView(first).mid(prefix.size()).toLongLong(&ok);
        if (ok && pid > 1)
            m_processGroup = pid;
        stdoutLines.removeFirst();
    }
}

void OutputCollector::feed(Stream stream, QByteArrayView data)
{
    if (stream == Stream::Stderr) {
        m_stderr.feed(data, m_lines);
        return;
    }
    if (!m_awaitingMarker) {
        m_stdout.feed(data, m_lines);
        return;
    }
    QList<OutputLine> fresh;
    m_stdout.feed(data, fresh);
    takeMarker(fresh);
    m_lines.append(std::move(fresh));
}

void OutputCollector::finish()
{
    QList<OutputLine> rest;
    m_stdout.finish(rest);
    if (m_awaitingMarker)
        takeMarker(rest);
    m_lines.append(std::move(rest));
    m_stderr.finish(m_lines);
}

QList<OutputLine> OutputCollector::takeLines()
{
    return std::exchange(m_lines, {});
}

} // namespace hydron::remote
