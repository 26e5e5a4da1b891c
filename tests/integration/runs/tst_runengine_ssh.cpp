// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The RunEngine over SshTransport against a real sshd on loopback: what a run meets on a real
// connection. sshd killed mid-step, a changed host key, a wrong key, an unreachable host, Stop
// during a long remote command, and one retry of an idempotent step on a dropped connection.
#include "core/deploy/serverprobe.h"
#include "core/remote/remoteerror.h"
#include "core/remote/sshtransport.h"
#include "runharness.h"
#include "sshdfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;

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

TransportFactory sshFactory(std::chrono::milliseconds connectTimeout = std::chrono::milliseconds(10'000))
{
    return [connectTimeout](const Server &server) -> std::unique_ptr<remote::Transport> {
        remote::SshOptions o;
        o.configFile = QString(); // never the developer's ~/.ssh/config
        o.connectTimeout = connectTimeout;
        return std::make_unique<remote::SshTransport>(server, o);
    };
}

} // namespace

class TestRunEngineSsh final : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;

    std::shared_ptr<ScriptRecipe> recipe(QList<StepDefinition> steps)
    {
        return std::make_shared<ScriptRecipe>(Run::Kind::Deploy, [steps](const RecipeContext &) { return steps; });
    }

    qint64 setUp(RunHarness &h, const QList<StepDefinition> &steps, Server server,
                 std::chrono::milliseconds connectTimeout = std::chrono::milliseconds(10'000))
    {
        h.engine->setTransportFactory(sshFactory(connectTimeout));
        h.engine->addRecipe(recipe(steps));
        return h.addServer(std::move(server));
    }

    void ensureSshd()
    {
        QString why;
        if (QTcpServer probe; !probe.listen(QHostAddress::LocalHost, static_cast<quint16>(m_sshd.port())))
            return; // still listening
        QVERIFY2(m_sshd.restart(false, &why), qPrintable(why));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshdFixture::available(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.start(&why), qPrintable(why));
    }

    void init() { ensureSshd(); }

    void cleanupTestCase() { m_sshd.stop(); }

    void run_overSsh_completesWithEnvFileAndLogs()
    {
        RunHarness h;
        StepDefinition env = scriptStep(u"env"_s, u"stat -c %a \"$1\"; cat \"$1\"; whoami"_s);
        env.envFile = "HYDRON_X=1\n";
        const qint64 server =
            setUp(h, {scriptStep(u"hello"_s, u"echo hello from $(hostname)"_s), env}, m_sshd.server());
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id));
        const RunRecord &rec = h.records[run->id];
        QVERIFY2(rec.finalStatus == RunStatus::Completed, qPrintable(rec.finalMessage + u'\n' + rec.system()));
        QCOMPARE(rec.texts(1), (QStringList{u"600"_s, u"HYDRON_X=1"_s, u"root"_s}));
        QVERIFY(!h.lockHeld());
        QVERIFY(QDir(h.workDirectory()).entryList(QDir::Files).isEmpty());
    }

    void probe_overSsh_readsFactsAndSamples_unknownKeyNamesFingerprint()
    {
        deploy::ServerProbe probe(m_sshd.server(), sshFactory());
        auto facts = probe.check();
        QVERIFY(QTest::qWaitFor([&] { return facts.isFinished(); }, 30'000));
        QVERIFY2(facts.result(), qPrintable(facts.result() ? QString() : facts.result().error().toString()));
        QVERIFY(facts.result()->cpus > 0);
        QVERIFY(facts.result()->memoryMb > 0);
        QCOMPARE(facts.result()->user, u"root"_s);
        for (int i = 0; i < 2; ++i) { // the live chart samples on the same connection
            auto sample = probe.sample();
            QVERIFY(QTest::qWaitFor([&] { return sample.isFinished(); }, 30'000));
            QVERIFY(sample.result());
            QVERIFY(sample.result()->memoryUsedMb > 0);
        }
        QCOMPARE(m_sshd.acceptedLogins() > 0, true);

        deploy::ServerProbe unpinned(m_sshd.server(false), sshFactory());
        auto refused = unpinned.check();
        QVERIFY(QTest::qWaitFor([&] { return refused.isFinished(); }, 30'000));
        QVERIFY(!refused.result());
        QCOMPARE(remote::failureOf(refused.result().error()), remote::Failure::HostKeyUnknown);
        QCOMPARE(remote::hostKeyMismatchOf(refused.result().error())->presented, m_sshd.hostKeyFingerprint());
    }

    void lockHeldByAnotherMachine_waitingRunStartsWhenReleased()
    {
        RunHarness h;
        const qint64 server = setUp(h, {scriptStep(u"work"_s, u"echo working"_s)}, m_sshd.server());
        QVERIFY(QDir().mkpath(h.lockDirectory() + u"/run.lock"_s));
        QFile holder(h.lockDirectory() + u"/run.lock/holder"_s);
        QVERIFY(holder.open(QIODevice::WriteOnly));
        holder.write("holder=4242@colleague-laptop run=77 time=2026-01-01T10:00:00Z\n");
        holder.close();
        auto run = h.engine->start(Run::Kind::Deploy, server, RunEngine::StartOptions{.waitForLock = true});
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return h.records[run->id].system().contains(u"colleague-laptop"_s); }, 30'000));
        QVERIFY(h.records[run->id].texts(0).isEmpty());
        QVERIFY(QDir(h.lockDirectory() + u"/run.lock"_s).removeRecursively()); // the colleague's run ends
        QVERIFY(h.waitFinished(run->id, 30'000));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Completed);
        QCOMPARE(h.records[run->id].texts(0), QStringList{u"working"_s});
        QVERIFY(!h.lockHeld());
    }

    // The benchmark shape, as a check: a step printing 1,000,000 lines over SSH reaches
    // listeners in few batches and never stalls the thread the engine lives on for long.
    void millionLines_overSsh_fewBatchesNoLongStall()
    {
        RunHarness h;
        h.keepLines = false;
        const qint64 server = setUp(h, {scriptStep(u"flood"_s, u"seq 1 1000000"_s)}, m_sshd.server());
        qint64 longestGap = 0;
        QElapsedTimer gap;
        QTimer tick;
        tick.setInterval(5);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] { longestGap = std::max(longestGap, gap.restart()); });
        QElapsedTimer clock;
        clock.start();
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        gap.start();
        tick.start();
        QVERIFY(h.waitFinished(run->id, 300'000));
        tick.stop();
        const qint64 ms = clock.elapsed();
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Completed);
        QVERIFY2(rec.lineCount >= 1'000'000, qPrintable(QString::number(rec.lineCount)));
        qInfo("1M lines over SSH through the engine: %lld ms (the step itself: %s), %d batches, longest event-loop "
              "gap %lld ms",
              ms, qPrintable(rec.outcomes.value(0).message), rec.batches, longestGap);
        // Batches come at most every 50 ms, or sooner when 16K lines are waiting (the flood is then
        // handed on in big batches, so that the transport's output gate opens again).
        QVERIFY2(rec.batches <= int(ms / 50) + 1'000'000 / 16'384 + 20,
                 qPrintable(u"%1 batches in %2 ms"_s.arg(rec.batches).arg(ms)));
        // Generous for a shared 2-core machine; the goal on a quiet one is < 50 ms.
        QVERIFY2(longestGap < 250, qPrintable(u"the engine's thread stalled for %1 ms"_s.arg(longestGap)));
    }

    void sshdKilledMidStep_stepFailsClearly_runResumesLater()
    {
        RunHarness h;
        const QString marker = h.path(u"started-once"_s);
        // Not idempotent: a dropped connection must not repeat it behind the user's back.
        const QString script =
            u"if [ -f '%1' ]; then echo resumed; else touch '%1'; echo started; sleep 60; fi"_s.arg(marker);
        const qint64 server = setUp(
            h, {scriptStep(u"first"_s, u"echo first"_s), scriptStep(u"fragile"_s, script, false)}, m_sshd.server());
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return h.records[run->id].texts(1).contains(u"started"_s); }, 30'000));
        m_sshd.crash();
        QVERIFY(h.waitFinished(run->id, 60'000));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"not safe to repeat"_s), qPrintable(rec.finalMessage));
        QVERIFY2(rec.finalMessage.contains(u"lock could not be released"_s), qPrintable(rec.finalMessage));
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Completed);
        QCOMPARE(stored->steps.at(1).status, StepStatus::Failed);
        QVERIFY2(h.lockHeld(), "the lock stays until the run is resumed or released");

        QString why;
        QVERIFY2(m_sshd.restart(false, &why), qPrintable(why));
        h.records.remove(run->id);
        QVERIFY(h.engine->resume(run->id));
        QVERIFY(h.waitFinished(run->id, 60'000));
        QVERIFY2(h.records[run->id].finalStatus == RunStatus::Completed, qPrintable(h.records[run->id].finalMessage));
        QCOMPARE(h.records[run->id].texts(1), QStringList{u"resumed"_s});
        QVERIFY2(h.records[run->id].texts(0).isEmpty(), "the completed step is not run again");
        QVERIFY(!h.lockHeld());
    }

    void droppedConnection_idempotentStep_retriedOnce()
    {
        RunHarness h;
        const QString counter = h.path(u"attempts"_s);
        const QString script = u"n=$(cat '%1' 2>/dev/null || echo 0); n=$((n + 1)); echo $n > '%1'; echo attempt-$n; "
                               "if [ $n -eq 1 ]; then sleep 60; fi"_s.arg(counter);
        const qint64 server = setUp(h, {scriptStep(u"again"_s, script, true)}, m_sshd.server());
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return h.records[run->id].texts(0).contains(u"attempt-1"_s); }, 30'000));
        QString why;
        m_sshd.crash();
        QVERIFY2(m_sshd.restart(false, &why), qPrintable(why));
        QVERIFY(h.waitFinished(run->id, 60'000));
        const RunRecord &rec = h.records[run->id];
        QVERIFY2(rec.finalStatus == RunStatus::Completed, qPrintable(rec.finalMessage + u'\n' + rec.system()));
        QCOMPARE(rec.texts(0), (QStringList{u"attempt-1"_s, u"attempt-2"_s}));
        QCOMPARE(rec.outcomes.value(0).attempts, 2);
        QVERIFY(rec.system().contains(u"safe to repeat"_s));
        QVERIFY(!h.lockHeld());
    }

    void droppedTwice_idempotentStep_failsAfterOneRetry()
    {
        RunHarness h;
        const qint64 server = setUp(h, {scriptStep(u"flaky"_s, u"echo going; sleep 60"_s, true)}, m_sshd.server());
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QString why;
        for (int attempt = 0; attempt < 2; ++attempt) {
            QVERIFY(
                QTest::qWaitFor([&] { return h.records[run->id].texts(0).count(u"going"_s) == attempt + 1; }, 30'000));
            m_sshd.crash();
            QVERIFY2(m_sshd.restart(false, &why), qPrintable(why));
        }
        QVERIFY(h.waitFinished(run->id, 60'000));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Failed);
        QVERIFY2(h.records[run->id].finalMessage.contains(u"dropped again"_s),
                 qPrintable(h.records[run->id].finalMessage));
    }

    void changedHostKey_isRefused_nothingRuns()
    {
        RunHarness h;
        const Server pinned = m_sshd.server(); // pinned to the current key
        QString why;
        QVERIFY2(m_sshd.restart(true, &why), qPrintable(why));
        const int loginsBefore = m_sshd.acceptedLogins();
        const qint64 server = setUp(h, {scriptStep(u"never"_s, u"echo must-not-run"_s)}, pinned);
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id, 30'000));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"host key"_s) && rec.finalMessage.contains(u"changed"_s),
                 qPrintable(rec.finalMessage));
        QVERIFY2(rec.finalMessage.contains(pinned.hostKeyFingerprint), qPrintable(rec.finalMessage));
        QVERIFY(rec.texts(0).isEmpty());
        QCOMPARE(h.core->runs().find(run->id)->steps.at(0).status, StepStatus::Pending);
        QCOMPARE(m_sshd.acceptedLogins(), loginsBefore);
        QVERIFY(!h.lockHeld());
    }

    void wrongKey_clearAuthError()
    {
        RunHarness h;
        Server s = m_sshd.server();
        s.keyFile = m_sshd.makeUserKey(u"stranger_ed25519"_s, false);
        QVERIFY(!s.keyFile.isEmpty());
        const qint64 server = setUp(h, {scriptStep(u"never"_s, u"echo must-not-run"_s)}, s);
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id, 30'000));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"refused to log in user root"_s), qPrintable(rec.finalMessage));
        QVERIFY2(rec.finalMessage.contains(u"authorized_keys"_s), qPrintable(rec.finalMessage));
        QVERIFY(rec.texts(0).isEmpty());
    }

    void unreachableHost_errorWithinTimeout()
    {
        RunHarness h;
        QTcpServer silent; // accepts TCP but never speaks SSH
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Server s = m_sshd.server();
        s.port = silent.serverPort();
        const qint64 server = setUp(h, {scriptStep(u"never"_s, u"true"_s)}, s, std::chrono::milliseconds(2000));
        QElapsedTimer clock;
        clock.start();
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id, 30'000));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        const RunRecord &rec = h.records[run->id];
        QCOMPARE(rec.finalStatus, RunStatus::Failed);
        QVERIFY2(rec.finalMessage.contains(u"did not answer"_s), qPrintable(rec.finalMessage));
    }

    void stop_duringLongRemoteCommand_processGone_lockReleased()
    {
        RunHarness h;
        const QString pidFile = h.path(u"remote-sleep.pid"_s);
        const qint64 server =
            setUp(h, {scriptStep(u"long"_s, u"sleep 300 & echo $! > '%1'; echo started; wait"_s.arg(pidFile))},
                  m_sshd.server());
        auto run = h.engine->start(Run::Kind::Deploy, server);
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return readPid(pidFile) > 0; }, 30'000));
        const qint64 pid = readPid(pidFile);
        QVERIFY(processExists(pid));
        QVERIFY(h.lockHeld());
        QVERIFY(h.engine->stop(run->id));
        QVERIFY(h.waitFinished(run->id, 30'000));
        QCOMPARE(h.records[run->id].finalStatus, RunStatus::Stopped);
        QVERIFY2(QTest::qWaitFor([&] { return !processExists(pid); }, 10'000), "the remote process is gone");
        QCOMPARE(h.core->runs().find(run->id)->steps.at(0).status, StepStatus::Stopped);
        QVERIFY(!h.lockHeld());
        QVERIFY(h.records[run->id].system().contains(u"Released the server's run lock"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunEngineSsh)
#include "tst_runengine_ssh.moc"
