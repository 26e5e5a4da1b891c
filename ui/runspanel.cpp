// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runspanel.h"

#include "ui/emptystatewidget.h"
#include "ui/models/runlistmodel.h"
#include "ui/models/steptablemodel.h"
#include "ui/style.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    style::fitColumnsToContents(table, 8);
    return table;
}

} // namespace

RunsPanel::RunsPanel(RunStore &runs, ServerStore &servers, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runsPanel"_s);
    m_runModel = new RunListModel(runs, servers, this);
    m_stepModel = new StepTableModel(runs, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("Runs"), this);
    style::setFontScale(title, 1.1, QFont::DemiBold);
    layout->addWidget(title);

    m_stack = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"runsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_runs = makeTable(m_runModel, u"runTable"_s, m_splitter);
    m_runs->setAccessibleName(tr("Runs"));
    m_steps = makeTable(m_stepModel, u"stepTable"_s, m_splitter);
    m_steps->setAccessibleName(tr("Steps of the selected run"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);

    m_splitter->addWidget(m_runs);
    m_splitter->addWidget(m_steps);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({450, 400});
    m_stack->addWidget(m_splitter);

    m_empty = new EmptyStateWidget(u"runs"_s, this);
    m_empty->setObjectName(u"runsEmptyState"_s);
    m_empty->setTitle(tr("No runs yet"));
    m_empty->setText(tr("Every provisioning, build and deploy of this project becomes a run: its steps, their "
                        "statuses and logs appear here. Deploying arrives in a later version of Hydron."));
    m_stack->addWidget(m_empty);
    layout->addWidget(style::panel(m_stack, u"runsFrame"_s, this), 1);

    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPanel::showSelectedRun);
    connect(m_runModel, &QAbstractItemModel::rowsInserted, this, &RunsPanel::updateState);
    connect(m_runModel, &QAbstractItemModel::rowsRemoved, this, &RunsPanel::updateState);
    connect(m_runModel, &QAbstractItemModel::modelReset, this, &RunsPanel::updateState);
    updateState();
}

void RunsPanel::setProjectId(qint64 projectId)
{
    m_stepModel->setRunId(0);
    m_runModel->setProjectId(projectId);
    if (m_runModel->rowCount() > 0)
        m_runs->setCurrentIndex(m_runModel->index(0, 0));
    updateState();
}

void RunsPanel::refresh()
{
    m_runModel->refresh();
    m_stepModel->refresh();
    if (m_stepModel->runId() <= 0 && m_runModel->rowCount() > 0)
        m_runs->setCurrentIndex(m_runModel->index(0, 0));
}

void RunsPanel::showSelectedRun()
{
    const qint64 id = m_runModel->idAt(m_runs->currentIndex());
    if (id != m_stepModel->runId())
        m_stepModel->setRunId(id);
}

void RunsPanel::updateState()
{
    m_stack->setCurrentIndex(m_runModel->rowCount() > 0 ? 0 : 1);
    if (m_runModel->rowCount() > 0 && !m_runs->currentIndex().isValid())
        m_runs->setCurrentIndex(m_runModel->index(0, 0));
    if (m_runModel->rowCount() == 0 && m_stepModel->runId() > 0)
        m_stepModel->setRunId(0);
}

} // namespace hydron::ui
