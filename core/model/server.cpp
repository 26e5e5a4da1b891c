// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/server.h"

#include "core/model/json.h"
#include "core/model/names.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<AuthMethod>, 2> authNames{{
    {AuthMethod::Agent, u"agent"},
    {AuthMethod::KeyFile, u"key-file"},
}};

constexpr std::array<EnumName<ServerTransport>, 2> transportNames{{
    {ServerTransport::Ssh, u"ssh"},
    {ServerTransport::Local, u"local"},
}};

constexpr std::array<EnumName<ServerStatus>, 5> statusNames{{
    {ServerStatus::Unknown, u"unknown"},
    {ServerStatus::Online, u"online"},
    {ServerStatus::Offline, u"offline"},
    {ServerStatus::NotProvisioned, u"not-provisioned"},
    {ServerStatus::Provisioned, u"provisioned"},
}};

bool isValidHost(const QString &host)
{
    // A DNS name, an IPv4 address or an IPv6 address; nothing a shell or ssh option could misread.
    static const QRegularExpression dnsName(u"^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?"
                                            "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9_])?)*\\.?$"_s);
    static const QRegularExpression ipv6(u"^[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?$"_s);
    return dnsName.match(host).hasMatch() || (host.contains(u':') && ipv6.match(host).hasMatch());
}

bool isValidUser(const QString &user)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_.-]{0,31}$"_s);
    return pattern.match(user).hasMatch();
}

} // namespace

QString authMethodName(AuthMethod method)
{
    return enumToName(authNames, method);
}

QString authMethodLabel(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Agent:
        return QCoreApplication::translate("hydron::Server", "SSH agent");
    case AuthMethod::KeyFile:
        return QCoreApplication::translate("hydron::Server", "Key file");
    }
    return {};
}

QString serverTransportName(ServerTransport transport)
{
    return enumToName(transportNames, transport);
}

QString serverStatusName(ServerStatus status)
{
    return enumToName(statusNames, status);
}

QString serverStatusLabel(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Unknown:
        return QCoreApplication::translate("hydron::Server", "Not checked");
    case ServerStatus::Online:
        return QCoreApplication::translate("hydron::Server", "Online");
    case ServerStatus::Offline:
        return QCoreApplication::translate("hydron::Server", "Offline");
    case ServerStatus::NotProvisioned:
        return QCoreApplication::translate("hydron::Server", "Not provisioned");
    case ServerStatus::Provisioned:
        return QCoreApplication::translate("hydron::Server", "Provisioned");
    }
    return {};
}

Result<SshAddress> SshAddress::parse(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Server", "The server address is empty."));
    SshAddress address;
    QString rest = input;
    if (rest.contains(u"://")) {
        const QUrl url(rest, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"ssh")
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate(
                            "hydron::Server", "\"%1\" is not an SSH address; write ssh://user@host:port or user@host.")
                            .arg(input));
        if (!url.path().isEmpty() && url.path() != u"/")
            return fail(
                Error::Code::InvalidInput,
                QCoreApplication::translate("hydron::Server", "An SSH address has no path: \"%1\".").arg(input));
        if (!url.userName().isEmpty())
            address.user = url.userName();
        address.host = url.host();
        address.port = url.port(22);
    } else {
        if (const auto at = rest.indexOf(u'@'); at >= 0) {
            address.user = rest.left(at);
            rest = rest.mid(at + 1);
        }
        if (rest.startsWith(u'[')) {
            const auto close = rest.indexOf(u']');
            if (close < 0)
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("hydron::Server", "\"%1\" opens a bracket it never closes.")
                                .arg(input));
            address.host = rest.mid(1, close - 1);
            rest = rest.mid(close + 1);
            if (rest.startsWith(u':'))
                rest = rest.mid(1);
            else if (!rest.isEmpty())
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("hydron::Server", "Unexpected text after the host in \"%1\".")
                                .arg(input));
        } else if (rest.count(u':') == 1) {
            address.host = rest.section(u':', 0, 0);
            rest = rest.section(u':', 1);
        } else {
            address.host = rest;
            rest.clear();
        }
        if (!rest.isEmpty()) {
            bool ok = false;
            address.port = rest.toInt(&ok);
            if (!ok)
                return fail(
                    Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Server", "The port \"%1\" is not a number.").arg(rest));
        }
    }
    if (address.port < 1 || address.port > 65535)
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Server", "The port %1 is outside 1–65535.").arg(address.port));
    if (!isValidHost(address.host))
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Server", "\"%1\" is not a valid host name or IP address.")
                        .arg(address.host));
    if (!isValidUser(address.user))
        return fail(
            Error::Code::InvalidInput,
            QCoreApplication::translate("hydron::Server", "\"%1\" is not a valid user name.").arg(address.user));
    return address;
}

QString SshAddress::toString() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return u"ssh://%1@%2:%3"_s.arg(user, h).arg(port);
}

Server Server::local()
{
    Server s;
    s.name = u"local"_s;
    s.host = u"localhost"_s;
    s.transport = ServerTransport::Local;
    return s;
}

QJsonObject Server::toJson() const
{
    QJsonArray projects;
    for (qint64 id : projectIds)
        projects.append(id);
    QJsonObject json{
        {u"name"_s, name},
        {u"host"_s, host},
        {u"port"_s, port},
        {u"user"_s, user},
        {u"auth"_s, authMethodName(auth)},
        {u"key_file"_s, keyFile},
        {u"host_key"_s, hostKeyFingerprint},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"spec"_s, QJsonObject{{u"cpus"_s, spec.cpus},
                                {u"memory_mb"_s, spec.memoryMb},
                                {u"disk_gb"_s, spec.diskGb},
                                {u"location"_s, spec.location},
                                {u"os"_s, spec.os}}},
        {u"status"_s, serverStatusName(status)},
        {u"transport"_s, serverTransportName(transport)},
        {u"projects"_s, projects},
        {u"created_at"_s, toIsoString(createdAt)},
        {u"updated_at"_s, toIsoString(updatedAt)},
    };
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

Result<Server> Server::fromJson(const QJsonObject &json)
{
    Server s;
    JsonReader r(json, QCoreApplication::translate("hydron::Server", "Server"));
    s.id = r.integer(u"id");
    s.name = r.requiredString(u"name");
    s.host = r.requiredString(u"host");
    s.port = static_cast<int>(r.integer(u"port", 22));
    s.user = r.string(u"user", u"root"_s);
    s.auth = r.enumeration(u"auth", authNames, AuthMethod::Agent);
    s.keyFile = r.string(u"key_file");
    s.hostKeyFingerprint = r.string(u"host_key");
    s.tags = r.stringList(u"tags");
    JsonReader spec(r.object(u"spec"), QCoreApplication::translate("hydron::Server", "Server spec"));
    s.spec.cpus = static_cast<int>(spec.integer(u"cpus"));
    s.spec.memoryMb = static_cast<int>(spec.integer(u"memory_mb"));
    s.spec.diskGb = static_cast<int>(spec.integer(u"disk_gb"));
    s.spec.location = spec.string(u"location");
    s.spec.os = spec.string(u"os");
    if (!spec.ok())
        r.adopt(spec.error());
    s.status = r.enumeration(u"status", statusNames, ServerStatus::Unknown);
    s.transport = r.enumeration(u"transport", transportNames, ServerTransport::Ssh);
    for (const QJsonValue &v : r.array(u"projects")) {
        if (!v.isDouble()) {
            r.setError(u"projects", u"must be a list of project ids"_s);
            break;
        }
        s.projectIds.append(static_cast<qint64>(v.toDouble()));
    }
    s.createdAt = r.dateTime(u"created_at");
    s.updatedAt = r.dateTime(u"updated_at");
    if (!r.ok())
        return std::unexpected(r.error());
    if (auto problem = s.validate())
        return std::unexpected(*problem);
    s.normalise();
    return s;
}

std::optional<Error> Server::validate() const
{
    if (auto valid = validateName(name, QCoreApplication::translate("hydron::Server", "server name")); !valid)
        return valid.error();
    if (!isValidHost(host))
        return Error{
            Error::Code::InvalidInput,
            QCoreApplication::translate("hydron::Server", "\"%1\" is not a valid host name or IP address.").arg(host),
            {}};
    if (port < 1 || port > 65535)
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("hydron::Server", "The port %1 is outside 1–65535.").arg(port),
                     {}};
    if (!isValidUser(user))
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("hydron::Server", "\"%1\" is not a valid user name.").arg(user),
                     {}};
    if (auth == AuthMethod::KeyFile && keyFile.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("hydron::Server", "Choose a key file, or sign in with the SSH agent."),
                     {}};
    for (const QString &tag : tags) {
        if (auto valid = validateName(tag, QCoreApplication::translate("hydron::Server", "tag")); !valid)
            return valid.error();
        if (tag.contains(u','))
            return Error{Error::Code::InvalidInput,
                         QCoreApplication::translate("hydron::Server",
                                                     "The tag \"%1\" contains a comma; tags are separated by commas.")
                             .arg(tag),
                         {}};
    }
    return std::nullopt;
}

void Server::normalise()
{
    QStringList unique;
    for (const QString &tag : std::as_const(tags)) {
        const QString t = tag.trimmed();
        const bool seen = std::any_of(unique.cbegin(), unique.cend(),
                                      [&](const QString &u) { return u.compare(t, Qt::CaseInsensitive) == 0; });
        if (!t.isEmpty() && !seen)
            unique << t;
    }
    unique.sort(Qt::CaseInsensitive);
    tags = unique;
    std::sort(projectIds.begin(), projectIds.end());
    projectIds.erase(std::unique(projectIds.begin(), projectIds.end()), projectIds.end());
}

} // namespace hydron
