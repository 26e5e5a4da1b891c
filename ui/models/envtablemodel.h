// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/service.h"

#include <QAbstractTableModel>

namespace hydron {
class ProjectStore;
struct Project;
} // namespace hydron

namespace hydron::ui {

// The environment variables of all services of one project (Infrastructure panel). Secret
// values never reach this model: core keeps them in the keychain; they show as a mask.
class EnvTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Name,
        Value,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EnvTableModel(ProjectStore &projects, QObject *parent = nullptr);

    void setProjectId(qint64 projectId);
    [[nodiscard]] qint64 projectId() const { return m_projectId; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString secretMask();

private:
    friend struct RowSync;
    struct Row
    {
        QString service;
        EnvVar var;
        friend bool operator==(const Row &, const Row &) = default;
    };
    [[nodiscard]] static QList<Row> rowsOf(const Project &project);
    void follow(const Project &project);

    ProjectStore &m_projects;
    qint64 m_projectId = 0;
    QList<Row> m_rows;
};

} // namespace hydron::ui
