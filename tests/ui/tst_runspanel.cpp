// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs panel with a real RunEngine running real commands on this computer (LocalTransport):
// the run shows live (steps, statuses, log lines with ANSI taken out), and Pause, Resume and
// Stop work from the buttons — Stop kills the running command and releases the server lock.
#include "core/runs/recipe.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "testcore.h"
#include "ui/models/runlistmodel.h"
#include "ui/models/runlogmodel.h"
#include "ui/models/steptablemodel.h"
#include "ui/runlogview.h"
#include "ui/runspanel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

// Three harmless steps: a short one with colours, a long one that records its pid and ticks,
// and a last one.
class TestRecipe final : public runs::RunRecipe
{
public:
    explicit TestRecipe(QString dir)
        : m_dir(std::move(dir))
    {}
    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Cleanup; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &) const override
    {
        runs::StepDefinition prepare;
        prepare.name = u"prepare"_s;
        prepare.label = u"Prepare"_s;
        prepare.script = u"printf '\\033[32mready\\033[0m\\n'; sleep 1.5; echo prepared\n"_s;
        runs::StepDefinition wait;
        wait.name = u"wait"_s;
        wait.label = u"Wait"_s;
        wait.script =
            u"echo $$ > '%1/wait.pid'; for i in $(seq 1 600); do echo tick $i; sleep 0.1; done\n"_s.arg(m_dir);
        runs::StepDefinition finish;
        finish.name = u"finish"_s;
        finish.label = u"Finish"_s;
        finish.script = u"echo done\n"_s;
        return QList<runs::StepDefinition>{prepare, wait, finish};
    }

private:
    QString m_dir;
};

// HYDRON_TEST_SCREENSHOTS=DIR saves what the panel looks like at key moments, for review.
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HYDRON_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + u"/runs-"_s + name + u".png"_s);
}

bool logContains(ui::RunsPanel &panel, const QString &text)
{
    const ui::RunLogModel *model = panel.logView()->model();
    return model->find(text, 0).isValid();
}

std::optional<RunStatus> statusOf(CoreServices &core, qint64 runId)
{
    const auto run = core.runs().find(runId);
    return run ? std::optional<RunStatus>(run->status) : std::nullopt;
}

// One step running `script`.
class OneStepRecipe final : public runs::RunRecipe
{
public:
    OneStepRecipe(QString name, QString script)
        : m_name(std::move(name))
        , m_script(std::move(script))
    {}
    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Cleanup; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &) const override
    {
        runs::StepDefinition step;
        step.name = m_name;
        step.label = m_name;
        step.script = m_script + u'\n';
        return QList<runs::StepDefinition>{step};
    }

private:
    QString m_name;
    QString m_script;
};

// A data folder with the built-in local server, an engine running `recipe`, and the panel
// showing that server's runs.
struct Rig
{
    QTemporaryDir dir;
    std::unique_ptr<CoreServices> core;
    qint64 serverId = 0;
    secrets::SecretMasker masker;
    std::unique_ptr<runs::RunEngine> engine;
    std::unique_ptr<ui::RunsPanel> panel;

    explicit Rig(std::shared_ptr<runs::RunRecipe> recipe)
    {
        // The lock script and the run's work folder live under $HOME on "the server" (here).
        qputenv("HOME", dir.filePath(u"home"_s).toUtf8());
        QDir().mkpath(dir.filePath(u"home"_s));
        core = test::openCore(dir.filePath(u"data"_s));
        if (!core)
            return;
        if (auto server = core->servers().add(Server::local()))
            serverId = server->id;
        runs::RunEngine::Options options;
        options.lockDirectory = dir.filePath(u"locks"_s);
        engine = std::make_unique<runs::RunEngine>(core->runs(), core->runLog(), core->servers(), masker, options);
        engine->addRecipe(std::move(recipe));
        panel = std::make_unique<ui::RunsPanel>(*core, *engine);
        panel->setServerId(serverId);
        panel->show();
    }
    [[nodiscard]] bool ready() const { return dir.isValid() && core && serverId > 0; }
};

} // namespace

class TestRunsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void liveRun_pauseResumeStop_fromTheButtons()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The lock script and the run's work folder live under $HOME on "the server" (here).
        qputenv("HOME", dir.filePath(u"home"_s).toUtf8());
        QDir().mkpath(dir.filePath(u"home"_s));
        auto core = test::openCore(dir.filePath(u"data"_s));
        QVERIFY(core);
        auto server = core->servers().add(Server::local());
        QVERIFY(server);
        auto project = core->projects().add(test::makeProject(u"shop"_s));
        QVERIFY(project);

        secrets::SecretMasker masker;
        runs::RunEngine::Options options;
        options.lockDirectory = dir.filePath(u"locks"_s);
        options.logInterval = std::chrono::milliseconds(50);
        runs::RunEngine engine(core->runs(), core->runLog(), core->servers(), masker, options);
        engine.addRecipe(std::make_shared<TestRecipe>(dir.path()));

        ui::RunsPanel panel(*core, engine);
        panel.resize(1000, 600);
        panel.setProjectId(project->id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.pauseButton()->isEnabled()); // nothing to act on yet

        auto run = engine.start(Run::Kind::Cleanup, server->id, project->id);
        QVERIFY2(run, run ? "" : qPrintable(run.error().toString()));
        const qint64 runId = run->id;
        QTRY_COMPARE(panel.runModel()->rowCount(), 1);
        panel.selectRun(runId);
        QCOMPARE(panel.selectedRunId(), runId);
        QCOMPARE(panel.stepModel()->rowCount(), 3);

        // Live: the first step's coloured line arrives as plain text while the step runs.
        QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, u"ready"_s), 10000);
        QVERIFY(!logContains(panel, u"\x1b[32m"_s));
        QTRY_VERIFY(panel.pauseButton()->isEnabled());
        QVERIFY(panel.stopButton()->isEnabled());
        QVERIFY(!panel.resumeButton()->isEnabled());

        // Pause during the first step: it finishes, then the run waits.
        QTest::mouseClick(panel.pauseButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*core, runId), std::optional<RunStatus>(RunStatus::Paused), 10000);
        QVERIFY(logContains(panel, u"prepared"_s));
        QCOMPARE(core->runs().find(runId)->steps.at(1).status, StepStatus::Pending);
        QTRY_VERIFY(panel.resumeButton()->isEnabled());
        QVERIFY(!panel.pauseButton()->isEnabled());
        QTest::qWait(300);
        QVERIFY(!logContains(panel, u"tick 1"_s)); // nothing ran while paused

        // Resume: the long step starts and its ticks stream in.
        QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(logContains(panel, u"tick 3"_s), 10000);
        screenshot(panel, u"live"_s);
        QFile pidFile(dir.filePath(u"wait.pid"_s));
        QTRY_VERIFY(pidFile.exists() && pidFile.size() > 0);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong());
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, 0), 0);

        // Stop: the command is killed, the run is stopped, the lock is released.
        QTRY_VERIFY(panel.stopButton()->isEnabled());
        QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*core, runId), std::optional<RunStatus>(RunStatus::Stopped), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isActive(runId), 10000);
        QTRY_VERIFY(!QDir(dir.filePath(u"locks/run.lock"_s)).exists());
        QCOMPARE(core->runs().find(runId)->steps.at(2).status, StepStatus::Pending);
        QTRY_VERIFY(panel.resumeButton()->isEnabled()); // a stopped run can be resumed later
        QVERIFY(!panel.pauseButton()->isEnabled());
        QVERIFY(!panel.stopButton()->isEnabled());

        // The step filter shows one step's lines.
        panel.logView()->showStep(1);
        QVERIFY(panel.logView()->model()->rowCount() > 0);
        QVERIFY(!logContains(panel, u"prepared"_s));
        panel.logView()->showStep(ui::RunLogModel::AllSteps);

        // Another panel opened later (a restart) reads the same log from the file.
        ui::RunsPanel later(*core, engine);
        later.setProjectId(project->id);
        later.selectRun(runId);
        QTRY_VERIFY(logContains(later, u"prepared"_s) && logContains(later, u"tick 3"_s));
        QCOMPARE(later.logView()->model()->rowCount(), panel.logView()->model()->rowCount());
    }

    // A step printing faster than the view takes lines in: the view holds a bounded backlog and
    // reads the rest from the run's file, and ends with every line once, in order.
    void flood_everyLineOnceInOrder()
    {
        Rig rig(std::make_shared<OneStepRecipe>(u"flood"_s, u"seq 1 300000"_s));
        QVERIFY(rig.ready());
        rig.panel->setBacklogLimit(5000); // so that the view surely falls behind and reads the file
        auto run = rig.engine->start(Run::Kind::Cleanup, rig.serverId);
        QVERIFY(run);
        rig.panel->selectRun(run->id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*rig.core, run->id), std::optional<RunStatus>(RunStatus::Completed), 60000);
        const ui::RunLogModel *model = rig.panel->logView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->totalLines() >= 300000, 60000);
        QTest::qWait(200); // nothing more may come
        QStringList numbers;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ui::RunLogModel::StepRole).toInt() == 0 &&
                index.data(ui::RunLogModel::StreamRole).toInt() == int(LogLine::Stream::Stdout))
                numbers << index.data().toString();
        }
        QCOMPARE(numbers.size(), 300000);
        for (int i = 0; i < numbers.size(); i += 997)
            QCOMPARE(numbers.at(i), QString::number(i + 1));
        QCOMPARE(numbers.last(), u"300000"_s);
    }

    void failedStep_isHighlighted_withItsLastLines()
    {
        Rig rig(std::make_shared<OneStepRecipe>(
            u"build"_s, u"echo compiling; echo 'npm ERR! missing script: build' >&2; exit 3"_s));
        QVERIFY(rig.ready());
        ui::RunsPanel &panel = *rig.panel;
        auto run = rig.engine->start(Run::Kind::Cleanup, rig.serverId);
        QVERIFY(run);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*rig.core, run->id), std::optional<RunStatus>(RunStatus::Failed), 10000);
        panel.selectRun(run->id);
        auto *failure = panel.findChild<QLabel *>(u"stepFailure"_s);
        QVERIFY(failure);
        QTRY_VERIFY(failure->isVisible());
        QTRY_VERIFY2(failure->text().contains(u"npm ERR! missing script: build"_s), qPrintable(failure->text()));
        QVERIFY(failure->text().contains(u"build"_s));
        QVERIFY(failure->text().contains(u"3"_s)); // the exit code
        const QModelIndex row = panel.stepModel()->index(0, ui::StepTableModel::Name);
        QVERIFY(row.data(Qt::BackgroundRole).isValid());
        panel.resize(1000, 560);
        screenshot(panel, u"failed"_s);
    }
};

QTEST_MAIN(TestRunsPanel)
#include "tst_runspanel.moc"
