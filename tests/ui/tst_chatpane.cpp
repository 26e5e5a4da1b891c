// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chat pane offscreen with real core services and the fake Messages API server on loopback:
// type a message, watch the answer stream in, approve an action card and see the run start in
// the Runs panel (a harmless deploy on this computer); chats created, renamed and deleted.
#include "core/assistant/conversation.h"
#include "core/planning/planner.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/store/chatstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "fakeclaudeserver.h"
#include "testcore.h"
#include "ui/chatpane.h"
#include "ui/messagebox.h"
#include "ui/models/chatlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/models/runlistmodel.h"
#include "ui/runspanel.h"

#include <QAbstractItemModelTester>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

namespace {

class HarmlessDeploy final : public runs::RunRecipe
{
public:
    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Deploy; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &) const override
    {
        runs::StepDefinition step;
        step.name = u"hello"_s;
        step.label = u"Hello"_s;
        step.script = u"echo deployed; sleep 0.5\n"_s;
        return QList<runs::StepDefinition>{step};
    }
};

std::optional<Project> addImageProject(CoreServices &core, const QString &name)
{
    Service web = test::makeService(u"web"_s, {80});
    web.source = ServiceSource::Image;
    web.image = u"nginx:1.27"_s;
    Project project = test::makeProject(name, {web});
    project.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
    auto added = core.projects().add(project);
    return added ? std::optional<Project>(*added) : std::nullopt;
}

bool approvePlan(CoreServices &core, const Project &project)
{
    auto document = planning::generatePlan(project);
    if (!document)
        return false;
    auto plan = core.plans().add(planning::makePlan(project, *document, 1));
    return plan && core.plans().setStatus(plan->id, Plan::Status::Approved);
}

// A deploy run of the project that failed at its health step, with these lines in its log.
std::optional<Run> addFailedRun(CoreServices &core, qint64 projectId, const QStringList &lines)
{
    Run run;
    run.projectId = projectId;
    run.kind = Run::Kind::Deploy;
    run.status = RunStatus::Failed;
    run.steps = {Step{u"build"_s, StepStatus::Completed, {}, {}, 0}, Step{u"health"_s, StepStatus::Failed, {}, {}, 1}};
    auto stored = core.runs().add(run);
    if (!stored)
        return std::nullopt;
    QList<LogLine> log;
    for (const QString &line : lines)
        log << LogLine{1, LogLine::Stream::Stdout, QDateTime::currentDateTimeUtc(), line};
    if (!core.runLog().append(stored->id, log))
        return std::nullopt;
    return *stored;
}

void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HYDRON_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + u"/"_s + name + u".png"_s);
}

} // namespace

class TestChatPane final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void send_streams_approve_startsRun()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-gui-0123456789");
        qputenv("ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());

        QTemporaryDir dir;
        auto core = test::openCore(dir.filePath(u"data"_s));
        QVERIFY(core);
        auto project = addImageProject(*core, u"shop"_s);
        QVERIFY(project);
        QVERIFY(approvePlan(*core, *project));
        Server local = Server::local();
        local.projectIds = {project->id};
        QVERIFY(core->servers().add(local));
        core->runEngine().addRecipe(std::make_shared<HarmlessDeploy>());

        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *pane = new ui::ChatPane(*core, &window);
        auto *runsPanel = new ui::RunsPanel(*core, core->runEngine(), &window);
        layout->addWidget(pane);
        layout->addWidget(runsPanel);
        window.resize(1200, 800);
        pane->setProjectId(project->id);
        runsPanel->setProjectId(project->id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester chatTester(pane->chatModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester messageTester(pane->messageModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pane->findChild<QLabel *>(u"chatModeLabel"_s)->text(), u"Claude"_s);

        // A chat: the + button.
        QVERIFY(pane->findChild<QWidget *>(u"chatEmptyState"_s)->isVisible());
        QTest::mouseClick(pane->findChild<QToolButton *>(u"chatNewButton"_s), Qt::LeftButton);
        QCOMPARE(pane->chatModel()->rowCount(), 1);
        QVERIFY(pane->conversation());

        // Text streams in, slowly enough to be seen before the end.
        server.enqueue(ScriptedReply::stream(
                           {sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Deploying **shop**"_s)})
                           .wait(700)
                           .write(sse::textDelta(0, u" needs your approval:\n\n```\nrun deploy\n```\n"_s))
                           .wait(100)
                           .write(sse::toolUseStart(1, u"toolu_d"_s, u"start_run"_s) +
                                  sse::inputJsonDelta(1, u"{\"kind\":"_s) + sse::inputJsonDelta(1, u"\"deploy\"}"_s) +
                                  sse::blockStop(1) + sse::messageDelta(u"tool_use"_s, 30) + sse::messageStop())
                           .end());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve the card to start."_s})}).end());
        auto *input = pane->findChild<QPlainTextEdit *>(u"chatInput"_s);
        QTest::keyClicks(input, u"deploy it"_s);
        QTest::mouseClick(pane->findChild<QPushButton *>(u"chatSendButton"_s), Qt::LeftButton);
        QTRY_VERIFY(pane->findChild<QPushButton *>(u"chatStopButton"_s)->isEnabled());
        QTRY_VERIFY(pane->streamView()->isVisible());
        QTRY_VERIFY(pane->streamView()->toPlainText().contains(u"Deploying shop"_s)); // markdown rendered
        QVERIFY(!pane->streamView()->toPlainText().contains(u"approval"_s));          // not all there yet
        QTRY_VERIFY_WITH_TIMEOUT(!pane->conversation()->isBusy(), 10000);
        QVERIFY(input->toPlainText().isEmpty());
        QCOMPARE(pane->messageModel()->rowCount(), 3); // you, the streamed answer, the closing text

        // The card waits; nothing ran yet.
        auto *card = pane->findChild<QWidget *>(u"chatCard"_s);
        QVERIFY(card);
        QVERIFY(card->findChild<QLabel *>(u"chatCardTitle"_s)->text().contains(u"Deploy"_s));
        QTest::qWait(100);
        QCOMPARE(core->runs().runs(project->id).size(), 0);
        QTest::mouseClick(card->findChild<QPushButton *>(u"chatCardApproveButton"_s), Qt::LeftButton);
        // Through the deploy starter (the plan's secrets, the source): "Starting…" first.
        QVERIFY(card->findChild<QLabel *>(u"chatCardOutcome"_s)->isVisible());
        QTRY_COMPARE(runsPanel->runModel()->rowCount(), 1);
        QTRY_VERIFY(card->findChild<QLabel *>(u"chatCardOutcome"_s)->text().contains(u"started"_s));
        QVERIFY(!card->findChild<QPushButton *>(u"chatCardApproveButton"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(core->runEngine().activeRuns().isEmpty(), 15000);

        // Stop generating.
        server.enqueue(
            ScriptedReply::stream({sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Thinking"_s)})
                .wait(5000)
                .end());
        QVERIFY(pane->send(u"Tell me a long story"_s));
        QTRY_VERIFY(pane->streamView()->toPlainText().contains(u"Thinking"_s));
        QTest::mouseClick(pane->findChild<QPushButton *>(u"chatStopButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!pane->conversation()->isBusy());
        QCOMPARE(pane->findChild<QLabel *>(u"chatStatusLabel"_s)->text(), u"Stopped."_s);

        // Several chats: a second one, renamed in place, then deleted.
        QTest::mouseClick(pane->findChild<QToolButton *>(u"chatNewButton"_s), Qt::LeftButton);
        QCOMPARE(pane->chatModel()->rowCount(), 2);
        QCOMPARE(pane->messageModel()->rowCount(), 0);
        QVERIFY(pane->chatModel()->setData(pane->chatModel()->index(1), u"Domains"_s));
        QCOMPARE(core->chats().chats(project->id).at(1).title, u"Domains"_s);
        ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Confirm);
        QTest::mouseClick(pane->findChild<QToolButton *>(u"chatDeleteButton"_s), Qt::LeftButton);
        QTRY_COMPARE(pane->chatModel()->rowCount(), 1);
        QCOMPARE(core->chats().chats(project->id).size(), 1);
        QCOMPARE(pane->messageModel()->rowCount(), 5); // the first chat again (with the stopped answer), persisted

        // A new pane (the app restarted) reads the same chats.
        ui::ChatPane again(*core);
        again.setProjectId(project->id);
        QCOMPARE(again.chatModel()->rowCount(), 1);
        QCOMPARE(again.messageModel()->rowCount(), 5);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }

    void offline_withoutKey_answersByRules()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        QTemporaryDir dir;
        auto core = test::openCore(dir.filePath(u"data"_s));
        QVERIFY(core);
        Service web = test::makeService(u"web"_s, {80});
        web.source = ServiceSource::Image;
        web.image = u"nginx:1.27"_s;
        Project blog = test::makeProject(u"blog"_s, {web});
        blog.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
        auto project = core->projects().add(blog);
        QVERIFY(project);
        ui::ChatPane pane(*core);
        pane.setProjectId(project->id);
        QCOMPARE(pane.findChild<QLabel *>(u"chatModeLabel"_s)->text(), u"Offline assistant"_s);
        QVERIFY(pane.send(u"add redis"_s)); // makes the first chat
        QTRY_VERIFY(!pane.conversation()->isBusy());
        const auto messages = core->chats().messages(pane.conversation()->chatId());
        QVERIFY2(pane.findChild<QWidget *>(u"chatCard"_s), qPrintable(messages.last().content));
        QVERIFY(pane.findChild<QWidget *>(u"chatCard"_s)
                    ->findChild<QLabel *>(u"chatCardTitle"_s)
                    ->text()
                    .contains(u"redis"_s));
    }

    void diagnose_failedRun_localFindingWithCard_andClaudeGetsMaskedTail()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-gui-0123456789");
        qputenv("ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        QTemporaryDir dir;
        auto core = test::openCore(dir.filePath(u"data"_s));
        QVERIFY(core);
        auto project = addImageProject(*core, u"shop"_s);
        QVERIFY(project);
        QVERIFY(approvePlan(*core, *project));
        const QString canary = u"canary-db-pass-771"_s;
        core->masker().add(u"DB_PASSWORD"_s, canary);

        ui::ChatPane pane(*core);
        pane.resize(760, 820);
        pane.setProjectId(project->id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *diagnoseButton = pane.findChild<QPushButton *>(u"chatDiagnoseButton"_s);
        QVERIFY(diagnoseButton);
        QVERIFY(!diagnoseButton->isVisible()); // no failed run yet

        // The run fails: the button appears (the pane follows the run store).
        QVERIFY(addFailedRun(*core, project->id,
                             {u"> shop@1.0.0 start"_s, u"connecting to postgres://app:%1@db/app"_s.arg(canary),
                              u"Server listening on port 3000"_s,
                              u"health: GET http://web:80/ failed: connection refused (attempt 5 of 5)"_s}));
        QTRY_VERIFY(diagnoseButton->isVisible());

        server.enqueue(
            ScriptedReply::stream({sse::textAnswer({u"The app listens on **3000** but the plan routes to 80. "_s,
                                                    u"Approve the card to change the plan's port."_s})})
                .end());
        QTest::mouseClick(diagnoseButton, Qt::LeftButton);
        QVERIFY(pane.conversation());
        // Locally, at once: the finding in the chat and the suggested change as a card with its diff.
        auto *card = pane.findChild<QWidget *>(u"chatCard"_s);
        QVERIFY(card);
        QVERIFY2(card->findChild<QLabel *>(u"chatCardTitle"_s)->text().contains(u"3000"_s),
                 qPrintable(card->findChild<QLabel *>(u"chatCardTitle"_s)->text()));
        QVERIFY(card->findChild<QPlainTextEdit *>(u"chatCardDiff"_s)->toPlainText().contains(u"3000"_s));
        const auto messages = core->chats().messages(pane.conversation()->chatId());
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) {
            return m.role == Message::Role::System && m.content.contains(u"listens on port 3000"_s);
        }));
        // With a key, Claude looks too: the masked tail and the plan, never the secret value.
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() == 1 && !pane.conversation()->isBusy(), 10000);
        const QString body = QString::fromUtf8(server.requests().first().body);
        QVERIFY(body.contains(u"Server listening on port 3000"_s));
        QVERIFY(body.contains(u"services"_s)); // the plan
        QVERIFY(body.contains(u"[masked:DB_PASSWORD]"_s));
        QVERIFY2(!body.contains(canary), "the canary secret reached the model");
        QTest::qWait(50);
        screenshot(pane, u"chat-diagnosis"_s);

        // Approving the card saves the changed plan.
        QTest::mouseClick(card->findChild<QPushButton *>(u"chatCardApproveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(card->findChild<QLabel *>(u"chatCardOutcome"_s)->text().contains(u"version 2"_s));
        auto plan = planning::planDocument(*core->plans().latest(project->id));
        QVERIFY(plan);
        QVERIFY(plan->service(u"web"_s)->ports.contains(3000));
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }

    void diagnose_offline_localOnly()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        QTemporaryDir dir;
        auto core = test::openCore(dir.filePath(u"data"_s));
        QVERIFY(core);
        auto project = addImageProject(*core, u"blog"_s);
        QVERIFY(project);
        QVERIFY(approvePlan(*core, *project));
        QVERIFY(addFailedRun(*core, project->id, {u"container web exited with code 137"_s}));
        ui::ChatPane pane(*core);
        pane.setProjectId(project->id);
        QVERIFY(!pane.isOnline());
        QVERIFY(pane.diagnose());
        auto *card = pane.findChild<QWidget *>(u"chatCard"_s);
        QVERIFY(card);
        QVERIFY2(card->findChild<QLabel *>(u"chatCardTitle"_s)->text().contains(u"MB"_s),
                 qPrintable(card->findChild<QLabel *>(u"chatCardTitle"_s)->text()));
        QVERIFY(!pane.conversation()->isBusy()); // nothing sent anywhere
    }
};

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
