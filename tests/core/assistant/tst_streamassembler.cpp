// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/sseparser.h"
#include "core/assistant/streamassembler.h"
#include "fakeclaudeserver.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::assistant;
namespace sse = hydron::test::sse;

namespace {

struct Run
{
    QList<StreamEvent> events;
    std::optional<Error> error;
    StreamAssembler assembler;
};

Run run(const QByteArray &stream)
{
    Run r;
    SseParser parser;
    auto parsed = parser.feed(stream);
    if (!parsed) {
        r.error = parsed.error();
        return r;
    }
    for (const SseEvent &event : *parsed) {
        auto decoded = r.assembler.apply(event);
        if (!decoded) {
            r.error = decoded.error();
            return r;
        }
        r.events.append(*decoded);
    }
    return r;
}

QList<StreamEvent::Kind> kinds(const QList<StreamEvent> &events)
{
    QList<StreamEvent::Kind> out;
    for (const StreamEvent &e : events)
        out.append(e.kind);
    return out;
}

const QByteArray toolInput =
    "{\"service\":\"web\",\"replicas\":3,\"env\":{\"GREETING\":\"Grüße 👋\"},\"ports\":[80,443]}";

} // namespace

class TestStreamAssembler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textThenTool_assemblesResponse()
    {
        QByteArray stream = sse::messageStart(u"msg_1"_s, u"claude-x"_s, 42) + sse::textStart(0) +
                            sse::textDelta(0, u"Let me "_s) + sse::textDelta(0, u"check."_s) + sse::blockStop(0) +
                            sse::toolUseStart(1, u"toolu_1"_s, u"get_project_state"_s);
        const QString json = QString::fromUtf8(toolInput);
        for (qsizetype i = 0; i < json.size(); i += 3)
            stream += sse::inputJsonDelta(1, json.mid(i, 3));
        stream += sse::blockStop(1) + sse::messageDelta(u"tool_use"_s, 57) + sse::messageStop();

        Run r = run(stream);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
        QVERIFY(r.assembler.isComplete());
        QCOMPARE(r.events.first().kind, StreamEvent::Kind::MessageStarted);
        QCOMPARE(r.events.last().kind, StreamEvent::Kind::MessageStopped);

        QString partial;
        for (const StreamEvent &e : r.events) {
            if (e.kind == StreamEvent::Kind::ToolInputDelta) {
                QCOMPARE(e.index, 1);
                partial += e.text;
            }
        }
        QCOMPARE(partial, json);

        const MessageResponse response = r.assembler.response();
        QCOMPARE(response.id, u"msg_1"_s);
        QCOMPARE(response.model, u"claude-x"_s);
        QCOMPARE(response.stopReason, StopReason::ToolUse);
        QCOMPARE(response.usage.inputTokens, 42);
        QCOMPARE(response.usage.outputTokens, 57);
        QCOMPARE(response.content.size(), 2);
        QCOMPARE(response.text(), u"Let me check."_s);
        const QList<ContentBlock> tools = response.toolUses();
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.first().toolUseId, u"toolu_1"_s);
        QCOMPARE(tools.first().toolName, u"get_project_state"_s);
        QCOMPARE(tools.first().toolInput, QJsonDocument::fromJson(toolInput).object());
        QCOMPARE(tools.first().toolInput.value(u"env"_s).toObject().value(u"GREETING"_s).toString(), u"Grüße 👋"_s);
    }

    void toolInput_splitAtEveryCharacter_sameObject()
    {
        QByteArray stream = sse::messageStart() + sse::toolUseStart(0, u"toolu_2"_s, u"modify_plan"_s);
        for (const QChar c : QString::fromUtf8(toolInput))
            stream += sse::inputJsonDelta(0, QString(c));
        stream += sse::blockStop(0) + sse::messageDelta(u"tool_use"_s, 9) + sse::messageStop();
        Run r = run(stream);
        QVERIFY(!r.error);
        QCOMPARE(r.assembler.response().toolUses().first().toolInput, QJsonDocument::fromJson(toolInput).object());
    }

    void toolInput_splitInsideEscapes_sameObject()
    {
        // JSON escapes (\u00fc, a surrogate pair, \" and \\) cut in the middle by the fragments.
        const QString json = u"{\"e\":\"\\u00fc \\ud83d\\udc4b \\\" \\\\\"}"_s;
        QByteArray stream = sse::messageStart() + sse::toolUseStart(0, u"toolu_7"_s, u"set_env"_s);
        for (qsizetype i = 0; i < json.size(); i += 3)
            stream += sse::inputJsonDelta(0, json.mid(i, 3));
        stream += sse::blockStop(0) + sse::messageStop();
        Run r = run(stream);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.assembler.response().toolUses().first().toolInput.value(u"e"_s).toString(), u"ü 👋 \" \\"_s);
    }

    void toolWithoutInputDeltas_keepsEmptyObject()
    {
        Run r = run(sse::messageStart() + sse::toolUseStart(0, u"toolu_3"_s, u"list_servers"_s) + sse::blockStop(0) +
                    sse::messageDelta(u"tool_use"_s, 3) + sse::messageStop());
        QVERIFY(!r.error);
        QCOMPARE(r.assembler.response().toolUses().first().toolInput, QJsonObject());
    }

    void toolInvalidJson_failsAtBlockStop()
    {
        Run r = run(sse::messageStart() + sse::toolUseStart(0, u"toolu_4"_s, u"start_run"_s) +
                    sse::inputJsonDelta(0, u"{\"kind\": \"deploy\""_s) + sse::inputJsonDelta(0, u", oops}"_s) +
                    sse::blockStop(0));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::InvalidInput);
        QVERIFY(r.error->message.contains(u"start_run"_s));
        QVERIFY(r.error->message.contains(u"not valid JSON"_s));
    }

    void toolInputArray_isNotAnObject_fails()
    {
        Run r = run(sse::messageStart() + sse::toolUseStart(0, u"toolu_5"_s, u"start_run"_s) +
                    sse::inputJsonDelta(0, u"[1,2]"_s) + sse::blockStop(0));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::InvalidInput);
    }

    void unstoppedToolAtMessageStop_isStillValidated()
    {
        Run r = run(sse::messageStart() + sse::toolUseStart(0, u"toolu_6"_s, u"start_run"_s) +
                    sse::inputJsonDelta(0, u"{\"a\":"_s) + sse::messageStop());
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::InvalidInput);
    }

    void deltaForUnknownBlock_isProtocolError()
    {
        Run r = run(sse::messageStart() + sse::textDelta(3, u"orphan"_s));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Network);
        QVERIFY(r.error->detail.contains(u"block 3"_s));
    }

    void textDeltaOnToolBlock_isProtocolError()
    {
        Run r = run(sse::messageStart() + sse::toolUseStart(0, u"t"_s, u"x"_s) + sse::textDelta(0, u"no"_s));
        QVERIFY(r.error);
    }

    void malformedEventJson_isProtocolError()
    {
        StreamAssembler a;
        SseEvent e;
        e.type = "content_block_delta";
        e.data = "{not json";
        QVERIFY(!a.apply(e));
    }

    void thinkingDeltas_keptApartFromText()
    {
        Run r = run(sse::messageStart() + sse::thinkingStart(0) + sse::thinkingDelta(0, u"Consider the plan."_s) +
                    sse::signatureDelta(0, u"sig=="_s) + sse::blockStop(0) + sse::textStart(1) +
                    sse::textDelta(1, u"Done."_s) + sse::blockStop(1) + sse::messageDelta(u"end_turn"_s, 5) +
                    sse::messageStop());
        QVERIFY(!r.error);
        for (const StreamEvent &e : r.events)
            QVERIFY(e.kind != StreamEvent::Kind::TextDelta || e.index == 1);
        const MessageResponse response = r.assembler.response();
        QCOMPARE(response.text(), u"Done."_s);
        QCOMPARE(response.content.first().type, ContentBlock::Type::Thinking);
        QCOMPARE(response.content.first().text, u"Consider the plan."_s);
        QCOMPARE(response.content.first().signature, u"sig=="_s);
        // Sent back unchanged in the next assistant turn.
        QCOMPARE(response.toApiMessage().toJson().value(u"content"_s).toArray().first().toObject().value(u"type"_s),
                 u"thinking"_s);
    }

    void unknownEventsAndDeltas_areIgnored()
    {
        const QByteArray citation = sse::event(
            "content_block_delta",
            QJsonObject{{u"type"_s, u"content_block_delta"_s},
                        {u"index"_s, 0},
                        {u"delta"_s, QJsonObject{{u"type"_s, u"citations_delta"_s}, {u"citation"_s, QJsonObject{}}}}});
        const QByteArray future = sse::event("future_event", QJsonObject{{u"type"_s, u"future_event"_s}});
        Run r = run(sse::messageStart() + future + sse::textStart(0) + citation + sse::textDelta(0, u"ok"_s) +
                    sse::blockStop(0) + sse::messageDelta(u"end_turn"_s, 2) + sse::messageStop());
        QVERIFY(!r.error);
        QCOMPARE(kinds(r.events).count(StreamEvent::Kind::Ignored), 2);
        QCOMPARE(r.assembler.response().text(), u"ok"_s);
    }

    void unknownBlockType_keptVerbatim()
    {
        const QByteArray start = sse::event(
            "content_block_start", QJsonObject{{u"type"_s, u"content_block_start"_s},
                                               {u"index"_s, 0},
                                               {u"content_block"_s, QJsonObject{{u"type"_s, u"server_tool_use"_s},
                                                                                {u"id"_s, u"srvtoolu_1"_s},
                                                                                {u"name"_s, u"web_search"_s}}}});
        Run r = run(sse::messageStart() + start + sse::inputJsonDelta(0, u"{\"query\":\"x\"}"_s) + sse::blockStop(0) +
                    sse::messageStop());
        QVERIFY(!r.error);
        const ContentBlock block = r.assembler.response().content.first();
        QCOMPARE(block.type, ContentBlock::Type::Other);
        QCOMPARE(block.raw.value(u"name"_s).toString(), u"web_search"_s);
        QCOMPARE(block.raw.value(u"input"_s).toObject().value(u"query"_s).toString(), u"x"_s);
    }

    void errorEvent_isApiErrorEvent()
    {
        Run r = run(sse::messageStart() + sse::error(u"overloaded_error"_s, u"Overloaded"_s));
        QVERIFY(!r.error);
        QCOMPARE(r.events.last().kind, StreamEvent::Kind::ApiError);
        QCOMPARE(r.events.last().errorType, u"overloaded_error"_s);
        QCOMPARE(r.events.last().text, u"Overloaded"_s);
    }

    void usage_isMergedNotSummed()
    {
        QJsonObject second{{u"type"_s, u"message_delta"_s},
                           {u"delta"_s, QJsonObject{{u"stop_reason"_s, u"max_tokens"_s}}},
                           {u"usage"_s, QJsonObject{{u"output_tokens"_s, 30}, {u"cache_read_input_tokens"_s, 7}}}};
        Run r = run(sse::messageStart(u"m"_s, u"x"_s, 100) + sse::messageDelta(u"end_turn"_s, 10) +
                    sse::event("message_delta", second) + sse::messageStop());
        QVERIFY(!r.error);
        const Usage usage = r.assembler.response().usage;
        QCOMPARE(usage.inputTokens, 100);
        QCOMPARE(usage.outputTokens, 30);
        QCOMPARE(usage.cacheReadInputTokens, 7);
        QCOMPARE(r.assembler.response().stopReason, StopReason::MaxTokens);
    }

    void initialTextInBlockStart_countsAsText()
    {
        Run r = run(sse::messageStart() + sse::textStart(0, u"Hel"_s) + sse::textDelta(0, u"lo"_s) + sse::blockStop(0) +
                    sse::messageStop());
        QVERIFY(!r.error);
        QCOMPARE(r.events.at(1).kind, StreamEvent::Kind::BlockStarted);
        QCOMPARE(r.events.at(1).text, u"Hel"_s);
        QCOMPARE(r.assembler.response().text(), u"Hello"_s);
    }
};

QTEST_GUILESS_MAIN(TestStreamAssembler)
#include "tst_streamassembler.moc"
