// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTableView;

namespace hydron {
class RunStore;
class ServerStore;
} // namespace hydron

namespace hydron::ui {

class EmptyStateWidget;
class RunListModel;
class StepTableModel;

// The project's runs, newest first, and the steps of the selected run with their statuses and
// durations.
class RunsPanel final : public QWidget
{
    Q_OBJECT

public:
    RunsPanel(RunStore &runs, ServerStore &servers, QWidget *parent = nullptr);

    void setProjectId(qint64 projectId);
    void refresh(); // after another process wrote

    [[nodiscard]] RunListModel *runModel() const { return m_runModel; }
    [[nodiscard]] StepTableModel *stepModel() const { return m_stepModel; }
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

private:
    void updateState();
    void showSelectedRun();

    RunListModel *m_runModel = nullptr;
    StepTableModel *m_stepModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_runs = nullptr;
    QTableView *m_steps = nullptr;
    EmptyStateWidget *m_empty = nullptr;
};

} // namespace hydron::ui
