// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hydron::analysis {
class AnalysisJob;
}
namespace hydron::source {
class CloneJob;
}

namespace hydron::ui {

class NewProjectWizard;

namespace style {
class InlineErrorLabel;
class SecondaryLabel;
} // namespace style

// The wizard's second page, for Git repositories and folders: the clone (stage, objects and
// bytes) with Cancel, then the analysis with Cancel. A failure says what went wrong and offers
// Retry (and, for an SSH host key seen for the first time, to trust it); Back returns to the
// source. When the analysis is done the wizard moves on to the review by itself.
class NewProjectFetchPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Preparing, // reading credentials from the keychain
        Cloning,
        Analysing,
        Done,
        Failed,
        Cancelled
    };

    explicit NewProjectFetchPage(NewProjectWizard *wizard);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override;

    void start();
    void cancel();
    // Ends any work at once, without a message (the wizard is closing).
    void stop();

Q_SIGNALS:
    void stateChanged(hydron::ui::NewProjectFetchPage::State state);

private:
    void setState(State state);
    void clone();
    void analyse(const QString &root);
    void showFailure(const QString &title, const Error &error);
    void showCancelled();

    NewProjectWizard *m_wizard;
    State m_state = State::Idle;
    QPointer<source::CloneJob> m_clone;
    QPointer<analysis::AnalysisJob> m_analysis;
    int m_run = 0; // counts starts, so callbacks of an earlier run are ignored
    QString m_hostKeyToTrust;

    QWidget *m_cloneRow = nullptr;
    QLabel *m_cloneTitle = nullptr;
    QProgressBar *m_cloneBar = nullptr;
    style::SecondaryLabel *m_cloneStatus = nullptr;
    QLabel *m_analysisTitle = nullptr;
    QProgressBar *m_analysisBar = nullptr;
    style::SecondaryLabel *m_analysisStatus = nullptr;
    QLabel *m_outcomeTitle = nullptr;
    style::InlineErrorLabel *m_error = nullptr;
    style::SecondaryLabel *m_errorDetail = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace hydron::ui
