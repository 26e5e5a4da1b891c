// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/serverstore.h"

#include "core/model/json.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

QString specToText(const ServerSpec &spec)
{
    QJsonObject o{{u"cpus"_s, spec.cpus},
                  {u"memory_mb"_s, spec.memoryMb},
                  {u"disk_gb"_s, spec.diskGb},
                  {u"location"_s, spec.location}};
    if (!spec.os.isEmpty())
        o.insert(u"os"_s, spec.os);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ServerSpec specFromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    return ServerSpec{o.value(u"cpus").toInt(), o.value(u"memory_mb").toInt(), o.value(u"disk_gb").toInt(),
                      o.value(u"location").toString(), o.value(u"os").toString()};
}

Error gone()
{
    return Error{
        Error::Code::NotFound, QCoreApplication::translate("hydron::ServerStore", "The server no longer exists."), {}};
}

} // namespace

ServerStore::ServerStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<void> ServerStore::load()
{
    QHash<qint64, QStringList> tags;
    QHash<qint64, QList<qint64>> links;
    auto tagQuery = m_database.exec(u"SELECT server_id, tag FROM server_tags"_s);
    if (!tagQuery)
        return std::unexpected(tagQuery.error());
    while (tagQuery->next())
        tags[tagQuery->value(0).toLongLong()].append(tagQuery->value(1).toString());
    auto linkQuery = m_database.exec(u"SELECT server_id, project_id FROM server_projects"_s);
    if (!linkQuery)
        return std::unexpected(linkQuery.error());
    while (linkQuery->next())
        links[linkQuery->value(0).toLongLong()].append(linkQuery->value(1).toLongLong());

    auto query = m_database.exec(u"SELECT id, name, host, port, user, auth, key_file, host_key, spec, status, "
                                 "created_at, updated_at, transport FROM servers ORDER BY id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Server> fresh;
    while (query->next()) {
        Server s;
        s.id = query->value(0).toLongLong();
        s.name = query->value(1).toString();
        s.host = query->value(2).toString();
        s.port = query->value(3).toInt();
        s.user = query->value(4).toString();
        s.auth = query->value(5).toString() == u"key-file" ? AuthMethod::KeyFile : AuthMethod::Agent;
        s.keyFile = query->value(6).toString();
        s.hostKeyFingerprint = query->value(7).toString();
        s.spec = specFromText(query->value(8).toString());
        const QString status = query->value(9).toString();
        for (ServerStatus candidate : {ServerStatus::Unknown, ServerStatus::Online, ServerStatus::Offline,
                                       ServerStatus::NotProvisioned, ServerStatus::Provisioned}) {
            if (serverStatusName(candidate) == status)
                s.status = candidate;
        }
        s.createdAt = fromIsoString(query->value(10).toString());
        s.updatedAt = fromIsoString(query->value(11).toString());
        s.transport = query->value(12).toString() == u"local" ? ServerTransport::Local : ServerTransport::Ssh;
        s.tags = tags.value(s.id);
        s.projectIds = links.value(s.id);
        s.normalise();
        fresh.append(s);
    }

    if (!m_loaded) {
        m_servers = fresh;
        m_loaded = true;
        return {};
    }
    for (qsizetype i = m_servers.size() - 1; i >= 0; --i) {
        const Server old = m_servers.at(i);
        const auto still = std::find_if(fresh.cbegin(), fresh.cend(), [&](const Server &s) { return s.id == old.id; });
        if (still == fresh.cend()) {
            Q_EMIT aboutToRemove(old);
            m_servers.removeAt(i);
            Q_EMIT removed(old.id);
        } else if (*still != old) {
            m_servers[i] = *still;
            Q_EMIT changed(*still);
        }
    }
    for (const Server &s : std::as_const(fresh)) {
        if (indexOf(s.id) < 0) {
            Q_EMIT aboutToAdd(s);
            m_servers.append(s);
            Q_EMIT added(s);
        }
    }
    return {};
}

qsizetype ServerStore::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Server> ServerStore::find(qint64 id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Server>(m_servers.at(i));
}

std::optional<Server> ServerStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Server &s : m_servers) {
        if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QList<Server> ServerStore::serversForProject(qint64 projectId) const
{
    QList<Server> out;
    for (const Server &s : m_servers) {
        if (s.projectIds.contains(projectId))
            out.append(s);
    }
    return out;
}

QStringList ServerStore::allTags() const
{
    QStringList tags;
    for (const Server &s : m_servers) {
        for (const QString &tag : s.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags.append(tag);
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

Result<Server> ServerStore::checked(Server server) const
{
    server.name = server.name.trimmed();
    server.host = server.host.trimmed();
    server.user = server.user.trimmed();
    for (QString &tag : server.tags)
        tag = tag.trimmed();
    if (auto problem = server.validate())
        return std::unexpected(*problem);
    server.normalise();
    if (auto other = findByName(server.name); other && other->id != server.id)
        return fail(Error::Code::AlreadyExists,
                    QCoreApplication::translate("hydron::ServerStore",
                                                "A server named \"%1\" already exists. Choose another name.")
                        .arg(other->name));
    return server;
}

Result<void> ServerStore::writeRelations(const Server &server)
{
    if (auto done = m_database.exec(u"DELETE FROM server_tags WHERE server_id = ?"_s, {server.id}); !done)
        return std::unexpected(done.error());
    for (const QString &tag : server.tags) {
        if (auto done = m_database.exec(u"INSERT INTO server_tags (server_id, tag) VALUES (?, ?)"_s, {server.id, tag});
            !done)
            return std::unexpected(done.error());
    }
    if (auto done = m_database.exec(u"DELETE FROM server_projects WHERE server_id = ?"_s, {server.id}); !done)
        return std::unexpected(done.error());
    for (qint64 projectId : server.projectIds) {
        auto done = m_database.exec(u"INSERT INTO server_projects (server_id, project_id) VALUES (?, ?)"_s,
                                    {server.id, projectId});
        if (!done) {
            Error e = done.error();
            if (e.detail.contains(u"FOREIGN KEY"))
                e = Error{
                    Error::Code::NotFound,
                    QCoreApplication::translate("hydron::ServerStore", "A project linked to \"%1\" no longer exists.")
                        .arg(server.name),
                    e.detail};
            return std::unexpected(e);
        }
    }
    return {};
}

Result<Server> ServerStore::add(Server server)
{
    server.id = 0;
    auto valid = checked(std::move(server));
    if (!valid)
        return valid;
    Server s = *valid;
    s.createdAt = s.updatedAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query =
            m_database.exec(u"INSERT INTO servers (name, host, port, user, auth, key_file, host_key, spec, "
                            "status, created_at, updated_at, transport) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {s.name, s.host, s.port, s.user, authMethodName(s.auth), s.keyFile, s.hostKeyFingerprint,
                             specToText(s.spec), serverStatusName(s.status), toIsoString(s.createdAt),
                             toIsoString(s.updatedAt), serverTransportName(s.transport)});
        if (!query)
            return std::unexpected(query.error());
        s.id = query->lastInsertId().toLongLong();
        return writeRelations(s);
    });
    if (!done) {
        if (done.error().detail.contains(u"UNIQUE"))
            return fail(Error::Code::AlreadyExists,
                        QCoreApplication::translate("hydron::ServerStore",
                                                    "A server named \"%1\" already exists. Choose another name.")
                            .arg(s.name));
        return std::unexpected(done.error());
    }
    Q_EMIT aboutToAdd(s);
    m_servers.append(s);
    Q_EMIT added(s);
    return s;
}

Result<Server> ServerStore::update(Server server)
{
    const qsizetype index = indexOf(server.id);
    if (index < 0)
        return std::unexpected(gone());
    auto valid = checked(std::move(server));
    if (!valid)
        return valid;
    Server s = *valid;
    s.createdAt = m_servers.at(index).createdAt;
    s.updatedAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(
            u"UPDATE servers SET name = ?, host = ?, port = ?, user = ?, auth = ?, "
            "key_file = ?, host_key = ?, spec = ?, status = ?, updated_at = ?, transport = ? WHERE id = ?"_s,
            {s.name, s.host, s.port, s.user, authMethodName(s.auth), s.keyFile, s.hostKeyFingerprint,
             specToText(s.spec), serverStatusName(s.status), toIsoString(s.updatedAt), serverTransportName(s.transport),
             s.id});
        if (!query)
            return std::unexpected(query.error());
        if (query->numRowsAffected() != 1)
            return std::unexpected(gone());
        return writeRelations(s);
    });
    if (!done)
        return std::unexpected(done.error());
    m_servers[index] = s;
    Q_EMIT changed(s);
    return s;
}

Result<void> ServerStore::remove(qint64 id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::unexpected(gone());
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"DELETE FROM servers WHERE id = ?"_s, {id});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return done;
    const Server old = m_servers.at(index);
    Q_EMIT aboutToRemove(old);
    m_servers.removeAt(index);
    Q_EMIT removed(id);
    return {};
}

Result<Server> ServerStore::addTags(qint64 id, const QStringList &tags)
{
    auto server = find(id);
    if (!server)
        return std::unexpected(gone());
    server->tags += tags;
    return update(*server);
}

Result<Server> ServerStore::removeTags(qint64 id, const QStringList &tags)
{
    auto server = find(id);
    if (!server)
        return std::unexpected(gone());
    server->tags.removeIf([&](const QString &t) { return tags.contains(t.trimmed(), Qt::CaseInsensitive); });
    return update(*server);
}

Result<Server> ServerStore::setLinkedProjects(qint64 id, const QList<qint64> &projectIds)
{
    auto server = find(id);
    if (!server)
        return std::unexpected(gone());
    server->projectIds = projectIds;
    return update(*server);
}

void ServerStore::forgetProject(qint64 projectId)
{
    for (Server &s : m_servers) {
        if (s.projectIds.removeAll(projectId) > 0)
            Q_EMIT changed(s);
    }
}

} // namespace hydron
