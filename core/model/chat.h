// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace hydron {

struct Chat
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString title;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Chat> fromJson(const QJsonObject &json);

    friend bool operator==(const Chat &, const Chat &) = default;
};

struct Message
{
    enum class Role
    {
        User,
        Assistant,
        System,
        Tool
    };

    qint64 id = 0;
    qint64 chatId = 0;
    Role role = Role::User;
    QString content;       // text (markdown for the assistant)
    QJsonArray toolBlocks; // tool_use / tool_result blocks, as the Messages API shapes them
    QDateTime createdAt;

    [[nodiscard]] static QString roleName(Role role);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Message> fromJson(const QJsonObject &json);

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace hydron
