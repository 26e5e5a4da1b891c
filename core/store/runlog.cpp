// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/runlog.h"

#include "core/model/json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<LogLine::Stream>, 3> streamNames{{
    {LogLine::Stream::Stdout, u"out"},
    {LogLine::Stream::Stderr, u"err"},
    {LogLine::Stream::System, u"sys"},
}};

} // namespace

RunLog::RunLog(QString directory)
    : m_directory(std::move(directory))
{}

QString RunLog::fileName(qint64 runId) const
{
    return QDir(m_directory).filePath(u"%1.jsonl"_s.arg(runId));
}

Result<void> RunLog::append(qint64 runId, const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return {};
    if (!QDir().mkpath(m_directory))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::RunLog", "Hydron cannot create the run log folder %1.")
                        .arg(m_directory));
    QByteArray bytes;
    for (const LogLine &line : lines) {
        const QJsonObject o{{u"step"_s, line.step},
                            {u"stream"_s, enumToName(streamNames, line.stream)},
                            {u"time"_s, toIsoString(line.time.isValid() ? line.time : QDateTime::currentDateTimeUtc())},
                            {u"text"_s, line.text}};
        bytes += QJsonDocument(o).toJson(QJsonDocument::Compact);
        bytes += '\n';
    }
    QFile file(fileName(runId));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::RunLog", "Hydron cannot write the log of run %1.").arg(runId),
                    file.errorString());
    return {};
}

Result<LogChunk> RunLog::read(qint64 runId, qint64 offset, int maxLines) const
{
    LogChunk chunk;
    chunk.nextOffset = offset;
    QFile file(fileName(runId));
    if (!file.exists())
        return chunk;
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::RunLog", "Hydron cannot read the log of run %1.").arg(runId),
                    file.errorString());
    while (chunk.lines.size() < maxLines) {
        const QByteArray raw = file.readLine();
        if (raw.isEmpty() || !raw.endsWith('\n'))
            break; // end, or a line still being written
        chunk.nextOffset += raw.size();
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (o.isEmpty())
            continue; // a damaged line: skip it rather than lose the rest
        LogLine line;
        line.step = o.value(u"step").toInt(-1);
        line.stream = enumFromName(streamNames, o.value(u"stream").toString()).value_or(LogLine::Stream::Stdout);
        line.time = fromIsoString(o.value(u"time").toString());
        line.text = o.value(u"text").toString();
        chunk.lines.append(line);
    }
    return chunk;
}

Result<void> RunLog::remove(qint64 runId)
{
    QFile file(fileName(runId));
    if (file.exists() && !file.remove())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::RunLog", "Hydron cannot delete the log of run %1.").arg(runId),
                    file.errorString());
    return {};
}

} // namespace hydron
