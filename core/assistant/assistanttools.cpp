// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/assistanttools.h"

#include "core/analysis/analyzer.h"
#include "core/coreservices.h"
#include "core/model/project.h"
#include "core/planning/backing.h"
#include "core/planning/plandiff.h"
#include "core/planning/planner.h"
#include "core/planning/validator.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/source/clonejob.h"
#include "core/source/gitfetcher.h"
#include "core/source/gitremote.h"
#include "core/source/keychaincredentialprovider.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

QJsonObject objectSchema(const QJsonObject &properties, const QStringList &required = {})
{
    QJsonObject schema{{u"type"_s, u"object"_s}, {u"properties"_s, properties}};
    if (!required.isEmpty())
        schema.insert(u"required"_s, QJsonArray::fromStringList(required));
    return schema;
}

QJsonObject prop(const QString &type, const QString &description)
{
    return QJsonObject{{u"type"_s, type}, {u"description"_s, description}};
}

QJsonObject enumProp(const QStringList &values, const QString &description)
{
    return QJsonObject{
        {u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray::fromStringList(values)}, {u"description"_s, description}};
}

ToolOutcome error(const QString &text)
{
    return ToolOutcome{text, true, std::nullopt, false};
}

ToolOutcome ok(const QString &text)
{
    return ToolOutcome{text, false, std::nullopt, false};
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString defaultImage(const QString &engine)
{
    static const QMap<QString, QString> images{{u"postgres"_s, u"postgres:16"_s},  {u"mysql"_s, u"mysql:8"_s},
                                               {u"mariadb"_s, u"mariadb:11"_s},    {u"mongodb"_s, u"mongo:7"_s},
                                               {u"redis"_s, u"redis:7"_s},         {u"rabbitmq"_s, u"rabbitmq:3"_s},
                                               {u"memcached"_s, u"memcached:1"_s}, {u"valkey"_s, u"valkey/valkey:7"_s}};
    return images.value(engine);
}

QString engineName(QString text)
{
    text = text.trimmed().toLower();
    if (text == u"postgresql" || text == u"pg")
        return u"postgres"_s;
    if (text == u"mongo")
        return u"mongodb"_s;
    return text;
}

} // namespace

AssistantTools::AssistantTools(CoreServices &core, qint64 projectId)
    : m_core(core)
    , m_projectId(projectId)
{}

QList<ToolSpec> AssistantTools::specs()
{
    const QJsonObject none = objectSchema({});
    QJsonObject change = objectSchema(
        {{u"op"_s, enumProp({u"set_domain"_s, u"add_backing"_s, u"remove_service"_s, u"set_server"_s, u"set_env"_s,
                             u"set_memory"_s, u"set_health_path"_s, u"set_port"_s, u"edit_dockerfile"_s},
                            u"what to change"_s)},
         {u"service"_s, prop(u"string"_s, u"the service (default: the primary public service)"_s)},
         {u"domain"_s, prop(u"string"_s, u"set_domain: the host name"_s)},
         {u"engine"_s, prop(u"string"_s, u"add_backing: postgres, mysql, mariadb, mongodb, redis, rabbitmq…"_s)},
         {u"cpus"_s, prop(u"integer"_s, u"set_server"_s)},
         {u"memory_mb"_s, prop(u"integer"_s, u"set_server / set_memory"_s)},
         {u"disk_gb"_s, prop(u"integer"_s, u"set_server"_s)},
         {u"name"_s, prop(u"string"_s, u"set_env: the variable"_s)},
         {u"value"_s, prop(u"string"_s, u"set_env: a plain (non-secret) value"_s)},
         {u"secret_ref"_s, prop(u"string"_s, u"set_env: a secret reference instead of a value"_s)},
         {u"path"_s, prop(u"string"_s, u"set_health_path: the HTTP path"_s)},
         {u"port"_s, prop(u"integer"_s, u"set_port: the port the app listens on in its container"_s)},
         {u"find"_s, prop(u"string"_s, u"edit_dockerfile: text in the generated Dockerfile"_s)},
         {u"replace"_s, prop(u"string"_s, u"edit_dockerfile: what replaces every occurrence"_s)}},
        {u"op"_s});
    return {
        {u"get_project_state"_s, u"The project: source, services, the current plan's status, servers, recent runs."_s,
         none},
        {u"analyze_source"_s,
         u"Analyze the project's source (a folder, or a Git repository fetched first) and report the services found."_s,
         none},
        {u"propose_plan"_s,
         u"Propose a whole new deployment plan. Give `plan` (plan schema v1, as get_project_state/explain_plan "
         "show it) or `regenerate: true` for the rule-based planner. The plan is validated; the user must approve."_s,
         objectSchema({{u"plan"_s, prop(u"object"_s, u"the plan document"_s)},
                       {u"regenerate"_s, prop(u"boolean"_s, u"let the rule-based planner make the plan"_s)},
                       {u"reason"_s, prop(u"string"_s, u"why, in one sentence for the user"_s)}})},
        {u"modify_plan"_s,
         u"Change the current plan (domain, databases and caches, server size, env vars, memory, health path). "
         "Validated; the user must approve."_s,
         objectSchema({{u"changes"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, change}}},
                       {u"reason"_s, prop(u"string"_s, u"why, in one sentence for the user"_s)}},
                      {u"changes"_s})},
        {u"explain_plan"_s, u"The current plan in words and as JSON, with the validator's findings."_s, none},
        {u"list_servers"_s, u"The servers Hydron knows and which are linked to this project."_s, none},
        {u"server_status"_s, u"A server's spec, status, and its recent runs."_s,
         objectSchema({{u"server"_s, prop(u"string"_s, u"the server's name (default: the project's server)"_s)}})},
        {u"get_run_logs"_s, u"The last lines of a run's log (secret values masked)."_s,
         objectSchema({{u"run_id"_s, prop(u"integer"_s, u"the run (default: the project's latest)"_s)},
                       {u"lines"_s, prop(u"integer"_s, u"how many lines from the end (default 60, at most 400)"_s)}})},
        {u"start_run"_s, u"Start a provision, deploy, redeploy or rollback run. The user must approve first."_s,
         objectSchema(
             {{u"kind"_s, enumProp({u"provision"_s, u"deploy"_s, u"redeploy"_s, u"rollback"_s}, u"what to run"_s)},
              {u"server"_s, prop(u"string"_s, u"the server's name (default: the project's server)"_s)},
              {u"reason"_s, prop(u"string"_s, u"why, in one sentence for the user"_s)}},
             {u"kind"_s})},
    };
}

bool AssistantTools::isKnown(const QString &name)
{
    for (const ToolSpec &spec : specs()) {
        if (spec.name == name)
            return true;
    }
    return false;
}

QString AssistantTools::masked(const QString &text) const
{
    return m_core.masker().mask(text);
}

QFuture<ToolOutcome> AssistantTools::call(const QString &name, const QJsonObject &input)
{
    if (name == u"analyze_source") {
        const auto project = m_core.projects().find(m_projectId);
        if (!project)
            return QtFuture::makeReadyFuture(error(tr("The project no longer exists.")));
        if (project->source.kind == ProjectSource::Kind::Git)
            return analyzeGitSource(*project);
        if (project->source.kind != ProjectSource::Kind::Folder || !QFileInfo(project->source.location).isDir())
            return QtFuture::makeReadyFuture(
                ok(tr("The source is %1; there is no code to analyze (only folders and Git repositories are). The "
                      "services known now are in get_project_state.")
                       .arg(project->source.displayText())));
        const QString root = project->source.location;
        const secrets::SecretMasker *masker = &m_core.masker();
        return QtConcurrent::run([root, masker] {
            auto result = analysis::analyze(root);
            if (!result)
                return error(result.error().toString());
            return ok(masker->mask(result->toText()));
        });
    }
    ToolOutcome outcome;
    if (name == u"get_project_state")
        outcome = projectState();
    else if (name == u"propose_plan")
        outcome = proposePlan(input);
    else if (name == u"modify_plan")
        outcome = modifyPlan(input);
    else if (name == u"explain_plan")
        outcome = explainPlan();
    else if (name == u"list_servers")
        outcome = listServers();
    else if (name == u"server_status")
        outcome = serverStatus(input);
    else if (name == u"get_run_logs")
        outcome = runLogs(input);
    else if (name == u"start_run")
        outcome = startRun(input);
    else
        outcome = error(tr("There is no tool called \"%1\".").arg(name));
    outcome.content = masked(outcome.content);
    return QtFuture::makeReadyFuture(outcome);
}

QFuture<ToolOutcome> AssistantTools::analyzeGitSource(const Project &project) const
{
    // Fetched into the app's source cache (on the Git thread, credentials from the keychain),
    // then analysed off the GUI thread; the tool's answer comes when both are done.
    auto promise = std::make_shared<QPromise<ToolOutcome>>();
    promise->start();
    QFuture<ToolOutcome> future = promise->future();
    source::CloneRequest request;
    request.url = project.source.location;
    request.ref = project.source.ref;
    CoreServices *core = &m_core;
    const secrets::SecretMasker *masker = &m_core.masker();
    auto *guard = new QObject; // context of the callbacks; deleted when the fetch is over
    auto deliver = [promise](const ToolOutcome &outcome) {
        promise->addResult(outcome);
        promise->finish();
    };
    core->gitCredentials().prepare(request, guard, [core, masker, request, guard, deliver](Result<void>) {
        source::CloneJob *job = core->gitFetcher().fetch(request, guard);
        QObject::connect(
            job, &source::CloneJob::finished, guard,
            [masker, request, guard, deliver](const Result<source::CloneResult> &cloned) {
                guard->deleteLater();
                if (!cloned) {
                    deliver(error(masker->mask(
                        tr("The repository %1 could not be fetched: %2").arg(request.url, cloned.error().toString()))));
                    return;
                }
                analysis::AnalysisOptions options;
                if (const auto remote = source::GitRemote::parse(request.url))
                    options.rootName = remote->repositoryName();
                const QString header = tr("%1 at %2 (%3)").arg(request.url, cloned->commit.left(12), cloned->ref);
                const QString root = cloned->path;
                QtConcurrent::run([root, options, header, masker] {
                    auto result = analysis::analyze(root, options);
                    if (!result)
                        return error(masker->mask(result.error().toString()));
                    return ok(masker->mask(header + u'\n' + result->toText()));
                }).then([deliver](const ToolOutcome &outcome) { deliver(outcome); });
            });
    });
    return future;
}

ToolOutcome AssistantTools::projectState() const
{
    const auto project = m_core.projects().find(m_projectId);
    if (!project)
        return error(tr("The project no longer exists."));
    QJsonObject state = project->toJson();
    if (const auto plan = m_core.plans().latest(m_projectId)) {
        state.insert(u"plan"_s, QJsonObject{{u"version"_s, plan->version},
                                            {u"status"_s, Plan::statusName(plan->status)},
                                            {u"stale"_s, planning::isStale(*plan, *project)}});
    } else {
        state.insert(u"plan"_s, QJsonValue::Null);
    }
    QJsonArray servers;
    for (const Server &server : m_core.servers().serversForProject(m_projectId))
        servers.append(server.name);
    state.insert(u"servers"_s, servers);
    QJsonArray runs;
    for (const Run &run : m_core.runs().runs(m_projectId, 0, 5)) {
        runs.append(QJsonObject{{u"id"_s, run.id},
                                {u"kind"_s, Run::kindName(run.kind)},
                                {u"status"_s, runStatusName(run.status)},
                                {u"created"_s, run.createdAt.toString(Qt::ISODate)}});
    }
    state.insert(u"recent_runs"_s, runs);
    return ok(json(state));
}

QString AssistantTools::projectBrief() const
{
    const auto project = m_core.projects().find(m_projectId);
    if (!project)
        return {};
    QStringList services;
    for (const Service &service : project->services)
        services << service.name;
    QString text = tr("Project \"%1\" (%2), source %3; services: %4.")
                       .arg(project->name, projectTypeLabel(project->type), project->source.displayText(),
                            services.isEmpty() ? tr("none yet") : services.join(u", "_s));
    if (const auto plan = m_core.plans().latest(m_projectId))
        text += u' ' + tr("Plan version %1 is %2.").arg(plan->version).arg(Plan::statusLabel(plan->status));
    else
        text += u' ' + tr("There is no plan yet.");
    QStringList servers;
    for (const Server &server : m_core.servers().serversForProject(m_projectId))
        servers << server.name;
    if (!servers.isEmpty())
        text += u' ' + tr("Servers: %1.").arg(servers.join(u", "_s));
    return masked(text);
}

ToolOutcome AssistantTools::planCard(const QString &toolName, const QJsonObject &planJson, const QString &why) const
{
    auto document = planning::PlanDocument::fromJson(planJson);
    if (!document)
        return ToolOutcome{tr("The plan does not follow the plan schema: %1").arg(document.error().toString()), true,
                           std::nullopt, true};
    const QList<planning::PlanProblem> problems = planning::validatePlan(*document);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const planning::PlanProblem &problem : problems)
            lines << u"- "_s + problem.message;
        return ToolOutcome{tr("The plan is not valid; correct these and try again:\n%1").arg(lines.join(u'\n')), true,
                           std::nullopt, true};
    }
    ActionCard card;
    card.kind = toolName == u"propose_plan" ? ActionCard::Kind::ProposePlan : ActionCard::Kind::ModifyPlan;
    card.payload = QJsonObject{{u"plan"_s, document->toJson()}};
    const auto latest = m_core.plans().latest(m_projectId);
    std::optional<planning::PlanDocument> before;
    if (latest) {
        if (auto doc = planning::planDocument(*latest))
            before = *doc;
    }
    if (before) {
        const planning::PlanDiff diff = planning::diffPlans(*before, *document);
        if (diff.isEmpty())
            return ok(tr("That is what the current plan already says; nothing to change."));
        card.diff = diff.toText();
        card.payload.insert(u"base_version"_s, latest->version);
    }
    card.title = card.kind == ActionCard::Kind::ProposePlan ? tr("Use a new plan") : tr("Change the plan");
    card.summary = why.isEmpty() ? planning::planSummary(*document) : why;
    ToolOutcome outcome = ok(tr("The change is shown to the user as an action card awaiting approval; it is not "
                                "applied until the user approves it.%1")
                                 .arg(card.diff.isEmpty() ? QString() : u"\n"_s + card.diff));
    outcome.card = card;
    return outcome;
}

ToolOutcome AssistantTools::proposePlan(const QJsonObject &input) const
{
    const QString reason = input.value(u"reason"_s).toString();
    if (input.value(u"regenerate"_s).toBool() || !input.contains(u"plan"_s)) {
        const auto project = m_core.projects().find(m_projectId);
        if (!project)
            return error(tr("The project no longer exists."));
        if (project->services.isEmpty())
            return error(tr("The project has no services yet: analyze the source first."));
        planning::PlanOptions options;
        options.domain = input.value(u"domain"_s).toString();
        if (project->source.kind == ProjectSource::Kind::Folder)
            options.sourceRoot = project->source.location;
        auto document = planning::generatePlan(*project, options);
        if (!document)
            return error(document.error().toString());
        return planCard(u"propose_plan"_s, document->toJson(),
                        reason.isEmpty() ? tr("A plan made by the rule-based planner from the reviewed services.")
                                         : reason);
    }
    if (!input.value(u"plan"_s).isObject())
        return ToolOutcome{tr("`plan` must be an object in the plan schema."), true, std::nullopt, true};
    return planCard(u"propose_plan"_s, input.value(u"plan"_s).toObject(), reason);
}

ToolOutcome AssistantTools::modifyPlan(const QJsonObject &input) const
{
    const auto project = m_core.projects().find(m_projectId);
    if (!project)
        return error(tr("The project no longer exists."));
    planning::PlanDocument plan;
    if (const auto latest = m_core.plans().latest(m_projectId)) {
        auto document = planning::planDocument(*latest);
        if (!document)
            return error(document.error().toString());
        plan = *document;
    } else {
        if (project->services.isEmpty())
            return error(tr("The project has no services yet: analyze the source first."));
        auto document = planning::generatePlan(*project);
        if (!document)
            return error(document.error().toString());
        plan = *document;
    }
    const QJsonArray changes = input.value(u"changes"_s).toArray();
    if (changes.isEmpty())
        return ToolOutcome{tr("`changes` must list at least one change."), true, std::nullopt, true};

    auto primary = [&plan]() -> planning::PlanService * {
        for (planning::PlanService &s : plan.services) {
            if (s.isPublic)
                return &s;
        }
        for (planning::PlanService &s : plan.services) {
            if (s.kind != ServiceKind::Backing)
                return &s;
        }
        return nullptr;
    };
    QStringList said;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString op = change.value(u"op"_s).toString();
        const QString serviceName = change.value(u"service"_s).toString();
        planning::PlanService *service = serviceName.isEmpty() ? primary() : plan.service(serviceName);
        const bool needsService = op == u"set_domain" || op == u"set_env" || op == u"set_memory" ||
                                  op == u"set_health_path" || op == u"remove_service" || op == u"set_port" ||
                                  op == u"edit_dockerfile";
        if (needsService && !service)
            return ToolOutcome{tr("There is no service \"%1\" in the plan.").arg(serviceName), true, std::nullopt,
                               true};
        if (op == u"set_domain") {
            const QString host = change.value(u"domain"_s).toString().trimmed().toLower();
            QString why;
            if (!planning::isValidDomain(host, &why))
                return ToolOutcome{tr("\"%1\" is not a domain a proxy can serve: %2").arg(host, why), true,
                                   std::nullopt, true};
            service->isPublic = true;
            if (service->publicPort == 0 && !service->ports.isEmpty())
                service->publicPort = service->ports.first();
            const bool local = host.endsWith(u".test") || host.endsWith(u".localhost") || host.endsWith(u".local") ||
                               host.endsWith(u".internal");
            service->domains = {
                planning::PlanDomain{host, local ? planning::TlsMode::Internal : planning::TlsMode::Acme}};
            said << tr("serve %1 at %2").arg(service->name, host);
        } else if (op == u"add_backing") {
            const QString engine = engineName(change.value(u"engine"_s).toString());
            const auto backing = planning::backingEngineByName(engine);
            if (!backing || defaultImage(engine).isEmpty())
                return ToolOutcome{tr("Hydron does not know the engine \"%1\".").arg(engine), true, std::nullopt, true};
            if (plan.service(engine))
                return ok(tr("The plan already has a %1 service.").arg(engine));
            planning::PlanService added;
            added.name = engine;
            added.kind = ServiceKind::Backing;
            added.backing = engine;
            added.image = defaultImage(engine);
            planning::configureBacking(added, *backing, plan.secrets);
            for (planning::PlanService &other : plan.services) {
                if (other.kind != ServiceKind::Backing && other.kind != ServiceKind::Static)
                    other.dependsOn.append(engine);
            }
            plan.services.append(added);
            std::sort(plan.services.begin(), plan.services.end(),
                      [](const planning::PlanService &a, const planning::PlanService &b) { return a.name < b.name; });
            std::sort(plan.secrets.begin(), plan.secrets.end(),
                      [](const planning::PlanSecret &a, const planning::PlanSecret &b) { return a.ref < b.ref; });
            said << tr("add %1").arg(engine);
        } else if (op == u"remove_service") {
            const QString name = service->name;
            plan.services.removeIf([&name](const planning::PlanService &s) { return s.name == name; });
            for (planning::PlanService &other : plan.services)
                other.dependsOn.removeAll(name);
            said << tr("remove %1").arg(name);
        } else if (op == u"set_server") {
            const int cpus = change.value(u"cpus"_s).toInt();
            const int memory = change.value(u"memory_mb"_s).toInt();
            const int disk = change.value(u"disk_gb"_s).toInt();
            if (cpus <= 0 && memory <= 0 && disk <= 0)
                return ToolOutcome{tr("set_server needs cpus, memory_mb or disk_gb."), true, std::nullopt, true};
            if (cpus > 0)
                plan.server.cpus = cpus;
            if (memory > 0)
                plan.server.memoryMb = memory;
            if (disk > 0)
                plan.server.diskGb = disk;
            plan.server.offerId.clear();
            plan.server.offerName.clear();
            plan.server.monthlyPrice = 0;
            plan.server.reasoning = tr("Resized on request.");
            said << tr("resize the server to %1 CPU, %2 MB, %3 GB")
                        .arg(plan.server.cpus)
                        .arg(plan.server.memoryMb)
                        .arg(plan.server.diskGb);
        } else if (op == u"set_env") {
            const QString name = change.value(u"name"_s).toString().trimmed();
            const QString ref = change.value(u"secret_ref"_s).toString().trimmed();
            const planning::PlanEnvVar var =
                ref.isEmpty() ? planning::PlanEnvVar::literal(name, change.value(u"value"_s).toString())
                              : planning::PlanEnvVar::secret(name, ref);
            bool replaced = false;
            for (planning::PlanEnvVar &existing : service->env) {
                if (existing.name == name) {
                    existing.kind = var.kind;
                    existing.value = var.value;
                    replaced = true;
                }
            }
            if (!replaced)
                service->env.append(var);
            if (!ref.isEmpty() && !plan.secret(ref)) {
                planning::PlanSecret secret;
                secret.ref = ref;
                plan.secrets.append(secret);
                std::sort(plan.secrets.begin(), plan.secrets.end(),
                          [](const planning::PlanSecret &a, const planning::PlanSecret &b) { return a.ref < b.ref; });
            }
            said << tr("set %1 on %2").arg(name, service->name);
        } else if (op == u"set_memory") {
            service->memoryMb = change.value(u"memory_mb"_s).toInt();
            said << tr("limit %1 to %2 MB").arg(service->name).arg(service->memoryMb);
        } else if (op == u"set_health_path") {
            const QString path = change.value(u"path"_s).toString();
            service->health.type = planning::PlanHealth::Type::Http;
            service->health.path = path.startsWith(u'/') ? path : u'/' + path;
            if (service->health.port == 0)
                service->health.port = service->publicPort > 0 ? service->publicPort : service->ports.value(0);
            said << tr("check %1 at %2").arg(service->name, service->health.path);
        } else if (op == u"set_port") {
            const int port = change.value(u"port"_s).toInt();
            if (port < 1 || port > 65535)
                return ToolOutcome{tr("A port is a number from 1 to 65535."), true, std::nullopt, true};
            const int old = service->publicPort > 0 ? service->publicPort : service->ports.value(0);
            if (old > 0 && service->ports.contains(old))
                service->ports[service->ports.indexOf(old)] = port;
            else if (!service->ports.contains(port))
                service->ports.prepend(port);
            QList<int> unique;
            for (const int p : std::as_const(service->ports)) {
                if (!unique.contains(p))
                    unique.append(p);
            }
            service->ports = unique;
            if (service->isPublic || service->publicPort > 0)
                service->publicPort = port;
            if (service->health.port == old || service->health.port == 0)
                service->health.port = service->health.type == planning::PlanHealth::Type::None ? 0 : port;
            said << tr("serve %1 on port %2").arg(service->name).arg(port);
        } else if (op == u"edit_dockerfile") {
            const QString find = change.value(u"find"_s).toString();
            const QString replace = change.value(u"replace"_s).toString();
            if (!service->build || service->build->generatedDockerfile.isEmpty())
                return ToolOutcome{
                    tr("%1 builds with its own Dockerfile from the repository; change it there.").arg(service->name),
                    true, std::nullopt, true};
            if (find.isEmpty() || !service->build->generatedDockerfile.contains(find))
                return ToolOutcome{
                    tr("The generated Dockerfile of %1 does not contain \"%2\".").arg(service->name, find), true,
                    std::nullopt, true};
            service->build->generatedDockerfile.replace(find, replace);
            said << tr("use \"%1\" instead of \"%2\" in the Dockerfile of %3").arg(replace, find, service->name);
        } else {
            return ToolOutcome{tr("Unknown change \"%1\".").arg(op), true, std::nullopt, true};
        }
    }
    const QString reason = input.value(u"reason"_s).toString();
    ToolOutcome outcome = planCard(u"modify_plan"_s, plan.toJson(), reason);
    if (outcome.card) {
        outcome.card->title = tr("Change the plan: %1").arg(said.join(u"; "_s));
        if (reason.isEmpty())
            outcome.card->summary = said.join(u"\n"_s);
    }
    return outcome;
}

ToolOutcome AssistantTools::explainPlan() const
{
    const auto latest = m_core.plans().latest(m_projectId);
    if (!latest)
        return ok(tr("There is no plan yet; propose_plan with regenerate makes one."));
    auto document = planning::planDocument(*latest);
    if (!document)
        return error(document.error().toString());
    QString text = tr("Plan version %1 (%2)\n").arg(latest->version).arg(Plan::statusName(latest->status));
    text += planning::planSummary(*document);
    const auto problems = planning::validatePlan(*document);
    for (const auto &problem : problems)
        text += u"\n! "_s + problem.message;
    text += u"\n\nJSON: "_s + json(document->toJson());
    return ok(text);
}

ToolOutcome AssistantTools::listServers() const
{
    QJsonArray list;
    for (const Server &server : m_core.servers().servers()) {
        list.append(QJsonObject{{u"name"_s, server.name},
                                {u"host"_s, server.isLocal() ? u"this computer"_s : server.host},
                                {u"status"_s, serverStatusName(server.status)},
                                {u"cpus"_s, server.spec.cpus},
                                {u"memory_mb"_s, server.spec.memoryMb},
                                {u"linked"_s, server.projectIds.contains(m_projectId)}});
    }
    return ok(json(QJsonObject{{u"servers"_s, list}}));
}

namespace {

Result<Server> resolveServer(CoreServices &core, qint64 projectId, const QString &name)
{
    if (!name.isEmpty()) {
        if (auto server = core.servers().findByName(name))
            return *server;
        return fail(Error::Code::NotFound, AssistantTools::tr("There is no server called \"%1\".").arg(name));
    }
    const QList<Server> linked = core.servers().serversForProject(projectId);
    if (linked.size() == 1)
        return linked.first();
    if (core.servers().servers().size() == 1)
        return core.servers().servers().first();
    QStringList names;
    for (const Server &s : core.servers().servers())
        names << s.name;
    return fail(Error::Code::InvalidInput,
                names.isEmpty() ? AssistantTools::tr("No server is set up yet: add one in the Server Inventory.")
                                : AssistantTools::tr("Which server? Known servers: %1.").arg(names.join(u", "_s)));
}

} // namespace

ToolOutcome AssistantTools::serverStatus(const QJsonObject &input) const
{
    auto server = resolveServer(m_core, m_projectId, input.value(u"server"_s).toString());
    if (!server)
        return error(server.error().message);
    QJsonObject out{{u"name"_s, server->name},
                    {u"status"_s, serverStatusName(server->status)},
                    {u"os"_s, server->spec.os},
                    {u"cpus"_s, server->spec.cpus},
                    {u"memory_mb"_s, server->spec.memoryMb},
                    {u"disk_gb"_s, server->spec.diskGb}};
    QJsonArray runs;
    for (const Run &run : m_core.runs().runs(0, server->id, 5)) {
        runs.append(QJsonObject{{u"id"_s, run.id},
                                {u"kind"_s, Run::kindName(run.kind)},
                                {u"status"_s, runStatusName(run.status)},
                                {u"created"_s, run.createdAt.toString(Qt::ISODate)}});
    }
    out.insert(u"recent_runs"_s, runs);
    return ok(json(out));
}

ToolOutcome AssistantTools::runLogs(const QJsonObject &input) const
{
    qint64 runId = input.value(u"run_id"_s).toInteger();
    if (runId <= 0) {
        const QList<Run> runs = m_core.runs().runs(m_projectId, 0, 1);
        if (runs.isEmpty())
            return ok(tr("This project has no runs yet."));
        runId = runs.first().id;
    }
    const auto run = m_core.runs().find(runId);
    if (!run)
        return error(tr("There is no run #%1.").arg(runId));
    const int wanted = std::clamp(input.value(u"lines"_s).toInt(60), 1, 400);
    QStringList lines;
    qint64 offset = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        auto chunk = m_core.runLog().read(runId, offset, 5000);
        if (!chunk)
            return error(chunk.error().toString());
        for (const LogLine &line : chunk->lines) {
            lines << line.text;
            if (lines.size() > wanted)
                lines.removeFirst();
        }
        if (chunk->lines.isEmpty() || chunk->nextOffset == offset)
            break;
        offset = chunk->nextOffset;
    }
    QString header = tr("Run #%1 (%2, %3), last %4 lines:\n")
                         .arg(runId)
                         .arg(Run::kindName(run->kind), runStatusName(run->status))
                         .arg(lines.size());
    return ok(masked(header + lines.join(u'\n')));
}

ToolOutcome AssistantTools::startRun(const QJsonObject &input) const
{
    const QString kindText = input.value(u"kind"_s).toString();
    const auto kind = Run::kindFromName(kindText);
    if (!kind || *kind == Run::Kind::Cleanup)
        return error(tr("start_run needs kind provision, deploy, redeploy or rollback."));
    auto server = resolveServer(m_core, m_projectId, input.value(u"server"_s).toString());
    if (!server)
        return error(server.error().message);
    const auto project = m_core.projects().find(m_projectId);
    ActionCard card;
    card.kind = ActionCard::Kind::StartRun;
    card.payload =
        QJsonObject{{u"kind"_s, Run::kindName(*kind)}, {u"server_id"_s, server->id}, {u"server"_s, server->name}};
    const QString projectName = project ? project->name : QString();
    switch (*kind) {
    case Run::Kind::Provision:
        card.title = tr("Provision %1").arg(server->name);
        break;
    case Run::Kind::Deploy:
        card.title = tr("Deploy %1 to %2").arg(projectName, server->name);
        break;
    case Run::Kind::Redeploy:
        card.title = tr("Redeploy %1 on %2").arg(projectName, server->name);
        break;
    case Run::Kind::Rollback:
        card.title = tr("Roll %1 back on %2").arg(projectName, server->name);
        break;
    case Run::Kind::Cleanup:
        break;
    }
    card.summary = input.value(u"reason"_s).toString();
    ToolOutcome outcome = ok(tr("\"%1\" is shown to the user as an action card; it runs only if the user approves "
                                "it. Do not say it has started.")
                                 .arg(card.title));
    outcome.card = card;
    return outcome;
}

Result<QString> AssistantTools::execute(const ActionCard &card)
{
    if (card.isPlanChange()) {
        const auto project = m_core.projects().find(m_projectId);
        if (!project)
            return fail(Error::Code::NotFound, tr("The project no longer exists."));
        auto document = planning::PlanDocument::fromJson(card.payload.value(u"plan"_s).toObject());
        if (!document)
            return std::unexpected(document.error());
        if (const auto problems = planning::validatePlan(*document); !problems.isEmpty())
            return fail(Error::Code::InvalidInput, problems.first().message);
        const auto latest = m_core.plans().latest(m_projectId);
        const int version = latest ? latest->version + 1 : 1;
        auto stored = m_core.plans().add(planning::makePlan(*project, *document, version));
        if (!stored)
            return std::unexpected(stored.error());
        if (card.kind == ActionCard::Kind::ModifyPlan) {
            if (auto modified = m_core.plans().setStatus(stored->id, Plan::Status::Modified); !modified)
                return std::unexpected(modified.error());
        }
        return tr("Plan version %1 saved.").arg(version);
    }
    const auto kind = Run::kindFromName(card.payload.value(u"kind"_s).toString());
    if (!kind)
        return fail(Error::Code::InvalidInput, tr("The action card names no run kind."));
    const qint64 serverId = card.payload.value(u"server_id"_s).toInteger();
    auto run = m_core.runEngine().start(*kind, serverId, *kind == Run::Kind::Provision ? 0 : m_projectId);
    if (!run)
        return std::unexpected(run.error());
    return tr("Run #%1 started.").arg(run->id);
}

} // namespace hydron::assistant
