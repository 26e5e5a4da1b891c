// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisresult.h"
#include "core/error.h"
#include "core/model/project.h"
#include "core/source/apptemplate.h"
#include "core/source/clonejob.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace hydron {
class ProjectStore;
}
namespace hydron::secrets {
class SecretStore;
}
namespace hydron::source {
class GitFetcher;
class KeychainCredentialProvider;
} // namespace hydron::source

namespace hydron::ui {

class NewProjectFetchPage;
class NewProjectReviewPage;
class NewProjectSourcePage;
class WizardServiceModel;

// What the user chose on the source page.
struct NewProjectChoice
{
    ProjectSource::Kind kind = ProjectSource::Kind::Git;
    QString name;
    source::CloneRequest git; // Git: URL, ref, SSH key file
    QString gitToken;         // Git over HTTPS: a token typed now (goes to the keychain, never to the project)
    QString folder;           // Folder
    QString image;            // Image: the reference as typed
    QList<int> imagePorts;
    QList<EnvVar> imageEnv;
    QString templateId; // Template
};

// The New Project wizard: the source (a Git URL, a local folder, a Docker image or a template),
// then for Git and folders the clone and the analysis with progress and cancel, then the review
// of the services with their evidence, and Approve, which saves the project. Never blocks the
// GUI thread: the clone runs on the fetcher's worker thread, the analysis on the thread pool,
// the keychain answers asynchronously. Show it with open() or show(), never exec().
class NewProjectWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePageId,
        FetchPageId,
        ReviewPageId
    };

    struct Dependencies
    {
        ProjectStore &projects;
        source::GitFetcher *fetcher = nullptr; // null: Git sources are refused with a message
        std::shared_ptr<source::KeychainCredentialProvider> credentials;
        secrets::SecretStore *secrets = nullptr; // where secret values typed in the review go
        QString templateDirectory;               // empty: the built-in gallery
    };

    explicit NewProjectWizard(Dependencies dependencies, QWidget *parent = nullptr);
    ~NewProjectWizard() override;

    [[nodiscard]] ProjectStore &projects() const { return m_deps.projects; }
    [[nodiscard]] source::GitFetcher *fetcher() const { return m_deps.fetcher; }
    [[nodiscard]] source::KeychainCredentialProvider *credentials() const { return m_deps.credentials.get(); }

    [[nodiscard]] const NewProjectChoice &choice() const { return m_choice; }
    void setChoice(NewProjectChoice choice);
    // Each new choice or analysis result counts up, so the review page knows to start over.
    [[nodiscard]] int sourceVersion() const { return m_sourceVersion; }

    [[nodiscard]] const std::optional<analysis::AnalysisResult> &analysis() const { return m_analysis; }
    void setAnalysis(std::optional<analysis::AnalysisResult> result);

    [[nodiscard]] const QList<source::AppTemplate> &templates() const { return m_templates; }
    [[nodiscard]] const std::optional<Error> &templateError() const { return m_templateError; }
    [[nodiscard]] const source::AppTemplate *findTemplate(const QString &id) const;

    // Host keys the user accepted in this wizard ("SHA256:…").
    [[nodiscard]] QStringList trustedHostKeys() const { return m_trustedHostKeys; }
    void trustHostKey(const QString &fingerprint);

    [[nodiscard]] WizardServiceModel *serviceModel() const { return m_services; }
    [[nodiscard]] NewProjectSourcePage *sourcePage() const { return m_sourcePage; }
    [[nodiscard]] NewProjectFetchPage *fetchPage() const { return m_fetchPage; }
    [[nodiscard]] NewProjectReviewPage *reviewPage() const { return m_reviewPage; }

    // The project Approve would save, from the choice and the reviewed services.
    [[nodiscard]] Project projectToSave() const;
    // Saves the project (Approve). On success emits projectCreated() and sends the secret values
    // typed during the review to the keychain (a failure there is shown on the parent); on failure
    // returns the store's error.
    Result<Project> save();

    void done(int result) override;

Q_SIGNALS:
    void projectCreated(const hydron::Project &project);

private:
    Dependencies m_deps;
    NewProjectChoice m_choice;
    int m_sourceVersion = 0;
    std::optional<analysis::AnalysisResult> m_analysis;
    QList<source::AppTemplate> m_templates;
    std::optional<Error> m_templateError;
    QStringList m_trustedHostKeys;
    WizardServiceModel *m_services = nullptr;
    NewProjectSourcePage *m_sourcePage = nullptr;
    NewProjectFetchPage *m_fetchPage = nullptr;
    NewProjectReviewPage *m_reviewPage = nullptr;
};

// A project type that fits the services: one API is an API, one static site a static site,
// several services a microservice project, and so on.
[[nodiscard]] ProjectType projectTypeFor(const QList<Service> &services);

} // namespace hydron::ui
