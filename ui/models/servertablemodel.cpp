// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/servertablemodel.h"

#include "core/store/projectstore.h"
#include "core/store/serverstore.h"
#include "ui/style.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ServerTableModel::ServerTableModel(ServerStore &servers, ProjectStore &projects, QObject *parent)
    : QAbstractTableModel(parent)
    , m_servers(servers)
    , m_projects(projects)
{
    connect(&m_servers, &ServerStore::aboutToAdd, this, [this](const Server &) {
        const int row = static_cast<int>(m_servers.servers().size());
        beginInsertRows(QModelIndex(), row, row);
    });
    connect(&m_servers, &ServerStore::added, this, [this](const Server &) { endInsertRows(); });
    connect(&m_servers, &ServerStore::changed, this, [this](const Server &server) {
        const int row = rowOf(server.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(&m_servers, &ServerStore::aboutToRemove, this, [this](const Server &server) {
        const int row = rowOf(server.id);
        beginRemoveRows(QModelIndex(), row, row);
    });
    connect(&m_servers, &ServerStore::removed, this, [this](qint64) { endRemoveRows(); });
    // A renamed project changes the "Linked projects" cell of the servers it is linked to.
    connect(&m_projects, &ProjectStore::changed, this, [this](const Project &project) {
        const QList<Server> &servers = m_servers.servers();
        for (qsizetype i = 0; i < servers.size(); ++i) {
            if (servers.at(i).projectIds.contains(project.id)) {
                const QModelIndex cell = index(static_cast<int>(i), LinkedProjects);
                Q_EMIT dataChanged(cell, cell);
            }
        }
    });
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_servers.servers().size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerTableModel::addressText(const Server &server)
{
    const QString host = server.host.contains(u':') ? u'[' + server.host + u']' : server.host;
    return u"%1@%2:%3"_s.arg(server.user, host).arg(server.port);
}

QString ServerTableModel::linkedProjectNames(const Server &server) const
{
    QStringList names;
    for (qint64 id : server.projectIds) {
        if (auto project = m_projects.find(id))
            names << project->name;
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(u", "_s);
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &server = m_servers.servers().at(index.row());
    if (role == IdRole)
        return server.id;
    if (role == FilterTextRole)
        return QStringList{server.name, addressText(server), server.tags.join(u' ')}.join(u' ');
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return server.name;
        break;
    case Host:
        if (server.isLocal()) {
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return tr("This computer");
            if (role == Qt::ToolTipRole)
                return tr("Commands run here, without SSH");
            break;
        }
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return addressText(server);
        if (role == Qt::ToolTipRole)
            return server.auth == AuthMethod::KeyFile ? tr("Signs in with the key file %1").arg(server.keyFile)
                                                      : tr("Signs in through the SSH agent");
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return serverStatusLabel(server.status);
        if (role == Qt::EditRole)
            return static_cast<int>(server.status);
        if (role == Qt::DecorationRole)
            return style::dot(style::serverStatusColor(server.status, QGuiApplication::palette()));
        break;
    case Tags:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return server.tags.join(u", "_s);
        break;
    case LinkedProjects:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            const QString names = linkedProjectNames(server);
            return names;
        }
        if (role == Qt::ToolTipRole && server.projectIds.isEmpty())
            return tr("Not linked to any project");
        break;
    default:
        break;
    }
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Host:
        return tr("Address");
    case Status:
        return tr("Status");
    case Tags:
        return tr("Tags");
    case LinkedProjects:
        return tr("Linked projects");
    default:
        return {};
    }
}

int ServerTableModel::rowOf(qint64 id) const
{
    const QList<Server> &servers = m_servers.servers();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (servers.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QModelIndex ServerTableModel::indexOfId(qint64 id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

qint64 ServerTableModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return 0;
    return m_servers.servers().at(index.row()).id;
}

} // namespace hydron::ui
