// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshworker.h"

#include "core/logging.h"
#include "core/remote/commandwrapper.h"
#include "core/remote/hostkey.h"
#include "core/remote/remoteerror.h"
#include "core/remote/shellquote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

constexpr int flushIntervalMs = 50;
constexpr qsizetype flushLines = 8192;
constexpr int stopGraceMs = 5000; // after a cancel, how long the channel may take to close
constexpr int helperLifetimeMs = 15000;
constexpr qsizetype sftpChunk = 32 * 1024;

QString expandHome(const QString &path)
{
    if (path == u"~"_s)
        return QDir::homePath();
    if (path.startsWith(u"~/"_s))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString authMethodsText(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << u"publickey"_s;
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << u"password"_s;
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << u"keyboard-interactive"_s;
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << u"gssapi-with-mic"_s;
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << u"hostbased"_s;
    return names.isEmpty() ? u"none"_s : names.join(u", "_s);
}

auto logger()
{
    return logging::logger(logging::Channel::Ssh);
}

} // namespace

SshWorker::SshWorker(const Server &server, SshOptions options)
    : m_server(server)
    , m_options(std::move(options))
    , m_housekeeping(new QTimer(this))
    , m_gateTimer(new QTimer(this))
    , m_keepalive(new QTimer(this))
    , m_buffer(64 * 1024, Qt::Uninitialized)
{
    ssh_init();
    m_housekeeping->setInterval(flushIntervalMs);
    connect(m_housekeeping, &QTimer::timeout, this, &SshWorker::housekeeping);
    m_gateTimer->setSingleShot(true);
    m_gateTimer->setInterval(2);
    connect(m_gateTimer, &QTimer::timeout, this, &SshWorker::pump);
    m_keepalive->setInterval(
        std::chrono::milliseconds(std::max<qint64>(1, m_options.keepaliveInterval.count()) * 1000));
    connect(m_keepalive, &QTimer::timeout, this, &SshWorker::keepalive);
}

SshWorker::~SshWorker()
{
    const Error closed = remoteError(Failure::Cancelled, Error::Code::Cancelled,
                                     QCoreApplication::translate("hydron::Ssh", "The connection was closed."));
    for (auto &[id, run] : m_running) {
        if (run->channel && sessionAlive()) {
            ssh_channel_request_send_signal(run->channel, "TERM");
            if (run->out.processGroup() > 0)
                killGroup(*run);
        }
    }
    for (auto &[id, run] : m_running)
        Q_EMIT commandFinished(id, std::unexpected(closed));
    for (auto &run : m_waiting)
        Q_EMIT commandFinished(run->id, std::unexpected(closed));
    m_running.clear();
    m_waiting.clear();
    dropSession();
    ssh_finalize();
}

QString SshWorker::where() const
{
    return u"%1@%2:%3"_s.arg(m_server.user, m_server.host).arg(m_server.port);
}

bool SshWorker::sessionAlive() const
{
    return m_session && ssh_is_connected(m_session) != 0;
}

Error SshWorker::sessionError(const QString &what) const
{
    return remoteError(Failure::Protocol, Error::Code::Network, what,
                       m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString());
}

// ---------------------------------------------------------------------------------------------
// Connecting

Result<ConnectionInfo> SshWorker::ensureConnected()
{
    if (sessionAlive())
        return m_info;
    dropSession();
    auto info = connectSession();
    if (info) {
        m_info = *info;
        Q_EMIT connectedChanged(true);
    }
    return info;
}

Result<ConnectionInfo> SshWorker::connectSession()
{
    ssh_session session = ssh_new();
    if (!session)
        return fail(Error::Code::Internal,
                    QCoreApplication::translate("hydron::Ssh", "Could not create an SSH session."));
    auto abandon = [&](Error error) -> Result<ConnectionInfo> {
        logger()->warn("ssh {}: {} ({})", where().toStdString(), error.message.toStdString(),
                       error.detail.toStdString());
        ssh_disconnect(session);
        ssh_free(session);
        return std::unexpected(std::move(error));
    };

    const QByteArray host = m_server.host.toUtf8();
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    int no = 0;
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &no); // only the config we choose below
    const QString config = expandHome(m_options.configFile.value_or(u"~/.ssh/config"_s));
    if (!config.isEmpty() && QFileInfo::exists(config)) {
        if (ssh_options_parse_config(session, QFile::encodeName(config).constData()) != SSH_OK)
            logger()->warn("ssh: could not read {}: {}", config.toStdString(), ssh_get_error(session));
    }
    // Hydron's own port and user win over the config unless they are the defaults.
    unsigned int configPort = 0;
    ssh_options_get_port(session, &configPort);
    char *configUser = nullptr;
    const bool hasConfigUser = ssh_options_get(session, SSH_OPTIONS_USER, &configUser) == SSH_OK && configUser;
    if (configUser)
        ssh_string_free_char(configUser);
    if (m_server.port != 22 || configPort == 0 || configPort == 22) {
        unsigned int port = static_cast<unsigned int>(m_server.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    if (m_server.user != u"root"_s || !hasConfigUser) {
        const QByteArray user = m_server.user.toUtf8();
        ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    }
    const long seconds = static_cast<long>(m_options.connectTimeout.count() / 1000);
    const long usec = static_cast<long>((m_options.connectTimeout.count() % 1000) * 1000);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    int yes = 1;
    ssh_options_set(session, SSH_OPTIONS_NODELAY, &yes);
    // AES-GCM first: OpenSSL runs it with the CPU's AES instructions, which makes bulk output
    // (build logs) markedly cheaper than libssh's ChaCha20-Poly1305; the rest stay as fallbacks.
    const char *ciphers = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                          "aes128-ctr,aes256-ctr";
    ssh_options_set(session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(session, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    // Hydron pins host keys itself; libssh must not consult or write known_hosts files.
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
    ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    int strict = 0;
    ssh_options_set(session, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);

    if (ssh_connect(session) != SSH_OK) {
        const QString text = QString::fromUtf8(ssh_get_error(session));
        const QString lower = text.toLower();
        if (lower.contains(u"refused"_s))
            return abandon(remoteError(
                Failure::Refused, Error::Code::Network,
                QCoreApplication::translate("hydron::Ssh",
                                            "%1 refused the connection: nothing accepts SSH connections on port %2. "
                                            "Check the port and that the SSH server runs.")
                    .arg(m_server.host)
                    .arg(m_server.port),
                text));
        if (lower.contains(u"resolve"_s) || lower.contains(u"name or service"_s))
            return abandon(
                remoteError(Failure::HostNotFound, Error::Code::Network,
                            QCoreApplication::translate(
                                "hydron::Ssh", "The host name %1 could not be found. Check its spelling and your DNS.")
                                .arg(m_server.host),
                            text));
        if (lower.contains(u"timeout"_s) || lower.contains(u"timed out"_s))
            return abandon(remoteError(
                Failure::ConnectTimeout, Error::Code::Network,
                QCoreApplication::translate("hydron::Ssh",
                                            "%1 did not answer as an SSH server within %2 s. Check the address, the "
                                            "port and any firewall on the way.")
                    .arg(where())
                    .arg(static_cast<double>(m_options.connectTimeout.count()) / 1000.0),
                text));
        if (lower.contains(u"unreachable"_s) || lower.contains(u"no route"_s))
            return abandon(remoteError(
                Failure::Unreachable, Error::Code::Network,
                QCoreApplication::translate("hydron::Ssh", "%1 cannot be reached from this computer (no route to it).")
                    .arg(where()),
                text));
        return abandon(remoteError(
            Failure::Protocol, Error::Code::Network,
            QCoreApplication::translate("hydron::Ssh", "Could not open an SSH connection to %1.").arg(where()), text));
    }

    // The host key, checked before anything is sent to the server.
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key)
        return abandon(
            remoteError(Failure::Protocol, Error::Code::Network,
                        QCoreApplication::translate("hydron::Ssh", "%1 did not present a host key.").arg(where()),
                        QString::fromUtf8(ssh_get_error(session))));
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    const int hashed = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength);
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    if (hashed != SSH_OK || !hash)
        return abandon(
            remoteError(Failure::Protocol, Error::Code::Internal,
                        QCoreApplication::translate("hydron::Ssh", "Could not compute the host key fingerprint of %1.")
                            .arg(where())));
    const QString presented =
        fingerprintFromSha256(QByteArrayView(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(hashLength)));
    ssh_clean_pubkey_hash(&hash);
    switch (verifyHostKey(m_server.hostKeyFingerprint, presented)) {
    case HostKeyVerdict::Unknown:
        return abandon(unknownHostKeyError(where(), keyType, presented));
    case HostKeyVerdict::Changed:
        return abandon(changedHostKeyError(where(), keyType, m_server.hostKeyFingerprint.trimmed(), presented));
    case HostKeyVerdict::Trusted:
        break;
    }

    auto method = authenticate(session);
    if (!method)
        return abandon(method.error());

    m_session = session;
    const socket_t fd = ssh_get_fd(session);
    const int idle = static_cast<int>(std::max<qint64>(1, m_options.keepaliveInterval.count()));
    const int count = 3;
    const unsigned int userTimeout = static_cast<unsigned int>(idle * (count + 1) * 1000);
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &yes, sizeof yes);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &SshWorker::pump);
    m_keepalive->start();

    ConnectionInfo info;
    info.fingerprint = presented;
    info.keyType = keyType;
    info.serverBanner = QString::fromUtf8(ssh_get_serverbanner(session));
    info.authMethod = *method;
    logger()->info("ssh {}: connected ({}, {}, {})", where().toStdString(), info.serverBanner.toStdString(),
                   presented.toStdString(), method->toStdString());
    return info;
}

Result<QString> SshWorker::authenticate(ssh_session session)
{
    int rc = ssh_userauth_none(session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return u"none"_s;
    if (rc == SSH_AUTH_ERROR)
        return std::unexpected(
            remoteError(Failure::Protocol, Error::Code::Network,
                        QCoreApplication::translate("hydron::Ssh", "The SSH connection to %1 failed while logging in.")
                            .arg(where()),
                        QString::fromUtf8(ssh_get_error(session))));
    const int methods = ssh_userauth_list(session, nullptr);
    const QString accepted = authMethodsText(methods);
    auto refused = [&](const QString &tried) {
        return std::unexpected(remoteError(
            Failure::AuthFailed, Error::Code::Network,
            QCoreApplication::translate(
                "hydron::Ssh",
                "%1 refused to log in user %2. Tried: %3. The server accepts: %4. Check that the public key is in "
                "~/.ssh/authorized_keys of %2 on the server, and that the user name is right.")
                .arg(m_server.host, m_server.user, tried, accepted),
            u"tried="_s + tried + u"; accepted="_s + accepted));
    };

    if (m_server.auth == AuthMethod::KeyFile) {
        const QString path = expandHome(m_server.keyFile);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return std::unexpected(
                remoteError(Failure::KeyFile, Error::Code::NotFound,
                            QCoreApplication::translate("hydron::Ssh", "The key file %1 does not exist.").arg(path)));
        if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
            return refused(QCoreApplication::translate("hydron::Ssh", "nothing: the server does not accept keys"));
        const QByteArray encoded = QFile::encodeName(path);
        ssh_key key = nullptr;
        rc = ssh_pki_import_privkey_file(encoded.constData(), nullptr, nullptr, nullptr, &key);
        if (rc != SSH_OK) {
            std::optional<QString> passphrase;
            if (m_options.passphrases)
                passphrase = m_options.passphrases->passphrase(path);
            if (!passphrase)
                return std::unexpected(remoteError(
                    Failure::KeyFile, Error::Code::InvalidInput,
                    QCoreApplication::translate(
                        "hydron::Ssh",
                        "The key file %1 could not be read: it is encrypted and no passphrase is stored for it, or it "
                        "is not an SSH private key.")
                        .arg(path)));
            const QByteArray secret = passphrase->toUtf8();
            rc = ssh_pki_import_privkey_file(encoded.constData(), secret.constData(), nullptr, nullptr, &key);
            if (rc != SSH_OK)
                return std::unexpected(
                    remoteError(Failure::KeyFile, Error::Code::InvalidInput,
                                QCoreApplication::translate("hydron::Ssh",
                                                            "The key file %1 could not be opened with the stored "
                                                            "passphrase (wrong passphrase, or not an SSH private key).")
                                    .arg(path)));
        }
        rc = ssh_userauth_publickey(session, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return u"publickey (%1)"_s.arg(path);
        if (rc == SSH_AUTH_ERROR)
            return std::unexpected(remoteError(
                Failure::Protocol, Error::Code::Network,
                QCoreApplication::translate("hydron::Ssh", "The SSH connection to %1 failed while logging in.")
                    .arg(where()),
                QString::fromUtf8(ssh_get_error(session))));
        return refused(QCoreApplication::translate("hydron::Ssh", "the key %1").arg(path));
    }

    if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
        return refused(QCoreApplication::translate("hydron::Ssh", "nothing: the server does not accept keys"));
    rc = ssh_userauth_publickey_auto(session, nullptr, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return u"ssh-agent or default keys"_s;
    if (rc == SSH_AUTH_ERROR)
        return std::unexpected(
            remoteError(Failure::Protocol, Error::Code::Network,
                        QCoreApplication::translate("hydron::Ssh", "The SSH connection to %1 failed while logging in.")
                            .arg(where()),
                        QString::fromUtf8(ssh_get_error(session))));
    const bool agent = !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK");
    return refused(
        agent
            ? QCoreApplication::translate(
                  "hydron::Ssh", "the keys of ssh-agent, the default keys in ~/.ssh and IdentityFile of ~/.ssh/config")
            : QCoreApplication::translate(
                  "hydron::Ssh", "the default keys in ~/.ssh and IdentityFile of ~/.ssh/config (no ssh-agent is "
                                 "running: SSH_AUTH_SOCK is not set)"));
}

void SshWorker::dropSession()
{
    const bool was = m_session != nullptr;
    delete m_notifier;
    m_notifier = nullptr;
    m_keepalive->stop();
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    for (Helper &helper : m_helpers)
        ssh_channel_free(helper.channel);
    m_helpers.clear();
    for (auto &[id, run] : m_running) {
        releaseChannel(*run, false);
    }
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    if (was)
        Q_EMIT connectedChanged(false);
}

void SshWorker::connectionLost(const QString &technical)
{
    logger()->warn("ssh {}: connection lost: {}", where().toStdString(), technical.toStdString());
    const Error lost = remoteError(
        Failure::ConnectionLost, Error::Code::Network,
        QCoreApplication::translate(
            "hydron::Ssh",
            "The connection to %1 was lost while the command was running. The command may have been stopped or may "
            "still be running on the server; Hydron connects again for the next command.")
            .arg(where()),
        technical);
    std::vector<quint64> ids;
    for (auto &[id, run] : m_running)
        ids.push_back(id);
    for (quint64 id : ids) {
        auto &run = m_running.at(id);
        run->out.finish();
        flush(*run, true);
        if (run->stopReason && run->stopReason->code == Error::Code::Cancelled)
            finishWithError(id, *run->stopReason);
        else
            finishWithError(id, lost);
    }
    dropSession();
}

void SshWorker::connectNow(const std::shared_ptr<QPromise<Result<ConnectionInfo>>> &promise)
{
    promise->addResult(ensureConnected());
    promise->finish();
    startWaiting();
}

void SshWorker::disconnectNow()
{
    if (!m_running.empty())
        connectionLost(u"disconnected by Hydron"_s);
    dropSession();
}

// ---------------------------------------------------------------------------------------------
// Commands

void SshWorker::startCommand(quint64 id, const Command &command)
{
    auto run = std::make_unique<Running>();
    run->id = id;
    run->command = command;
    m_waiting.push_back(std::move(run));
    startWaiting();
}

void SshWorker::startWaiting()
{
    while (!m_waiting.empty() &&
           m_running.size() < static_cast<std::size_t>(std::max(1, m_options.maxConcurrentCommands))) {
        std::unique_ptr<Running> run = std::move(m_waiting.front());
        m_waiting.pop_front();
        const quint64 id = run->id;
        auto line = remoteCommandLine(run->command);
        if (!line) {
            Q_EMIT commandFinished(id, std::unexpected(line.error()));
            continue;
        }
        // A connection that died while idle is only noticed now: connect again once.
        const bool hadSession = m_session != nullptr;
        auto opened = openChannel(*run);
        if (!opened && hadSession && !sessionAlive()) {
            dropSession();
            opened = openChannel(*run);
        }
        if (!opened) {
            Q_EMIT commandFinished(id, std::unexpected(opened.error()));
            continue;
        }
        run->clock.start();
        m_running.emplace(id, std::move(run));
        Q_EMIT commandStarted(id);
        feedStdin(*m_running.at(id));
    }
    updateActivity();
}

Result<void> SshWorker::openChannel(Running &run)
{
    auto connected = ensureConnected();
    if (!connected)
        return std::unexpected(connected.error());
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return std::unexpected(
            sessionError(QCoreApplication::translate("hydron::Ssh", "Could not open a channel to %1.").arg(where())));
    if (ssh_channel_open_session(channel) != SSH_OK) {
        Error error = sessionError(
            QCoreApplication::translate("hydron::Ssh", "%1 refused to open another session channel.").arg(where()));
        ssh_channel_free(channel);
        return std::unexpected(error);
    }
    run.callbacks = {};
    run.callbacks.userdata = &run;
    run.callbacks.channel_exit_status_function = &SshWorker::onExitStatus;
    run.callbacks.channel_exit_signal_function = &SshWorker::onExitSignal;
    ssh_callbacks_init(&run.callbacks);
    ssh_set_channel_callbacks(channel, &run.callbacks);
    const QByteArray line = remoteCommandLine(run.command).value_or(QString()).toUtf8();
    if (ssh_channel_request_exec(channel, line.constData()) != SSH_OK) {
        Error error =
            sessionError(QCoreApplication::translate("hydron::Ssh", "%1 refused to run the command.").arg(where()));
        ssh_remove_channel_callbacks(channel, &run.callbacks);
        ssh_channel_free(channel);
        return std::unexpected(error);
    }
    run.channel = channel;
    return {};
}

void SshWorker::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    static_cast<Running *>(userdata)->exitStatus = status;
}

void SshWorker::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                             void *userdata)
{
    static_cast<Running *>(userdata)->exitSignal = QString::fromLatin1(signal);
}

void SshWorker::feedStdin(Running &run)
{
    if (run.stdinClosed || !run.channel)
        return;
    const QByteArray &input = run.command.standardInput;
    while (run.stdinOffset < input.size()) {
        const qint64 window = ssh_channel_window_size(run.channel);
        if (window <= 0)
            return; // more when the server opens the window again
        const qint64 n = std::min<qint64>({window, input.size() - run.stdinOffset, 32 * 1024});
        const int written =
            ssh_channel_write(run.channel, input.constData() + run.stdinOffset, static_cast<uint32_t>(n));
        if (written < 0)
            return; // the pump notices a dead session
        run.stdinOffset += written;
    }
    ssh_channel_send_eof(run.channel);
    run.stdinClosed = true;
}

void SshWorker::flush(Running &run, bool force)
{
    if (run.out.pendingLines() == 0)
        return;
    const qint64 now = run.clock.isValid() ? run.clock.elapsed() : 0;
    if (force || run.out.pendingLines() >= flushLines || now - run.lastFlushMs >= flushIntervalMs) {
        run.lastFlushMs = now;
        QList<OutputLine> lines = run.out.takeLines();
        if (run.command.gate)
            run.command.gate->hold(lines.size());
        Q_EMIT commandOutput(run.id, lines);
    }
}

void SshWorker::pump()
{
    if (m_inPump || !m_session)
        return;
    m_inPump = true;
    char *buffer = m_buffer.data();
    const auto bufferSize = static_cast<uint32_t>(m_buffer.size());
    bool failed = false;
    bool progress = true;
    bool gated = false;
    for (int round = 0; progress && !failed && round < 64; ++round) {
        progress = false;
        for (auto &[id, run] : m_running) {
            if (!run->channel || run->eof)
                continue;
            // Its consumer is behind: leave the output in the channel (a stop still reads on, to
            // see the end).
            if (run->command.gate && run->command.gate->closed() && !run->stopReason) {
                flush(*run, true);
                gated = true;
                continue;
            }
            for (int isStderr = 0; isStderr < 2 && !failed; ++isStderr) {
                for (int i = 0; i < 8; ++i) {
                    const int n = ssh_channel_read_nonblocking(run->channel, buffer, bufferSize, isStderr);
                    if (n > 0) {
                        run->out.feed(isStderr ? Stream::Stderr : Stream::Stdout,
                                      QByteArrayView(buffer, static_cast<qsizetype>(n)));
                        progress = true;
                        continue;
                    }
                    if (n == SSH_EOF)
                        run->eof = ssh_channel_poll(run->channel, 0) == SSH_EOF &&
                                   ssh_channel_poll(run->channel, 1) == SSH_EOF;
                    else if (n == SSH_ERROR)
                        failed = true;
                    break;
                }
            }
            if (failed)
                break;
            if (run->stopReason && !run->groupKillSent && run->out.processGroup() > 0)
                killGroup(*run);
            if (!run->stdinClosed)
                feedStdin(*run);
            flush(*run, false);
        }
        for (auto it = m_helpers.begin(); it != m_helpers.end() && !failed;) {
            int n = 0;
            while ((n = ssh_channel_read_nonblocking(it->channel, buffer, bufferSize, 0)) > 0)
                ;
            if (n == SSH_ERROR && !sessionAlive())
                failed = true;
            if (n == SSH_EOF || ssh_channel_is_closed(it->channel) || it->clock.elapsed() > helperLifetimeMs) {
                ssh_channel_close(it->channel);
                ssh_channel_free(it->channel);
                it = m_helpers.erase(it);
            } else {
                ++it;
            }
        }
    }

    if (!failed && !sessionAlive())
        failed = true;
    if (!failed) {
        // Channels at end of output wait for their exit status: let libssh read it without blocking.
        std::vector<quint64> done;
        for (auto &[id, run] : m_running) {
            if (!run->channel || !run->eof)
                continue;
            if (run->exitStatus < 0 && run->exitSignal.isEmpty() && !ssh_channel_is_closed(run->channel)) {
                ssh_set_blocking(m_session, 0);
                const int status = ssh_channel_get_exit_status(run->channel);
                ssh_set_blocking(m_session, 1);
                if (status == SSH_ERROR && !sessionAlive()) {
                    failed = true;
                    break;
                }
            }
            if (run->exitStatus >= 0 || !run->exitSignal.isEmpty() || ssh_channel_is_closed(run->channel))
                done.push_back(id);
        }
        if (!failed) {
            for (quint64 id : done)
                complete(id);
        }
    }
    m_inPump = false;
    m_gated = gated && !failed;
    if (m_gated && !m_gateTimer->isActive())
        m_gateTimer->start(); // look again shortly; the socket stays readable meanwhile
    if (failed) {
        connectionLost(m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString());
        startWaiting();
        return;
    }
    if (m_running.size() < static_cast<std::size_t>(std::max(1, m_options.maxConcurrentCommands)) && !m_waiting.empty())
        startWaiting();
    updateActivity();
}

void SshWorker::complete(quint64 id)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Running &run = *it->second;
    run.out.finish();
    flush(run, true);
    releaseChannel(run, true);
    if (run.stopReason) {
        finishWithError(id, *run.stopReason);
        return;
    }
    ExitInfo info;
    info.code = run.exitStatus;
    info.signal = run.exitSignal;
    info.duration = std::chrono::milliseconds(run.clock.elapsed());
    if (info.code < 0 && info.signal.isEmpty()) {
        finishWithError(id, remoteError(Failure::Protocol, Error::Code::Network,
                                        QCoreApplication::translate(
                                            "hydron::Ssh", "The command ended on %1 without reporting an exit status.")
                                            .arg(where())));
        return;
    }
    info.message = exitMessage(info.code, info.signal);
    m_running.erase(it);
    Q_EMIT commandFinished(id, info);
}

void SshWorker::releaseChannel(Running &run, bool close)
{
    if (!run.channel)
        return;
    // libssh keeps a freed channel until the server confirms the close and may still call its
    // callbacks then: detach them first, `run` is about to go away.
    ssh_remove_channel_callbacks(run.channel, &run.callbacks);
    if (close && sessionAlive())
        ssh_channel_close(run.channel);
    ssh_channel_free(run.channel);
    run.channel = nullptr;
}

void SshWorker::finishWithError(quint64 id, Error error)
{
    auto it = m_running.find(id);
    if (it != m_running.end()) {
        releaseChannel(*it->second, true);
        m_running.erase(it);
    }
    Q_EMIT commandFinished(id, std::unexpected(error));
}

void SshWorker::stopCommand(quint64 id, const Error &reason)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if ((*it)->id == id) {
            m_waiting.erase(it);
            Q_EMIT commandFinished(id, std::unexpected(reason));
            return;
        }
    }
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    stop(*it->second, reason);
}

void SshWorker::stop(Running &run, const Error &reason)
{
    if (run.stopReason)
        return;
    run.stopReason = reason;
    run.stopDeadlineMs = run.clock.elapsed() + stopGraceMs;
    logger()->info("ssh {}: stopping command {} ({})", where().toStdString(), run.id,
                   failureName(failureOf(reason)).toStdString());
    if (run.channel && sessionAlive())
        ssh_channel_request_send_signal(run.channel, "TERM"); // reaches the wrapper, which passes it on
    if (run.out.processGroup() > 0)
        killGroup(run);
    updateActivity();
}

void SshWorker::killGroup(Running &run)
{
    run.groupKillSent = true;
    const QString group = QString::number(run.out.processGroup());
    // TERM, a grace of 3 s, then KILL; over a second channel, in case the first cannot deliver.
    runHelper(u"g=%1; kill -TERM -- -$g 2>/dev/null; i=0; while kill -0 -- -$g 2>/dev/null && [ $i -lt 30 ]; "
              "do sleep 0.1; i=$((i+1)); done; kill -KILL -- -$g 2>/dev/null; exit 0"_s.arg(group));
}

void SshWorker::runHelper(const QString &commandLine)
{
    if (!sessionAlive())
        return;
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return;
    const QByteArray line = commandLine.toUtf8();
    if (ssh_channel_open_session(channel) != SSH_OK || ssh_channel_request_exec(channel, line.constData()) != SSH_OK) {
        logger()->warn("ssh {}: could not run a helper command: {}", where().toStdString(), ssh_get_error(m_session));
        ssh_channel_free(channel);
        return;
    }
    Helper helper;
    helper.channel = channel;
    helper.clock.start();
    m_helpers.push_back(helper);
    updateActivity();
}

void SshWorker::housekeeping()
{
    std::vector<quint64> expired;
    for (auto &[id, run] : m_running) {
        const qint64 elapsed = run->clock.elapsed();
        if (!run->stopReason && run->command.timeout.count() > 0 && elapsed > run->command.timeout.count()) {
            stop(*run, remoteError(Failure::CommandTimeout, Error::Code::Network,
                                   QCoreApplication::translate(
                                       "hydron::Ssh", "The command did not finish within %1 s and was stopped.")
                                       .arg(static_cast<double>(run->command.timeout.count()) / 1000.0),
                                   u"timeout"_s));
        }
        if (run->stopReason && elapsed > run->stopDeadlineMs)
            expired.push_back(id);
        flush(*run, false);
    }
    for (quint64 id : expired) {
        auto &run = m_running.at(id);
        run->out.finish();
        flush(*run, true);
        finishWithError(id, *run->stopReason);
    }
    pump();
}

void SshWorker::keepalive()
{
    if (!m_session)
        return;
    if (ssh_send_ignore(m_session, "") != SSH_OK || !sessionAlive()) {
        if (m_running.empty())
            dropSession();
        else
            connectionLost(QString::fromUtf8(ssh_get_error(m_session)));
    }
}

void SshWorker::updateActivity()
{
    const bool busy = !m_running.empty() || !m_helpers.empty();
    if (m_notifier)
        m_notifier->setEnabled(busy && !m_gated);
    if (busy && !m_housekeeping->isActive())
        m_housekeeping->start();
    else if (!busy)
        m_housekeeping->stop();
}

// ---------------------------------------------------------------------------------------------
// SFTP

Result<sftp_session> SshWorker::ensureSftp()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool hadSession = m_session != nullptr;
        auto connected = ensureConnected();
        if (!connected)
            return std::unexpected(connected.error());
        if (m_sftp)
            return m_sftp;
        sftp_session sftp = sftp_new(m_session);
        if (sftp && sftp_init(sftp) == SSH_OK) {
            m_sftp = sftp;
            return m_sftp;
        }
        Error error = sessionError(
            QCoreApplication::translate("hydron::Ssh", "%1 does not offer SFTP file transfers.").arg(where()));
        if (sftp)
            sftp_free(sftp);
        if (!(hadSession && !sessionAlive()))
            return std::unexpected(error);
        dropSession(); // the connection had died while idle: once more
    }
    return std::unexpected(sessionError(
        QCoreApplication::translate("hydron::Ssh", "Could not start an SFTP session on %1.").arg(where())));
}

Error SshWorker::sftpError(const QString &message, const QString &path) const
{
    const int code = m_sftp ? sftp_get_error(m_sftp) : -1;
    QString technical = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return remoteError(
            Failure::RemoteFile, Error::Code::NotFound,
            message + u' ' +
                QCoreApplication::translate("hydron::Ssh", "%1 (or its folder) does not exist on the server.")
                    .arg(path),
            technical);
    case SSH_FX_PERMISSION_DENIED:
        return remoteError(
            Failure::RemoteFile, Error::Code::Io,
            message + u' ' +
                QCoreApplication::translate("hydron::Ssh", "Permission denied for %1 on the server.").arg(path),
            technical);
    default:
        break;
    }
    if (!sessionAlive())
        return remoteError(
            Failure::ConnectionLost, Error::Code::Network,
            message + u' ' + QCoreApplication::translate("hydron::Ssh", "The connection to %1 was lost.").arg(where()),
            technical);
    return remoteError(Failure::RemoteFile, Error::Code::Io, message, u"sftp error %1: "_s.arg(code) + technical);
}

void SshWorker::upload(const std::shared_ptr<QPromise<Result<void>>> &promise, const QByteArray &data,
                       const QString &localPath, const QString &remotePath, int mode)
{
    promise->addResult(doUpload(promise, data, localPath, remotePath, mode));
    promise->finish();
    updateActivity();
}

Result<void> SshWorker::doUpload(const std::shared_ptr<QPromise<Result<void>>> &promise, const QByteArray &data,
                                 const QString &localPath, const QString &remotePath, int mode)
{
    const QString failed =
        QCoreApplication::translate("hydron::Ssh", "Could not upload %1 to %2.").arg(remotePath, where());
    QFile source(localPath);
    if (!localPath.isEmpty() && !source.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, QCoreApplication::translate("hydron::Ssh", "Could not read %1.").arg(localPath),
                    source.errorString());
    auto sftp = ensureSftp();
    if (!sftp)
        return std::unexpected(sftp.error());

    const qsizetype slash = remotePath.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : remotePath.left(slash + 1);
    const QString name = slash < 0 ? remotePath : remotePath.mid(slash + 1);
    const QString temp =
        folder + u'.' + name + u".hydron-"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray tempName = temp.toUtf8();
    // Created with at most the owner's bits, so the content is never readable by others.
    sftp_file file =
        sftp_open(*sftp, tempName.constData(), O_WRONLY | O_CREAT | O_EXCL, static_cast<mode_t>(mode) & 0700);
    if (!file)
        return std::unexpected(sftpError(failed, remotePath));
    auto abort = [&](Error error) -> Result<void> {
        sftp_close(file);
        if (sessionAlive())
            sftp_unlink(*sftp, tempName.constData());
        return std::unexpected(std::move(error));
    };
    if (sftp_chmod(*sftp, tempName.constData(), static_cast<mode_t>(mode)) != SSH_OK)
        return abort(sftpError(failed, remotePath));

    QByteArray chunk;
    qint64 offset = 0;
    while (true) {
        if (promise->isCanceled())
            return abort(remoteError(Failure::Cancelled, Error::Code::Cancelled,
                                     QCoreApplication::translate("hydron::Ssh", "The upload was cancelled.")));
        if (localPath.isEmpty()) {
            if (offset >= data.size())
                break;
            chunk = data.mid(offset, sftpChunk);
        } else {
            chunk = source.read(sftpChunk);
            if (chunk.isEmpty()) {
                if (!source.atEnd())
                    return abort(Error{Error::Code::Io,
                                       QCoreApplication::translate("hydron::Ssh", "Could not read %1.").arg(localPath),
                                       source.errorString()});
                break;
            }
        }
        const ssize_t written = sftp_write(file, chunk.constData(), static_cast<size_t>(chunk.size()));
        if (written != chunk.size())
            return abort(sftpError(failed, remotePath));
        offset += chunk.size();
        pump(); // keep running commands' output flowing during long transfers
        if (!m_session)
            return std::unexpected(remoteError(
                Failure::ConnectionLost, Error::Code::Network,
                failed + u' ' +
                    QCoreApplication::translate("hydron::Ssh", "The connection to %1 was lost.").arg(where())));
    }
    if (sftp_close(file) != SSH_OK) {
        file = nullptr;
        sftp_unlink(*sftp, tempName.constData());
        return std::unexpected(sftpError(failed, remotePath));
    }
    const QByteArray finalName = remotePath.toUtf8();
    if (sftp_rename(*sftp, tempName.constData(), finalName.constData()) != SSH_OK) {
        // SFTP v3 RENAME refuses an existing target (and libssh 0.10 cannot send OpenSSH's
        // posix-rename): replace it with rename(2) through `mv -f`, which is just as atomic.
        Error error = sftpError(failed, remotePath);
        auto moved = execSync(shellJoin({u"mv"_s, u"-f"_s, u"--"_s, temp, remotePath}));
        if (!moved || *moved != 0) {
            sftp_unlink(*sftp, tempName.constData());
            return std::unexpected(error);
        }
    }
    logger()->info("ssh {}: uploaded {} ({} bytes, mode {:o})", where().toStdString(), remotePath.toStdString(), offset,
                   mode);
    return {};
}

Result<int> SshWorker::execSync(const QString &commandLine)
{
    if (!sessionAlive())
        return std::unexpected(
            sessionError(QCoreApplication::translate("hydron::Ssh", "The connection to %1 was lost.").arg(where())));
    ssh_channel channel = ssh_channel_new(m_session);
    const QByteArray line = commandLine.toUtf8();
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, line.constData()) != SSH_OK) {
        Error error =
            sessionError(QCoreApplication::translate("hydron::Ssh", "%1 refused to run the command.").arg(where()));
        if (channel)
            ssh_channel_free(channel);
        return std::unexpected(error);
    }
    const int timeoutMs = 30'000;
    char buffer[4096];
    for (int isStderr = 0; isStderr < 2; ++isStderr) {
        while (ssh_channel_read_timeout(channel, buffer, sizeof buffer, isStderr, timeoutMs) > 0)
            ;
    }
    const int status = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return status;
}

void SshWorker::readFile(const std::shared_ptr<QPromise<Result<QByteArray>>> &promise, const QString &remotePath,
                         qint64 maxBytes)
{
    auto result = [&]() -> Result<QByteArray> {
        const QString failed =
            QCoreApplication::translate("hydron::Ssh", "Could not read %1 on %2.").arg(remotePath, where());
        auto sftp = ensureSftp();
        if (!sftp)
            return std::unexpected(sftp.error());
        const QByteArray name = remotePath.toUtf8();
        sftp_file file = sftp_open(*sftp, name.constData(), O_RDONLY, 0);
        if (!file)
            return std::unexpected(sftpError(failed, remotePath));
        QByteArray content;
        QByteArray chunk(sftpChunk, Qt::Uninitialized);
        while (true) {
            const ssize_t n = sftp_read(file, chunk.data(), static_cast<size_t>(chunk.size()));
            if (n < 0) {
                Error error = sftpError(failed, remotePath);
                sftp_close(file);
                return std::unexpected(error);
            }
            if (n == 0)
                break;
            content.append(chunk.constData(), n);
            if (content.size() > maxBytes) {
                sftp_close(file);
                return std::unexpected(remoteError(
                    Failure::RemoteFile, Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Ssh", "%1 is larger than %2 bytes, too large to read here.")
                        .arg(remotePath)
                        .arg(maxBytes)));
            }
        }
        sftp_close(file);
        return content;
    }();
    promise->addResult(result);
    promise->finish();
    updateActivity();
}

} // namespace hydron::remote
