// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/modelinfo.h"

#include <QAbstractListModel>

namespace hydron::ui {

// The Claude models for the Settings dialog's dropdown, as GET /v1/models lists them (newest
// first), plus the model the settings name when the list does not have it (a gateway's alias,
// a list that failed): the user's choice is never silently dropped.
class ModelListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: what goes into a request
        ListedRole,                // bool: false for the kept setting the server did not list
    };

    explicit ModelListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list; `current` (the setting) is kept as an extra row when it is not listed.
    void setModels(const QList<assistant::ModelInfo> &models, const QString &current);
    // Only the setting (before the list arrived, or when it failed).
    void setCurrentOnly(const QString &current);
    [[nodiscard]] int rowOf(const QString &id) const; // -1 when absent
    [[nodiscard]] QString idAt(int row) const;

private:
    struct Row
    {
        assistant::ModelInfo info;
        bool listed = true;
    };
    QList<Row> m_rows;
};

} // namespace hydron::ui
