// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/service.h"

#include <QAbstractTableModel>

namespace hydron {
class ProjectStore;
struct Project;
} // namespace hydron

namespace hydron::ui {

// The services of one project (Infrastructure panel: Services and Dockerfiles tabs). Follows the
// project's changes service by service, matched by name.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Path,
        Ports,
        HealthCheck,
        DependsOn,
        StartOrder, // 1 for the services that start first, then 2, …; "—" inside a dependency cycle
        Dockerfile,
        ColumnCount
    };
    Q_ENUM(Column)

    // For views that draw the dependencies (any column).
    enum Role
    {
        DependsOnRole = Qt::UserRole + 1, // QStringList: the services of this project it depends on
        StartLevelRole,                   // int: 0 starts first; -1 inside a dependency cycle
        ServiceKindRole,                  // int: ServiceKind
    };

    explicit ServiceTableModel(ProjectStore &projects, QObject *parent = nullptr);

    void setProjectId(qint64 projectId);
    [[nodiscard]] qint64 projectId() const { return m_projectId; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Where the service's Dockerfile is, or what takes its place, as the user reads it.
    [[nodiscard]] static QString dockerfileText(const Service &service);
    // For each service, when it can start: 0 when it depends on no other service of the list,
    // else one more than the latest of its dependencies; -1 for services in (or behind) a
    // dependency cycle. Names that are not in the list are ignored.
    [[nodiscard]] static QList<int> startLevels(const QList<Service> &services);

private:
    friend struct RowSync;
    void follow(const Project &project);
    void updateLevels();

    ProjectStore &m_projects;
    qint64 m_projectId = 0;
    QList<Service> m_services;
    QList<int> m_levels; // startLevels(m_services)
};

} // namespace hydron::ui
