// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline users get, end to end on a fresh Debian server container: each source is
// analysed (or read from the image or template gallery), planned by the rule-based generator,
// approved and deployed by DeployRecipe over SSH, then asked through the proxy over HTTPS
// (Caddy's internal CA for *.test names) from inside the server:
// - nodeapi (tests/data/deploy): a Node API counting visits in Postgres (generated password);
// - pyworker: a Python web app queueing jobs in Redis and a worker processing them;
// - an image source (busybox httpd) and a template source (node-postgres);
// - env values full of shell metacharacters arrive literally and run nothing; a hostile
//   service name is refused by the validator and by the deploy, with precise messages.
// Skips only where no Docker engine can start.
#include "core/analysis/analyzer.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/provisioning.h"
#include "core/planning/planenv.h"
#include "core/planning/planner.h"
#include "core/planning/validator.h"
#include "core/remote/sshtransport.h"
#include "core/source/templatecatalog.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "runharness.h"
#include "testserver.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;
using namespace hydron::testenv;

namespace {

const QString fixtures = QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy");
// No newline: Docker's env files cannot hold one, and the deploy refuses it (tested in core).
const QString hostileValue = u"a'b\"c $(touch /tmp/pwned-env1) `touch /tmp/pwned-env2`; touch /tmp/pwned-env3 | "
                             "cat && echo ${HOME} $PATH > /tmp/pwned-env4 & \\ # %s %n {{.}} <x>"_s;

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir dir(from);
    for (const QFileInfo &fi : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestDeployFixtures final : public QObject
{
    Q_OBJECT

private:
    TestDocker m_docker;
    std::unique_ptr<TestServer> m_srv;
    QTemporaryDir m_tmp;
    std::unique_ptr<RunHarness> m_h;
    qint64 m_serverId = 0;
    QHash<qint64, QHash<QString, QString>> m_secrets; // per project: the keychain's stand-in
    QElapsedTimer m_clock;

    Program onServer(const QString &command, int timeoutMs = 120'000) { return m_srv->ssh(command, timeoutMs); }

    // curl inside the server, through the proxy on 443 with the name resolved to loopback.
    QString https(const QString &host, const QString &path, const QString &extra = {})
    {
        return QString::fromUtf8(onServer(u"curl -sk -m 10 %1 --resolve %2:443:127.0.0.1 'https://%2%3' || echo "
                                          "curl-failed"_s.arg(extra, host, path))
                                     .out.trimmed());
    }
    // The container of a service (the running one) by its labels.
    QString containerOf(const QString &project, const QString &service)
    {
        return QString::fromUtf8(onServer(u"docker ps -q --filter label=dev.hydron.project=%1 --filter "
                                          "label=dev.hydron.service=%2 | head -n 1"_s.arg(project, service))
                                     .out.trimmed());
    }

    const RunRecord &runToEnd(Run::Kind kind, qint64 projectId)
    {
        auto run = m_h->engine->start(kind, m_serverId, projectId);
        if (!run)
            qFatal("cannot start: %s", qPrintable(run.error().toString()));
        if (!m_h->waitFinished(run->id, 1'200'000))
            qFatal("run %lld did not finish", run->id);
        return m_h->records[run->id];
    }
    static QString describe(const RunRecord &r)
    {
        QStringList all;
        for (const auto &l : r.lines)
            all << l.text;
        return r.finalMessage + u'\n' + all.join(u'\n').right(8000);
    }

    // The analysis of a copy of a fixture, as the wizard and `hydron-cli deploy` turn it into services.
    Project analysedProject(const QString &fixture, QString *root)
    {
        *root = m_tmp.filePath(u"src/"_s + fixture);
        if (!copyTree(fixtures + u'/' + fixture, *root))
            qFatal("cannot copy the fixture %s", qPrintable(fixture));
        auto result = analysis::analyze(*root);
        if (!result)
            qFatal("analysis of %s failed: %s", qPrintable(fixture), qPrintable(result.error().toString()));
        Project p;
        p.name = fixture;
        p.source = ProjectSource{ProjectSource::Kind::Folder, *root, {}};
        for (const analysis::DetectedService &d : result->services)
            p.services << d.toService();
        for (const analysis::BackingService &b : result->backing)
            p.services << b.toService();
        return p;
    }

    // generatePlan → validatePlan → approved and stored, its generated secrets made once.
    // Returns the project id, 0 on failure (with the reason in *why).
    qint64 approve(Project project, planning::PlanOptions options, planning::PlanDocument *document, QString *why)
    {
        auto doc = planning::generatePlan(project, options);
        if (!doc) {
            *why = doc.error().toString();
            return 0;
        }
        QStringList problems;
        for (const planning::PlanProblem &p : planning::validatePlan(*doc))
            problems << p.message;
        if (!problems.isEmpty()) {
            *why = problems.join(u'\n');
            return 0;
        }
        auto added = m_h->core->projects().add(project);
        if (!added) {
            *why = added.error().toString();
            return 0;
        }
        Plan plan = planning::makePlan(*added, *doc);
        plan.status = Plan::Status::Approved;
        if (auto stored = m_h->core->plans().add(plan); !stored) {
            *why = stored.error().toString();
            return 0;
        }
        for (const planning::PlanSecret &secret : doc->secrets) {
            if (!secret.generate) {
                *why = u"the plan wants a secret only a user can give: "_s + secret.ref;
                return 0;
            }
            m_secrets[added->id].insert(secret.ref, planning::generateSecretValue(*secret.generate));
        }
        *document = *doc;
        return added->id;
    }

    void checkHttpRedirects(const QString &host)
    {
        const QString redirect = QString::fromUtf8(
            onServer(u"curl -s -m 10 -o /dev/null -w '%{http_code} %{redirect_url}' --resolve %1:80:127.0.0.1 "
                     "'http://%1/'"_s.arg(host))
                .out.trimmed());
        QVERIFY2(redirect == u"308 https://%1/"_s.arg(host) || redirect == u"301 https://%1/"_s.arg(host),
                 qPrintable(redirect));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        const Program up = m_docker.up();
        if (up.code == 77)
            QSKIP(qPrintable(u"no Docker engine can be started here: "_s + QString::fromUtf8(up.err)));
        QVERIFY2(up.ok(), up.describe().constData());
        const Program images = m_docker.images({u"all"_s});
        QVERIFY2(images.ok(), images.describe().constData());
        m_srv = std::make_unique<TestServer>(TestServer::uniqueName(u"deployfix"_s));
        const QString why = m_srv->up();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        m_h = std::make_unique<RunHarness>();
        m_h->makeEngine(RunHarness::fastOptions());
        testenv::prepareEngine(*m_h->engine, m_h->core->servers());
        deploy::DeployOptions options;
        options.cacheDirectory = m_tmp.filePath(u"contexts"_s);
        options.secretValues = [this](const Project &p,
                                      const planning::PlanDocument &) -> Result<QHash<QString, QString>> {
            return m_secrets.value(p.id);
        };
        for (Run::Kind kind : {Run::Kind::Deploy, Run::Kind::Redeploy})
            m_h->engine->addRecipe(std::make_shared<deploy::DeployRecipe>(kind, m_h->core->projects(),
                                                                          m_h->core->plans(), &m_h->masker, options));
        m_serverId = m_h->addServer(m_srv->server());

        // Provision, paused after Docker is installed to load the images built here (no registry).
        auto run = m_h->engine->start(Run::Kind::Provision, m_serverId);
        QVERIFY(run);
        QObject::connect(m_h->engine.get(), &RunEngine::stepStarted, m_h->engine.get(),
                         [&](qint64 id, int, const Step &step) {
                             if (id == run->id && step.name == u"docker")
                                 (void)m_h->engine->pause(id);
                         });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_h->records[run->id].statuses.contains(RunStatus::Paused) || m_h->records[run->id].finished;
            },
            900'000));
        QVERIFY2(!m_h->records[run->id].finished, qPrintable(describe(m_h->records[run->id])));
        const Program load = m_srv->loadImages({u"hydron-test/caddy:2"_s, u"hydron-test/busybox:latest"_s,
                                                u"node:18-slim"_s, u"node:20.18.0-alpine"_s, u"python:3.12-slim"_s,
                                                u"postgres:16"_s, u"postgres:16.4-alpine"_s, u"redis:7"_s},
                                               900'000);
        QVERIFY2(load.ok(), load.describe().constData());
        QVERIFY(m_h->engine->resume(run->id));
        QVERIFY(m_h->waitFinished(run->id, 900'000));
        QVERIFY2(m_h->records[run->id].finalStatus == RunStatus::Completed,
                 qPrintable(describe(m_h->records[run->id])));
        qInfo("server up and provisioned after %lld s", m_clock.elapsed() / 1000);
    }

    void cleanupTestCase()
    {
        m_h.reset();
        m_srv.reset();
        qInfo("whole test: %lld s", m_clock.elapsed() / 1000);
    }

    // A Node API with Postgres: the analysis finds Postgres from DATABASE_URL, the plan adds it
    // with a generated password, and each request through the proxy counts one more visit.
    // An env value full of shell metacharacters arrives in the container as it was written.
    void nodeapi_postgres_httpsCountsVisits_envValuesLiteral()
    {
        QElapsedTimer t;
        t.start();
        QString root;
        Project project = analysedProject(u"nodeapi"_s, &root);
        QStringList names;
        for (const Service &s : std::as_const(project.services))
            names << s.name + u':' + serviceKindName(s.kind);
        names.sort();
        QCOMPARE(names, (QStringList{u"nodeapi:api"_s, u"postgres:backing"_s}));
        for (Service &s : project.services) {
            if (s.name == u"nodeapi") {
                QCOMPARE(s.health.path, u"/health"_s);
                s.env << EnvVar{u"GREETING"_s, hostileValue, false, false};
            }
        }
        planning::PlanDocument doc;
        QString why;
        const qint64 id = approve(project, {.domain = u"nodeapi.test"_s, .sourceRoot = root}, &doc, &why);
        QVERIFY2(id > 0, qPrintable(why));
        const planning::PlanService *api = doc.service(u"nodeapi"_s);
        QVERIFY(api && api->build && api->build->stack == u"node-npm");
        QCOMPARE(api->domains.value(0).tls, planning::TlsMode::Internal);
        QCOMPARE(api->envVar(u"DATABASE_URL"_s)->kind, planning::PlanEnvVar::Kind::Template);
        QVERIFY(doc.secret(u"postgres.POSTGRES_PASSWORD"_s));

        const RunRecord &r = runToEnd(Run::Kind::Deploy, id);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        const QString password = m_secrets[id].value(u"postgres.POSTGRES_PASSWORD"_s);
        QVERIFY(password.size() >= 16);
        for (const auto &l : r.lines)
            QVERIFY2(!l.text.contains(password), qPrintable(l.text));

        const QString first = https(u"nodeapi.test"_s, u"/"_s);
        QVERIFY2(first.startsWith(u"nodeapi ok visits="_s), qPrintable(first));
        const QString second = https(u"nodeapi.test"_s, u"/"_s);
        QVERIFY2(second.startsWith(u"nodeapi ok visits="_s), qPrintable(second));
        QCOMPARE(second.section(u'=', 1).toInt(), first.section(u'=', 1).toInt() + 1);
        QCOMPARE(https(u"nodeapi.test"_s, u"/health"_s), u"ok"_s);
        checkHttpRedirects(u"nodeapi.test"_s);
        // The count lives in Postgres, not in the app.
        const QString rows =
            QString::fromUtf8(onServer(u"docker exec %1 psql -U app -d app -tAc 'select count(*) from visits'"_s.arg(
                                           containerOf(u"nodeapi"_s, u"postgres"_s)))
                                  .out.trimmed());
        QCOMPARE(rows.toInt(), second.section(u'=', 1).toInt());

        // The hostile value: literal in the container, and nothing it names ran anywhere.
        const QString app = containerOf(u"nodeapi"_s, u"nodeapi"_s);
        QVERIFY(!app.isEmpty());
        const Program env = onServer(u"docker exec %1 printenv GREETING"_s.arg(app));
        QCOMPARE(QString::fromUtf8(env.out).chopped(1), hostileValue);
        const Program pwned = onServer(
            u"ls /tmp/pwned-env* 2>/dev/null; docker exec %1 sh -c 'ls /tmp/pwned-env* 2>/dev/null'; true"_s.arg(app));
        QCOMPARE(pwned.out.trimmed(), QByteArray());
        qInfo("nodeapi: analysed, planned and deployed in %lld s", t.elapsed() / 1000);
    }

    // A Python web app and its Redis-backed worker from one Procfile: a job posted through the
    // proxy is taken by the worker container and its result served by the web container.
    void pyworker_redisWorker_processesAJob()
    {
        QElapsedTimer t;
        t.start();
        QString root;
        Project project = analysedProject(u"pyworker"_s, &root);
        QStringList names;
        for (const Service &s : std::as_const(project.services))
            names << s.name + u':' + serviceKindName(s.kind);
        names.sort();
        QCOMPARE(names, (QStringList{u"redis:backing"_s, u"web:api"_s, u"worker:worker"_s}));
        planning::PlanDocument doc;
        QString why;
        const qint64 id = approve(project, {.domain = u"pyworker.test"_s, .sourceRoot = root}, &doc, &why);
        QVERIFY2(id > 0, qPrintable(why));
        QCOMPARE(doc.service(u"web"_s)->health.path, u"/health"_s);
        QVERIFY(!doc.service(u"worker"_s)->isPublic);
        QCOMPARE(doc.service(u"worker"_s)->build->generatedDockerfile.contains(u"CMD [\"python\",\"worker.py\"]"_s),
                 true);

        const RunRecord &r = runToEnd(Run::Kind::Deploy, id);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        QCOMPARE(https(u"pyworker.test"_s, u"/"_s), u"pyworker web ok"_s);
        checkHttpRedirects(u"pyworker.test"_s);

        const QString job = https(u"pyworker.test"_s, u"/jobs"_s, u"-X POST --data 'hello worker'"_s);
        QVERIFY2(job.size() == 32, qPrintable(job));
        const QString worker = containerOf(u"pyworker"_s, u"worker"_s);
        QVERIFY(!worker.isEmpty());
        const QString workerHost =
            QString::fromUtf8(onServer(u"docker inspect -f '{{.Config.Hostname}}' %1"_s.arg(worker)).out.trimmed());
        QString result;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         result = https(u"pyworker.test"_s, u"/jobs/"_s + job);
                         return result.startsWith(u"done"_s);
                     },
                     60'000),
                 qPrintable(result));
        QCOMPARE(result, u"done HELLO WORKER by %1"_s.arg(workerHost));
        qInfo("pyworker: analysed, planned and deployed in %lld s", t.elapsed() / 1000);
    }

    // A Docker image source skips analysis: the user gives the port and the start command.
    void imageSource_deploysAndServesThroughProxy()
    {
        QElapsedTimer t;
        t.start();
        Project project;
        project.name = u"busybox-site"_s;
        project.source = ProjectSource{ProjectSource::Kind::Image, u"hydron-test/busybox:latest"_s, {}};
        Service s;
        s.name = u"site"_s;
        s.kind = ServiceKind::Web;
        s.source = ServiceSource::Image;
        s.image = u"hydron-test/busybox:latest"_s;
        s.ports = {8080};
        s.start = u"httpd -f -p 8080 -h /www"_s;
        project.services = {s};
        planning::PlanDocument doc;
        QString why;
        const qint64 id = approve(project, {.domain = u"image.test"_s}, &doc, &why);
        QVERIFY2(id > 0, qPrintable(why));
        QCOMPARE(doc.service(u"site"_s)->command,
                 (QStringList{u"httpd"_s, u"-f"_s, u"-p"_s, u"8080"_s, u"-h"_s, u"/www"_s}));

        const RunRecord &r = runToEnd(Run::Kind::Deploy, id);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        QCOMPARE(https(u"image.test"_s, u"/"_s), u"hello from hydron-test/busybox"_s);
        checkHttpRedirects(u"image.test"_s);
        qInfo("image source: deployed in %lld s", t.elapsed() / 1000);
    }

    // A template from the gallery: its services, generated password and wiring as the template says.
    void templateSource_nodePostgres_deploysAndServes()
    {
        QElapsedTimer t;
        t.start();
        auto catalog = source::TemplateCatalog::load();
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().toString()));
        const source::AppTemplate *tmpl = catalog->find(u"node-postgres"_s);
        QVERIFY(tmpl);
        Project project;
        project.name = u"starter"_s;
        project.source = ProjectSource{ProjectSource::Kind::Template, u"node-postgres"_s, {}};
        project.services = tmpl->toServices();
        planning::PlanDocument doc;
        QString why;
        const qint64 id = approve(project, {.domain = u"template.test"_s, .appTemplate = tmpl}, &doc, &why);
        QVERIFY2(id > 0, qPrintable(why));

        const RunRecord &r = runToEnd(Run::Kind::Deploy, id);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        const QString body = https(u"template.test"_s, u"/"_s);
        QVERIFY2(body.startsWith(u"Hello from Hydron."_s), qPrintable(body));
        QCOMPARE(https(u"template.test"_s, u"/health"_s), u"ok"_s);
        checkHttpRedirects(u"template.test"_s);
        // The app got the database's generated password inside its URL, the database the same one.
        const QString app = containerOf(u"starter"_s, u"app"_s);
        const QString url =
            QString::fromUtf8(onServer(u"docker exec %1 printenv DATABASE_URL"_s.arg(app)).out.trimmed());
        const QString password = m_secrets[id].value(u"db.POSTGRES_PASSWORD"_s);
        QVERIFY(!password.isEmpty());
        QCOMPARE(url, u"postgres://app:%1@db:5432/app"_s.arg(password));
        qInfo("template source: deployed in %lld s", t.elapsed() / 1000);
    }

    // Service names reach docker and file names: ones with shell metacharacters are refused by
    // the plan's validator and, should a plan carry one anyway, by the deploy before anything runs.
    void hostileServiceName_refusedWithPreciseMessage_nothingRuns()
    {
        const QString hostile = u"web$(touch /tmp/pwned-name);id"_s;
        Project project;
        project.name = u"hostile"_s;
        project.source = ProjectSource{ProjectSource::Kind::Image, u"hydron-test/busybox:latest"_s, {}};
        Service s;
        s.name = hostile;
        s.source = ServiceSource::Image;
        s.image = u"hydron-test/busybox:latest"_s;
        s.ports = {8080};
        project.services = {s};
        auto doc = planning::generatePlan(project, {.domain = u"hostile.test"_s});
        QVERIFY(doc);
        const QList<planning::PlanProblem> problems = planning::validatePlan(*doc);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().code, planning::PlanProblem::Code::InvalidName);
        QCOMPARE(problems.first().field, u"name"_s);
        QVERIFY2(problems.first().message.startsWith(u"\"%1\" cannot name a service: use up to 63 lower-case "
                                                     "letters, digits, '-' and '_'"_s.arg(hostile)),
                 qPrintable(problems.first().message));

        auto added = m_h->core->projects().add(project);
        QVERIFY(added);
        Plan plan = planning::makePlan(*added, *doc);
        plan.status = Plan::Status::Approved; // as if approved by hand despite the validator
        QVERIFY(m_h->core->plans().add(plan));
        auto run = m_h->engine->start(Run::Kind::Deploy, m_serverId, added->id);
        QString message;
        if (!run) {
            message = run.error().toString();
        } else {
            QVERIFY(m_h->waitFinished(run->id, 300'000));
            QCOMPARE(m_h->records[run->id].finalStatus, RunStatus::Failed);
            message = m_h->records[run->id].finalMessage;
        }
        QVERIFY2(message.contains(u"The service name \"%1\" cannot be used on a server: use lowercase letters, "
                                  "digits, '-' and '_'."_s.arg(hostile)),
                 qPrintable(message));
        QCOMPARE(onServer(u"ls /tmp/pwned-name 2>/dev/null; docker ps -aq --filter label=dev.hydron.project=hostile"_s)
                     .out.trimmed(),
                 QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestDeployFixtures)
#include "tst_deploy_fixtures.moc"
