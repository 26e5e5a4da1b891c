// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "core/deploy/provisioning.h"
#include "core/remote/hostkey.h"
#include "core/remote/sshtransport.h"
#include "core/runs/runengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace hydron::testenv {

QString envTools()
{
    return QStringLiteral(HYDRON_SOURCE_DIR "/tests/integration/env");
}

bool keepEnvironment()
{
    return qEnvironmentVariable("HYDRON_TEST_KEEP") == u"1"_s;
}

QByteArray Program::describe() const
{
    return "exit " + QByteArray::number(code) + ": " + err.right(3000);
}

Program runTool(const QString &program, const QStringList &args, int timeoutMs, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    Program r;
    if (!p.waitForStarted(10'000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + "\n(killed after " + QByteArray::number(timeoutMs / 1000) + " s)";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Program runEnvTool(const QString &tool, const QStringList &args, int timeoutMs, const QByteArray &input)
{
    return runTool(envTools() + u'/' + tool, args, timeoutMs, input);
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

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

int freeLoopbackPort()
{
    QTcpServer probe;
    int port = 0;
    if (probe.listen(QHostAddress::LocalHost, 0))
        port = probe.serverPort();
    probe.close();
    if (port < 1024)
        port = 20000 + int(QRandomGenerator::global()->bounded(10000));
    return port;
}

// --- TestDocker

TestDocker::~TestDocker()
{
    if (m_started && !keepEnvironment())
        runEnvTool(u"hydron-test-docker"_s, {u"down"_s}, 120'000);
}

Program TestDocker::up()
{
    const bool running = runEnvTool(u"hydron-test-docker"_s, {u"status"_s}, 30'000).code == 0;
    Program r = runEnvTool(u"hydron-test-docker"_s, {u"up"_s});
    if (r.ok() && !running)
        m_started = true;
    return r;
}

Program TestDocker::images(const QStringList &names, int timeoutMs)
{
    return runEnvTool(u"hydron-test-images"_s, names, timeoutMs);
}

// --- TestServer

TestServer::TestServer(QString name)
    : m_name(std::move(name))
{}

TestServer::~TestServer()
{
    if (m_up && !keepEnvironment())
        down();
}

QString TestServer::uniqueName(const QString &prefix)
{
    return u"%1-%2"_s.arg(prefix).arg(QCoreApplication::applicationPid());
}

QString TestServer::container() const
{
    return u"hydron-test-"_s + m_name;
}

QString TestServer::up(const QStringList &extraArgs)
{
    const int port = freeLoopbackPort();
    const Program made =
        runEnvTool(u"hydron-test-server"_s, QStringList{u"up"_s, m_name, QString::number(port)} + extraArgs, 300'000);
    if (!made.ok())
        return u"hydron-test-server up %1: %2"_s.arg(m_name, QString::fromUtf8(made.describe()));
    m_up = true;

    const auto values = info();
    // The host key was read inside the container through Docker (a trusted channel) into a
    // known_hosts line "[127.0.0.1]:PORT TYPE BASE64": pin its fingerprint.
    QFile knownHosts(values.value(u"known_hosts"_s));
    if (!knownHosts.open(QIODevice::ReadOnly))
        return u"cannot read the known_hosts of %1 (%2)"_s.arg(m_name, knownHosts.fileName());
    const QList<QByteArray> fields = knownHosts.readAll().simplified().split(' ');
    if (fields.size() < 3)
        return u"the known_hosts of %1 holds no host key"_s.arg(m_name);
    QTemporaryDir tmp;
    const QString pub = tmp.filePath(u"host.pub"_s);
    if (!writeFile(pub, fields.at(1) + ' ' + fields.at(2) + '\n'))
        return u"cannot write %1"_s.arg(pub);
    auto fingerprint = remote::fingerprintOfPublicKeyFile(pub);
    if (!fingerprint)
        return fingerprint.error().toString();

    m_server = Server{};
    m_server.name = m_name;
    m_server.host = u"127.0.0.1"_s;
    m_server.port = values.value(u"port"_s).toInt();
    m_server.user = u"root"_s;
    m_server.auth = AuthMethod::KeyFile;
    m_server.keyFile = values.value(u"key"_s);
    m_server.hostKeyFingerprint = *fingerprint;
    return {};
}

void TestServer::down()
{
    runEnvTool(u"hydron-test-server"_s, {u"down"_s, m_name}, 120'000);
    m_up = false;
}

Program TestServer::ssh(const QString &command, int timeoutMs, const QByteArray &input) const
{
    return runEnvTool(u"hydron-test-server"_s, {u"ssh"_s, m_name, command}, timeoutMs, input);
}

Program TestServer::loadImages(const QStringList &images, int timeoutMs) const
{
    QStringList quoted;
    for (const QString &image : images)
        quoted << u'\'' + image + u'\'';
    return runTool(
        u"bash"_s,
        {u"-c"_s, u"set -o pipefail; eval \"$('%1/hydron-test-docker' env)\"; docker save %2 | "
                  "'%1/hydron-test-server' ssh '%3' 'docker load -q'"_s.arg(envTools(), quoted.join(u' '), m_name)},
        timeoutMs);
}

QHash<QString, QString> TestServer::info() const
{
    return keyValues(runEnvTool(u"hydron-test-server"_s, {u"info"_s, m_name}, 30'000).out);
}

void prepareEngine(runs::RunEngine &engine, ServerStore &servers)
{
    engine.setTransportFactory([](const Server &server) -> std::unique_ptr<remote::Transport> {
        remote::SshOptions options;
        options.configFile = QString();
        return std::make_unique<remote::SshTransport>(server, options);
    });
    engine.addRecipe(std::make_shared<deploy::ProvisionRecipe>(
        servers, deploy::ProvisionOptions{
                     .environment = {{QStringLiteral("HYDRON_SSH_PORT"), QStringLiteral("22")},
                                     {QStringLiteral("HYDRON_PROXY_IMAGE"), QStringLiteral("hydron-test/caddy:2")}}}));
}

} // namespace hydron::testenv
