// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hydron-cli's server and run commands end to end on the real binary: servers add local and
// --accept-host-key, servers check against a real sshd on loopback (host key pinned only when
// accepted, a changed key refused, a wrong key and an unreachable host explained), runs and
// logs over a stored run.
#include "../integration/remote/sshdfixture.h"
#include "core/coreservices.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliServers final : public QObject
{
    Q_OBJECT

private:
    Outcome cli(const QStringList &arguments, const QString &agentSocket = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"HYDRON_DATA_DIR"_s);
        environment.remove(u"SSH_AUTH_SOCK"_s); // only the key files (or the agent) the tests give
        if (!agentSocket.isEmpty())
            environment.insert(u"SSH_AUTH_SOCK"_s, agentSocket);
        environment.insert(u"HOME"_s, m_root->filePath(u"home"_s));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HYDRON_CLI_PATH), QStringList{u"--data-dir"_s, m_data} + arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonObject serverJson(const QString &name) const
    {
        const Outcome o = cli({u"servers"_s, u"list"_s, u"--json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(o.out.toUtf8()).array()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        return {};
    }

    bool startSshd()
    {
        QString why;
        if (!SshdFixture::available(&why)) {
            m_skip = why;
            return false;
        }
        m_sshd = std::make_unique<SshdFixture>();
        if (!m_sshd->start(&why)) {
            qWarning().noquote() << why;
            return false;
        }
        return true;
    }

    QStringList addArgs(const QString &name, const QString &key) const
    {
        return {u"servers"_s, u"add"_s, name, u"ssh://root@127.0.0.1:%1"_s.arg(m_sshd->port()), u"--key"_s, key};
    }

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_data;
    std::unique_ptr<SshdFixture> m_sshd;
    QString m_skip;

private Q_SLOTS:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_data = m_root->filePath(u"data"_s);
    }

    void cleanup()
    {
        m_sshd.reset(); // stops the sshd it started, by pid
        m_root.reset();
    }

    void addLocal_isThisComputer_once()
    {
        const Outcome added = cli({u"servers"_s, u"add"_s, u"local"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"this computer"_s), qPrintable(added.out));
        const QJsonObject local = serverJson(u"local"_s);
        QCOMPARE(local.value(u"transport"_s).toString(), u"local"_s);
        const Outcome again = cli({u"servers"_s, u"add"_s, u"local"_s});
        QCOMPARE(again.exitCode, 1);
        const Outcome withKey = cli({u"servers"_s, u"add"_s, u"local"_s, u"--key"_s, u"/nonexistent"_s});
        QCOMPARE(withKey.exitCode, 1);
        // Only "local" may go without an address.
        const Outcome noAddress = cli({u"servers"_s, u"add"_s, u"web"_s});
        QCOMPARE(noAddress.exitCode, 2);
        QVERIFY(noAddress.err.startsWith(u"hydron-cli: missing ADDRESS for \"servers add\""_s));
    }

    void checkLocal_readsThisComputer()
    {
        QCOMPARE(cli({u"servers"_s, u"add"_s, u"local"_s}).exitCode, 0);
        const Outcome o = cli({u"servers"_s, u"check"_s, u"local"_s, u"--json"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QJsonObject facts = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(facts.value(u"transport"_s).toString(), u"local"_s);
        QVERIFY(facts.value(u"cpus"_s).toInt() >= 1);
        QVERIFY(facts.value(u"memory_mb"_s).toInt() > 0);
        QVERIFY(!facts.value(u"os"_s).toString().isEmpty());
        QVERIFY(facts.value(u"provisioned"_s).isBool());
        QVERIFY(facts.contains(u"docker"_s));
        // The check stores what it read.
        QVERIFY(serverJson(u"local"_s).value(u"spec"_s).toObject().value(u"cpus"_s).toInt() >= 1);
    }

    // A lock left by a run that is gone is released explicitly, naming whose it was.
    void unlock_releasesAStaleLock()
    {
        QCOMPARE(cli({u"servers"_s, u"add"_s, u"local"_s}).exitCode, 0);
        const QString lock = m_root->filePath(u"home/.hydron/locks/run.lock"_s);
        QVERIFY(QDir().mkpath(lock));
        QFile holder(lock + u"/holder"_s);
        QVERIFY(holder.open(QIODevice::WriteOnly));
        holder.write("holder=99999@elsewhere.invalid run=7 time=2026-11-22T10:00:00Z\n");
        holder.close();
        const Outcome released = cli({u"servers"_s, u"unlock"_s, u"local"_s});
        QVERIFY2(released.exitCode == 0, qPrintable(released.err));
        QVERIFY2(released.out.contains(u"Released the lock of"_s) && released.out.contains(u"7"_s),
                 qPrintable(released.out));
        QVERIFY(!QFileInfo::exists(lock));
        const Outcome again = cli({u"servers"_s, u"unlock"_s, u"local"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, u"\"local\" was not locked.\n"_s);
    }

    void acceptHostKey_badFingerprint_refused()
    {
        const Outcome o =
            cli({u"servers"_s, u"add"_s, u"web"_s, u"host.invalid"_s, u"--accept-host-key"_s, u"MD5:aa:bb"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"is not a host key fingerprint"_s), qPrintable(o.err));
        QVERIFY(serverJson(u"web"_s).isEmpty()); // nothing stored
    }

    void check_overSsh_pinsOnlyWhatTheUserAccepts()
    {
        if (!startSshd()) {
            if (!m_skip.isEmpty())
                QSKIP(qPrintable(m_skip));
            QFAIL("sshd did not start");
        }
        QCOMPARE(cli(addArgs(u"web"_s, m_sshd->userKey())).exitCode, 0);
        QVERIFY(serverJson(u"web"_s).value(u"host_key"_s).isNull());

        const Outcome first = cli({u"servers"_s, u"check"_s, u"web"_s});
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(u"is not pinned yet"_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(m_sshd->hostKeyFingerprint()), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"--accept-host-key "_s + m_sshd->hostKeyFingerprint()), qPrintable(first.err));
        QVERIFY(serverJson(u"web"_s).value(u"host_key"_s).isNull()); // still not pinned
        QCOMPARE(m_sshd->acceptedLogins(), 0);                       // and nothing logged in

        const Outcome accepted =
            cli({u"servers"_s, u"check"_s, u"web"_s, u"--accept-host-key"_s, m_sshd->hostKeyFingerprint()});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        for (const QString &line : {u"System:"_s, u"CPUs:"_s, u"Memory:"_s, u"Disk:"_s, u"Docker:"_s, u"Status:"_s})
            QVERIFY2(accepted.out.contains(line), qPrintable(accepted.out));
        const QJsonObject stored = serverJson(u"web"_s);
        QCOMPARE(stored.value(u"host_key"_s).toString(), m_sshd->hostKeyFingerprint());
        QVERIFY(stored.value(u"spec"_s).toObject().value(u"cpus"_s).toInt() >= 1);

        // A changed host key is refused, naming both keys.
        const QString pinned = m_sshd->hostKeyFingerprint();
        QString why;
        QVERIFY2(m_sshd->restart(true, &why), qPrintable(why));
        QVERIFY(m_sshd->hostKeyFingerprint() != pinned);
        const int logins = m_sshd->acceptedLogins();
        const Outcome changed = cli({u"servers"_s, u"check"_s, u"web"_s});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains(u"changed; Hydron refuses"_s), qPrintable(changed.err));
        QVERIFY2(changed.err.contains(pinned) && changed.err.contains(m_sshd->hostKeyFingerprint()),
                 qPrintable(changed.err));
        QCOMPARE(m_sshd->acceptedLogins(), logins);
        QCOMPARE(serverJson(u"web"_s).value(u"host_key"_s).toString(), pinned);
    }

    // A Git repository over SSH: an unknown host key is refused with the flag that trusts it;
    // with --accept-host-key the fetch goes on (keys from ssh-agent), and the key is remembered
    // for the host, so the next command needs no flag.
    void analyze_gitOverSsh_acceptHostKey()
    {
        if (!startSshd()) {
            if (!m_skip.isEmpty())
                QSKIP(qPrintable(m_skip));
            QFAIL("sshd did not start");
        }
        // A bare repository with one commit, served by the loopback sshd as root.
        const QString work = m_root->filePath(u"work"_s);
        const QString bare = m_root->filePath(u"app.git"_s);
        QVERIFY(QDir().mkpath(work));
        QFile package(work + u"/package.json"_s);
        QVERIFY(package.open(QIODevice::WriteOnly));
        package.write(R"({"name": "app", "scripts": {"start": "node server.js"}})");
        package.close();
        const QString git = u"git -c user.name=t -c user.email=t@example.invalid"_s;
        QCOMPARE(SshdFixture::runProgram(
                     u"bash"_s, {u"-c"_s, u"cd '%1' && git init -q -b main && git add -A && %2 "
                                          "commit -qm one && git clone -q --bare . '%3'"_s.arg(work, git, bare)}),
                 0);
        const QString url = u"ssh://root@127.0.0.1:%1%2"_s.arg(m_sshd->port()).arg(bare);

        const Outcome unknown = cli({u"analyze"_s, url});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"--accept-host-key "_s + m_sshd->hostKeyFingerprint()), qPrintable(unknown.err));

        QProcess agent;
        const QString socket = m_root->filePath(u"agent.sock"_s);
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        if (!agent.waitForStarted())
            QSKIP("ssh-agent is missing: install the Debian package openssh-client.");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 10000);
        QProcessEnvironment withAgent = QProcessEnvironment::systemEnvironment();
        QProcess add;
        withAgent.insert(u"SSH_AUTH_SOCK"_s, socket);
        add.setProcessEnvironment(withAgent);
        add.start(u"ssh-add"_s, {u"-q"_s, m_sshd->userKey()});
        QVERIFY(add.waitForFinished(10000) && add.exitCode() == 0);

        const Outcome accepted =
            cli({u"analyze"_s, url, u"--accept-host-key"_s, m_sshd->hostKeyFingerprint(), u"--json"_s}, socket);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(u"\"services\""_s), qPrintable(accepted.out));
        const Outcome again = cli({u"analyze"_s, url}, socket);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        agent.terminate();
        QVERIFY(agent.waitForFinished(10000));
    }

    void check_wrongKey_saysSo()
    {
        if (!startSshd()) {
            if (!m_skip.isEmpty())
                QSKIP(qPrintable(m_skip));
            QFAIL("sshd did not start");
        }
        const QString stranger = m_sshd->makeUserKey(u"stranger"_s, false);
        QStringList args = addArgs(u"web"_s, stranger);
        args << u"--accept-host-key"_s << m_sshd->hostKeyFingerprint();
        QCOMPARE(cli(args).exitCode, 0);
        const Outcome o = cli({u"servers"_s, u"check"_s, u"web"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"key"_s, Qt::CaseInsensitive), qPrintable(o.err));
        QCOMPARE(o.out, QString());
    }

    void check_unreachable_failsInTime()
    {
        // A port that nothing listens on: reserve one, then free it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QCOMPARE(cli({u"servers"_s, u"add"_s, u"gone"_s, u"ssh://root@127.0.0.1:%1"_s.arg(port), u"--accept-host-key"_s,
                      u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s})
                     .exitCode,
                 0);
        QElapsedTimer timer;
        timer.start();
        const Outcome o = cli({u"servers"_s, u"check"_s, u"gone"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!o.err.isEmpty(), "no message");
        QCOMPARE(serverJson(u"gone"_s).value(u"status"_s).toString(), u"offline"_s);
    }

    void runsAndLogs_overAStoredRun()
    {
        QCOMPARE(cli({u"runs"_s}).out, u"No runs.\n"_s);
        QCOMPARE(cli({u"runs"_s, u"--json"_s}).out.trimmed(), u"[\n]"_s);
        qint64 runId = 0;
        {
            auto core = CoreServices::open(m_data, {.fileLogging = false, .markInterrupted = false});
            QVERIFY(core);
            Server server = Server::local();
            auto stored = (*core)->servers().add(server);
            QVERIFY(stored);
            Run run;
            run.kind = Run::Kind::Provision;
            run.serverId = stored->id;
            run.status = RunStatus::Failed;
            run.createdAt = QDateTime::currentDateTimeUtc();
            run.startedAt = run.createdAt;
            run.finishedAt = run.createdAt.addSecs(75);
            run.steps = {Step{u"os-check"_s, StepStatus::Completed, run.startedAt, run.startedAt.addSecs(2), 0},
                         Step{u"docker"_s, StepStatus::Failed, run.startedAt.addSecs(2), run.finishedAt, 100}};
            auto added = (*core)->runs().add(run);
            QVERIFY(added);
            runId = added->id;
            const QDateTime t = QDateTime::currentDateTimeUtc();
            QVERIFY((*core)->runLog().append(runId, {LogLine{0, LogLine::Stream::Stdout, t, u"Debian 12"_s},
                                                     LogLine{1, LogLine::Stream::Stderr, t, u"E: no space left"_s},
                                                     LogLine{1, LogLine::Stream::System, t, u"exit 100"_s}}));
        }
        const Outcome table = cli({u"runs"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(u"RUN"_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"provision  failed"_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"1/2"_s), qPrintable(table.out));

        const QJsonArray runs = QJsonDocument::fromJson(cli({u"runs"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.at(0).toObject();
        const QStringList keys = run.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"id"_s, u"kind"_s, u"status"_s, u"project"_s, u"server"_s, u"created_at"_s,
                                u"started_at"_s, u"finished_at"_s, u"steps"_s}));
        QCOMPARE(run.value(u"id"_s).toInteger(), runId);
        QCOMPARE(run.value(u"kind"_s).toString(), u"provision"_s);
        QCOMPARE(run.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(run.value(u"project"_s).isNull());
        QCOMPARE(run.value(u"server"_s).toString(), u"local"_s);
        const QJsonObject step = run.value(u"steps"_s).toArray().at(1).toObject();
        QCOMPARE(step.value(u"name"_s).toString(), u"docker"_s);
        QCOMPARE(step.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(step.value(u"exit_code"_s).toInt(), 100);

        const Outcome logs = cli({u"logs"_s, QString::number(runId)});
        QCOMPARE(logs.exitCode, 0);
        QCOMPARE(logs.out, u"==> [1/2] os-check\nDebian 12\n==> [2/2] docker\nE: no space left\nexit 100\n"_s);
        QCOMPARE(cli({u"logs"_s, u"#%1"_s.arg(runId), u"--step"_s, u"2"_s}).out, u"E: no space left\nexit 100\n"_s);
        const Outcome badStep = cli({u"logs"_s, QString::number(runId), u"--step"_s, u"3"_s});
        QCOMPARE(badStep.exitCode, 1);
        QVERIFY2(badStep.err.contains(u"has steps 1 to 2"_s), qPrintable(badStep.err));
        const Outcome missing = cli({u"logs"_s, u"999"_s});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err, u"hydron-cli: There is no run #999. See \"hydron-cli runs\".\n"_s);
        const Outcome notANumber = cli({u"logs"_s, u"latest"_s});
        QCOMPARE(notANumber.exitCode, 1);
        QVERIFY(notANumber.err.contains(u"is not a run number"_s));
        const Outcome filtered = cli({u"runs"_s, u"--server"_s, u"nowhere"_s});
        QCOMPARE(filtered.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliServers)
#include "tst_cliservers.moc"
