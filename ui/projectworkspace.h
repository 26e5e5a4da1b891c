// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QToolButton;

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class ChatPane;
class InfrastructurePanel;
class RunsPanel;

// One project's workspace: a breadcrumb back to the dashboard, the project's name, type,
// source and servers, then the chat pane, the Infrastructure panel and the Runs panel in
// splitters.
class ProjectWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectWorkspace(CoreServices &core, QWidget *parent = nullptr);

    void setProjectId(qint64 projectId);
    [[nodiscard]] qint64 projectId() const { return m_projectId; }
    void refresh(); // after another process wrote

    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    [[nodiscard]] ChatPane *chatPane() const { return m_chat; }
    [[nodiscard]] InfrastructurePanel *infrastructurePanel() const { return m_infrastructure; }
    [[nodiscard]] RunsPanel *runsPanel() const { return m_runs; }

Q_SIGNALS:
    void backRequested();
    // The open project was deleted (here or by another process).
    void projectGone(const QString &name);

private:
    void updateHeader();
    void editProject();

    CoreServices &m_core;
    qint64 m_projectId = 0;
    QString m_projectName;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_servers = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    ChatPane *m_chat = nullptr;
    InfrastructurePanel *m_infrastructure = nullptr;
    RunsPanel *m_runs = nullptr;
};

} // namespace hydron::ui
