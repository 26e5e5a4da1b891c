// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DeployStarter and the plan secrets reader over real parts: SQLite in a temporary data folder,
// a real gnome-keyring in a private D-Bus session (with-keyring.sh), a local Folder source and
// a local Git repository fetched through libgit2. The server is a loopback address nothing
// answers on: a started run is stopped at once (or fails to connect); what is checked is that
// the run was made with the right kind, server, project and steps — or that nothing was.
#include "core/coreservices.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/deploystarter.h"
#include "core/deploy/plansecrets.h"
#include "core/planning/planner.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/secrets/secretstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "deployfixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {
const QString fixture = QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy/pyapp");
const QStringList pyappSteps{u"prepare"_s, u"build-web"_s,       u"start-redis"_s, u"start-web"_s,
                             u"switch"_s,  u"post-deploy-web"_s, u"cleanup"_s};

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(fi.filePath(), QDir(to).filePath(fi.fileName())))
            return false;
    }
    return true;
}

QStringList stepNames(const Run &run)
{
    QStringList names;
    for (const Step &s : run.steps)
        names << s.name;
    return names;
}
} // namespace

class TestDeployStarter final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CoreServices> m_core;
    QString m_source;
    qint64 m_serverId = 0;
    int m_projects = 0;

    // A Folder-source project named uniquely (secret keys are per project id, so every test
    // starts with an empty keychain for its project).
    Project addProject(ProjectSource source = {})
    {
        Project p;
        p.name = u"Py App %1"_s.arg(++m_projects);
        if (source.kind == ProjectSource::Kind::None) {
            source.kind = ProjectSource::Kind::Folder;
            source.location = m_source;
        }
        p.source = source;
        auto added = m_core->projects().add(p);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
    }

    Plan addPlan(const Project &project, Plan::Status status, planning::PlanDocument doc)
    {
        Plan plan = planning::makePlan(project, doc, 1);
        plan.status = status;
        auto added = m_core->plans().add(plan);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
    }

    planning::PlanDocument generatedSecretPlan(const Project &project)
    {
        planning::PlanDocument doc = pyappPlan(deploy::projectSlug(project.name));
        doc.secrets.first().generate = planning::SecretGenerate{24, u"hex"_s};
        return doc;
    }

    Result<Run> startAndWait(deploy::DeployRequest request, QStringList *progress = nullptr)
    {
        deploy::DeployStarter starter(*m_core, request);
        QSignalSpy started(&starter, &deploy::DeployStarter::started);
        QSignalSpy finished(&starter, &deploy::DeployStarter::finished);
        if (progress)
            connect(&starter, &deploy::DeployStarter::progress, this,
                    [progress](const QString &text) { progress->append(text); });
        if (!finished.wait(60'000))
            return fail(Error::Code::Internal, u"the starter never finished"_s);
        if (started.count() != 1 || finished.count() != 1)
            return fail(Error::Code::Internal,
                        u"started/finished emitted %1/%2 times"_s.arg(started.count()).arg(finished.count()));
        return finished.first().first().value<Result<Run>>();
    }

    // Stops a run the starter started and waits until it left the engine.
    void stopRun(qint64 runId)
    {
        runs::RunEngine &engine = m_core->runEngine();
        if (!engine.isActive(runId))
            return;
        QSignalSpy finished(&engine, &runs::RunEngine::runFinished);
        (void)engine.stop(runId);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isActive(runId), 30'000);
    }

    Result<QString> readSecret(const secrets::SecretKey &key)
    {
        std::optional<Result<QString>> read;
        m_core->secretStore().read(key, this, [&](Result<QString> r) { read = std::move(r); });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 20'000))
            return fail(Error::Code::Internal, u"the keychain never answered"_s);
        return *read;
    }

    Result<void> writeSecret(const secrets::SecretKey &key, const QString &value)
    {
        std::optional<Result<void>> written;
        m_core->secretStore().write(key, value, this, [&](Result<void> r) { written = std::move(r); });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 20'000))
            return fail(Error::Code::Internal, u"the keychain never answered"_s);
        return *written;
    }

    int runCount() const { return int(m_core->runs().runs(0, 0, 1000).size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto core = CoreServices::open(m_dir.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
        QVERIFY(core);
        m_core = std::move(*core);
        m_source = m_dir.filePath(u"src"_s);
        QVERIFY(copyFolder(fixture, m_source));
        Server server;
        server.name = u"nowhere"_s;
        server.host = u"127.0.0.1"_s;
        server.port = 1; // nothing listens: a run that got to connect fails with a connection error
        auto added = m_core->servers().add(server);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        m_serverId = added->id;
    }

    void start_noPlan_refusedAndNothingStarted()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        const int before = runCount();
        auto r = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"no plan"_s), qPrintable(r.error().message));
        QCOMPARE(runCount(), before);
    }

    void start_unapprovedPlan_saysApproveFirst()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        addPlan(project, Plan::Status::Generated, pyappPlan(deploy::projectSlug(project.name)));
        auto r = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(u"Approve the plan first"_s), qPrintable(r.error().message));
        QVERIFY(deploy::deployBlocker(*m_core, {Run::Kind::Redeploy, project.id, m_serverId, {}}));
    }

    void start_stalePlan_saysRegenerate()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        Project project = addProject();
        addPlan(project, Plan::Status::Approved, pyappPlan(deploy::projectSlug(project.name)));
        QVERIFY(!deploy::deployBlocker(*m_core, {Run::Kind::Deploy, project.id, m_serverId, {}}));
        Service added;
        added.name = u"worker"_s;
        project.services << added;
        QVERIFY(m_core->projects().update(project));
        auto r = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(u"The plan is stale"_s), qPrintable(r.error().message));
    }

    void start_unknownServer_refused()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        addPlan(project, Plan::Status::Approved, generatedSecretPlan(project));
        auto r = startAndWait({Run::Kind::Deploy, project.id, 987654, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"server"_s), qPrintable(r.error().message));
    }

    void start_missingSecret_namesItAndHowToSetIt()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        addPlan(project, Plan::Status::Approved, pyappPlan(deploy::projectSlug(project.name)));
        const int before = runCount();
        auto r = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY2(r.error().message.contains(u"web.SECRET_TOKEN"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"Environment tab"_s), qPrintable(r.error().message));
        QVERIFY2(
            r.error().detail.contains(u"env set \"%1\" SECRET_TOKEN VALUE --service web --secret"_s.arg(project.name)),
            qPrintable(r.error().detail));
        QCOMPARE(runCount(), before);

        // Once the user gives it, the same request starts the run.
        QVERIFY(writeSecret(deploy::planSecretKey(project.id, u"web.SECRET_TOKEN"_s), u"given-by-user"_s));
        auto run = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QVERIFY(m_core->masker().containsSecret(u"given-by-user"_s));
        stopRun(run->id);
    }

    void start_folderSource_makesTheDeployRunWithItsSteps()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        addPlan(project, Plan::Status::Approved, generatedSecretPlan(project));
        QStringList progress;
        auto run = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}}, &progress);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(run->kind, Run::Kind::Deploy);
        QCOMPARE(run->projectId, project.id);
        QCOMPARE(run->serverId, m_serverId);
        QCOMPARE(stepNames(*run), pyappSteps);
        QVERIFY(m_core->runs().find(run->id));
        QVERIFY(m_core->runEngine().isActive(run->id));
        QVERIFY2(progress.contains(u"Starting the run"_s), qPrintable(progress.join(u" | "_s)));
        QCOMPARE(m_core->deploySourceRoot(project.id), m_source);

        stopRun(run->id);

        // While a run of the project holds the server (here one paused earlier), another start is
        // refused, names it, and starts nothing.
        Run paused;
        paused.kind = Run::Kind::Deploy;
        paused.projectId = project.id;
        paused.serverId = m_serverId;
        auto held = m_core->runs().add(paused);
        QVERIFY(held);
        QVERIFY(m_core->runs().setStatus(held->id, RunStatus::Paused));
        const int before = runCount();
        auto second = startAndWait({Run::Kind::Redeploy, project.id, m_serverId, {}});
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(u"#%1"_s.arg(held->id)), qPrintable(second.error().message));
        QCOMPARE(runCount(), before);
        QVERIFY(m_core->runs().setStatus(held->id, RunStatus::Stopped));
        QVERIFY(!deploy::deployBlocker(*m_core, {Run::Kind::Redeploy, project.id, m_serverId, {}}));
    }

    void start_generatedSecret_storedOnceAndReused()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        addPlan(project, Plan::Status::Approved, generatedSecretPlan(project));
        const secrets::SecretKey key = deploy::planSecretKey(project.id, u"web.SECRET_TOKEN"_s);
        auto none = readSecret(key);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::NotFound);

        auto first = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        stopRun(first->id);
        auto stored = readSecret(key);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(stored->size(), 24);
        QVERIFY(m_core->masker().containsSecret(*stored));

        auto second = startAndWait({Run::Kind::Redeploy, project.id, m_serverId, {}});
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QCOMPARE(second->kind, Run::Kind::Redeploy);
        stopRun(second->id);
        auto again = readSecret(key);
        QVERIFY(again);
        QCOMPARE(*again, *stored);

        // The reader on its own gives the same value.
        std::optional<Result<QHash<QString, QString>>> read;
        deploy::readPlanSecrets(m_core->secretStore(), project, generatedSecretPlan(project), this,
                                [&](Result<QHash<QString, QString>> r) { read = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 20'000));
        QVERIFY(*read);
        QCOMPARE((*read)->value(u"web.SECRET_TOKEN"_s), *stored);
    }

    void cancel_duringPreparation_startsNothing()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        addPlan(project, Plan::Status::Approved, generatedSecretPlan(project));
        const int before = runCount();
        for (bool afterStart : {false, true}) {
            deploy::DeployStarter starter(*m_core, {Run::Kind::Deploy, project.id, m_serverId, {}});
            QSignalSpy finished(&starter, &deploy::DeployStarter::finished);
            if (afterStart) {
                // Cancel while the keychain is being read.
                QSignalSpy progress(&starter, &deploy::DeployStarter::progress);
                QVERIFY(progress.wait(10'000));
                QVERIFY2(progress.first().first().toString().contains(u"keychain"_s),
                         qPrintable(progress.first().first().toString()));
            }
            starter.cancel();
            QVERIFY(finished.wait(10'000));
            const auto r = finished.first().first().value<Result<Run>>();
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Cancelled);
            QTest::qWait(300); // a late keychain answer must start nothing either
            QCOMPARE(finished.count(), 1);
            QCOMPARE(runCount(), before);
            QVERIFY(!m_core->runEngine().activeRuns().size());
        }
    }

    void start_gitSource_fetchesIntoTheCacheAndBuildsFromTheClone()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const QString repo = m_dir.filePath(u"repo"_s);
        QVERIFY(copyFolder(fixture, repo));
        const auto git = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(repo);
            p.start(u"git"_s, QStringList{u"-c"_s, u"user.name=t"_s, u"-c"_s, u"user.email=t@example.test"_s} + args);
            return p.waitForFinished(20'000) && p.exitCode() == 0;
        };
        QVERIFY(git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
        QVERIFY(git({u"add"_s, u"."_s}));
        QVERIFY(git({u"commit"_s, u"-q"_s, u"-m"_s, u"fixture"_s}));
        const Project project = addProject(ProjectSource{ProjectSource::Kind::Git, u"file://"_s + repo, u"main"_s});
        addPlan(project, Plan::Status::Approved, generatedSecretPlan(project));
        QStringList progress;
        auto run = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}}, &progress);
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(stepNames(*run), pyappSteps);
        const QString root = m_core->deploySourceRoot(project.id);
        QVERIFY2(root.startsWith(m_dir.filePath(u"data/sources"_s)), qPrintable(root));
        QVERIFY(QFileInfo::exists(root + u"/app.py"_s));
        QVERIFY2(progress.join(u" | "_s).contains(u"Fetching"_s), qPrintable(progress.join(u" | "_s)));
        stopRun(run->id);
    }

    void start_rollback_makesTheRollbackRun()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("keychain pass only");
        const Project project = addProject();
        auto run = startAndWait({Run::Kind::Rollback, project.id, m_serverId, u"abc123"_s});
        QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
        QCOMPARE(run->kind, Run::Kind::Rollback);
        QCOMPARE(stepNames(*run), QStringList{u"rollback"_s});
        auto defs = m_core->runEngine().stepDefinitions(run->id);
        QVERIFY(defs);
        QVERIFY2(defs->first().label.contains(u"abc123"_s), qPrintable(defs->first().label));
        stopRun(run->id);

        auto bad = startAndWait({Run::Kind::Rollback, project.id, m_serverId, u"$(reboot)"_s});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"not a release"_s), qPrintable(bad.error().message));
    }

    void unavailable_refusesClearly()
    {
        if (!qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs in the wrapper's second pass, without a session bus");
        const Project project = addProject();
        addPlan(project, Plan::Status::Approved, generatedSecretPlan(project));
        const int before = runCount();
        auto r = startAndWait({Run::Kind::Deploy, project.id, m_serverId, {}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Unsupported);
        QCOMPARE(runCount(), before);
    }

    void cleanupTestCase()
    {
        for (qint64 id : m_core->runEngine().activeRuns())
            stopRun(id);
        m_core.reset();
    }
};

QTEST_GUILESS_MAIN(TestDeployStarter)
#include "tst_deploystarter.moc"
