// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/run.h"

#include <QAbstractTableModel>

namespace hydron {
class RunStore;
class ServerStore;
} // namespace hydron

namespace hydron::ui {

// The runs of one project, newest first (Runs panel). Runs live in the database, not in memory,
// so the model keeps the newest ones it read and follows RunStore's added/changed signals;
// refresh() reads them again after another process wrote (CoreServices::changedElsewhere).
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Kind,
        Status,
        Server,
        Started,
        Duration,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    RunListModel(RunStore &runs, ServerStore &servers, QObject *parent = nullptr);

    void setProjectId(qint64 projectId);
    // The runs of a project, of a server, or of a project on one server (0: any).
    void setScope(qint64 projectId, qint64 serverId);
    [[nodiscard]] qint64 projectId() const { return m_projectId; }
    [[nodiscard]] qint64 serverId() const { return m_serverId; }
    // The run shown in `row` (for enabling actions by status).
    [[nodiscard]] const Run *runAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] qint64 idAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfId(qint64 id) const;

    // "1 min 5 s", "850 ms"; empty for an invalid span.
    [[nodiscard]] static QString durationText(const QDateTime &from, const QDateTime &to);

    static constexpr int Limit = 200;

private:
    friend struct RowSync;
    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] bool inScope(const Run &run) const;

    RunStore &m_runs;
    ServerStore &m_servers;
    qint64 m_projectId = 0;
    qint64 m_serverId = 0;
    QList<Run> m_rows;
};

} // namespace hydron::ui
