// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/keyprovider.h"
#include "core/assistant/llmclient.h"
#include "core/assistant/retrypolicy.h"
#include "core/error.h"
#include "core/settings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace hydron::assistant {

// The Claude Messages API over QNetworkAccessManager: asynchronous on the thread that owns it
// (it never blocks or spins an event loop), streaming, with retries, timeouts and cancel.
//
// Where things come from, read at every request so changes apply at once:
//  - the key: ANTHROPIC_API_KEY when it is set, else the KeyProvider (the keychain);
//  - the base URL: Options::baseUrl, else the AssistantBaseUrl setting when the user changed
//    it, else ANTHROPIC_BASE_URL, else https://api.anthropic.com. Plain http is accepted only
//    for loopback addresses (local gateways, tests): the key never travels unencrypted;
//  - the model: the request's, else Options::model, else the AssistantModel setting.
//
// The key and message contents never reach the log at info level or above; the key appears
// only masked (maskKey) in debug diagnostics.
class ClaudeClient final : public QObject, public LlmClient
{
    Q_OBJECT

public:
    static constexpr const char *apiVersion = "2023-06-01";
    static constexpr const char *baseUrlVariable = "ANTHROPIC_BASE_URL";

    struct Options
    {
        QUrl baseUrl;  // empty: settings / environment / default, as above
        QString model; // empty: the AssistantModel setting
        RetryPolicy retry;
        // Until the response headers arrive.
        std::chrono::milliseconds firstByteTimeout{60000};
        // Between two complete events of a stream (ping events count), or two reads of the
        // model list.
        std::chrono::milliseconds idleTimeout{120000};
        int modelsPageSize = 100;
        int maxModelPages = 50;
    };

    // `settings` and `keys` may be null (no settings: defaults and environment; no key
    // provider: ANTHROPIC_API_KEY only); both must outlive the client.
    ClaudeClient(Settings *settings, KeyProvider *keys, Options options, QObject *parent = nullptr);
    ClaudeClient(Settings *settings, KeyProvider *keys, QObject *parent = nullptr);
    ~ClaudeClient() override;

    [[nodiscard]] MessageJob *sendMessage(const MessageRequest &request) override;
    [[nodiscard]] ModelListJob *listModels() override;

    [[nodiscard]] const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // The base URL the next request will use, or why there is none.
    [[nodiscard]] Result<QUrl> baseUrl() const;
    // The model a request without one will use (may be empty).
    [[nodiscard]] QString defaultModel() const;
    // The key the next request will use: `done` gets it, or a NotFound error saying how to set
    // one. Asynchronous like KeyProvider::fetchKey.
    void fetchKey(QObject *context, KeyProvider::Callback done) const;

    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_network.get(); }

    // The endpoint `path` ("/v1/messages") under `base`, keeping a gateway's path prefix.
    [[nodiscard]] static QUrl endpoint(const QUrl &base, const QString &path);

private:
    template<typename Job>
    Job *track(Job *job);

    QPointer<Settings> m_settings;
    KeyProvider *m_keys = nullptr;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<QPointer<LlmJob>> m_jobs;
};

} // namespace hydron::assistant
