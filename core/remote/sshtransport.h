// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/server.h"
#include "core/remote/passphraseprovider.h"
#include "core/remote/transport.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <memory>
#include <optional>

namespace hydron::remote {

class SshWorker;

struct SshOptions
{
    std::chrono::milliseconds connectTimeout{10'000}; // TCP connect and every step of the SSH handshake
    std::chrono::seconds keepaliveInterval{15};       // SSH ignore messages + TCP keepalive; 3 misses drop it
    std::optional<QString> configFile;                // nullopt: ~/.ssh/config; empty: read no config
    std::shared_ptr<PassphraseProvider> passphrases;  // for encrypted key files; may be null
    int maxConcurrentCommands = 8;                    // channels on the one connection (sshd allows 10)
};

// What a successful connection found.
struct ConnectionInfo
{
    QString fingerprint;  // the host key's "SHA256:…", equal to the pinned one
    QString keyType;      // "ssh-ed25519", …
    QString serverBanner; // "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"
    QString authMethod;   // "publickey (…/id_ed25519)", "ssh-agent or default keys"
};

// A Transport to a server over SSH (libssh). All blocking libssh calls run on one worker
// thread owned by the transport; the calling thread never waits. One connection is opened on
// first use and reused for every command (each command is a channel on it) and every SFTP
// transfer; when it drops, running commands fail with Failure::ConnectionLost and the next
// command connects again.
//
// Host keys are pinned: the server's key must match Server::hostKeyFingerprint before any
// authentication happens. With nothing pinned the connection stops with
// Failure::HostKeyUnknown (the error carries the fingerprint for the user to compare and
// accept, see hostKeyMismatchOf()); a different key stops it with Failure::HostKeyChanged.
// Nothing ever connects unchecked.
//
// Authentication: AuthMethod::KeyFile uses Server::keyFile (its passphrase comes from the
// PassphraseProvider); AuthMethod::Agent tries ssh-agent, then the default keys and the
// IdentityFile lines of ~/.ssh/config. A `Host` alias of ~/.ssh/config works as Server::host
// (HostName, Port, User, IdentityFile); Server::port and Server::user win over it unless they
// are the defaults (22, root).
class SshTransport final : public Transport
{
    Q_OBJECT

public:
    explicit SshTransport(const Server &server, SshOptions options = {}, QObject *parent = nullptr);
    ~SshTransport() override; // cancels what runs, closes the connection, joins the thread

    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] bool isLocal() const override { return false; }

    // Pins a fingerprint the user accepted ("SHA256:…"); used from the next connection on.
    // (Store it in Server::hostKeyFingerprint too.)
    void setPinnedFingerprint(const QString &fingerprint);

    // Connects now (or reuses the open connection): "Test connection" and the host key dialog.
    [[nodiscard]] QFuture<Result<ConnectionInfo>> connectToHost();
    // Closes the connection; running commands fail with ConnectionLost.
    void disconnectFromHost();

    [[nodiscard]] CommandJob *run(const Command &command, QObject *parent = nullptr) override;
    [[nodiscard]] QFuture<Result<void>> upload(const QByteArray &data, const QString &remotePath, int mode) override;
    [[nodiscard]] QFuture<Result<void>> uploadFile(const QString &localPath, const QString &remotePath,
                                                   int mode) override;
    [[nodiscard]] QFuture<Result<QByteArray>> readFile(const QString &remotePath,
                                                       qint64 maxBytes = 1024 * 1024) override;

Q_SIGNALS:
    void connectedChanged(bool connected);

private:
    void cancelRemote(quint64 id);

    Server m_server;
    QThread m_thread;
    SshWorker *m_worker = nullptr;
    QHash<quint64, QPointer<CommandJob>> m_jobs;
    quint64 m_nextId = 0;
};

} // namespace hydron::remote
