// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/logpump.h"

#include "core/logging.h"
#include "core/secrets/secretmasker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hydron::runs {
namespace {

// One JSON string, escaped by hand: a million lines through QJsonDocument cost seconds.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
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
        } else {
            out += c;
        }
    }
    out += '"';
}

const char *streamName(LogLine::Stream stream)
{
    switch (stream) {
    case LogLine::Stream::Stdout:
        return "out";
    case LogLine::Stream::Stderr:
        return "err";
    case LogLine::Stream::System:
        return "sys";
    }
    return "out";
}

// The lines as RunLog writes them (one JSON object per line, read back by RunLog::read).
QByteArray toJsonLines(const QList<LogLine> &lines)
{
    QByteArray out;
    out.reserve(lines.size() * 64);
    QDateTime lastTime;
    QByteArray timeText;
    for (const LogLine &line : lines) {
        const QDateTime time = line.time.isValid() ? line.time : QDateTime::currentDateTimeUtc();
        if (time != lastTime) {
            lastTime = time;
            timeText = time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
        }
        out += "{\"step\":";
        out += QByteArray::number(line.step);
        out += ",\"stream\":\"";
        out += streamName(line.stream);
        out += "\",\"text\":";
        appendJsonString(out, line.text);
        out += ",\"time\":\"";
        out += timeText;
        out += "\"}\n";
    }
    return out;
}

} // namespace

LogPump::LogPump(const QString &logDirectory, const secrets::SecretMasker &masker, std::chrono::milliseconds interval)
    : m_log(logDirectory)
    , m_masker(masker)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(interval);
    m_sinceFlush.start();
    connect(m_timer, &QTimer::timeout, this, &LogPump::flushAll);
}

void LogPump::addLines(qint64 runId, const QList<LogLine> &lines)
{
    QList<LogLine> &pending = m_pending[runId];
    const bool masking = !m_masker.isEmpty();
    for (const LogLine &line : lines) {
        pending.append(line);
        if (masking)
            pending.last().text = m_masker.mask(line.text);
    }
    if (!m_timer->isActive())
        m_timer->start();
}

void LogPump::addOutput(qint64 runId, int step, const QList<remote::OutputLine> &lines, const QDateTime &time)
{
    QList<LogLine> &pending = m_pending[runId];
    const bool masking = !m_masker.isEmpty();
    for (const remote::OutputLine &line : lines)
        pending.append(
            LogLine{step, line.stream == remote::Stream::Stdout ? LogLine::Stream::Stdout : LogLine::Stream::Stderr,
                    time, masking ? m_masker.mask(line.text) : line.text});
    if (!m_timer->isActive())
        m_timer->start();
    // Under a flood the queued batches leave the timer no turn: flush on time here too.
    if (m_sinceFlush.isValid() && m_sinceFlush.elapsed() >= m_timer->interval())
        flushAll();
}

void LogPump::addEvent(const RunEvent &event)
{
    flush(event.runId);
    RunEvent masked = event;
    masked.message = m_masker.mask(event.message);
    Q_EMIT eventReady(masked);
}

void LogPump::flushAll()
{
    m_sinceFlush.start();
    const QList<qint64> runs = m_pending.keys();
    for (qint64 runId : runs)
        flush(runId);
    if (m_pending.isEmpty())
        m_timer->stop();
}

void LogPump::flush(qint64 runId)
{
    auto it = m_pending.find(runId);
    if (it == m_pending.end())
        return;
    const QList<LogLine> lines = std::move(*it);
    m_pending.erase(it);
    if (lines.isEmpty())
        return;
    const QString path = m_log.fileName(runId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const QByteArray bytes = toJsonLines(lines);
    qint64 start = 0;
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Append);
    if (written) {
        start = file.size();
        written = file.write(bytes) == bytes.size() && file.flush();
    }
    if (!written)
        logging::logger(logging::Channel::Core)
            ->warn("run {}: log lines not written: {}", runId, file.errorString().toStdString());
    const qint64 end = start + bytes.size();
    Q_EMIT linesReady(runId, lines, start, end);
}

} // namespace hydron::runs
