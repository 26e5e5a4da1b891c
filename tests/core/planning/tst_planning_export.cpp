// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The export: files written into a folder, docker-compose.yml parsed back with yaml-cpp (no
// Docker needed), the Caddyfile's sites, .env.example with names only, generated Dockerfiles.
#include "core/planning/planexport.h"
#include "core/planning/planner.h"
#include "planningtestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::planning;

namespace {

QString read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString str(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

PlanDocument nodePlan(Project *projectOut = nullptr)
{
    Project project = test::projectFromFixture(u"node-express-api"_s);
    PlanOptions options;
    options.domain = u"orders.example.com"_s;
    options.sourceRoot = project.source.location;
    auto doc = generatePlan(project, options);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    if (projectOut)
        *projectOut = project;
    return *doc;
}

} // namespace

class TestPlanningExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void export_writesTheFiles()
    {
        Project project;
        const PlanDocument plan = nodePlan(&project);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto written = exportPlan(plan, dir.path(), ExportOptions{project.source.location});
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, (QStringList{u".env.example"_s, u"Caddyfile"_s, u"docker-compose.yml"_s,
                                        u"dockerfiles/orders-api.Dockerfile"_s,
                                        u"dockerfiles/orders-api.Dockerfile.dockerignore"_s}));
        for (const QString &f : *written)
            QVERIFY2(QFileInfo(dir.filePath(f)).size() > 0, qPrintable(f));
    }

    void compose_parsesBackWithEveryService()
    {
        Project project;
        const PlanDocument plan = nodePlan(&project);
        QTemporaryDir dir;
        QVERIFY(exportPlan(plan, dir.path(), ExportOptions{project.source.location}));
        YAML::Node compose;
        try {
            compose = YAML::LoadFile(dir.filePath(u"docker-compose.yml"_s).toStdString());
        } catch (const YAML::Exception &e) {
            QFAIL(e.what());
        }
        QCOMPARE(str(compose["name"]), u"node-express-api"_s);
        const YAML::Node services = compose["services"];
        QVERIFY(services.IsMap());
        QStringList names;
        for (const auto &entry : services)
            names.append(QString::fromStdString(entry.first.as<std::string>()));
        QCOMPARE(names, (QStringList{u"hydron-proxy"_s, u"orders-api"_s, u"postgres"_s, u"redis"_s}));

        const YAML::Node api = services["orders-api"];
        // The build context is the source, relative to the export folder; the Dockerfile is ours.
        const QString context = QDir(dir.path()).absoluteFilePath(str(api["build"]["context"]));
        QCOMPARE(QFileInfo(context).canonicalFilePath(), QFileInfo(project.source.location).canonicalFilePath());
        QVERIFY(QFileInfo::exists(QDir(context).absoluteFilePath(str(api["build"]["dockerfile"]))));
        QCOMPARE(str(api["environment"]["DATABASE_URL"]),
                 u"postgresql://app:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@postgres:5432/app"_s);
        QCOMPARE(str(api["environment"]["PORT"]), u"3000"_s);
        QCOMPARE(str(api["environment"]["STRIPE_SECRET_KEY"]),
                 u"${STRIPE_SECRET_KEY:?set STRIPE_SECRET_KEY in .env}"_s);
        QVERIFY(!api["environment"]["LOG_LEVEL"]); // optional and unset: left out
        QCOMPARE(str(api["depends_on"]["postgres"]["condition"]), u"service_healthy"_s);
        QCOMPARE(str(api["mem_limit"]), u"512m"_s);
        QCOMPARE(str(api["healthcheck"]["test"][0]), u"CMD-SHELL"_s);
        QVERIFY(str(api["healthcheck"]["test"][1]).contains(u"http://127.0.0.1:3000/healthz"_s));
        QCOMPARE(str(api["expose"][0]), u"3000"_s);
        QVERIFY(!api["ports"]); // only the proxy publishes ports

        const YAML::Node db = services["postgres"];
        QCOMPARE(str(db["image"]), u"postgres:16"_s);
        QCOMPARE(str(db["environment"]["POSTGRES_PASSWORD"]), u"${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}"_s);
        QCOMPARE(str(db["volumes"][0]), u"postgres-data:/var/lib/postgresql/data"_s);
        QCOMPARE(str(db["healthcheck"]["test"][1]), u"pg_isready -U app -d app"_s);
        QVERIFY(compose["volumes"]["postgres-data"]);
        QVERIFY(compose["volumes"]["caddy-data"]);

        QCOMPARE(str(api["restart"]), u"unless-stopped"_s);

        const YAML::Node proxy = services["hydron-proxy"];
        QCOMPARE(str(proxy["ports"][0]), u"80:80"_s);
        QCOMPARE(str(proxy["volumes"][0]), u"./Caddyfile:/etc/caddy/Caddyfile:ro"_s);
    }

    void caddyfile_routesEachDomain()
    {
        PlanDocument plan = nodePlan();
        plan.service(u"orders-api"_s)->domains.append(PlanDomain{u"orders.example.test"_s, TlsMode::Internal});
        plan.service(u"orders-api"_s)->domains.append(PlanDomain{u"plain.example.com"_s, TlsMode::None});
        const QString sites = caddySites(
            plan, [](const PlanService &s) -> QString { return s.name + u":"_s + QString::number(s.publicPort); });
        QCOMPARE(sites, u"orders.example.com {\n    reverse_proxy orders-api:3000\n}\n\n"
                        "orders.example.test {\n    tls internal\n    reverse_proxy orders-api:3000\n}\n\n"
                        "http://plain.example.com {\n    reverse_proxy orders-api:3000\n}\n"_s);
    }

    // Names, never values: the example env file lists what to fill in.
    void envExample_listsNamesOnly()
    {
        const PlanDocument plan = nodePlan();
        QTemporaryDir dir;
        QVERIFY(exportPlan(plan, dir.path()));
        const QString env = read(dir.filePath(u".env.example"_s));
        QStringList assignments;
        for (const QString &line : env.split(u'\n')) {
            if (!line.startsWith(u'#') && !line.isEmpty())
                assignments.append(line);
        }
        QCOMPARE(assignments, (QStringList{u"STRIPE_SECRET_KEY="_s, u"POSTGRES_PASSWORD="_s}));
        QVERIFY(env.contains(u"#   orders-api: LOG_LEVEL"_s));
    }

    // Compose interpolates '$': literal dollars are doubled, so a value stays what it was.
    void compose_escapesDollarsAndQuotesValues()
    {
        PlanDocument plan = nodePlan();
        PlanService *api = plan.service(u"orders-api"_s);
        api->env.append(PlanEnvVar::literal(u"GREETING"_s, u"cost: $5 \"quoted\" # not a comment"_s));
        api->env.append(PlanEnvVar::literal(u"FLAG"_s, u"yes"_s));
        api->command = {u"sh"_s, u"-c"_s, u"echo $HOME"_s};
        QTemporaryDir dir;
        QVERIFY(exportPlan(plan, dir.path()));
        const YAML::Node compose = YAML::LoadFile(dir.filePath(u"docker-compose.yml"_s).toStdString());
        QCOMPARE(str(compose["services"]["orders-api"]["environment"]["GREETING"]),
                 u"cost: $$5 \"quoted\" # not a comment"_s);
        QCOMPARE(str(compose["services"]["orders-api"]["environment"]["FLAG"]), u"yes"_s);
        QVERIFY(compose["services"]["orders-api"]["environment"]["FLAG"].Tag() == "!");
        QCOMPARE(str(compose["services"]["orders-api"]["command"][2]), u"echo $$HOME"_s);
    }

    // A one-off job is not restarted; its existing Dockerfile is used as it is.
    void compose_jobsRunOnceWithTheirOwnDockerfile()
    {
        const Project fly = test::projectFromFixture(u"fly-app"_s);
        auto plan = generatePlan(fly, {});
        QVERIFY(plan);
        QTemporaryDir dir;
        QVERIFY(exportPlan(*plan, dir.path(), ExportOptions{fly.source.location}));
        const YAML::Node compose = YAML::LoadFile(dir.filePath(u"docker-compose.yml"_s).toStdString());
        const YAML::Node job = compose["services"]["notes-release"];
        QCOMPARE(str(job["restart"]), u"no"_s);
        QVERIFY(job["restart"].Tag() == "!"); // quoted, so no YAML reader takes it for false
        QCOMPARE(str(job["build"]["dockerfile"]), u"Dockerfile"_s);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"dockerfiles/notes-release.Dockerfile"_s)));
    }

    void postDeploy_scriptRunsEachCommandInItsService()
    {
        auto plan = generatePlan(test::projectFromFixture(u"django-celery"_s), {});
        QVERIFY(plan);
        plan->service(u"shop"_s)->postDeploy.append(u"echo 'it''s done'"_s);
        QTemporaryDir dir;
        const auto written = exportPlan(*plan, dir.path());
        QVERIFY(written && written->contains(u"post-deploy.sh"_s));
        const QString script = read(dir.filePath(u"post-deploy.sh"_s));
        QVERIFY2(script.contains(u"docker compose exec -T shop sh -c 'python manage.py migrate --noinput'\n"_s),
                 qPrintable(script));
        QVERIFY2(script.contains(u"docker compose exec -T shop sh -c 'echo '\\''it'\\'''\\''s done'\\'''\n"_s),
                 qPrintable(script));
        QVERIFY(QFileInfo(dir.filePath(u"post-deploy.sh"_s)).isExecutable());
    }

    void healthProbe_fitsTheImage()
    {
        PlanService s;
        s.health.type = PlanHealth::Type::Http;
        s.health.path = u"/up"_s;
        s.health.port = 8080;
        s.runtime = u"busybox"_s;
        QCOMPARE(healthProbeCommand(s), u"wget -q -O /dev/null 'http://127.0.0.1:8080/up'"_s);
        s.runtime = u"python"_s;
        QVERIFY(healthProbeCommand(s).startsWith(u"python -c "_s));
        s.runtime = u"node"_s;
        QVERIFY(healthProbeCommand(s).startsWith(u"node -e "_s));
        s.runtime = u"bash"_s;
        QVERIFY(healthProbeCommand(s).contains(u"/dev/tcp/127.0.0.1/8080"_s));
        s.health.type = PlanHealth::Type::Command;
        s.health.command = u"redis-cli ping"_s;
        QCOMPARE(healthProbeCommand(s), u"redis-cli ping"_s);
        s.health.type = PlanHealth::Type::None;
        QCOMPARE(healthProbeCommand(s), QString());
    }

    void secretVariables_disambiguateCollisions()
    {
        PlanDocument plan;
        plan.secrets = {PlanSecret{u"a.PASSWORD"_s, SecretGenerate{}, {}},
                        PlanSecret{u"b.PASSWORD"_s, SecretGenerate{}, {}},
                        PlanSecret{u"db.POSTGRES_PASSWORD"_s, SecretGenerate{}, {}}};
        const auto names = secretVariableNames(plan);
        QCOMPARE(names.value(u"a.PASSWORD"_s), u"A__PASSWORD"_s);
        QCOMPARE(names.value(u"b.PASSWORD"_s), u"B__PASSWORD"_s);
        QCOMPARE(names.value(u"db.POSTGRES_PASSWORD"_s), u"POSTGRES_PASSWORD"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanningExport)
#include "tst_planning_export.moc"
