// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/projectcheckmodel.h"

#include "core/store/projectstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ProjectCheckModel::ProjectCheckModel(ProjectStore &projects, const QList<qint64> &checked, QObject *parent)
    : QAbstractListModel(parent)
    , m_projects(projects)
    , m_checked(checked.cbegin(), checked.cend())
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
        if (m_checked.remove(id))
            Q_EMIT checkedChanged();
    });
}

int ProjectCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_projects.projects().size());
}

QVariant ProjectCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &project = m_projects.projects().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return project.name;
    case Qt::CheckStateRole:
        return m_checked.contains(project.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return project.source.displayText();
    case IdRole:
        return project.id;
    default:
        return {};
    }
}

bool ProjectCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_projects.projects().at(index.row()).id;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ProjectCheckModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QList<qint64> ProjectCheckModel::checkedIds() const
{
    QList<qint64> ids;
    for (const auto &project : m_projects.projects()) {
        if (m_checked.contains(project.id))
            ids.append(project.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ProjectCheckModel::setChecked(qint64 projectId, bool checked)
{
    const int row = rowOf(projectId);
    if (row >= 0)
        setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int ProjectCheckModel::rowOf(qint64 id) const
{
    const auto &projects = m_projects.projects();
    for (qsizetype i = 0; i < projects.size(); ++i) {
        if (projects.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace hydron::ui
