// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/steptablemodel.h"

#include "core/store/runstore.h"
#include "ui/models/rowsync.h"
#include "ui/models/runlistmodel.h"
#include "ui/style.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace hydron::ui {

StepTableModel::StepTableModel(RunStore &runs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runs(runs)
{
    connect(&m_runs, &RunStore::changed, this, [this](const Run &run) {
        if (run.id == m_runId)
            follow(run);
    });
}

QList<StepTableModel::Row> StepTableModel::rowsOf(const QList<Step> &steps)
{
    QList<Row> rows;
    rows.reserve(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i)
        rows.append(Row{static_cast<int>(i), steps.at(i)});
    return rows;
}

void StepTableModel::setRunId(qint64 runId)
{
    beginResetModel();
    m_runId = runId;
    const auto run = runId > 0 ? m_runs.find(runId) : std::nullopt;
    m_rows = run ? rowsOf(run->steps) : QList<Row>();
    endResetModel();
}

void StepTableModel::refresh()
{
    if (m_runId <= 0)
        return;
    follow(m_runs.find(m_runId).value_or(Run{}));
}

void StepTableModel::follow(const Run &run)
{
    RowSync::apply(*this, m_rows, rowsOf(run.steps), [](const Row &row) { return row.position; });
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QStringList StepTableModel::stepNames() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names << row.step.name;
    return names;
}

int StepTableModel::failedPosition() const
{
    for (const Row &row : m_rows) {
        if (row.step.status == StepStatus::Failed)
            return row.position;
    }
    return -1;
}

const Step *StepTableModel::stepAt(int position) const
{
    for (const Row &row : m_rows) {
        if (row.position == position)
            return &row.step;
    }
    return nullptr;
}

int StepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Step &step = row.step;
    // A failed step stands out in every column.
    if (step.status == StepStatus::Failed && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (role == Qt::BackgroundRole)
            return dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xe2, 0xe1);
        return dark ? QColor(0xff, 0xd0, 0xcc) : QColor(0x8a, 0x12, 0x12);
    }
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return tr("%1. %2").arg(row.position + 1).arg(step.name);
        if (role == Qt::EditRole)
            return step.name;
        break;
    case Status:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return stepStatusLabel(step.status);
        if (role == Qt::DecorationRole)
            return style::dot(style::stepStatusColor(step.status, QGuiApplication::palette()));
        break;
    case Duration:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (!step.startedAt.isValid())
                return QString();
            if (!step.finishedAt.isValid())
                return step.status == StepStatus::Started || step.status == StepStatus::InProgress ? tr("Running")
                                                                                                   : QString();
            return RunListModel::durationText(step.startedAt, step.finishedAt);
        }
        break;
    case ExitCode:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return step.exitCode ? QVariant(*step.exitCode) : QVariant(QString());
        break;
    default:
        break;
    }
    return {};
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ExitCode)
        return tr("The exit code of the step's script");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Step");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case ExitCode:
        return tr("Exit");
    default:
        return {};
    }
}

} // namespace hydron::ui
