// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace hydron {

enum class AuthMethod
{
    Agent,
    KeyFile
};
// How Hydron reaches a server: over SSH, or "This computer" (commands run locally, no SSH).
enum class ServerTransport
{
    Ssh,
    Local
};
enum class ServerStatus
{
    Unknown,
    Online,
    Offline,
    NotProvisioned,
    Provisioned
};

[[nodiscard]] QString authMethodName(AuthMethod method);
[[nodiscard]] QString authMethodLabel(AuthMethod method);
[[nodiscard]] QString serverTransportName(ServerTransport transport);
[[nodiscard]] QString serverStatusName(ServerStatus status);
[[nodiscard]] QString serverStatusLabel(ServerStatus status);

struct ServerSpec
{
    int cpus = 0; // 0 = not known yet
    int memoryMb = 0;
    int diskGb = 0;
    QString location;
    QString os; // "Debian GNU/Linux 12 (bookworm)", as the server reports it; empty until checked

    friend bool operator==(const ServerSpec &, const ServerSpec &) = default;
};

// Where a server is reached: ssh://user@host:port, or a bare host.
struct SshAddress
{
    QString user = QStringLiteral("root");
    QString host;
    int port = 22;

    // Accepts "ssh://user@host:port", "user@host", "host", "host:port" and bracketed IPv6.
    [[nodiscard]] static Result<SshAddress> parse(const QString &text);
    [[nodiscard]] QString toString() const; // ssh://user@host:port
};

struct Server
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;            // for AuthMethod::KeyFile
    QString hostKeyFingerprint; // "SHA256:…", pinned at first connection; empty until then
    QStringList tags;           // sorted, unique
    ServerSpec spec;
    ServerStatus status = ServerStatus::Unknown;
    ServerTransport transport = ServerTransport::Ssh; // Local: host/port/user/auth are not used
    QList<qint64> projectIds;                         // linked projects, sorted
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isLocal() const { return transport == ServerTransport::Local; }
    // The built-in "This computer" server (named "local", host "localhost").
    [[nodiscard]] static Server local();

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Server> fromJson(const QJsonObject &json);

    // Checks name, host, port, user and tags; returns the first problem.
    [[nodiscard]] std::optional<Error> validate() const;
    // Sorts and de-duplicates tags and project ids (tags compared case-insensitively).
    void normalise();

    friend bool operator==(const Server &, const Server &) = default;
};

} // namespace hydron
