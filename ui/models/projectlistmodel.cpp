// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/projectlistmodel.h"

#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "ui/style.h"

using namespace Qt::StringLiterals;

namespace hydron::ui {

ProjectListModel::ProjectListModel(ProjectStore &projects, RunStore &runs, QObject *parent)
    : QAbstractListModel(parent)
    , m_projects(projects)
    , m_runs(runs)
    , m_lastStatus(runs.lastStatusByProject())
{
    connect(&m_projects, &ProjectStore::aboutToAdd, this, [this](const Project &) {
        const int row = static_cast<int>(m_projects.projects().size());
        beginInsertRows(QModelIndex(), row, row);
    });
    connect(&m_projects, &ProjectStore::added, this, [this](const Project &) { endInsertRows(); });
    connect(&m_projects, &ProjectStore::changed, this, [this](const Project &project) {
        const int row = rowOf(project.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
    connect(&m_projects, &ProjectStore::aboutToRemove, this, [this](const Project &project) {
        const int row = rowOf(project.id);
        beginRemoveRows(QModelIndex(), row, row);
    });
    connect(&m_projects, &ProjectStore::removed, this, [this](qint64 id) {
        endRemoveRows();
        m_lastStatus.remove(id);
    });
    connect(&m_runs, &RunStore::added, this, [this](const Run &run) {
        if (run.projectId > 0)
            refreshRunStatuses();
    });
    connect(&m_runs, &RunStore::changed, this, [this](const Run &run) {
        if (run.projectId > 0)
            refreshRunStatuses();
    });
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_projects.projects().size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &project = m_projects.projects().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return project.name;
    case Qt::ToolTipRole:
        return tr("%1\n%2\nSource: %3").arg(project.name, projectTypeLabel(project.type), project.source.displayText());
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3, last run: %4")
            .arg(project.name, projectTypeLabel(project.type), data(index, ServiceCountTextRole).toString(),
                 data(index, LastRunStatusTextRole).toString());
    case IdRole:
        return project.id;
    case TypeLabelRole:
        return projectTypeLabel(project.type);
    case SourceRole:
        return project.source.displayText();
    case ServiceCountRole:
        return static_cast<int>(project.services.size());
    case ServiceCountTextRole:
        return project.services.isEmpty()
                   ? tr("No services yet")
                   : style::counted(tr("%n service(s)", nullptr, static_cast<int>(project.services.size())),
                                    static_cast<int>(project.services.size()));
    case LastRunStatusRole: {
        const auto it = m_lastStatus.constFind(project.id);
        return it == m_lastStatus.cend() ? QVariant() : QVariant(static_cast<int>(*it));
    }
    case LastRunStatusTextRole: {
        const auto it = m_lastStatus.constFind(project.id);
        return it == m_lastStatus.cend() ? tr("No runs yet") : runStatusLabel(*it);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "projectId");
    names.insert(NameRole, "name");
    names.insert(TypeLabelRole, "typeLabel");
    names.insert(SourceRole, "source");
    names.insert(ServiceCountRole, "serviceCount");
    names.insert(ServiceCountTextRole, "serviceCountText");
    names.insert(LastRunStatusRole, "lastRunStatus");
    names.insert(LastRunStatusTextRole, "lastRunStatusText");
    return names;
}

int ProjectListModel::rowOf(qint64 id) const
{
    const QList<Project> &projects = m_projects.projects();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        if (projects.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QModelIndex ProjectListModel::indexOfId(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row);
}

qint64 ProjectListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return 0;
    return m_projects.projects().at(index.row()).id;
}

void ProjectListModel::refreshRunStatuses()
{
    const QHash<qint64, RunStatus> fresh = m_runs.lastStatusByProject();
    if (fresh == m_lastStatus)
        return;
    const QHash<qint64, RunStatus> old = std::exchange(m_lastStatus, fresh);
    const QList<Project> &projects = m_projects.projects();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const qint64 id = projects.at(i).id;
        if (old.value(id, RunStatus::Started) != fresh.value(id, RunStatus::Started) ||
            old.contains(id) != fresh.contains(id)) {
            const QModelIndex changed = index(static_cast<int>(i));
            Q_EMIT dataChanged(changed, changed, {LastRunStatusRole, LastRunStatusTextRole, Qt::AccessibleTextRole});
        }
    }
}

} // namespace hydron::ui
