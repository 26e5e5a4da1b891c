// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/claudeclient.h"
#include "core/settings.h"
#include "fakeclaudeserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace hydron;
using namespace hydron::assistant;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

namespace {

const QString testKey = u"sk-ant-test-0123456789abcdefXYZ"_s;

// The keychain double: answers asynchronously, like a real keychain.
class FakeKeyProvider final : public KeyProvider
{
public:
    explicit FakeKeyProvider(Result<QString> answer)
        : m_answer(std::move(answer))
    {}
    void fetchKey(QObject *context, Callback done) override
    {
        ++calls;
        QTimer::singleShot(0, context, [answer = m_answer, done = std::move(done)] { done(answer); });
    }
    int calls = 0;

private:
    Result<QString> m_answer;
};

// Everything a MessageJob said, in order.
struct Recorder
{
    explicit Recorder(MessageJob *job)
        : job(job)
    {
        job->setAutoDelete(false);
        QObject::connect(job, &MessageJob::started, &context, [this] { log << u"started"_s; });
        QObject::connect(job, &MessageJob::textDelta, &context, [this](int index, const QString &t) {
            text[index] += t;
            ++textDeltas;
        });
        QObject::connect(job, &MessageJob::toolUseStarted, &context,
                         [this](int index, const QString &id, const QString &name) {
                             log << u"tool %1 %2 %3"_s.arg(index).arg(id, name);
                         });
        QObject::connect(job, &MessageJob::toolInputDelta, &context, [this](int index, const QString &partial) {
            toolJson[index] += partial;
            ++toolDeltas;
        });
        QObject::connect(job, &MessageJob::contentBlockStopped, &context,
                         [this](int index) { log << u"stop %1"_s.arg(index); });
        QObject::connect(job, &MessageJob::usageUpdated, &context, [this](const Usage &u) { usage = u; });
        QObject::connect(job, &MessageJob::retrying, &context, [this](int attempt, qint64 delayMs, const QString &) {
            retries.append({attempt, delayMs});
        });
        QObject::connect(job, &MessageJob::finished, &context, [this](const Result<MessageResponse> &r) {
            ++finishedCount;
            result = r;
            textDeltasAtFinish = textDeltas;
        });
    }
    ~Recorder() { delete job.data(); }

    [[nodiscard]] bool ok() const { return result && result->has_value(); }
    [[nodiscard]] Error error() const { return result && !result->has_value() ? result->error() : Error{}; }

    QPointer<MessageJob> job;
    QObject context;
    QStringList log;
    QMap<int, QString> text;
    QMap<int, QString> toolJson;
    int textDeltas = 0;
    int toolDeltas = 0;
    int textDeltasAtFinish = 0;
    Usage usage;
    QList<QPair<int, qint64>> retries;
    int finishedCount = 0;
    std::optional<Result<MessageResponse>> result;
};

MessageRequest simpleRequest(const QString &text = u"Hello"_s)
{
    MessageRequest r;
    r.system = u"You are Hydron's assistant."_s;
    r.messages = {ApiMessage::userText(text)};
    r.maxTokens = 256;
    return r;
}

} // namespace

class TestClaudeClient final : public QObject
{
    Q_OBJECT

private:
    ClaudeClient::Options options(const FakeClaudeServer &server) const
    {
        ClaudeClient::Options o;
        o.baseUrl = server.baseUrl();
        o.model = u"claude-test-model"_s;
        o.retry.maxAttempts = 3;
        o.retry.initialDelay = 50ms;
        o.retry.maxDelay = 200ms;
        o.firstByteTimeout = 3000ms;
        o.idleTimeout = 3000ms;
        return o;
    }

    static bool waitFinished(Recorder &rec, int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (rec.finishedCount == 0 && t.elapsed() < ms)
            QTest::qWait(10);
        return rec.finishedCount == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }

    void cleanup()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }

    void stream_textSplitInsideUtf8_arrivesWhole()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        const QStringList pieces{u"Grüße"_s, u" aus "_s, u"日本"_s, u" 👋"_s, u", ready to deploy."_s};
        // Cut every 7 bytes: cuts fall inside ü, ß, 日, 本 and the 4-byte emoji.
        server.enqueue(ScriptedReply::stream(sse::cutEvery(sse::textAnswer(pieces), 7)).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        const MessageResponse response = **rec.result;
        QCOMPARE(rec.text.value(0), pieces.join(QString()));
        QCOMPARE(rec.textDeltas, pieces.size());
        QCOMPARE(response.text(), pieces.join(QString()));
        QCOMPARE(response.stopReason, StopReason::EndTurn);
        QCOMPARE(response.id, u"msg_test_1"_s);
        QCOMPARE(response.model, u"claude-test-model"_s);
        QCOMPARE(response.usage.inputTokens, qint64(12));
        QCOMPARE(response.usage.outputTokens, qint64(pieces.size() + 3));
        QCOMPARE(rec.usage, response.usage);
        QCOMPARE(rec.log.first(), u"started"_s);
        QVERIFY(rec.log.contains(u"stop 0"_s));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(rec.job->attempts(), 1);
    }

    void request_headersAndBody_followTheApi()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"ok"_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        MessageRequest request = simpleRequest(u"Deploy the shop"_s);
        request.tools = {
            ToolSpec{u"start_run"_s, u"Starts a run."_s,
                     QJsonObject{{u"type"_s, u"object"_s},
                                 {u"properties"_s, QJsonObject{{u"kind"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                                 {u"required"_s, QJsonArray{u"kind"_s}}}}};
        Recorder rec(client.sendMessage(request));
        QVERIFY(waitFinished(rec));
        QVERIFY(rec.ok());
        QCOMPARE(server.requests().size(), 1);
        const auto &received = server.requests().first();
        QCOMPARE(received.method, QByteArray("POST"));
        QCOMPARE(received.path, QByteArray("/v1/messages"));
        QCOMPARE(received.headers.value("x-api-key"), testKey.toUtf8());
        QCOMPARE(received.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(received.headers.value("content-type").startsWith("application/json"));
        QVERIFY(received.headers.value("accept").contains("text/event-stream"));
        QVERIFY(!received.headers.contains("authorization"));
        const QJsonObject body = received.json();
        QCOMPARE(body.value(u"model"_s).toString(), u"claude-test-model"_s);
        QCOMPARE(body.value(u"stream"_s).toBool(), true);
        QCOMPARE(body.value(u"max_tokens"_s).toInt(), 256);
        QCOMPARE(body.value(u"system"_s).toString(), u"You are Hydron's assistant."_s);
        const QJsonObject first = body.value(u"messages"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(first.value(u"content"_s).toArray().first().toObject().value(u"text"_s).toString(),
                 u"Deploy the shop"_s);
        const QJsonObject tool = body.value(u"tools"_s).toArray().first().toObject();
        QCOMPARE(tool.value(u"name"_s).toString(), u"start_run"_s);
        QCOMPARE(tool.value(u"description"_s).toString(), u"Starts a run."_s);
        QCOMPARE(tool.value(u"input_schema"_s).toObject().value(u"required"_s).toArray().first().toString(), u"kind"_s);
    }

    void toolUse_inputAcrossManyDeltas_parsedAtStop()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        const QJsonObject input{{u"kind"_s, u"deploy"_s},
                                {u"services"_s, QJsonArray{u"web"_s, u"worker"_s}},
                                {u"note"_s, u"zero-downtime ✓"_s}};
        const QString json = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
        QByteArray stream = sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Starting a deploy."_s) +
                            sse::blockStop(0) + sse::toolUseStart(1, u"toolu_01"_s, u"start_run"_s);
        int deltas = 0;
        for (qsizetype i = 0; i < json.size(); i += 2, ++deltas)
            stream += sse::inputJsonDelta(1, json.mid(i, 2));
        stream += sse::blockStop(1) + sse::messageDelta(u"tool_use"_s, 40) + sse::messageStop();
        server.enqueue(ScriptedReply::stream(sse::cutEvery(stream, 13)).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QVERIFY(deltas > 20);
        QCOMPARE(rec.toolDeltas, deltas);
        QCOMPARE(rec.toolJson.value(1), json);
        QVERIFY(rec.log.contains(u"tool 1 toolu_01 start_run"_s));
        QVERIFY(rec.log.indexOf(u"tool 1 toolu_01 start_run"_s) > rec.log.indexOf(u"stop 0"_s));
        QVERIFY(rec.log.contains(u"stop 1"_s));
        const MessageResponse response = **rec.result;
        QCOMPARE(response.stopReason, StopReason::ToolUse);
        QCOMPARE(response.toolUses().size(), 1);
        QCOMPARE(response.toolUses().first().toolInput, input);
        QCOMPARE(response.text(), u"Starting a deploy."_s);
    }

    void toolUse_invalidInputJson_failsClearly()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::messageStart() + sse::toolUseStart(0, u"t"_s, u"modify_plan"_s) +
                                              sse::inputJsonDelta(0, u"{\"change\": "_s) +
                                              sse::inputJsonDelta(0, u"}"_s) + sse::blockStop(0) + sse::messageStop()})
                           .end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::InvalidInput);
        QVERIFY(rec.error().message.contains(u"modify_plan"_s));
        QCOMPARE(server.requests().size(), 1);
    }

    void errorEvent_afterText_failsWithoutRetry()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedReply::stream({sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Part"_s),
                                   sse::textDelta(0, u"ial"_s), sse::error(u"overloaded_error"_s, u"Overloaded"_s)})
                .end());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"must not be used"_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Network);
        QVERIFY2(rec.error().message.contains(u"overloaded"_s), qPrintable(rec.error().message));
        QVERIFY(rec.error().message.contains(u"Overloaded"_s));
        QCOMPARE(rec.text.value(0), u"Partial"_s);
        QCOMPARE(rec.job->apiErrorType(), u"overloaded_error"_s);
        QTest::qWait(200);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(rec.retries.isEmpty());
    }

    void errorEvent_beforeContent_isRetried()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedReply::stream({sse::messageStart(), sse::error(u"overloaded_error"_s, u"Overloaded"_s)}).end());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Second time lucky."_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(rec.text.value(0), u"Second time lucky."_s);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(rec.retries.size(), 1);
        QCOMPARE(rec.retries.first().first, 2);
    }

    void rateLimited_retryAfter_isHonoured()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::apiError(
            429, u"rate_limit_error"_s, u"Number of requests has exceeded your rate limit"_s, {{"retry-after", "1"}}));
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"After the wait."_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(server.requests().size(), 2);
        const qint64 gap = server.requests().at(1).receivedAtMs - server.requests().at(0).receivedAtMs;
        QVERIFY2(gap >= 1000, qPrintable(u"the retry came after %1 ms"_s.arg(gap)));
        QCOMPARE(rec.retries.size(), 1);
        QCOMPARE(rec.retries.first().second, qint64(1000)); // retry-after, not the 50 ms backoff
        QCOMPARE(server.requests().at(1).body, server.requests().at(0).body);
        QCOMPARE(rec.job->attempts(), 2);
    }

    void overloadedThenServerError_retriedWithBackoff()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::apiError(529, u"overloaded_error"_s, u"Overloaded"_s));
        server.enqueue(ScriptedReply::apiError(500, u"api_error"_s, u"Internal server error"_s));
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Third."_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(rec.retries.size(), 2);
        // Backoff: 50 ms then 100 ms, each with at most 25 % taken off.
        QVERIFY(rec.retries.at(0).second >= 37 && rec.retries.at(0).second <= 50);
        QVERIFY(rec.retries.at(1).second >= 75 && rec.retries.at(1).second <= 100);
        QVERIFY(server.requests().at(1).receivedAtMs - server.requests().at(0).receivedAtMs >= 37);
    }

    void retriesExhausted_failWithTheLastError()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 4; ++i)
            server.enqueue(ScriptedReply::apiError(529, u"overloaded_error"_s, u"Overloaded"_s));
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Network);
        QVERIFY(rec.error().message.contains(u"overloaded"_s));
        QVERIFY(rec.error().detail.contains(u"3 attempts"_s));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(rec.job->httpStatus(), 529);
    }

    void clientErrors_notRetried_carryTheApiMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code");
        QTest::newRow("400") << 400 << u"invalid_request_error"_s << int(Error::Code::InvalidInput);
        QTest::newRow("401") << 401 << u"authentication_error"_s << int(Error::Code::InvalidInput);
        QTest::newRow("403") << 403 << u"permission_error"_s << int(Error::Code::InvalidInput);
        QTest::newRow("404") << 404 << u"not_found_error"_s << int(Error::Code::NotFound);
        QTest::newRow("413") << 413 << u"request_too_large"_s << int(Error::Code::InvalidInput);
    }

    void clientErrors_notRetried_carryTheApiMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(int, code);
        FakeClaudeServer server;
        QVERIFY(server.listen());
        const QString apiMessage = u"explanation %1 from the API"_s.arg(status);
        server.enqueue(ScriptedReply::apiError(status, type, apiMessage));
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"must not be used"_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(int(rec.error().code), code);
        QVERIFY2(rec.error().message.contains(apiMessage), qPrintable(rec.error().message));
        QVERIFY(rec.error().detail.contains(u"HTTP %1"_s.arg(status)));
        QVERIFY(!rec.error().toString().contains(testKey));
        QCOMPARE(rec.job->httpStatus(), status);
        QCOMPARE(rec.job->apiErrorType(), type);
        QTest::qWait(150);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(rec.retries.isEmpty());
    }

    void connectionDropped_midStream_failsWithByteCount_data()
    {
        QTest::addColumn<int>("framing");
        QTest::newRow("chunked") << int(ScriptedReply::Framing::Chunked);
        QTest::newRow("close-delimited") << int(ScriptedReply::Framing::CloseDelimited);
    }

    void connectionDropped_midStream_failsWithByteCount()
    {
        QFETCH(int, framing);
        FakeClaudeServer server;
        QVERIFY(server.listen());
        const QByteArray sent = sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"Half an ans"_s);
        server.enqueue(ScriptedReply::stream({sent, "event: content_block_delta\ndata: {\"type\":"},
                                             ScriptedReply::Framing(framing))
                           .wait(50)
                           .drop());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"must not be used"_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Network);
        const qsizetype bytes = sent.size() + qsizetype(strlen("event: content_block_delta\ndata: {\"type\":"));
        QVERIFY2(rec.error().message.contains(u"dropped after %1 bytes"_s.arg(bytes)), qPrintable(rec.error().message));
        QCOMPARE(rec.text.value(0), u"Half an ans"_s);
        QTest::qWait(150);
        QCOMPARE(server.requests().size(), 1);
    }

    void pings_keepAnIdleStreamAlive()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        ScriptedReply reply = ScriptedReply::stream({sse::messageStart()});
        for (int i = 0; i < 8; ++i) // 8 × 150 ms = 1.2 s of pings, three idle timeouts' worth
            reply.wait(150).write(sse::ping());
        reply.write(sse::textStart(0) + sse::textDelta(0, u"Thought about it."_s) + sse::blockStop(0) +
                    sse::messageDelta(u"end_turn"_s, 4) + sse::messageStop());
        server.enqueue(reply.end());
        FakeKeyProvider keys(testKey);
        ClaudeClient::Options o = options(server);
        o.idleTimeout = 400ms;
        ClaudeClient client(nullptr, &keys, o);
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(rec.text.value(0), u"Thought about it."_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void silentStream_timesOut()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        // Bytes that are not a complete event do not count as life either.
        server.enqueue(ScriptedReply::stream({sse::messageStart(), "event: ping\n"}).wait(4000).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient::Options o = options(server);
        o.idleTimeout = 400ms;
        ClaudeClient client(nullptr, &keys, o);
        QElapsedTimer clock;
        clock.start();
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        const qint64 took = clock.elapsed();
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Network);
        QVERIFY2(rec.error().message.contains(u"stalled"_s), qPrintable(rec.error().message));
        QVERIFY2(took >= 400 && took < 2500, qPrintable(u"timed out after %1 ms"_s.arg(took)));
        QCOMPARE(server.requests().size(), 1); // bytes had arrived: not retried
        QTRY_COMPARE_WITH_TIMEOUT(server.clientAborts(), 1, 3000);
    }

    void noAnswerAtAll_firstByteTimeout_isRetried()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::silent(3000));
        server.enqueue(ScriptedReply::silent(3000));
        FakeKeyProvider keys(testKey);
        ClaudeClient::Options o = options(server);
        o.firstByteTimeout = 300ms;
        o.retry.maxAttempts = 2;
        ClaudeClient client(nullptr, &keys, o);
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Network);
        QVERIFY2(rec.error().message.contains(u"did not answer within"_s), qPrintable(rec.error().message));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(rec.retries.size(), 1);
    }

    void connectionRefused_isRetriedThenFails()
    {
        quint16 port = 0;
        {
            FakeClaudeServer probe;
            QVERIFY(probe.listen());
            port = quint16(probe.baseUrl().port());
        } // closed: connections to it are refused
        FakeKeyProvider keys(testKey);
        ClaudeClient::Options o;
        o.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        o.model = u"m"_s;
        o.retry.maxAttempts = 2;
        o.retry.initialDelay = 20ms;
        ClaudeClient client(nullptr, &keys, o);
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Network);
        QVERIFY(rec.error().message.contains(u"could not reach"_s));
        QCOMPARE(rec.retries.size(), 1);
    }

    void cancel_midStream_abortsTheConnection()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        ScriptedReply reply = ScriptedReply::stream({sse::messageStart() + sse::textStart(0)});
        for (int i = 0; i < 30; ++i)
            reply.write(sse::textDelta(0, u"word "_s)).wait(100);
        server.enqueue(reply.write(sse::blockStop(0) + sse::messageStop()).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QObject::connect(rec.job, &MessageJob::textDelta, &rec.context, [&rec](int, const QString &) {
            if (rec.textDeltas == 2)
                rec.job->cancel();
        });
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(server.clientAborts(), 1, 3000);
        QTest::qWait(300);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.textDeltas, 2); // nothing after cancel
        QCOMPARE(server.requests().size(), 1);
    }

    void cancel_duringRetryWait_stopsRetrying()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::apiError(429, u"rate_limit_error"_s, u"slow down"_s, {{"retry-after", "2"}}));
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QTRY_COMPARE_WITH_TIMEOUT(rec.retries.size(), 1, 5000);
        rec.job->cancel();
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.error().code, Error::Code::Cancelled);
        QTest::qWait(2300);
        QCOMPARE(server.requests().size(), 1);
    }

    void listModels_followsPages()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        auto model = [](const QString &id, const QString &name, const QString &created) {
            return QJsonObject{
                {u"type"_s, u"model"_s}, {u"id"_s, id}, {u"display_name"_s, name}, {u"created_at"_s, created}};
        };
        const QJsonObject page1{{u"data"_s, QJsonArray{model(u"claude-b"_s, u"Claude B"_s, u"2026-02-01T00:00:00Z"_s),
                                                       model(u"claude-a"_s, u"Claude A"_s, u"2025-10-01T00:00:00Z"_s)}},
                                {u"has_more"_s, true},
                                {u"first_id"_s, u"claude-b"_s},
                                {u"last_id"_s, u"claude-a"_s}};
        const QJsonObject page2{
            {u"data"_s, QJsonArray{model(u"claude-old"_s, u"Claude Old"_s, u"2024-03-04T00:00:00Z"_s)}},
            {u"has_more"_s, false},
            {u"first_id"_s, u"claude-old"_s},
            {u"last_id"_s, u"claude-old"_s}};
        server.enqueue(ScriptedReply::json(200, QJsonDocument(page1).toJson()));
        server.enqueue(ScriptedReply::apiError(529, u"overloaded_error"_s, u"Overloaded"_s)); // retried
        server.enqueue(ScriptedReply::json(200, QJsonDocument(page2).toJson()));
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        ModelListJob *job = client.listModels();
        job->setAutoDelete(false);
        QSignalSpy pages(job, &ModelListJob::pageReceived);
        QSignalSpy finished(job, &ModelListJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(job->result().has_value());
        const auto &result = *job->result();
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->size(), 3);
        QCOMPARE(result->at(0).id, u"claude-b"_s);
        QCOMPARE(result->at(0).displayName, u"Claude B"_s);
        QCOMPARE(result->at(0).createdAt, QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(result->at(2).id, u"claude-old"_s);
        QCOMPARE(pages.count(), 2);
        QCOMPARE(server.requests().size(), 3);
        for (const auto &request : server.requests()) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.path, QByteArray("/v1/models"));
            QCOMPARE(request.headers.value("x-api-key"), testKey.toUtf8());
            QCOMPARE(request.headers.value("anthropic-version"), QByteArray("2023-06-01"));
            QVERIFY(request.query.hasQueryItem(u"limit"_s));
        }
        QVERIFY(!server.requests().at(0).query.hasQueryItem(u"after_id"_s));
        QCOMPARE(server.requests().at(1).query.queryItemValue(u"after_id"_s), u"claude-a"_s);
        QCOMPARE(server.requests().at(2).query.queryItemValue(u"after_id"_s), u"claude-a"_s);
        delete job;
    }

    void listModels_unauthorized_clearError()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::apiError(401, u"authentication_error"_s, u"invalid x-api-key"_s));
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        ModelListJob *job = client.listModels();
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ModelListJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!job->result()->has_value());
        QVERIFY(job->result()->error().message.contains(u"invalid x-api-key"_s));
        QVERIFY(job->result()->error().message.contains(u"API key"_s));
        delete job;
    }

    void canarySecret_neverReachesTheServer()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"ok"_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        const QString canary = u"CANARY-9d2f-«ü»-\"quoted\"-\\back"_s;
        MessageRequest request = simpleRequest(u"My database password is "_s + canary + u", please set it."_s);
        request.system += u" Known secret: "_s + canary;
        request.messages = {
            request.messages.first(),
            ApiMessage{ApiMessage::Role::Assistant,
                       {ContentBlock::makeToolUse(u"t1"_s, u"set_env"_s,
                                                  {{u"name"_s, u"DB_PASSWORD"_s}, {u"value"_s, canary}})}},
            ApiMessage{ApiMessage::Role::User,
                       {ContentBlock::makeToolResult(u"t1"_s, u"set DB_PASSWORD="_s + canary)}}};
        request.tools = {ToolSpec{u"set_env"_s, u"Example: "_s + canary, {}}};
        request.secrets = {{u"DB_PASSWORD"_s, canary}};
        Recorder rec(client.sendMessage(request));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(server.requests().size(), 1);
        const QByteArray body = server.requests().first().body;
        QVERIFY(!body.contains(canary.toUtf8()));
        QVERIFY(!body.contains("CANARY-9d2f"));
        QCOMPARE(body.count(u"«secret:DB_PASSWORD»"_s.toUtf8()), 5);
        QCOMPARE(rec.job->maskedSecrets(), QStringList{u"DB_PASSWORD"_s});
        for (const auto &[name, value] : server.requests().first().headers.asKeyValueRange())
            QVERIFY(!value.contains("CANARY"));
    }

    void secretThatCannotBeMasked_requestIsRefused()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"must not be used"_s})}).end());
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        MessageRequest request = simpleRequest();
        request.secrets = {{u"FLAG"_s, u"stream"_s}}; // a key of the body itself
        Recorder rec(client.sendMessage(request));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::InvalidInput);
        QVERIFY(rec.error().message.contains(u"FLAG"_s));
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 0);
    }

    void noKey_failsWithoutSending()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        FakeKeyProvider keys(fail(Error::Code::NotFound, u"nothing in the keychain"_s));
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, Error::Code::NotFound);
        QVERIFY(rec.error().message.contains(u"ANTHROPIC_API_KEY"_s));
        QCOMPARE(keys.calls, 1);
        QCOMPARE(server.requests().size(), 0);
    }

    void keyWithControlCharacters_isNeverSent()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        FakeKeyProvider keys(u"sk-ant-pasted\r\nx-injected: 1"_s);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QCOMPARE(rec.error().code, Error::Code::InvalidInput);
        QVERIFY(!rec.error().toString().contains(u"pasted"_s));
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 0);
    }

    void keychainError_isReported()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        FakeKeyProvider keys(fail(Error::Code::Io, u"the keychain is locked"_s));
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QCOMPARE(rec.error().message, u"the keychain is locked"_s);
        QCOMPARE(server.requests().size(), 0);
    }

    void environment_keyAndBaseUrl_areUsed()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"from env"_s})}).end());
        qputenv("ANTHROPIC_API_KEY", "sk-ant-from-environment-000000");
        qputenv("ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        ClaudeClient::Options o;
        o.model = u"m"_s;
        ClaudeClient client(nullptr, nullptr, o);
        QCOMPARE(client.baseUrl().value(), server.baseUrl());
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(server.requests().first().headers.value("x-api-key"), QByteArray("sk-ant-from-environment-000000"));
    }

    void keyProviderWithoutKey_fallsBackToEnvironment()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"ok"_s})}).end());
        qputenv("ANTHROPIC_API_KEY", "sk-ant-fallback-11111111111");
        FakeKeyProvider keys{Result<QString>(QString())};
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(rec.ok());
        QCOMPARE(server.requests().first().headers.value("x-api-key"), QByteArray("sk-ant-fallback-11111111111"));
    }

    void settings_baseUrlWithPathAndModel_areUsed()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"via gateway"_s})}).end());
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setValue(Settings::Key::AssistantBaseUrl,
                          QUrl(server.baseUrl().toString() + u"/gateway/anthropic/"_s));
        settings.setValue(Settings::Key::AssistantModel, u"claude-from-settings"_s);
        qputenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/not-this-one");
        FakeKeyProvider keys(testKey);
        ClaudeClient client(&settings, &keys);
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY2(rec.ok(), qPrintable(rec.error().toString()));
        QCOMPARE(server.requests().first().path, QByteArray("/gateway/anthropic/v1/messages"));
        QCOMPARE(server.requests().first().json().value(u"model"_s).toString(), u"claude-from-settings"_s);
    }

    void plainHttpToARemoteHost_isRefused()
    {
        FakeKeyProvider keys(testKey);
        ClaudeClient::Options o;
        o.baseUrl = QUrl(u"http://api.example.com"_s);
        o.model = u"m"_s;
        ClaudeClient client(nullptr, &keys, o);
        QVERIFY(!client.baseUrl());
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QCOMPARE(rec.error().code, Error::Code::InvalidInput);
        QVERIFY(rec.error().message.contains(u"https"_s));
        QCOMPARE(keys.calls, 0); // refused before the key was even read
    }

    void redirect_isNotFollowed()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::json(307, "{}", {{"location", "http://127.0.0.1:9/elsewhere"}}));
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QVERIFY(rec.error().message.contains(u"redirects"_s));
        QCOMPARE(server.requests().size(), 1);
    }

    void notAnEventStream_clearError()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::json(200, "{\"id\":\"msg_1\",\"type\":\"message\",\"content\":[]}"));
        FakeKeyProvider keys(testKey);
        ClaudeClient client(nullptr, &keys, options(server));
        Recorder rec(client.sendMessage(simpleRequest()));
        QVERIFY(waitFinished(rec));
        QVERIFY(!rec.ok());
        QVERIFY(rec.error().message.contains(u"stream of events"_s));
    }

    void clientDestroyed_runningJobFinishesCancelled()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::messageStart()}).wait(5000).end());
        FakeKeyProvider keys(testKey);
        auto client = std::make_unique<ClaudeClient>(nullptr, &keys, options(server));
        MessageJob *job = client->sendMessage(simpleRequest());
        int finished = 0;
        std::optional<Error::Code> code;
        QObject context;
        QObject::connect(job, &MessageJob::finished, &context, [&](const Result<MessageResponse> &r) {
            ++finished;
            code = r ? std::nullopt : std::optional(r.error().code);
        });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 5000);
        client.reset();
        QCOMPARE(finished, 1);
        QCOMPARE(code, std::optional(Error::Code::Cancelled));
        QTRY_COMPARE_WITH_TIMEOUT(server.clientAborts(), 1, 3000);
    }
};

QTEST_GUILESS_MAIN(TestClaudeClient)
#include "tst_claudeclient.moc"
