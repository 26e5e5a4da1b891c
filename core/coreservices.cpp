// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coreservices.h"

#include "core/datadir.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/provisioning.h"
#include "core/logging.h"
#include "core/model/project.h"
#include "core/remote/keychainpassphraseprovider.h"
#include "core/runs/runengine.h"
#include "core/runs/transportfactory.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretmasker.h"
#include "core/settings.h"
#include "core/source/keychaincredentialprovider.h"
#include "core/source/libgit2fetcher.h"
#include "core/store/chatstore.h"
#include "core/store/database.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace hydron {

Result<std::unique_ptr<CoreServices>> CoreServices::open(const QString &dataDir, const Options &options)
{
    if (auto writable = DataDir::ensureWritable(dataDir); !writable)
        return std::unexpected(writable.error());

    std::unique_ptr<CoreServices> core(new CoreServices);
    core->m_dataDir = dataDir;
    const QDir dir(dataDir);
    core->m_settings = std::make_unique<Settings>(dir.filePath(u"settings.ini"_s));
    if (options.fileLogging) {
        logging::Options logOptions;
        logOptions.directory = dir.filePath(u"logs"_s);
        const auto configured = spdlog::level::from_str(core->m_settings->logLevel().toStdString());
        logOptions.level = logging::levelFromEnvironment(configured);
        if (auto logged = logging::init(logOptions); !logged)
            return std::unexpected(logged.error());
    }

    auto database = Database::open(dataDir);
    if (!database)
        return std::unexpected(database.error());
    core->m_database = std::move(*database);
    core->m_projects = std::make_unique<ProjectStore>(*core->m_database);
    core->m_servers = std::make_unique<ServerStore>(*core->m_database);
    core->m_runs = std::make_unique<RunStore>(*core->m_database);
    core->m_runLog = std::make_unique<RunLog>(dir.filePath(u"runs"_s));
    core->m_chats = std::make_unique<ChatStore>(*core->m_database);
    core->m_plans = std::make_unique<PlanStore>(*core->m_database);
    core->m_masker = std::make_unique<secrets::SecretMasker>();

    if (auto loaded = core->m_projects->load(); !loaded)
        return std::unexpected(loaded.error());
    if (auto loaded = core->m_servers->load(); !loaded)
        return std::unexpected(loaded.error());
    if (options.markInterrupted) {
        if (auto marked = core->m_runs->markInterrupted(); !marked)
            return std::unexpected(marked.error());
        else if (*marked > 0)
            logging::logger(logging::Channel::Core)->warn("{} run(s) were interrupted when Hydron stopped", *marked);
    }

    // The database drops a removed project's server links by itself; mirror it in memory.
    ProjectStore *projects = core->m_projects.get();
    ServerStore *servers = core->m_servers.get();
    QObject::connect(projects, &ProjectStore::removed, servers, &ServerStore::forgetProject);
    QObject::connect(&core->m_watch, &QTimer::timeout, core.get(), &CoreServices::refreshIfChangedElsewhere);
    logging::logger(logging::Channel::Core)->info("opened data folder {}", dataDir.toStdString());
    return core;
}

secrets::SecretStore &CoreServices::secretStore()
{
    if (!m_secretStore)
        m_secretStore = std::make_unique<secrets::KeychainSecretStore>();
    return *m_secretStore;
}

std::function<std::unique_ptr<remote::Transport>(const Server &)> CoreServices::transportFactory()
{
    if (!m_passphrases)
        m_passphrases = std::make_shared<remote::KeychainPassphraseProvider>(secretStore(), this);
    return [passphrases = m_passphrases](const Server &server) {
        remote::SshOptions options;
        options.passphrases = passphrases;
        return runs::transportFor(server, options);
    };
}

runs::RunEngine &CoreServices::runEngine()
{
    if (!m_engine) {
        m_engine = std::make_unique<runs::RunEngine>(*m_runs, *m_runLog, *m_servers, *m_masker);
        m_engine->setTransportFactory(transportFactory());
        m_engine->addRecipe(std::make_shared<deploy::ProvisionRecipe>(*m_servers));
        // Secret values are read from the keychain (asynchronously) before a deploy starts and
        // handed over with setDeploySecretValues(); without them a plan with secrets refuses to
        // compile with a clear message.
        // The source root: a Git source's clone set by setDeploySourceRoot() (DeployStarter does), else a
        // Folder source's own location.
        deploy::DeployOptions options;
        options.sourceRoot = [this](const Project &project) {
            const QString root = m_sourceRoots.value(project.id);
            if (!root.isEmpty())
                return root;
            return project.source.kind == ProjectSource::Kind::Folder ? project.source.location : QString();
        };
        for (Run::Kind kind : {Run::Kind::Deploy, Run::Kind::Redeploy}) {
            m_deployRecipes.append(
                std::make_shared<deploy::DeployRecipe>(kind, *m_projects, *m_plans, m_masker.get(), options));
            m_engine->addRecipe(m_deployRecipes.last());
        }
        m_rollbackRecipe = std::make_shared<deploy::RollbackRecipe>(*m_projects);
        m_engine->addRecipe(m_rollbackRecipe);
    }
    return *m_engine;
}

void CoreServices::setDeploySecretValues(qint64 projectId, const QHash<QString, QString> &values)
{
    (void)runEngine();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_masker->add(it.key(), it.value());
    for (const auto &recipe : std::as_const(m_deployRecipes))
        recipe->setSecretValues(projectId, values);
}

void CoreServices::setRollbackTarget(qint64 projectId, const QString &release)
{
    (void)runEngine();
    m_rollbackRecipe->setTarget(projectId, release);
}

void CoreServices::setDeploySourceRoot(qint64 projectId, const QString &path)
{
    if (path.isEmpty())
        m_sourceRoots.remove(projectId);
    else
        m_sourceRoots.insert(projectId, path);
}

source::KeychainCredentialProvider &CoreServices::gitCredentials()
{
    if (!m_gitCredentials)
        m_gitCredentials = std::make_shared<source::KeychainCredentialProvider>(secretStore());
    return *m_gitCredentials;
}

source::GitFetcher &CoreServices::gitFetcher()
{
    if (!m_gitFetcher) {
        (void)gitCredentials();
        m_gitFetcher = std::make_unique<source::LibGit2Fetcher>(source::LibGit2Fetcher::defaultCacheRoot(m_dataDir),
                                                                m_gitCredentials);
    }
    return *m_gitFetcher;
}

CoreServices::~CoreServices()
{
    m_watch.stop();
    // Reverse order of construction; the engine first, as it writes to the stores.
    m_gitFetcher.reset(); // cancels a fetch still running and waits for its thread
    m_gitCredentials.reset();
    m_engine.reset();
    m_deployRecipes.clear();
    m_rollbackRecipe.reset();
    m_passphrases.reset();
    m_secretStore.reset();
    m_masker.reset();
    m_plans.reset();
    m_chats.reset();
    m_runLog.reset();
    m_runs.reset();
    m_servers.reset();
    m_projects.reset();
    m_database.reset();
    if (m_settings)
        m_settings->sync();
    m_settings.reset();
}

void CoreServices::watchExternalChanges(std::chrono::milliseconds interval)
{
    m_watch.start(interval);
}

bool CoreServices::refreshIfChangedElsewhere()
{
    if (!m_database->changedElsewhere())
        return false;
    if (auto loaded = m_projects->load(); !loaded)
        logging::logger(logging::Channel::Db)
            ->warn("reloading projects failed: {}", loaded.error().toString().toStdString());
    if (auto loaded = m_servers->load(); !loaded)
        logging::logger(logging::Channel::Db)
            ->warn("reloading servers failed: {}", loaded.error().toString().toStdString());
    Q_EMIT changedElsewhere();
    return true;
}

} // namespace hydron
