// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/run.h"
#include "core/runs/recipe.h"
#include "core/runs/serverlock.h"
#include "core/runs/stepdefinition.h"
#include "core/runs/transportfactory.h"
#include "core/store/runlog.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>

namespace hydron {
class RunStore;
class ServerStore;
namespace secrets {
class SecretMasker;
}
} // namespace hydron

namespace hydron::runs {

class LogPump;
struct RunEvent;

struct RunEngineOptions
{
    std::chrono::milliseconds logInterval{100};       // ≤ 10 log updates a second per run
    std::chrono::milliseconds retryDelay{2000};       // before retrying a step whose connection dropped
    std::chrono::milliseconds lockPollInterval{2000}; // StartOptions::waitForLock
    QString lockDirectory; // empty: /opt/hydron/locks or ~/.hydron/locks on the server (tests set one)
    QString workDirectory; // where env files of steps go; empty: ~/.hydron/runs on the server
};

struct RunStartOptions
{
    bool waitForLock = false;                       // wait while another run holds the server, instead of refusing
    std::chrono::milliseconds maxWait{30 * 60'000}; // then give up
};

// Executes runs: walks a run's declarative steps (StepDefinition, compiled by the RunRecipe of
// the run's kind) through the server's Transport, one run at a time per server.
//
// Threads (kept simple on purpose):
// - The engine lives on the thread that owns the RunStore/ServerStore (the GUI thread, or
//   hydron-cli's main thread), because a QSqlDatabase connection is bound to the thread that
//   opened it. It never blocks there: it only reacts to transport signals and writes a status
//   row when something changes (a handful per step).
// - Blocking work happens elsewhere: libssh on SshTransport's own worker thread; masking
//   secret values and appending log lines to the run's JSONL file (RunLog) on the engine's
//   log thread ("hydron-runlog"), which also batches the lines for listeners (at most one
//   logAppended per run every `logInterval`, 100 ms by default).
// - Every signal below is emitted on the engine's thread, in order with the log lines
//   (stepStarted, that step's lines, stepFinished, …). Connect from any thread: a receiver on
//   another thread gets them queued.
//
// Lifecycle of a run: start() stores the run (status started, every step pending) and returns
// it at once; then the engine takes the server lock (serverlock.h), marks it in progress and
// runs the steps in order. pause() takes effect between steps (the lock stays held: a paused
// run still owns the server); resume() continues. stop() cancels the running command (the
// remote process group gets TERM, then KILL; the channel closes) and marks the step and the
// run stopped. Completed, failed and stopped runs release the lock; runFinished() then ends
// the run's life in the engine. A run that was paused, interrupted (the app died: see
// RunStore::markInterrupted), failed or stopped can be resumed later, in this process or a
// new one: resume(runId) recompiles its steps and continues from its first step that is not
// completed or skipped.
//
// Step statuses: pending → in progress → completed | failed | stopped, or skipped (a step
// whose definition says it does not apply to this server, or every step after one that printed
// HYDRON-DONE and succeeded: the run is then completed at once). Step::exitCode is the script's.
//
// Dropped connections: an idempotent step is retried once (after `retryDelay`, on a new
// connection) when its connection was lost; any other step fails with a message that says
// the command may still be running on the server.
//
// Using it from hydron-cli (QCoreApplication):
//     RunEngine engine(core.runs(), core.runLog(), core.servers(), masker);
//     engine.addRecipe(std::make_shared<deploy::ProvisionRecipe>(core.servers()));
//     auto run = engine.start(Run::Kind::Provision, serverId);          // Result<Run>
//     QObject::connect(&engine, &RunEngine::logAppended, …print lines…);
//     QObject::connect(&engine, &RunEngine::runFinished, &app, [&](qint64, RunStatus s, QString m) {
//         app.exit(s == RunStatus::Completed ? 0 : 1); });
//     app.exec();
// From the GUI: the same signals feed the Runs panel's models; Pause/Resume/Stop buttons
// call pause()/resume()/stop() and are enabled from RunStatus. Past logs are read with
// RunLog::read(runId, offset) (see logAppended for joining a live run).
class RunEngine final : public QObject
{
    Q_OBJECT

public:
    using Options = RunEngineOptions;
    using StartOptions = RunStartOptions;

    RunEngine(RunStore &runs, const RunLog &runLog, ServerStore &servers, const secrets::SecretMasker &masker,
              QObject *parent = nullptr);
    RunEngine(RunStore &runs, const RunLog &runLog, ServerStore &servers, const secrets::SecretMasker &masker,
              Options options, QObject *parent = nullptr);
    // Cancels what still runs (the run stays "in progress" in the store and is marked
    // interrupted at the next start, resumable). Destroy the engine before the stores.
    ~RunEngine() override;

    void addRecipe(std::shared_ptr<RunRecipe> recipe);
    // Defaults to transportFor(server).
    void setTransportFactory(TransportFactory factory);

    // Stores a new run of `kind` on the server and starts it. Fails at once (nothing stored)
    // when the server or recipe is unknown, the steps cannot be compiled, or this computer
    // already knows of an unfinished run on the server (refused; with waitForLock it waits).
    // A lock held on the server by someone else is found a moment later: the run then fails
    // with a message naming the holder (or waits).
    Result<Run> start(Run::Kind kind, qint64 serverId, qint64 projectId = 0, const StartOptions &options = {});
    Result<Run> start(Run::Kind kind, qint64 serverId, const StartOptions &options)
    {
        return start(kind, serverId, 0, options);
    }
    // Pauses after the running step (at once when none runs).
    Result<void> pause(qint64 runId);
    // Continues a paused run of this engine, or resumes a stored paused, interrupted, failed
    // or stopped run from its first unfinished step.
    Result<void> resume(qint64 runId, const StartOptions &options = {});
    // Cancels the running step, marks the run stopped and releases the lock. A stored run
    // that is not in this engine (paused or interrupted earlier) is marked stopped and its
    // lock released.
    Result<void> stop(qint64 runId);

    [[nodiscard]] bool isActive(qint64 runId) const;
    [[nodiscard]] QList<qint64> activeRuns() const;
    // The step definitions of a run (labels for views): an active run's own, or compiled again
    // from its recipe for a stored one (empty script text is never needed to show them).
    [[nodiscard]] Result<QList<StepDefinition>> stepDefinitions(qint64 runId) const;

    // The server's lock as it is now (empty list: free).
    [[nodiscard]] QFuture<Result<QList<LockHolder>>> lockHolders(qint64 serverId);
    // Releases the server's lock whoever holds it: the explicit release of a stale lock.
    // Refused while a run of this engine is active on that server.
    [[nodiscard]] QFuture<Result<QList<LockHolder>>> releaseServerLock(qint64 serverId);

Q_SIGNALS:
    // Every status change of a run: started, in progress, paused, completed, failed, stopped.
    // `message` says why (a failure's text, "waiting for …") and may be empty.
    void runStatusChanged(qint64 runId, hydron::RunStatus status, const QString &message);
    void stepStarted(qint64 runId, int position, const hydron::Step &step);
    void stepFinished(qint64 runId, int position, const hydron::Step &step, const hydron::runs::StepOutcome &outcome);
    // Masked lines as stored in RunLog, in batches. [startOffset, endOffset) is where they
    // are in the run's log file: a view that read the file up to offset N before
    // subscribing skips batches with endOffset <= N (and re-reads from N when a batch
    // straddles it).
    void logAppended(qint64 runId, const QList<hydron::LogLine> &lines, qint64 startOffset, qint64 endOffset);
    // The run left the engine: completed, failed or stopped; the server lock is released
    // (or the message says why it could not be).
    void runFinished(qint64 runId, hydron::RunStatus status, const QString &message);

private:
    struct Active;

    Result<Active *> prepare(Run run, const StartOptions &options);
    void acquireLock(Active &a, LockMode mode);
    void lockReplied(qint64 runId, const Result<CommandOutput> &reply);
    void next(Active &a);
    void skipStep(Active &a, int position, const QString &reason);
    void runStep(Active &a);
    void uploadNext(Active &a, int index);
    void launchCommand(Active &a);
    // After one of a step's uploads: ends the step on an error or a stop, else gives the run.
    Active *afterUpload(qint64 runId, const Result<void> &uploaded);
    void stepEnded(qint64 runId, const Result<remote::ExitInfo> &result);
    void finishRun(Active &a, RunStatus status, const QString &message);
    void lockReleased(qint64 runId, const Result<CommandOutput> &reply);
    void setRunStatus(Active &a, RunStatus status, const QString &message = {});
    void setStep(Active &a, int position, const Step &step);
    void system(Active &a, int position, const QString &text);
    void post(const RunEvent &event);
    void deliver(const RunEvent &event);
    [[nodiscard]] Active *find(qint64 runId) const;
    [[nodiscard]] std::shared_ptr<remote::Transport> makeTransport(const Server &server) const;
    [[nodiscard]] QString serverBusyBy(qint64 serverId, qint64 exceptRun) const;

    RunStore &m_runs;
    ServerStore &m_servers;
    Options m_options;
    TransportFactory m_factory;
    QHash<int, std::shared_ptr<RunRecipe>> m_recipes; // by Run::Kind
    QHash<qint64, Active *> m_active;
    QThread m_logThread;
    LogPump *m_pump = nullptr;
};

} // namespace hydron::runs
