// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seeddata.h"

#include "core/coreservices.h"
#include "core/planning/planner.h"
#include "core/store/chatstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hydron::bench {
namespace {

Service service(const QString &name, ServiceKind kind, const QString &path, QList<int> ports,
                const QString &health = {}, QStringList dependsOn = {}, QList<EnvVar> env = {},
                const QString &dockerfile = {})
{
    Service s;
    s.name = name;
    s.kind = kind;
    s.path = path;
    s.ports = std::move(ports);
    s.health.path = health;
    s.dependsOn = std::move(dependsOn);
    s.env = std::move(env);
    s.dockerfile = dockerfile;
    return s;
}

Run makeRun(qint64 projectId, qint64 serverId, Run::Kind kind, RunStatus status, const QDateTime &start,
            const QStringList &stepNames, int failedAt = -1)
{
    Run run;
    run.projectId = projectId;
    run.serverId = serverId;
    run.kind = kind;
    run.status = status;
    run.createdAt = start;
    run.startedAt = start;
    qint64 offset = 0;
    for (int i = 0; i < stepNames.size(); ++i) {
        Step step;
        step.name = stepNames.at(i);
        const bool reached = failedAt < 0 || i <= failedAt;
        if (reached) {
            step.startedAt = start.addMSecs(offset);
            offset += 1500 + (i * 7919 % 40000);
            step.finishedAt = start.addMSecs(offset);
            step.status = i == failedAt ? StepStatus::Failed : StepStatus::Completed;
            step.exitCode = i == failedAt ? 1 : 0;
        } else {
            step.status = StepStatus::Skipped;
        }
        run.steps.append(step);
    }
    if (isFinished(status))
        run.finishedAt = start.addMSecs(offset);
    return run;
}

const QStringList deploySteps{u"Upload source"_s, u"Build images"_s, u"Start containers"_s, u"Health check"_s,
                              u"Switch traffic"_s};

} // namespace

Result<void> seedLarge(CoreServices &core, const SeedSize &size)
{
    static const std::array types{ProjectType::WebApp, ProjectType::Api, ProjectType::Microservice,
                                  ProjectType::StaticSite, ProjectType::Worker};
    QList<qint64> projectIds;
    for (int i = 0; i < size.projects; ++i) {
        Project p;
        p.name = u"project-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        p.type = types.at(static_cast<size_t>(i) % types.size());
        p.source = ProjectSource::fromUserText(u"https://git.example.com/team/app-%1.git"_s.arg(i + 1));
        const int services = i % 2 == 0 ? size.servicesPerProject : std::max(1, size.servicesPerProject - 1);
        for (int s = 0; s < services; ++s) {
            p.services.append(
                service(s == 0 ? u"web"_s : u"worker-%1"_s.arg(s), s == 0 ? ServiceKind::Web : ServiceKind::Worker,
                        s == 0 ? u"."_s : u"workers/%1"_s.arg(s), s == 0 ? QList<int>{8080} : QList<int>{},
                        s == 0 ? u"/healthz"_s : QString(), s == 0 ? QStringList{} : QStringList{u"web"_s},
                        {{u"DATABASE_URL"_s, {}, true}, {u"LOG_LEVEL"_s, u"info"_s, false}}));
        }
        auto added = core.projects().add(p);
        if (!added)
            return std::unexpected(added.error());
        projectIds.append(added->id);
    }
    QList<qint64> serverIds;
    static const QStringList tagPool{u"production"_s, u"staging"_s, u"eu"_s, u"us"_s, u"arm64"_s, u"gpu"_s};
    for (int i = 0; i < size.servers; ++i) {
        Server s;
        s.name = u"server-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        s.host = u"10.0.%1.%2"_s.arg(i / 200).arg(i % 200 + 10);
        s.user = u"deploy"_s;
        s.tags = {tagPool.at(i % 2), tagPool.at(2 + i % 2), tagPool.at(4 + i % 2)};
        for (int k = 0; k < 10 && !projectIds.isEmpty(); ++k)
            s.projectIds.append(projectIds.at((i * 10 + k) % projectIds.size()));
        auto added = core.servers().add(s);
        if (!added)
            return std::unexpected(added.error());
        serverIds.append(added->id);
    }
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
    static const std::array statuses{RunStatus::Completed, RunStatus::Completed, RunStatus::Failed,
                                     RunStatus::Completed, RunStatus::Stopped};
    for (int i = 0; i < size.runs && !projectIds.isEmpty(); ++i) {
        const RunStatus status = statuses.at(static_cast<size_t>(i) % statuses.size());
        auto added = core.runs().add(makeRun(
            projectIds.at(i % projectIds.size()), serverIds.isEmpty() ? 0 : serverIds.at(i % serverIds.size()),
            Run::Kind::Deploy, status, base.addSecs(i * 600), deploySteps, status == RunStatus::Failed ? 3 : -1));
        if (!added)
            return std::unexpected(added.error());
    }
    return {};
}

Result<void> seedDemo(CoreServices &core)
{
    struct Demo
    {
        QString name;
        ProjectType type;
        QString source;
        QList<Service> services;
    };
    const QList<Demo> demos{
        {u"Storefront"_s,
         ProjectType::WebApp,
         u"https://github.com/acme/storefront.git"_s,
         {service(u"web"_s, ServiceKind::Web, u"apps/web"_s, {3000}, u"/api/health"_s, {u"api"_s},
                  {{u"NEXT_PUBLIC_API_URL"_s, u"https://api.acme.shop"_s, false}}, u"Dockerfile"_s),
          service(
              u"api"_s, ServiceKind::Api, u"apps/api"_s, {8080}, u"/healthz"_s, {},
              {{u"DATABASE_URL"_s, {}, true}, {u"STRIPE_SECRET_KEY"_s, {}, true}, {u"LOG_LEVEL"_s, u"info"_s, false}}),
          service(u"emails"_s, ServiceKind::Worker, u"apps/worker"_s, {}, {}, {u"api"_s},
                  {{u"SMTP_PASSWORD"_s, {}, true}, {u"QUEUE"_s, u"emails"_s, false}})}},
        {u"Billing API"_s,
         ProjectType::Api,
         u"git@github.com:acme/billing.git"_s,
         {service(u"billing"_s, ServiceKind::Api, u"."_s, {8000}, u"/health"_s, {},
                  {{u"DATABASE_URL"_s, {}, true}, {u"WORKERS"_s, u"4"_s, false}}, u"Dockerfile"_s)}},
        {u"Docs"_s,
         ProjectType::StaticSite,
         u"https://gitlab.com/acme/docs.git"_s,
         {service(u"site"_s, ServiceKind::Static, u"."_s, {80})}},
        {u"Image Resizer"_s, ProjectType::Worker, u"registry.example.test/acme/resizer:2.4"_s, {}},
        {u"Analytics"_s,
         ProjectType::Microservice,
         u"https://github.com/acme/analytics.git"_s,
         {service(u"collector"_s, ServiceKind::Api, u"collector"_s, {4318}, u"/ready"_s),
          service(u"dashboard"_s, ServiceKind::Web, u"dashboard"_s, {8080}, u"/"_s, {u"collector"_s})}},
        {u"Internal Wiki"_s, ProjectType::WebApp, QString(), {}},
    };
    QList<Project> projects;
    for (const Demo &demo : demos) {
        Project p;
        p.name = demo.name;
        p.type = demo.type;
        p.source = ProjectSource::fromUserText(demo.source);
        p.services = demo.services;
        // What an analysis finds for the storefront's Go API and Node worker, so its plan has
        // Dockerfiles for them.
        for (Service &service : p.services) {
            if (p.name == u"Storefront" && service.name == u"api") {
                service.language = u"go"_s;
                service.languageVersion = u"1.22"_s;
                service.packageManager = u"go"_s;
            } else if (p.name == u"Storefront" && service.name == u"emails") {
                service.language = u"javascript"_s;
                service.packageManager = u"npm"_s;
                service.start = u"node worker.js"_s;
            }
        }
        auto added = core.projects().add(p);
        if (!added)
            return std::unexpected(added.error());
        projects.append(*added);
    }
    struct DemoServer
    {
        QString name;
        QString host;
        QStringList tags;
        QList<int> projects;
        ServerStatus status;
    };
    const QList<DemoServer> servers{
        {u"web-1"_s, u"203.0.113.10"_s, {u"production"_s, u"eu"_s}, {0, 1}, ServerStatus::Online},
        {u"web-2"_s, u"203.0.113.11"_s, {u"production"_s, u"eu"_s}, {0}, ServerStatus::Provisioned},
        {u"staging"_s, u"staging.acme.dev"_s, {u"staging"_s}, {0, 1, 4}, ServerStatus::Offline},
        {u"docs-box"_s, u"198.51.100.7"_s, {u"static"_s, u"us"_s}, {2}, ServerStatus::NotProvisioned},
        {u"lab"_s, u"192.168.1.40"_s, {}, {}, ServerStatus::Unknown},
    };
    QList<qint64> serverIds;
    for (const DemoServer &demo : servers) {
        Server s;
        s.name = demo.name;
        s.host = demo.host;
        s.user = u"deploy"_s;
        s.tags = demo.tags;
        s.status = demo.status;
        for (int index : demo.projects)
            s.projectIds.append(projects.at(index).id);
        auto added = core.servers().add(s);
        if (!added)
            return std::unexpected(added.error());
        serverIds.append(added->id);
    }

    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
    const QList<Run> runs{
        makeRun(projects.at(0).id, serverIds.at(2), Run::Kind::Deploy, RunStatus::Completed, base, deploySteps),
        makeRun(projects.at(0).id, serverIds.at(0), Run::Kind::Deploy, RunStatus::Failed, base.addSecs(3600),
                deploySteps, 3),
        makeRun(projects.at(0).id, serverIds.at(0), Run::Kind::Redeploy, RunStatus::Completed, base.addSecs(7200),
                deploySteps),
        makeRun(projects.at(1).id, serverIds.at(0), Run::Kind::Deploy, RunStatus::Completed, base.addSecs(9000),
                deploySteps),
        makeRun(projects.at(4).id, serverIds.at(2), Run::Kind::Deploy, RunStatus::Failed, base.addSecs(12000),
                deploySteps, 1),
    };
    for (const Run &run : runs) {
        if (auto added = core.runs().add(run); !added)
            return std::unexpected(added.error());
    }

    // A real plan document (the Infrastructure panel shows it), approved.
    planning::PlanOptions planOptions;
    planOptions.domain = u"shop.example.com"_s;
    auto document = planning::generatePlan(projects.at(0), planOptions);
    if (!document)
        return std::unexpected(document.error());
    Plan plan = planning::makePlan(projects.at(0), *document);
    plan.status = Plan::Status::Approved;
    if (auto added = core.plans().add(plan); !added)
        return std::unexpected(added.error());

    Chat chat;
    chat.projectId = projects.at(0).id;
    chat.title = u"First deploy"_s;
    auto addedChat = core.chats().add(chat);
    if (!addedChat)
        return std::unexpected(addedChat.error());
    const QList<QPair<Message::Role, QString>> messages{
        {Message::Role::User, u"Deploy the storefront to web-1, with the API behind /api."_s},
        {Message::Role::Assistant,
         u"I found three services: web (Next.js, port 3000), api (Go, port 8080) and an emails worker. The plan "
         "puts all three on web-1 behind the reverse proxy, with TLS for shop.acme.dev. Approve it to start the "
         "deploy."_s},
        {Message::Role::User, u"Approved."_s},
    };
    for (const auto &[role, text] : messages) {
        Message m;
        m.chatId = addedChat->id;
        m.role = role;
        m.content = text;
        if (auto added = core.chats().addMessage(m); !added)
            return std::unexpected(added.error());
    }
    return {};
}

} // namespace hydron::bench
