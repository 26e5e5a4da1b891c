// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/servicetablemodel.h"

#include "core/store/projectstore.h"
#include "ui/models/rowsync.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ServiceTableModel::ServiceTableModel(ProjectStore &projects, QObject *parent)
    : QAbstractTableModel(parent)
    , m_projects(projects)
{
    connect(&m_projects, &ProjectStore::changed, this, [this](const Project &project) {
        if (project.id == m_projectId)
            follow(project);
    });
    connect(&m_projects, &ProjectStore::aboutToRemove, this, [this](const Project &project) {
        if (project.id == m_projectId)
            follow(Project{});
    });
}

void ServiceTableModel::setProjectId(qint64 projectId)
{
    beginResetModel();
    m_projectId = projectId;
    const auto project = m_projects.find(projectId);
    m_services = project ? project->services : QList<Service>();
    endResetModel();
}

void ServiceTableModel::follow(const Project &project)
{
    RowSync::apply(*this, m_services, project.services, [](const Service &s) { return s.name; });
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceTableModel::dockerfileText(const Service &service)
{
    if (service.source == ServiceSource::Image)
        return tr("None needed: runs the image %1").arg(service.image);
    if (service.dockerfile.isEmpty())
        return tr("None in the source yet: the plan will generate one");
    return QDir::cleanPath(service.path + u'/' + service.dockerfile);
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &s = m_services.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Dockerfile)
        return dockerfileText(s);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Kind:
        return serviceKindLabel(s.kind);
    case Path:
        return s.source == ServiceSource::Image ? s.image : s.path;
    case Ports: {
        QStringList ports;
        for (int port : s.ports)
            ports << QString::number(port);
        return ports.join(u", "_s);
    }
    case HealthCheck:
        return s.health.path;
    case DependsOn:
        return s.dependsOn.join(u", "_s);
    case Dockerfile:
        return dockerfileText(s);
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Kind:
        return tr("Kind");
    case Path:
        return tr("Path or image");
    case Ports:
        return tr("Ports");
    case HealthCheck:
        return tr("Health check");
    case DependsOn:
        return tr("Depends on");
    case Dockerfile:
        return tr("Dockerfile");
    default:
        return {};
    }
}

} // namespace hydron::ui
