// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The offline assistant: everyday requests map to the same tools and action cards as Claude's,
// through the same Conversation, with no key and no network.
#include "core/assistant/assistanttools.h"
#include "core/assistant/conversation.h"
#include "core/assistant/offlineassistant.h"
#include "core/coreservices.h"
#include "core/planning/planner.h"
#include "core/store/chatstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::assistant;

class TestOfflineAssistant final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void understand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("detail"); // a piece of the input JSON, or empty

        QTest::newRow("analyze") << u"Please analyze my code"_s << u"analyze_source"_s << QString();
        QTest::newRow("plan") << u"make a plan"_s << u"propose_plan"_s << u"regenerate"_s;
        QTest::newRow("explain") << u"explain the plan"_s << u"explain_plan"_s << QString();
        QTest::newRow("deploy") << u"Deploy it!"_s << u"start_run"_s << u"\"deploy\""_s;
        QTest::newRow("redeploy") << u"redeploy please"_s << u"start_run"_s << u"\"redeploy\""_s;
        QTest::newRow("rollback") << u"roll back the last release"_s << u"start_run"_s << u"\"rollback\""_s;
        QTest::newRow("provision") << u"provision the server"_s << u"start_run"_s << u"\"provision\""_s;
        QTest::newRow("postgres") << u"add postgres"_s << u"modify_plan"_s << u"\"postgres\""_s;
        QTest::newRow("redis") << u"I need a Redis cache"_s << u"modify_plan"_s << u"\"redis\""_s;
        QTest::newRow("domain") << u"set the domain to Shop.Example.com"_s << u"modify_plan"_s
                                << u"\"shop.example.com\""_s;
        QTest::newRow("resize") << u"resize the server to 4 GB"_s << u"modify_plan"_s << u"4096"_s;
        QTest::newRow("cpus") << u"upgrade to 4 cpus"_s << u"modify_plan"_s << u"\"cpus\":4"_s;
        QTest::newRow("env") << u"set API_URL=https://api.example.com"_s << u"modify_plan"_s << u"\"API_URL\""_s;
        QTest::newRow("logs") << u"show me the logs"_s << u"get_run_logs"_s << QString();
        QTest::newRow("logs of run") << u"logs of run 12"_s << u"get_run_logs"_s << u"12"_s;
        QTest::newRow("status") << u"is it running?"_s << u"server_status"_s << QString();
        QTest::newRow("servers") << u"which servers do I have"_s << u"list_servers"_s << QString();
    }

    void understand()
    {
        QFETCH(QString, text);
        QFETCH(QString, tool);
        QFETCH(QString, detail);
        const auto intent = OfflineAssistant::understand(text);
        QVERIFY(intent);
        QCOMPARE(intent->tool, tool);
        QVERIFY(AssistantTools::isKnown(intent->tool));
        const QString json = QString::fromUtf8(QJsonDocument(intent->input).toJson(QJsonDocument::Compact));
        QVERIFY2(json.contains(detail), qPrintable(json));
    }

    void understand_openQuestion_isNotGuessed()
    {
        QVERIFY(!OfflineAssistant::understand(u"Why is the sky blue?"_s));
        QVERIFY(!OfflineAssistant::understand(u"help"_s));
    }

    void conversation_offline_cardsAndPlainAnswers()
    {
        QTemporaryDir dir;
        auto opened = CoreServices::open(dir.path(), {.fileLogging = false, .markInterrupted = true});
        QVERIFY(opened);
        CoreServices &core = **opened;
        Project project;
        project.name = u"blog"_s;
        project.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
        Service web;
        web.name = u"web"_s;
        web.source = ServiceSource::Image;
        web.image = u"nginx:1.27"_s;
        web.ports = {80};
        project.services = {web};
        auto added = core.projects().add(project);
        QVERIFY(added);
        Server local = Server::local();
        local.projectIds = {added->id};
        QVERIFY(core.servers().add(local));
        auto chat = core.chats().add(Chat{0, added->id, u"Offline"_s, {}});
        QVERIFY(chat);

        OfflineAssistant offline;
        AssistantTools tools(core, added->id);
        Conversation conversation(offline, tools, core.chats(), chat->id);
        QString streamed;
        std::optional<Result<void>> turn;
        connect(&conversation, &Conversation::textDelta, this, [&](const QString &t) { streamed += t; });
        connect(&conversation, &Conversation::turnFinished, this, [&](const Result<void> &r) { turn = r; });
        auto say = [&](const QString &text) {
            streamed.clear();
            turn.reset();
            if (!conversation.send(text))
                return false;
            return QTest::qWaitFor([&] { return turn.has_value(); }, 10000) && turn->has_value();
        };

        QVERIFY(say(u"help"_s));
        QVERIFY(streamed.contains(u"offline"_s));
        QVERIFY(say(u"What is the meaning of life?"_s));
        QVERIFY(streamed.contains(u"Claude"_s));
        QVERIFY(conversation.cards().isEmpty());

        QVERIFY(say(u"make a plan"_s));
        QCOMPARE(conversation.cards().size(), 1);
        QVERIFY(conversation.approve(conversation.cards().last().id));
        QCOMPARE(core.plans().latest(added->id)->version, 1);

        QVERIFY(say(u"add postgres"_s));
        QCOMPARE(conversation.cards().size(), 2);
        QVERIFY(conversation.cards().last().diff.contains(u"postgres"_s));
        QVERIFY(streamed.contains(u"approv"_s));
        QVERIFY(conversation.approve(conversation.cards().last().id));
        auto doc = planning::planDocument(*core.plans().latest(added->id));
        QVERIFY(doc);
        QVERIFY(doc->service(u"postgres"_s));
        QVERIFY(doc->service(u"web"_s)->dependsOn.contains(u"postgres"_s));

        QVERIFY(say(u"set the domain to blog.example.com"_s));
        QCOMPARE(conversation.cards().size(), 3);
        QVERIFY(conversation.reject(conversation.cards().last().id));

        QVERIFY(say(u"deploy"_s));
        QCOMPARE(conversation.cards().size(), 4);
        QCOMPARE(conversation.cards().last().kind, ActionCard::Kind::StartRun);
        QCOMPARE(conversation.cards().last().status, ActionCard::Status::Pending);

        QVERIFY(say(u"show logs"_s));
        QVERIFY(streamed.contains(u"no runs"_s));
        QVERIFY(say(u"status"_s));
        QVERIFY(streamed.contains(u"local"_s));
    }
};

QTEST_GUILESS_MAIN(TestOfflineAssistant)
#include "tst_offlineassistant.moc"
