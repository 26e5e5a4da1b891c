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
        Dockerfile,
        ColumnCount
    };
    Q_ENUM(Column)

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

private:
    friend struct RowSync;
    void follow(const Project &project);

    ProjectStore &m_projects;
    qint64 m_projectId = 0;
    QList<Service> m_services;
};

} // namespace hydron::ui
