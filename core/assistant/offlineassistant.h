// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/llmclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace hydron::assistant {

// The assistant without a key: an LlmClient that answers by rules, so the same Conversation,
// tools and action cards work offline. It understands the everyday requests (analyze, plan,
// deploy, add postgres/redis/…, set the domain, resize the server, set an env var, show logs,
// status, rollback, help), calls the matching tool, then relays what the tool said. Anything
// else gets a plain answer that open questions need Claude.
class OfflineAssistant final : public QObject, public LlmClient
{
    Q_OBJECT

public:
    explicit OfflineAssistant(QObject *parent = nullptr);

    [[nodiscard]] MessageJob *sendMessage(const MessageRequest &request) override;
    [[nodiscard]] ModelListJob *listModels() override;

    // The tool call a user's text maps to, or nullopt when the rules do not understand it.
    struct Intent
    {
        QString tool;
        QJsonObject input;
    };
    [[nodiscard]] static std::optional<Intent> understand(const QString &text);
    [[nodiscard]] static QString helpText();
    [[nodiscard]] static QString needsClaudeText();
};

} // namespace hydron::assistant
