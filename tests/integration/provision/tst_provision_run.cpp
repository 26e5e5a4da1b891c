// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning as Hydron runs it: a ProvisionRecipe run through the RunEngine and SshTransport
// against a fresh Debian server container (tests/integration/env/hydron-test-server), twice.
// The first run provisions (paused after the Docker step to load the locally built proxy
// image, since no registry is reachable here, then resumed); the second changes nothing. The
// server ends Provisioned with its spec stored. Skips only where no Docker engine can start.
#include "core/deploy/provisioning.h"
#include "core/remote/sshtransport.h"
#include "runharness.h"
#include "testserver.h"

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;
using namespace hydron::testenv;

class TestProvisionRun final : public QObject
{
    Q_OBJECT

private:
    TestDocker m_docker;
    std::unique_ptr<TestServer> m_srv;
    Server m_server;

private Q_SLOTS:
    void initTestCase()
    {
        const Program up = m_docker.up();
        if (up.code == 77)
            QSKIP(qPrintable(u"no Docker engine can be started here: "_s + QString::fromUtf8(up.err)));
        QVERIFY2(up.ok(), up.describe().constData());
        // The env tools always talk to Hydron's own test daemon.
        const Program images = m_docker.images({u"base"_s, u"server"_s, u"busybox"_s, u"caddy"_s});
        QVERIFY2(images.ok(), images.describe().constData());
        m_srv = std::make_unique<TestServer>(TestServer::uniqueName(u"provrun"_s));
        const QString why = m_srv->up();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_server = m_srv->server();
    }

    void cleanupTestCase() { m_srv.reset(); }

    void provision_twice_secondChangesNothing_serverProvisioned()
    {
        RunHarness h;
        // On the test server the lock and env files go where they go on any server.
        h.makeEngine(RunHarness::fastOptions());
        testenv::prepareEngine(*h.engine, h.core->servers());
        const qint64 serverId = h.addServer(m_server);

        // Pass 1, paused after the Docker step to load the proxy image built here.
        auto first = h.engine->start(Run::Kind::Provision, serverId);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QObject::connect(h.engine.get(), &RunEngine::stepStarted, h.engine.get(),
                         [&](qint64 run, int, const Step &step) {
                             if (run == first->id && step.name == u"docker")
                                 (void)h.engine->pause(run);
                         });
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return h.records[first->id].statuses.contains(RunStatus::Paused) ||
                                h.records[first->id].finished;
                     },
                     900'000),
                 "pass 1 neither paused nor finished");
        QVERIFY2(!h.records[first->id].finished,
                 qPrintable(h.records[first->id].finalMessage + u'\n' + h.records[first->id].system()));
        auto paused = h.core->runs().find(first->id);
        QCOMPARE(paused->status, RunStatus::Paused);
        QCOMPARE(paused->steps.at(2).status, StepStatus::Completed); // docker
        QCOMPARE(paused->steps.at(3).status, StepStatus::Pending);   // firewall

        const Program save = m_srv->loadImages({u"hydron-test/caddy:2"_s, u"hydron-test/busybox:latest"_s});
        QVERIFY2(save.ok(), save.describe().constData());
        QVERIFY(h.engine->resume(first->id));
        QVERIFY(h.waitFinished(first->id, 900'000));
        const RunRecord &one = h.records[first->id];
        QVERIFY2(one.finalStatus == RunStatus::Completed, qPrintable(one.finalMessage + u'\n' + one.system()));
        for (int i = 0; i < 9; ++i)
            QVERIFY2(one.outcomes.value(i).hasResult, qPrintable(u"step %1 printed no HYDRON-RESULT"_s.arg(i)));
        QVERIFY(one.outcomes.value(2).changed > 0 || one.outcomes.value(2).unchanged > 0);

        auto server = h.core->servers().find(serverId);
        QCOMPARE(server->status, ServerStatus::Provisioned);
        QVERIFY(server->spec.cpus > 0);
        QVERIFY(server->spec.memoryMb > 0);
        QVERIFY(server->spec.diskGb > 0);
        QVERIFY2(server->spec.os.contains(u"Debian"_s), qPrintable(server->spec.os));

        // Pass 2: nothing changes.
        auto second = h.engine->start(Run::Kind::Provision, serverId);
        QVERIFY(second);
        QVERIFY(h.waitFinished(second->id, 900'000));
        const RunRecord &two = h.records[second->id];
        QVERIFY2(two.finalStatus == RunStatus::Completed, qPrintable(two.finalMessage + u'\n' + two.system()));
        for (int i = 0; i < 9; ++i) {
            QVERIFY2(two.outcomes.value(i).hasResult, qPrintable(u"step %1 printed no HYDRON-RESULT"_s.arg(i)));
            QVERIFY2(two.outcomes.value(i).changed == 0,
                     qPrintable(u"pass 2 changed something in step %1: %2"_s.arg(i).arg(
                         two.texts(i).filter(u"changed:"_s).join(u"; "_s))));
        }
        QVERIFY(two.system().contains(u"changed 0"_s));

        // SSH still works after the firewall and hardening, and the lock is released.
        const Program ssh = m_srv->ssh(u"ufw status | head -n 1; ls /opt/hydron/locks | wc -l"_s, 60'000);
        QCOMPARE(ssh.code, 0);
        QVERIFY2(ssh.out.startsWith("Status: active"), ssh.out.constData());
        QVERIFY2(ssh.out.trimmed().endsWith("0"), ssh.out.constData());
    }

    // A non-root SSH user: root steps go through `sudo -n`. Without passwordless sudo the first
    // root step fails with a clear message; once it is allowed, the failed run resumes from that
    // step and finds everything in place.
    void provision_nonRootUser_needsPasswordlessSudo_thenResumes()
    {
        if (!m_srv || !m_srv->isUp())
            QSKIP("the server did not come up");
        const Program setup =
            m_srv->ssh(u"rm -f /etc/sudoers.d/hydron-tester; install -d -o tester -g tester -m 700 ~tester/.ssh && "
                       "install -o tester -g tester -m 600 /root/.ssh/authorized_keys ~tester/.ssh/authorized_keys"_s,
                       60'000);
        QVERIFY2(setup.code == 0, setup.err.constData());

        RunHarness h;
        h.makeEngine(RunHarness::fastOptions());
        testenv::prepareEngine(*h.engine, h.core->servers());
        Server tester = m_server;
        tester.name = m_srv->name() + u"-tester"_s;
        tester.user = u"tester"_s;
        const qint64 serverId = h.addServer(tester);

        auto run = h.engine->start(Run::Kind::Provision, serverId);
        QVERIFY(run);
        QVERIFY(h.waitFinished(run->id, 300'000));
        const RunRecord &refused = h.records[run->id];
        QCOMPARE(refused.finalStatus, RunStatus::Failed);
        QVERIFY2(refused.finalMessage.contains(u"cannot use sudo without a password"_s),
                 qPrintable(refused.finalMessage));
        auto stored = h.core->runs().find(run->id);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Completed); // os-check needs no root
        QCOMPARE(stored->steps.at(1).status, StepStatus::Failed);
        QCOMPARE(stored->steps.at(1).exitCode, std::optional<int>(11));

        const Program sudo = m_srv->ssh(u"echo 'tester ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/hydron-tester && "
                                        "chmod 440 /etc/sudoers.d/hydron-tester"_s,
                                        60'000);
        QVERIFY2(sudo.code == 0, sudo.err.constData());
        h.records.remove(run->id);
        QVERIFY(h.engine->resume(run->id));
        QVERIFY(h.waitFinished(run->id, 900'000));
        const RunRecord &resumed = h.records[run->id];
        QVERIFY2(resumed.finalStatus == RunStatus::Completed,
                 qPrintable(resumed.finalMessage + u'\n' + resumed.system()));
        QVERIFY2(resumed.texts(0).isEmpty(), "os-check is not run again");
        for (int i = 1; i < 9; ++i)
            QVERIFY2(resumed.outcomes.value(i).hasResult && resumed.outcomes.value(i).changed == 0,
                     qPrintable(u"step %1 as tester: %2"_s.arg(i).arg(resumed.texts(i).join(u"; "_s))));
        QCOMPARE(h.core->servers().find(serverId)->status, ServerStatus::Provisioned);
        m_srv->ssh(u"rm -f /etc/sudoers.d/hydron-tester"_s, 60'000);
    }
};

QTEST_GUILESS_MAIN(TestProvisionRun)
#include "tst_provision_run.moc"
