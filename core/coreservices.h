// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace hydron {

class ChatStore;
class Database;
class PlanStore;
class ProjectStore;
class RunLog;
class RunStore;
class ServerStore;
class Settings;
struct Server;
namespace remote {
class PassphraseProvider;
class Transport;
} // namespace remote
namespace runs {
class RunEngine;
}
namespace source {
class GitFetcher;
class KeychainCredentialProvider;
class LibGit2Fetcher;
} // namespace source
namespace secrets {
class SecretMasker;
class SecretStore;
} // namespace secrets
namespace deploy {
class DeployRecipe;
class RollbackRecipe;
} // namespace deploy

// The engine's services for one data folder, built in a fixed order and torn down in reverse.
// Both executables (hydron and hydron-cli) open one of these; app/ owns it.
class CoreServices final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool fileLogging = true;     // diagnostics to <data>/logs/hydron.log
        bool markInterrupted = true; // mark runs whose process died as interrupted
    };

    // Resolves nothing: `dataDir` must be the folder to use (see DataDir::resolve).
    static Result<std::unique_ptr<CoreServices>> open(const QString &dataDir, const Options &options);
    static Result<std::unique_ptr<CoreServices>> open(const QString &dataDir) { return open(dataDir, Options{}); }
    ~CoreServices() override;

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] Settings &settings() { return *m_settings; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] ProjectStore &projects() { return *m_projects; }
    [[nodiscard]] ServerStore &servers() { return *m_servers; }
    [[nodiscard]] RunStore &runs() { return *m_runs; }
    [[nodiscard]] RunLog &runLog() { return *m_runLog; }
    [[nodiscard]] ChatStore &chats() { return *m_chats; }
    [[nodiscard]] PlanStore &plans() { return *m_plans; }
    // The secret values every log line is masked for (filled as secrets are read).
    [[nodiscard]] secrets::SecretMasker &masker() { return *m_masker; }
    // The one run engine of this process, with every recipe Hydron knows (provisioning, …).
    // Made on first use, on the thread that owns the stores.
    [[nodiscard]] runs::RunEngine &runEngine();
    // The system keychain (made on first use).
    [[nodiscard]] secrets::SecretStore &secretStore();
    // How this process reaches a server: SSH key passphrases come from the keychain. The run
    // engine uses it; so should every ServerProbe.
    [[nodiscard]] std::function<std::unique_ptr<remote::Transport>(const Server &)> transportFactory();
    // Before starting a Deploy/Redeploy run of a project whose plan has secrets: their values
    // (reference → value), read from the keychain by the caller; kept in memory and masked.
    void setDeploySecretValues(qint64 projectId, const QHash<QString, QString> &values);
    // The release the next Rollback run of the project returns to; empty: the previous one.
    void setRollbackTarget(qint64 projectId, const QString &release);
    // The local folder the next Deploy/Redeploy runs of the project build from (a Git source's
    // clone in the source cache); empty: forget it (a Folder source then builds from its location).
    void setDeploySourceRoot(qint64 projectId, const QString &path);
    [[nodiscard]] QString deploySourceRoot(qint64 projectId) const { return m_sourceRoots.value(projectId); }
    // Git sources are fetched into <data>/sources by this fetcher (made on first use; credentials
    // from the keychain: call gitCredentials().prepare() before a fetch).
    [[nodiscard]] source::GitFetcher &gitFetcher();
    [[nodiscard]] source::KeychainCredentialProvider &gitCredentials();

    // Polls the database's data_version every `interval` ms and, when another process
    // (hydron-cli, a second window) committed, reloads the stores so views follow.
    void watchExternalChanges(std::chrono::milliseconds interval);
    // One poll, now. Returns true when something changed elsewhere.
    bool refreshIfChangedElsewhere();

Q_SIGNALS:
    // Emitted after a refresh caused by another process (runs, chats and plans are read on demand).
    void changedElsewhere();

private:
    CoreServices() = default;

    QString m_dataDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<ServerStore> m_servers;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<RunLog> m_runLog;
    std::unique_ptr<ChatStore> m_chats;
    std::unique_ptr<PlanStore> m_plans;
    std::unique_ptr<secrets::SecretMasker> m_masker;
    std::unique_ptr<secrets::SecretStore> m_secretStore;
    std::shared_ptr<remote::PassphraseProvider> m_passphrases;
    std::unique_ptr<runs::RunEngine> m_engine;
    QList<std::shared_ptr<deploy::DeployRecipe>> m_deployRecipes;
    std::shared_ptr<deploy::RollbackRecipe> m_rollbackRecipe;
    QHash<qint64, QString> m_sourceRoots;
    std::shared_ptr<source::KeychainCredentialProvider> m_gitCredentials;
    std::unique_ptr<source::LibGit2Fetcher> m_gitFetcher;
    QTimer m_watch;
};

} // namespace hydron
