// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/newprojecttemplatemodel.h"

using namespace Qt::StringLiterals;

namespace hydron::ui {

NewProjectTemplateModel::NewProjectTemplateModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void NewProjectTemplateModel::setTemplates(QList<source::AppTemplate> templates)
{
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

const source::AppTemplate *NewProjectTemplateModel::templateAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

int NewProjectTemplateModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id() == id)
            return static_cast<int>(i);
    }
    return -1;
}

int NewProjectTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_templates.size());
}

QVariant NewProjectTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const source::AppTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return t.name();
    case Qt::ToolTipRole:
    case DescriptionRole:
        return t.description();
    case IdRole:
        return t.id();
    case CategoryRole:
        return t.category();
    case ServicesRole: {
        QStringList names;
        for (const source::TemplateService &s : t.services())
            names << s.name;
        return names.join(u", "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> NewProjectTemplateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DescriptionRole, "description");
    names.insert(CategoryRole, "category");
    names.insert(ServicesRole, "services");
    return names;
}

} // namespace hydron::ui
