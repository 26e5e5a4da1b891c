// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deploy/deploystarter.h"
#include "core/runs/stepdefinition.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

// The models behind deploying from the Infrastructure panel: what a plan compiles to, and the
// releases a rollback can return to.
namespace hydron::ui {

// "What will run": the steps a plan compiles to, in order. Each step is a top-level row (its
// label, its id, a one-line summary); its children say what it does: the command it runs, the
// settings it receives (names only: values, secret or not, stay out of views), the files it
// uploads and why it would be skipped. The whole script is ScriptRole of the step's row.
class PlanStepModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Step,
        Name,
        Details,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ScriptRole = Qt::UserRole + 1, // the bash program sent to the server (steps only)
        StepNameRole,                  // the step's id, on the step and its detail rows
    };

    using QAbstractItemModel::QAbstractItemModel;
    void setSteps(const QList<runs::StepDefinition> &steps);
    [[nodiscard]] const QList<runs::StepDefinition> &steps() const { return m_steps; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The detail lines of a step, as its child rows show them.
    [[nodiscard]] static QStringList detailLines(const runs::StepDefinition &step);

private:
    QList<runs::StepDefinition> m_steps;
    QList<QStringList> m_details; // per step
};

// The releases of a project on a server, newest first: id, when it was deployed, and whether it
// serves now, is kept (can be rolled back to) or was cleaned up.
class ReleaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Release,
        Deployed,
        State,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ReleaseIdRole = Qt::UserRole + 1,
        CanRollBackRole, // bool: kept and not current
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setReleases(const QList<deploy::KeptRelease> &releases);
    [[nodiscard]] int rollbackTargets() const; // releases that can be rolled back to

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<deploy::KeptRelease> m_rows;
};

} // namespace hydron::ui
