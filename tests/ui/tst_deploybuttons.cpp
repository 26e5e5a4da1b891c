// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Deploy / Redeploy / Rollback… from the Infrastructure panel, in the real project workspace
// offscreen over real core services on a temporary data folder: the buttons' states and why,
// a click on Deploy making a deploy run that the Runs panel shows selected (the server is a
// loopback port nothing answers on, so the run fails fast with a connection error), Rollback…
// on this computer saying there is no release, "What will run", the "reviewed" status, and the
// repository's own Dockerfile. With HYDRON_SCREENSHOT_DIR set, the Overview is saved as PNGs.
#include "../core/deploy/deployfixture.h"
#include "core/deploy/deployrecipe.h"
#include "core/planning/planner.h"
#include "core/runs/runengine.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "testcore.h"
#include "ui/deploybar.h"
#include "ui/infrastructurepanel.h"
#include "ui/models/deploymodels.h"
#include "ui/models/planmodels.h"
#include "ui/projectworkspace.h"
#include "ui/runspanel.h"
#include "ui/style.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::InfrastructurePanel;

namespace {
const QString fixture = QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy/pyapp");
const QStringList pyappSteps{u"prepare"_s, u"build-web"_s,       u"start-redis"_s, u"start-web"_s,
                             u"switch"_s,  u"post-deploy-web"_s, u"cleanup"_s};

// The pyapp plan without its secret, so no keychain is needed to deploy it.
planning::PlanDocument plainPlan(const QString &slug)
{
    planning::PlanDocument doc = pyappPlan(slug);
    doc.secrets.clear();
    planning::PlanService *web = doc.service(u"web"_s);
    web->env.removeIf([](const planning::PlanEnvVar &v) { return v.name == u"SECRET_TOKEN"_s; });
    return doc;
}
} // namespace

class TestDeployButtons final : public QObject
{
    Q_OBJECT

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_workspace->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    void shoot(const QString &name, QWidget *widget = nullptr) const
    {
        const QString dir = qEnvironmentVariable("HYDRON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        (widget ? widget : m_workspace->infrastructurePanel())->grab().save(dir + u"/deploy-"_s + name + u".png"_s);
    }

    Project addProject(const QString &name)
    {
        const QString source = m_dir->filePath(name);
        QDir().mkpath(source);
        for (const QFileInfo &fi : QDir(fixture).entryInfoList(QDir::Files | QDir::Hidden))
            QFile::copy(fi.filePath(), QDir(source).filePath(fi.fileName()));
        Project p = test::makeProject(name, {test::makeService(u"web"_s, {8000})});
        p.source = ProjectSource{ProjectSource::Kind::Folder, source, {}};
        auto added = m_core->projects().add(p);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
    }

    Plan addPlan(const Project &project, Plan::Status status)
    {
        Plan plan = planning::makePlan(project, plainPlan(deploy::projectSlug(project.name)));
        plan.status = status;
        auto added = m_core->plans().add(plan);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
    }

    // A completed deploy of the project on the server, as an earlier session would have left it.
    void addCompletedDeploy(qint64 projectId, qint64 serverId)
    {
        Run run;
        run.kind = Run::Kind::Deploy;
        run.projectId = projectId;
        run.serverId = serverId;
        run.steps = {Step{u"prepare"_s, StepStatus::Completed, {}, {}, 0}};
        auto added = m_core->runs().add(run);
        QVERIFY(added);
        QVERIFY(m_core->runs().setStatus(added->id, RunStatus::Completed));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<ui::ProjectWorkspace> m_workspace;
    qint64 m_serverId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The chat pane reads its API key from the keychain unless this is set; a keychain job
        // still in flight when a test's core services are destroyed would answer into the next
        // test. Nothing here talks to the API.
        qputenv("ANTHROPIC_API_KEY", "sk-test-not-used");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_core = test::openCore(m_dir->filePath(u"data"_s));
        QVERIFY(m_core);
        Server server = test::makeServer(u"nowhere"_s, u"127.0.0.1"_s);
        server.port = 1; // nothing listens: a deploy there fails fast with a connection error
        auto added = m_core->servers().add(server);
        QVERIFY(added);
        m_serverId = added->id;
        m_workspace = std::make_unique<ui::ProjectWorkspace>(*m_core);
        m_workspace->resize(1400, 900);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void cleanup()
    {
        if (m_core) {
            for (qint64 id : m_core->runEngine().activeRuns())
                (void)m_core->runEngine().stop(id);
            QTRY_VERIFY_WITH_TIMEOUT(m_core->runEngine().activeRuns().isEmpty(), 20'000);
        }
        m_workspace.reset();
        m_core.reset();
        m_dir.reset();
    }

    void buttons_enabledByState_tooltipsSayWhy()
    {
        const Project project = addProject(u"shop"_s);
        m_workspace->setProjectId(project.id);
        InfrastructurePanel *panel = m_workspace->infrastructurePanel();
        panel->setCurrentIndex(InfrastructurePanel::PlanTab);
        auto *deployButton = child<QPushButton>(u"deployButton"_s);
        auto *redeployButton = child<QPushButton>(u"redeployButton"_s);
        auto *rollbackButton = child<QPushButton>(u"rollbackButton"_s);
        auto *servers = child<QComboBox>(u"deployServerCombo"_s);
        QCOMPARE(servers->count(), 1);
        QVERIFY2(servers->currentText().contains(u"nowhere"_s), qPrintable(servers->currentText()));

        // No plan.
        QVERIFY(!deployButton->isEnabled());
        QVERIFY2(deployButton->toolTip().contains(u"no plan"_s), qPrintable(deployButton->toolTip()));

        // A generated plan: approve it first.
        const Plan plan = addPlan(project, Plan::Status::Generated);
        QVERIFY(!deployButton->isEnabled());
        QVERIFY2(deployButton->toolTip().startsWith(u"Approve the plan first"_s), qPrintable(deployButton->toolTip()));
        QVERIFY(!redeployButton->isEnabled());

        // Approved: Deploy; Redeploy and Rollback need a deploy there first.
        QVERIFY(m_core->plans().setStatus(plan.id, Plan::Status::Approved));
        QVERIFY(deployButton->isEnabled());
        QVERIFY2(deployButton->toolTip().contains(u"nowhere"_s), qPrintable(deployButton->toolTip()));
        QVERIFY(!redeployButton->isEnabled());
        QVERIFY2(redeployButton->toolTip().contains(u"deploy it first"_s), qPrintable(redeployButton->toolTip()));
        QVERIFY(!rollbackButton->isEnabled());
        QVERIFY2(rollbackButton->toolTip().contains(u"deploy it first"_s), qPrintable(rollbackButton->toolTip()));

        // After a completed deploy on that server, all three.
        addCompletedDeploy(project.id, m_serverId);
        QVERIFY(redeployButton->isEnabled());
        QVERIFY(rollbackButton->isEnabled());

        // A stale plan stops deploys (not rollbacks).
        Project changed = project;
        changed.services << test::makeService(u"worker"_s);
        QVERIFY(m_core->projects().update(changed));
        QVERIFY(!deployButton->isEnabled());
        QVERIFY2(deployButton->toolTip().startsWith(u"The plan is stale"_s), qPrintable(deployButton->toolTip()));
        QVERIFY(!redeployButton->isEnabled());
        QVERIFY(rollbackButton->isEnabled());

        // A run of the project that is still going stops all three.
        Run active;
        active.kind = Run::Kind::Deploy;
        active.projectId = project.id;
        active.serverId = m_serverId;
        auto added = m_core->runs().add(active);
        QVERIFY(added);
        QVERIFY(m_core->runs().setStatus(added->id, RunStatus::Paused));
        QVERIFY(!rollbackButton->isEnabled());
        QVERIFY2(rollbackButton->toolTip().contains(u"#%1"_s.arg(added->id)), qPrintable(rollbackButton->toolTip()));
    }

    void deploy_click_startsARunShownSelectedInTheRunsPanel()
    {
        const Project project = addProject(u"shop"_s);
        addPlan(project, Plan::Status::Approved);
        m_workspace->setProjectId(project.id);
        InfrastructurePanel *panel = m_workspace->infrastructurePanel();
        panel->setCurrentIndex(InfrastructurePanel::PlanTab);
        shoot(u"overview-approved"_s);
        auto *deployButton = child<QPushButton>(u"deployButton"_s);
        QVERIFY(deployButton->isEnabled());
        QSignalSpy started(panel, &InfrastructurePanel::runStarted);
        QTest::mouseClick(deployButton, Qt::LeftButton);
        QVERIFY(!deployButton->isEnabled()); // while it prepares
        QVERIFY(child<QPushButton>(u"deployCancelButton"_s)->isVisible());
        QVERIFY(started.wait(20'000));
        const qint64 runId = started.first().first().toLongLong();
        const auto run = m_core->runs().find(runId);
        QVERIFY(run);
        QCOMPARE(run->kind, Run::Kind::Deploy);
        QCOMPARE(run->projectId, project.id);
        QCOMPARE(run->serverId, m_serverId);
        QStringList names;
        for (const Step &s : run->steps)
            names << s.name;
        QCOMPARE(names, pyappSteps);
        QCOMPARE(m_workspace->runsPanel()->selectedRunId(), runId);
        QVERIFY(child<QLabel>(u"deployStatusLabel"_s)->text().contains(u"#%1"_s.arg(runId)));
        // The server deployed to is linked to the project now.
        QVERIFY(m_core->servers().find(m_serverId)->projectIds.contains(project.id));
        // The run fails fast (nothing answers), and says why.
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(m_core->runs().find(runId)->status), 30'000);
        QCOMPARE(m_core->runs().find(runId)->status, RunStatus::Failed);
        QTRY_VERIFY(deployButton->isEnabled());
        QVERIFY(!child<QPushButton>(u"redeployButton"_s)->isEnabled()); // a failed deploy is no deploy
        shoot(u"overview-after-run"_s);
    }

    void deploy_cancelWhilePreparing_startsNothing()
    {
        const Project project = addProject(u"shop"_s);
        addPlan(project, Plan::Status::Approved);
        m_workspace->setProjectId(project.id);
        m_workspace->infrastructurePanel()->setCurrentIndex(InfrastructurePanel::PlanTab);
        QTest::mouseClick(child<QPushButton>(u"deployButton"_s), Qt::LeftButton);
        auto *cancel = child<QPushButton>(u"deployCancelButton"_s);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!cancel->isVisible());
        QTest::qWait(200);
        QVERIFY(m_core->runs().runs(project.id).isEmpty());
        QVERIFY(child<QLabel>(u"deployStatusLabel"_s)->text().contains(u"Cancelled"_s));
        QVERIFY(child<QPushButton>(u"deployButton"_s)->isEnabled());
    }

    void deploy_missingSource_errorInline()
    {
        Project project = addProject(u"shop"_s);
        addPlan(project, Plan::Status::Approved);
        QVERIFY(QDir(project.source.location).removeRecursively());
        m_workspace->setProjectId(project.id);
        m_workspace->infrastructurePanel()->setCurrentIndex(InfrastructurePanel::PlanTab);
        QTest::mouseClick(child<QPushButton>(u"deployButton"_s), Qt::LeftButton);
        auto *error = child<QLabel>(u"deployErrorLabel"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"does not exist"_s), qPrintable(error->text()));
        QVERIFY(m_core->runs().runs(project.id).isEmpty());
    }

    void rollback_onThisComputerWithoutReleases_saysSo()
    {
        auto local = m_core->servers().add(Server::local());
        QVERIFY2(local, qPrintable(local ? QString() : local.error().toString()));
        const Project project = addProject(u"rollback-nothing-here"_s);
        addPlan(project, Plan::Status::Approved);
        QVERIFY(m_core->servers().setLinkedProjects(local->id, {project.id}));
        addCompletedDeploy(project.id, local->id);
        m_workspace->setProjectId(project.id);
        m_workspace->infrastructurePanel()->setCurrentIndex(InfrastructurePanel::PlanTab);
        auto *servers = child<QComboBox>(u"deployServerCombo"_s);
        // The project's server first, the others after it.
        QCOMPARE(servers->itemData(0).toLongLong(), local->id);
        QCOMPARE(servers->itemText(0), u"This computer"_s);
        QVERIFY(servers->itemText(servers->count() - 1).contains(u"not linked"_s));
        auto *rollbackButton = child<QPushButton>(u"rollbackButton"_s);
        QVERIFY2(rollbackButton->isEnabled(), qPrintable(rollbackButton->toolTip()));
        QTest::mouseClick(rollbackButton, Qt::LeftButton);
        auto *error = child<QLabel>(u"deployErrorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10'000);
        QVERIFY2(error->text().contains(u"no releases"_s), qPrintable(error->text()));
        QVERIFY(!m_workspace->findChild<ui::RollbackDialog *>());
        QVERIFY(m_core->runs().runs(project.id).size() == 1); // only the completed deploy
        shoot(u"rollback-none"_s);
    }

    void rollbackDialog_offersKeptReleasesOnly()
    {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
        ui::RollbackDialog dialog(u"shop"_s, u"web1"_s,
                                  {{u"ccc333"_s, t.addSecs(200), true, true},
                                   {u"bbb222"_s, t.addSecs(100), false, true},
                                   {u"aaa111"_s, t, false, false}});
        QCOMPARE(dialog.model()->rollbackTargets(), 1);
        QCOMPARE(dialog.selectedRelease(), u"bbb222"_s); // the newest one kept, preselected
        auto *confirm = dialog.findChild<QPushButton *>(u"rollbackDialogConfirmButton"_s);
        QVERIFY(confirm->isEnabled());
        auto *table = dialog.findChild<QTableView *>(u"rollbackReleasesTable"_s);
        QVERIFY(!(dialog.model()->flags(dialog.model()->index(0, 0)) & Qt::ItemIsSelectable));
        QVERIFY(!(dialog.model()->flags(dialog.model()->index(2, 0)) & Qt::ItemIsSelectable));
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void whatWillRun_showsTheCompiledSteps_andReviewedFollows()
    {
        const Project project = addProject(u"shop"_s);
        const Plan plan = addPlan(project, Plan::Status::Generated);
        m_workspace->setProjectId(project.id);
        InfrastructurePanel *panel = m_workspace->infrastructurePanel();
        panel->setCurrentIndex(InfrastructurePanel::ServicesTab);
        auto *model = panel->stepModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(pyappSteps.size()), 20'000);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, ui::PlanStepModel::Name).data().toString();
        QCOMPARE(names, pyappSteps);

        // The Overview alone does not make it reviewed.
        panel->setCurrentIndex(InfrastructurePanel::PlanTab);
        QTest::qWait(50);
        QCOMPARE(m_core->plans().latest(project.id)->status, Plan::Status::Generated);
        // Opening "What will run" there does.
        auto *toggle = child<QToolButton>(u"planStepsToggle"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(child<QTreeView>(u"planStepsTree"_s)->isVisible());
        QTRY_COMPARE(m_core->plans().latest(project.id)->status, Plan::Status::Reviewed);
        QCOMPARE(m_core->plans().latest(project.id)->id, plan.id);
        QTRY_COMPARE(child<QLabel>(u"planStatusLabel"_s)->text(), Plan::statusLabel(Plan::Status::Reviewed));
        // Reviewed still needs approving before a deploy.
        QCOMPARE(child<QPushButton>(u"planApproveButton"_s)->text(), u"Approve"_s);
        QVERIFY(!child<QPushButton>(u"deployButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"deployButton"_s)->toolTip().startsWith(u"Approve the plan first"_s));

        // A step's script, read-only and monospace; its details expand.
        auto *tree = child<QTreeView>(u"planStepsTree"_s);
        tree->setCurrentIndex(model->index(1, 0));
        auto *script = child<QPlainTextEdit>(u"planStepScript"_s);
        QVERIFY(script->isReadOnly());
        QVERIFY2(script->toPlainText().contains(u"deploy_main build "_s), qPrintable(script->toPlainText().right(200)));
        tree->expand(model->index(1, 0));
        QVERIFY(model->rowCount(model->index(1, 0)) > 0);
        bool uploads = false;
        for (int row = 0; row < model->rowCount(model->index(1, 0)); ++row)
            uploads = uploads || model->index(row, 0, model->index(1, 0)).data().toString().startsWith(u"Uploads"_s);
        QVERIFY(uploads);
        // The literal value REDIS_HOST=redis reaches the server in an env file, never this view.
        for (int step = 0; step < model->rowCount(); ++step) {
            for (int row = 0; row < model->rowCount(model->index(step, 0)); ++row)
                QVERIFY(!model->index(row, 0, model->index(step, 0)).data().toString().contains(u"REDIS_HOST=redis"_s));
        }
        shoot(u"what-will-run"_s, child<QWidget>(u"planStepsSection"_s));
        shoot(u"workspace"_s, m_workspace.get());

        // A new version is generated again; opening both again reviews it as well.
        const Plan second = addPlan(project, Plan::Status::Generated);
        QTRY_COMPARE(m_core->plans().latest(project.id)->status, Plan::Status::Reviewed);
        QCOMPARE(m_core->plans().latest(project.id)->id, second.id);
    }

    void dockerfiles_repositoryDockerfile_isShownFromTheSource()
    {
        const Project project = addProject(u"shop"_s);
        addPlan(project, Plan::Status::Generated);
        m_workspace->setProjectId(project.id);
        InfrastructurePanel *panel = m_workspace->infrastructurePanel();
        panel->setCurrentIndex(InfrastructurePanel::DockerfilesTab);
        QCOMPARE(panel->dockerfileModel()->rowCount(), 1);
        QFile file(fixture + u"/Dockerfile"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString expected = QString::fromUtf8(file.readAll());
        auto *editor = child<QPlainTextEdit>(u"dockerfileEditor"_s);
        QTRY_COMPARE(editor->toPlainText(), expected);
        QVERIFY(editor->isReadOnly());
        QVERIFY2(child<QLabel>(u"dockerfileHintLabel"_s)->text().contains(u"From the repository: Dockerfile"_s),
                 qPrintable(child<QLabel>(u"dockerfileHintLabel"_s)->text()));
        shoot(u"dockerfile-from-repository"_s);
    }
};

QTEST_MAIN(TestDeployButtons)
#include "tst_deploybuttons.moc"
