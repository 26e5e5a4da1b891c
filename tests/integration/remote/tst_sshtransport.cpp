// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SshTransport against a real sshd on loopback: host key pinning, authentication, connection
// reuse, and the faults a deploy meets (refused, silent host, dropped connection).
#include "core/remote/remoteerror.h"
#include "core/remote/sshtransport.h"
#include "jobrunner.h"
#include "sshdfixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::remote;

namespace {

Command script(const QString &text, const QStringList &arguments = {})
{
    Command c;
    c.script = text;
    c.arguments = arguments;
    return c;
}

SshOptions noConfig(std::chrono::milliseconds timeout = std::chrono::milliseconds(10'000))
{
    SshOptions o;
    o.configFile = QString();
    o.connectTimeout = timeout;
    return o;
}

class FixedPassphrase final : public PassphraseProvider
{
public:
    explicit FixedPassphrase(QString value)
        : m_value(std::move(value))
    {}
    std::optional<QString> passphrase(const QString &keyFile) override
    {
        asked << keyFile;
        return m_value;
    }
    QStringList asked;

private:
    QString m_value;
};

// Unsets an environment variable for one scope.
class EnvGuard final
{
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestSshTransport final : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshdFixture::available(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.start(&why), qPrintable(why));
    }

    void cleanupTestCase() { m_sshd.stop(); }

    void connect_pinnedKey_worksAndReportsServer()
    {
        SshTransport t(m_sshd.server(), noConfig());
        auto info = waitFor(t.connectToHost());
        QVERIFY2(info.has_value(), qPrintable(describe(info)));
        QCOMPARE(info->fingerprint, m_sshd.hostKeyFingerprint());
        QCOMPARE(info->keyType, u"ssh-ed25519"_s);
        QVERIFY(info->serverBanner.startsWith(u"SSH-2.0-OpenSSH"_s));
        QVERIFY(info->authMethod.contains(m_sshd.userKey()));
        auto r = runJob(t, script(u"whoami"_s));
        QCOMPARE(r->out(), QStringList{u"root"_s});
    }

    void connect_unknownHostKey_stopsWithFingerprintAndRunsNothing()
    {
        const QString marker = m_sshd.path(u"must-not-exist"_s);
        SshTransport t(m_sshd.server(false), noConfig());
        auto info = waitFor(t.connectToHost());
        QVERIFY(!info);
        QCOMPARE(failureOf(info.error()), Failure::HostKeyUnknown);
        const auto mismatch = hostKeyMismatchOf(info.error());
        QVERIFY(mismatch.has_value());
        QCOMPARE(mismatch->presented, m_sshd.hostKeyFingerprint());
        QVERIFY(info.error().message.contains(m_sshd.hostKeyFingerprint()));

        const int loginsBefore = m_sshd.acceptedLogins();
        auto r = runJob(t, Command::program(u"touch"_s, {marker}));
        QVERIFY(!r->result);
        QCOMPARE(failureOf(r->result.error()), Failure::HostKeyUnknown);
        QVERIFY(!r->started);
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(m_sshd.acceptedLogins(), loginsBefore); // never even authenticated

        // Accepting the fingerprint (as the dialog or --accept-host-key does) lets it through.
        t.setPinnedFingerprint(mismatch->presented);
        auto ok = runJob(t, script(u"echo accepted"_s));
        QCOMPARE(ok->out(), QStringList{u"accepted"_s});
    }

    void connect_wrongUserKey_clearAuthError()
    {
        Server s = m_sshd.server();
        s.keyFile = m_sshd.makeUserKey(u"stranger_ed25519"_s, false);
        QVERIFY(!s.keyFile.isEmpty());
        SshTransport t(s, noConfig());
        auto info = waitFor(t.connectToHost());
        QVERIFY(!info);
        QCOMPARE(failureOf(info.error()), Failure::AuthFailed);
        QVERIFY(info.error().message.contains(s.keyFile));
        QVERIFY(info.error().message.contains(u"root"_s));
        QVERIFY(info.error().message.contains(u"publickey"_s)); // what the server accepts
    }

    void connect_missingKeyFile_keyFileError()
    {
        Server s = m_sshd.server();
        s.keyFile = m_sshd.path(u"no-such-key"_s);
        SshTransport t(s, noConfig());
        auto info = waitFor(t.connectToHost());
        QVERIFY(!info);
        QCOMPARE(failureOf(info.error()), Failure::KeyFile);
    }

    void connect_encryptedKey_usesPassphraseProvider()
    {
        Server s = m_sshd.server();
        s.keyFile = m_sshd.makeUserKey(u"locked_ed25519"_s, true, u"correct horse"_s);
        QVERIFY(!s.keyFile.isEmpty());
        {
            SshTransport none(s, noConfig());
            auto info = waitFor(none.connectToHost());
            QVERIFY(!info);
            QCOMPARE(failureOf(info.error()), Failure::KeyFile);
        }
        {
            SshOptions o = noConfig();
            auto wrong = std::make_shared<FixedPassphrase>(u"wrong"_s);
            o.passphrases = wrong;
            SshTransport t(s, o);
            auto info = waitFor(t.connectToHost());
            QVERIFY(!info);
            QCOMPARE(failureOf(info.error()), Failure::KeyFile);
        }
        SshOptions o = noConfig();
        auto right = std::make_shared<FixedPassphrase>(u"correct horse"_s);
        o.passphrases = right;
        SshTransport t(s, o);
        auto info = waitFor(t.connectToHost());
        QVERIFY2(info.has_value(), qPrintable(describe(info)));
        QCOMPARE(right->asked, QStringList{s.keyFile});
    }

    void connect_sshConfigAlias_resolvesHostPortUserAndKey()
    {
        const QString config = m_sshd.path(u"ssh_config"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            u"Host hydron-alias\n  HostName 127.0.0.1\n  Port %1\n  User root\n  IdentityFile %2\n"_s.arg(m_sshd.port())
                .arg(m_sshd.userKey())
                .toUtf8());
        f.close();
        EnvGuard noAgent("SSH_AUTH_SOCK", QByteArray());
        Server s;
        s.host = u"hydron-alias"_s;
        s.auth = AuthMethod::Agent;
        s.hostKeyFingerprint = m_sshd.hostKeyFingerprint();
        SshOptions o;
        o.configFile = config;
        SshTransport t(s, o);
        auto r = runJob(t, script(u"echo via alias"_s));
        QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
        QCOMPARE(r->out(), QStringList{u"via alias"_s});
    }

    void connect_agent_authenticatesWithAgentKey()
    {
        const QString socket = m_sshd.path(u"agent.sock"_s);
        QProcess agent;
        agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        QVERIFY(agent.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, socket);
        const QString key = m_sshd.makeUserKey(u"agent_ed25519"_s, true);
        QCOMPARE(SshdFixture::runProgram(u"ssh-add"_s, {u"-q"_s, key}, nullptr, env), 0);
        QFile::remove(key); // only the agent has it now
        {
            EnvGuard sock("SSH_AUTH_SOCK", QFile::encodeName(socket));
            Server s = m_sshd.server();
            s.auth = AuthMethod::Agent;
            s.keyFile.clear();
            SshTransport t(s, noConfig());
            auto r = runJob(t, script(u"echo via agent"_s));
            QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
            QCOMPARE(r->out(), QStringList{u"via agent"_s});
        }
        agent.terminate();
        QVERIFY(agent.waitForFinished(5000));
    }

    void connect_closedPort_refusedQuickly()
    {
        Server s = m_sshd.server();
        {
            QTcpServer probe; // a port that was free a moment ago
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            s.port = probe.serverPort();
        }
        SshTransport t(s, noConfig(std::chrono::milliseconds(5000)));
        QElapsedTimer clock;
        clock.start();
        auto info = waitFor(t.connectToHost());
        QVERIFY(!info);
        QCOMPARE(failureOf(info.error()), Failure::Refused);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void connect_silentListener_timesOutWithinLimit()
    {
        QTcpServer silent; // accepts TCP (the kernel does) but never speaks SSH
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Server s = m_sshd.server();
        s.port = silent.serverPort();
        SshTransport t(s, noConfig(std::chrono::milliseconds(1500)));
        QElapsedTimer clock;
        clock.start();
        auto info = waitFor(t.connectToHost(), 30'000);
        QVERIFY(!info);
        QCOMPARE(failureOf(info.error()), Failure::ConnectTimeout);
        QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void connect_unknownHostName_hostNotFound()
    {
        Server s = m_sshd.server();
        s.host = u"no-such-host.invalid"_s;
        SshTransport t(s, noConfig(std::chrono::milliseconds(3000)));
        auto info = waitFor(t.connectToHost(), 30'000);
        QVERIFY(!info);
        QVERIFY2(failureOf(info.error()) == Failure::HostNotFound, qPrintable(describe(info)));
    }

    void run_manyCommands_oneConnection()
    {
        SshTransport t(m_sshd.server(), noConfig());
        const int before = m_sshd.acceptedLogins();
        for (int i = 0; i < 5; ++i) {
            auto r = runJob(t, script(u"echo $1"_s, {QString::number(i)}));
            QCOMPARE(r->out(), QStringList{QString::number(i)});
        }
        // Concurrent ones too, more than the channel limit so some wait their turn.
        SshOptions o = noConfig();
        QList<CommandJob *> jobs;
        int finished = 0;
        for (int i = 0; i < 12; ++i) {
            CommandJob *job = t.run(script(u"sleep 0.2; echo ok"_s));
            connect(job, &CommandJob::finished, this, [&finished](const Result<ExitInfo> &r) {
                if (r && r->code == 0)
                    ++finished;
            });
            jobs << job;
        }
        QVERIFY(QTest::qWaitFor([&] { return finished == 12; }, 30'000));
        qDeleteAll(jobs);
        auto up = waitFor(t.upload("x", m_sshd.path(u"reuse.txt"_s), 0600));
        QVERIFY(up.has_value());
        QTest::qWait(200); // the log is written by sshd asynchronously
        QCOMPARE(m_sshd.acceptedLogins() - before, 1);
    }

    // A closed output gate stops reading: the remote command waits on a full channel with its
    // output bounded in memory, and goes on as soon as the consumer releases what it got. A
    // second command on the same connection is not held up meanwhile.
    void run_outputGate_boundsLinesInFlight()
    {
        SshTransport t(m_sshd.server(), noConfig());
        Command c = script(u"seq 1 200000; echo done"_s);
        c.gate = std::make_shared<OutputGate>(1000);
        CommandJob *job = t.run(c);
        qint64 received = 0;
        bool finished = false;
        QString last;
        connect(job, &CommandJob::output, this, [&](const QList<OutputLine> &lines) {
            received += lines.size();
            last = lines.last().text;
        });
        connect(job, &CommandJob::finished, this, [&](const Result<ExitInfo> &r) { finished = r && r->code == 0; });
        QTest::qWait(1500);
        // Nothing released: at most the limit plus one batch has been read.
        QVERIFY2(received > 0 && received <= 1000 + 8192, qPrintable(QString::number(received)));
        QVERIFY(!finished);
        auto other = runJob(t, script(u"echo meanwhile"_s));
        QCOMPARE(other->out(), QStringList{u"meanwhile"_s});
        // Release as lines come: everything arrives, in full.
        disconnect(job, &CommandJob::output, this, nullptr);
        connect(job, &CommandJob::output, this, [&](const QList<OutputLine> &lines) {
            received += lines.size();
            last = lines.last().text;
            c.gate->release(lines.size());
        });
        c.gate->release(received);
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 60'000));
        QCOMPARE(received, 200001);
        QCOMPARE(last, u"done"_s);
        QCOMPARE(c.gate->pending(), 0);
        delete job;
    }

    void run_sshdKilledMidCommand_failsClearlyThenReconnects()
    {
        SshTransport t(m_sshd.server(), noConfig(std::chrono::milliseconds(5000)));
        QSignalSpy connected(&t, &SshTransport::connectedChanged);
        // Crash only once the command itself runs (its first line arrived): killing the remote
        // login shell while it still reads its startup files could leave their locks behind.
        auto r = runJob(t, script(u"echo before; sleep 60"_s), 30'000, [this](CommandJob *job) {
            connect(
                job, &CommandJob::output, job,
                [this, job] { QTimer::singleShot(200, job, [this] { m_sshd.crash(); }); }, Qt::SingleShotConnection);
        });
        QVERIFY(!r->result);
        QCOMPARE(failureOf(r->result.error()), Failure::ConnectionLost);
        QVERIFY(r->result.error().message.contains(u"lost"_s));
        QCOMPARE(r->out(), QStringList{u"before"_s});
        QVERIFY2(r->elapsedMs < 10'000, qPrintable(QString::number(r->elapsedMs)));

        // While sshd is down the next command fails at once with a clear error…
        auto down = runJob(t, script(u"true"_s));
        QVERIFY(!down->result);
        QCOMPARE(failureOf(down->result.error()), Failure::Refused);

        // …and once it is back the transport connects again by itself.
        QString why;
        QVERIFY2(m_sshd.restart(false, &why), qPrintable(why));
        auto again = runJob(t, script(u"echo after"_s));
        QVERIFY2(again->result.has_value(), qPrintable(again->describe()));
        QCOMPARE(again->out(), QStringList{u"after"_s});
        QVERIFY(connected.count() >= 3); // up, down, up
    }

    void run_idleConnectionDropped_nextCommandReconnects()
    {
        SshTransport t(m_sshd.server(), noConfig());
        QCOMPARE(runJob(t, script(u"echo one"_s))->out(), QStringList{u"one"_s});
        QString why;
        QVERIFY2(m_sshd.restart(false, &why), qPrintable(why)); // drops the idle connection
        auto r = runJob(t, script(u"echo two"_s));
        QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
        QCOMPARE(r->out(), QStringList{u"two"_s});
        auto read = waitFor(t.readFile(m_sshd.path(u"sshd_config"_s)));
        QVERIFY(read.has_value());
    }

    void cancel_remoteSleep_goneWhenCheckedOverSecondConnection()
    {
        SshTransport t(m_sshd.server(), noConfig());
        const QString token = u"300.%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));
        QElapsedTimer sinceCancel;
        auto r = runJob(t, script(u"sleep %1"_s.arg(token)), 30'000, [&](CommandJob *job) {
            QTimer::singleShot(700, job, [job, &sinceCancel] {
                sinceCancel.start();
                job->cancel();
            });
        });
        QVERIFY(!r->result);
        QCOMPARE(r->result.error().code, Error::Code::Cancelled);
        QVERIFY2(sinceCancel.elapsed() < 3000, qPrintable(QString::number(sinceCancel.elapsed())));

        SshTransport checker(m_sshd.server(), noConfig());
        const int before = m_sshd.acceptedLogins();
        auto check = runJob(checker, Command::program(u"pgrep"_s, {u"-f"_s, u"[s]leep "_s + token}));
        QVERIFY2(check->result.has_value(), qPrintable(check->describe()));
        QCOMPARE(check->exitCode(), 1); // pgrep: nothing matched
        QVERIFY(check->out().isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_sshd.acceptedLogins() - before, 1); // really a second connection
    }

    void changedHostKey_refusedWithBothFingerprints()
    {
        // Last: it replaces the fixture's host key.
        const QString old = m_sshd.hostKeyFingerprint();
        Server pinnedOld = m_sshd.server();
        QString why;
        QVERIFY2(m_sshd.restart(true, &why), qPrintable(why));
        const QString now = m_sshd.hostKeyFingerprint();
        QVERIFY(old != now);
        SshTransport t(pinnedOld, noConfig());
        const int before = m_sshd.acceptedLogins();
        auto info = waitFor(t.connectToHost());
        QVERIFY(!info);
        QCOMPARE(failureOf(info.error()), Failure::HostKeyChanged);
        QVERIFY(info.error().message.contains(old));
        QVERIFY(info.error().message.contains(now));
        const auto mismatch = hostKeyMismatchOf(info.error());
        QVERIFY(mismatch.has_value());
        QCOMPARE(mismatch->pinned, old);
        QCOMPARE(mismatch->presented, now);
        auto r = runJob(t, script(u"echo never"_s));
        QVERIFY(!r->result);
        QCOMPARE(failureOf(r->result.error()), Failure::HostKeyChanged);
        QCOMPARE(m_sshd.acceptedLogins(), before);
    }
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
