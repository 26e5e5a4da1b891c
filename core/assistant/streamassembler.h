// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/messageresponse.h"
#include "core/assistant/sseparser.h"
#include "core/error.h"

#include <QMap>

namespace hydron::assistant {

// A Messages API stream event, decoded from one SSE event.
struct StreamEvent
{
    enum class Kind
    {
        MessageStarted, // message_start: id, model and input usage are known
        BlockStarted,   // content_block_start: blockType, index (toolUseId/toolName for tool_use; text may hold initial
                        // text)
        TextDelta,      // text_delta: text
        ToolInputDelta, // input_json_delta on a tool_use block: text holds the partial JSON
        ThinkingDelta,  // thinking_delta / signature_delta: assembled, not shown
        BlockStopped,   // content_block_stop: the block is complete (tool input parsed)
        MessageDelta,   // message_delta: stop reason and cumulative usage
        MessageStopped, // message_stop: the answer is complete
        Ping,           // keep-alive
        ApiError,       // an `error` event: errorType and text (the API's message)
        Ignored,        // an event or delta type this build does not know (the API may add some)
    };

    Kind kind = Kind::Ignored;
    int index = -1;
    ContentBlock::Type blockType = ContentBlock::Type::Text;
    QString text;
    QString toolUseId;
    QString toolName;
    QString errorType;
};

// Turns the SSE events of one streamed answer into typed events and assembles the final
// MessageResponse: text concatenated per block, tool input JSON collected from its fragments and
// parsed when the block stops. Protocol violations (bad JSON, unknown block indices, a tool
// input that is not a JSON object) are errors. Pure: no I/O.
class StreamAssembler final
{
public:
    [[nodiscard]] Result<StreamEvent> apply(const SseEvent &event);

    [[nodiscard]] bool hasStarted() const { return m_started; }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    // True once a content block started: from then on, a listener may have seen part of the answer.
    [[nodiscard]] bool hasContent() const { return !m_blocks.isEmpty(); }
    // The answer so far (complete after MessageStopped), blocks in index order.
    [[nodiscard]] MessageResponse response() const;
    [[nodiscard]] const Usage &usage() const { return m_response.usage; }

private:
    struct Block
    {
        ContentBlock block;
        QString json; // input_json_delta fragments, concatenated (as text: a fragment may end inside a character)
        bool open = true;
    };

    Result<StreamEvent> blockStart(const QJsonObject &json);
    Result<StreamEvent> blockDelta(const QJsonObject &json);
    Result<void> closeBlock(int index, Block &block);

    MessageResponse m_response; // without content (kept in m_blocks)
    QMap<int, Block> m_blocks;
    bool m_started = false;
    bool m_complete = false;
};

} // namespace hydron::assistant
