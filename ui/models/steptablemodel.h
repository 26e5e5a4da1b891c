// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/run.h"

#include <QAbstractTableModel>

namespace hydron {
class RunStore;
} // namespace hydron

namespace hydron::ui {

// The steps of one run, in order (Runs panel). Follows RunStore::changed for that run step by
// step; refresh() reads the run again after another process wrote.
class StepTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Duration,
        ExitCode,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StepTableModel(RunStore &runs, QObject *parent = nullptr);

    void setRunId(qint64 runId);
    [[nodiscard]] qint64 runId() const { return m_runId; }
    void refresh();

    // The steps' names in order (for the log's step filter).
    [[nodiscard]] QStringList stepNames() const;
    // The position of the first failed step, or -1.
    [[nodiscard]] int failedPosition() const;
    [[nodiscard]] const Step *stepAt(int position) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    friend struct RowSync;
    struct Row
    {
        int position = 0;
        Step step;
        friend bool operator==(const Row &, const Row &) = default;
    };
    [[nodiscard]] static QList<Row> rowsOf(const QList<Step> &steps);
    void follow(const Run &run);

    RunStore &m_runs;
    qint64 m_runId = 0;
    QList<Row> m_rows;
};

} // namespace hydron::ui
