// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeclaudeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hydron::test {

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ScriptedReply ScriptedReply::stream(const QList<QByteArray> &pieces, Framing framing)
{
    ScriptedReply r;
    r.framing = framing;
    r.headers = {{"content-type", "text/event-stream; charset=utf-8"}, {"cache-control", "no-cache"}};
    r.steps.append(Step{Step::Kind::Headers, {}, 0});
    for (const QByteArray &piece : pieces)
        r.write(piece);
    return r;
}

ScriptedReply ScriptedReply::json(int status, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ScriptedReply r;
    r.status = status;
    r.framing = Framing::ContentLength;
    r.headers = headers;
    r.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    r.steps.append(Step{Step::Kind::Headers, body, 0});
    r.steps.append(Step{Step::Kind::End, {}, 0});
    return r;
}

ScriptedReply ScriptedReply::apiError(int status, const QString &type, const QString &message,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QJsonObject body{{u"type"_s, u"error"_s},
                           {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}},
                           {u"request_id"_s, u"req_test_%1"_s.arg(status)}};
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ScriptedReply ScriptedReply::silent(int ms)
{
    ScriptedReply r;
    r.wait(ms).drop();
    return r;
}

ScriptedReply &ScriptedReply::write(const QByteArray &bytes)
{
    steps.append(Step{Step::Kind::Write, bytes, 0});
    return *this;
}

ScriptedReply &ScriptedReply::wait(int ms)
{
    steps.append(Step{Step::Kind::Wait, {}, ms});
    return *this;
}

ScriptedReply &ScriptedReply::drop()
{
    steps.append(Step{Step::Kind::Drop, {}, 0});
    return *this;
}

ScriptedReply &ScriptedReply::end()
{
    steps.append(Step{Step::Kind::End, {}, 0});
    return *this;
}

// One accepted connection: reads one request, plays one reply.
class FakeClaudeServer::Connection final : public QObject
{
public:
    Connection(FakeClaudeServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (m_playing && !m_over) {
                ++m_server->m_clientAborts;
                Q_EMIT m_server->clientAborted();
            }
            m_over = true;
            deleteLater();
        });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (m_playing)
            return;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        request.body = m_buffer.mid(headerEnd + 4, length);
        request.receivedAtMs = m_server->m_clock.elapsed();
        m_server->m_requests.append(request);
        m_playing = true;
        m_reply = m_server->takeReply();
        Q_EMIT m_server->requestReceived(int(m_server->m_requests.size() - 1));
        next();
    }

    void next()
    {
        if (m_over || m_step >= m_reply.steps.size())
            return;
        const ScriptedReply::Step step = m_reply.steps.at(m_step++);
        switch (step.kind) {
        case ScriptedReply::Step::Kind::Headers: {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(m_reply.status) + " Scripted\r\n";
            for (const auto &[name, value] : m_reply.headers)
                head += name + ": " + value + "\r\n";
            if (m_reply.framing == ScriptedReply::Framing::Chunked)
                head += "transfer-encoding: chunked\r\n";
            else if (m_reply.framing == ScriptedReply::Framing::ContentLength)
                head += "content-length: " + QByteArray::number(step.bytes.size()) + "\r\n";
            head += "connection: close\r\n\r\n";
            m_socket->write(head + step.bytes);
            m_socket->flush();
            break;
        }
        case ScriptedReply::Step::Kind::Write:
            if (m_reply.framing == ScriptedReply::Framing::Chunked)
                m_socket->write(QByteArray::number(step.bytes.size(), 16) + "\r\n" + step.bytes + "\r\n");
            else
                m_socket->write(step.bytes);
            m_socket->flush();
            if (m_server->onBodyWritten)
                m_server->onBodyWritten(step.bytes);
            break;
        case ScriptedReply::Step::Kind::Wait: {
            QTimer::singleShot(step.ms, this, [this] { next(); });
            return;
        }
        case ScriptedReply::Step::Kind::Drop:
            m_over = true;
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        case ScriptedReply::Step::Kind::End:
            if (m_reply.framing == ScriptedReply::Framing::Chunked)
                m_socket->write("0\r\n\r\n");
            m_over = true;
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        }
        // Let the event loop run between writes so each one goes out on its own.
        QTimer::singleShot(0, this, [this] { next(); });
    }

    FakeClaudeServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    ScriptedReply m_reply;
    qsizetype m_step = 0;
    bool m_playing = false;
    bool m_over = false;
};

FakeClaudeServer::FakeClaudeServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FakeClaudeServer::handleConnection);
}

FakeClaudeServer::~FakeClaudeServer() = default;

bool FakeClaudeServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeClaudeServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FakeClaudeServer::enqueue(const ScriptedReply &reply)
{
    m_replies.append(reply);
}

ScriptedReply FakeClaudeServer::takeReply()
{
    if (m_replies.isEmpty())
        return ScriptedReply::apiError(500, u"api_error"_s, u"the fake server has no scripted reply left"_s);
    return m_replies.takeFirst();
}

void FakeClaudeServer::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Connection(this, socket);
}

namespace sse {

QByteArray event(const QByteArray &type, const QJsonObject &data)
{
    return "event: " + type + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray messageStart(const QString &id, const QString &model, int inputTokens)
{
    const QJsonObject message{{u"id"_s, id},
                              {u"type"_s, u"message"_s},
                              {u"role"_s, u"assistant"_s},
                              {u"content"_s, QJsonArray{}},
                              {u"model"_s, model},
                              {u"stop_reason"_s, QJsonValue::Null},
                              {u"stop_sequence"_s, QJsonValue::Null},
                              {u"usage"_s, QJsonObject{{u"input_tokens"_s, inputTokens}, {u"output_tokens"_s, 1}}}};
    return event("message_start", {{u"type"_s, u"message_start"_s}, {u"message"_s, message}});
}

QByteArray textStart(int index, const QString &initial)
{
    return event("content_block_start",
                 {{u"type"_s, u"content_block_start"_s},
                  {u"index"_s, index},
                  {u"content_block"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, initial}}}});
}

QByteArray textDelta(int index, const QString &text)
{
    return event("content_block_delta", {{u"type"_s, u"content_block_delta"_s},
                                         {u"index"_s, index},
                                         {u"delta"_s, QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, text}}}});
}

QByteArray toolUseStart(int index, const QString &id, const QString &name)
{
    return event(
        "content_block_start",
        {{u"type"_s, u"content_block_start"_s},
         {u"index"_s, index},
         {u"content_block"_s,
          QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, id}, {u"name"_s, name}, {u"input"_s, QJsonObject{}}}}});
}

QByteArray inputJsonDelta(int index, const QString &partialJson)
{
    return event("content_block_delta",
                 {{u"type"_s, u"content_block_delta"_s},
                  {u"index"_s, index},
                  {u"delta"_s, QJsonObject{{u"type"_s, u"input_json_delta"_s}, {u"partial_json"_s, partialJson}}}});
}

QByteArray thinkingStart(int index)
{
    return event("content_block_start",
                 {{u"type"_s, u"content_block_start"_s},
                  {u"index"_s, index},
                  {u"content_block"_s, QJsonObject{{u"type"_s, u"thinking"_s}, {u"thinking"_s, u""_s}}}});
}

QByteArray thinkingDelta(int index, const QString &thinking)
{
    return event("content_block_delta",
                 {{u"type"_s, u"content_block_delta"_s},
                  {u"index"_s, index},
                  {u"delta"_s, QJsonObject{{u"type"_s, u"thinking_delta"_s}, {u"thinking"_s, thinking}}}});
}

QByteArray signatureDelta(int index, const QString &signature)
{
    return event("content_block_delta",
                 {{u"type"_s, u"content_block_delta"_s},
                  {u"index"_s, index},
                  {u"delta"_s, QJsonObject{{u"type"_s, u"signature_delta"_s}, {u"signature"_s, signature}}}});
}

QByteArray blockStop(int index)
{
    return event("content_block_stop", {{u"type"_s, u"content_block_stop"_s}, {u"index"_s, index}});
}

QByteArray messageDelta(const QString &stopReason, int outputTokens)
{
    return event("message_delta",
                 {{u"type"_s, u"message_delta"_s},
                  {u"delta"_s, QJsonObject{{u"stop_reason"_s, stopReason}, {u"stop_sequence"_s, QJsonValue::Null}}},
                  {u"usage"_s, QJsonObject{{u"output_tokens"_s, outputTokens}}}});
}

QByteArray messageStop()
{
    return event("message_stop", {{u"type"_s, u"message_stop"_s}});
}

QByteArray ping()
{
    return event("ping", {{u"type"_s, u"ping"_s}});
}

QByteArray error(const QString &type, const QString &message)
{
    return event("error",
                 {{u"type"_s, u"error"_s}, {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}});
}

QByteArray textAnswer(const QStringList &pieces, const QString &stopReason)
{
    QByteArray all = messageStart() + textStart(0) + ping();
    for (const QString &piece : pieces)
        all += textDelta(0, piece);
    all += blockStop(0) + messageDelta(stopReason, int(pieces.size()) + 3) + messageStop();
    return all;
}

QList<QByteArray> cutEvery(const QByteArray &bytes, int size)
{
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        pieces.append(bytes.mid(at, size));
    return pieces;
}

} // namespace sse

namespace models {

QByteArray page(const QList<Entry> &entries, bool hasMore)
{
    QJsonArray data;
    for (const Entry &e : entries)
        data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                {QStringLiteral("id"), e.id},
                                {QStringLiteral("display_name"), e.displayName},
                                {QStringLiteral("created_at"), e.createdAt}});
    const QJsonObject body{
        {QStringLiteral("data"), data},
        {QStringLiteral("has_more"), hasMore},
        {QStringLiteral("first_id"), entries.isEmpty() ? QJsonValue() : QJsonValue(entries.constFirst().id)},
        {QStringLiteral("last_id"), entries.isEmpty() ? QJsonValue() : QJsonValue(entries.constLast().id)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ScriptedReply reply(const QList<Entry> &entries, bool hasMore)
{
    return ScriptedReply::json(200, page(entries, hasMore));
}

} // namespace models

} // namespace hydron::test
