// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class EmptyStateWidget;
class EnvTableModel;
class ServiceTableModel;

namespace style {
class InlineErrorLabel;
}

// What the project is made of and how it will run: Services, Plan, Dockerfiles, Environment and
// Domains. Shows what core holds and, where it holds nothing yet, says what fills it.
class InfrastructurePanel final : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ServicesTab,
        PlanTab,
        DockerfilesTab,
        EnvironmentTab,
        DomainsTab
    };

    explicit InfrastructurePanel(CoreServices &core, QWidget *parent = nullptr);

    void setProjectId(qint64 projectId);
    void refresh(); // after another process wrote (plans are read on demand)

    [[nodiscard]] ServiceTableModel *serviceModel() const { return m_services; }
    [[nodiscard]] EnvTableModel *envModel() const { return m_env; }

private:
    void updateEmptyStates();
    void updatePlan();

    CoreServices &m_core;
    qint64 m_projectId = 0;
    ServiceTableModel *m_services = nullptr;
    EnvTableModel *m_env = nullptr;

    QStackedWidget *m_servicesStack = nullptr;
    EmptyStateWidget *m_servicesEmpty = nullptr;
    QStackedWidget *m_dockerfilesStack = nullptr;
    EmptyStateWidget *m_dockerfilesEmpty = nullptr;
    QStackedWidget *m_envStack = nullptr;
    EmptyStateWidget *m_envEmpty = nullptr;
    QStackedWidget *m_planStack = nullptr;
    EmptyStateWidget *m_planEmpty = nullptr;
    QLabel *m_planVersion = nullptr;
    QLabel *m_planStatus = nullptr;
    QLabel *m_planCreated = nullptr;
    QLabel *m_planHistory = nullptr;
    style::InlineErrorLabel *m_planStale = nullptr;
};

} // namespace hydron::ui
