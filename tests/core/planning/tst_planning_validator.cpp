// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The validator: one broken plan per case, each asserting the precise message; a plan with
// several problems reports all of them.
#include "core/planning/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::planning;

namespace {

// A small valid plan: a public web service on Postgres, on a 2 GB server.
PlanDocument validPlan()
{
    PlanDocument doc;
    doc.project = u"shop"_s;
    doc.network = u"shop-internal"_s;
    doc.server.memoryMb = 2048;
    doc.server.cpus = 1;

    PlanService db;
    db.name = u"db"_s;
    db.kind = ServiceKind::Backing;
    db.backing = u"postgres"_s;
    db.image = u"postgres:16"_s;
    db.ports = {5432};
    db.env = {PlanEnvVar::literal(u"POSTGRES_USER"_s, u"app"_s),
              PlanEnvVar::secret(u"POSTGRES_PASSWORD"_s, u"db.POSTGRES_PASSWORD"_s)};
    db.volumes = {PlanVolume{u"db-data"_s, u"/var/lib/postgresql/data"_s}};
    db.health.type = PlanHealth::Type::Command;
    db.health.command = u"pg_isready"_s;
    db.memoryMb = 512;

    PlanService web;
    web.name = u"web"_s;
    web.kind = ServiceKind::Web;
    PlanBuild build;
    build.generatedDockerfile = u"FROM node:20-slim\n"_s;
    build.stack = u"node-npm"_s;
    web.build = build;
    web.ports = {3000};
    web.isPublic = true;
    web.publicPort = 3000;
    web.domains = {PlanDomain{u"shop.example.com"_s, TlsMode::Acme}};
    web.env = {
        PlanEnvVar::templated(u"DATABASE_URL"_s, u"postgresql://app:${secret:db.POSTGRES_PASSWORD}@db/app"_s, true)};
    web.health.type = PlanHealth::Type::Http;
    web.health.path = u"/healthz"_s;
    web.health.port = 3000;
    web.dependsOn = {u"db"_s};
    web.memoryMb = 512;

    doc.services = {db, web};
    doc.secrets = {PlanSecret{u"db.POSTGRES_PASSWORD"_s, SecretGenerate{}, {}}};
    return doc;
}

QStringList messages(const QList<PlanProblem> &problems)
{
    QStringList out;
    for (const PlanProblem &p : problems)
        out.append(p.message);
    return out;
}

} // namespace

class TestPlanningValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_hasNoProblems() { QCOMPARE(messages(validatePlan(validPlan())), QStringList()); }

    void unknownDependency()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->dependsOn.append(u"cache"_s);
        const auto problems = validatePlan(doc);
        QCOMPARE(messages(problems), QStringList{u"web depends on \"cache\", which is not a service of this plan."_s});
        QCOMPARE(problems.first().code, PlanProblem::Code::UnknownDependency);
        QCOMPARE(problems.first().service, u"web"_s);
        QCOMPARE(problems.first().field, u"depends_on"_s);
    }

    void dependencyCycle_reportedOnce()
    {
        PlanDocument doc = validPlan();
        doc.service(u"db"_s)->dependsOn = {u"web"_s};
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"The services depend on each other in a circle: db → web → db."_s});
        PlanDocument self = validPlan();
        self.service(u"web"_s)->dependsOn.append(u"web"_s);
        QCOMPARE(messages(validatePlan(self)),
                 QStringList{u"The services depend on each other in a circle: web → web."_s});
    }

    void portClash_sameDomainOnTwoServices()
    {
        PlanDocument doc = validPlan();
        PlanService api = *doc.service(u"web"_s);
        api.name = u"api"_s;
        doc.services.append(api);
        const auto problems = validatePlan(doc);
        QCOMPARE(messages(problems),
                 QStringList{u"shop.example.com is routed to more than one service (web, api); each domain can "
                             "serve one."_s});
        QCOMPARE(problems.first().code, PlanProblem::Code::PortClash);
    }

    void portClash_twoPublicServicesWithoutDomain()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->domains.clear();
        PlanService api = *doc.service(u"web"_s);
        api.name = u"api"_s;
        doc.services.append(api);
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"web, api are all public without a domain, but only one service can answer on the "
                             "server's own address; give the others a domain."_s});
    }

    void missingRequiredEnv()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->env.append(PlanEnvVar{u"STRIPE_KEY"_s, PlanEnvVar::Kind::Unset, {}, true});
        doc.service(u"web"_s)->env.append(PlanEnvVar{u"LOG_LEVEL"_s, PlanEnvVar::Kind::Unset, {}, false});
        const auto problems = validatePlan(doc);
        QCOMPARE(messages(problems),
                 QStringList{u"web: the required variable STRIPE_KEY has no value; set a value or a secret."_s});
        QCOMPARE(problems.first().field, u"env.STRIPE_KEY"_s);
    }

    void secrets_unknownReferenceAndMissingValue()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->env.append(PlanEnvVar::secret(u"API_TOKEN"_s, u"web.API_TOKEN"_s, true));
        QCOMPARE(
            messages(validatePlan(doc)),
            QStringList{u"web: API_TOKEN refers to the secret \"web.API_TOKEN\", which the plan does not list."_s});
        doc.secrets.append(PlanSecret{u"web.API_TOKEN"_s, std::nullopt, {}});
        QCOMPARE(messages(validatePlan(doc)), QStringList());
        ValidationOptions options;
        options.availableSecrets = QSet<QString>{};
        QCOMPARE(messages(validatePlan(doc, options)),
                 QStringList{u"web: API_TOKEN needs the secret \"web.API_TOKEN\"; set its value."_s});
        options.availableSecrets = QSet<QString>{u"web.API_TOKEN"_s};
        QCOMPARE(messages(validatePlan(doc, options)), QStringList());
    }

    void publicServiceWithoutPort()
    {
        PlanDocument doc = validPlan();
        PlanService *web = doc.service(u"web"_s);
        web->ports.clear();
        web->publicPort = 0;
        web->health.type = PlanHealth::Type::None;
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"web is public but has no port for the proxy to route to; give the service a port."_s});
        web->ports = {8080};
        web->publicPort = 3000;
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"web: the public port 3000 is not one of the service's ports (8080)."_s});
    }

    void invalidDomain_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("message");
        QTest::newRow("no dot") << u"shop"_s
                                << u"web: \"shop\" is not a valid domain: use a fully qualified name such as "
                                   "app.example.com"_s;
        QTest::newRow("underscore") << u"my_shop.example.com"_s
                                    << u"web: \"my_shop.example.com\" is not a valid domain: the part \"my_shop\" "
                                       "must be 1 to 63 letters, digits or inner '-'"_s;
        QTest::newRow("ip") << u"192.0.2.10"_s
                            << u"web: \"192.0.2.10\" is not a valid domain: an IP address is not a domain; use a "
                               "host name"_s;
        QTest::newRow("wildcard") << u"*.example.com"_s
                                  << u"web: \"*.example.com\" is not a valid domain: wildcard domains need a DNS "
                                     "challenge, which the proxy is not set up for"_s;
        QTest::newRow("acme for a test name")
            << u"shop.test"_s << u"web: no public CA issues certificates for shop.test; use internal TLS for it."_s;
    }

    void invalidDomain()
    {
        QFETCH(QString, host);
        QFETCH(QString, message);
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->domains = {PlanDomain{host, TlsMode::Acme}};
        const auto problems = validatePlan(doc);
        QCOMPARE(messages(problems), QStringList{message});
        QCOMPARE(problems.first().code, PlanProblem::Code::InvalidDomain);
    }

    void domainOnPrivateService()
    {
        PlanDocument doc = validPlan();
        doc.service(u"db"_s)->domains = {PlanDomain{u"db.example.com"_s, TlsMode::Acme}};
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"db has domains but is not public; make it public or remove the domains."_s});
    }

    void memoryBeyondServer()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->memoryMb = 4096;
        QCOMPARE(messages(validatePlan(doc)),
                 (QStringList{u"web: the memory limit of 4096 MB is more than the server's 2048 MB."_s,
                              u"The services' memory limits add up to 4608 MB, more than the server's 2048 MB; "
                              "choose a larger server or lower the limits."_s}));
    }

    void invalidImage()
    {
        PlanDocument doc = validPlan();
        doc.service(u"db"_s)->image = u"Postgres:16"_s;
        const auto problems = validatePlan(doc);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, PlanProblem::Code::InvalidImage);
        QVERIFY2(problems.first().message.startsWith(u"db: the image \"Postgres:16\" is not a valid reference: "_s),
                 qPrintable(problems.first().message));
        doc.service(u"db"_s)->image.clear();
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"db: the service has neither an image nor a build; choose an image or a Dockerfile."_s});
    }

    void invalidServiceNameAndDuplicate()
    {
        PlanDocument doc = validPlan();
        doc.service(u"db"_s)->name = u"My DB"_s;
        doc.service(u"web"_s)->dependsOn = {u"My DB"_s};
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"\"My DB\" cannot name a service: use up to 63 lower-case letters, digits, '-' and "
                             "'_', starting with a letter or digit."_s});
        PlanDocument twice = validPlan();
        twice.services.append(twice.services.first());
        QCOMPARE(messages(validatePlan(twice)),
                 QStringList{u"Two services are named \"db\"; service names must be unique."_s});
    }

    void healthChecks()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->health.port = 9999;
        doc.service(u"web"_s)->health.path = u"/health'; rm -rf /"_s;
        QCOMPARE(messages(validatePlan(doc)),
                 (QStringList{u"web: the health path \"/health'; rm -rf /\" must start with '/' and hold only URL "
                              "characters."_s,
                              u"web: the health check's port 9999 is not one of the service's ports (3000)."_s}));
    }

    void buildOutsideTheSource()
    {
        PlanDocument doc = validPlan();
        doc.service(u"web"_s)->build->context = u"../elsewhere"_s;
        QCOMPARE(messages(validatePlan(doc)),
                 QStringList{u"web: the build context \"../elsewhere\" must be a folder inside the source."_s});
    }

    // Everything at once: every problem is reported, not just the first.
    void manyProblems_allReported()
    {
        PlanDocument doc = validPlan();
        PlanService *web = doc.service(u"web"_s);
        web->dependsOn.append(u"queue"_s);
        web->domains = {PlanDomain{u"bad_name"_s, TlsMode::Acme}};
        web->env.append(PlanEnvVar{u"SECRET"_s, PlanEnvVar::Kind::Unset, {}, true});
        web->memoryMb = 3000;
        const auto problems = validatePlan(doc);
        QList<PlanProblem::Code> codes;
        for (const PlanProblem &p : problems)
            codes.append(p.code);
        QCOMPARE(codes,
                 (QList<PlanProblem::Code>{PlanProblem::Code::UnknownDependency, PlanProblem::Code::InvalidDomain,
                                           PlanProblem::Code::MissingRequiredEnv, PlanProblem::Code::MemoryBeyondServer,
                                           PlanProblem::Code::MemoryBeyondServer}));
    }
};

QTEST_GUILESS_MAIN(TestPlanningValidator)
#include "tst_planning_validator.moc"
