// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deploybar.h"

#include "core/coreservices.h"
#include "core/runs/runengine.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "ui/messagebox.h"
#include "ui/models/deploymodels.h"
#include "ui/style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

// ---- RollbackDialog ----

RollbackDialog::RollbackDialog(const QString &projectName, const QString &serverName,
                               const QList<deploy::KeptRelease> &releases, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"rollbackDialog"_s);
    setWindowTitle(tr("Roll Back %1").arg(projectName));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Choose the release of %1 to return to on %2. Its containers start again, are "
                               "health-checked, and the proxy switches to them; the current release stops serving.")
                                .arg(projectName, serverName),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_model = new ReleaseListModel(this);
    m_model->setReleases(releases);
    m_table = new QTableView(this);
    m_table->setObjectName(u"rollbackReleasesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"rollbackDialogButtons"_s);
    m_ok = buttons->addButton(tr("Roll Back…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"rollbackDialogConfirmButton"_s);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_ok->setEnabled(!selectedRelease().isEmpty()); });
    // Preselect the newest release that can be returned to.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ReleaseListModel::CanRollBackRole).toBool()) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    resize(520, 320);
}

QString RollbackDialog::selectedRelease() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !current.data(ReleaseListModel::CanRollBackRole).toBool())
        return {};
    return current.data(ReleaseListModel::ReleaseIdRole).toString();
}

// ---- DeployBar ----

DeployBar::DeployBar(CoreServices &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(u"deployBar"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    auto *serverLabel = new QLabel(tr("Server"), this);
    row->addWidget(serverLabel);
    m_server = new QComboBox(this);
    m_server->setObjectName(u"deployServerCombo"_s);
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_server->setMinimumContentsLength(14);
    serverLabel->setBuddy(m_server);
    row->addWidget(m_server);
    row->addSpacing(8);
    m_deploy = new QPushButton(tr("Deploy"), this);
    m_deploy->setObjectName(u"deployButton"_s);
    m_redeploy = new QPushButton(tr("Redeploy"), this);
    m_redeploy->setObjectName(u"redeployButton"_s);
    m_rollback = new QPushButton(tr("Rollback…"), this);
    m_rollback->setObjectName(u"rollbackButton"_s);
    row->addWidget(m_deploy);
    row->addWidget(m_redeploy);
    row->addWidget(m_rollback);
    row->addStretch();
    layout->addLayout(row);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    m_status = new style::SecondaryLabel(QString(), this);
    m_status->setObjectName(u"deployStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_status, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"deployCancelButton"_s);
    m_cancel->hide();
    statusRow->addWidget(m_cancel, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    m_error = new style::InlineErrorLabel(this);
    m_error->setObjectName(u"deployErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    connect(m_deploy, &QPushButton::clicked, this, &DeployBar::deploy);
    connect(m_redeploy, &QPushButton::clicked, this, &DeployBar::redeploy);
    connect(m_rollback, &QPushButton::clicked, this, &DeployBar::rollback);
    connect(m_cancel, &QPushButton::clicked, this, &DeployBar::cancel);
    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        m_error->showError({});
        say({});
    });

    auto projectChanged = [this](const auto &thing) {
        if (thing.projectId == m_projectId)
            updateState();
    };
    connect(&core.runs(), &RunStore::added, this, projectChanged);
    connect(&core.runs(), &RunStore::changed, this, [this](const Run &run) {
        if (run.projectId != m_projectId && run.serverId != selectedServerId())
            return;
        if (run.projectId == m_projectId && isFinished(run.status) && !isBusy())
            m_message.clear(); // "started as run #N" gives way to how it ended
        updateState();
    });
    connect(&core.plans(), &PlanStore::added, this, projectChanged);
    connect(&core.plans(), &PlanStore::changed, this, projectChanged);
    connect(&core.projects(), &ProjectStore::changed, this, [this](const Project &project) {
        if (project.id == m_projectId)
            updateState();
    });
    connect(&core.servers(), &ServerStore::added, this, &DeployBar::reloadServers);
    connect(&core.servers(), &ServerStore::changed, this, &DeployBar::reloadServers);
    connect(&core.servers(), &ServerStore::removed, this, &DeployBar::reloadServers);
    reloadServers();
}

void DeployBar::setProjectId(qint64 projectId)
{
    if (projectId != m_projectId)
        cancel();
    if (projectId != m_projectId) {
        // Another project: start from its own first server, not the one chosen for the last.
        const QSignalBlocker blocker(m_server);
        m_server->setCurrentIndex(-1);
    }
    m_projectId = projectId;
    m_error->showError({});
    say({});
    reloadServers();
}

void DeployBar::refresh()
{
    reloadServers();
}

qint64 DeployBar::selectedServerId() const
{
    return m_server->currentData().toLongLong();
}

void DeployBar::selectServer(qint64 serverId)
{
    const int index = m_server->findData(serverId);
    if (index >= 0)
        m_server->setCurrentIndex(index);
}

void DeployBar::reloadServers()
{
    const qint64 previous = selectedServerId();
    QList<Server> linked;
    QList<Server> others;
    for (const Server &s : m_core.servers().servers())
        (s.projectIds.contains(m_projectId) ? linked : others) << s;
    const auto byName = [](const Server &a, const Server &b) {
        if (a.isLocal() != b.isLocal())
            return !a.isLocal(); // "This computer" after the real servers of its group
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    };
    std::sort(linked.begin(), linked.end(), byName);
    std::sort(others.begin(), others.end(), byName);
    {
        const QSignalBlocker blocker(m_server);
        m_server->clear();
        const auto add = [this](const Server &s, bool isLinked) {
            const QString name = s.isLocal() ? tr("This computer") : s.name;
            m_server->addItem(isLinked ? name : tr("%1 (not linked yet)").arg(name), s.id);
            m_server->setItemData(m_server->count() - 1,
                                  s.isLocal() ? tr("Deploy on this computer's own Docker engine")
                                              : tr("%1@%2:%3").arg(s.user, s.host).arg(s.port),
                                  Qt::ToolTipRole);
        };
        for (const Server &s : std::as_const(linked))
            add(s, true);
        if (!linked.isEmpty() && !others.isEmpty())
            m_server->insertSeparator(m_server->count());
        for (const Server &s : std::as_const(others))
            add(s, false);
        int index = m_server->findData(previous);
        if (index < 0)
            index = m_server->count() > 0 ? 0 : -1;
        m_server->setCurrentIndex(index);
    }
    m_server->setEnabled(m_server->count() > 0);
    m_server->setPlaceholderText(tr("No servers"));
    updateState();
}

void DeployBar::say(const QString &message)
{
    m_message = message;
    updateState();
}

bool DeployBar::deployedBefore(qint64 serverId) const
{
    for (const Run &r : m_core.runs().runs(m_projectId, serverId, 200)) {
        if (r.status == RunStatus::Completed &&
            (r.kind == Run::Kind::Deploy || r.kind == Run::Kind::Redeploy || r.kind == Run::Kind::Rollback))
            return true;
    }
    return false;
}

void DeployBar::updateState()
{
    const bool busy = isBusy();
    m_cancel->setVisible(busy);
    m_server->setEnabled(!busy && m_server->count() > 0);
    const qint64 serverId = selectedServerId();
    const auto server = m_core.servers().find(serverId);
    const QString serverName = !server ? QString() : server->isLocal() ? tr("this computer") : server->name;
    QString deployWhy;
    QString redeployWhy;
    QString rollbackWhy;
    if (busy) {
        deployWhy = redeployWhy = rollbackWhy = tr("A deploy of this project is being prepared.");
    } else if (m_projectId <= 0) {
        deployWhy = redeployWhy = rollbackWhy = tr("Open a project first.");
    } else if (!server) {
        deployWhy = redeployWhy = rollbackWhy = tr("Add a server in the Server Inventory first.");
    } else {
        if (auto blocked = deploy::deployBlocker(m_core, {Run::Kind::Deploy, m_projectId, serverId, {}}))
            deployWhy = redeployWhy = blocked->message;
        if (auto blocked = deploy::deployBlocker(m_core, {Run::Kind::Rollback, m_projectId, serverId, {}}))
            rollbackWhy = blocked->message;
        if (!deployedBefore(serverId)) {
            const QString never =
                tr("Nothing of this project was deployed to %1 yet: deploy it first.").arg(serverName);
            if (redeployWhy.isEmpty())
                redeployWhy = never;
            if (rollbackWhy.isEmpty())
                rollbackWhy = never;
        }
    }
    if (!m_message.isEmpty() || !server || m_projectId <= 0) {
        m_status->setText(m_message);
    } else {
        const QList<Run> runs = m_core.runs().runs(m_projectId, serverId, 1);
        m_status->setText(
            runs.isEmpty()
                ? tr("Not deployed to %1 yet.").arg(serverName)
                : tr("Last on %1: %2 %3 (run #%4, %5).")
                      .arg(serverName, Run::kindLabel(runs.first().kind), runStatusLabel(runs.first().status).toLower())
                      .arg(runs.first().id)
                      .arg(QLocale().toString(runs.first().createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_deploy->setEnabled(deployWhy.isEmpty());
    m_deploy->setToolTip(
        deployWhy.isEmpty()
            ? tr("Build and start the approved plan on %1, health-checked, without downtime.").arg(serverName)
            : deployWhy);
    m_redeploy->setEnabled(redeployWhy.isEmpty());
    m_redeploy->setToolTip(redeployWhy.isEmpty()
                               ? tr("Deploy the approved plan to %1 again: only services whose inputs changed are "
                                    "rebuilt and restarted.")
                                     .arg(serverName)
                               : redeployWhy);
    m_rollback->setEnabled(rollbackWhy.isEmpty());
    m_rollback->setToolTip(rollbackWhy.isEmpty() ? tr("Return %1 to a release kept there.").arg(serverName)
                                                 : rollbackWhy);
}

void DeployBar::start(Run::Kind kind, const QString &rollbackTarget)
{
    if (isBusy() || m_projectId <= 0)
        return;
    m_error->showError({});
    m_starter = new deploy::DeployStarter(m_core, {kind, m_projectId, selectedServerId(), rollbackTarget}, this);
    connect(m_starter, &deploy::DeployStarter::progress, this, [this](const QString &text) { say(text); });
    connect(m_starter, &deploy::DeployStarter::finished, this, &DeployBar::startFinished);
    say(tr("Preparing…"));
    updateState();
}

void DeployBar::startFinished(const Result<Run> &result)
{
    if (m_starter)
        m_starter->deleteLater();
    m_starter = nullptr;
    if (!result) {
        say({});
        if (result.error().code != Error::Code::Cancelled)
            m_error->showError(result.error().message);
        else
            say(result.error().message);
        m_error->setToolTip(result.error().detail);
        updateState();
        return;
    }
    // A server deployed to belongs to the project from now on.
    if (auto server = m_core.servers().find(result->serverId); server && !server->projectIds.contains(m_projectId)) {
        QList<qint64> ids = server->projectIds;
        ids << m_projectId;
        (void)m_core.servers().setLinkedProjects(server->id, ids);
    }
    say(tr("%1 started as run #%2: follow it in the Runs panel.").arg(Run::kindLabel(result->kind)).arg(result->id));
    updateState();
    Q_EMIT runStarted(result->id);
}

void DeployBar::cancel()
{
    if (m_starter)
        m_starter->cancel(); // ends in finished(Cancelled)
    if (m_listing) {
        delete m_listGuard;
        m_listing = false;
        say(tr("Cancelled."));
        updateState();
    }
}

void DeployBar::rollback()
{
    if (isBusy() || m_projectId <= 0)
        return;
    const auto project = m_core.projects().find(m_projectId);
    const auto server = m_core.servers().find(selectedServerId());
    if (!project || !server)
        return;
    m_error->showError({});
    m_listing = true;
    m_listGuard = new QObject(this);
    say(tr("Reading the releases kept on %1…").arg(server->isLocal() ? tr("this computer") : server->name));
    updateState();
    deploy::listReleases(m_core, *project, *server, m_listGuard,
                         [this, guard = m_listGuard](Result<QList<deploy::KeptRelease>> releases) {
                             guard->deleteLater();
                             m_listing = false;
                             say({});
                             updateState();
                             if (!releases) {
                                 m_error->showError(releases.error().message);
                                 m_error->setToolTip(releases.error().detail);
                                 return;
                             }
                             chooseRelease(*releases);
                         });
}

void DeployBar::chooseRelease(const QList<deploy::KeptRelease> &releases)
{
    const auto project = m_core.projects().find(m_projectId);
    const auto server = m_core.servers().find(selectedServerId());
    if (!project || !server)
        return;
    const QString serverName = server->isLocal() ? tr("this computer") : server->name;
    int targets = 0;
    for (const deploy::KeptRelease &r : releases)
        targets += r.kept && !r.current ? 1 : 0;
    if (targets == 0) {
        m_error->showError(releases.isEmpty()
                               ? tr("There are no releases of %1 on %2 yet, so there is nothing to roll back to.")
                                     .arg(project->name, serverName)
                               : tr("%1 has no earlier release kept on %2 to roll back to: only the one serving now.")
                                     .arg(project->name, serverName));
        return;
    }
    auto *dialog = new RollbackDialog(project->name, serverName, releases, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = project->name, serverName] {
        const QString release = dialog->selectedRelease();
        if (release.isEmpty())
            return;
        MessageBox::confirm(this, tr("Roll Back"),
                            tr("Roll %1 back to release %2 on %3? The release serving now stops once %2 is healthy.")
                                .arg(name, release, serverName),
                            tr("Roll Back"), [this, release](bool confirmed) {
                                if (confirmed)
                                    start(Run::Kind::Rollback, release);
                            });
    });
    dialog->open();
}

} // namespace hydron::ui
