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

// Appends `text` as a JSON string (quotes included). UTF-8 bytes >= 0x80 pass as they are;
// quotes, backslashes and control characters are escaped.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\') {
            out += c;
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    out += '"';
}

// Reads a JSON string starting at `pos` (at its opening quote) without escapes beyond the
// ones appendJsonString writes; false when it meets anything else (the caller then falls back
// to the full parser).
bool readJsonString(QByteArrayView line, qsizetype &pos, QString &out)
{
    if (pos >= line.size() || line.at(pos) != '"')
        return false;
    ++pos;
    const qsizetype start = pos;
    bool escaped = false;
    while (pos < line.size() && line.at(pos) != '"') {
        if (line.at(pos) == '\\') {
            escaped = true;
            pos += 2;
            continue;
        }
        ++pos;
    }
    if (pos >= line.size())
        return false;
    const QByteArrayView raw = line.sliced(start, pos - start);
    ++pos; // the closing quote
    if (!escaped) {
        out = QString::fromUtf8(raw);
        return true;
    }
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '\\') {
            bytes += c;
            continue;
        }
        if (++i >= raw.size())
            return false;
        switch (raw.at(i)) {
        case '"':
            bytes += '"';
            break;
        case '\\':
            bytes += '\\';
            break;
        case '/':
            bytes += '/';
            break;
        case 'n':
            bytes += '\n';
            break;
        case 'r':
            bytes += '\r';
            break;
        case 't':
            bytes += '\t';
            break;
        case 'u': {
            if (i + 4 >= raw.size())
                return false;
            bool ok = false;
            const int code = QByteArray(raw.sliced(i + 1, 4).data(), 4).toInt(&ok, 16);
            if (!ok || code >= 0x80)
                return false; // only the control characters appendJsonString writes
            bytes += static_cast<char>(code);
            i += 4;
            break;
        }
        default:
            return false;
        }
    }
    out = QString::fromUtf8(bytes);
    return true;
}

bool expect(QByteArrayView line, qsizetype &pos, QByteArrayView text)
{
    if (line.sliced(pos).startsWith(text)) {
        pos += text.size();
        return true;
    }
    return false;
}

// The fast path for the lines append() writes: {"step":N,"stream":"out","time":"…","text":"…"}.
bool readFastLine(QByteArrayView line, LogLine &out, QString &time)
{
    qsizetype pos = 0;
    if (!expect(line, pos, "{\"step\":"))
        return false;
    const qsizetype numberStart = pos;
    if (pos < line.size() && line.at(pos) == '-')
        ++pos;
    while (pos < line.size() && line.at(pos) >= '0' && line.at(pos) <= '9')
        ++pos;
    bool ok = false;
    out.step = QByteArray(line.sliced(numberStart, pos - numberStart).data(), pos - numberStart).toInt(&ok);
    if (!ok || !expect(line, pos, ",\"stream\":"))
        return false;
    QString stream;
    if (!readJsonString(line, pos, stream) || !expect(line, pos, ",\"time\":") || !readJsonString(line, pos, time) ||
        !expect(line, pos, ",\"text\":") || !readJsonString(line, pos, out.text) || !expect(line, pos, "}"))
        return false;
    const auto parsedStream = enumFromName(streamNames, stream);
    if (!parsedStream)
        return false;
    out.stream = *parsedStream;
    return true;
}

} // namespace

RunLog::RunLog(QString directory)
    : m_directory(std::move(directory))
{}

QString RunLog::fileName(qint64 runId) const
{
    return QDir(m_directory).filePath(u"%1.jsonl"_s.arg(runId));
}

QByteArray RunLog::encode(const QList<LogLine> &lines)
{
    // Written by hand rather than through QJsonDocument: a build can log a million lines, and
    // this is several times faster. Lines of one batch usually share their time.
    QByteArray bytes;
    bytes.reserve(lines.size() * 96);
    QDateTime lastTime;
    QByteArray lastTimeJson;
    for (const LogLine &line : lines) {
        const QDateTime time = line.time.isValid() ? line.time : QDateTime::currentDateTimeUtc();
        if (lastTimeJson.isEmpty() || time != lastTime) {
            lastTime = time;
            lastTimeJson.clear();
            appendJsonString(lastTimeJson, toIsoString(time));
        }
        bytes += "{\"step\":";
        bytes += QByteArray::number(line.step);
        bytes += ",\"stream\":";
        appendJsonString(bytes, enumToName(streamNames, line.stream));
        bytes += ",\"time\":";
        bytes += lastTimeJson;
        bytes += ",\"text\":";
        appendJsonString(bytes, line.text);
        bytes += "}\n";
    }
    return bytes;
}

Result<void> RunLog::append(qint64 runId, const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return {};
    if (!QDir().mkpath(m_directory))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::RunLog", "Hydron cannot create the run log folder %1.")
                        .arg(m_directory));
    const QByteArray bytes = encode(lines);
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
    QString lastTimeText;
    QDateTime lastTime;
    while (chunk.lines.size() < maxLines) {
        const QByteArray raw = file.readLine();
        if (raw.isEmpty() || !raw.endsWith('\n'))
            break; // end, or a line still being written
        chunk.nextOffset += raw.size();
        LogLine fast;
        QString timeText;
        if (readFastLine(QByteArrayView(raw).chopped(1), fast, timeText)) {
            // Lines written together share their time: parse each distinct one once.
            if (timeText != lastTimeText) {
                lastTimeText = timeText;
                lastTime = fromIsoString(timeText);
            }
            fast.time = lastTime;
            chunk.lines.append(fast);
            continue;
        }
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
