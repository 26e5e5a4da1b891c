// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation loop against the fake Messages API server, on real core services: streaming,
// tool calls whose input arrives in many pieces, validation of model plans, approval gates,
// failures of the stream, and a canary secret that must never reach a request body.
#include "../source/gittestsupport.h"
#include "core/assistant/assistanttools.h"
#include "core/assistant/claudeclient.h"
#include "core/assistant/conversation.h"
#include "core/coreservices.h"
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

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace hydron;
using namespace hydron::assistant;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

namespace {

const QString canary = u"CANARY-s3cr3t-9f8e7d6c5b4a"_s;

class EnvKey final : public KeyProvider
{
public:
    void fetchKey(QObject *context, Callback done) override
    {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(u"sk-ant-test-key-0123456789"_s); });
    }
};

// A deploy that only echoes on this computer.
class HarmlessDeploy final : public runs::RunRecipe
{
public:
    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Deploy; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &) const override
    {
        runs::StepDefinition step;
        step.name = u"hello"_s;
        step.label = u"Hello"_s;
        step.script = u"echo deployed\n"_s;
        return QList<runs::StepDefinition>{step};
    }
};

QByteArray toolCall(const QString &id, const QString &name, const QJsonObject &input, int pieceSize = 3)
{
    const QString json = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
    QByteArray out = sse::messageStart() + sse::toolUseStart(0, id, name);
    for (qsizetype i = 0; i < json.size(); i += pieceSize)
        out += sse::inputJsonDelta(0, json.mid(i, pieceSize));
    out += sse::blockStop(0) + sse::messageDelta(u"tool_use"_s, 20) + sse::messageStop();
    return out;
}

// The tool_result blocks of a request's last message.
QJsonArray lastToolResults(const test::RecordedRequest &request)
{
    const QJsonArray messages = request.json().value(u"messages"_s).toArray();
    QJsonArray out;
    for (const QJsonValue &block : messages.last().toObject().value(u"content"_s).toArray()) {
        if (block.toObject().value(u"type"_s).toString() == u"tool_result")
            out.append(block);
    }
    return out;
}

template<typename T>
QString describe(const Result<T> &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class TestConversation final : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<CoreServices> core;
        FakeClaudeServer server;
        EnvKey keys;
        std::unique_ptr<ClaudeClient> client;
        std::unique_ptr<AssistantTools> tools;
        std::unique_ptr<Conversation> conversation;
        qint64 projectId = 0;
        qint64 serverId = 0;
        QString streamed;
        std::optional<Result<void>> turn;
        QList<ActionCard> cards;

        bool open(int maxInvalidPlans = 2)
        {
            auto opened = CoreServices::open(dir.path(), {.fileLogging = false, .markInterrupted = true});
            if (!opened || !server.listen())
                return false;
            core = std::move(*opened);
            Project project;
            project.name = u"shop"_s;
            project.type = ProjectType::WebApp;
            project.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
            Service web;
            web.name = u"web"_s;
            web.kind = ServiceKind::Web;
            web.source = ServiceSource::Image;
            web.image = u"nginx:1.27"_s;
            web.ports = {80};
            web.env = {EnvVar{u"GREETING"_s, canary, false, false}};
            project.services = {web};
            auto added = core->projects().add(project);
            if (!added)
                return false;
            projectId = added->id;
            Server local = Server::local();
            local.projectIds = {projectId};
            auto srv = core->servers().add(local);
            if (!srv)
                return false;
            serverId = srv->id;
            core->masker().add(u"GREETING"_s, canary);
            core->runEngine().addRecipe(std::make_shared<HarmlessDeploy>());
            ClaudeClient::Options options;
            options.baseUrl = server.baseUrl();
            options.model = u"claude-test-model"_s;
            options.retry.initialDelay = 50ms;
            client = std::make_unique<ClaudeClient>(nullptr, &keys, options);
            tools = std::make_unique<AssistantTools>(*core, projectId);
            auto chat = core->chats().add(Chat{0, projectId, u"Test"_s, {}});
            if (!chat)
                return false;
            Conversation::Options co;
            co.maxInvalidPlans = maxInvalidPlans;
            conversation = std::make_unique<Conversation>(*client, *tools, core->chats(), chat->id, co);
            conversation->setSecrets({SecretValue{u"GREETING"_s, canary}});
            QObject::connect(conversation.get(), &Conversation::textDelta, conversation.get(),
                             [this](const QString &t) { streamed += t; });
            QObject::connect(conversation.get(), &Conversation::turnFinished, conversation.get(),
                             [this](const Result<void> &r) { turn = r; });
            QObject::connect(conversation.get(), &Conversation::cardAdded, conversation.get(),
                             [this](const ActionCard &c) { cards.append(c); });
            return true;
        }
        bool sendAndWait(const QString &text, int ms = 15000)
        {
            turn.reset();
            if (!conversation->send(text))
                return false;
            return QTest::qWaitFor([this] { return turn.has_value(); }, ms);
        }
    };

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Runs on "the server" (this computer) keep their lock and work folders under $HOME.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void send_text_streamsAndStores()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(
            ScriptedReply::stream(sse::cutEvery(sse::textAnswer({u"Hello"_s, u", I am "_s, u"Hydron."_s}), 7)).end());
        QVERIFY(f.sendAndWait(u"Hi"_s));
        QVERIFY2(f.turn->has_value(), qPrintable(describe(*f.turn)));
        QCOMPARE(f.streamed, u"Hello, I am Hydron."_s);
        const auto messages = f.core->chats().messages(f.conversation->chatId());
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).content, u"Hello, I am Hydron."_s);
        const QJsonObject body = f.server.requests().first().json();
        QCOMPARE(body.value(u"tools"_s).toArray().size(), AssistantTools::specs().size());
        QVERIFY(body.value(u"system"_s).toString().contains(u"shop"_s));
    }

    void toolUse_inputSplitAcrossDeltas_becomesCardAwaitingApproval()
    {
        Fixture f;
        QVERIFY(f.open());
        const QJsonObject input{
            {u"changes"_s, QJsonArray{QJsonObject{{u"op"_s, u"set_domain"_s}, {u"domain"_s, u"shop.example.com"_s}}}}};
        f.server.enqueue(
            ScriptedReply::stream(sse::cutEvery(toolCall(u"toolu_1"_s, u"modify_plan"_s, input, 2), 11)).end());
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve the card to use the domain."_s})}).end());
        QVERIFY(f.sendAndWait(u"Serve it at shop.example.com"_s));
        QVERIFY2(f.turn->has_value(), qPrintable(describe(*f.turn)));
        QCOMPARE(f.server.requests().size(), 2);
        QCOMPARE(f.cards.size(), 1);
        const ActionCard card = f.cards.first();
        QCOMPARE(card.status, ActionCard::Status::Pending);
        QVERIFY2(card.title.contains(u"shop.example.com"_s), qPrintable(card.title));
        // Nothing changed on the model's word.
        QVERIFY(!f.core->plans().latest(f.projectId));
        const QJsonArray results = lastToolResults(f.server.requests().at(1));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(u"tool_use_id"_s).toString(), u"toolu_1"_s);
        QVERIFY(!results.first().toObject().value(u"is_error"_s).toBool());

        auto approved = f.conversation->approve(card.id);
        QVERIFY2(approved, qPrintable(describe(approved)));
        const auto plan = f.core->plans().latest(f.projectId);
        QVERIFY(plan);
        auto doc = planning::planDocument(*plan);
        QVERIFY(doc);
        QCOMPARE(doc->service(u"web"_s)->domains.value(0).host, u"shop.example.com"_s);
        QCOMPARE(f.conversation->card(card.id)->status, ActionCard::Status::Approved);
        QVERIFY(!f.conversation->approve(card.id)); // decided once

        // The decision is persisted: a new conversation on the chat sees it.
        Conversation again(*f.client, *f.tools, f.core->chats(), f.conversation->chatId());
        QCOMPARE(again.cards().size(), 1);
        QCOMPARE(again.cards().first().status, ActionCard::Status::Approved);
    }

    void proposePlan_invalid_returnsValidatorMessages_bounded()
    {
        Fixture f;
        QVERIFY(f.open(1));
        auto project = f.core->projects().find(f.projectId);
        auto generated = planning::generatePlan(*project);
        QVERIFY(generated);
        generated->services.first().dependsOn = {u"nowhere"_s};
        const QJsonObject input{{u"plan"_s, generated->toJson()}};
        f.server.enqueue(ScriptedReply::stream({toolCall(u"toolu_a"_s, u"propose_plan"_s, input, 50)}).end());
        f.server.enqueue(ScriptedReply::stream({toolCall(u"toolu_b"_s, u"propose_plan"_s, input, 50)}).end());
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"never asked for"_s})}).end());
        QVERIFY(f.sendAndWait(u"Make me a plan"_s));
        QVERIFY(!f.turn->has_value());
        QCOMPARE(f.server.requests().size(), 2);
        const QJsonObject result = lastToolResults(f.server.requests().at(1)).first().toObject();
        QVERIFY(result.value(u"is_error"_s).toBool());
        QVERIFY2(result.value(u"content"_s).toString().contains(u"nowhere"_s),
                 qPrintable(result.value(u"content"_s).toString()));
        QVERIFY(f.cards.isEmpty());
        QVERIFY(!f.core->plans().latest(f.projectId));
        // The history stays well formed: the last tool_use has its tool_result stored.
        const auto messages = f.core->chats().messages(f.conversation->chatId());
        QCOMPARE(messages.last().role, Message::Role::Tool);
    }

    void startRun_runsOnlyAfterApproval()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(
            ScriptedReply::stream({toolCall(u"toolu_r"_s, u"start_run"_s, {{u"kind"_s, u"deploy"_s}})}).end());
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve to deploy."_s})}).end());
        f.server.enqueue(
            ScriptedReply::stream({toolCall(u"toolu_s"_s, u"start_run"_s, {{u"kind"_s, u"rollback"_s}})}).end());
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve to roll back."_s})}).end());
        QVERIFY(f.sendAndWait(u"Deploy it"_s));
        QVERIFY(f.turn->has_value());
        QCOMPARE(f.cards.size(), 1);
        QTest::qWait(100);
        QVERIFY(f.core->runs().runs(f.projectId).isEmpty());

        // A deploy needs an approved, current plan: the deploy starter checks it, reads the plan's
        // secrets from the keychain (none here) and starts the run, asynchronously.
        auto project = f.core->projects().find(f.projectId);
        auto document = planning::generatePlan(*project);
        QVERIFY(document);
        auto plan = f.core->plans().add(planning::makePlan(*project, *document, 1));
        QVERIFY(plan);
        QVERIFY(f.core->plans().setStatus(plan->id, Plan::Status::Approved));

        QSignalSpy finished(&f.core->runEngine(), &runs::RunEngine::runFinished);
        QSignalSpy changed(f.conversation.get(), &Conversation::cardChanged);
        auto approved = f.conversation->approve(f.cards.first().id);
        QVERIFY2(approved, qPrintable(describe(approved)));
        QCOMPARE(f.conversation->card(f.cards.first().id)->status, ActionCard::Status::Starting);
        QVERIFY(f.core->runs().runs(f.projectId).isEmpty()); // not yet: approve() did not block
        QTRY_COMPARE_WITH_TIMEOUT(f.conversation->card(f.cards.first().id)->status, ActionCard::Status::Approved,
                                  15000);
        QVERIFY2(f.conversation->card(f.cards.first().id)->outcome.contains(u"started"_s),
                 qPrintable(f.conversation->card(f.cards.first().id)->outcome));
        QVERIFY(changed.size() >= 2); // starting…, then approved
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().at(1).value<RunStatus>(), RunStatus::Completed);

        QVERIFY(f.sendAndWait(u"Roll back"_s));
        QCOMPARE(f.cards.size(), 2);
        QVERIFY(f.conversation->reject(f.cards.last().id));
        QCOMPARE(f.conversation->card(f.cards.last().id)->status, ActionCard::Status::Rejected);
        QCOMPARE(f.core->runs().runs(f.projectId).size(), 1);
        // The next request tells the model what the user decided.
        QVERIFY(f.server.requests().last().json().value(u"system"_s).toString().contains(u"approved"_s));
    }

    void startRun_deployWithoutApprovedPlan_cardFailsWithTheStartersMessage()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(
            ScriptedReply::stream({toolCall(u"toolu_r"_s, u"start_run"_s, {{u"kind"_s, u"deploy"_s}})}).end());
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve to deploy."_s})}).end());
        QVERIFY(f.sendAndWait(u"Deploy it"_s));
        QCOMPARE(f.cards.size(), 1);
        auto approved = f.conversation->approve(f.cards.first().id);
        QVERIFY(approved);
        QTRY_COMPARE_WITH_TIMEOUT(f.conversation->card(f.cards.first().id)->status, ActionCard::Status::Failed, 15000);
        const QString outcome = f.conversation->card(f.cards.first().id)->outcome;
        QVERIFY2(outcome.contains(u"plan"_s), qPrintable(outcome));
        QVERIFY(f.core->runs().runs(f.projectId).isEmpty());
        // The decision is stored: a conversation opened again sees the failed card.
        Conversation again(*f.client, *f.tools, f.core->chats(), f.conversation->chatId());
        QCOMPARE(again.card(f.cards.first().id)->status, ActionCard::Status::Failed);
        QVERIFY(!again.approve(f.cards.first().id));
    }

    void addNote_storesShownNeverSent_cardsPending()
    {
        Fixture f;
        QVERIFY(f.open());
        ActionCard card;
        card.kind = ActionCard::Kind::ModifyPlan;
        card.title = u"Change the plan: serve web on port 3000"_s;
        const QList<ActionCard> added = f.conversation->addNote(u"**Diagnosis** port mismatch"_s, {card});
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().id.startsWith(u"card-local-"_s));
        QCOMPARE(f.cards.size(), 1);
        QCOMPARE(f.conversation->card(added.first().id)->status, ActionCard::Status::Pending);
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"ok"_s})}).end());
        QVERIFY(f.sendAndWait(u"Hi"_s));
        const QString body = QString::fromUtf8(f.server.requests().last().body);
        QVERIFY(!body.contains(u"Diagnosis"_s)); // the note is for the user, not the model
    }

    void analyzeSource_gitSource_isFetchedIntoTheCacheAndAnalysed()
    {
        Fixture f;
        QVERIFY(f.open());
        QTemporaryDir repos;
        const QString work = repos.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(work));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(work + u'/' + name);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        QVERIFY(write(u"package.json"_s, R"({"name":"shop-api","version":"1.0.0","scripts":{"start":"node server.js"},)"
                                         R"("dependencies":{"express":"^4.19.0"}})"));
        QVERIFY(write(u"server.js"_s, "const app = require('express')();\napp.listen(process.env.PORT || 3000);\n"));
        QVERIFY(test::git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}, work).ok());
        QVERIFY(test::git({u"add"_s, u"-A"_s}, work).ok());
        QVERIFY(test::git({u"commit"_s, u"-q"_s, u"-m"_s, u"api"_s}, work).ok());
        const QString bare = repos.filePath(u"shop-api.git"_s);
        QVERIFY(test::git({u"clone"_s, u"-q"_s, u"--bare"_s, work, bare}, repos.path()).ok());

        Project project;
        project.name = u"shop-api"_s;
        project.source = ProjectSource{ProjectSource::Kind::Git, u"file://"_s + bare, {}};
        auto added = f.core->projects().add(project);
        QVERIFY2(added, qPrintable(describe(added)));
        AssistantTools tools(*f.core, added->id);
        QFuture<ToolOutcome> future = tools.call(u"analyze_source"_s, {});
        QVERIFY(!future.isFinished()); // fetched and analysed off this thread
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
        const ToolOutcome outcome = future.result();
        QVERIFY2(!outcome.isError, qPrintable(outcome.content));
        QVERIFY2(outcome.content.contains(u"file://"_s + bare), qPrintable(outcome.content));
        QVERIFY2(outcome.content.contains(u"express"_s), qPrintable(outcome.content));
        QVERIFY2(outcome.content.contains(u"port: 3000"_s), qPrintable(outcome.content));
        // The clone is in the data folder's source cache, where deploys find it too.
        QDirIterator clones(f.core->dataDir(), {u"server.js"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(clones.hasNext());

        // A repository that does not exist: a tool error that says so.
        Project missing = project;
        missing.name = u"gone"_s;
        missing.source.location = u"file://"_s + repos.filePath(u"nothing-here.git"_s);
        auto gone = f.core->projects().add(missing);
        QVERIFY(gone);
        AssistantTools goneTools(*f.core, gone->id);
        QFuture<ToolOutcome> failed = goneTools.call(u"analyze_source"_s, {});
        QTRY_VERIFY_WITH_TIMEOUT(failed.isFinished(), 30000);
        QVERIFY(failed.result().isError);
        QVERIFY2(failed.result().content.contains(u"could not be fetched"_s), qPrintable(failed.result().content));
    }

    void errorEvent_endsTurnWithError()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(ScriptedReply::stream({sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Part"_s),
                                                sse::error(u"overloaded_error"_s, u"Overloaded"_s)})
                             .end());
        QVERIFY(f.sendAndWait(u"Hi"_s));
        QVERIFY(!f.turn->has_value());
        QVERIFY(f.turn->error().message.contains(u"verloaded"_s));
        QVERIFY(!f.conversation->isBusy());
        // The partial answer is kept.
        QCOMPARE(f.core->chats().messages(f.conversation->chatId()).last().content, u"Part"_s);
    }

    void rateLimited_retryAfter_thenAnswers()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(ScriptedReply::apiError(429, u"rate_limit_error"_s, u"slow down"_s, {{"retry-after", "1"}}));
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"After the wait."_s})}).end());
        QVERIFY(f.sendAndWait(u"Hi"_s));
        QVERIFY2(f.turn->has_value(), qPrintable(describe(*f.turn)));
        QCOMPARE(f.server.requests().size(), 2);
        QVERIFY(f.server.requests().at(1).receivedAtMs - f.server.requests().at(0).receivedAtMs >= 1000);
        QCOMPARE(f.streamed, u"After the wait."_s);
    }

    void droppedConnection_endsTurn_keepsPartialText()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(
            ScriptedReply::stream({sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Half an"_s)})
                .wait(50)
                .drop());
        QVERIFY(f.sendAndWait(u"Hi"_s));
        QVERIFY(!f.turn->has_value());
        QCOMPARE(f.streamed, u"Half an"_s);
        QVERIFY(!f.conversation->isBusy());
    }

    void stop_cancelsTheStream()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue(ScriptedReply::stream({sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Slow"_s)})
                             .wait(5000)
                             .end());
        f.turn.reset();
        QVERIFY(f.conversation->send(u"Hi"_s));
        QTRY_COMPARE(f.streamed, u"Slow"_s);
        f.conversation->stop();
        QTRY_VERIFY(f.turn.has_value());
        QCOMPARE(f.turn->error().code, Error::Code::Cancelled);
    }

    void canarySecret_maskerAlone_keepsItOutOfTheRequest()
    {
        Fixture f;
        QVERIFY(f.open());
        f.conversation->setSecrets({});
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Noted."_s})}).end());
        QVERIFY(f.sendAndWait(u"The greeting is "_s + canary));
        QVERIFY2(f.turn->has_value(), qPrintable(describe(*f.turn)));
        QVERIFY(!f.server.requests().first().body.contains(canary.toUtf8()));
        QVERIFY(f.server.requests().first().body.contains("[masked:GREETING]"));
    }

    void canarySecret_neverInAnyRequestBody()
    {
        Fixture f;
        QVERIFY(f.open());
        Run run;
        run.projectId = f.projectId;
        run.serverId = f.serverId;
        run.kind = Run::Kind::Deploy;
        auto stored = f.core->runs().add(run);
        QVERIFY(stored);
        LogLine line;
        line.text = u"greeting is "_s + canary;
        line.time = QDateTime::currentDateTimeUtc();
        QVERIFY(f.core->runLog().append(stored->id, {line}));
        f.server.enqueue(ScriptedReply::stream({toolCall(u"toolu_l"_s, u"get_run_logs"_s, {})}).end());
        f.server.enqueue(ScriptedReply::stream({toolCall(u"toolu_p"_s, u"get_project_state"_s, {})}).end());
        f.server.enqueue(ScriptedReply::stream({toolCall(u"toolu_e"_s, u"explain_plan"_s, {})}).end());
        f.server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Done."_s})}).end());
        QVERIFY(f.sendAndWait(u"My greeting is "_s + canary + u", show the logs"_s));
        QVERIFY2(f.turn->has_value(), qPrintable(describe(*f.turn)));
        QCOMPARE(f.server.requests().size(), 4);
        for (const auto &request : f.server.requests()) {
            QVERIFY(!request.body.contains(canary.toUtf8()));
            QVERIFY(!request.body.contains(canary.left(12).toUtf8()));
        }
        // What the user pasted is stored masked too.
        QVERIFY(!f.core->chats().messages(f.conversation->chatId()).first().content.contains(canary));
        // The logs did go to the model, masked.
        QVERIFY(f.server.requests().at(1).body.contains("greeting is"));
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
