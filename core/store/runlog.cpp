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

// Appends `text` as a JSON string (quotes included), encoding UTF-16 to UTF-8 as it goes: quotes,
// backslashes and control characters are escaped, a lone surrogate becomes U+FFFD. Written into
// the buffer directly: a build may log a million lines, and appending byte by byte was most of
// the log thread's time.
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 2 + text.size() * 6); // the worst case: every unit a \u00XX escape
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *d++ = static_cast<char>(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case u'\n':
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *d++ = static_cast<char>(0xc0 | (c >> 6));
            *d++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, s[++i]);
            *d++ = static_cast<char>(0xf0 | (u >> 18));
            *d++ = static_cast<char>(0x80 | ((u >> 12) & 0x3f));
            *d++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *d++ = static_cast<char>(0x80 | (u & 0x3f));
        } else {
            const char16_t u = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
            *d++ = static_cast<char>(0xe0 | (u >> 12));
            *d++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *d++ = static_cast<char>(0x80 | (u & 0x3f));
        }
    }
    *d++ = '"';
    out.resize(d - out.constData());
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
    // this is many times faster. Lines of one batch usually share their step, stream and time, so
    // everything before the text is made once per change.
    QByteArray bytes;
    bytes.reserve(lines.size() * 112);
    QByteArray prefix;
    int lastStep = 0;
    LogLine::Stream lastStream = LogLine::Stream::Stdout;
    QDateTime lastTime;
    for (const LogLine &line : lines) {
        const QDateTime time = line.time.isValid() ? line.time : QDateTime::currentDateTimeUtc();
        if (prefix.isEmpty() || line.step != lastStep || line.stream != lastStream || time != lastTime) {
            lastStep = line.step;
            lastStream = line.stream;
            lastTime = time;
            prefix = "{\"step\":" + QByteArray::number(line.step) + ",\"stream\":";
            appendJsonString(prefix, enumToName(streamNames, line.stream));
            prefix += ",\"time\":";
            appendJsonString(prefix, toIsoString(time));
            prefix += ",\"text\":";
        }
        bytes += prefix;
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
