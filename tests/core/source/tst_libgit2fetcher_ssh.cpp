// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Clones over SSH from an sshd this test starts on 127.0.0.1 with its own throwaway host and
// user keys (in a temporary folder; the machine's own sshd and /etc/ssh are not touched), and
// stops again by its process id.
#include "core/logging.h"
#include "core/source/libgit2fetcher.h"
#include "gittestsupport.h"
#include "testcredentials.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;
using namespace hydron::test;

namespace {

const QString Sshd = u"/usr/sbin/sshd"_s;
const QString Passphrase = u"correct horse battery staple"_s;

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

QString fingerprintOf(const QString &publicKey)
{
    const ProcessResult r = run(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, publicKey});
    return r.ok() ? QString::fromLatin1(r.out).split(u' ').value(1) : QString();
}

} // namespace

class TestLibGit2FetcherSsh final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestRepository m_repo;
    QProcess m_sshd;
    QProcess m_agent;
    quint16 m_port = 0;
    QString m_user;
    QString m_hostFingerprint;
    QString m_otherFingerprint;
    std::shared_ptr<TestCredentials> m_credentials = std::make_shared<TestCredentials>();

    QString key(const QString &name) const { return m_dir.filePath(u"keys/"_s + name); }
    QString url(const QString &path) const { return u"ssh://%1@127.0.0.1:%2%3"_s.arg(m_user).arg(m_port).arg(path); }

    CloneRequest request(const QString &privateKey, const QStringList &trusted, bool agent = false) const
    {
        CloneRequest r;
        r.url = url(m_repo.bare);
        r.ssh.useAgent = agent;
        r.ssh.privateKeyFile = privateKey;
        r.ssh.trustedHostKeys = trusted;
        return r;
    }

    bool makeKey(const QString &name, const QString &type, const QString &passphrase = {})
    {
        QStringList args{u"-q"_s, u"-t"_s, type, u"-N"_s, passphrase, u"-C"_s, name, u"-f"_s, key(name)};
        if (type == u"rsa"_s)
            args << u"-b"_s << u"3072"_s;
        if (name.endsWith(u"-pem"_s))
            args << u"-m"_s << u"PEM"_s;
        return run(u"ssh-keygen"_s, args).ok();
    }

    QString sshdLog() const { return QString::fromUtf8(readFile(m_dir.filePath(u"sshd.log"_s))); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A user's agent must not change what these tests see.
        qunsetenv("SSH_AUTH_SOCK");
        logging::logger(logging::Channel::Git)->set_level(logging::levelFromEnvironment(spdlog::level::info));
        const GitFeatures features = LibGit2Fetcher::features();
        if (!features.ssh)
            QSKIP(qPrintable(u"libgit2 %1 on this machine was built without SSH support (git_libgit2_features() "
                             "lacks GIT_FEATURE_SSH), so Hydron cannot clone over SSH here."_s.arg(features.version)));
        if (!QFileInfo(Sshd).isExecutable())
            QSKIP("/usr/sbin/sshd is missing: install the Debian package openssh-server to run the SSH clone tests.");
        if (!run(u"ssh-keygen"_s, {u"-?"_s}).err.contains("usage"))
            QSKIP("ssh-keygen is missing: install the Debian package openssh-client to run the SSH clone tests.");

        const QString error = m_repo.create(m_dir.filePath(u"src"_s));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"keys"_s)));
        QVERIFY(makeKey(u"host"_s, u"ed25519"_s));
        QVERIFY(makeKey(u"user"_s, u"ed25519"_s));
        QVERIFY(makeKey(u"rsa"_s, u"rsa"_s));
        QVERIFY(makeKey(u"ecdsa"_s, u"ecdsa"_s));
        QVERIFY(makeKey(u"ecdsa-pem"_s, u"ecdsa"_s));
        QVERIFY(makeKey(u"encrypted"_s, u"ed25519"_s, Passphrase));
        QVERIFY(makeKey(u"other"_s, u"ed25519"_s));
        QVERIFY(writeFile(m_dir.filePath(u"authorized_keys"_s),
                          readFile(key(u"user.pub"_s)) + readFile(key(u"rsa.pub"_s)) +
                              readFile(key(u"encrypted.pub"_s)) + readFile(key(u"ecdsa.pub"_s)) +
                              readFile(key(u"ecdsa-pem.pub"_s))));
        m_hostFingerprint = fingerprintOf(key(u"host.pub"_s));
        m_otherFingerprint = fingerprintOf(key(u"other.pub"_s));
        QVERIFY(m_hostFingerprint.startsWith(u"SHA256:"_s));

        const passwd *account = getpwuid(geteuid());
        QVERIFY(account);
        m_user = QString::fromLocal8Bit(account->pw_name);
        // sshd running as root needs its privilege separation folder; create it only if missing.
        if (geteuid() == 0 && !QFileInfo::exists(u"/run/sshd"_s))
            QVERIFY(QDir().mkpath(u"/run/sshd"_s));

        const QString config = m_dir.filePath(u"sshd_config"_s);
        QVERIFY(writeFile(config,
                          u"ListenAddress 127.0.0.1\n"
                          "HostKey %1\n"
                          "PidFile %2\n"
                          "AuthorizedKeysFile %3\n"
                          "StrictModes no\n"
                          "PermitRootLogin prohibit-password\n"
                          "PubkeyAuthentication yes\n"
                          "PasswordAuthentication no\n"
                          "KbdInteractiveAuthentication no\n"
                          "UsePAM no\n"
                          "MaxAuthTries 10\n"
                          "LogLevel VERBOSE\n"_s
                              .arg(key(u"host"_s), m_dir.filePath(u"sshd.pid"_s), m_dir.filePath(u"authorized_keys"_s))
                              .toUtf8()));
        m_port = freePort();
        QVERIFY(m_port > 0);
        m_sshd.setStandardErrorFile(m_dir.filePath(u"sshd.log"_s));
        m_sshd.start(Sshd, {u"-D"_s, u"-e"_s, u"-f"_s, config, u"-p"_s, QString::number(m_port)});
        QVERIFY2(m_sshd.waitForStarted(), qPrintable(m_sshd.errorString()));
        QElapsedTimer timer;
        timer.start();
        bool listening = false;
        while (!listening && timer.elapsed() < 15000 && m_sshd.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            listening = probe.waitForConnected(200);
            if (!listening)
                QTest::qWait(100);
        }
        QVERIFY2(listening, qPrintable(u"sshd did not start: "_s + sshdLog()));
        qInfo("sshd (pid %lld) listens on 127.0.0.1:%d, host key %s", m_sshd.processId(), m_port,
              qPrintable(m_hostFingerprint));
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_agent, &m_sshd}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        qunsetenv("SSH_AUTH_SOCK");
    }

    void keyFile_pinnedHostKey_clones_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::newRow("ed25519 key") << u"user"_s;
        QTest::newRow("ecdsa key") << u"ecdsa"_s;
        QTest::newRow("ecdsa key, PEM") << u"ecdsa-pem"_s;
    }

    void keyFile_pinnedHostKey_clones()
    {
        QFETCH(QString, keyName);
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        CloneJob *job = fetcher.fetch(request(key(keyName), {m_hostFingerprint}), this);
        QList<std::pair<SshHostKey, bool>> presented;
        connect(job, &CloneJob::hostKeyPresented, this, [&presented](const SshHostKey &k, bool trusted) {
            presented.append({k, trusted});
        });
        const JobRun run = runJob(job);
        QVERIFY(run.result.has_value());
        QVERIFY2(run.result->has_value(), qPrintable(describe(run.result) + u"\nsshd: "_s + sshdLog().right(2000)));
        QCOMPARE((*run.result)->commit, m_repo.c2);
        QCOMPARE(readFile((*run.result)->path + u"/README.md"_s), QByteArray("v2\n"));
        QVERIFY(!presented.isEmpty());
        QCOMPARE(presented.first().first.fingerprint, m_hostFingerprint);
        QCOMPARE(presented.first().first.type, u"ssh-ed25519"_s);
        QCOMPARE(presented.first().first.host, u"127.0.0.1"_s);
        QCOMPARE(presented.first().first.port, int(m_port));
        QVERIFY(presented.first().second);
        QVERIFY(job->presentedHostKey().has_value());
        QCOMPARE(job->presentedHostKey()->fingerprint, m_hostFingerprint);
        // No passphrase was asked for a key without one.
        QVERIFY(m_credentials->passphraseQuestions().isEmpty());

        // Redeploy: the cached clone is fetched into.
        const JobRun again = runJob(fetcher.fetch(request(key(keyName), {m_hostFingerprint}), this));
        QVERIFY2(again.result && *again.result, qPrintable(describe(again.result)));
        QVERIFY((*again.result)->fromCache);
        delete job;
    }

    // libssh2 1.10 (Debian 12) signs with RSA keys only as "ssh-rsa" (SHA-1), which OpenSSH 8.8+
    // refuses by default; the error must say so rather than only "refused". The day a libssh2
    // with rsa-sha2 signatures is installed, this test fails and the message can go.
    void rsaKey_refusedByAModernSshd_saysWhy()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const JobRun run = runJob(fetcher.fetch(request(key(u"rsa"_s), {m_hostFingerprint}), this), 30000);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(run.result->error().message,
                 u"Authentication failed: 127.0.0.1 refused the key file %1 for the user %2. It is an RSA key, and the "
                 "libssh2 on this computer signs RSA keys only with SHA-1 (ssh-rsa), which OpenSSH 8.8 and later "
                 "refuse by default: use an ed25519 or ECDSA key. Also check that the public key is authorised for "
                 "this repository."_s.arg(key(u"rsa"_s), m_user));
        QVERIFY2(sshdLog().contains(u"signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms"_s),
                 qPrintable(sshdLog().right(1500)));
    }

    void unknownHostKey_isRefusedWithItsFingerprint()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneJob *job = fetcher.fetch(request(key(u"user"_s), {}), this);
        const JobRun run = runJob(job);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::InvalidInput);
        QCOMPARE(run.result->error().message,
                 u"The SSH host key of 127.0.0.1 is not trusted yet. Its ssh-ed25519 fingerprint is %1: compare it "
                 "with the one the server's owner publishes, then trust it to continue."_s.arg(m_hostFingerprint));
        QCOMPARE(run.result->error().detail, m_hostFingerprint);
        QVERIFY(job->presentedHostKey().has_value());
        QCOMPARE(job->presentedHostKey()->fingerprint, m_hostFingerprint);
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url(m_repo.bare))));
        // Trusting the key the error named makes the next attempt work: how the UI pins a key.
        CloneRequest retry = request(key(u"user"_s), {job->presentedHostKey()->fingerprint});
        const JobRun second = runJob(fetcher.fetch(retry, this));
        QVERIFY2(second.result && *second.result, qPrintable(describe(second.result)));
        delete job;
    }

    // A key the user trusted once is remembered for the host: a later fetch with no keys of its
    // own (a deploy, the assistant, the CLI) works, also through another fetcher on the same
    // data; another port of the same host is not trusted by it.
    void rememberedHostKey_trustedForLaterFetches()
    {
        QTemporaryDir data;
        {
            LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
            QVERIFY(fetcher.rememberHostKey(url(m_repo.bare), m_hostFingerprint));
            QVERIFY(fetcher.rememberHostKey(url(m_repo.bare), m_hostFingerprint)); // once is enough
            QCOMPARE(fetcher.rememberedHostKeys(url(m_repo.bare)), QStringList{m_hostFingerprint});
            QVERIFY(!fetcher.rememberHostKey(u"https://example.invalid/a.git"_s, m_hostFingerprint));
        }
        LibGit2Fetcher later(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const JobRun run = runJob(later.fetch(request(key(u"user"_s), {}), this));
        QVERIFY2(run.result && *run.result, qPrintable(describe(run.result)));
        QVERIFY(later.rememberedHostKeys(u"ssh://git@127.0.0.1:1/x.git"_s).isEmpty());
    }

    void changedHostKey_isRefused()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        // Written without its prefix and with padding: it is normalised before comparing.
        const QString pinned = m_otherFingerprint.mid(7) + u"="_s;
        const JobRun run = runJob(fetcher.fetch(request(key(u"user"_s), {pinned}), this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(
            run.result->error().message,
            u"The SSH host key of 127.0.0.1 does not match the trusted one: the server presented %1, but %2 was "
            "expected. Hydron refuses to connect, because someone may be intercepting the connection. If the "
            "server's key was changed on purpose, trust the new key."_s.arg(m_hostFingerprint, m_otherFingerprint));
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url(m_repo.bare))));
    }

    void wrongKey_failsAuthenticationOnce()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        QElapsedTimer timer;
        timer.start();
        const JobRun run = runJob(fetcher.fetch(request(key(u"other"_s), {m_hostFingerprint}), this), 30000);
        QVERIFY2(run.result.has_value(), "the login with a wrong key did not end (credential loop?)");
        QVERIFY(!*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(run.result->error().message,
                 u"Authentication failed: 127.0.0.1 refused the key file %1 for the user %2. Check that the public "
                 "key is authorised for this repository."_s.arg(key(u"other"_s), m_user));
        QVERIFY(timer.elapsed() < 30000);
    }

    void noKeyAtAll_saysSo()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const JobRun run = runJob(fetcher.fetch(request({}, {m_hostFingerprint}, true), this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::InvalidInput);
        QCOMPARE(run.result->error().message,
                 u"127.0.0.1 needs an SSH key, and Hydron has none to offer: ssh-agent is not running "
                 "(SSH_AUTH_SOCK is not set) and no key file was given."_s);
    }

    void encryptedKey_passphraseFromProvider()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const QString encrypted = key(u"encrypted"_s);

        m_credentials->clear();
        m_credentials->setPassphrase(std::nullopt);
        JobRun none = runJob(fetcher.fetch(request(encrypted, {m_hostFingerprint}), this));
        QVERIFY(none.result && !*none.result);
        QCOMPARE(none.result->error().code, Error::Code::InvalidInput);
        QCOMPARE(none.result->error().message,
                 u"The SSH key %1 is protected by a passphrase, and none was given."_s.arg(encrypted));
        QCOMPARE(m_credentials->passphraseQuestions(), QStringList{encrypted});

        m_credentials->clear();
        m_credentials->setPassphrase(u"wrong passphrase"_s);
        JobRun wrong = runJob(fetcher.fetch(request(encrypted, {m_hostFingerprint}), this), 30000);
        QVERIFY2(wrong.result && !*wrong.result, "a wrong passphrase must fail");
        QCOMPARE(wrong.result->error().code, Error::Code::InvalidInput);
        QCOMPARE(wrong.result->error().message,
                 u"The SSH key could not be used: the passphrase is wrong or the key file's format is not "
                 "supported."_s);
        QVERIFY(!wrong.result->error().detail.contains(u"wrong passphrase"_s));

        m_credentials->clear();
        m_credentials->setPassphrase(Passphrase);
        JobRun right = runJob(fetcher.fetch(request(encrypted, {m_hostFingerprint}), this));
        QVERIFY2(right.result && *right.result, qPrintable(describe(right.result)));
        QCOMPARE((*right.result)->commit, m_repo.c2);
        QCOMPARE(m_credentials->passphraseQuestions(), QStringList{encrypted});
        m_credentials->setPassphrase(std::nullopt);
    }

    void agent_isTriedFirst_thenTheKeyFile()
    {
        const QString socket = m_dir.filePath(u"agent.sock"_s);
        m_agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        if (!m_agent.waitForStarted())
            QSKIP("ssh-agent is missing: install the Debian package openssh-client.");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 10000);
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        // The agent holds only the key the server does not accept.
        QVERIFY(run(u"ssh-add"_s, {u"-q"_s, key(u"other"_s)}).ok());

        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneRequest onlyAgent = request({}, {m_hostFingerprint}, true);
        JobRun refused = runJob(fetcher.fetch(onlyAgent, this), 30000);
        QVERIFY(refused.result && !*refused.result);
        QCOMPARE(refused.result->error().message,
                 u"Authentication failed: 127.0.0.1 refused the keys in ssh-agent for the user %1. Check that the "
                 "public key is authorised for this repository."_s.arg(m_user));

        // The agent's key is refused, then the key file works.
        JobRun fallback = runJob(fetcher.fetch(request(key(u"user"_s), {m_hostFingerprint}, true), this));
        QVERIFY2(fallback.result && *fallback.result, qPrintable(describe(fallback.result)));

        // With the right key in the agent, no key file is needed.
        QVERIFY(run(u"ssh-add"_s, {u"-q"_s, key(u"user"_s)}).ok());
        QTemporaryDir data2;
        LibGit2Fetcher fetcher2(LibGit2Fetcher::defaultCacheRoot(data2.path()));
        JobRun viaAgent = runJob(fetcher2.fetch(onlyAgent, this));
        QVERIFY2(viaAgent.result && *viaAgent.result, qPrintable(describe(viaAgent.result)));
        QCOMPARE((*viaAgent.result)->commit, m_repo.c2);

        m_agent.terminate();
        m_agent.waitForFinished(5000);
        qunsetenv("SSH_AUTH_SOCK");
    }

    void missingRepository_saysThereIsNone()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneRequest r = request(key(u"user"_s), {m_hostFingerprint});
        r.url = url(m_dir.filePath(u"nothing-here.git"_s));
        const JobRun run = runJob(fetcher.fetch(r, this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::NotFound);
        QCOMPARE(run.result->error().message,
                 u"There is no Git repository at %1, or this login may not read it. Check the URL."_s.arg(r.url));
    }

    void closedPort_saysItCannotReachTheHost()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneRequest r = request(key(u"user"_s), {m_hostFingerprint});
        r.url = u"ssh://git@127.0.0.1:%1/repo.git"_s.arg(freePort());
        const JobRun run = runJob(fetcher.fetch(r, this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(run.result->error().message,
                 u"Hydron cannot reach 127.0.0.1. Check the address, the port and the network connection."_s);
    }
};

QTEST_GUILESS_MAIN(TestLibGit2FetcherSsh)
#include "tst_libgit2fetcher_ssh.moc"
