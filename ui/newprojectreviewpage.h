// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hydron::ui {

class NewProjectWizard;
class WizardEnvModel;
class WizardFindingModel;

namespace style {
class InlineErrorLabel;
class SecondaryLabel;
} // namespace style

// The wizard's last page: the services to deploy (detected, backing, from the image or the
// template), editable, and for the selected one why Hydron found it (evidence: file:line and
// what was found) and its environment; then the project's external integrations and the
// analysis warnings. Approve (the wizard's Finish) saves the project.
class NewProjectReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewProjectReviewPage(NewProjectWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QTableView *servicesTable() const { return m_table; }
    [[nodiscard]] WizardEnvModel *envModel() const { return m_env; }
    [[nodiscard]] WizardFindingModel *evidenceModel() const { return m_evidence; }
    void selectService(int row);

private:
    void rebuild();
    void showSelected();
    void addService();
    void removeService();
    void updateSummary();

    NewProjectWizard *m_wizard;
    int m_builtVersion = -1;
    WizardEnvModel *m_env = nullptr;
    WizardFindingModel *m_evidence = nullptr;
    WizardFindingModel *m_external = nullptr;
    WizardFindingModel *m_warnings = nullptr;

    style::SecondaryLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    style::InlineErrorLabel *m_editError = nullptr;
    QTabWidget *m_details = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_origin = nullptr;
    QTableView *m_evidenceTable = nullptr;
    QTableView *m_envTable = nullptr;
    QPushButton *m_removeVariable = nullptr;
    QPushButton *m_addVariable = nullptr;
    style::InlineErrorLabel *m_saveError = nullptr;
};

} // namespace hydron::ui
