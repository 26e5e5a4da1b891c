// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/modellistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ModelListModel::ModelListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!row.listed)
            return tr("%1 (not in the server's list)").arg(row.info.id);
        return row.info.displayName.isEmpty() || row.info.displayName == row.info.id
                   ? row.info.id
                   : u"%1 — %2"_s.arg(row.info.displayName, row.info.id);
    case Qt::ToolTipRole:
        if (!row.listed)
            return tr("The model in your settings; the server did not list it (a gateway alias, or the list could "
                      "not be loaded).");
        if (row.info.createdAt.isValid())
            return tr("%1, released %2")
                .arg(row.info.id, QLocale().toString(row.info.createdAt.date(), QLocale::ShortFormat));
        return row.info.id;
    case Qt::EditRole:
    case IdRole:
        return row.info.id;
    case ListedRole:
        return row.listed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "modelId");
    names.insert(ListedRole, "listed");
    return names;
}

void ModelListModel::setModels(const QList<assistant::ModelInfo> &models, const QString &current)
{
    beginResetModel();
    m_rows.clear();
    for (const assistant::ModelInfo &info : models) {
        if (!info.id.isEmpty())
            m_rows.append({info, true});
    }
    if (!current.isEmpty() && rowOf(current) < 0)
        m_rows.prepend({assistant::ModelInfo{current, current, {}}, false});
    endResetModel();
}

void ModelListModel::setCurrentOnly(const QString &current)
{
    setModels({}, current);
}

int ModelListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.id == id)
            return int(i);
    }
    return -1;
}

QString ModelListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info.id : QString();
}

} // namespace hydron::ui
