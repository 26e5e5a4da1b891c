// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/run.h"
#include "core/remote/command.h"
#include "core/runs/stepdefinition.h"
#include "core/store/runlog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace hydron::secrets {
class SecretMasker;
}

namespace hydron::runs {

// Something the engine announces, kept in order with the log lines around it.
struct RunEvent
{
    enum class Type
    {
        RunStatus,
        StepStarted,
        StepFinished,
        RunFinished
    };
    Type type = Type::RunStatus;
    qint64 runId = 0;
    int position = -1;
    Step step;
    RunStatus status = RunStatus::Started;
    StepOutcome outcome;
    QString message;

    friend bool operator==(const RunEvent &, const RunEvent &) = default;
};

// Internal to RunEngine: lives on the engine's log thread. It masks secret values in every
// line, appends them to the run's JSONL file, and hands them on in batches at most every
// `interval`; an event is handed on after the lines that came before it, so listeners see
// "step started, its lines, step finished" in that order.
class LogPump final : public QObject
{
    Q_OBJECT

public:
    LogPump(const QString &logDirectory, const secrets::SecretMasker &masker, std::chrono::milliseconds interval);

    void addLines(qint64 runId, const QList<hydron::LogLine> &lines);
    // A transport's batch as it came (shared, not copied): made into LogLines here, off the
    // engine's thread. Its lines are counted as `held` in the linesReady that hands them on.
    void addOutput(qint64 runId, int step, const QList<hydron::remote::OutputLine> &lines, const QDateTime &time);
    void addEvent(const hydron::runs::RunEvent &event);
    void flushAll();

Q_SIGNALS:
    // `held`: how many of `lines` came through addOutput (the rest are the engine's own notes).
    void linesReady(qint64 runId, const QList<hydron::LogLine> &lines, qint64 startOffset, qint64 endOffset,
                    qint64 held);
    void eventReady(const hydron::runs::RunEvent &event);

private:
    void flush(qint64 runId);

    RunLog m_log;
    const secrets::SecretMasker &m_masker;
    QTimer *m_timer;
    QElapsedTimer m_sinceFlush; // a child, so it moves to the log thread with the pump
    QHash<qint64, QList<LogLine>> m_pending;
    QHash<qint64, qint64> m_held; // lines of m_pending that came through addOutput
};

} // namespace hydron::runs

Q_DECLARE_METATYPE(hydron::runs::RunEvent)
