// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The rule-based generator over fixture projects: each plan document is compared, whole, to
// tests/data/planning/expected/<case>.json. With HYDRON_PLANNING_ACTUAL_DIR set, the actual
// documents are written there for review (never over the expected files).
#include "core/planning/planner.h"
#include "core/planning/servercatalog.h"
#include "core/planning/validator.h"
#include "core/source/templatecatalog.h"
#include "planningtestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::planning;

namespace {

struct Case
{
    Project project;
    PlanOptions options;
};

Case makeCase(const QString &name)
{
    if (name == u"node-postgres-redis") {
        Case c{test::projectFromFixture(u"node-express-api"_s), {}};
        c.options.domain = u"orders.example.com"_s;
        c.options.sourceRoot = c.project.source.location;
        return c;
    }
    if (name == u"python-redis-worker") {
        Case c{test::projectFromFixture(u"django-celery"_s), {}};
        c.options.domain = u"shop.example.com"_s;
        c.options.sourceRoot = c.project.source.location;
        return c;
    }
    if (name == u"static-site") {
        Case c{test::projectFromFixture(u"plain-html"_s), {}};
        c.options.domains.insert(u"plain-html"_s, {u"www.example.test"_s});
        c.options.sourceRoot = c.project.source.location;
        return c;
    }
    if (name == u"nextjs-prisma") {
        Case c{test::projectFromFixture(u"nextjs-app"_s), {}};
        c.options.domain = u"dash.example.com"_s;
        c.options.sourceRoot = c.project.source.location;
        return c;
    }
    if (name == u"pnpm-monorepo") {
        Case c{test::projectFromFixture(u"pnpm-turbo-monorepo"_s), {}};
        c.options.domain = u"app.example.com"_s;
        c.options.tls = TlsMode::Internal;
        c.options.sourceRoot = c.project.source.location;
        return c;
    }
    if (name == u"go-monorepo") {
        Case c{test::projectFromFixture(u"go-gin-cmd"_s), {}};
        c.options.sourceRoot = c.project.source.location;
        return c;
    }
    if (name == u"rails-sidekiq") {
        Case c{test::projectFromFixture(u"rails-sidekiq"_s), {}};
        c.options.domain = u"store.example.com"_s;
        return c;
    }
    if (name == u"template-node-postgres") {
        auto catalog = source::TemplateCatalog::load();
        if (!catalog)
            qFatal("the template catalog does not load");
        const source::AppTemplate *tmpl = catalog->find(u"node-postgres"_s);
        Case c;
        c.project.name = u"Starter App"_s;
        c.project.source = ProjectSource{ProjectSource::Kind::Template, u"node-postgres"_s, {}};
        c.project.services = tmpl->toServices();
        c.options.domain = u"starter.example.com"_s;
        return c;
    }
    if (name == u"image-source") {
        Case c;
        c.project.name = u"whoami"_s;
        c.project.source = ProjectSource{ProjectSource::Kind::Image, u"traefik/whoami:v1.10"_s, {}};
        Service s;
        s.name = u"whoami"_s;
        s.kind = ServiceKind::Web;
        s.source = ServiceSource::Image;
        s.image = u"traefik/whoami:v1.10"_s;
        s.ports = {80};
        s.env = {EnvVar{u"WHOAMI_NAME"_s, u"hydron"_s, false, false}, EnvVar{u"API_TOKEN"_s, QString(), true, true}};
        c.project.services = {s};
        c.options.domain = u"whoami.example.com"_s;
        c.options.server = ServerSpec{2, 4096, 80, u"home"_s};
        c.options.serverName = u"box"_s;
        return c;
    }
    qFatal("unknown case %s", qPrintable(name));
}

const QStringList caseNames{u"node-postgres-redis"_s, u"python-redis-worker"_s,    u"static-site"_s,
                            u"nextjs-prisma"_s,       u"pnpm-monorepo"_s,          u"go-monorepo"_s,
                            u"rails-sidekiq"_s,       u"template-node-postgres"_s, u"image-source"_s};

} // namespace

class TestPlanningGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_haveExpectations()
    {
        QStringList expected = QDir(test::planningData() + u"/expected"_s).entryList({u"*.json"_s}, QDir::Files);
        for (QString &e : expected)
            e.chop(5);
        expected.sort();
        QStringList names = caseNames;
        names.sort();
        QCOMPARE(expected, names);
    }

    void generate_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : caseNames)
            QTest::newRow(qPrintable(name)) << name;
    }

    // The whole document, as reviewed; a change in the rules shows up here line by line.
    void generate()
    {
        QFETCH(QString, name);
        const Case c = makeCase(name);
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        QByteArray actual = QJsonDocument(doc->toJson()).toJson(QJsonDocument::Indented);
        // Fixture paths differ between machines.
        actual.replace(test::analysisRepos().toUtf8(), "<repos>");

        if (const QByteArray dir = qgetenv("HYDRON_PLANNING_ACTUAL_DIR"); !dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile out(QString::fromLocal8Bit(dir) + u'/' + name + u".json"_s);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
        }
        QFile file(test::planningData() + u"/expected/"_s + name + u".json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"missing "_s + file.fileName()));
        const QByteArray expected = QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Indented);
        QVERIFY2(expected == actual, qPrintable(test::firstDifference(expected, actual)));
    }

    // Every fixture plan is deployable as generated, except for values only the user can give.
    void generate_validates_data() { generate_data(); }
    void generate_validates()
    {
        QFETCH(QString, name);
        const Case c = makeCase(name);
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY(doc);
        QStringList unexpected;
        for (const PlanProblem &p : validatePlan(*doc)) {
            if (p.code != PlanProblem::Code::MissingRequiredEnv)
                unexpected.append(p.message);
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
    }

    // The plan's reference to a database, never its password.
    void backing_wiresConnectionUrlsAsSecretReferences()
    {
        const Case c = makeCase(u"node-postgres-redis"_s);
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY(doc);
        const PlanService *api = doc->service(u"orders-api"_s);
        QVERIFY(api);
        const PlanEnvVar *db = api->envVar(u"DATABASE_URL"_s);
        QVERIFY(db);
        QCOMPARE(db->kind, PlanEnvVar::Kind::Template);
        QCOMPARE(db->value, u"postgresql://app:${secret:postgres.POSTGRES_PASSWORD}@postgres:5432/app"_s);
        QCOMPARE(api->envVar(u"REDIS_URL"_s)->value, u"redis://redis:6379/0"_s);
        QCOMPARE(api->envVar(u"STRIPE_SECRET_KEY"_s)->kind, PlanEnvVar::Kind::Secret);
        const PlanSecret *password = doc->secret(u"postgres.POSTGRES_PASSWORD"_s);
        QVERIFY(password);
        QVERIFY(password->generate.has_value());
        QVERIFY(!doc->secret(u"orders-api.STRIPE_SECRET_KEY"_s)->generate.has_value());
        // Secret values are not in the document at all: nothing looks like a generated password.
        QVERIFY(!QJsonDocument(doc->toJson()).toJson().contains("POSTGRES_PASSWORD\": \""));
    }

    // An image source runs the image's own command unless the user gave a start command, which
    // becomes the plan's command in exec form: quoted words stay one argument, nothing is expanded.
    void imageSource_startCommand_isThePlansCommand()
    {
        Case c = makeCase(u"image-source"_s);
        const auto plain = generatePlan(c.project, c.options);
        QVERIFY(plain);
        QVERIFY(plain->service(u"whoami"_s)->command.isEmpty());
        c.project.services[0].start = u"httpd -f -p 8080 -h \"/www root\" $HOME"_s;
        const auto given = generatePlan(c.project, c.options);
        QVERIFY(given);
        QCOMPARE(given->service(u"whoami"_s)->command,
                 (QStringList{u"httpd"_s, u"-f"_s, u"-p"_s, u"8080"_s, u"-h"_s, u"/www root"_s, u"$HOME"_s}));
        // Services built from code get their command from the generated Dockerfile instead.
        Case node = makeCase(u"node-postgres-redis"_s);
        for (Service &s : node.project.services)
            s.start = u"node other.js"_s;
        const auto built = generatePlan(node.project, node.options);
        QVERIFY(built);
        QVERIFY(built->service(u"orders-api"_s)->command.isEmpty());
    }

    void postDeploy_detectsMigrations()
    {
        const auto django = generatePlan(makeCase(u"python-redis-worker"_s).project, {});
        QVERIFY(django);
        QCOMPARE(django->service(u"shop"_s)->postDeploy, QStringList{u"python manage.py migrate --noinput"_s});
        QVERIFY(django->service(u"shop-worker"_s)->postDeploy.isEmpty());
        const Case next = makeCase(u"nextjs-prisma"_s);
        const auto prisma = generatePlan(next.project, next.options);
        QVERIFY(prisma);
        QCOMPARE(prisma->service(u"dashboard"_s)->postDeploy, QStringList{u"pnpm exec prisma migrate deploy"_s});
        const auto rails = generatePlan(makeCase(u"rails-sidekiq"_s).project, {});
        QVERIFY(rails);
        QCOMPARE(rails->service(u"storefront"_s)->postDeploy, QStringList{u"bundle exec rails db:migrate"_s});
        QVERIFY(rails->service(u"storefront-worker"_s)->postDeploy.isEmpty());
        const auto laravel = generatePlan(test::projectFromFixture(u"laravel-app"_s), {});
        QVERIFY(laravel);
        QCOMPARE(laravel->service(u"invoices"_s)->postDeploy, QStringList{u"php artisan migrate --force"_s});
    }

    // Sizing: the cheapest offer that holds the services, a release beside the old one and a build.
    void sizing_picksTheCheapestOfferThatFits()
    {
        const Case c = makeCase(u"node-postgres-redis"_s);
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY(doc);
        // 512 system + 512 api + 512 postgres + 256 redis + 512 side-by-side + 1024 build = 3328 MB.
        QCOMPARE(doc->server.offerId, u"std-m-eu-central"_s);
        QCOMPARE(doc->server.memoryMb, 4096);
        QVERIFY2(doc->server.reasoning.contains(u"1.3 GB"_s), qPrintable(doc->server.reasoning));
        QVERIFY2(doc->server.reasoning.contains(u"Standard M"_s), qPrintable(doc->server.reasoning));

        PlanOptions west = c.options;
        west.location = u"us-west"_s;
        const auto there = generatePlan(c.project, west);
        QVERIFY(there);
        QCOMPARE(there->server.offerId, u"std-m-us-west"_s);
    }

    void sizing_withTheUsersServer_keepsItsSpec()
    {
        const Case c = makeCase(u"image-source"_s);
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY(doc);
        QCOMPARE(doc->server.serverName, u"box"_s);
        QCOMPARE(doc->server.memoryMb, 4096);
        QVERIFY(doc->server.offerId.isEmpty());
    }

    void catalog_rejectsBrokenOffers()
    {
        const auto bad = ServerCatalog::fromJson(
            QJsonDocument::fromJson(R"({"currency":"EUR","offers":[{"id":"a","name":"A","cpus":1,"memory_mb":1024,)"
                                    R"("disk_gb":20,"location":"x","monthly_price":0}]})")
                .object(),
            u"test catalog"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, u"test catalog, offer 1: the field \"monthly_price\" must be positive"_s);
        QVERIFY(ServerCatalog::load());
    }

    void domains_testNamesGetTheInternalCa()
    {
        const Case c = makeCase(u"static-site"_s);
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY(doc);
        const PlanService *site = doc->service(u"plain-html"_s);
        QCOMPARE(site->domains.size(), 1);
        QCOMPARE(site->domains.first().tls, TlsMode::Internal);
        QCOMPARE(site->ports, QList<int>{8080});
        QVERIFY(site->isPublic);
    }

    // Every gallery template plans into something deployable (values the user types aside).
    void templates_allPlanCleanly()
    {
        auto catalog = source::TemplateCatalog::load();
        QVERIFY(catalog);
        for (const source::AppTemplate &tmpl : catalog->templates()) {
            Project project;
            project.name = tmpl.id();
            project.source = ProjectSource{ProjectSource::Kind::Template, tmpl.id(), {}};
            project.services = tmpl.toServices();
            PlanOptions options;
            options.domain = tmpl.id() + u".example.com"_s;
            const auto doc = generatePlan(project, options);
            QVERIFY2(doc, qPrintable(tmpl.id()));
            if (const QByteArray dir = qgetenv("HYDRON_PLANNING_ACTUAL_DIR"); !dir.isEmpty()) {
                QDir().mkpath(QString::fromLocal8Bit(dir));
                QFile out(QString::fromLocal8Bit(dir) + u"/gallery-"_s + tmpl.id() + u".json"_s);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(QJsonDocument(doc->toJson()).toJson(QJsonDocument::Indented));
            }
            QStringList unexpected;
            for (const PlanProblem &p : validatePlan(*doc)) {
                if (p.code != PlanProblem::Code::MissingRequiredEnv)
                    unexpected.append(p.message);
            }
            QVERIFY2(unexpected.isEmpty(), qPrintable(tmpl.id() + u": "_s + unexpected.join(u'\n')));
            QVERIFY2(doc->notes.isEmpty(), qPrintable(tmpl.id() + u": "_s + doc->notes.join(u'\n')));
            for (const PlanService &s : doc->services) {
                QVERIFY2(!s.image.isEmpty(), qPrintable(s.name));
                for (const PlanEnvVar &var : s.env)
                    QVERIFY2(!var.value.contains(u"${public_url}"_s) && !var.value.contains(u"${"_s + s.name),
                             qPrintable(tmpl.id() + u": "_s + var.name + u" = "_s + var.value));
            }
        }
    }

    void domains_forAnUnknownService_areNoted()
    {
        Case c = makeCase(u"static-site"_s);
        c.options.domains.insert(u"blog"_s, {u"blog.example.com"_s});
        const auto doc = generatePlan(c.project, c.options);
        QVERIFY(doc);
        QVERIFY2(doc->notes.contains(u"There is no service \"blog\" for the domains blog.example.com."_s),
                 qPrintable(doc->notes.join(u'\n')));
    }

    void generate_isDeterministic()
    {
        const Case c = makeCase(u"python-redis-worker"_s);
        const auto a = generatePlan(c.project, c.options);
        const auto b = generatePlan(c.project, c.options);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
    }
};

QTEST_GUILESS_MAIN(TestPlanningGenerator)
#include "tst_planning_generator.moc"
