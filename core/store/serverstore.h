// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/server.h"

#include <QObject>

#include <optional>

namespace hydron {

class Database;

// Servers with their tags and linked projects, all held in memory in creation order.
class ServerStore final : public QObject
{
    Q_OBJECT

public:
    explicit ServerStore(Database &database, QObject *parent = nullptr);

    // Reads every server; on later calls announces what another process changed.
    Result<void> load();

    [[nodiscard]] const QList<Server> &servers() const { return m_servers; }
    [[nodiscard]] std::optional<Server> find(qint64 id) const;
    [[nodiscard]] std::optional<Server> findByName(const QString &name) const;
    [[nodiscard]] QList<Server> serversForProject(qint64 projectId) const;
    [[nodiscard]] QStringList allTags() const;

    // Validates every field; names are unique ignoring case.
    Result<Server> add(Server server);
    // Saves every field, tags and project links included.
    Result<Server> update(Server server);
    Result<void> remove(qint64 id);

    Result<Server> addTags(qint64 id, const QStringList &tags);
    Result<Server> removeTags(qint64 id, const QStringList &tags);
    Result<Server> setLinkedProjects(qint64 id, const QList<qint64> &projectIds);

    // The database drops a removed project's links by itself; this mirrors it in memory.
    void forgetProject(qint64 projectId);

Q_SIGNALS:
    void aboutToAdd(const hydron::Server &server);
    void added(const hydron::Server &server);
    void changed(const hydron::Server &server);
    void aboutToRemove(const hydron::Server &server);
    void removed(qint64 id);

private:
    Result<Server> checked(Server server) const;
    Result<void> writeRelations(const Server &server);
    [[nodiscard]] qsizetype indexOf(qint64 id) const;

    Database &m_database;
    QList<Server> m_servers;
    bool m_loaded = false;
};

} // namespace hydron
