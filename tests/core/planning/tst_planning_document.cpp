// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The plan document: JSON round trip, precise read errors, staleness and diffs between versions.
#include "core/planning/plandiff.h"
#include "core/planning/planenv.h"
#include "core/planning/planner.h"
#include "core/planning/validator.h"
#include "planningtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::planning;

namespace {

PlanDocument generated(const QString &fixture)
{
    PlanOptions options;
    options.domain = u"app.example.com"_s;
    auto doc = generatePlan(test::projectFromFixture(fixture), options);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return *doc;
}

QJsonObject minimalJson()
{
    return QJsonDocument::fromJson(R"({"schema": 1, "project": "p", "services": [
        {"name": "web", "image": "nginx:1.27", "ports": [80], "public": true, "public_port": 80}]})")
        .object();
}

QString readError(const QJsonObject &json)
{
    const auto doc = PlanDocument::fromJson(json);
    return doc ? QString() : doc.error().message;
}

QJsonObject withService(const QJsonObject &changes)
{
    QJsonObject json = minimalJson();
    QJsonObject service = json.value(u"services"_s).toArray().first().toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        service.insert(it.key(), it.value());
    json.insert(u"services"_s, QJsonArray{service});
    return json;
}

} // namespace

class TestPlanningDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *name : {"node-express-api", "django-celery", "compose-multi", "plain-html", "rails-sidekiq",
                                 "spring-boot-maven", "aspnet-solution", "phoenix-app", "rust-axum-workspace"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void roundTrip()
    {
        QFETCH(QString, fixture);
        const PlanDocument doc = generated(fixture);
        const auto back = PlanDocument::fromJson(doc.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, doc);
        QCOMPARE(back->toJson(), doc.toJson());
    }

    void fromJson_minimal() { QVERIFY(PlanDocument::fromJson(minimalJson())); }

    // The generator leaves a service it cannot build without both (no Dockerfile template for
    // its stack); such a stored plan reads back, and the validator names the problem.
    void fromJson_neitherImageNorBuild_readsAndFailsValidation()
    {
        auto plan = PlanDocument::fromJson(withService({{u"image"_s, u""_s}}));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        const auto problems = validatePlan(*plan);
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const PlanProblem &p) { return p.code == PlanProblem::Code::MissingImage; }));
    }

    void fromJson_preciseErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("message");
        QJsonObject noSchema = minimalJson();
        noSchema.remove(u"schema"_s);
        QTest::newRow("no schema") << noSchema << u"Plan: the field \"schema\" is missing"_s;
        QJsonObject newer = minimalJson();
        newer.insert(u"schema"_s, 2);
        QTest::newRow("newer schema")
            << newer
            << u"This plan uses schema version 2, written by a newer Hydron; this one reads up to version 1."_s;
        QTest::newRow("image and build")
            << withService({{u"build"_s, QJsonObject{{u"dockerfile"_s, u"Dockerfile"_s}}}})
            << u"Plan service \"web\": the field \"image\" must be empty when the service is built"_s;
        QTest::newRow("bad port") << withService({{u"ports"_s, QJsonArray{70000}}})
                                  << u"Plan service \"web\": the field \"ports\" must hold port numbers between 1 and "
                                     "65535"_s;
        QTest::newRow("two kinds of value")
            << withService({{u"env"_s, QJsonArray{QJsonObject{
                                           {u"name"_s, u"A"_s}, {u"value"_s, u"1"_s}, {u"secret"_s, u"web.A"_s}}}}})
            << u"Plan service \"web\", env 1: the field \"value\" conflicts: give only one of value, secret and "
               "template"_s;
        QTest::newRow("bad template")
            << withService({{u"env"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"template"_s, u"x${HOME}"_s}}}}})
            << u"Plan service \"web\", env 1: the field \"template\" is malformed: write ${secret:REF} for a secret "
               "and $$ for a literal '$'"_s;
        QTest::newRow("bad tls")
            << withService({{u"domains"_s,
                             QJsonArray{QJsonObject{{u"host"_s, u"a.example.com"_s}, {u"tls"_s, u"letsencrypt"_s}}}}})
            << u"Plan service \"web\", domain 1: the field \"tls\" is \"letsencrypt\"; expected one of: acme, "
               "internal, none"_s;
        QTest::newRow("http health without path")
            << withService({{u"health"_s, QJsonObject{{u"type"_s, u"http"_s}, {u"port"_s, 80}}}})
            << u"Plan service \"web\", health: the field \"path\" must start with '/' for an HTTP check"_s;
        QTest::newRow("relative volume")
            << withService({{u"volumes"_s, QJsonArray{QJsonObject{{u"name"_s, u"v"_s}, {u"path"_s, u"data"_s}}}}})
            << u"Plan service \"web\", volume 1: the field \"path\" must be an absolute path in the container"_s;
        QJsonObject badSecret = minimalJson();
        badSecret.insert(u"secrets"_s, QJsonArray{QJsonObject{{u"ref"_s, u"web.X"_s},
                                                              {u"generate"_s, QJsonObject{{u"length"_s, 8}}}}});
        QTest::newRow("short secret") << badSecret
                                      << u"Plan secret \"web.X\", generate: the field \"length\" must be between 16 "
                                         "and 256"_s;
    }

    void fromJson_preciseErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, message);
        QCOMPARE(readError(json), message);
    }

    // Hostile documents: every field of a real plan replaced by every wrong type reads back as a
    // plan or an error, never a crash.
    void fromJson_survivesWrongTypes()
    {
        const QJsonObject good = generated(u"node-express-api"_s).toJson();
        const QList<QJsonValue> wrong{
            QJsonValue(),       QJsonValue(true),      QJsonValue(-1),          QJsonValue(1e12),
            QJsonValue(u"x"_s), QJsonArray{1, u"a"_s}, QJsonObject{{u"k"_s, 1}}};
        int errors = 0;
        const auto tryDoc = [&](const QJsonObject &doc) {
            const auto read = PlanDocument::fromJson(doc);
            if (!read) {
                ++errors;
                QVERIFY(!read.error().message.isEmpty());
            }
        };
        for (const QString &key : good.keys()) {
            for (const QJsonValue &v : wrong) {
                QJsonObject doc = good;
                doc.insert(key, v);
                tryDoc(doc);
            }
        }
        const QJsonObject service = good.value(u"services"_s).toArray().first().toObject();
        for (const QString &key : service.keys()) {
            for (const QJsonValue &v : wrong) {
                QJsonObject s = service;
                s.insert(key, v);
                QJsonObject doc = good;
                doc.insert(u"services"_s, QJsonArray{s});
                tryDoc(doc);
                for (const QString &inner : {u"health"_s, u"build"_s}) {
                    QJsonObject nested = service.value(inner).toObject();
                    for (const QString &k : nested.keys()) {
                        QJsonObject n = nested;
                        n.insert(k, v);
                        QJsonObject s2 = service;
                        s2.insert(inner, n);
                        QJsonObject doc2 = good;
                        doc2.insert(u"services"_s, QJsonArray{s2});
                        tryDoc(doc2);
                    }
                }
            }
        }
        QVERIFY(errors > 100);
    }

    void templates_splitIntoTextAndReferences()
    {
        const PlanEnvVar var =
            PlanEnvVar::templated(u"URL"_s, u"postgresql://app:${secret:db.PW}@db/app?x=$$1&y=${secret:db.U}"_s);
        QCOMPARE(var.secretRefs(), (QStringList{u"db.PW"_s, u"db.U"_s}));
        QString text;
        QVERIFY(forEachTemplatePart(
            var.value, [&](const QString &t) { text += t; }, [&](const QString &r) { text += u'<' + r + u'>'; }));
        QCOMPARE(text, u"postgresql://app:<db.PW>@db/app?x=$1&y=<db.U>"_s);
        QVERIFY(!forEachTemplatePart(
            u"a$b"_s, [](const QString &) {}, [](const QString &) {}));
        QVERIFY(!forEachTemplatePart(
            u"${secret:x"_s, [](const QString &) {}, [](const QString &) {}));
    }

    // A plan made from services goes stale exactly when the services change.
    void staleness_followsTheServices()
    {
        Project project = test::projectFromFixture(u"node-express-api"_s);
        const auto doc = generatePlan(project, {});
        QVERIFY(doc);
        const Plan plan = makePlan(project, *doc);
        QCOMPARE(plan.status, Plan::Status::Generated);
        QVERIFY(!isStale(plan, project));
        QCOMPARE(planDocument(plan).value(), *doc);

        Project moved = project;
        moved.name = u"renamed"_s; // not a service change
        QVERIFY(!isStale(plan, moved));

        Project changed = project;
        changed.services.first().ports = {4000};
        QVERIFY(isStale(plan, changed));

        Project added = project;
        Service extra;
        extra.name = u"extra"_s;
        added.services.append(extra);
        QVERIFY(isStale(plan, added));

        Plan marked = plan;
        marked.status = Plan::Status::Stale;
        QVERIFY(isStale(marked, project));
    }

    // Deploy-time values: literals as written, secrets and templates from the given values.
    void resolveEnvironment_fillsSecretsAndNamesTheMissingOne()
    {
        PlanService s;
        s.name = u"api"_s;
        s.env = {PlanEnvVar::literal(u"MODE"_s, u"a $literal"_s), PlanEnvVar::secret(u"TOKEN"_s, u"api.TOKEN"_s),
                 PlanEnvVar::templated(u"DATABASE_URL"_s, u"postgresql://app:${secret:db.PW}@db/app?cost=$$5"_s),
                 PlanEnvVar{u"OPTIONAL"_s, PlanEnvVar::Kind::Unset, {}, false}};
        const auto resolved = resolveEnvironment(s, {{u"api.TOKEN"_s, u"t0k3n"_s}, {u"db.PW"_s, u"p'w\"$x"_s}});
        QVERIFY(resolved);
        QCOMPARE(*resolved,
                 (QList<ResolvedEnvVar>{{u"MODE"_s, u"a $literal"_s, false},
                                        {u"TOKEN"_s, u"t0k3n"_s, true},
                                        {u"DATABASE_URL"_s, u"postgresql://app:p'w\"$x@db/app?cost=$5"_s, true}}));
        const auto missing = resolveEnvironment(s, {{u"api.TOKEN"_s, u"t"_s}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"api: DATABASE_URL needs the secret \"db.PW\", which has no value yet."_s);
    }

    void secrets_toGenerateAndToAsk()
    {
        const PlanDocument doc = generated(u"node-express-api"_s);
        QCOMPARE(secretsToGenerate(doc, {}).size(), 1);
        QCOMPARE(secretsToGenerate(doc, {}).first().ref, u"postgres.POSTGRES_PASSWORD"_s);
        QVERIFY(secretsToGenerate(doc, {u"postgres.POSTGRES_PASSWORD"_s}).isEmpty());
        QCOMPARE(secretsToAsk(doc, {}).first().ref, u"orders-api.STRIPE_SECRET_KEY"_s);
        const QString value = generateSecretValue(SecretGenerate{40, u"hex"_s});
        QCOMPARE(value.size(), 40);
        QVERIFY(QRegularExpression(u"^[0-9a-f]+$"_s).match(value).hasMatch());
        QVERIFY(value != generateSecretValue(SecretGenerate{40, u"hex"_s}));
    }

    void summary_readsLikeThePlan()
    {
        const PlanDocument doc = generated(u"django-celery"_s);
        const QString text = planSummary(doc);
        QVERIFY2(text.startsWith(u"Server: Standard M (2 vCPU, 4 GB) in eu-central, 8.90 EUR a month\n"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"  shop (web): generated Dockerfile (python-pip) in ., public at "
                               "https://app.example.com, health GET /healthz/, 512 MB\n"
                               "      after deploy: python manage.py migrate --noinput\n"_s),
                 qPrintable(text));
        QVERIFY2(
            text.contains(u"  postgres (postgres): image postgres:16, health: pg_isready -U app -d app, 512 MB\n"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"Secrets Hydron generates: postgres.POSTGRES_PASSWORD, shop.DJANGO_SECRET_KEY\n"_s),
                 qPrintable(text));
        // Services come in start order: what they depend on first.
        QVERIFY(text.indexOf(u"  postgres ("_s) < text.indexOf(u"  shop ("_s));
    }

    void diff_identicalPlansHaveNone()
    {
        const PlanDocument doc = generated(u"django-celery"_s);
        const PlanDiff diff = diffPlans(doc, doc);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.toText(), QString());
    }

    void diff_namesAddedRemovedAndChangedFields()
    {
        const PlanDocument before = generated(u"django-celery"_s);
        PlanDocument after = before;
        after.service(u"shop"_s)->memoryMb = 1024;
        after.service(u"shop"_s)->env.append(PlanEnvVar::literal(u"LOG_LEVEL"_s, u"debug"_s));
        after.service(u"shop"_s)->health.path = u"/ready"_s;
        after.services.removeIf([](const PlanService &s) { return s.name == u"shop-worker"; });
        PlanService mail;
        mail.name = u"mail"_s;
        mail.image = u"axllent/mailpit:v1.20"_s;
        after.services.append(mail);
        after.server.offerId = u"std-l-eu-central"_s;

        const PlanDiff diff = diffPlans(before, after);
        QCOMPARE(diff.plan, (QList<FieldChange>{{u"server.offer_id"_s, before.server.offerId, u"std-l-eu-central"_s}}));
        QCOMPARE(diff.services.size(), 3);
        QCOMPARE(diff.services.at(0).service, u"mail"_s);
        QCOMPARE(diff.services.at(0).kind, ServiceChange::Kind::Added);
        QCOMPARE(diff.services.at(1).service, u"shop"_s);
        QCOMPARE(diff.services.at(1).kind, ServiceChange::Kind::Changed);
        QCOMPARE(diff.services.at(1).fields,
                 (QList<FieldChange>{{u"env.LOG_LEVEL"_s, {}, u"{\"name\":\"LOG_LEVEL\",\"value\":\"debug\"}"_s},
                                     {u"health.path"_s, u"/healthz/"_s, u"/ready"_s},
                                     {u"memory_mb"_s, u"512"_s, u"1024"_s}}));
        QCOMPARE(diff.services.at(2).service, u"shop-worker"_s);
        QCOMPARE(diff.services.at(2).kind, ServiceChange::Kind::Removed);
        const QString text = diff.toText();
        QVERIFY2(text.contains(u"+ service mail"_s) && text.contains(u"- service shop-worker"_s) &&
                     text.contains(u"    memory_mb: 512 → 1024"_s),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPlanningDocument)
#include "tst_planning_document.moc"
