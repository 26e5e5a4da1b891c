// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/claudeclient.h"

#include "core/assistant/apierror.h"
#include "core/assistant/requestbuilder.h"
#include "core/assistant/sseparser.h"
#include "core/assistant/streamassembler.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace hydron::assistant {
namespace {

constexpr qsizetype maxErrorBody = 64 * 1024;
constexpr qsizetype maxModelsBody = 8 * 1024 * 1024;

std::shared_ptr<spdlog::logger> llmLog()
{
    return logging::logger(logging::Channel::Llm);
}

std::string forLog(const QString &text)
{
    return text.toStdString();
}

QString secondsText(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool isRetriableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

// Printable ASCII without spaces: anything else cannot be a key and must not reach a header.
bool isSendableKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) { return c > u' ' && c < QChar(0x7f); });
}

Error withDetail(Error error, const QString &more)
{
    error.detail = error.detail.isEmpty() ? more : error.detail + u"; "_s + more;
    return error;
}

// One logical API request and its attempts: the key, the URL, the headers, the timeouts, the
// retry waits, cancel. Owned by its job (a child of it), so it goes when the job goes.
class ApiCall : public QObject
{
public:
    ApiCall(ClaudeClient *client, LlmJob *job)
        : QObject(job)
        , m_client(client)
        , m_job(job)
        , m_options(client->options())
    {
        for (QTimer *timer : {&m_firstByteTimer, &m_idleTimer, &m_retryTimer})
            timer->setSingleShot(true);
        // A coarse timer may fire up to 5 % early; a server's retry-after is a lower bound.
        m_retryTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_firstByteTimer, &QTimer::timeout, this, [this] { onTimeout(true); });
        connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(false); });
        connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendAttempt(); });
        // The job finishes itself with Cancelled once this returns.
        connect(job, &LlmJob::cancelRequested, this, [this] {
            if (!m_done)
                llmLog()->info("{} cancelled after {} ms", m_what, m_clock.isValid() ? m_clock.elapsed() : 0);
            m_done = true;
            stop();
        });
    }

    void start()
    {
        if (m_job->isCancelRequested() || m_job->isFinished())
            return;
        m_clock.start();
        m_job->reportStarted();
        auto base = m_client->baseUrl();
        if (!base)
            return finishError(base.error());
        m_base = *base;
        m_client->fetchKey(this, [this](Result<QString> key) {
            if (m_done)
                return;
            if (!key)
                return finishError(key.error());
            if (!isSendableKey(*key))
                return finishError(Error{Error::Code::InvalidInput,
                                         QCoreApplication::translate("hydron::Claude",
                                                                     "The Claude API key contains spaces or characters "
                                                                     "an API key cannot have; paste it again."),
                                         u"key %1"_s.arg(maskKey(*key))});
            m_key = *key;
            if (auto ready = prepare(); !ready)
                return finishError(ready.error());
            sendAttempt();
        });
    }

protected:
    virtual Result<void> prepare() { return {}; }
    virtual QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) = 0;
    virtual void resetAttempt() {}
    virtual void onHeaders() {}
    virtual void onBody(const QByteArray &chunk) = 0;
    // The reply ended with a 2xx status (the connection may still have failed: `error`).
    virtual void onReplyDone(QNetworkReply::NetworkError error, const QString &errorString) = 0;
    virtual void deliverError(const Error &error) = 0;

    QString host() const { return m_base.host(); }

    void sendAttempt()
    {
        if (m_done)
            return;
        resetAttempt();
        m_status = 0;
        m_headersSeen = false;
        m_bytes = 0;
        m_errorBody.clear();
        ++m_attempt;
        ++m_totalAttempts;
        m_job->reportAttempt(m_totalAttempts);
        QNetworkRequest request;
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("x-api-key", m_key.toUtf8());
        request.setRawHeader("anthropic-version", ClaudeClient::apiVersion);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hydron/" HYDRON_VERSION));
        m_reply = send(*m_client->networkAccessManager(), request);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
        m_firstByteTimer.start(m_options.firstByteTimeout);
        llmLog()->debug("{} {} (attempt {}/{}, key {})", m_what,
                        forLog(request.url().toDisplayString(QUrl::RemoveUserInfo)), m_attempt,
                        m_options.retry.maxAttempts, forLog(maskKey(m_key)));
    }

    // A failed attempt: retried when `retriable` and attempts remain, else the job fails.
    void failAttempt(Error error, bool retriable, std::optional<std::chrono::milliseconds> retryAfter)
    {
        abortReply();
        m_idleTimer.stop();
        m_firstByteTimer.stop();
        if (!retriable)
            return finishError(error);
        if (m_attempt >= m_options.retry.maxAttempts)
            return finishError(withDetail(error, u"gave up after %1 attempts"_s.arg(m_attempt)));
        std::chrono::milliseconds delay;
        if (retryAfter) {
            if (*retryAfter > m_options.retry.maxRetryAfter)
                return finishError(withDetail(
                    error, u"the server asked to wait %1 s before trying again"_s.arg(secondsText(*retryAfter))));
            delay = *retryAfter;
        } else {
            delay = m_options.retry.backoff(m_attempt, QRandomGenerator::global()->generateDouble());
        }
        llmLog()->warn("{}: attempt {} failed ({}); retrying in {} ms", m_what, m_attempt,
                       forLog(error.detail.isEmpty() ? error.message : error.detail), delay.count());
        m_retryTimer.start(delay);
        m_job->reportRetrying(m_attempt + 1, delay.count(), error.message);
    }

    void finishError(const Error &error)
    {
        if (m_done)
            return;
        m_done = true;
        stop();
        llmLog()->warn("{} failed after {} attempt(s), {} ms: {}", m_what, m_totalAttempts, m_clock.elapsed(),
                       forLog(error.toString()));
        deliverError(error);
    }

    void stop()
    {
        stopTimers();
        abortReply();
    }

    void stopTimers()
    {
        m_firstByteTimer.stop();
        m_idleTimer.stop();
        m_retryTimer.stop();
    }

    void abortReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }

    // After a complete answer: let the reply end by itself so the connection can be reused,
    // but never wait long for a server that keeps it open.
    void releaseReply()
    {
        if (!m_reply)
            return;
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isFinished()) {
            reply->deleteLater();
            return;
        }
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QTimer::singleShot(5s, reply, &QNetworkReply::abort);
    }

    void restartIdleTimer() { m_idleTimer.start(m_options.idleTimeout); }

    ClaudeClient *m_client;
    LlmJob *m_job;
    ClaudeClient::Options m_options;
    const char *m_what = "request";
    QUrl m_base;
    QString m_key;
    QNetworkReply *m_reply = nullptr;
    int m_status = 0;
    bool m_headersSeen = false;
    qint64 m_bytes = 0; // body bytes of this attempt
    int m_attempt = 0;  // attempts of the current request (the model list resets it per page)
    int m_totalAttempts = 0;
    bool m_done = false;
    QElapsedTimer m_clock;

private:
    void onMetaData()
    {
        if (!m_reply || m_headersSeen)
            return;
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_status <= 0)
            return;
        m_headersSeen = true;
        m_firstByteTimer.stop();
        restartIdleTimer();
        if (m_status < 300)
            onHeaders();
    }

    void onReadyRead()
    {
        if (!m_reply)
            return;
        onMetaData();
        const QByteArray chunk = m_reply->readAll();
        if (chunk.isEmpty())
            return;
        m_bytes += chunk.size();
        if (m_status >= 300) {
            if (m_errorBody.size() < maxErrorBody)
                m_errorBody += chunk.left(maxErrorBody - m_errorBody.size());
            return;
        }
        onBody(chunk);
    }

    void onFinished()
    {
        if (!m_reply)
            return;
        onMetaData();
        if (m_reply->bytesAvailable() > 0) {
            onReadyRead();
            if (!m_reply)
                return; // the last bytes decided the job
        }
        m_firstByteTimer.stop();
        m_idleTimer.stop();
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater();
        const QNetworkReply::NetworkError error = reply->error();
        const QString errorString = reply->errorString();
        if (m_status <= 0) {
            llmLog()->debug("{}: no HTTP answer: {}", m_what, forLog(errorString));
            return failAttempt(
                Error{Error::Code::Network,
                      QCoreApplication::translate("hydron::Claude", "Hydron could not reach Claude at %1: %2")
                          .arg(host(), errorString),
                      u"network error %1"_s.arg(int(error))},
                isRetriableNetworkError(error) && m_bytes == 0, std::nullopt);
        }
        if (m_status >= 300 && m_status < 400) {
            const QString target = QString::fromUtf8(reply->rawHeader("location"));
            m_job->reportFailureDetail(m_status, {});
            return failAttempt(
                Error{Error::Code::Network,
                      QCoreApplication::translate("hydron::Claude", "The server %1 redirects Claude requests to %2; "
                                                                    "set the base URL in Settings to that address.")
                          .arg(host(), target),
                      u"HTTP %1"_s.arg(m_status)},
                false, std::nullopt);
        }
        if (m_status >= 400) {
            const ApiError api = ApiError::fromHttp(m_status, m_errorBody, reply->rawHeader("request-id"));
            m_job->reportFailureDetail(m_status, api.type);
            const auto retryAfter = RetryPolicy::parseRetryAfter(
                reply->rawHeader("retry-after"), reply->rawHeader("retry-after-ms"), QDateTime::currentDateTimeUtc());
            return failAttempt(api.toError(host()), api.isTransient(), retryAfter);
        }
        onReplyDone(error, errorString);
    }

    void onTimeout(bool firstByte)
    {
        if (m_done)
            return;
        const bool nothingYet = m_bytes == 0;
        const auto limit = firstByte ? m_options.firstByteTimeout : m_options.idleTimeout;
        Error error{Error::Code::Network,
                    firstByte ? QCoreApplication::translate("hydron::Claude", "Claude did not answer within %1 s.")
                                    .arg(secondsText(limit))
                    : nothingYet ? QCoreApplication::translate("hydron::Claude", "Claude sent no answer within %1 s.")
                                       .arg(secondsText(limit))
                                 : QCoreApplication::translate(
                                       "hydron::Claude", "The answer from Claude stalled: nothing arrived for %1 s.")
                                       .arg(secondsText(limit)),
                    u"%1 timeout after %2 bytes"_s.arg(firstByte ? u"first-byte"_s : u"idle"_s).arg(m_bytes)};
        failAttempt(error, nothingYet, std::nullopt);
    }

    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QByteArray m_errorBody;
};

class MessageCall final : public ApiCall
{
public:
    MessageCall(ClaudeClient *client, MessageJob *job, MessageRequest request)
        : ApiCall(client, job)
        , m_messageJob(job)
        , m_request(std::move(request))
    {
        m_what = "messages request";
    }

protected:
    Result<void> prepare() override
    {
        auto body = RequestBuilder::build(m_request, m_client->defaultModel());
        if (!body)
            return std::unexpected(body.error());
        m_body = body->json;
        m_model = body->model;
        m_request = {}; // the unredacted conversation is not kept around
        m_messageJob->reportMaskedSecrets(body->maskedSecrets);
        return {};
    }

    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override
    {
        request.setUrl(ClaudeClient::endpoint(m_base, u"/v1/messages"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("accept", "text/event-stream");
        llmLog()->debug("messages request: model {}, {} bytes", forLog(m_model), m_body.size());
        return network.post(request, m_body);
    }

    void resetAttempt() override
    {
        m_parser.reset();
        m_assembler = StreamAssembler();
        m_streaming = false;
        m_plainBody.clear();
    }

    void onHeaders() override
    {
        const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
        m_streaming = type.startsWith(u"text/event-stream"_s, Qt::CaseInsensitive);
        if (!m_streaming)
            m_contentType = type;
    }

    void onBody(const QByteArray &chunk) override
    {
        if (!m_streaming) {
            if (m_plainBody.size() < maxErrorBody)
                m_plainBody += chunk.left(maxErrorBody - m_plainBody.size());
            return;
        }
        auto events = m_parser.feed(chunk);
        if (!events)
            return finishError(events.error());
        QPointer<MessageCall> self(this);
        for (const SseEvent &event : *events) {
            restartIdleTimer();
            handle(event);
            if (!self || m_done || !m_reply)
                return; // finished, retrying, or the job went away in a listener
        }
    }

    void onReplyDone(QNetworkReply::NetworkError error, const QString &errorString) override
    {
        if (!m_streaming) {
            const ApiError api = ApiError::fromHttp(m_status, m_plainBody, {});
            if (!api.type.isEmpty())
                return finishError(api.toError(host()));
            return finishError(Error{
                Error::Code::Network,
                QCoreApplication::translate("hydron::Claude",
                                            "The server %1 did not answer with a stream of events; check the base URL "
                                            "in Settings.")
                    .arg(host()),
                u"HTTP %1, content type \"%2\""_s.arg(m_status).arg(m_contentType)});
        }
        // A complete answer ends the job at message_stop, so the stream ended early.
        if (m_bytes == 0)
            return failAttempt(
                Error{Error::Code::Network,
                      QCoreApplication::translate("hydron::Claude", "Claude closed the connection without answering."),
                      errorString},
                true, std::nullopt);
        finishError(Error{Error::Code::Network,
                          QCoreApplication::translate("hydron::Claude",
                                                      "The connection to Claude dropped after %1 bytes; the answer is "
                                                      "incomplete.")
                              .arg(m_bytes),
                          error == QNetworkReply::NoError ? u"the stream ended before message_stop"_s : errorString});
    }

    void deliverError(const Error &error) override { m_messageJob->finish(std::unexpected(error)); }

private:
    void handle(const SseEvent &sse)
    {
        auto decoded = m_assembler.apply(sse);
        if (!decoded)
            return finishError(decoded.error());
        const StreamEvent &event = *decoded;
        switch (event.kind) {
        case StreamEvent::Kind::MessageStarted:
        case StreamEvent::Kind::MessageDelta:
            m_messageJob->reportUsage(m_assembler.usage());
            break;
        case StreamEvent::Kind::BlockStarted:
            if (event.blockType == ContentBlock::Type::ToolUse)
                m_messageJob->reportToolUseStarted(event.index, event.toolUseId, event.toolName);
            else if (event.blockType == ContentBlock::Type::Text)
                m_messageJob->reportTextDelta(event.index, event.text);
            break;
        case StreamEvent::Kind::TextDelta:
            m_messageJob->reportTextDelta(event.index, event.text);
            break;
        case StreamEvent::Kind::ToolInputDelta:
            m_messageJob->reportToolInputDelta(event.index, event.text);
            break;
        case StreamEvent::Kind::BlockStopped:
            m_messageJob->reportContentBlockStopped(event.index);
            break;
        case StreamEvent::Kind::MessageStopped:
            return complete();
        case StreamEvent::Kind::ApiError: {
            const ApiError api = ApiError::fromEvent(event.errorType, event.text);
            m_messageJob->reportFailureDetail(m_status, api.type);
            // Retried only while no content reached the listeners: after that a second answer
            // would repeat or contradict what they already showed.
            const bool retriable = api.isTransient() && !m_assembler.hasContent();
            return failAttempt(withDetail(api.toError(host()), u"error event in the stream"_s), retriable,
                               std::nullopt);
        }
        case StreamEvent::Kind::ThinkingDelta:
        case StreamEvent::Kind::Ping:
        case StreamEvent::Kind::Ignored:
            break;
        }
    }

    void complete()
    {
        m_done = true;
        stopTimers();
        releaseReply();
        const MessageResponse response = m_assembler.response();
        llmLog()->info("Claude answered: model {}, stop reason {}, {} input / {} output tokens, {} attempt(s), {} ms",
                       forLog(response.model), forLog(response.stopReasonText), response.usage.inputTokens,
                       response.usage.outputTokens, m_totalAttempts, m_clock.elapsed());
        m_messageJob->finish(response);
    }

    MessageJob *m_messageJob;
    MessageRequest m_request;
    QByteArray m_body;
    QString m_model;
    SseParser m_parser;
    StreamAssembler m_assembler;
    bool m_streaming = false;
    QString m_contentType;
    QByteArray m_plainBody;
};

class ModelsCall final : public ApiCall
{
public:
    ModelsCall(ClaudeClient *client, ModelListJob *job)
        : ApiCall(client, job)
        , m_modelJob(job)
    {
        m_what = "model list";
    }

protected:
    QNetworkReply *send(QNetworkAccessManager &network, QNetworkRequest &request) override
    {
        QUrl url = ClaudeClient::endpoint(m_base, u"/v1/models"_s);
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, QString::number(m_options.modelsPageSize));
        if (!m_cursor.isEmpty())
            query.addQueryItem(u"after_id"_s, m_cursor);
        url.setQuery(query);
        request.setUrl(url);
        request.setRawHeader("accept", "application/json");
        return network.get(request);
    }

    void resetAttempt() override { m_body.clear(); }

    void onBody(const QByteArray &chunk) override
    {
        restartIdleTimer();
        if (m_body.size() + chunk.size() > maxModelsBody)
            return finishError(Error{
                Error::Code::Network,
                QCoreApplication::translate("hydron::Claude", "The model list from the server is unreasonably large."),
                u"more than %1 bytes"_s.arg(maxModelsBody)});
        m_body += chunk;
    }

    void onReplyDone(QNetworkReply::NetworkError error, const QString &errorString) override
    {
        if (error != QNetworkReply::NoError)
            return failAttempt(
                Error{Error::Code::Network,
                      QCoreApplication::translate("hydron::Claude",
                                                  "The connection to Claude dropped while reading the model list."),
                      errorString},
                m_bytes == 0, std::nullopt);
        const QJsonObject page = QJsonDocument::fromJson(m_body).object();
        if (!page.value(u"data"_s).isArray())
            return finishError(
                Error{Error::Code::Network,
                      QCoreApplication::translate("hydron::Claude",
                                                  "The model list from the server is malformed; check the base URL in "
                                                  "Settings."),
                      u"no data array in %1 bytes"_s.arg(m_body.size())});
        for (const QJsonValue &value : page.value(u"data"_s).toArray()) {
            auto model = ModelInfo::fromJson(value.toObject());
            if (!model)
                return finishError(model.error());
            m_models.append(*model);
        }
        ++m_pages;
        QPointer<ModelsCall> self(this);
        m_modelJob->reportPage(int(m_models.size()));
        if (!self || m_done)
            return;
        const QString next = page.value(u"last_id"_s).toString();
        if (page.value(u"has_more"_s).toBool()) {
            if (next.isEmpty() || next == m_cursor || m_pages >= m_options.maxModelPages) {
                llmLog()->warn("model list: stopped paging after {} page(s) (cursor \"{}\")", m_pages, forLog(next));
            } else {
                m_cursor = next;
                m_attempt = 0;
                return sendAttempt();
            }
        }
        m_done = true;
        stop();
        llmLog()->info("model list: {} model(s) in {} page(s), {} ms", m_models.size(), m_pages, m_clock.elapsed());
        m_modelJob->finish(m_models);
    }

    void deliverError(const Error &error) override { m_modelJob->finish(std::unexpected(error)); }

private:
    ModelListJob *m_modelJob;
    QByteArray m_body;
    QString m_cursor;
    QList<ModelInfo> m_models;
    int m_pages = 0;
};

} // namespace

ClaudeClient::ClaudeClient(Settings *settings, KeyProvider *keys, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

ClaudeClient::ClaudeClient(Settings *settings, KeyProvider *keys, QObject *parent)
    : ClaudeClient(settings, keys, Options{}, parent)
{}

ClaudeClient::~ClaudeClient()
{
    // Jobs still running end with Cancelled while the network manager still exists.
    const QList<QPointer<LlmJob>> jobs = m_jobs;
    for (const QPointer<LlmJob> &job : jobs) {
        if (job)
            job->cancel();
    }
    for (const QPointer<LlmJob> &job : jobs)
        delete job.data();
}

template<typename Job>
Job *ClaudeClient::track(Job *job)
{
    m_jobs.removeIf([](const QPointer<LlmJob> &j) { return j.isNull(); });
    m_jobs.append(job);
    return job;
}

MessageJob *ClaudeClient::sendMessage(const MessageRequest &request)
{
    auto *job = track(new MessageJob(this));
    auto *call = new MessageCall(this, job, request);
    QTimer::singleShot(0, call, &MessageCall::start);
    return job;
}

ModelListJob *ClaudeClient::listModels()
{
    auto *job = track(new ModelListJob(this));
    auto *call = new ModelsCall(this, job);
    QTimer::singleShot(0, call, &ModelsCall::start);
    return job;
}

Result<QUrl> ClaudeClient::baseUrl() const
{
    QUrl url = m_options.baseUrl;
    const QUrl defaultUrl = Settings::defaultValue(Settings::Key::AssistantBaseUrl).toUrl();
    if (url.isEmpty() && m_settings) {
        const QUrl configured = m_settings->assistantBaseUrl();
        if (!configured.isEmpty() && configured != defaultUrl)
            url = configured;
    }
    if (url.isEmpty()) {
        const QString fromEnvironment = qEnvironmentVariable(baseUrlVariable).trimmed();
        if (!fromEnvironment.isEmpty())
            url = QUrl(fromEnvironment, QUrl::StrictMode);
    }
    if (url.isEmpty())
        url = defaultUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Claude",
                                                "The Claude base URL \"%1\" is not an http(s) address; correct it in "
                                                "Settings.")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Claude",
                                                "The Claude base URL %1 uses plain http, which would send the API key "
                                                "unencrypted; use an https address.")
                        .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    return url;
}

QString ClaudeClient::defaultModel() const
{
    if (!m_options.model.isEmpty())
        return m_options.model;
    return m_settings ? m_settings->assistantModel() : Settings::defaultValue(Settings::Key::AssistantModel).toString();
}

void ClaudeClient::fetchKey(QObject *context, KeyProvider::Callback done) const
{
    // ANTHROPIC_API_KEY first (see resolveApiKey), then the provider (the keychain).
    if (const QString fromEnvironment = EnvironmentKeyProvider::key(); !fromEnvironment.isEmpty()) {
        if (context)
            done(fromEnvironment);
        return;
    }
    auto resolve = [done = std::move(done)](Result<QString> fromProvider) {
        if (fromProvider && !fromProvider->trimmed().isEmpty())
            return done(fromProvider->trimmed());
        if (!fromProvider && fromProvider.error().code != Error::Code::NotFound)
            return done(std::unexpected(fromProvider.error()));
        done(fail(Error::Code::NotFound,
                  QCoreApplication::translate("hydron::Claude", "No Claude API key is set. Add one in Settings or set "
                                                                "ANTHROPIC_API_KEY.")));
    };
    if (!m_keys)
        return resolve(QString());
    m_keys->fetchKey(context, std::move(resolve));
}

QUrl ClaudeClient::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (prefix.endsWith(u"/v1"_s)) // a base URL copied with the version in it
        prefix.chop(3);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace hydron::assistant
