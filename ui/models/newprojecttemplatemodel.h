// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source/apptemplate.h"

#include <QAbstractListModel>

namespace hydron::ui {

// The template gallery of the New Project wizard: one row per AppTemplate, in the catalog's
// order.
class NewProjectTemplateModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DescriptionRole,
        CategoryRole,
        ServicesRole, // "ghost, db": the services it brings
    };

    explicit NewProjectTemplateModel(QObject *parent = nullptr);

    void setTemplates(QList<source::AppTemplate> templates);
    [[nodiscard]] const source::AppTemplate *templateAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<source::AppTemplate> m_templates;
};

} // namespace hydron::ui
