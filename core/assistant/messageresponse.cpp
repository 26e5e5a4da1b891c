// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/messageresponse.h"

using namespace Qt::StringLiterals;

namespace hydron::assistant {

void Usage::merge(const QJsonObject &usage)
{
    auto take = [&usage](const QString &key, qint64 &field) {
        const QJsonValue value = usage.value(key);
        if (value.isDouble())
            field = value.toInteger();
    };
    take(u"input_tokens"_s, inputTokens);
    take(u"output_tokens"_s, outputTokens);
    take(u"cache_creation_input_tokens"_s, cacheCreationInputTokens);
    take(u"cache_read_input_tokens"_s, cacheReadInputTokens);
}

Usage Usage::fromJson(const QJsonObject &usage)
{
    Usage u;
    u.merge(usage);
    return u;
}

StopReason stopReasonFromString(const QString &text)
{
    if (text.isEmpty())
        return StopReason::None;
    if (text == u"end_turn"_s)
        return StopReason::EndTurn;
    if (text == u"max_tokens"_s)
        return StopReason::MaxTokens;
    if (text == u"stop_sequence"_s)
        return StopReason::StopSequence;
    if (text == u"tool_use"_s)
        return StopReason::ToolUse;
    if (text == u"pause_turn"_s)
        return StopReason::PauseTurn;
    if (text == u"refusal"_s)
        return StopReason::Refusal;
    return StopReason::Other;
}

QString MessageResponse::text() const
{
    QString all;
    for (const ContentBlock &block : content) {
        if (block.type == ContentBlock::Type::Text)
            all += block.text;
    }
    return all;
}

QList<ContentBlock> MessageResponse::toolUses() const
{
    QList<ContentBlock> uses;
    for (const ContentBlock &block : content) {
        if (block.type == ContentBlock::Type::ToolUse)
            uses.append(block);
    }
    return uses;
}

ApiMessage MessageResponse::toApiMessage() const
{
    return ApiMessage{ApiMessage::Role::Assistant, content};
}

} // namespace hydron::assistant
