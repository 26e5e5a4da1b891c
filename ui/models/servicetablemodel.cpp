// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/servicetablemodel.h"

#include "core/store/projectstore.h"
#include "ui/models/rowsync.h"

#include <QDir>

#include <functional>

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
    m_levels = startLevels(m_services);
    endResetModel();
}

void ServiceTableModel::follow(const Project &project)
{
    RowSync::apply(*this, m_services, project.services, [](const Service &s) { return s.name; });
    updateLevels();
}

void ServiceTableModel::updateLevels()
{
    const QList<int> levels = startLevels(m_services);
    if (levels == m_levels)
        return;
    m_levels = levels;
    // A change in one service's dependencies can move others: all rows' start order may differ.
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<int> ServiceTableModel::startLevels(const QList<Service> &services)
{
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < services.size(); ++i)
        byName.insert(services.at(i).name, i);
    constexpr int Unknown = -2;
    constexpr int Visiting = -3;
    QList<int> levels(services.size(), Unknown);
    // Longest path through the dependencies, depth first; meeting a service whose level is being
    // worked out closes a cycle.
    std::function<int(qsizetype)> levelOf = [&](qsizetype i) -> int {
        if (levels.at(i) == Visiting)
            return -1;
        if (levels.at(i) != Unknown)
            return levels.at(i);
        levels[i] = Visiting;
        int level = 0;
        for (const QString &dep : services.at(i).dependsOn) {
            const auto it = byName.constFind(dep);
            if (it == byName.cend())
                continue; // not a service of this list
            const int depLevel = levelOf(*it);
            if (depLevel < 0) {
                level = -1;
                break;
            }
            level = std::max(level, depLevel + 1);
        }
        levels[i] = level;
        return level;
    };
    for (qsizetype i = 0; i < services.size(); ++i)
        levelOf(i);
    return levels;
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
    const int level = m_levels.value(index.row(), -1);
    switch (role) {
    case DependsOnRole: {
        QStringList deps;
        for (const QString &dep : s.dependsOn) {
            if (dep != s.name && std::any_of(m_services.cbegin(), m_services.cend(),
                                             [&dep](const Service &other) { return other.name == dep; }))
                deps << dep;
        }
        return deps;
    }
    case StartLevelRole:
        return level;
    case ServiceKindRole:
        return static_cast<int>(s.kind);
    default:
        break;
    }
    if (role == Qt::ToolTipRole && index.column() == Dockerfile)
        return dockerfileText(s);
    if (role == Qt::ToolTipRole && index.column() == StartOrder) {
        if (level < 0)
            return tr("%1 is part of a dependency cycle: no order can start it. Change what it depends on.")
                .arg(s.name);
        if (level == 0)
            return tr("Starts first: it needs no other service of this project.");
        return tr("Starts once %1 run and are healthy.").arg(s.dependsOn.join(u", "_s));
    }
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
    case StartOrder:
        if (role == Qt::EditRole)
            return level;
        return level < 0 ? tr("cycle") : QString::number(level + 1);
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
    case StartOrder:
        return tr("Start order");
    case Dockerfile:
        return tr("Dockerfile");
    default:
        return {};
    }
}

} // namespace hydron::ui
