// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deploy/deploystarter.h"

#include "core/coreservices.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/plansecrets.h"
#include "core/logging.h"
#include "core/model/plan.h"
#include "core/model/project.h"
#include "core/planning/planner.h"
#include "core/remote/transport.h"
#include "core/runs/runengine.h"
#include "core/source/keychaincredentialprovider.h"
#include "core/source/libgit2fetcher.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hydron::deploy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::deploy::DeployStarter", text);
}

bool holdsServer(RunStatus status)
{
    return status == RunStatus::Started || status == RunStatus::InProgress || status == RunStatus::Paused;
}

// Reads the files of listReleases one after the other; holds the transport until the end.
struct ReleaseWalk : std::enable_shared_from_this<ReleaseWalk>
{
    std::shared_ptr<remote::Transport> transport;
    QString dir;
    QString serverName;
    QPointer<QObject> context;
    ReleasesCallback callback;
    QList<KeptRelease> releases;
    QString current;
    qsizetype index = 0;

    template<typename Then>
    void read(const QString &path, Then then)
    {
        if (!context)
            return;
        auto *watcher = new QFutureWatcher<Result<QByteArray>>(context);
        QObject::connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, context,
                         [self = shared_from_this(), watcher, then] {
                             watcher->deleteLater();
                             then(watcher->result());
                         });
        watcher->setFuture(transport->readFile(path));
    }

    void start()
    {
        read(dir + u"/releases.log"_s, [self = shared_from_this()](const Result<QByteArray> &log) {
            if (!log) {
                // No log: nothing was deployed there (or the server cannot be reached: say so).
                if (log.error().code == Error::Code::NotFound)
                    self->end(QList<KeptRelease>{});
                else
                    self->end(std::unexpected(
                        Error{log.error().code,
                              tr("The releases on %1 could not be read: %2").arg(self->serverName, log.error().message),
                              log.error().detail}));
                return;
            }
            const QList<QByteArray> lines = log->trimmed().split('\n');
            QStringList seen;
            for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
                const QList<QByteArray> f = it->trimmed().split(' ');
                if (f.size() != 2)
                    continue;
                const QString id = QString::fromUtf8(f.at(1));
                if (seen.contains(id))
                    continue;
                seen << id;
                KeptRelease r;
                r.id = id;
                r.deployedAt = QDateTime::fromSecsSinceEpoch(f.at(0).toLongLong(), Qt::UTC);
                self->releases << r;
            }
            self->read(self->dir + u"/current"_s, [self](const Result<QByteArray> &current) {
                if (current)
                    self->current = QString::fromUtf8(current->trimmed());
                self->nextKept();
            });
        });
    }

    void nextKept()
    {
        if (index >= releases.size()) {
            for (KeptRelease &r : releases)
                r.current = r.id == current;
            end(releases);
            return;
        }
        read(dir + u"/releases/"_s + releases.at(index).id + u"/containers"_s,
             [self = shared_from_this()](const Result<QByteArray> &containers) {
                 self->releases[self->index].kept = containers.has_value();
                 ++self->index;
                 self->nextKept();
             });
    }

    void end(Result<QList<KeptRelease>> result)
    {
        if (!context || !callback)
            return;
        ReleasesCallback done = std::move(callback);
        callback = nullptr;
        done(std::move(result));
    }
};

} // namespace

void listReleases(CoreServices &core, const Project &project, const Server &server, QObject *context,
                  ReleasesCallback callback)
{
    auto walk = std::make_shared<ReleaseWalk>();
    walk->transport = core.transportFactory()(server);
    walk->dir = u"/opt/hydron/projects/"_s + projectSlug(project.name);
    walk->serverName = server.name;
    walk->context = context;
    walk->callback = std::move(callback);
    QTimer::singleShot(0, context, [walk] { walk->start(); });
}

std::optional<Error> deployBlocker(CoreServices &core, const DeployRequest &request)
{
    const auto project = core.projects().find(request.projectId);
    if (!project)
        return Error{Error::Code::NotFound, tr("The project no longer exists."), {}};
    if (request.kind != Run::Kind::Deploy && request.kind != Run::Kind::Redeploy && request.kind != Run::Kind::Rollback)
        return Error{Error::Code::InvalidInput, tr("Only deploy, redeploy and rollback runs start here."), {}};
    if (request.kind != Run::Kind::Rollback) {
        const auto plan = core.plans().latest(project->id);
        if (!plan)
            return Error{
                Error::Code::InvalidInput,
                tr("%1 has no plan yet: generate the plan, review it and approve it first.").arg(project->name),
                {}};
        if (planning::isStale(*plan, *project))
            return Error{Error::Code::InvalidInput,
                         tr("The plan is stale: the services changed after it was made. Regenerate it and approve "
                            "it again."),
                         {}};
        if (plan->status != Plan::Status::Approved && plan->status != Plan::Status::Executed)
            return Error{Error::Code::InvalidInput,
                         tr("Approve the plan first: version %1 is %2.")
                             .arg(plan->version)
                             .arg(Plan::statusLabel(plan->status).toLower()),
                         {}};
    }
    const auto server = core.servers().find(request.serverId);
    if (!server)
        return Error{Error::Code::NotFound, tr("Choose a server: the one chosen no longer exists."), {}};
    for (const Run &r : core.runs().runs(project->id, 0, 50)) {
        if (holdsServer(r.status))
            return Error{Error::Code::InvalidInput,
                         tr("Run #%1 (%2) of %3 is still %4; wait for it or stop it first.")
                             .arg(r.id)
                             .arg(Run::kindLabel(r.kind).toLower(), project->name, runStatusLabel(r.status).toLower()),
                         {}};
    }
    for (const Run &r : core.runs().runs(0, server->id, 50)) {
        if (holdsServer(r.status))
            return Error{Error::Code::InvalidInput,
                         tr("Run #%1 (%2) is still %3 on %4; one run at a time per server.")
                             .arg(r.id)
                             .arg(Run::kindLabel(r.kind).toLower(), runStatusLabel(r.status).toLower(), server->name),
                         {}};
    }
    return std::nullopt;
}

DeployStarter::DeployStarter(CoreServices &core, DeployRequest request, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_request(std::move(request))
{
    QTimer::singleShot(0, this, &DeployStarter::start);
}

DeployStarter::~DeployStarter()
{
    if (m_clone)
        m_clone->cancel();
}

void DeployStarter::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    delete m_guard; // the keychain's answers, if any are still coming, go nowhere
    m_guard = nullptr;
    if (m_clone) {
        // The job ends with Cancelled (and removes a half-made clone); finish now regardless.
        disconnect(m_clone, nullptr, this, nullptr);
        m_clone->cancel();
    }
    // Deferred, like every other end, so a caller that cancels from a slot sees it afterwards.
    QTimer::singleShot(0, this, [this] {
        finish(fail(Error::Code::Cancelled, tr("Cancelled before the run started; nothing was started.")));
    });
}

void DeployStarter::start()
{
    if (m_cancelled || m_finished)
        return;
    Q_EMIT started();
    if (auto blocked = deployBlocker(m_core, m_request)) {
        finish(std::unexpected(*blocked));
        return;
    }
    const Project project = *m_core.projects().find(m_request.projectId);
    if (m_request.kind == Run::Kind::Rollback) {
        m_core.setRollbackTarget(project.id, m_request.rollbackTarget);
        launch(QString());
        return;
    }
    readSecrets(project);
}

void DeployStarter::readSecrets(const Project &project)
{
    const auto plan = m_core.plans().latest(project.id);
    auto document = planning::planDocument(*plan);
    if (!document) {
        finish(std::unexpected(document.error()));
        return;
    }
    if (document->secrets.isEmpty()) {
        m_core.setDeploySecretValues(project.id, {});
        resolveSource(project);
        return;
    }
    Q_EMIT progress(tr("Reading the plan's secrets from the keychain"));
    m_guard = new QObject(this);
    readPlanSecrets(m_core.secretStore(), project, *document, m_guard,
                    [this, project](Result<QHash<QString, QString>> values) {
                        m_guard->deleteLater();
                        m_guard = nullptr;
                        if (m_cancelled)
                            return;
                        if (!values) {
                            finish(std::unexpected(values.error()));
                            return;
                        }
                        m_core.setDeploySecretValues(project.id, *values);
                        resolveSource(project);
                    });
}

void DeployStarter::resolveSource(const Project &project)
{
    switch (project.source.kind) {
    case ProjectSource::Kind::Folder:
        if (!QFileInfo(project.source.location).isDir()) {
            finish(fail(Error::Code::NotFound,
                        tr("The source folder %1 does not exist any more; choose it again in the project's settings.")
                            .arg(project.source.location)));
            return;
        }
        launch(project.source.location);
        return;
    case ProjectSource::Kind::Git:
        fetch(project);
        return;
    case ProjectSource::Kind::Image:
    case ProjectSource::Kind::Template:
    case ProjectSource::Kind::None:
        // Image services need no build context; a service that builds fails the compile with
        // a message that says so.
        launch(QString());
        return;
    }
}

void DeployStarter::fetch(const Project &project)
{
    source::CloneRequest request;
    request.url = project.source.location;
    request.ref = project.source.ref;
    Q_EMIT progress(tr("Fetching %1").arg(project.source.displayText()));
    m_guard = new QObject(this);
    m_core.gitCredentials().prepare(request, m_guard, [this, request](Result<void> prepared) {
        m_guard->deleteLater();
        m_guard = nullptr;
        if (m_cancelled)
            return;
        if (!prepared)
            logging::logger(logging::Channel::Git)
                ->warn("keychain not read before fetching: {}", prepared.error().toString().toStdString());
        m_clone = m_core.gitFetcher().fetch(request, this);
        connect(m_clone, &source::CloneJob::progress, this,
                [this](qint64 done, qint64 total, source::CloneStage stage) {
                    const QString label = source::cloneStageLabel(stage);
                    Q_EMIT progress(total > 0 ? tr("%1: %2%").arg(label).arg(done * 100 / total) : label);
                });
        connect(m_clone, &source::CloneJob::finished, this, [this](const Result<source::CloneResult> &cloned) {
            m_clone->deleteLater();
            m_clone = nullptr;
            if (m_cancelled)
                return;
            if (!cloned) {
                Error e = cloned.error();
                e.message = tr("The repository could not be fetched: %1").arg(e.message);
                finish(std::unexpected(e));
                return;
            }
            launch(cloned->path);
        });
    });
}

void DeployStarter::launch(const QString &sourceRoot)
{
    if (m_cancelled)
        return;
    if (m_request.kind != Run::Kind::Rollback)
        m_core.setDeploySourceRoot(m_request.projectId, sourceRoot);
    // Checked again: a run may have started while the keychain or Git answered.
    if (auto blocked = deployBlocker(m_core, m_request)) {
        finish(std::unexpected(*blocked));
        return;
    }
    Q_EMIT progress(tr("Starting the run"));
    finish(m_core.runEngine().start(m_request.kind, m_request.serverId, m_request.projectId));
}

void DeployStarter::finish(const Result<Run> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace hydron::deploy
