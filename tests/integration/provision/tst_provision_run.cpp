// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning as Hydron runs it: a ProvisionRecipe run through the RunEngine and SshTransport
// against a fresh Debian server container (tests/integration/env/hydron-test-server), twice.
// The first run provisions (paused after the Docker step to load the locally built proxy
// image, since no registry is reachable here, then resumed); the second changes nothing. The
// server ends Provisioned with its spec stored. Skips only where no Docker engine can start.
#include "core/deploy/provisioning.h"
#include "core/remote/hostkey.h"
#include "core/remote/sshtransport.h"
#include "runharness.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;

namespace {

const QString envTools = QStringLiteral(HYDRON_SOURCE_DIR "/tests/integration/env");

struct Program
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Program runTool(const QString &program, const QStringList &args, int timeoutMs = 900'000, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    Program r;
    if (!p.waitForStarted(10'000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QHash<QString, QString> keyValues(const QByteArray &text)
{
    QHash<QString, QString> out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return out;
}

} // namespace

class TestProvisionRun final : public QObject
{
    Q_OBJECT

private:
    QString m_name;
    bool m_startedDocker = false;
    bool m_serverUp = false;
    Server m_server;

private Q_SLOTS:
    void initTestCase()
    {
        if (runTool(envTools + u"/hydron-test-docker"_s, {u"status"_s}, 30'000).code != 0)
            m_startedDocker = true;
        const Program up = runTool(envTools + u"/hydron-test-docker"_s, {u"up"_s});
        if (up.code == 77)
            QSKIP(qPrintable(u"no Docker engine can be started here: "_s + QString::fromUtf8(up.err)));
        QVERIFY2(up.code == 0, up.err.constData());
        // The env tools always talk to Hydron's own test daemon.
        const Program images =
            runTool(envTools + u"/hydron-test-images"_s, {u"base"_s, u"server"_s, u"busybox"_s, u"caddy"_s});
        QVERIFY2(images.code == 0, images.err.right(2000).constData());

        QTcpServer probe; // a free port on loopback for the server's sshd
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        int port = probe.serverPort();
        probe.close();
        if (port < 1024)
            port = 20000 + int(QRandomGenerator::global()->bounded(10000));
        m_name = u"provrun-%1"_s.arg(QCoreApplication::applicationPid());
        const Program server =
            runTool(envTools + u"/hydron-test-server"_s, {u"up"_s, m_name, QString::number(port)}, 300'000);
        QVERIFY2(server.code == 0, server.err.right(2000).constData());
        m_serverUp = true;
        const auto info = keyValues(runTool(envTools + u"/hydron-test-server"_s, {u"info"_s, m_name}, 30'000).out);

        // The host key pinned from what Docker read inside the container (a trusted channel).
        QFile knownHosts(info.value(u"known_hosts"_s));
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = knownHosts.readAll().simplified().split(' ');
        QVERIFY(fields.size() >= 3);
        QTemporaryDir tmp;
        QFile pub(tmp.filePath(u"host.pub"_s));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(fields.at(1) + ' ' + fields.at(2) + '\n');
        pub.close();
        auto fingerprint = remote::fingerprintOfPublicKeyFile(pub.fileName());
        QVERIFY(fingerprint);

        m_server.name = m_name;
        m_server.host = u"127.0.0.1"_s;
        m_server.port = port;
        m_server.user = u"root"_s;
        m_server.auth = AuthMethod::KeyFile;
        m_server.keyFile = info.value(u"key"_s);
        m_server.hostKeyFingerprint = *fingerprint;
    }

    void cleanupTestCase()
    {
        if (m_serverUp)
            runTool(envTools + u"/hydron-test-server"_s, {u"down"_s, m_name}, 120'000);
        if (m_startedDocker && qEnvironmentVariable("HYDRON_TEST_KEEP") != u"1")
            runTool(envTools + u"/hydron-test-docker"_s, {u"down"_s}, 120'000);
    }

    void provision_twice_secondChangesNothing_serverProvisioned()
    {
        RunHarness h;
        // On the test server the lock and env files go where they go on any server.
        h.makeEngine(RunHarness::fastOptions());
        h.engine->setTransportFactory([](const Server &server) -> std::unique_ptr<remote::Transport> {
            remote::SshOptions o;
            o.configFile = QString();
            return std::make_unique<remote::SshTransport>(server, o);
        });
        // sshd listens on 22 inside the container (the published port is NAT): the firewall must allow 22.
        h.engine->addRecipe(std::make_shared<deploy::ProvisionRecipe>(
            h.core->servers(),
            deploy::ProvisionOptions{.environment = {{u"HYDRON_SSH_PORT"_s, u"22"_s},
                                                     {u"HYDRON_PROXY_IMAGE"_s, u"hydron-test/caddy:2"_s}}}));
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

        const Program save =
            runTool(u"bash"_s,
                    {u"-c"_s, u"set -o pipefail; eval \"$('%1/hydron-test-docker' env)\"; docker save "
                              "hydron-test/caddy:2 hydron-test/busybox:latest | '%1/hydron-test-server' "
                              "ssh '%2' 'docker load -q'"_s.arg(envTools, m_name)},
                    300'000);
        QVERIFY2(save.code == 0, save.err.right(2000).constData());
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
        const Program ssh =
            runTool(envTools + u"/hydron-test-server"_s,
                    {u"ssh"_s, m_name, u"ufw status | head -n 1; ls /opt/hydron/locks | wc -l"_s}, 60'000);
        QCOMPARE(ssh.code, 0);
        QVERIFY2(ssh.out.startsWith("Status: active"), ssh.out.constData());
        QVERIFY2(ssh.out.trimmed().endsWith("0"), ssh.out.constData());
    }

    // A non-root SSH user: root steps go through `sudo -n`. Without passwordless sudo the first
    // root step fails with a clear message; once it is allowed, the failed run resumes from that
    // step and finds everything in place.
    void provision_nonRootUser_needsPasswordlessSudo_thenResumes()
    {
        if (!m_serverUp)
            QSKIP("the server did not come up");
        const Program setup =
            runTool(envTools + u"/hydron-test-server"_s,
                    {u"ssh"_s, m_name,
                     u"rm -f /etc/sudoers.d/hydron-tester; install -d -o tester -g tester -m 700 ~tester/.ssh && "
                     "install -o tester -g tester -m 600 /root/.ssh/authorized_keys ~tester/.ssh/authorized_keys"_s},
                    60'000);
        QVERIFY2(setup.code == 0, setup.err.constData());

        RunHarness h;
        h.makeEngine(RunHarness::fastOptions());
        h.engine->setTransportFactory([](const Server &server) -> std::unique_ptr<remote::Transport> {
            remote::SshOptions o;
            o.configFile = QString();
            return std::make_unique<remote::SshTransport>(server, o);
        });
        h.engine->addRecipe(std::make_shared<deploy::ProvisionRecipe>(
            h.core->servers(),
            deploy::ProvisionOptions{.environment = {{u"HYDRON_SSH_PORT"_s, u"22"_s},
                                                     {u"HYDRON_PROXY_IMAGE"_s, u"hydron-test/caddy:2"_s}}}));
        Server tester = m_server;
        tester.name = m_name + u"-tester"_s;
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

        const Program sudo = runTool(envTools + u"/hydron-test-server"_s,
                                     {u"ssh"_s, m_name,
                                      u"echo 'tester ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/hydron-tester && "
                                      "chmod 440 /etc/sudoers.d/hydron-tester"_s},
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
        runTool(envTools + u"/hydron-test-server"_s, {u"ssh"_s, m_name, u"rm -f /etc/sudoers.d/hydron-tester"_s},
                60'000);
    }
};

QTEST_GUILESS_MAIN(TestProvisionRun)
#include "tst_provision_run.moc"
