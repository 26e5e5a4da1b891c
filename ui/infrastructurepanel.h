// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/plan.h"
#include "core/planning/plandocument.h"

#include <QTabWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace hydron {
class CoreServices;
}

namespace hydron::secrets {
class SecretStore;
}

namespace hydron::ui {

class DeployBar;
class EmptyStateWidget;
class EnvTableModel;
class PlanDiffModel;
class PlanDockerfileModel;
class PlanDomainModel;
class PlanPostDeployModel;
class PlanSecretModel;
class PlanStepModel;
class ServiceTableModel;

namespace style {
class InlineErrorLabel;
}

// What the project is made of and how it will run: the plan's home. Services, Overview (server,
// price and why, status, problems), Dockerfiles (highlighted, editable: an edit is a new plan
// version with status modified), Environment (secrets masked, values in the keychain), Domains,
// Post-deploy commands and a diff between versions. Generate/Regenerate runs the planner off the
// GUI thread; Approve marks the newest version approved; a stale plan says so with Regenerate.
// The Overview also deploys (DeployBar: Deploy, Redeploy, Rollback… on a chosen server) and shows
// "What will run": the steps the newest version compiles to, compiled off the GUI thread. A
// generated version becomes "reviewed" once its Overview and its "What will run" were opened.
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
        DomainsTab,
        PostDeployTab,
        VersionsTab
    };

    explicit InfrastructurePanel(CoreServices &core, QWidget *parent = nullptr);

    void setProjectId(qint64 projectId);
    void refresh(); // after another process wrote (plans are read on demand)
    // Where secret values go; without one, a keychain store is made when first needed.
    void setSecretStore(secrets::SecretStore *store);

    // Makes a new plan version from the project's services, off the GUI thread.
    void generatePlan();
    void approvePlan();
    // Stores the Dockerfile being edited as a new plan version (status modified).
    void saveDockerfile();
    [[nodiscard]] bool isGenerating() const { return m_generating; }

    [[nodiscard]] ServiceTableModel *serviceModel() const { return m_services; }
    [[nodiscard]] EnvTableModel *envModel() const { return m_env; }
    [[nodiscard]] PlanDockerfileModel *dockerfileModel() const { return m_dockerfiles; }
    [[nodiscard]] PlanStepModel *stepModel() const { return m_steps; }
    [[nodiscard]] DeployBar *deployBar() const { return m_deployBar; }
    // Opens or closes the Overview's "What will run" section.
    void setStepsExpanded(bool expanded);

Q_SIGNALS:
    void planGenerated(const hydron::Plan &plan);
    void planFailed(const QString &message);
    // A deploy, redeploy or rollback started from the panel: the run to show.
    void runStarted(qint64 runId);
    // "What will run" was compiled again (or failed to: the text says why).
    void stepsCompiled();

private:
    void updateEmptyStates();
    void updatePlan();
    void showDockerfile();
    void updateDiff();
    void setSecretValue();
    void addDomain();
    void removeDomain(int row);
    void addPostDeployCommand();
    void removePostDeployCommand(int row);
    secrets::SecretStore *secretStore();
    void storePlanVersion(const planning::PlanDocument &document, Plan::Status status);
    void compileSteps();
    void showStepScript();
    // Marks the newest version reviewed once the user looked at its Overview and its steps.
    void noteReviewed();
    void readSourceDockerfile(const QString &service, const QString &path);

    CoreServices &m_core;
    qint64 m_projectId = 0;
    ServiceTableModel *m_services = nullptr;
    EnvTableModel *m_env = nullptr;
    PlanDockerfileModel *m_dockerfiles = nullptr;
    PlanDomainModel *m_domains = nullptr;
    PlanPostDeployModel *m_postDeploy = nullptr;
    PlanSecretModel *m_secretsModel = nullptr;
    PlanDiffModel *m_diff = nullptr;
    secrets::SecretStore *m_secrets = nullptr;
    std::unique_ptr<QObject> m_ownedSecrets;
    std::optional<Plan> m_plan;                       // the newest version
    std::optional<planning::PlanDocument> m_document; // its body, when readable
    bool m_generating = false;
    QString m_editedService; // the service whose Dockerfile the editor shows

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
    QFrame *m_staleBanner = nullptr;
    QLabel *m_serverOffer = nullptr;
    QLabel *m_serverSpec = nullptr;
    QLabel *m_serverPrice = nullptr;
    QLabel *m_serverReasoning = nullptr;
    QLabel *m_planNotes = nullptr;
    style::InlineErrorLabel *m_planProblems = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_emptyGenerate = nullptr;
    QTableView *m_dockerfileTable = nullptr;
    QPlainTextEdit *m_dockerfileEditor = nullptr;
    QLabel *m_dockerfileHint = nullptr;
    QPushButton *m_dockerfileSave = nullptr;
    QPushButton *m_dockerfileRevert = nullptr;
    QWidget *m_secretsSection = nullptr;
    QTableView *m_secretsTable = nullptr;
    QPushButton *m_secretSet = nullptr;
    QStackedWidget *m_domainsStack = nullptr;
    QComboBox *m_domainService = nullptr;
    QLineEdit *m_domainHost = nullptr;
    QComboBox *m_domainTls = nullptr;
    QPushButton *m_domainRemove = nullptr;
    style::InlineErrorLabel *m_domainError = nullptr;
    QStackedWidget *m_postDeployStack = nullptr;
    QComboBox *m_commandService = nullptr;
    QLineEdit *m_commandText = nullptr;
    QPushButton *m_commandRemove = nullptr;
    QStackedWidget *m_versionsStack = nullptr;
    QComboBox *m_diffBase = nullptr;
    QLabel *m_diffSummary = nullptr;
    QPlainTextEdit *m_diffDetail = nullptr;
    QToolButton *m_cornerStatus = nullptr;
    DeployBar *m_deployBar = nullptr;
    PlanStepModel *m_steps = nullptr;
    QToolButton *m_stepsToggle = nullptr;
    QWidget *m_stepsSection = nullptr;
    QTreeView *m_stepsTree = nullptr;
    QPlainTextEdit *m_stepScript = nullptr;
    QLabel *m_stepsStatus = nullptr;
    quint64 m_stepsGeneration = 0; // drops compile results for an earlier version
    QString m_stepsCompiledFor;    // the plan id and body the steps were compiled for
    qint64 m_overviewSeenFor = 0;  // the plan id whose Overview was opened
    qint64 m_stepsSeenFor = 0;     // the plan id whose "What will run" was opened
    quint64 m_dockerfileReads = 0; // drops reads of a Dockerfile no longer shown
};

} // namespace hydron::ui
