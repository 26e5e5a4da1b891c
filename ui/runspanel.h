// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/run.h"
#include "core/store/runlog.h"

#include <QPointer>
#include <QWidget>

#include <algorithm>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace hydron {
class CoreServices;
namespace runs {
class RunEngine;
}
} // namespace hydron

namespace hydron::ui {

class EmptyStateWidget;
class RunListModel;
class RunLogView;
class StepTableModel;

// Runs of a project (or of a server) with status badges; the selected run's steps with status
// and duration, a failed step highlighted with its last error lines; its log, live while the
// run goes on; Pause / Resume / Stop enabled by the run's state.
//
// The log of the selected run is read from its file (RunLog) off the GUI thread, in chunks;
// then it follows the engine's batches for a run of this process, or polls the file for a run
// another process (hydron-cli) drives. Offsets tie the two together, so no line shows twice.
class RunsPanel final : public QWidget
{
    Q_OBJECT

public:
    RunsPanel(CoreServices &core, runs::RunEngine &engine, QWidget *parent = nullptr);
    ~RunsPanel() override;

    void setProjectId(qint64 projectId);
    void setServerId(qint64 serverId);
    void refresh(); // after another process wrote

    // Shows this run (after starting it, say).
    void selectRun(qint64 runId);
    // Lines waiting for the log view at most (default 240,000, ~30 MB). When a step prints faster
    // than the view takes lines in, what comes beyond is not held in memory: the view reads it
    // from the run's file once it has caught up (the engine has written it there already).
    void setBacklogLimit(qsizetype lines) { m_maxBacklog = std::max<qsizetype>(1, lines); }
    [[nodiscard]] qint64 selectedRunId() const;

    [[nodiscard]] RunListModel *runModel() const { return m_runModel; }
    [[nodiscard]] StepTableModel *stepModel() const { return m_stepModel; }
    [[nodiscard]] RunLogView *logView() const { return m_log; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }
    [[nodiscard]] QPushButton *pauseButton() const { return m_pause; }
    [[nodiscard]] QPushButton *resumeButton() const { return m_resume; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }

private:
    void updateState();
    void showSelectedRun();
    void updateActions();
    void updateFailure();
    void act(Result<void> (runs::RunEngine::*action)(qint64));
    // Log: read the file from m_logOffset to its end (off the GUI thread), then go live.
    void loadLog();
    void logChunkRead(qint64 runId, const Result<LogChunk> &chunk, qint64 fromOffset);
    void engineLines(qint64 runId, const QList<hydron::LogLine> &lines, qint64 start, qint64 end);
    void enqueue(const QList<hydron::LogLine> &lines);
    void drainBacklog();

    CoreServices &m_core;
    runs::RunEngine &m_engine;
    RunListModel *m_runModel = nullptr;
    StepTableModel *m_stepModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QTableView *m_runs = nullptr;
    QTableView *m_steps = nullptr;
    QLabel *m_failure = nullptr;
    RunLogView *m_log = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QTimer *m_poll = nullptr;

    qint64 m_logRunId = 0;       // whose lines the log view holds
    qint64 m_logOffset = 0;      // where in that run's file the view has read up to
    bool m_logLoading = false;   // a read is under way
    bool m_logDirty = false;     // more was written while it ran: read again after it
    quint64 m_logGeneration = 0; // drops replies for an earlier selection
    QList<LogLine> m_backlog;    // lines received, not yet in the view
    bool m_catchUp = false;      // lines were left to the file while the backlog was full
    qsizetype m_maxBacklog = 240'000;
};

} // namespace hydron::ui
