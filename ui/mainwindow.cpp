// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/coreservices.h"
#include "core/store/projectstore.h"
#include "ui/chatpane.h"
#include "ui/dashboardpage.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/navigationbar.h"
#include "ui/projectworkspace.h"
#include "ui/serverinventorypage.h"
#include "ui/settingsdialog.h"
#include "ui/style.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr int StatusTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(CoreServices &core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Hydron"));
    setWindowIcon(icons::logo());
    setUnifiedTitleAndToolBarOnMac(true);
    resize(1320, 860);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_dashboard = new DashboardPage(core, m_pages);
    m_servers = new ServerInventoryPage(core, m_pages);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_servers);

    // Navigation on the left, the current page on the right. (A sidebar widget rather than a
    // QToolBar: the tool bar's extension button loads a bitmap through the image plugins, which
    // cost about 10 ms of every startup.)
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *navigation = new NavigationBar(central);
    navigation->setObjectName(u"navigationBar"_s);
    row->addWidget(navigation);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    m_navProjects = new QAction(icons::themed(u"projects"_s), tr("Projects"), group);
    m_navProjects->setObjectName(u"navProjectsAction"_s);
    m_navProjects->setCheckable(true);
    m_navProjects->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_navProjects->setToolTip(tr("Your projects (Ctrl+1)"));
    m_navServers = new QAction(icons::themed(u"servers"_s), tr("Servers"), group);
    m_navServers->setObjectName(u"navServersAction"_s);
    m_navServers->setCheckable(true);
    m_navServers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_navServers->setToolTip(tr("Your servers (Ctrl+2)"));
    navigation->addNavigationAction(m_navProjects);
    navigation->addNavigationAction(m_navServers);
    m_navProjects->setChecked(true);

    // Status bar: where the data lives.
    m_dataDir = new style::SecondaryLabel(this);
    m_dataDir->setObjectName(u"dataDirLabel"_s);
    m_dataDir->setText(tr("Data folder: %1").arg(QDir::toNativeSeparators(core.dataDir())));
    m_dataDir->setToolTip(tr("Hydron keeps its projects, servers and run history in %1. Choose another folder with "
                             "--data-dir or HYDRON_DATA_DIR.")
                              .arg(QDir::toNativeSeparators(core.dataDir())));
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_dataDir);
    statusBar()->setSizeGripEnabled(true);
    setToolTip(QString());

    buildMenus();

    connect(m_navProjects, &QAction::triggered, this, [this] {
        // Coming back from the servers returns to the workspace that was open, once more to the grid.
        if (m_pages->currentWidget() == m_servers && m_workspace && m_workspace->projectId() > 0)
            m_pages->setCurrentWidget(m_workspace);
        else
            showDashboard();
    });
    connect(m_navServers, &QAction::triggered, this, &MainWindow::showServers);
    connect(m_dashboard, &DashboardPage::openProjectRequested, this, &MainWindow::openProject);
    auto status = [this](const QString &message) {
        statusBar()->showMessage(message, StatusTimeoutMs);
    };
    connect(m_dashboard, &DashboardPage::statusMessage, this, status);
    connect(m_servers, &ServerInventoryPage::statusMessage, this, status);
    connect(&core, &CoreServices::changedElsewhere, this, &MainWindow::onChangedElsewhere);
}

ProjectWorkspace *MainWindow::workspace()
{
    if (m_workspace)
        return m_workspace;
    m_workspace = new ProjectWorkspace(m_core, m_pages);
    m_pages->addWidget(m_workspace);
    if (!m_workspaceState.isEmpty())
        m_workspace->restoreState(m_workspaceState);
    connect(m_workspace, &ProjectWorkspace::backRequested, this, &MainWindow::showDashboard);
    connect(m_workspace, &ProjectWorkspace::projectGone, this, [this](const QString &name) {
        if (m_pages->currentWidget() == m_workspace)
            showDashboard();
        statusBar()->showMessage(tr("The project “%1” was deleted.").arg(name), StatusTimeoutMs);
    });
    return m_workspace;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newProject = file->addAction(icons::themed(u"add"_s), tr("&New Project…"));
    newProject->setObjectName(u"newProjectAction"_s);
    newProject->setShortcut(QKeySequence::New);
    connect(newProject, &QAction::triggered, this, [this] {
        showDashboard();
        m_dashboard->newProject();
    });
    QAction *addServer = file->addAction(icons::themed(u"servers"_s), tr("&Add Server…"));
    addServer->setObjectName(u"addServerAction"_s);
    connect(addServer, &QAction::triggered, this, [this] {
        showServers();
        m_servers->addServer();
    });
    file->addSeparator();
    QAction *settings = file->addAction(icons::themed(u"key"_s), tr("&Settings…"));
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    file->addSeparator();
    QAction *quit = file->addAction(icons::themed(u"quit"_s), tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_navProjects);
    go->addAction(m_navServers);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(icons::themed(u"info"_s), tr("&About Hydron"));
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A key saved or removed: every chat pane looks for the key again.
    connect(dialog, &SettingsDialog::apiKeyChanged, this, [this] {
        for (ChatPane *pane : findChildren<ChatPane *>())
            pane->reloadKey();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Hydron"),
                            tr("Hydron %1\n\nFrom a Git repository to a running, health-checked deployment on "
                               "your own server.\n\nData folder: %2\nQt %3")
                                .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_core.dataDir()),
                                     QString::fromLatin1(qVersion())));
}

void MainWindow::showDashboard()
{
    m_pages->setCurrentWidget(m_dashboard);
    m_navProjects->setChecked(true);
}

void MainWindow::showServers()
{
    m_pages->setCurrentWidget(m_servers);
    m_navServers->setChecked(true);
}

void MainWindow::openProject(qint64 projectId)
{
    if (!m_core.projects().find(projectId))
        return;
    ProjectWorkspace *page = workspace();
    if (page->projectId() != projectId)
        page->setProjectId(projectId);
    m_pages->setCurrentWidget(page);
    m_navProjects->setChecked(true);
}

void MainWindow::onChangedElsewhere()
{
    // Projects and servers announce their own changes; runs, chats and plans are read on demand.
    m_dashboard->refreshRunStatuses();
    if (m_workspace)
        m_workspace->refresh();
}

QString MainWindow::sessionFile() const
{
    return QDir(m_core.dataDir()).filePath(u"session.ini"_s);
}

void MainWindow::restoreSession()
{
    const QSettings session(sessionFile(), QSettings::IniFormat);
    if (const QByteArray geometry = session.value(u"window/geometry"_s).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = session.value(u"window/state"_s).toByteArray(); !state.isEmpty())
        restoreState(state);
    m_workspaceState = session.value(u"workspace/splitters"_s).toByteArray();
    if (m_workspace && !m_workspaceState.isEmpty())
        m_workspace->restoreState(m_workspaceState);
    if (const QByteArray state = session.value(u"servers/header"_s).toByteArray(); !state.isEmpty())
        m_servers->header()->restoreState(state);
}

void MainWindow::saveSession() const
{
    QSettings session(sessionFile(), QSettings::IniFormat);
    session.setValue(u"window/geometry"_s, saveGeometry());
    session.setValue(u"window/state"_s, saveState());
    session.setValue(u"workspace/splitters"_s, m_workspace ? m_workspace->saveState() : m_workspaceState);
    session.setValue(u"servers/header"_s, m_servers->header()->saveState());
    session.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace hydron::ui
