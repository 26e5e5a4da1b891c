// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hydron {
struct Message;
}

namespace hydron::assistant {

// One block of a Messages API message, as the API shapes it.
struct ContentBlock
{
    enum class Type
    {
        Text,       // text
        ToolUse,    // Claude asks for a tool: toolUseId, toolName, toolInput
        ToolResult, // the answer to a tool_use, sent in the next user message
        Thinking,   // extended thinking: text holds the thinking, signature its signature
        Other,      // a block type Hydron does not model (kept verbatim in `raw`, sent back as is)
    };

    Type type = Type::Text;
    QString text;          // Text: the text; Thinking: the thinking; ToolResult: the result text
    QString toolUseId;     // ToolUse: its id; ToolResult: the tool_use it answers
    QString toolName;      // ToolUse
    QJsonObject toolInput; // ToolUse
    bool isError = false;  // ToolResult: the tool failed
    QString signature;     // Thinking
    QJsonObject raw;       // Other

    [[nodiscard]] static ContentBlock makeText(const QString &text);
    [[nodiscard]] static ContentBlock makeToolUse(const QString &id, const QString &name, const QJsonObject &input);
    [[nodiscard]] static ContentBlock makeToolResult(const QString &toolUseId, const QString &content,
                                                     bool isError = false);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ContentBlock> fromJson(const QJsonObject &json);

    friend bool operator==(const ContentBlock &, const ContentBlock &) = default;
};

// One message of the conversation sent to the API (the API knows only these two roles; tool
// results travel in user messages, the system prompt travels apart).
struct ApiMessage
{
    enum class Role
    {
        User,
        Assistant
    };

    Role role = Role::User;
    QList<ContentBlock> content;

    [[nodiscard]] static ApiMessage userText(const QString &text);
    [[nodiscard]] static ApiMessage assistantText(const QString &text);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ApiMessage> fromJson(const QJsonObject &json);

    // The stored chat (core/model/chat.h) as API messages: user and assistant text plus their
    // tool blocks; Tool messages become user messages carrying tool_result blocks; System
    // messages are left out (they belong in the request's system prompt); consecutive messages
    // of one role are merged, as the API expects alternating roles.
    [[nodiscard]] static Result<QList<ApiMessage>> fromChat(const QList<hydron::Message> &messages);

    friend bool operator==(const ApiMessage &, const ApiMessage &) = default;
};

} // namespace hydron::assistant
