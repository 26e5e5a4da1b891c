// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace hydron::test {

// A request as the fake server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server was created

    [[nodiscard]] QJsonObject json() const;
};

// One scripted answer: steps run in order, each after the previous one.
struct ScriptedReply
{
    enum class Framing
    {
        Chunked,
        CloseDelimited,
        ContentLength
    };
    struct Step
    {
        enum class Kind
        {
            Headers,
            Write,
            Wait,
            Drop,
            End
        };
        Kind kind;
        QByteArray bytes;
        int ms = 0;
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    Framing framing = Framing::Chunked;
    QList<Step> steps;

    // An SSE answer (200, text/event-stream) whose body is written in the given pieces.
    [[nodiscard]] static ScriptedReply stream(const QList<QByteArray> &pieces, Framing framing = Framing::Chunked);
    // A complete JSON answer with Content-Length.
    [[nodiscard]] static ScriptedReply json(int status, const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // An API error answer `{"type":"error","error":{…}}`.
    [[nodiscard]] static ScriptedReply apiError(int status, const QString &type, const QString &message,
                                                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Accepts the request, says nothing for `ms`, then closes the connection.
    [[nodiscard]] static ScriptedReply silent(int ms);

    ScriptedReply &write(const QByteArray &bytes);
    ScriptedReply &wait(int ms);
    ScriptedReply &drop(); // close the connection without finishing the body
    ScriptedReply &end();  // finish the body properly and close
};

// An HTTP/1.1 server on 127.0.0.1 that plays scripted replies in order (one per request, one
// request per connection, "Connection: close") and records every request.
class FakeClaudeServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeClaudeServer(QObject *parent = nullptr);
    ~FakeClaudeServer() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl baseUrl() const;

    void enqueue(const ScriptedReply &reply);
    [[nodiscard]] qsizetype pendingReplies() const { return m_replies.size(); }
    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    // Connections the client closed before the scripted reply was over.
    [[nodiscard]] int clientAborts() const { return m_clientAborts; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

    // Called right after each write of body bytes (the benchmark timestamps there).
    std::function<void(const QByteArray &written)> onBodyWritten;

Q_SIGNALS:
    void requestReceived(int index);
    void clientAborted();

private:
    class Connection;
    void handleConnection();
    ScriptedReply takeReply();

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<ScriptedReply> m_replies;
    QList<RecordedRequest> m_requests;
    int m_clientAborts = 0;
};

// Messages API stream events as the API writes them.
namespace sse {
[[nodiscard]] QByteArray event(const QByteArray &type, const QJsonObject &data);
[[nodiscard]] QByteArray messageStart(const QString &id = QStringLiteral("msg_test_1"),
                                      const QString &model = QStringLiteral("claude-test-model"), int inputTokens = 12);
[[nodiscard]] QByteArray textStart(int index, const QString &initial = {});
[[nodiscard]] QByteArray textDelta(int index, const QString &text);
[[nodiscard]] QByteArray toolUseStart(int index, const QString &id, const QString &name);
[[nodiscard]] QByteArray inputJsonDelta(int index, const QString &partialJson);
[[nodiscard]] QByteArray thinkingStart(int index);
[[nodiscard]] QByteArray thinkingDelta(int index, const QString &thinking);
[[nodiscard]] QByteArray signatureDelta(int index, const QString &signature);
[[nodiscard]] QByteArray blockStop(int index);
[[nodiscard]] QByteArray messageDelta(const QString &stopReason, int outputTokens);
[[nodiscard]] QByteArray messageStop();
[[nodiscard]] QByteArray ping();
[[nodiscard]] QByteArray error(const QString &type, const QString &message);

// A whole text answer: message_start, one text block with one delta per piece, stop.
[[nodiscard]] QByteArray textAnswer(const QStringList &pieces, const QString &stopReason = QStringLiteral("end_turn"));
// `bytes` cut every `size` bytes.
[[nodiscard]] QList<QByteArray> cutEvery(const QByteArray &bytes, int size);
} // namespace sse

// GET /v1/models answers in the documented shape: {"data": [{"type": "model", "id",
// "display_name", "created_at"}], "has_more", "first_id", "last_id"}.
namespace models {
struct Entry
{
    QString id;
    QString displayName;
    QString createdAt = QStringLiteral("2026-01-15T00:00:00Z");
};
[[nodiscard]] QByteArray page(const QList<Entry> &entries, bool hasMore = false);
// A whole answer (200, application/json) for one page.
[[nodiscard]] ScriptedReply reply(const QList<Entry> &entries, bool hasMore = false);
} // namespace models

} // namespace hydron::test
