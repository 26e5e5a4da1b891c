// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class DashboardPage;
class ProjectWorkspace;
class ServerInventoryPage;

// The main window: a navigation bar (Projects, Servers) and one page at a time: the project
// dashboard, a project's workspace, or the Server Inventory.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CoreServices &core, QWidget *parent = nullptr);

    [[nodiscard]] DashboardPage *dashboard() const { return m_dashboard; }
    // Built the first time a project opens: it is the largest page and startup does not need it.
    [[nodiscard]] ProjectWorkspace *workspace();
    [[nodiscard]] ServerInventoryPage *serverInventory() const { return m_servers; }

    void showDashboard();
    void showServers();
    void openProject(qint64 projectId);

    // Window geometry, toolbar and splitter positions live in <data-dir>/session.ini, apart
    // from the preferences.
    [[nodiscard]] QString sessionFile() const;
    void restoreSession();
    void saveSession() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();
    void showSettings();
    void onChangedElsewhere();

    CoreServices &m_core;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ProjectWorkspace *m_workspace = nullptr;
    ServerInventoryPage *m_servers = nullptr;
    QAction *m_navProjects = nullptr;
    QAction *m_navServers = nullptr;
    QLabel *m_dataDir = nullptr;
    QByteArray m_workspaceState; // splitter positions from the session, until the workspace exists
};

} // namespace hydron::ui
