// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/model/run.h"

#include <QAbstractListModel>
#include <QHash>

namespace hydron {
class ProjectStore;
class RunStore;
} // namespace hydron

namespace hydron::ui {

// Every project, in the store's order, for the dashboard's cards. Reads the store's list in
// place and follows its signals row by row; the last run status of all projects comes from one
// query, repeated only when a run is added or changes.
class ProjectListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TypeLabelRole,
        SourceRole,           // the source as the user reads it
        ServiceCountRole,     // int
        ServiceCountTextRole, // "3 services"
        LastRunStatusRole,    // int (RunStatus), invalid when the project has no run
        LastRunStatusTextRole // label, or "No runs yet"
    };
    Q_ENUM(Role)

    ProjectListModel(ProjectStore &projects, RunStore &runs, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QModelIndex indexOfId(qint64 id) const;
    [[nodiscard]] qint64 idAt(const QModelIndex &index) const;

    // Reads the last run status of every project again (one query) and announces the rows
    // whose status changed.
    void refreshRunStatuses();

private:
    [[nodiscard]] int rowOf(qint64 id) const;

    ProjectStore &m_projects;
    RunStore &m_runs;
    QHash<qint64, RunStatus> m_lastStatus;
};

} // namespace hydron::ui
