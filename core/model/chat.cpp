// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/chat.h"

#include "core/model/json.h"
#include "core/model/names.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<Message::Role>, 4> roleNames{{
    {Message::Role::User, u"user"},
    {Message::Role::Assistant, u"assistant"},
    {Message::Role::System, u"system"},
    {Message::Role::Tool, u"tool"},
}};

} // namespace

QJsonObject Chat::toJson() const
{
    QJsonObject json{{u"project"_s, projectId}, {u"title"_s, title}, {u"created_at"_s, toIsoString(createdAt)}};
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

Result<Chat> Chat::fromJson(const QJsonObject &json)
{
    Chat c;
    JsonReader r(json, QCoreApplication::translate("hydron::Chat", "Chat"));
    c.id = r.integer(u"id");
    c.projectId = r.integer(u"project");
    c.title = r.requiredString(u"title");
    c.createdAt = r.dateTime(u"created_at");
    if (!r.ok())
        return std::unexpected(r.error());
    if (auto valid = validateName(c.title, QCoreApplication::translate("hydron::Chat", "chat name")); !valid)
        return std::unexpected(valid.error());
    return c;
}

QString Message::roleName(Role role)
{
    return enumToName(roleNames, role);
}

QJsonObject Message::toJson() const
{
    QJsonObject json{{u"chat"_s, chatId},
                     {u"role"_s, roleName(role)},
                     {u"content"_s, content},
                     {u"tool_blocks"_s, toolBlocks},
                     {u"created_at"_s, toIsoString(createdAt)}};
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

Result<Message> Message::fromJson(const QJsonObject &json)
{
    Message m;
    JsonReader r(json, QCoreApplication::translate("hydron::Chat", "Message"));
    m.id = r.integer(u"id");
    m.chatId = r.integer(u"chat");
    m.role = r.enumeration(u"role", roleNames, Role::User);
    m.content = r.string(u"content");
    m.toolBlocks = r.array(u"tool_blocks");
    m.createdAt = r.dateTime(u"created_at");
    if (!r.ok())
        return std::unexpected(r.error());
    return m;
}

} // namespace hydron
