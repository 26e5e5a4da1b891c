// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/runengine.h"

#include "core/logging.h"
#include "core/remote/remoteerror.h"
#include "core/runs/commandoutput.h"
#include "core/runs/logpump.h"
#include "core/secrets/secretmasker.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hydron::runs {
namespace {

// Runs one step: the env file's path is $1 (may be empty), $2 is 1 when it needs root. The
// step's program comes on standard input. It is written to a file (0600, beside the env file,
// removed with it) and bash runs that file: bash reads a program from a pipe one byte per
// read(2) so as not to take input meant for the program's commands (about 20 ms for a deploy
// step's 28 KB on a test server), a file in blocks. No step reads standard input (under
// `bash -s` it would read its own program).
QString stepRunnerScript()
{
    return uR"SH(env_file="$1" root="$2"
if [ -n "$env_file" ]; then
    program="${env_file%.env}.program"
else
    program="$(mktemp)" || exit 1
fi
trap 'rm -f -- "$program" ${env_file:+"$env_file" "${env_file%.env}".up.*}' EXIT
(umask 077 && cat >"$program") || exit 1
if [ "$root" = 1 ] && [ "$(id -u)" -ne 0 ]; then
    if ! sudo -n true 2>/dev/null; then
        echo "error: this step needs root, and $(id -un) cannot use sudo without a password (sudo -n). Connect as root, or allow $(id -un) to use sudo without a password." >&2
        exit 11
    fi
    if [ -n "$env_file" ]; then sudo -n chown 0:0 -- "$env_file" || exit 1; fi
    sudo -n bash -- "$program" "$env_file" </dev/null
else
    bash -- "$program" "$env_file" </dev/null
fi)SH"_s;
}

bool isUnfinished(RunStatus status)
{
    return status == RunStatus::Started || status == RunStatus::InProgress || status == RunStatus::Paused;
}

bool isResumable(RunStatus status)
{
    return status == RunStatus::Paused || status == RunStatus::Interrupted || status == RunStatus::Failed ||
           status == RunStatus::Stopped;
}

std::shared_ptr<spdlog::logger> log()
{
    return logging::logger(logging::Channel::Core);
}

} // namespace

struct RunEngine::Active
{
    enum class Phase
    {
        Locking,
        Running,
        Paused,
        Finishing
    };

    Run run;
    Server server;
    std::shared_ptr<RunRecipe> recipe;
    QList<StepDefinition> defs;
    std::shared_ptr<remote::Transport> transport;
    QPointer<remote::CommandJob> job;
    // Bounds the output in flight between the transport and listeners of logAppended (lines
    // queued on the way in memory): the transport pauses reading beyond it.
    std::shared_ptr<remote::OutputGate> gate = std::make_shared<remote::OutputGate>(64 * 1024);
    Phase phase = Phase::Locking;
    int current = -1; // the step running or last run
    int attempt = 0;
    bool lockHeld = false;
    bool releasedInStep = false; // the last step's command released the lock as it ended
    bool pauseRequested = false;
    bool stopRequested = false;
    bool waitLogged = false;
    StartOptions start;
    QDeadlineTimer waitUntil;
    QString workDirectory;
    QString envPath;
    StepOutcome outcome;
    QString lastError; // the last stderr line of the running step
    QHash<QString, QString> facts;
    QString doneReason; // a step printed HYDRON-DONE: the steps after it were skipped with this reason
    RunStatus finalStatus = RunStatus::Completed;
    QString finalMessage;
};

RunEngine::RunEngine(RunStore &runs, const RunLog &runLog, ServerStore &servers, const secrets::SecretMasker &masker,
                     QObject *parent)
    : RunEngine(runs, runLog, servers, masker, Options{}, parent)
{}

RunEngine::RunEngine(RunStore &runs, const RunLog &runLog, ServerStore &servers, const secrets::SecretMasker &masker,
                     Options options, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_servers(servers)
    , m_options(std::move(options))
    , m_factory([](const Server &server) { return transportFor(server); })
{
    qRegisterMetaType<RunEvent>();
    qRegisterMetaType<StepOutcome>();
    // RunLog::fileName() gives <dir>/<id>.jsonl; the pump keeps its own RunLog on that folder.
    const QString directory = QFileInfo(runLog.fileName(0)).absolutePath();
    m_pump = new LogPump(directory, masker, m_options.logInterval);
    m_logThread.setObjectName(u"hydron-runlog"_s);
    m_pump->moveToThread(&m_logThread);
    connect(&m_logThread, &QThread::finished, m_pump, &QObject::deleteLater);
    connect(m_pump, &LogPump::linesReady, this,
            [this](qint64 runId, const QList<LogLine> &lines, qint64 start, qint64 end, qint64 held) {
                Q_EMIT logAppended(runId, lines, start, end);
                // Handed on: the transport may read that much more of the step's output.
                if (Active *a = find(runId); a && held > 0)
                    a->gate->release(held);
            });
    connect(m_pump, &LogPump::eventReady, this, &RunEngine::deliver);
    m_logThread.start();
}

RunEngine::~RunEngine()
{
    for (Active *a : std::as_const(m_active)) {
        if (a->job) {
            a->job->disconnect(this);
            a->job->cancel();
        }
        delete a;
    }
    m_active.clear();
    QMetaObject::invokeMethod(m_pump, &LogPump::flushAll, Qt::BlockingQueuedConnection);
    m_pump->disconnect(this);
    m_logThread.quit();
    m_logThread.wait();
}

void RunEngine::addRecipe(std::shared_ptr<RunRecipe> recipe)
{
    const int kind = static_cast<int>(recipe->kind());
    m_recipes.insert(kind, std::move(recipe));
}

void RunEngine::setTransportFactory(TransportFactory factory)
{
    m_factory = std::move(factory);
}

std::shared_ptr<remote::Transport> RunEngine::makeTransport(const Server &server) const
{
    return shareTransport(m_factory(server));
}

RunEngine::Active *RunEngine::find(qint64 runId) const
{
    return m_active.value(runId, nullptr);
}

bool RunEngine::isActive(qint64 runId) const
{
    return m_active.contains(runId);
}

QList<qint64> RunEngine::activeRuns() const
{
    return m_active.keys();
}

Result<QList<StepDefinition>> RunEngine::stepDefinitions(qint64 runId) const
{
    if (const Active *a = find(runId))
        return a->defs;
    auto stored = m_runs.find(runId);
    if (!stored)
        return fail(Error::Code::NotFound, tr("Run %1 does not exist.").arg(runId));
    auto server = m_servers.find(stored->serverId);
    if (!server)
        return fail(Error::Code::NotFound, tr("The server of run %1 no longer exists.").arg(runId));
    auto recipe = m_recipes.value(static_cast<int>(stored->kind));
    if (!recipe)
        return fail(Error::Code::Unsupported,
                    tr("Hydron does not know how to run a %1 run yet.").arg(Run::kindLabel(stored->kind)));
    return recipe->compile(RecipeContext{*stored, *server});
}

QString RunEngine::serverBusyBy(qint64 serverId, qint64 exceptRun) const
{
    for (const Active *a : m_active) {
        if (a->run.serverId == serverId && a->run.id != exceptRun)
            return tr("Run %1 (%2) is %3 on this server.")
                .arg(a->run.id)
                .arg(Run::kindLabel(a->run.kind), runStatusLabel(a->run.status).toLower());
    }
    const QList<Run> stored = m_runs.runs(0, serverId, 50);
    for (const Run &r : stored) {
        if (r.id != exceptRun && isUnfinished(r.status))
            return tr("Run %1 (%2) is %3 on this server.")
                .arg(r.id)
                .arg(Run::kindLabel(r.kind), runStatusLabel(r.status).toLower());
    }
    return {};
}

Result<RunEngine::Active *> RunEngine::prepare(Run run, const StartOptions &options)
{
    auto server = m_servers.find(run.serverId);
    if (!server)
        return fail(Error::Code::NotFound, tr("The run's server no longer exists."));
    auto recipe = m_recipes.value(static_cast<int>(run.kind));
    if (!recipe)
        return fail(Error::Code::Unsupported,
                    tr("Hydron does not know how to run a %1 run yet.").arg(Run::kindLabel(run.kind)));
    auto defs = recipe->compile(RecipeContext{run, *server});
    if (!defs)
        return std::unexpected(defs.error());
    if (defs->isEmpty())
        return fail(Error::Code::InvalidInput, tr("This run has no steps."));
    auto *a = new Active;
    a->run = std::move(run);
    a->server = *server;
    a->recipe = recipe;
    a->defs = *defs;
    a->start = options;
    a->waitUntil = QDeadlineTimer(options.maxWait);
    return a;
}

Result<Run> RunEngine::start(Run::Kind kind, qint64 serverId, qint64 projectId, const StartOptions &options)
{
    auto server = m_servers.find(serverId);
    if (!server)
        return fail(Error::Code::NotFound, tr("There is no server with id %1.").arg(serverId));
    const QString busy = serverBusyBy(serverId, 0);
    if (!busy.isEmpty() && !options.waitForLock)
        return fail(Error::Code::AlreadyExists,
                    tr("%1 is busy. %2 Hydron runs one thing at a time per server: wait for it to end, or stop it.")
                        .arg(server->name, busy));
    Run draft;
    draft.kind = kind;
    draft.serverId = serverId;
    draft.projectId = projectId;
    draft.status = RunStatus::Started;
    auto prepared = prepare(draft, options);
    if (!prepared)
        return std::unexpected(prepared.error());
    std::unique_ptr<Active> a(*prepared);
    for (const StepDefinition &def : std::as_const(a->defs)) {
        Step s;
        s.name = def.name;
        a->run.steps.append(s);
    }
    auto stored = m_runs.add(a->run);
    if (!stored)
        return std::unexpected(stored.error());
    a->run = *stored;
    Active *raw = a.release();
    m_active.insert(raw->run.id, raw);
    raw->transport = makeTransport(raw->server);
    post(RunEvent{RunEvent::Type::RunStatus, raw->run.id, -1, {}, RunStatus::Started, {}, {}});
    system(*raw, -1,
           tr("%1 on %2 (%3): %4 steps.")
               .arg(Run::kindLabel(kind), raw->server.name, raw->transport->displayName())
               .arg(raw->defs.size()));
    acquireLock(*raw, LockMode::Acquire);
    return raw->run;
}

Result<void> RunEngine::pause(qint64 runId)
{
    Active *a = find(runId);
    if (!a)
        return fail(Error::Code::NotFound, tr("Run %1 is not running.").arg(runId));
    if (a->phase == Active::Phase::Finishing || a->stopRequested)
        return fail(Error::Code::InvalidInput, tr("Run %1 is ending; it cannot be paused.").arg(runId));
    if (a->phase == Active::Phase::Paused || a->pauseRequested)
        return {};
    a->pauseRequested = true;
    system(*a, -1, tr("Pausing after the current step."));
    return {};
}

Result<void> RunEngine::resume(qint64 runId, const StartOptions &options)
{
    if (Active *a = find(runId)) {
        if (a->phase == Active::Phase::Paused) {
            a->pauseRequested = false;
            a->phase = Active::Phase::Running;
            setRunStatus(*a, RunStatus::InProgress, tr("Resumed."));
            system(*a, -1, tr("Resumed."));
            next(*a);
            return {};
        }
        if (a->pauseRequested && !a->stopRequested) {
            a->pauseRequested = false;
            system(*a, -1, tr("Not pausing after all."));
            return {};
        }
        return fail(Error::Code::InvalidInput, tr("Run %1 is already running.").arg(runId));
    }
    auto stored = m_runs.find(runId);
    if (!stored)
        return fail(Error::Code::NotFound, tr("Run %1 does not exist.").arg(runId));
    if (!isResumable(stored->status))
        return fail(Error::Code::InvalidInput,
                    tr("Run %1 is %2; only a paused, interrupted, failed or stopped run can be resumed.")
                        .arg(runId)
                        .arg(runStatusLabel(stored->status).toLower()));
    auto server = m_servers.find(stored->serverId);
    if (!server)
        return fail(Error::Code::NotFound, tr("The server of run %1 no longer exists.").arg(runId));
    const QString busy = serverBusyBy(stored->serverId, runId);
    if (!busy.isEmpty() && !options.waitForLock)
        return fail(Error::Code::AlreadyExists, tr("%1 is busy. %2").arg(server->name, busy));
    auto prepared = prepare(*stored, options);
    if (!prepared)
        return std::unexpected(prepared.error());
    std::unique_ptr<Active> a(*prepared);
    if (a->defs.size() != a->run.steps.size())
        return fail(Error::Code::InvalidInput,
                    tr("The steps of run %1 have changed since it started; start a new run instead.").arg(runId));
    int first = 0;
    for (int i = 0; i < a->defs.size(); ++i) {
        if (a->defs.at(i).name != a->run.steps.at(i).name)
            return fail(Error::Code::InvalidInput,
                        tr("The steps of run %1 have changed since it started; start a new run instead.").arg(runId));
    }
    while (first < a->run.steps.size() && (a->run.steps.at(first).status == StepStatus::Completed ||
                                           a->run.steps.at(first).status == StepStatus::Skipped))
        ++first;
    a->current = first - 1;
    Active *raw = a.release();
    m_active.insert(runId, raw);
    raw->transport = makeTransport(raw->server);
    setRunStatus(*raw, RunStatus::Started, tr("Resuming."));
    system(*raw, -1,
           first < raw->defs.size() ? tr("Resuming from step %1 (%2).").arg(first + 1).arg(raw->defs.at(first).label)
                                    : tr("Resuming: every step has already completed."));
    acquireLock(*raw, LockMode::Acquire);
    return {};
}

Result<void> RunEngine::stop(qint64 runId)
{
    Active *a = find(runId);
    if (!a) {
        auto stored = m_runs.find(runId);
        if (!stored)
            return fail(Error::Code::NotFound, tr("Run %1 does not exist.").arg(runId));
        if (isFinished(stored->status))
            return fail(Error::Code::InvalidInput,
                        tr("Run %1 has already ended (%2).").arg(runId).arg(runStatusLabel(stored->status).toLower()));
        if (stored->status == RunStatus::Started || stored->status == RunStatus::InProgress)
            return fail(
                Error::Code::InvalidInput,
                tr("Run %1 is running in another Hydron process (a window or hydron-cli); stop it there.").arg(runId));
        if (auto done = m_runs.setStatus(runId, RunStatus::Stopped); !done)
            return std::unexpected(done.error());
        // Its lock may still be on the server (a paused or interrupted run keeps it): release it.
        if (auto server = m_servers.find(stored->serverId)) {
            auto transport = makeTransport(*server);
            const QString holder = RunStore::currentHolder();
            (void)collectOutput(transport, serverLockCommand(LockMode::Release, runId, holder, m_options.lockDirectory,
                                                             m_options.workDirectory))
                .then(this, [runId](const Result<CommandOutput> &reply) {
                    if (!reply)
                        log()->warn("run {}: lock not released: {}", runId, reply.error().toString().toStdString());
                });
        }
        post(RunEvent{RunEvent::Type::RunStatus, runId, -1, {}, RunStatus::Stopped, {}, tr("Stopped.")});
        post(RunEvent{RunEvent::Type::RunFinished, runId, -1, {}, RunStatus::Stopped, {}, tr("Stopped.")});
        return {};
    }
    if (a->phase == Active::Phase::Finishing || a->stopRequested)
        return {};
    a->stopRequested = true;
    a->pauseRequested = false;
    system(*a, -1, tr("Stopping."));
    if (a->job)
        a->job->cancel();
    else if (a->phase == Active::Phase::Paused)
        finishRun(*a, RunStatus::Stopped, tr("Stopped by the user."));
    // Otherwise the lock reply, the upload or the retry timer sees stopRequested.
    return {};
}

void RunEngine::acquireLock(Active &a, LockMode mode)
{
    a.phase = Active::Phase::Locking;
    const qint64 id = a.run.id;
    if (a.start.waitForLock) {
        const QString busy = serverBusyBy(a.run.serverId, id);
        if (!busy.isEmpty()) {
            if (a.waitUntil.hasExpired()) {
                finishRun(a, RunStatus::Failed, tr("Gave up waiting for the server. %1").arg(busy));
                return;
            }
            if (!a.waitLogged) {
                a.waitLogged = true;
                system(a, -1, tr("Waiting: %1").arg(busy));
            }
            QTimer::singleShot(m_options.lockPollInterval, this, [this, id] {
                if (Active *w = find(id)) {
                    if (w->stopRequested)
                        finishRun(*w, RunStatus::Stopped, tr("Stopped by the user."));
                    else
                        acquireLock(*w, LockMode::Acquire);
                }
            });
            return;
        }
    }
    (void)collectOutput(a.transport, serverLockCommand(mode, id, RunStore::currentHolder(), m_options.lockDirectory,
                                                       m_options.workDirectory))
        .then(this, [this, id](const Result<CommandOutput> &reply) { lockReplied(id, reply); });
}

void RunEngine::lockReplied(qint64 runId, const Result<CommandOutput> &reply)
{
    Active *a = find(runId);
    if (!a)
        return;
    if (!reply) {
        finishRun(*a, a->stopRequested ? RunStatus::Stopped : RunStatus::Failed,
                  tr("Could not reach %1: %2").arg(a->server.name, reply.error().message));
        return;
    }
    auto lock = readLockReply(*reply);
    if (!lock) {
        finishRun(*a, RunStatus::Failed, lock.error().message);
        return;
    }
    if (!lock->acquired) {
        const LockHolder holder = lock->holders.value(0);
        // A lock left by a run of this machine that has ended (completed, failed or stopped,
        // but its release failed, e.g. the connection was down) is stale: take it over. A
        // paused or interrupted run still owns the server until it is resumed or stopped.
        if (holder.runId > 0 && holder.runId != runId && holder.onThisMachine() && !find(holder.runId)) {
            const auto other = m_runs.find(holder.runId);
            if (other && isFinished(other->status)) {
                system(*a, -1, tr("Releasing a stale lock left by run %1, which has ended.").arg(holder.runId));
                acquireLock(*a, LockMode::Takeover);
                return;
            }
        }
        if (a->start.waitForLock && !a->waitUntil.hasExpired() && !a->stopRequested) {
            if (!a->waitLogged) {
                a->waitLogged = true;
                system(*a, -1, tr("Waiting: the server's lock is held by %1.").arg(holder.describe()));
            }
            QTimer::singleShot(m_options.lockPollInterval, this, [this, runId] {
                if (Active *w = find(runId)) {
                    if (w->stopRequested)
                        finishRun(*w, RunStatus::Stopped, tr("Stopped by the user."));
                    else
                        acquireLock(*w, LockMode::Acquire);
                }
            });
            return;
        }
        finishRun(*a, a->stopRequested ? RunStatus::Stopped : RunStatus::Failed,
                  lockHeldError(a->server.name, holder).message);
        return;
    }
    a->lockHeld = true;
    a->workDirectory = lock->workDirectory;
    system(*a, -1, tr("Holding the server's run lock %1.").arg(lock->path));
    if (a->stopRequested) {
        finishRun(*a, RunStatus::Stopped, tr("Stopped by the user."));
        return;
    }
    a->phase = Active::Phase::Running;
    setRunStatus(*a, RunStatus::InProgress);
    next(*a);
}

void RunEngine::next(Active &a)
{
    while (true) {
        if (a.stopRequested) {
            finishRun(a, RunStatus::Stopped, tr("Stopped by the user."));
            return;
        }
        const int position = a.current + 1;
        if (position >= a.defs.size()) {
            auto done = a.recipe->completed(RecipeContext{a.run, a.server}, a.facts);
            if (!done)
                finishRun(a, RunStatus::Failed, done.error().message);
            else if (!a.doneReason.isEmpty())
                finishRun(a, RunStatus::Completed,
                          tr("Completed early: %1. The remaining steps were skipped.").arg(a.doneReason));
            else
                finishRun(a, RunStatus::Completed, tr("Every step completed."));
            return;
        }
        if (a.pauseRequested) {
            a.pauseRequested = false;
            a.phase = Active::Phase::Paused;
            setRunStatus(a, RunStatus::Paused,
                         tr("Paused before step %1 (%2).").arg(position + 1).arg(a.defs.at(position).label));
            return;
        }
        a.current = position;
        const StepDefinition &def = a.defs.at(position);
        if (!def.skipReason.isEmpty()) {
            skipStep(a, position, def.skipReason);
            continue;
        }
        a.attempt = 0;
        runStep(a);
        return;
    }
}

void RunEngine::skipStep(Active &a, int position, const QString &reason)
{
    Step step = a.run.steps.at(position);
    step.status = StepStatus::Skipped;
    step.startedAt = step.finishedAt = QDateTime::currentDateTimeUtc();
    setStep(a, position, step);
    system(a, position, tr("Skipped %1: %2").arg(a.defs.at(position).label, reason));
    StepOutcome outcome;
    outcome.message = reason;
    post(RunEvent{RunEvent::Type::StepFinished, a.run.id, position, step, a.run.status, outcome, {}});
}

void RunEngine::runStep(Active &a)
{
    const int position = a.current;
    const StepDefinition &def = a.defs.at(position);
    Step step = a.run.steps.at(position);
    if (a.attempt == 0 || !step.startedAt.isValid())
        step.startedAt = QDateTime::currentDateTimeUtc();
    step.finishedAt = {};
    step.exitCode.reset();
    step.status = StepStatus::InProgress;
    setStep(a, position, step);
    a.outcome = StepOutcome{};
    a.outcome.attempts = a.attempt + 1;
    a.lastError.clear();
    if (a.attempt == 0)
        post(RunEvent{RunEvent::Type::StepStarted, a.run.id, position, step, a.run.status, {}, {}});
    system(a, position,
           a.attempt == 0 ? tr("Step %1/%2: %3").arg(position + 1).arg(a.defs.size()).arg(def.label)
                          : tr("Running %1 again.").arg(def.label));
    a.envPath.clear();
    if (def.envFile.isEmpty()) {
        launchCommand(a);
        return;
    }
    a.envPath = a.workDirectory + u"/run-%1-%2.env"_s.arg(a.run.id).arg(position);
    const qint64 id = a.run.id;
    (void)a.transport->upload(def.envFile, a.envPath, 0600).then(this, [this, id](const Result<void> &uploaded) {
        if (Active *u = afterUpload(id, uploaded))
            uploadNext(*u, 0);
    });
}

RunEngine::Active *RunEngine::afterUpload(qint64 runId, const Result<void> &uploaded)
{
    Active *a = find(runId);
    if (!a)
        return nullptr;
    if (!uploaded) {
        stepEnded(runId, std::unexpected(uploaded.error()));
        return nullptr;
    }
    if (a->stopRequested) {
        stepEnded(runId, std::unexpected(remote::remoteError(remote::Failure::Cancelled, Error::Code::Cancelled,
                                                             tr("Stopped by the user."))));
        return nullptr;
    }
    return a;
}

void RunEngine::uploadNext(Active &a, int index)
{
    const StepDefinition &def = a.defs.at(a.current);
    if (index >= def.uploads.size()) {
        launchCommand(a);
        return;
    }
    const StepUpload &up = def.uploads.at(index);
    QString base = a.envPath;
    base.chop(4); // ".env"
    const qint64 id = a.run.id;
    system(a, a.current, tr("Uploading %1.").arg(up.name));
    (void)a.transport->uploadFile(up.localPath, base + u".up."_s + up.name, 0600)
        .then(this, [this, id, index](const Result<void> &uploaded) {
            if (Active *u = afterUpload(id, uploaded))
                uploadNext(*u, index + 1);
        });
}

void RunEngine::launchCommand(Active &a)
{
    const StepDefinition &def = a.defs.at(a.current);
    remote::Command command;
    command.script = stepRunnerScript();
    command.arguments = {a.envPath, def.needsRoot ? u"1"_s : u"0"_s};
    command.standardInput = def.script.toUtf8();
    command.timeout = def.timeout;
    command.gate = a.gate;
    // The last step releases the run's lock as it ends; a step that may end the run early, when it does.
    const bool last = a.current == a.defs.size() - 1;
    if (a.lockHeld && (last || def.mayFinishRun))
        command = withLockRelease(std::move(command), a.run.id, RunStore::currentHolder(), m_options.lockDirectory,
                                  m_options.workDirectory, !last);
    const qint64 id = a.run.id;
    const int position = a.current;
    remote::CommandJob *job = a.transport->run(command, this);
    a.job = job;
    connect(job, &remote::CommandJob::output, this, [this, id, position, job](const QList<remote::OutputLine> &lines) {
        Active *r = find(id);
        if (!r || r->job != job) {
            if (r)
                r->gate->release(lines.size());
            return;
        }
        // Only Hydron's protocol lines and the last error line are looked at here; the lines
        // themselves go to the log thread as they are (an implicitly shared list).
        qsizetype releasedAt = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &text = lines.at(i).text;
            if (!text.startsWith(u"HYDRON-"))
                continue;
            if (text.startsWith(lockReleasedLine) && lines.at(i).stream == remote::Stream::Stdout) {
                releasedAt = i;
                r->lockHeld = false;
                r->releasedInStep = true;
            } else {
                readProtocolLine(text, r->outcome);
            }
        }
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (it->stream == remote::Stream::Stderr && !it->text.isEmpty()) {
                r->lastError = it->text;
                break;
            }
        }
        LogPump *pump = m_pump;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<remote::OutputLine> shown = lines;
        if (releasedAt >= 0) { // the engine's business, not the step's output
            shown.removeAt(releasedAt);
            r->gate->release(1);
        }
        QMetaObject::invokeMethod(pump,
                                  [pump, id, position, shown, now] { pump->addOutput(id, position, shown, now); });
    });
    connect(job, &remote::CommandJob::finished, this, [this, id, job](const Result<remote::ExitInfo> &result) {
        job->deleteLater();
        Active *r = find(id);
        if (!r || r->job != job)
            return;
        r->job = nullptr;
        stepEnded(id, result);
    });
}

void RunEngine::stepEnded(qint64 runId, const Result<remote::ExitInfo> &result)
{
    Active *a = find(runId);
    if (!a)
        return;
    const int position = a->current;
    const StepDefinition &def = a->defs.at(position);
    Step step = a->run.steps.at(position);
    step.finishedAt = QDateTime::currentDateTimeUtc();
    if (!result) {
        const Error &error = result.error();
        const remote::Failure failure = remote::failureOf(error);
        if (a->stopRequested || failure == remote::Failure::Cancelled) {
            step.status = StepStatus::Stopped;
            setStep(*a, position, step);
            a->outcome.message = tr("Stopped by the user.");
            system(*a, position, tr("%1 was stopped.").arg(def.label));
            post(RunEvent{RunEvent::Type::StepFinished, runId, position, step, a->run.status, a->outcome, {}});
            finishRun(*a, RunStatus::Stopped, tr("Stopped by the user during %1.").arg(def.label));
            return;
        }
        const bool dropped = failure == remote::Failure::ConnectionLost;
        // (Not when the lock went with the step's command: the step would run unguarded.)
        if (dropped && def.idempotent && a->attempt == 0 && a->lockHeld) {
            a->attempt = 1;
            system(*a, position,
                   tr("The connection dropped during %1 (%2). The step is safe to repeat: Hydron runs it once more.")
                       .arg(def.label, error.message));
            QTimer::singleShot(m_options.retryDelay, this, [this, runId] {
                Active *r = find(runId);
                if (!r)
                    return;
                if (r->stopRequested) {
                    stepEnded(runId,
                              std::unexpected(remote::remoteError(remote::Failure::Cancelled, Error::Code::Cancelled,
                                                                  tr("Stopped by the user."))));
                    return;
                }
                runStep(*r);
            });
            return;
        }
        QString message;
        if (dropped && !def.idempotent)
            message = tr("The connection to %1 dropped while “%2” was running. This step is not safe to repeat "
                         "automatically: the command may have stopped or may still be running on the server. Check "
                         "the server, then resume the run.")
                          .arg(a->server.name, def.label);
        else if (dropped)
            message = tr("The connection to %1 dropped again while “%2” was running (%3). Resume the run when the "
                         "server is reachable.")
                          .arg(a->server.name, def.label, error.message);
        else
            message = tr("“%1” could not run: %2").arg(def.label, error.message);
        step.status = StepStatus::Failed;
        setStep(*a, position, step);
        a->outcome.message = message;
        system(*a, position, message);
        post(RunEvent{RunEvent::Type::StepFinished, runId, position, step, a->run.status, a->outcome, {}});
        finishRun(*a, RunStatus::Failed, message);
        return;
    }
    const remote::ExitInfo &exit = *result;
    step.exitCode = exit.code;
    a->outcome.exitCode = exit.code;
    if (a->outcome.hasResult)
        system(*a, position, tr("%1: %2").arg(def.label, outcomeSummary(a->outcome)));
    if (exit.succeeded()) {
        step.status = StepStatus::Completed;
        setStep(*a, position, step);
        for (auto it = a->outcome.facts.cbegin(); it != a->outcome.facts.cend(); ++it)
            a->facts.insert(it.key(), it.value());
        a->outcome.message =
            tr("Completed in %1 s.").arg(static_cast<double>(exit.duration.count()) / 1000.0, 0, 'f', 1);
        post(RunEvent{RunEvent::Type::StepFinished, runId, position, step, a->run.status, a->outcome, {}});
        if (a->outcome.done) {
            // The step found nothing left to do: the rest of the run is skipped with its reason.
            a->doneReason = a->outcome.doneReason.isEmpty() ? tr("nothing is left to do") : a->outcome.doneReason;
            system(*a, position, tr("%1 found nothing left to do: %2").arg(def.label, a->doneReason));
            for (int i = position + 1; i < a->defs.size(); ++i)
                skipStep(*a, i, a->doneReason);
            a->current = static_cast<int>(a->defs.size()) - 1;
        }
        next(*a);
        return;
    }
    QString message = tr("“%1” failed: %2.").arg(def.label, exit.message);
    if (!a->lastError.isEmpty())
        message += u' ' + a->lastError;
    step.status = StepStatus::Failed;
    setStep(*a, position, step);
    a->outcome.message = message;
    system(*a, position, message);
    post(RunEvent{RunEvent::Type::StepFinished, runId, position, step, a->run.status, a->outcome, {}});
    finishRun(*a, RunStatus::Failed, message);
}

void RunEngine::finishRun(Active &a, RunStatus status, const QString &message)
{
    if (a.phase == Active::Phase::Finishing)
        return;
    a.phase = Active::Phase::Finishing;
    a.finalStatus = status;
    a.finalMessage = message;
    setRunStatus(a, status, message);
    system(a, -1, message);
    const qint64 id = a.run.id;
    if (!a.lockHeld) {
        if (a.releasedInStep)
            system(a, -1, tr("Released the server's run lock."));
        lockReleased(id, CommandOutput{});
        return;
    }
    (void)collectOutput(a.transport, serverLockCommand(LockMode::Release, id, RunStore::currentHolder(),
                                                       m_options.lockDirectory, m_options.workDirectory))
        .then(this, [this, id](const Result<CommandOutput> &reply) { lockReleased(id, reply); });
}

void RunEngine::lockReleased(qint64 runId, const Result<CommandOutput> &reply)
{
    Active *a = find(runId);
    if (!a)
        return;
    QString message = a->finalMessage;
    if (a->lockHeld) {
        const auto released = reply ? readLockReply(*reply) : Result<LockReply>(std::unexpected(reply.error()));
        if (released) {
            system(*a, -1, tr("Released the server's run lock."));
        } else {
            const QString note = tr("The server's run lock could not be released (%1). Resuming this run takes it "
                                    "back; a new run releases it as stale.")
                                     .arg(released.error().message);
            system(*a, -1, note);
            message += u' ' + note;
        }
    }
    post(RunEvent{RunEvent::Type::RunFinished, runId, -1, {}, a->finalStatus, {}, message});
    m_active.remove(runId);
    delete a;
}

void RunEngine::setRunStatus(Active &a, RunStatus status, const QString &message)
{
    auto stored = m_runs.setStatus(a.run.id, status);
    if (stored)
        a.run = *stored;
    else {
        a.run.status = status;
        log()->warn("run {}: status not stored: {}", a.run.id, stored.error().toString().toStdString());
    }
    post(RunEvent{RunEvent::Type::RunStatus, a.run.id, -1, {}, status, {}, message});
}

void RunEngine::setStep(Active &a, int position, const Step &step)
{
    a.run.steps[position] = step;
    if (auto stored = m_runs.setStep(a.run.id, position, step); !stored)
        log()->warn("run {}: step {} not stored: {}", a.run.id, position, stored.error().toString().toStdString());
}

void RunEngine::system(Active &a, int position, const QString &text)
{
    LogPump *pump = m_pump;
    const qint64 id = a.run.id;
    QList<LogLine> lines{LogLine{position, LogLine::Stream::System, QDateTime::currentDateTimeUtc(), text}};
    QMetaObject::invokeMethod(pump, [pump, id, lines] { pump->addLines(id, lines); });
}

void RunEngine::post(const RunEvent &event)
{
    LogPump *pump = m_pump;
    QMetaObject::invokeMethod(pump, [pump, event] { pump->addEvent(event); });
}

void RunEngine::deliver(const RunEvent &event)
{
    switch (event.type) {
    case RunEvent::Type::RunStatus:
        Q_EMIT runStatusChanged(event.runId, event.status, event.message);
        break;
    case RunEvent::Type::StepStarted:
        Q_EMIT stepStarted(event.runId, event.position, event.step);
        break;
    case RunEvent::Type::StepFinished:
        Q_EMIT stepFinished(event.runId, event.position, event.step, event.outcome);
        break;
    case RunEvent::Type::RunFinished:
        Q_EMIT runFinished(event.runId, event.status, event.message);
        break;
    }
}

QFuture<Result<QList<LockHolder>>> RunEngine::lockHolders(qint64 serverId)
{
    auto server = m_servers.find(serverId);
    if (!server)
        return QtFuture::makeReadyFuture(Result<QList<LockHolder>>(
            std::unexpected(Error{Error::Code::NotFound, tr("There is no server with id %1.").arg(serverId), {}})));
    return collectOutput(makeTransport(*server), serverLockCommand(LockMode::Show, 0, RunStore::currentHolder(),
                                                                   m_options.lockDirectory, m_options.workDirectory))
        .then([](const Result<CommandOutput> &reply) -> Result<QList<LockHolder>> {
            if (!reply)
                return std::unexpected(reply.error());
            auto lock = readLockReply(*reply);
            if (!lock)
                return std::unexpected(lock.error());
            return lock->holders;
        });
}

QFuture<Result<QList<LockHolder>>> RunEngine::releaseServerLock(qint64 serverId)
{
    auto server = m_servers.find(serverId);
    if (!server)
        return QtFuture::makeReadyFuture(Result<QList<LockHolder>>(
            std::unexpected(Error{Error::Code::NotFound, tr("There is no server with id %1.").arg(serverId), {}})));
    for (const Active *a : std::as_const(m_active)) {
        if (a->run.serverId == serverId)
            return QtFuture::makeReadyFuture(Result<QList<LockHolder>>(std::unexpected(Error{
                Error::Code::InvalidInput,
                tr("Run %1 is active on %2; stop it instead of releasing its lock.").arg(a->run.id).arg(server->name),
                {}})));
    }
    return collectOutput(makeTransport(*server), serverLockCommand(LockMode::Unlock, 0, RunStore::currentHolder(),
                                                                   m_options.lockDirectory, m_options.workDirectory))
        .then([](const Result<CommandOutput> &reply) -> Result<QList<LockHolder>> {
            if (!reply)
                return std::unexpected(reply.error());
            auto lock = readLockReply(*reply);
            if (!lock)
                return std::unexpected(lock.error());
            return lock->holders;
        });
}

} // namespace hydron::runs
