// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/server.h"

#include <QAbstractTableModel>

namespace hydron {
class ProjectStore;
class ServerStore;
} // namespace hydron

namespace hydron::ui {

// The Server Inventory: every server in the store's order, read in place, following the
// store's signals row by row. Linked projects are shown by name and follow project renames.
class ServerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Host,
        Status,
        Tags,
        LinkedProjects,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        FilterTextRole, // name, address and tags, for the filter
    };

    ServerTableModel(ServerStore &servers, ProjectStore &projects, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] QModelIndex indexOfId(qint64 id, int column = Name) const;
    [[nodiscard]] qint64 idAt(const QModelIndex &index) const;

    // "user@host:port", or "user@[v6]:port".
    [[nodiscard]] static QString addressText(const Server &server);

private:
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] QString linkedProjectNames(const Server &server) const;

    ServerStore &m_servers;
    ProjectStore &m_projects;
};

} // namespace hydron::ui
