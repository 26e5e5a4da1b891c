// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/requestbuilder.h"
#include "core/assistant/secretredactor.h"
#include "core/model/chat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::assistant;

namespace {

const QString canary = u"canary-Pa55\"w0rd\\Ω-7f3a"_s; // quotes and backslashes are escaped in JSON

MessageRequest sampleRequest()
{
    MessageRequest r;
    r.model = u"claude-test"_s;
    r.system = u"You deploy apps."_s;
    r.maxTokens = 1000;
    r.messages = {ApiMessage::userText(u"Deploy my app"_s),
                  ApiMessage{ApiMessage::Role::Assistant,
                             {ContentBlock::makeText(u"Checking."_s),
                              ContentBlock::makeToolUse(u"toolu_1"_s, u"get_project_state"_s, {{u"verbose"_s, true}})}},
                  ApiMessage{ApiMessage::Role::User, {ContentBlock::makeToolResult(u"toolu_1"_s, u"{}"_s)}}};
    r.tools = {
        ToolSpec{u"get_project_state"_s, u"The project as JSON."_s,
                 QJsonObject{{u"type"_s, u"object"_s},
                             {u"properties"_s, QJsonObject{{u"verbose"_s, QJsonObject{{u"type"_s, u"boolean"_s}}}}}}},
        ToolSpec{u"list_servers"_s, {}, {}}};
    return r;
}

} // namespace

class TestRequestBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_body_hasTheMessagesApiShape()
    {
        auto body = RequestBuilder::build(sampleRequest(), u"unused-default"_s);
        QVERIFY(body);
        const QJsonObject json = QJsonDocument::fromJson(body->json).object();
        QCOMPARE(json.value(u"model"_s).toString(), u"claude-test"_s);
        QCOMPARE(json.value(u"stream"_s).toBool(), true);
        QCOMPARE(json.value(u"max_tokens"_s).toInt(), 1000);
        QCOMPARE(json.value(u"system"_s).toString(), u"You deploy apps."_s);
        const QJsonArray messages = json.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"user"_s);
        const QJsonArray assistant = messages.at(1).toObject().value(u"content"_s).toArray();
        QCOMPARE(assistant.at(1).toObject().value(u"type"_s).toString(), u"tool_use"_s);
        QCOMPARE(assistant.at(1).toObject().value(u"id"_s).toString(), u"toolu_1"_s);
        QCOMPARE(assistant.at(1).toObject().value(u"input"_s).toObject().value(u"verbose"_s).toBool(), true);
        const QJsonObject result = messages.at(2).toObject().value(u"content"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"type"_s).toString(), u"tool_result"_s);
        QCOMPARE(result.value(u"tool_use_id"_s).toString(), u"toolu_1"_s);
        const QJsonArray tools = json.value(u"tools"_s).toArray();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools.at(0).toObject().value(u"name"_s).toString(), u"get_project_state"_s);
        QVERIFY(tools.at(0).toObject().value(u"input_schema"_s).toObject().contains(u"properties"_s));
        // A tool without parameters still gets an object schema.
        QCOMPARE(tools.at(1).toObject().value(u"input_schema"_s).toObject().value(u"type"_s).toString(), u"object"_s);
        QVERIFY(body->maskedSecrets.isEmpty());
    }

    void build_withoutModel_usesDefaultOrFails()
    {
        MessageRequest r = sampleRequest();
        r.model.clear();
        auto body = RequestBuilder::build(r, u"claude-default"_s);
        QVERIFY(body);
        QCOMPARE(body->model, u"claude-default"_s);
        QVERIFY(!RequestBuilder::build(r, QString()));
    }

    void build_invalidRequests_refused_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("no messages") << 0;
        QTest::newRow("empty message") << 1;
        QTest::newRow("zero max_tokens") << 2;
        QTest::newRow("bad tool name") << 3;
        QTest::newRow("duplicate tool") << 4;
    }

    void build_invalidRequests_refused()
    {
        QFETCH(int, which);
        MessageRequest r = sampleRequest();
        switch (which) {
        case 0:
            r.messages.clear();
            break;
        case 1:
            r.messages.append(ApiMessage{ApiMessage::Role::User, {}});
            break;
        case 2:
            r.maxTokens = 0;
            break;
        case 3:
            r.tools.append(ToolSpec{u"has space"_s, {}, {}});
            break;
        case 4:
            r.tools.append(r.tools.first());
            break;
        }
        auto body = RequestBuilder::build(r, {});
        QVERIFY(!body);
        QCOMPARE(body.error().code, Error::Code::InvalidInput);
        QVERIFY(!body.error().message.isEmpty());
    }

    void redact_everyStringAndKey_atAnyDepth()
    {
        SecretRedactor redactor({{u"TOKEN"_s, u"abc123"_s}});
        const QJsonObject in{{u"list"_s, QJsonArray{u"x abc123 y"_s, QJsonObject{{u"abc123"_s, u"abc123abc123"_s}}}},
                             {u"n"_s, 5}};
        const QJsonObject out = redactor.redact(QJsonValue(in)).toObject();
        const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Compact);
        QVERIFY(!text.contains("abc123"));
        QCOMPARE(out.value(u"list"_s).toArray().at(0).toString(), u"x «secret:TOKEN» y"_s);
        QCOMPARE(out.value(u"list"_s).toArray().at(1).toObject().value(u"«secret:TOKEN»"_s).toString(),
                 u"«secret:TOKEN»«secret:TOKEN»"_s);
        QCOMPARE(redactor.replacements().value(u"TOKEN"_s), 4);
        QCOMPARE(out.value(u"n"_s).toInt(), 5);
    }

    void redact_overlappingValues_longestWins()
    {
        SecretRedactor redactor({{u"SHORT"_s, u"pass"_s}, {u"LONG"_s, u"password1"_s}});
        QCOMPARE(redactor.redact(u"a password1 and pass"_s), u"a «secret:LONG» and «secret:SHORT»"_s);
        QVERIFY(!redactor.findLeak(u"nothing here"_s.toUtf8()));
        QCOMPARE(redactor.findLeak("has password1 in it"), std::optional<QString>(u"LONG"_s));
    }

    void build_canaryEverywhere_neverInBody()
    {
        MessageRequest r = sampleRequest();
        r.secrets = {{u"DB_PASSWORD"_s, canary}, {u"EMPTY"_s, QString()}};
        r.system += u" The password is "_s + canary;
        r.messages.first() = ApiMessage::userText(u"Use "_s + canary + u" for the database"_s);
        r.messages[1].content[1].toolInput.insert(u"password"_s, canary);
        r.messages[1].content[1].toolInput.insert(canary, u"as a key"_s);
        r.messages[2].content[0].text = u"DATABASE_URL=postgres://app:"_s + canary + u"@db/app"_s;
        r.tools[0].description += canary;
        r.tools[0].inputSchema.insert(u"description"_s, canary);
        auto body = RequestBuilder::build(r, {});
        QVERIFY(body);
        QVERIFY(!body->json.contains(canary.toUtf8()));
        QVERIFY(!body->json.contains("canary-Pa55")); // not even a fragment around the escapes
        QVERIFY(body->json.contains(u"«secret:DB_PASSWORD»"_s.toUtf8()));
        QCOMPARE(body->maskedSecrets, QStringList{u"DB_PASSWORD"_s});
        const QJsonObject json = QJsonDocument::fromJson(body->json).object();
        QCOMPARE(json.value(u"messages"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"content"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"text"_s)
                     .toString(),
                 u"Use «secret:DB_PASSWORD» for the database"_s);
    }

    void build_secretMatchingBodyStructure_refused()
    {
        MessageRequest r = sampleRequest();
        r.secrets = {{u"WEAK"_s, u"max_tokens"_s}};
        auto body = RequestBuilder::build(r, {});
        QVERIFY(!body);
        QCOMPARE(body.error().code, Error::Code::InvalidInput);
        QVERIFY(body.error().message.contains(u"WEAK"_s));
        QVERIFY(!body.error().message.contains(u"max_tokens"_s)); // the value itself is not repeated
    }

    void apiMessage_fromChat_mapsRolesAndMergesTurns()
    {
        hydron::Message system{.role = hydron::Message::Role::System, .content = u"ignored"_s};
        hydron::Message user{.role = hydron::Message::Role::User, .content = u"deploy"_s};
        hydron::Message assistant{.role = hydron::Message::Role::Assistant, .content = u"ok"_s};
        assistant.toolBlocks = QJsonArray{ContentBlock::makeToolUse(u"t1"_s, u"start_run"_s, {}).toJson()};
        hydron::Message tool{.role = hydron::Message::Role::Tool, .content = u"(shown in the UI)"_s};
        tool.toolBlocks = QJsonArray{ContentBlock::makeToolResult(u"t1"_s, u"run 7 started"_s).toJson()};
        hydron::Message followUp{.role = hydron::Message::Role::User, .content = u"thanks"_s};
        auto messages = ApiMessage::fromChat({system, user, assistant, tool, followUp});
        QVERIFY(messages);
        QCOMPARE(messages->size(), 3);
        QCOMPARE(messages->at(0), ApiMessage::userText(u"deploy"_s));
        QCOMPARE(messages->at(1).content.size(), 2);
        QCOMPARE(messages->at(1).content.at(1).toolName, u"start_run"_s);
        QCOMPARE(messages->at(2).role, ApiMessage::Role::User);
        QCOMPARE(messages->at(2).content.size(), 2); // tool_result first, then the text
        QCOMPARE(messages->at(2).content.at(0).type, ContentBlock::Type::ToolResult);
        QCOMPARE(messages->at(2).content.at(0).text, u"run 7 started"_s);
        QCOMPARE(messages->at(2).content.at(1).text, u"thanks"_s);
    }

    void contentBlock_jsonRoundTrip()
    {
        const QList<ContentBlock> blocks{ContentBlock::makeText(u"hi"_s),
                                         ContentBlock::makeToolUse(u"t"_s, u"n"_s, {{u"a"_s, 1}}),
                                         ContentBlock::makeToolResult(u"t"_s, u"failed"_s, true)};
        for (const ContentBlock &block : blocks) {
            auto back = ContentBlock::fromJson(block.toJson());
            QVERIFY(back);
            QCOMPARE(*back, block);
        }
        QVERIFY(!ContentBlock::fromJson(QJsonObject{{u"type"_s, u"tool_use"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
