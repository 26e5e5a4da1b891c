// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli deploy / releases / rollback. deploy: analyse a folder or Git repository (or take
// the services of a Docker image or a template), plan, approve (--yes), keep the plan's secrets
// in the keychain (generated ones made once), provision the server when it is not yet, then
// deploy (or redeploy) as a run streamed like provision.
#include "app/hydron-cli/commandrunner.h"
#include "app/hydron-cli/interruptnotifier.h"
#include "core/coreservices.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/plansecrets.h"
#include "core/planning/planenv.h"
#include "core/planning/planner.h"
#include "core/planning/validator.h"
#include "core/runs/runengine.h"
#include "core/runs/transportfactory.h"
#include "core/secrets/secretmasker.h"
#include "core/secrets/secretstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

QString took(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 s = from.secsTo(to);
    return s >= 60 ? u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0')) : u"%1s"_s.arg(s);
}

template<typename T>
T waitFor(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

Result<qint64> CommandRunner::streamRun(Run::Kind kind, const Server &server, qint64 projectId, const QString &what)
{
    runs::RunEngine &engine = m_core.runEngine();
    QTextStream *out = m_out;
    auto write = [out](const QString &text) {
        if (out) {
            *out << text;
            out->flush();
        }
    };
    qsizetype total = 0;
    qint64 runId = 0;
    std::optional<RunStatus> outcome;
    QString outcomeMessage;
    QEventLoop loop;
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(&engine, &runs::RunEngine::stepStarted, &loop,
                                    [&](qint64 id, int position, const Step &step) {
                                        if (id == runId)
                                            write(u"==> [%1/%2] %3\n"_s.arg(position + 1).arg(total).arg(step.name));
                                    });
    connections << QObject::connect(&engine, &runs::RunEngine::logAppended, &loop,
                                    [&](qint64 id, const QList<LogLine> &lines, qint64, qint64) {
                                        if (id != runId)
                                            return;
                                        QString text;
                                        for (const LogLine &line : lines)
                                            text += u"    "_s + line.text + u'\n';
                                        write(text);
                                    });
    connections << QObject::connect(&engine, &runs::RunEngine::runFinished, &loop,
                                    [&](qint64 id, RunStatus status, const QString &message) {
                                        if (id != runId)
                                            return;
                                        outcome = status;
                                        outcomeMessage = message;
                                        loop.quit();
                                    });
    auto run = engine.start(kind, server.id, projectId);
    if (!run)
        return std::unexpected(run.error());
    runId = run->id;
    total = run->steps.size();
    write(tr("%1 on %2, run #%3 (%4 steps)").arg(what, server.name).arg(runId).arg(total) + u'\n');
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &loop, [&engine, runId, write] {
        write(tr("Stopping run #%1…").arg(runId) + u'\n');
        (void)engine.stop(runId);
    });
    if (!outcome)
        loop.exec();
    for (const auto &c : std::as_const(connections))
        QObject::disconnect(c);
    if (outcome == RunStatus::Completed)
        return runId;
    if (outcome == RunStatus::Stopped)
        return fail(Error::Code::Cancelled, tr("Run #%1 was stopped; the server's lock is released.").arg(runId));
    return std::unexpected(Error{Error::Code::Network,
                                 tr("%1 on %2 failed (run #%3).").arg(what, server.name).arg(runId),
                                 (outcomeMessage.isEmpty() ? QString() : outcomeMessage + u"\n  "_s) +
                                     tr("See \"hydron-cli logs %1\".").arg(runId)});
}

Result<QHash<QString, QString>> CommandRunner::planSecretValues(const Project &project,
                                                                const planning::PlanDocument &plan)
{
    // The same reader the app uses (core/deploy/plansecrets.h); a CLI may wait for it here.
    std::optional<Result<QHash<QString, QString>>> read;
    QEventLoop loop;
    deploy::readPlanSecrets(secretStore(), project, plan, &loop, [&](Result<QHash<QString, QString>> r) {
        read = std::move(r);
        loop.quit();
    });
    if (!read)
        loop.exec();
    if (!*read)
        return std::unexpected(read->error());
    for (auto it = (*read)->cbegin(); it != (*read)->cend(); ++it)
        m_core.masker().add(it.key(), it.value());
    return **read;
}

Result<QString> CommandRunner::deploy(const Invocation &invocation)
{
    if (!invocation.flag(u"server"_s))
        return fail(Error::Code::InvalidInput, tr("Name the server to deploy to with --server NAME."));
    auto server = serverNamed(invocation.value(u"server"_s));
    if (!server)
        return std::unexpected(server.error());
    planning::PlanOptions options;
    // A folder or Git URL is analysed; an image or a template brings its services (as for plan).
    std::optional<source::TemplateCatalog> catalog;
    auto fromSource = projectFromSource(invocation, options, catalog);
    if (!fromSource)
        return std::unexpected(fromSource.error());
    Project project;
    if (auto existing = m_core.projects().findByName(fromSource->project.name))
        project = *existing;
    project.name = fromSource->project.name;
    project.source = fromSource->project.source;
    project.services = fromSource->project.services;
    if (project.services.isEmpty())
        return fail(
            Error::Code::NotFound,
            tr("No services were found in %1, so there is nothing to deploy.").arg(project.source.displayText()));
    auto document = planning::generatePlan(project, options);
    if (!document)
        return std::unexpected(document.error());
    if (const auto problems = planning::validatePlan(*document); !problems.isEmpty()) {
        QStringList lines;
        for (const planning::PlanProblem &p : problems)
            lines << u"- "_s + p.message;
        return std::unexpected(
            Error{Error::Code::InvalidInput,
                  tr("The plan has %n problem(s); fix them and deploy again.", nullptr, int(problems.size())),
                  lines.join(u"\n  "_s)});
    }
    if (!invocation.flag(u"yes"_s)) {
        if (m_out) {
            *m_out << planning::planSummary(*document);
            m_out->flush();
        }
        return fail(Error::Code::InvalidInput,
                    tr("Nothing was deployed: review the plan above, then run the same command with --yes to approve "
                       "it and deploy."));
    }

    // Store the project and the approved plan (a new version only when it changed).
    auto stored = project.id > 0 ? m_core.projects().update(project) : m_core.projects().add(project);
    if (!stored)
        return std::unexpected(stored.error());
    project = *stored;
    const QJsonObject body = document->toJson();
    const auto latest = m_core.plans().latest(project.id);
    if (!latest || latest->body != body ||
        (latest->status != Plan::Status::Approved && latest->status != Plan::Status::Executed)) {
        Plan plan = planning::makePlan(project, *document, latest ? latest->version + 1 : 1);
        plan.status = Plan::Status::Approved;
        if (auto added = m_core.plans().add(plan); !added)
            return std::unexpected(added.error());
    }
    if (!server->projectIds.contains(project.id)) {
        QList<qint64> ids = server->projectIds;
        ids << project.id;
        auto linked = m_core.servers().setLinkedProjects(server->id, ids);
        if (!linked)
            return std::unexpected(linked.error());
        server = *linked;
    }

    auto secretValues = planSecretValues(project, *document);
    if (!secretValues)
        return std::unexpected(secretValues.error());
    deploy::DeployOptions deployOptions;
    const QHash<QString, QString> values = *secretValues;
    deployOptions.secretValues = [values](const Project &,
                                          const planning::PlanDocument &) -> Result<QHash<QString, QString>> {
        return values;
    };
    const QString root = fromSource->root;
    if (!root.isEmpty()) {
        deployOptions.sourceRoot = [root](const Project &) {
            return root;
        };
    }
    runs::RunEngine &engine = m_core.runEngine();
    std::shared_ptr<deploy::DeployRecipe> recipe;
    for (Run::Kind kind : {Run::Kind::Deploy, Run::Kind::Redeploy}) {
        recipe = std::make_shared<deploy::DeployRecipe>(kind, m_core.projects(), m_core.plans(), &m_core.masker(),
                                                        deployOptions);
        engine.addRecipe(recipe);
    }
    auto compiled = recipe->compileProject(project.id);
    if (!compiled)
        return std::unexpected(compiled.error());

    if (server->status != ServerStatus::Provisioned) {
        auto provisioned = streamRun(Run::Kind::Provision, *server, 0, tr("Provisioning"));
        if (!provisioned)
            return std::unexpected(provisioned.error());
    }
    bool deployedBefore = false;
    for (const Run &r : m_core.runs().runs(project.id, server->id, 200)) {
        if (r.status == RunStatus::Completed && (r.kind == Run::Kind::Deploy || r.kind == Run::Kind::Redeploy))
            deployedBefore = true;
    }
    const Run::Kind kind = deployedBefore ? Run::Kind::Redeploy : Run::Kind::Deploy;
    auto run =
        streamRun(kind, *server, project.id,
                  deployedBefore ? tr("Redeploying %1").arg(project.name) : tr("Deploying %1").arg(project.name));
    if (!run)
        return std::unexpected(run.error());
    const auto finished = m_core.runs().find(*run);
    QStringList urls;
    for (const planning::PlanService &s : document->services) {
        for (const planning::PlanDomain &d : s.domains)
            urls << (d.tls == planning::TlsMode::None ? u"http://"_s : u"https://"_s) + d.host + u'/';
        if (s.isPublic && s.domains.isEmpty())
            urls << u"http://"_s + server->host + u'/';
    }
    return tr("Deployed %1 release %2 to %3 in %4 (run #%5); every service is healthy.")
               .arg(project.name, compiled->release, server->name,
                    finished ? took(finished->startedAt, finished->finishedAt) : QString())
               .arg(*run) +
           (urls.isEmpty() ? QString() : u"\n"_s + tr("Serving: %1").arg(urls.join(u' '))) + u'\n';
}

Result<Server> CommandRunner::deployServer(const Project &project, const Invocation &invocation) const
{
    if (invocation.flag(u"server"_s))
        return serverNamed(invocation.value(u"server"_s));
    const QList<Server> servers = m_core.servers().serversForProject(project.id);
    if (servers.isEmpty())
        return fail(Error::Code::NotFound,
                    tr("%1 is on no server yet; deploy it first, or name the server with --server.").arg(project.name));
    if (servers.size() > 1)
        return fail(Error::Code::InvalidInput,
                    tr("%1 is on several servers; name one with --server.").arg(project.name));
    return servers.first();
}

Result<QString> CommandRunner::releases(const Invocation &invocation)
{
    auto project = projectNamed(invocation.arguments.at(0));
    if (!project)
        return std::unexpected(project.error());
    auto server = deployServer(*project, invocation);
    if (!server)
        return std::unexpected(server.error());
    const QString dir = u"/opt/hydron/projects/"_s + deploy::projectSlug(project->name);
    std::unique_ptr<remote::Transport> transport = runs::transportFor(*server);
    auto log = waitFor(transport->readFile(dir + u"/releases.log"_s));
    if (!log)
        return fail(Error::Code::NotFound, tr("%1 has no releases on %2 yet.").arg(project->name, server->name),
                    log.error().toString());
    const auto current = waitFor(transport->readFile(dir + u"/current"_s));
    const QString currentRelease = current ? QString::fromUtf8(current->trimmed()) : QString();
    QStringList seen;
    QString text =
        u"%1  %2  %3\n"_s.arg(tr("RELEASE").leftJustified(12), tr("DEPLOYED (UTC)").leftJustified(20), tr("STATE"));
    const QList<QByteArray> lines = log->trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QList<QByteArray> f = it->trimmed().split(' ');
        if (f.size() != 2)
            continue;
        const QString release = QString::fromUtf8(f.at(1));
        if (seen.contains(release))
            continue;
        seen << release;
        const bool kept = bool(waitFor(transport->readFile(dir + u"/releases/"_s + release + u"/containers"_s)));
        const QString when =
            QDateTime::fromSecsSinceEpoch(f.at(0).toLongLong(), Qt::UTC).toString(u"yyyy-MM-dd hh:mm:ss"_s);
        const QString state = release == currentRelease ? tr("current") : kept ? tr("kept") : tr("removed");
        text += u"%1  %2  %3\n"_s.arg(release.leftJustified(12), when.leftJustified(20), state);
    }
    return text;
}

Result<QString> CommandRunner::rollback(const Invocation &invocation)
{
    auto project = projectNamed(invocation.arguments.at(0));
    if (!project)
        return std::unexpected(project.error());
    auto server = deployServer(*project, invocation);
    if (!server)
        return std::unexpected(server.error());
    auto recipe = std::make_shared<deploy::RollbackRecipe>(m_core.projects());
    recipe->setTarget(project->id, invocation.value(u"to"_s).trimmed());
    m_core.runEngine().addRecipe(recipe);
    auto run = streamRun(Run::Kind::Rollback, *server, project->id, tr("Rolling back %1").arg(project->name));
    if (!run)
        return std::unexpected(run.error());
    return tr("Rolled %1 back on %2 (run #%3); the release serves and is healthy.")
               .arg(project->name, server->name)
               .arg(*run) +
           u'\n';
}

} // namespace hydron::cli
