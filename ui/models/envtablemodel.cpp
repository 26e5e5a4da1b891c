// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/envtablemodel.h"

#include "core/store/projectstore.h"
#include "ui/models/rowsync.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace hydron::ui {

EnvTableModel::EnvTableModel(ProjectStore &projects, QObject *parent)
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

QString EnvTableModel::secretMask()
{
    return u"••••••••"_s;
}

QList<EnvTableModel::Row> EnvTableModel::rowsOf(const Project &project)
{
    QList<Row> rows;
    for (const hydron::Service &service : project.services) {
        for (const EnvVar &var : service.env)
            rows.append(Row{service.name, var});
    }
    return rows;
}

void EnvTableModel::setProjectId(qint64 projectId)
{
    beginResetModel();
    m_projectId = projectId;
    const auto project = m_projects.find(projectId);
    m_rows = project ? rowsOf(*project) : QList<Row>();
    endResetModel();
}

void EnvTableModel::follow(const Project &project)
{
    RowSync::apply(*this, m_rows, rowsOf(project),
                   [](const Row &row) -> QString { return row.service + u'\n' + row.var.name; });
}

int EnvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case Service:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.service;
        break;
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.var.name;
        if (role == Qt::FontRole) {
            QFont font;
            font.setFamily(u"monospace"_s);
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        break;
    case Value:
        if (role == Qt::DisplayRole)
            return row.var.secret ? secretMask() : row.var.value;
        if (role == Qt::ToolTipRole)
            return row.var.secret ? tr("Secret: the value is kept in your system keychain and never shown here.")
                                  : QVariant();
        break;
    default:
        break;
    }
    return {};
}

QVariant EnvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case Name:
        return tr("Variable");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace hydron::ui
