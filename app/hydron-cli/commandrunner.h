// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/hydron-cli/arguments.h"
#include "app/hydron-cli/formatter.h"
#include "core/analysis/analysisresult.h"
#include "core/error.h"
#include "core/model/project.h"
#include "core/model/run.h"
#include "core/model/server.h"
#include "core/planning/plandocument.h"
#include "core/planning/planner.h"
#include "core/secrets/secretstore.h"
#include "core/source/templatecatalog.h"

#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace hydron::source {
class CredentialProvider;
}

namespace hydron {
class CoreServices;
}

namespace hydron::cli {

// Runs one parsed command against the stores of an open data folder and returns what to
// print on standard output. Checks what the stores cannot know (that a key file is there, that
// a source is a folder, an image or a URL, that a named project or server exists) and leaves
// the rest of the validation to core, whose messages it passes on unchanged.
class CommandRunner final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::cli::CommandRunner)

public:
    explicit CommandRunner(CoreServices &core);

    [[nodiscard]] Result<QString> run(const Invocation &invocation);

    // Where commands that stream (provision) write as they go: standard output.
    void setOutputStream(QTextStream *stream) { m_out = stream; }
    // Where long commands report progress (a terminal's standard error); none by default.
    void setProgressStream(QTextStream *stream) { m_progress = stream; }
    // HTTPS tokens and key passphrases for Git sources; none by default (public repositories).
    void setCredentialProvider(std::shared_ptr<source::CredentialProvider> provider)
    {
        m_credentials = std::move(provider);
    }
    // Where the key for "settings set-key" is read from (one line); standard input by default.
    void setInputStream(QTextStream *stream) { m_in = stream; }
    // Where "env set --secret" keeps values; by default the system keychain, made when first needed.
    void setSecretStore(secrets::SecretStore *store) { m_secrets = store; }

    // What --source means: a Git URL (https://, ssh://, git://, file:// or user@host:path),
    // an existing folder, template:ID, or a Docker image reference. A path that does not exist
    // is an error rather than a strange image name.
    [[nodiscard]] static Result<ProjectSource> sourceFromText(const QString &text);
    // "SHA256:" and 43 base64 characters (a trailing '=' is dropped), as ssh-keygen -lf prints it.
    [[nodiscard]] static Result<QString> checkedFingerprint(const QString &text);
    // The absolute path of a private key file that exists and can be read.
    [[nodiscard]] static Result<QString> checkedKeyFile(const QString &path);

    [[nodiscard]] QList<ProjectListing> projectListings() const;
    [[nodiscard]] QList<ServerListing> serverListings() const;

private:
    Result<QString> addProject(const Invocation &invocation);
    Result<QString> removeProject(const QString &name);
    Result<QString> addServer(const Invocation &invocation);
    Result<QString> removeServer(const QString &name);
    Result<QString> tagServer(const Invocation &invocation);
    Result<QString> linkServer(const Invocation &invocation, bool link);
    // analyzecommand.cpp
    struct AnalyzedSource
    {
        ProjectSource source;
        QString root;   // the folder that was analysed (a clone for a Git URL)
        QString header; // what was analysed, one line for the readable summary
        QString name;   // the folder's or repository's name
        analysis::AnalysisResult result;
    };
    Result<QString> analyze(const Invocation &invocation);
    // Analyses a folder or a Git URL (fetched into the clone cache first, at `ref` when given).
    // `acceptHostKey`: an SSH repository's host key fingerprint the user accepts (remembered once
    // the fetch has seen it).
    Result<AnalyzedSource> analyzeSource(const QString &text, const QString &ref, const QString &acceptHostKey = {});
    // plancommand.cpp
    Result<QString> plan(const Invocation &invocation);
    struct SourceProject
    {
        Project project; // name, source and services (not stored)
        QString root;    // the analysed folder (a clone for a Git URL); empty for images and templates
    };
    // The project a command's SOURCE argument makes: a folder or Git URL analysed, a Docker image
    // (--port) or a template from the gallery, which then lives in `catalog`. Fills the options'
    // domain (--domain, checked), sourceRoot or appTemplate.
    Result<SourceProject> projectFromSource(const Invocation &invocation, planning::PlanOptions &options,
                                            std::optional<source::TemplateCatalog> &catalog);
    // envcommands.cpp
    Result<QString> setEnv(const Invocation &invocation);
    Result<QString> listEnv(const Invocation &invocation);
    secrets::SecretStore &secretStore();
    // runcommands.cpp
    Result<QString> checkServer(const Invocation &invocation);
    Result<QString> unlockServer(const Invocation &invocation);
    Result<QString> provision(const Invocation &invocation);
    Result<QString> listRuns(const Invocation &invocation);
    Result<QString> showLogs(const Invocation &invocation);
    Result<QString> chat(const Invocation &invocation); // chatcommand.cpp
    // settingscommands.cpp
    Result<QString> showSettings();
    Result<QString> setApiKey();
    Result<QString> removeApiKey();
    // deploycommands.cpp
    Result<QString> deploy(const Invocation &invocation);
    Result<QString> releases(const Invocation &invocation);
    Result<QString> rollback(const Invocation &invocation);
    // Starts a run and prints its steps and lines as they come; the run's id when it completed.
    Result<qint64> streamRun(Run::Kind kind, const Server &server, qint64 projectId, const QString &what);
    // The values of the plan's secrets from the keychain; generated ones are made and stored once.
    Result<QHash<QString, QString>> planSecretValues(const Project &project, const planning::PlanDocument &plan);
    // --server, else the one server the project is linked to.
    [[nodiscard]] Result<Server> deployServer(const Project &project, const Invocation &invocation) const;

    [[nodiscard]] Result<Project> projectNamed(const QString &name) const;
    [[nodiscard]] Result<Server> serverNamed(const QString &name) const;

    CoreServices &m_core;
    QTextStream *m_progress = nullptr;
    QTextStream *m_out = nullptr;
    QTextStream *m_in = nullptr;
    std::shared_ptr<source::CredentialProvider> m_credentials;
    secrets::SecretStore *m_secrets = nullptr;
    std::unique_ptr<QObject> m_ownedSecrets; // the keychain store when none was set
};

// Waits for one keychain call (envcommands.cpp); the CLI has no GUI thread to keep responsive.
Result<void> waitForKeychain(const std::function<void(QObject *, secrets::SecretStore::DoneCallback)> &call);

} // namespace hydron::cli
