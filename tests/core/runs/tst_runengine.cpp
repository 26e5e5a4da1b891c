// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The RunEngine over LocalTransport ("This computer") and real stores: step order, stored
// statuses and masked log lines, pause/resume between steps, stop during a long command,
// resuming an interrupted run, one run at a time per server, log batching.
#include "core/remote/localtransport.h"
#include "core/store/database.h"
#include "runharness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;

namespace {

// LocalTransport, counting the commands it runs.
class CountingTransport final : public remote::Transport
{
public:
    explicit CountingTransport(int *commands)
        : m_commands(commands)
    {}
    [[nodiscard]] QString displayName() const override { return m_local.displayName(); }
    [[nodiscard]] bool isLocal() const override { return true; }
    [[nodiscard]] remote::CommandJob *run(const remote::Command &command, QObject *parent = nullptr) override
    {
        ++*m_commands;
        return m_local.run(command, parent);
    }
    [[nodiscard]] QFuture<Result<void>> upload(const QByteArray &data, const QString &path, int mode) override
    {
        return m_local.upload(data, path, mode);
    }
    [[nodiscard]] QFuture<Result<void>> uploadFile(const QString &local, const QString &path, int mode) override
    {
        return m_local.uploadFile(local, path, mode);
    }
    [[nodiscard]] QFuture<Result<QByteArray>> readFile(const QString &path, qint64 maxBytes) override
    {
        return m_local.readFile(path, maxBytes);
    }

private:
    remote::LocalTransport m_local;
    int *m_commands;
};

} // namespace

namespace {

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

qint64 readPid(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

// The steps of the "app killed mid-run" test, the same in the child that dies and in the test
// that resumes: a, then b (which waits until the test says the app is gone), then c.
QList<StepDefinition> crashSteps(const QString &dir)
{
    return {scriptStep(u"a"_s, u"echo a >> '%1/marks'"_s.arg(dir)),
            scriptStep(u"b"_s, u"echo b >> '%1/marks'; if [ ! -f '%1/app-gone' ]; then sleep 300 & echo $! > "
                               "'%1/sleep.pid'; wait; fi"_s.arg(dir)),
            scriptStep(u"c"_s, u"echo c >> '%1/marks'"_s.arg(dir))};
}

RunEngine::Options crashOptions(const QString &dir)
{
    RunEngine::Options o = RunHarness::fastOptions();
    o.lockDirectory = dir + u"/locks"_s;
    o.workDirectory = dir + u"/work"_s;
    return o;
}

// The child process of that test: starts the run and waits to be killed.
int runDoomedApp(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = qEnvironmentVariable("HYDRON_TEST_DOOMED_APP");
    auto core = CoreServices::open(dir + u"/data"_s, {.fileLogging = false, .markInterrupted = false});
    if (!core)
        return 2;
    auto server = (*core)->servers().findByName(u"local"_s);
    if (!server)
        return 3;
    secrets::SecretMasker masker;
    QDir().mkpath(dir + u"/locks"_s);
    RunEngine engine((*core)->runs(), (*core)->runLog(), (*core)->servers(), masker, crashOptions(dir));
    engine.addRecipe(
        std::make_shared<ScriptRecipe>(Run::Kind::Deploy, [dir](const RecipeContext &) { return crashSteps(dir); }));
    auto run = engine.start(Run::Kind::Deploy, server->id);
    if (!run)
        return 4;
    return app.exec(); // until SIGKILL
}

} // namespace

class TestRunEngine final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    std::shared_ptr<ScriptRecipe> recipe(QList<StepDefinition> steps, Run::Kind kind = Run::Kind::Deploy)
    {
        return std::make_shared<ScriptRecipe>(kind, [steps](const RecipeContext &) { return steps; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // ~/.hydron/runs of "the server" (this computer) goes to a throwaway home.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void run_steps_runInOrderStoredAndMasked()
    {
        RunHarness h;
        h.masker.add(u"API_TOKEN"_s, u"s3cr3t-t0ken-value"_s);
        const qint64 server = h.addServer(Server::local());
        StepDefinition first = scriptStep(u"first"_s, u"echo one; echo 'token s3cr3t-t0ken-value here'; "
                                                      "echo 'HYDRON-FACT colour=blue'; "
                                                      "echo 'HYDRON-RESULT changed=1 unchanged=2 skipped=3 step=first "
                                                      "status=ok exit=0'"_s);
        StepDefinition second = scriptStep(u"second"_s, u"echo two >&2; echo \"$HYDRON_GREETING\" < /dev/null"_s);
        second.envFile = "HYDRON_GREETING=hello\n";
        second.script = u"while IFS='=' read -r k v; do export \"$k=$v\"; done < \"$1\"; echo \"$HYDRON_GREETING\"; "
                        "stat -c %a \"$1\"; echo two >&2"_s;
        StepDefinition third = scriptStep(u"third"_s, u"echo three"_s);
        auto r = recipe({first, second, third});
        h.engine->addRecipe(r);

        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY2(run.has_value(), qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(run->steps.size(), 3);
        QVERIFY(h.engine->isActive(run->id));
        QVERIFY(h.waitFinished(run->id));
        const RunRecord &rec = h.records[run->id];
        QVERIFY2(rec.finalStatus == RunStatus::Completed, qPrintable(rec.finalMessage + u'\n' + rec.system()));
        QVERIFY(!h.engine->isActive(run->id));

        // Order: each step's lines arrive between its started and finished.
        QStringList order;
        for (const QString &e : rec.events) {
            if (order.isEmpty() || order.last() != e)
                order << e;
        }
        QCOMPARE(order, (QStringList{u"status:started"_s, u"status:in-progress"_s, u"step-started:0"_s, u"line:0"_s,
                                     u"step-finished:0:completed"_s, u"step-started:1"_s, u"line:1"_s,
                                     u"step-finished:1:completed"_s, u"step-started:2"_s, u"line:2"_s,
                                     u"step-finished:2:completed"_s, u"status:completed"_s, u"finished:completed"_s}));

        // Outcome of the protocol lines; facts reach the recipe.
        QCOMPARE(rec.outcomes.value(0).changed, 1);
        QCOMPARE(rec.outcomes.value(0).unchanged, 2);
        QCOMPARE(rec.outcomes.value(0).skipped, 3);
        QCOMPARE(r->facts.value(u"colour"_s), u"blue"_s);
        QVERIFY(rec.system().contains(u"changed 1, unchanged 2, skipped 3"_s));

        // The env file reached the step with mode 0600, and is gone afterwards.
        QCOMPARE(rec.texts(1), (QStringList{u"hello"_s, u"600"_s}));
        QCOMPARE(rec.texts(1, LogLine::Stream::Stderr), QStringList{u"two"_s});
        QVERIFY(QDir(h.workDirectory()).exists());
        QVERIFY(QDir(h.workDirectory()).entryList(QDir::Files).isEmpty());

        // Stored: statuses and masked lines.
        auto stored = h.core->runs().find(run->id);
        QVERIFY(stored);
        QCOMPARE(stored->status, RunStatus::Completed);
        for (const Step &s : stored->steps) {
            QCOMPARE(s.status, StepStatus::Completed);
            QCOMPARE(s.exitCode, std::optional<int>(0));
            QVERIFY(s.startedAt.isValid() && s.finishedAt.isValid());
        }
        const QList<LogLine> lines = h.storedLines(run->id);
        QCOMPARE(lines.size(), rec.lines.size());
        QString all;
        for (const LogLine &l : lines)
            all += l.text + u'\n';
        QVERIFY(!all.contains(u"s3cr3t-t0ken-value"_s));
        QVERIFY(all.contains(u"token [masked:API_TOKEN] here"_s));
        QVERIFY(!h.lockHeld());
        // The last step's command released the lock itself; its protocol line is not in the log.
        QVERIFY(!all.contains(u"HYDRON-LOCK"_s));
        QCOMPARE(rec.system().count(u"Released the server's run lock."_s), 1);
        QCOMPARE(rec.texts(2), QStringList{u"three"_s});
    }

    // A failing last step keeps its exit code and error though the lock goes in the same command.
    void run_failingLastStep_keepsExitCode_lockReleased()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(u"last"_s, u"echo 'error: no space left' >&2; exit 7"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"no space left"_s), qPrintable(rec.finalMessage));
        QCOMPARE(h.core->runs().find(run->id)->steps.at(0).exitCode, std::optional<int>(7));
        QVERIFY(!h.lockHeld());
        QVERIFY(rec.system().contains(u"Released the server's run lock."_s));
    }

    // Taking the lock, the step with the lock's release at its end: two commands for a one-step run.
    void run_oneStep_twoCommands()
    {
        RunHarness h;
        int commands = 0;
        h.engine->setTransportFactory(
            [&commands](const Server &) { return std::make_unique<CountingTransport>(&commands); });
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(u"only"_s, u"echo hi"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Completed);
        QVERIFY(!h.lockHeld());
        QCOMPARE(commands, 2);
    }

    void logs_awkwardText_storedExactly()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(
            u"text"_s,
            u"printf 'quote \" back \\\\ tab\\t bell\\a esc\\033[31mred\\033[0m \\303\\274 \\360\\237\\230\\200\\n'"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        const QStringList live = h.records[run->id].texts(0);
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first(), u"quote \" back \\ tab\t bell\a esc\x1b[31mred\x1b[0m ü 😀"_s);
        QStringList stored;
        for (const LogLine &l : h.storedLines(run->id)) {
            if (l.step == 0 && l.stream == LogLine::Stream::Stdout)
                stored << l.text;
        }
        QCOMPARE(stored, live);
    }

    void run_failingStep_failsRunWithLastErrorAndReleasesLock()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(
            recipe({scriptStep(u"ok"_s, u"true"_s),
                    scriptStep(u"boom"_s, u"echo working; echo 'error: the disk is on fire' >&2; exit 3"_s),
                    scriptStep(u"never"_s, u"echo never"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"the disk is on fire"_s), qPrintable(rec.finalMessage));
        QVERIFY2(rec.finalMessage.contains(u"3"_s), qPrintable(rec.finalMessage));
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->status, RunStatus::Failed);
        QCOMPARE(stored->steps.at(1).status, StepStatus::Failed);
        QCOMPARE(stored->steps.at(1).exitCode, std::optional<int>(3));
        QCOMPARE(stored->steps.at(2).status, StepStatus::Pending);
        QVERIFY(rec.texts(2).isEmpty());
        QVERIFY(!h.lockHeld());
    }

    void run_skippedStep_isMarkedSkipped()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        StepDefinition skipped = scriptStep(u"firewall"_s, u"echo must-not-run"_s);
        skipped.skipReason = u"not on this computer"_s;
        h.engine->addRecipe(recipe({skipped, scriptStep(u"after"_s, u"echo after"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Completed);
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Skipped);
        QVERIFY(!h.records[run->id].texts().contains(u"must-not-run"_s));
        QVERIFY(h.records[run->id].system().contains(u"not on this computer"_s));
    }

    void readProtocolLine_done_readsReason()
    {
        StepOutcome o;
        QVERIFY(readProtocolLine(u"HYDRON-DONE nothing changed: release r1 is serving "_s, o));
        QVERIFY(o.done);
        QCOMPARE(o.doneReason, u"nothing changed: release r1 is serving"_s);
        StepOutcome bare;
        QVERIFY(readProtocolLine(u"HYDRON-DONE"_s, bare));
        QVERIFY(bare.done);
        QVERIFY(bare.doneReason.isEmpty());
        StepOutcome other;
        QVERIFY(!readProtocolLine(u"HYDRON-DONEX"_s, other));
        QVERIFY(!readProtocolLine(u"echo HYDRON-DONE"_s, other));
        QVERIFY(!other.done);
    }

    // A step that prints HYDRON-DONE and succeeds ends the run: completed, the rest skipped with
    // its reason and never run, the recipe's completed() called with the facts, the lock released.
    void run_stepPrintsDone_remainingSkippedRunCompleted()
    {
        RunHarness h;
        int commands = 0;
        h.engine->setTransportFactory(
            [&commands](const Server &) { return std::make_unique<CountingTransport>(&commands); });
        const qint64 server = h.addServer(Server::local());
        auto r = recipe({scriptStep(u"check"_s, u"echo looking; echo 'HYDRON-FACT release=r1'; "
                                                "echo 'HYDRON-DONE nothing changed: r1 is serving'"_s),
                         scriptStep(u"build"_s, u"echo must-not-run-build"_s),
                         scriptStep(u"switch"_s, u"echo must-not-run-switch"_s)});
        h.engine->addRecipe(r);
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        const RunRecord &rec = h.records[run->id];
        QVERIFY2(rec.finalStatus == RunStatus::Completed, qPrintable(rec.finalMessage));
        QVERIFY2(rec.finalMessage.contains(u"nothing changed: r1 is serving"_s), qPrintable(rec.finalMessage));
        QCOMPARE(rec.events.filter(u"step-"_s),
                 (QStringList{u"step-started:0"_s, u"step-finished:0:completed"_s, u"step-finished:1:skipped"_s,
                              u"step-finished:2:skipped"_s}));
        QVERIFY(rec.outcomes.value(0).done);
        QCOMPARE(rec.outcomes.value(1).message, u"nothing changed: r1 is serving"_s);
        QCOMPARE(rec.outcomes.value(2).message, u"nothing changed: r1 is serving"_s);
        const QStringList out = rec.texts();
        QVERIFY(out.contains(u"looking"_s));
        QVERIFY(!out.join(u'\n').contains(u"must-not-run"_s));
        QVERIFY2(rec.system().contains(u"Skipped build: nothing changed: r1 is serving"_s), qPrintable(rec.system()));
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->status, RunStatus::Completed);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Completed);
        QCOMPARE(stored->steps.at(1).status, StepStatus::Skipped);
        QCOMPARE(stored->steps.at(2).status, StepStatus::Skipped);
        QCOMPARE(r->facts.value(u"release"_s), u"r1"_s);
        QVERIFY(!h.lockHeld());
        QVERIFY(rec.system().contains(u"Released the server's run lock."_s));
        QCOMPARE(commands, 3); // take the lock, the check, release the lock
    }

    // A step declared mayFinishRun releases the lock in its own command when it prints HYDRON-DONE
    // (one round trip fewer); when it does not, the lock stays held for the steps after it.
    void run_mayFinishRunStep_releasesLockItselfOnlyWhenDone()
    {
        RunHarness h;
        int commands = 0;
        h.engine->setTransportFactory(
            [&commands](const Server &) { return std::make_unique<CountingTransport>(&commands); });
        const qint64 server = h.addServer(Server::local());
        const QString lock = h.lockDirectory() + u"/run.lock"_s;
        const QString markerFile = h.path(u"say-done"_s);
        StepDefinition check = scriptStep(
            u"check"_s, u"echo checking; if [ -f '%1' ]; then echo 'HYDRON-DONE nothing to do'; fi"_s.arg(markerFile));
        check.mayFinishRun = true;
        h.engine->addRecipe(recipe({check, scriptStep(u"work"_s, u"[ -d '%1' ] && echo lock-held"_s.arg(lock))}));

        auto busy = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(busy);
        QVERIFY(h.waitFinished(busy->id));
        QCOMPARE(h.records[busy->id].finalStatus, RunStatus::Completed);
        QCOMPARE(h.records[busy->id].texts(0), QStringList{u"checking"_s});
        QCOMPARE(h.records[busy->id].texts(1), QStringList{u"lock-held"_s});
        QCOMPARE(commands, 3); // take the lock, check, work + release
        QVERIFY(!h.lockHeld());

        commands = 0;
        QFile say(markerFile);
        QVERIFY(say.open(QIODevice::WriteOnly));
        say.close();
        auto idle = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(idle);
        QVERIFY(h.waitFinished(idle->id));
        const RunRecord &rec = h.records[idle->id];
        QVERIFY2(rec.finalStatus == RunStatus::Completed, qPrintable(rec.finalMessage));
        // The lock's line is not the step's output.
        QCOMPARE(rec.texts(0), (QStringList{u"checking"_s, u"HYDRON-DONE nothing to do"_s}));
        QCOMPARE(h.core->runs().find(idle->id)->steps.at(1).status, StepStatus::Skipped);
        QCOMPARE(commands, 2); // take the lock, check + release
        QVERIFY(!h.lockHeld());
        QCOMPARE(rec.system().count(u"Released the server's run lock."_s), 1);
        QCOMPARE(h.core->runs().find(idle->id)->steps.at(0).exitCode, std::optional<int>(0));
    }

    // HYDRON-DONE from a step that fails changes nothing: the run fails there.
    void run_failingStepPrintsDone_failsAsUsual()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        StepDefinition check = scriptStep(u"check"_s, u"echo 'HYDRON-DONE all good'; exit 4"_s);
        check.mayFinishRun = true;
        h.engine->addRecipe(recipe({check, scriptStep(u"after"_s, u"echo after"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Failed);
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Failed);
        QCOMPARE(stored->steps.at(0).exitCode, std::optional<int>(4));
        QCOMPARE(stored->steps.at(1).status, StepStatus::Pending);
        QVERIFY(!h.lockHeld());
    }

    void pause_takesEffectBetweenSteps_resumeContinues()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        const QString marks = h.path(u"marks"_s);
        auto step = [&](const QString &name, const QString &extra = {}) {
            return scriptStep(name, extra + u"echo %1 >> '%2'"_s.arg(name, marks));
        };
        h.engine->addRecipe(recipe({step(u"a"_s, u"sleep 1; "_s), step(u"b"_s), step(u"c"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return h.records[run->id].events.contains(u"step-started:0"_s); }, 20'000));
        QVERIFY(h.engine->pause(run->id));
        QVERIFY(h.waitStatus(run->id, RunStatus::Paused));
        // Step a ran to its end; b has not started.
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->status, RunStatus::Paused);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Completed);
        QCOMPARE(stored->steps.at(1).status, StepStatus::Pending);
        QTest::qWait(500);
        QFile f(marks);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a\n"));
        f.close();
        QVERIFY2(h.lockHeld(), "a paused run keeps the server");
        // A second run on the server is refused while this one is paused.
        auto second = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(QString::number(run->id)), qPrintable(second.error().message));

        QVERIFY(h.engine->resume(run->id));
        QVERIFY(h.waitFinished(run->id));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Completed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a\nb\nc\n"));
        QVERIFY(!h.lockHeld());
    }

    void stop_duringLongCommand_killsProcessMarksStoppedReleasesLock()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        const QString pidFile = h.path(u"sleep.pid"_s);
        h.engine->addRecipe(
            recipe({scriptStep(u"long"_s, u"sleep 300 & echo $! > '%1'; echo started; wait"_s.arg(pidFile)),
                    scriptStep(u"after"_s, u"echo after"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return readPid(pidFile) > 0; }, 20'000));
        const qint64 pid = readPid(pidFile);
        QVERIFY(processExists(pid));
        QVERIFY(h.lockHeld());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(h.engine->stop(run->id));
        QVERIFY(h.waitFinished(run->id, 20'000));
        QVERIFY2(clock.elapsed() < 10'000, "stop took too long");
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Stopped);
        QVERIFY(QTest::qWaitFor([&] { return !processExists(pid); }, 10'000));
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->status, RunStatus::Stopped);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Stopped);
        QCOMPARE(stored->steps.at(1).status, StepStatus::Pending);
        QVERIFY(!h.lockHeld());
        QVERIFY(h.records[run->id].texts(1).isEmpty());
    }

    void stop_whilePaused_stopsAndReleasesLock()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(u"a"_s, u"sleep 0.5"_s), scriptStep(u"b"_s, u"true"_s)}));
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.engine->pause(run->id));
        QVERIFY(h.waitStatus(run->id, RunStatus::Paused));
        QVERIFY(h.engine->stop(run->id));
        QVERIFY(h.waitFinished(run->id));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Stopped);
        QCOMPARE(h.core->runs().find(run->id)->steps.at(1).status, StepStatus::Pending);
        QVERIFY(!h.lockHeld());
    }

    void interrupted_resume_continuesFromFirstUnfinishedStep()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        const QString marks = h.path(u"marks"_s);
        auto step = [&](const QString &name) {
            return scriptStep(name, u"echo %1 >> '%2'"_s.arg(name, marks));
        };
        auto r = recipe({step(u"a"_s), step(u"b"_s), step(u"c"_s)});
        h.engine->addRecipe(r);

        // As a process that died during step b left it: a completed, b in progress, and the
        // server lock still held by that (dead) process.
        Run dead;
        dead.kind = Run::Kind::Deploy;
        dead.serverId = server;
        dead.status = RunStatus::InProgress;
        dead.steps = {Step{.name = u"a"_s, .status = StepStatus::Completed},
                      Step{.name = u"b"_s, .status = StepStatus::InProgress}, Step{.name = u"c"_s}};
        auto stored = h.core->runs().add(dead);
        QVERIFY(stored);
        const QString deadHolder = u"999999@"_s + QSysInfo::machineHostName();
        QVERIFY(h.core->database().exec(u"UPDATE runs SET holder = ? WHERE id = ?"_s, {deadHolder, stored->id}));
        QVERIFY(QDir().mkpath(h.lockDirectory() + u"/run.lock"_s));
        QFile holder(h.lockDirectory() + u"/run.lock/holder"_s);
        QVERIFY(holder.open(QIODevice::WriteOnly));
        holder.write(u"holder=%1 run=%2 time=2026-01-01T00:00:00Z\n"_s.arg(deadHolder).arg(stored->id).toUtf8());
        holder.close();
        QCOMPARE(*h.core->runs().markInterrupted(), 1);
        QCOMPARE(h.core->runs().find(stored->id)->status, RunStatus::Interrupted);

        // A new run is refused: the server's lock names the interrupted run.
        auto other = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(other);
        QVERIFY(h.waitFinished(other->id));
        QCOMPARE(h.records[other->id].finalStatus, RunStatus::Failed);
        QVERIFY2(h.records[other->id].finalMessage.contains(u"run %1"_s.arg(stored->id)),
                 qPrintable(h.records[other->id].finalMessage));
        QVERIFY2(h.records[other->id].finalMessage.contains(u"no longer exists"_s),
                 qPrintable(h.records[other->id].finalMessage));

        QVERIFY(h.engine->resume(stored->id));
        QVERIFY(h.waitFinished(stored->id));
        QVERIFY2(h.records[stored->id].finalStatus == RunStatus::Completed,
                 qPrintable(h.records[stored->id].finalMessage));
        QFile f(marks);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("b\nc\n"));
        auto after = h.core->runs().find(stored->id);
        QCOMPARE(after->status, RunStatus::Completed);
        for (const Step &s : after->steps)
            QCOMPARE(s.status, StepStatus::Completed);
        QVERIFY(!h.lockHeld());
    }

    void appKilledMidRun_isInterrupted_thenResumesFromUnfinishedStep()
    {
        QTemporaryDir dir;
        {
            auto core = CoreServices::open(dir.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
            QVERIFY(core);
            QVERIFY((*core)->servers().add(Server::local()));
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HYDRON_TEST_DOOMED_APP"_s, dir.path());
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(app.waitForStarted(10'000));
        const QString pidFile = dir.filePath(u"sleep.pid"_s);
        const bool midRun = QTest::qWaitFor([&] { return readPid(pidFile) > 0; }, 30'000);
        const qint64 appPid = app.processId();
        ::kill(static_cast<pid_t>(appPid), SIGKILL); // the application dies: no chance to clean up
        QVERIFY(app.waitForFinished(10'000));
        QVERIFY2(midRun, "the app never reached step b");
        const qint64 orphan = readPid(pidFile); // its step's process outlives it; ours to stop
        QFile gone(dir.filePath(u"app-gone"_s));
        QVERIFY(gone.open(QIODevice::WriteOnly));
        gone.close();
        ::kill(static_cast<pid_t>(orphan), SIGTERM);

        // The next start of Hydron: the run is interrupted; its lock on the server is the dead app's.
        auto opened = CoreServices::open(dir.filePath(u"data"_s), {.fileLogging = false});
        QVERIFY(opened);
        auto core = std::move(*opened);
        const QList<Run> runs = core->runs().runs();
        QCOMPARE(runs.size(), 1);
        const Run interrupted = runs.first();
        QCOMPARE(interrupted.status, RunStatus::Interrupted);
        QCOMPARE(interrupted.steps.at(0).status, StepStatus::Completed);
        QCOMPARE(interrupted.steps.at(1).status, StepStatus::InProgress);
        QVERIFY(QDir(dir.filePath(u"locks/run.lock"_s)).exists());

        secrets::SecretMasker masker;
        RunEngine engine(core->runs(), core->runLog(), core->servers(), masker, crashOptions(dir.path()));
        engine.addRecipe(std::make_shared<ScriptRecipe>(
            Run::Kind::Deploy, [d = dir.path()](const RecipeContext &) { return crashSteps(d); }));
        QSignalSpy finished(&engine, &RunEngine::runFinished);
        QVERIFY(engine.resume(interrupted.id));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 30'000));
        QCOMPARE(finished.first().at(1).value<RunStatus>(), RunStatus::Completed);
        QFile marks(dir.filePath(u"marks"_s));
        QVERIFY(marks.open(QIODevice::ReadOnly));
        QCOMPARE(marks.readAll(), QByteArray("a\nb\nb\nc\n")); // b again, a not
        QCOMPARE(core->runs().find(interrupted.id)->status, RunStatus::Completed);
        QVERIFY(!QDir(dir.filePath(u"locks/run.lock"_s)).exists());
        QVERIFY(QTest::qWaitFor([&] { return !processExists(orphan); }, 10'000));
    }

    void resume_changedSteps_isRefused()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        Run old;
        old.kind = Run::Kind::Deploy;
        old.serverId = server;
        old.status = RunStatus::Failed;
        old.steps = {Step{.name = u"x"_s, .status = StepStatus::Failed}};
        auto stored = h.core->runs().add(old);
        QVERIFY(stored);
        h.engine->addRecipe(recipe({scriptStep(u"y"_s, u"true"_s)}));
        auto resumed = h.engine->resume(stored->id);
        QVERIFY(!resumed);
        QVERIFY(resumed.error().message.contains(u"changed"_s));
        QVERIFY(!h.engine->resume(424242));
    }

    void twoRuns_oneServer_secondRefusedOrWaits()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        const QString marks = h.path(u"marks"_s);
        h.engine->addRecipe(
            recipe({scriptStep(u"work"_s, u"echo start-$$ >> '%1'; sleep 1; echo end-$$ >> '%1'"_s.arg(marks))}));
        auto first = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(first);
        auto refused = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::AlreadyExists);
        QVERIFY2(refused.error().message.contains(u"Run %1"_s.arg(first->id)), qPrintable(refused.error().message));

        auto waiting = h.engine->start(Run::Kind::Deploy, server, RunEngine::StartOptions{.waitForLock = true});
        QVERIFY2(waiting, qPrintable(waiting ? QString() : waiting.error().toString()));
        QVERIFY(h.waitFinished(first->id));
        QVERIFY(h.waitFinished(waiting->id));
        QCOMPARE(h.records[first->id].finalStatus, RunStatus::Completed);
        QCOMPARE(h.records[waiting->id].finalStatus, RunStatus::Completed);
        QVERIFY(h.records[waiting->id].system().contains(u"Waiting"_s));
        // Never overlapping: start, end, start, end.
        QFile f(marks);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("start-") && lines.at(1).startsWith("end-"));
        QVERIFY(lines.at(2).startsWith("start-") && lines.at(3).startsWith("end-"));
    }

    void serverLock_heldElsewhere_refusesNamingHolder_thenExplicitRelease()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(u"work"_s, u"echo working"_s)}));
        // Another machine's Hydron holds this server.
        QVERIFY(QDir().mkpath(h.lockDirectory() + u"/run.lock"_s));
        QFile holder(h.lockDirectory() + u"/run.lock/holder"_s);
        QVERIFY(holder.open(QIODevice::WriteOnly));
        holder.write("holder=4242@colleague-laptop run=77 time=2026-01-01T10:00:00Z\n");
        holder.close();

        auto holders = waitForFuture(h.engine->lockHolders(server));
        QVERIFY(holders);
        QCOMPARE(holders->size(), 1);
        QCOMPARE(holders->first().runId, 77);
        QCOMPARE(holders->first().holder, u"4242@colleague-laptop"_s);

        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"run 77"_s) && rec.finalMessage.contains(u"colleague-laptop"_s),
                 qPrintable(rec.finalMessage));
        QVERIFY(rec.texts().isEmpty());
        QVERIFY2(h.lockHeld(), "someone else's lock is left alone");

        auto released = waitForFuture(h.engine->releaseServerLock(server));
        QVERIFY(released);
        QCOMPARE(released->size(), 1);
        QVERIFY(!h.lockHeld());
        auto again = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(again);
        QVERIFY(h.waitFinished(again->id));
        QCOMPARE(h.records[again->id].finalStatus, RunStatus::Completed);
    }

    void logs_manyLines_arriveInFewBatches()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(u"flood"_s, u"seq 1 200000; sleep 2; seq 200001 300000"_s)}));
        QElapsedTimer clock;
        clock.start();
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        // Live: the first lines arrive while the step still runs, not at its end.
        QVERIFY(QTest::qWaitFor([&] { return h.records[run->id].texts(0).size() >= 200000; }, 60'000));
        QVERIFY(!h.records[run->id].events.contains(u"step-finished:0:completed"_s));
        QVERIFY(h.waitFinished(run->id, 120'000));
        const qint64 ms = clock.elapsed();
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Completed);
        const QStringList out = rec.texts(0);
        QCOMPARE(out.size(), 300000);
        QCOMPARE(out.first(), u"1"_s);
        QCOMPARE(out.last(), u"300000"_s);
        // At most one batch per 50 ms interval or per 16K lines (plus the flushes before each event).
        const int allowed = int(ms / 50) + 300000 / 16384 + 12;
        QVERIFY2(rec.batches <= allowed, qPrintable(u"%1 batches in %2 ms"_s.arg(rec.batches).arg(ms)));
        QVERIFY2(rec.batches < 200, qPrintable(u"%1 batches"_s.arg(rec.batches)));
        QCOMPARE(h.storedLines(run->id).size(), rec.lines.size());
    }

    void stop_storedRun_pausedIsStoppedRunningElsewhereIsRefused()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        h.engine->addRecipe(recipe({scriptStep(u"a"_s, u"true"_s), scriptStep(u"b"_s, u"true"_s)}));
        Run paused;
        paused.kind = Run::Kind::Deploy;
        paused.serverId = server;
        paused.status = RunStatus::Paused;
        paused.steps = {Step{.name = u"a"_s, .status = StepStatus::Completed}, Step{.name = u"b"_s}};
        auto p = h.core->runs().add(paused);
        QVERIFY(p);
        Run running = paused;
        running.status = RunStatus::InProgress;
        auto r = h.core->runs().add(running);
        QVERIFY(r);

        auto refused = h.engine->stop(r->id);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"another Hydron process"_s));
        QCOMPARE(h.core->runs().find(r->id)->status, RunStatus::InProgress);

        QVERIFY(h.engine->stop(p->id));
        QCOMPARE(h.core->runs().find(p->id)->status, RunStatus::Stopped);
        QVERIFY(h.waitFinished(p->id));
        QCOMPARE(h.records[p->id].finalStatus, RunStatus::Stopped);

        // Labels of a stored run come from its recipe.
        auto defs = h.engine->stepDefinitions(p->id);
        QVERIFY(defs);
        QCOMPARE(defs->size(), 2);
        QCOMPARE(defs->at(1).label, u"b"_s);
        QVERIFY(!h.engine->stepDefinitions(424242));
    }

    void start_unknownServerOrKind_failsAtOnce()
    {
        RunHarness h;
        const qint64 server = h.addServer(Server::local());
        QVERIFY(!h.engine->start(Run::Kind::Deploy, 9999));
        auto noRecipe = h.engine->start(Run::Kind::Rollback, server);
        QVERIFY(!noRecipe);
        QCOMPARE(noRecipe.error().code, Error::Code::Unsupported);
        QVERIFY(h.core->runs().runs().isEmpty());
    }

private:
    template<typename T>
    static T waitForFuture(QFuture<T> future)
    {
        (void)QTest::qWaitFor([&] { return future.isFinished(); }, 30'000);
        if (!future.isFinished())
            return T(std::unexpected(Error{Error::Code::Internal, u"future did not finish"_s, {}}));
        return future.result();
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("HYDRON_TEST_DOOMED_APP"))
        return runDoomedApp(argc, argv);
    QCoreApplication app(argc, argv);
    TestRunEngine test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runengine.moc"
