// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

const QString sshdBinary = u"/usr/sbin/sshd"_s;

// Every process below `root`, children first found by their parent pid in /proc.
QList<qint64> descendants(qint64 root)
{
    QList<qint64> found;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        const qint64 parent = queue.takeFirst();
        const auto entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(u"/proc/%1/stat"_s.arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = stat.readAll();
            const qsizetype close = text.lastIndexOf(')');
            if (close < 0)
                continue;
            const QList<QByteArray> fields = text.mid(close + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toLongLong() == parent && !found.contains(pid)) {
                found << pid;
                queue << pid;
            }
        }
    }
    return found;
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

bool SshdFixture::available(QString *why)
{
    if (!QFileInfo(sshdBinary).isExecutable() || QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty()) {
        *why = u"OpenSSH is not installed (apt-get install openssh-server openssh-client)"_s;
        return false;
    }
    return true;
}

int SshdFixture::runProgram(const QString &program, const QStringList &args, QByteArray *out,
                            const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(out ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
    process.start(program, args);
    if (!process.waitForFinished(60'000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool SshdFixture::makeHostKey(QString *why)
{
    const QString key = path(u"host_ed25519"_s);
    QFile::remove(key);
    QFile::remove(key + u".pub"_s);
    ++m_hostKeyGeneration;
    if (runProgram(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                                     u"hydron-test-host-%1"_s.arg(m_hostKeyGeneration), u"-f"_s, key}) != 0) {
        *why = u"ssh-keygen could not make a host key"_s;
        return false;
    }
    return true;
}

QString SshdFixture::makeUserKey(const QString &name, bool authorize, const QString &passphrase)
{
    const QString key = path(name);
    QFile::remove(key);
    QFile::remove(key + u".pub"_s);
    if (runProgram(u"ssh-keygen"_s,
                   {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, passphrase, u"-C"_s, name, u"-f"_s, key}) != 0)
        return {};
    if (authorize) {
        QFile pub(key + u".pub"_s);
        QFile authorized(path(u"authorized_keys"_s));
        if (!pub.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append))
            return {};
        authorized.write(pub.readAll());
    }
    return key;
}

bool SshdFixture::start(QString *why)
{
    if (!available(why))
        return false;
    if (!m_dir.isValid()) {
        *why = u"no temporary folder"_s;
        return false;
    }
    // sshd insists on its privilege separation folder; the package normally creates it at boot.
    QDir().mkpath(u"/run/sshd"_s);
    if (!makeHostKey(why))
        return false;
    if (makeUserKey(u"user_ed25519"_s, true).isEmpty()) {
        *why = u"ssh-keygen could not make a user key"_s;
        return false;
    }
    m_port = freePort();
    QFile config(path(u"sshd_config"_s));
    if (!config.open(QIODevice::WriteOnly)) {
        *why = u"cannot write sshd_config"_s;
        return false;
    }
    const QString text = uR"(Port %1
ListenAddress 127.0.0.1
HostKey %2
PidFile %3
AuthorizedKeysFile %4
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
Subsystem sftp /usr/lib/openssh/sftp-server
LogLevel VERBOSE
MaxStartups 50
MaxSessions 20
)"_s.arg(m_port)
                             .arg(path(u"host_ed25519"_s), path(u"sshd.pid"_s), path(u"authorized_keys"_s));
    config.write(text.toUtf8());
    config.close();
    return launch(why);
}

bool SshdFixture::launch(QString *why)
{
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::ForwardedChannels);
    m_sshd->start(sshdBinary, {u"-D"_s, u"-f"_s, path(u"sshd_config"_s), u"-E"_s, path(u"sshd.log"_s)});
    if (!m_sshd->waitForStarted(5000)) {
        *why = u"sshd did not start: "_s + m_sshd->errorString();
        return false;
    }
    // Ready when it answers with its banner.
    const QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (m_sshd->state() != QProcess::Running) {
            *why = u"sshd exited at once; its log: "_s + log();
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (probe.waitForConnected(500) && probe.waitForReadyRead(1000) && probe.readAll().startsWith("SSH-2.0"))
            return true;
        QThread::msleep(50);
    }
    *why = u"sshd did not answer on port %1; its log: "_s.arg(m_port) + log();
    return false;
}

void SshdFixture::killTree(int signal)
{
    if (!m_sshd || m_sshd->state() == QProcess::NotRunning)
        return;
    const qint64 pid = m_sshd->processId();
    const QList<qint64> children = descendants(pid);
    ::kill(static_cast<pid_t>(pid), signal);
    for (qint64 child : children)
        ::kill(static_cast<pid_t>(child), signal);
    m_sshd->waitForFinished(5000);
    m_sshd.reset();
}

void SshdFixture::stop()
{
    killTree(SIGTERM);
}

void SshdFixture::crash()
{
    killTree(SIGKILL);
}

bool SshdFixture::restart(bool newHostKey, QString *why)
{
    stop();
    if (newHostKey && !makeHostKey(why))
        return false;
    return launch(why);
}

QString SshdFixture::hostKeyFingerprint() const
{
    QByteArray out;
    if (runProgram(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, path(u"host_ed25519.pub"_s)}, &out) != 0)
        return {};
    const QList<QByteArray> fields = out.simplified().split(' ');
    return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
}

QString SshdFixture::log() const
{
    QFile file(path(u"sshd.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

int SshdFixture::acceptedLogins() const
{
    return static_cast<int>(log().count(u"Accepted publickey for"_s));
}

hydron::Server SshdFixture::server(bool pinned) const
{
    hydron::Server s;
    s.name = u"test-sshd"_s;
    s.host = u"127.0.0.1"_s;
    s.port = m_port;
    s.user = u"root"_s;
    s.auth = hydron::AuthMethod::KeyFile;
    s.keyFile = userKey();
    if (pinned)
        s.hostKeyFingerprint = hostKeyFingerprint();
    return s;
}
