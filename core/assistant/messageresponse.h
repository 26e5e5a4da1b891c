// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/contentblock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hydron::assistant {

// Token counts. In a stream, message_start carries the input side and message_delta the
// cumulative output side; merge() keeps the latest value of each count that was sent.
struct Usage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheCreationInputTokens = 0;
    qint64 cacheReadInputTokens = 0;

    void merge(const QJsonObject &usage);
    [[nodiscard]] static Usage fromJson(const QJsonObject &usage);

    friend bool operator==(const Usage &, const Usage &) = default;
};

enum class StopReason
{
    None,         // the stream has not said (yet)
    EndTurn,      // Claude finished its answer
    MaxTokens,    // cut at max_tokens
    StopSequence, // a stop sequence matched
    ToolUse,      // Claude waits for tool results
    PauseTurn,    // a long turn paused; send the answer back to continue
    Refusal,      // Claude declined
    Other,        // a reason this build does not know (see stopReasonText)
};

[[nodiscard]] StopReason stopReasonFromString(const QString &text);

// The assembled answer of one request.
struct MessageResponse
{
    QString id;
    QString model;
    QList<ContentBlock> content; // in the API's index order; tool inputs parsed
    StopReason stopReason = StopReason::None;
    QString stopReasonText; // as the API sent it
    QString stopSequence;
    Usage usage;

    // All text blocks, concatenated.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QList<ContentBlock> toolUses() const;
    // The answer as the assistant turn of the next request (thinking and unknown blocks kept).
    [[nodiscard]] ApiMessage toApiMessage() const;

    friend bool operator==(const MessageResponse &, const MessageResponse &) = default;
};

} // namespace hydron::assistant
