// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;

namespace hydron {
class CoreServices;
}
namespace hydron::secrets {
class KeychainSecretStore;
}
namespace hydron::source {
class KeychainCredentialProvider;
class LibGit2Fetcher;
} // namespace hydron::source

namespace hydron::ui {

class EmptyStateWidget;
class NewProjectWizard;
class ProjectListModel;

// The project dashboard: every project as a card, with new / open / edit / delete, a filter,
// and an honest empty state when there is no project yet.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(CoreServices &core, QWidget *parent = nullptr);
    ~DashboardPage() override;

    [[nodiscard]] ProjectListModel *model() const { return m_model; }
    [[nodiscard]] qint64 selectedProjectId() const;
    void selectProject(qint64 id);
    void refreshRunStatuses();

    // Opens the New Project wizard (source, analysis, review, approve).
    void newProject();
    // The open wizard, if any.
    [[nodiscard]] NewProjectWizard *newProjectWizard() const;
    void editSelectedProject();
    void deleteSelectedProject();
    void openSelectedProject();

Q_SIGNALS:
    void openProjectRequested(qint64 projectId);
    void statusMessage(const QString &message);

private:
    void updateState();

    CoreServices &m_core;
    // What the New Project wizard clones and reads credentials with; made when first needed.
    std::unique_ptr<secrets::KeychainSecretStore> m_secrets;
    std::shared_ptr<source::KeychainCredentialProvider> m_credentials;
    std::unique_ptr<source::LibGit2Fetcher> m_fetcher;
    QPointer<NewProjectWizard> m_wizard;
    ProjectListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_grid = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    EmptyStateWidget *m_noMatch = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace hydron::ui
