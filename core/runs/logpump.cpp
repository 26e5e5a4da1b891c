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

// Lines that make a batch before the interval is up (a flood: a few big batches a second).
constexpr qsizetype flushLines = 16 * 1024;

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
    m_held[runId] += lines.size();
    pending.reserve(pending.size() + lines.size());
    const bool masking = !m_masker.isEmpty();
    for (const remote::OutputLine &line : lines)
        pending.append(
            LogLine{step, line.stream == remote::Stream::Stdout ? LogLine::Stream::Stdout : LogLine::Stream::Stderr,
                    time, masking ? m_masker.mask(line.text) : line.text});
    if (!m_timer->isActive())
        m_timer->start();
    // Under a flood the queued batches leave the timer no turn: flush on time here too; and by
    // size, as the transport reads no further than its output gate lets it until these are handed on.
    if (m_sinceFlush.isValid() && m_sinceFlush.elapsed() >= m_timer->interval())
        flushAll();
    else if (pending.size() >= flushLines)
        flush(runId);
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
    const qint64 held = m_held.take(runId);
    if (lines.isEmpty())
        return;
    const QString path = m_log.fileName(runId);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const QByteArray bytes = RunLog::encode(lines);
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
    Q_EMIT linesReady(runId, lines, start, end, held);
}

} // namespace hydron::runs
