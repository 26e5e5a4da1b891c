// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/contentblock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hydron::assistant {

// A tool Claude may call: a name ([A-Za-z0-9_-], at most 128 characters), what it does, and the
// JSON schema of its input (an object schema; empty means "no parameters").
struct ToolSpec
{
    QString name;
    QString description;
    QJsonObject inputSchema;

    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const ToolSpec &, const ToolSpec &) = default;
};

// A value that must never reach the model, and the name it may be called by instead.
struct SecretValue
{
    QString name; // e.g. the env var name; the model sees «secret:NAME»
    QString value;

    friend bool operator==(const SecretValue &, const SecretValue &) = default;
};

// What one `POST /v1/messages` asks for. The client always streams.
struct MessageRequest
{
    QString model;  // empty: the client's default (the AssistantModel setting)
    QString system; // the system prompt, may be empty
    QList<ApiMessage> messages;
    QList<ToolSpec> tools;
    int maxTokens = 4096;
    // Every occurrence of these values, anywhere in the outgoing body, is replaced by
    // «secret:NAME» before the request leaves; a body that would still contain one is refused.
    QList<SecretValue> secrets;
};

} // namespace hydron::assistant
