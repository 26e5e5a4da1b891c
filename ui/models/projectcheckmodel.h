// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QSet>

namespace hydron {
class ProjectStore;
} // namespace hydron

namespace hydron::ui {

// Every project with a check box (Link to projects dialog). Reads the store's list in place,
// follows its signals row by row, and remembers which projects are checked.
class ProjectCheckModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    ProjectCheckModel(ProjectStore &projects, const QList<qint64> &checked, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The checked projects that still exist, sorted.
    [[nodiscard]] QList<qint64> checkedIds() const;
    void setChecked(qint64 projectId, bool checked);

Q_SIGNALS:
    void checkedChanged();

private:
    [[nodiscard]] int rowOf(qint64 id) const;

    ProjectStore &m_projects;
    QSet<qint64> m_checked;
};

} // namespace hydron::ui
