// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runspanel.h"

#include "core/coreservices.h"
#include "core/runs/runengine.h"
#include "core/store/runstore.h"
#include "ui/emptystatewidget.h"
#include "ui/models/runlistmodel.h"
#include "ui/models/runlogmodel.h"
#include "ui/models/steptablemodel.h"
#include "ui/runlogview.h"
#include "ui/style.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

// Lines read per chunk: the GUI thread appends one chunk per event-loop turn, so a
// million-line log loads without a visible stall.
constexpr int kChunkLines = 20000;

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

bool isLive(RunStatus status)
{
    return status == RunStatus::Started || status == RunStatus::InProgress || status == RunStatus::Paused;
}

} // namespace

RunsPanel::RunsPanel(CoreServices &core, runs::RunEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_engine(engine)
{
    setObjectName(u"runsPanel"_s);
    m_runModel = new RunListModel(core.runs(), core.servers(), this);
    m_stepModel = new StepTableModel(core.runs(), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *title = new QLabel(tr("Runs"), this);
    style::setFontScale(title, 1.1, QFont::DemiBold);
    m_message = new QLabel(this);
    m_message->setObjectName(u"runsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(u"pauseRun"_s);
    m_pause->setToolTip(tr("Pause after the running step; the server stays reserved for this run"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(u"resumeRun"_s);
    m_resume->setToolTip(tr("Continue from the first step that has not completed"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(u"stopRun"_s);
    m_stop->setToolTip(tr("Stop the running command on the server and end the run"));
    header->addWidget(title);
    header->addWidget(m_message, 1);
    header->addWidget(m_pause);
    header->addWidget(m_resume);
    header->addWidget(m_stop);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"runsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_runs = makeTable(m_runModel, u"runTable"_s, m_splitter);
    m_runs->setAccessibleName(tr("Runs"));

    auto *steps = new QWidget(m_splitter);
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->setSpacing(4);
    m_steps = makeTable(m_stepModel, u"stepTable"_s, steps);
    m_steps->setAccessibleName(tr("Steps of the selected run"));
    m_steps->setToolTip(tr("Click a step to show only its log lines"));
    m_failure = new QLabel(steps);
    m_failure->setObjectName(u"stepFailure"_s);
    m_failure->setWordWrap(true);
    m_failure->setTextFormat(Qt::RichText);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setContentsMargins(8, 6, 8, 6);
    m_failure->setAutoFillBackground(true);
    m_failure->hide();
    stepsLayout->addWidget(m_steps, 1);
    stepsLayout->addWidget(m_failure);

    m_log = new RunLogView(this);
    m_log->setObjectName(u"runLog"_s);
    m_detailSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_detailSplitter->setChildrenCollapsible(false);
    m_detailSplitter->addWidget(steps);
    m_detailSplitter->addWidget(m_log);
    m_detailSplitter->setStretchFactor(0, 1);
    m_detailSplitter->setStretchFactor(1, 2);

    m_splitter->addWidget(m_runs);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({380, 560});
    m_stack->addWidget(m_splitter);

    m_empty = new EmptyStateWidget(u"runs"_s, this);
    m_empty->setObjectName(u"runsEmptyState"_s);
    m_empty->setTitle(tr("No runs yet"));
    m_empty->setText(tr("Every provisioning, build and deploy becomes a run: its steps, their statuses and "
                        "live logs appear here, and you can pause, resume or stop it."));
    m_stack->addWidget(m_empty);
    layout->addWidget(style::panel(m_stack, u"runsFrame"_s, this), 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, &RunsPanel::loadLog);

    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPanel::showSelectedRun);
    connect(m_runModel, &QAbstractItemModel::rowsInserted, this, &RunsPanel::updateState);
    connect(m_runModel, &QAbstractItemModel::rowsRemoved, this, &RunsPanel::updateState);
    connect(m_runModel, &QAbstractItemModel::modelReset, this, &RunsPanel::updateState);
    connect(m_runModel, &QAbstractItemModel::dataChanged, this, &RunsPanel::updateActions);
    auto stepsChanged = [this] {
        m_log->setSteps(m_stepModel->stepNames());
        updateFailure();
    };
    connect(m_stepModel, &QAbstractItemModel::modelReset, this, stepsChanged);
    connect(m_stepModel, &QAbstractItemModel::rowsInserted, this, stepsChanged);
    connect(m_stepModel, &QAbstractItemModel::dataChanged, this, stepsChanged);
    connect(m_steps, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // Clicking the step already shown goes back to every step.
        const int position = index.row();
        m_log->showStep(m_log->model()->stepFilter() == position ? RunLogModel::AllSteps : position);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { act(&runs::RunEngine::pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedRunId();
        if (id <= 0)
            return;
        auto result = m_engine.resume(id);
        m_message->setText(result ? QString() : result.error().message);
        updateActions();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] { act(&runs::RunEngine::stop); });
    connect(&m_engine, &runs::RunEngine::logAppended, this, &RunsPanel::engineLines);
    connect(&m_engine, &runs::RunEngine::runStatusChanged, this,
            [this](qint64 runId, RunStatus, const QString &message) {
                if (runId == selectedRunId())
                    m_message->setText(message);
                updateActions();
            });
    connect(&m_engine, &runs::RunEngine::runFinished, this, [this](qint64 runId, RunStatus, const QString &message) {
        if (runId != selectedRunId())
            return;
        m_message->setText(message);
        loadLog(); // the last lines, flushed as the run ended
        updateActions();
    });
    updateState();
}

RunsPanel::~RunsPanel()
{
    ++m_logGeneration; // replies still on their way find nothing to update
}

void RunsPanel::setProjectId(qint64 projectId)
{
    m_stepModel->setRunId(0);
    m_runModel->setScope(projectId, 0);
    if (m_runModel->rowCount() > 0)
        m_runs->setCurrentIndex(m_runModel->index(0, 0));
    updateState();
}

void RunsPanel::setServerId(qint64 serverId)
{
    m_stepModel->setRunId(0);
    m_runModel->setScope(0, serverId);
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
    updateActions();
}

void RunsPanel::selectRun(qint64 runId)
{
    const QModelIndex index = m_runModel->indexOfId(runId);
    if (index.isValid())
        m_runs->setCurrentIndex(index);
}

qint64 RunsPanel::selectedRunId() const
{
    return m_runModel->idAt(m_runs->currentIndex());
}

void RunsPanel::showSelectedRun()
{
    const qint64 id = selectedRunId();
    if (id != m_stepModel->runId())
        m_stepModel->setRunId(id);
    if (id != m_logRunId) {
        ++m_logGeneration;
        m_logRunId = id;
        m_logOffset = 0;
        m_logLoading = false;
        m_logDirty = false;
        m_catchUp = false;
        m_backlog.clear();
        m_log->model()->clear();
        m_log->setSteps(m_stepModel->stepNames());
        m_log->showStep(RunLogModel::AllSteps);
        m_log->setFollowing(true);
        m_message->clear();
        if (id > 0)
            loadLog();
    }
    updateActions();
    updateFailure();
}

void RunsPanel::updateState()
{
    m_stack->setCurrentIndex(m_runModel->rowCount() > 0 ? 0 : 1);
    if (m_runModel->rowCount() > 0 && !m_runs->currentIndex().isValid())
        m_runs->setCurrentIndex(m_runModel->index(0, 0));
    if (m_runModel->rowCount() == 0 && m_stepModel->runId() > 0)
        m_stepModel->setRunId(0);
    updateActions();
}

void RunsPanel::updateActions()
{
    const Run *run = m_runModel->runAt(m_runs->currentIndex().row());
    const RunStatus status = run ? run->status : RunStatus::Completed;
    const bool active = run && m_engine.isActive(run->id);
    m_pause->setEnabled(run && active && (status == RunStatus::Started || status == RunStatus::InProgress));
    m_resume->setEnabled(run && (status == RunStatus::Paused || status == RunStatus::Interrupted ||
                                 status == RunStatus::Failed || status == RunStatus::Stopped));
    m_stop->setEnabled(run && (isLive(status) || status == RunStatus::Interrupted));
    // A run that another process drives (or that died) is followed through its file.
    const bool pollFile = run && isLive(status) && !active;
    if (pollFile && !m_poll->isActive())
        m_poll->start();
    else if (!pollFile)
        m_poll->stop();
}

void RunsPanel::updateFailure()
{
    const int position = m_stepModel->failedPosition();
    const Step *step = position >= 0 ? m_stepModel->stepAt(position) : nullptr;
    if (!step) {
        m_failure->hide();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QPalette p = m_failure->palette();
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xfd, 0xec, 0xea));
    m_failure->setPalette(p);
    QString text = u"<b>"_s + tr("Step %1 failed").arg(step->name.toHtmlEscaped()) + u"</b>"_s;
    if (step->exitCode)
        text += u" "_s + tr("(exit code %1)").arg(*step->exitCode);
    const QStringList last = m_log->model()->lastLines(position, 6);
    if (!last.isEmpty()) {
        text += u"<pre style=\"margin-top:4px; font-family:'%1'\">"_s.arg(
                    QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped()) +
                last.join(u'\n').toHtmlEscaped() + u"</pre>"_s;
    }
    m_failure->setText(text);
    m_failure->show();
}

void RunsPanel::act(Result<void> (runs::RunEngine::*action)(qint64))
{
    const qint64 id = selectedRunId();
    if (id <= 0)
        return;
    auto result = (m_engine.*action)(id);
    m_message->setText(result ? QString() : result.error().message);
    updateActions();
}

void RunsPanel::loadLog()
{
    if (m_logRunId <= 0)
        return;
    if (m_logLoading) {
        m_logDirty = true;
        return;
    }
    m_logLoading = true;
    m_logDirty = false;
    const qint64 runId = m_logRunId;
    const qint64 from = m_logOffset;
    const quint64 generation = m_logGeneration;
    const RunLog *log = &m_core.runLog();
    // RunLog::read only reads a file: safe on a pool thread while the engine appends.
    auto promise = std::make_shared<QPromise<Result<LogChunk>>>();
    promise->start();
    promise->future().then(this, [this, runId, from, generation](const Result<LogChunk> &chunk) {
        if (generation != m_logGeneration)
            return;
        logChunkRead(runId, chunk, from);
    });
    QThreadPool::globalInstance()->start([promise, log, runId, from] {
        promise->addResult(log->read(runId, from, kChunkLines));
        promise->finish();
    });
}

void RunsPanel::logChunkRead(qint64 runId, const Result<LogChunk> &chunk, qint64 fromOffset)
{
    m_logLoading = false;
    if (runId != m_logRunId || fromOffset != m_logOffset)
        return;
    if (!chunk) {
        m_message->setText(chunk.error().message);
        return;
    }
    enqueue(chunk->lines);
    m_logOffset = chunk->nextOffset;
    // A full chunk means there is more: read on at the next turn of the event loop, or once the
    // view has taken in what it holds.
    if (chunk->lines.size() >= kChunkLines || m_logDirty) {
        if (m_backlog.size() >= m_maxBacklog)
            m_catchUp = true;
        else
            QTimer::singleShot(0, this, &RunsPanel::loadLog);
    }
}

void RunsPanel::engineLines(qint64 runId, const QList<LogLine> &lines, qint64 start, qint64 end)
{
    if (runId != m_logRunId || end <= m_logOffset)
        return; // another run, or lines the view already has
    if (m_catchUp || m_backlog.size() >= m_maxBacklog) {
        m_catchUp = true; // the file has them
        return;
    }
    if (m_logLoading || start != m_logOffset) {
        loadLog(); // catch up from the file
        return;
    }
    m_logOffset = end;
    enqueue(lines);
}

void RunsPanel::enqueue(const QList<LogLine> &lines)
{
    // A fast step can deliver a big batch: add it in slices, one per turn of the event loop,
    // so painting and input never wait long. Lines keep their order whichever path brought them.
    const bool idle = m_backlog.isEmpty();
    m_backlog.append(lines);
    if (idle)
        drainBacklog();
}

void RunsPanel::drainBacklog()
{
    if (m_backlog.isEmpty())
        return;
    const qsizetype n = std::min<qsizetype>(m_backlog.size(), kChunkLines / 4);
    m_log->model()->append(m_backlog.first(n));
    m_backlog.remove(0, n);
    if (!m_backlog.isEmpty()) {
        QTimer::singleShot(0, this, &RunsPanel::drainBacklog);
        return;
    }
    if (m_catchUp) {
        m_catchUp = false;
        loadLog();
    }
    updateFailure();
}

} // namespace hydron::ui
