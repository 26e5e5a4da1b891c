// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/contentblock.h"

#include "core/model/chat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

QString toolResultText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    // The API also allows a list of content blocks; Hydron's tools answer with text.
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject block = part.toObject();
        if (block.value(u"type"_s).toString() == u"text"_s) {
            if (!text.isEmpty())
                text += u'\n';
            text += block.value(u"text"_s).toString();
        }
    }
    return text;
}

Error invalid(const QString &detail)
{
    return Error{Error::Code::InvalidInput,
                 QCoreApplication::translate("hydron::Claude", "A message block for Claude is malformed."), detail};
}

} // namespace

ContentBlock ContentBlock::makeText(const QString &text)
{
    ContentBlock b;
    b.type = Type::Text;
    b.text = text;
    return b;
}

ContentBlock ContentBlock::makeToolUse(const QString &id, const QString &name, const QJsonObject &input)
{
    ContentBlock b;
    b.type = Type::ToolUse;
    b.toolUseId = id;
    b.toolName = name;
    b.toolInput = input;
    return b;
}

ContentBlock ContentBlock::makeToolResult(const QString &toolUseId, const QString &content, bool isError)
{
    ContentBlock b;
    b.type = Type::ToolResult;
    b.toolUseId = toolUseId;
    b.text = content;
    b.isError = isError;
    return b;
}

QJsonObject ContentBlock::toJson() const
{
    switch (type) {
    case Type::Text:
        return {{u"type"_s, u"text"_s}, {u"text"_s, text}};
    case Type::ToolUse:
        return {{u"type"_s, u"tool_use"_s}, {u"id"_s, toolUseId}, {u"name"_s, toolName}, {u"input"_s, toolInput}};
    case Type::ToolResult: {
        QJsonObject json{{u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, toolUseId}, {u"content"_s, text}};
        if (isError)
            json.insert(u"is_error"_s, true);
        return json;
    }
    case Type::Thinking:
        return {{u"type"_s, u"thinking"_s}, {u"thinking"_s, text}, {u"signature"_s, signature}};
    case Type::Other:
        return raw;
    }
    return raw;
}

Result<ContentBlock> ContentBlock::fromJson(const QJsonObject &json)
{
    const QString kind = json.value(u"type"_s).toString();
    if (kind == u"text"_s)
        return makeText(json.value(u"text"_s).toString());
    if (kind == u"tool_use"_s) {
        const QString id = json.value(u"id"_s).toString();
        const QString name = json.value(u"name"_s).toString();
        if (id.isEmpty() || name.isEmpty())
            return std::unexpected(invalid(u"tool_use block without id or name"_s));
        return makeToolUse(id, name, json.value(u"input"_s).toObject());
    }
    if (kind == u"tool_result"_s) {
        const QString id = json.value(u"tool_use_id"_s).toString();
        if (id.isEmpty())
            return std::unexpected(invalid(u"tool_result block without tool_use_id"_s));
        return makeToolResult(id, toolResultText(json.value(u"content"_s)), json.value(u"is_error"_s).toBool());
    }
    if (kind == u"thinking"_s) {
        ContentBlock b;
        b.type = Type::Thinking;
        b.text = json.value(u"thinking"_s).toString();
        b.signature = json.value(u"signature"_s).toString();
        return b;
    }
    if (kind.isEmpty())
        return std::unexpected(invalid(u"content block without a type"_s));
    ContentBlock b;
    b.type = Type::Other;
    b.raw = json;
    return b;
}

ApiMessage ApiMessage::userText(const QString &text)
{
    return ApiMessage{Role::User, {ContentBlock::makeText(text)}};
}

ApiMessage ApiMessage::assistantText(const QString &text)
{
    return ApiMessage{Role::Assistant, {ContentBlock::makeText(text)}};
}

QJsonObject ApiMessage::toJson() const
{
    QJsonArray blocks;
    for (const ContentBlock &block : content)
        blocks.append(block.toJson());
    return {{u"role"_s, role == Role::User ? u"user"_s : u"assistant"_s}, {u"content"_s, blocks}};
}

Result<ApiMessage> ApiMessage::fromJson(const QJsonObject &json)
{
    ApiMessage m;
    const QString role = json.value(u"role"_s).toString();
    if (role == u"user"_s)
        m.role = Role::User;
    else if (role == u"assistant"_s)
        m.role = Role::Assistant;
    else
        return std::unexpected(invalid(u"message role \"%1\""_s.arg(role)));
    const QJsonValue content = json.value(u"content"_s);
    if (content.isString()) {
        m.content.append(ContentBlock::makeText(content.toString()));
        return m;
    }
    for (const QJsonValue &value : content.toArray()) {
        auto block = ContentBlock::fromJson(value.toObject());
        if (!block)
            return std::unexpected(block.error());
        m.content.append(*block);
    }
    return m;
}

Result<QList<ApiMessage>> ApiMessage::fromChat(const QList<hydron::Message> &messages)
{
    QList<ApiMessage> out;
    for (const hydron::Message &message : messages) {
        ApiMessage m;
        switch (message.role) {
        case hydron::Message::Role::System:
            continue;
        case hydron::Message::Role::User:
        case hydron::Message::Role::Tool:
            m.role = Role::User;
            break;
        case hydron::Message::Role::Assistant:
            m.role = Role::Assistant;
            break;
        }
        if (!message.content.isEmpty() && message.role != hydron::Message::Role::Tool)
            m.content.append(ContentBlock::makeText(message.content));
        for (const QJsonValue &value : message.toolBlocks) {
            auto block = ContentBlock::fromJson(value.toObject());
            if (!block)
                return std::unexpected(block.error());
            m.content.append(*block);
        }
        if (m.content.isEmpty())
            continue;
        if (!out.isEmpty() && out.last().role == m.role)
            out.last().content.append(m.content);
        else
            out.append(std::move(m));
    }
    return out;
}

} // namespace hydron::assistant
