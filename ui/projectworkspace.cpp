// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projectworkspace.h"

#include "core/coreservices.h"
#include "core/store/projectstore.h"
#include "core/store/serverstore.h"
#include "ui/chatpane.h"
#include "ui/icons.h"
#include "ui/infrastructurepanel.h"
#include "ui/projectdialog.h"
#include "ui/runspanel.h"
#include "ui/style.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ProjectWorkspace::ProjectWorkspace(CoreServices &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(u"projectWorkspace"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(12);

    // Breadcrumb and header.
    auto *crumbs = new QHBoxLayout;
    crumbs->setSpacing(2);
    auto *back = new QToolButton(this);
    back->setObjectName(u"backToDashboardButton"_s);
    back->setIcon(icons::themed(u"back"_s));
    back->setText(tr("Projects"));
    back->setToolTip(tr("Back to all projects (Alt+Left)"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    crumbs->addWidget(back);
    auto *separator = new style::SecondaryLabel(u"/"_s, this);
    crumbs->addWidget(separator);
    crumbs->addSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(u"workspaceTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    style::setFontScale(m_title, 1.5, QFont::DemiBold);
    crumbs->addWidget(m_title);
    crumbs->addStretch();
    auto *edit = new QPushButton(icons::themed(u"edit"_s), tr("Edit Project…"), this);
    edit->setObjectName(u"workspaceEditProjectButton"_s);
    edit->setToolTip(tr("Rename the project or change its type or source"));
    crumbs->addWidget(edit);
    layout->addLayout(crumbs);

    auto *details = new QVBoxLayout;
    details->setContentsMargins(8, 0, 0, 0);
    details->setSpacing(2);
    m_subtitle = new style::SecondaryLabel(this);
    m_subtitle->setObjectName(u"workspaceSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_subtitle);
    m_servers = new style::SecondaryLabel(this);
    m_servers->setObjectName(u"workspaceServersLabel"_s);
    m_servers->setTextFormat(Qt::PlainText);
    details->addWidget(m_servers);
    layout->addLayout(details);

    // Chat on the left; Infrastructure above Runs on the right.
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"workspaceSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setHandleWidth(12);
    m_chat = new ChatPane(core, m_mainSplitter);
    m_chat->setMinimumWidth(240);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(u"workspaceRightSplitter"_s);
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setHandleWidth(12);
    m_infrastructure = new InfrastructurePanel(core, m_rightSplitter);
    m_infrastructure->setMinimumHeight(200);
    m_runs = new RunsPanel(core, core.runEngine(), m_rightSplitter);
    m_runs->setMinimumHeight(160);
    m_rightSplitter->addWidget(m_infrastructure);
    m_rightSplitter->addWidget(m_runs);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_chat);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setSizes({360, 900});
    m_rightSplitter->setSizes({420, 280});
    layout->addWidget(m_mainSplitter, 1);

    // A deploy started in the Infrastructure panel shows in the Runs panel, selected and live.
    connect(m_infrastructure, &InfrastructurePanel::runStarted, this, [this](qint64 runId) {
        m_runs->selectRun(runId);
        m_runs->setFocus(Qt::OtherFocusReason);
    });
    connect(back, &QToolButton::clicked, this, &ProjectWorkspace::backRequested);
    connect(edit, &QPushButton::clicked, this, &ProjectWorkspace::editProject);
    connect(&core.projects(), &ProjectStore::changed, this, [this](const Project &project) {
        if (project.id == m_projectId)
            updateHeader();
    });
    connect(&core.projects(), &ProjectStore::removed, this, [this](qint64 id) {
        if (id != m_projectId)
            return;
        const QString name = m_projectName;
        setProjectId(0);
        Q_EMIT projectGone(name);
    });
    connect(&core.servers(), &ServerStore::added, this, &ProjectWorkspace::updateHeader);
    connect(&core.servers(), &ServerStore::changed, this, &ProjectWorkspace::updateHeader);
    connect(&core.servers(), &ServerStore::removed, this, &ProjectWorkspace::updateHeader);
}

void ProjectWorkspace::setProjectId(qint64 projectId)
{
    m_projectId = projectId;
    m_chat->setProjectId(projectId);
    m_infrastructure->setProjectId(projectId);
    m_runs->setProjectId(projectId);
    updateHeader();
}

void ProjectWorkspace::refresh()
{
    if (m_projectId <= 0)
        return;
    m_chat->refresh();
    m_infrastructure->refresh();
    m_runs->refresh();
}

void ProjectWorkspace::updateHeader()
{
    const auto project = m_core.projects().find(m_projectId);
    if (!project) {
        m_projectName.clear();
        m_title->clear();
        m_subtitle->clear();
        m_servers->clear();
        return;
    }
    m_projectName = project->name;
    m_title->setText(project->name);
    m_subtitle->setText(tr("%1 · %2").arg(projectTypeLabel(project->type), project->source.displayText()));
    QStringList names;
    for (const Server &server : m_core.servers().serversForProject(project->id))
        names << server.name;
    names.sort(Qt::CaseInsensitive);
    m_servers->setText(names.isEmpty() ? tr("Servers: none linked yet. Link one in the Server Inventory.")
                                       : tr("Servers: %1").arg(names.join(u", "_s)));
}

void ProjectWorkspace::editProject()
{
    const auto project = m_core.projects().find(m_projectId);
    if (!project)
        return;
    auto *dialog = new ProjectDialog(m_core.projects(), project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QByteArray ProjectWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_mainSplitter->saveState() << m_rightSplitter->saveState() << m_runs->splitter()->saveState();
    return state;
}

void ProjectWorkspace::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray main;
    QByteArray right;
    QByteArray runs;
    in >> version >> main >> right >> runs;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_mainSplitter->restoreState(main);
    m_rightSplitter->restoreState(right);
    m_runs->splitter()->restoreState(runs);
}

} // namespace hydron::ui
