// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/streamassembler.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

std::unexpected<Error> protocolError(const QString &detail)
{
    return fail(Error::Code::Network,
                QCoreApplication::translate("hydron::Claude",
                                            "The answer from the server does not follow the Messages API stream "
                                            "format; check the base URL in Settings."),
                detail);
}

int indexOf(const QJsonObject &json)
{
    const QJsonValue value = json.value(u"index"_s);
    return value.isDouble() ? value.toInt(-1) : -1;
}

} // namespace

Result<StreamEvent> StreamAssembler::apply(const SseEvent &event)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return protocolError(
            u"event \"%1\" carries no JSON object: %2"_s.arg(QString::fromUtf8(event.type), parseError.errorString()));
    const QJsonObject json = doc.object();
    QString type = json.value(u"type"_s).toString();
    if (type.isEmpty())
        type = QString::fromUtf8(event.type);

    StreamEvent out;
    if (type == u"ping"_s) {
        out.kind = StreamEvent::Kind::Ping;
        return out;
    }
    if (type == u"error"_s) {
        const QJsonObject error = json.value(u"error"_s).toObject();
        out.kind = StreamEvent::Kind::ApiError;
        out.errorType = error.value(u"type"_s).toString(u"error"_s);
        out.text = error.value(u"message"_s).toString();
        return out;
    }
    if (m_complete) {
        out.kind = StreamEvent::Kind::Ignored; // nothing counts after message_stop
        return out;
    }
    if (type == u"message_start"_s) {
        if (m_started)
            return protocolError(u"a second message_start"_s);
        const QJsonObject message = json.value(u"message"_s).toObject();
        m_started = true;
        m_response.id = message.value(u"id"_s).toString();
        m_response.model = message.value(u"model"_s).toString();
        m_response.usage.merge(message.value(u"usage"_s).toObject());
        out.kind = StreamEvent::Kind::MessageStarted;
        return out;
    }
    if (type == u"content_block_start"_s)
        return blockStart(json);
    if (type == u"content_block_delta"_s)
        return blockDelta(json);
    if (type == u"content_block_stop"_s) {
        const int index = indexOf(json);
        auto it = m_blocks.find(index);
        if (it == m_blocks.end() || !it->open)
            return protocolError(u"content_block_stop for block %1, which is not open"_s.arg(index));
        if (auto closed = closeBlock(index, *it); !closed)
            return std::unexpected(closed.error());
        out.kind = StreamEvent::Kind::BlockStopped;
        out.index = index;
        out.blockType = it->block.type;
        return out;
    }
    if (type == u"message_delta"_s) {
        const QJsonObject delta = json.value(u"delta"_s).toObject();
        if (const QJsonValue reason = delta.value(u"stop_reason"_s); reason.isString()) {
            m_response.stopReasonText = reason.toString();
            m_response.stopReason = stopReasonFromString(m_response.stopReasonText);
        }
        if (const QJsonValue sequence = delta.value(u"stop_sequence"_s); sequence.isString())
            m_response.stopSequence = sequence.toString();
        m_response.usage.merge(json.value(u"usage"_s).toObject());
        out.kind = StreamEvent::Kind::MessageDelta;
        return out;
    }
    if (type == u"message_stop"_s) {
        if (!m_started)
            return protocolError(u"message_stop without message_start"_s);
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->open) {
                if (auto closed = closeBlock(it.key(), *it); !closed)
                    return std::unexpected(closed.error());
            }
        }
        m_complete = true;
        out.kind = StreamEvent::Kind::MessageStopped;
        return out;
    }
    out.kind = StreamEvent::Kind::Ignored;
    return out;
}

Result<StreamEvent> StreamAssembler::blockStart(const QJsonObject &json)
{
    const int index = indexOf(json);
    if (index < 0)
        return protocolError(u"content_block_start without an index"_s);
    if (m_blocks.contains(index))
        return protocolError(u"content_block_start for block %1 twice"_s.arg(index));
    const QJsonObject start = json.value(u"content_block"_s).toObject();
    auto parsed = ContentBlock::fromJson(start);
    if (!parsed)
        return protocolError(u"content_block_start for block %1: %2"_s.arg(index).arg(parsed.error().toString()));
    StreamEvent out;
    out.kind = StreamEvent::Kind::BlockStarted;
    out.index = index;
    out.blockType = parsed->type;
    if (parsed->type == ContentBlock::Type::Text)
        out.text = parsed->text;
    out.toolUseId = parsed->toolUseId;
    out.toolName = parsed->toolName;
    m_blocks.insert(index, Block{*parsed, {}, true});
    return out;
}

Result<StreamEvent> StreamAssembler::blockDelta(const QJsonObject &json)
{
    const int index = indexOf(json);
    auto it = m_blocks.find(index);
    if (it == m_blocks.end() || !it->open)
        return protocolError(u"content_block_delta for block %1, which is not open"_s.arg(index));
    ContentBlock &block = it->block;
    const QJsonObject delta = json.value(u"delta"_s).toObject();
    const QString deltaType = delta.value(u"type"_s).toString();
    StreamEvent out;
    out.index = index;
    out.blockType = block.type;
    if (deltaType == u"text_delta"_s) {
        if (block.type != ContentBlock::Type::Text)
            return protocolError(u"text_delta for block %1, which is not a text block"_s.arg(index));
        out.kind = StreamEvent::Kind::TextDelta;
        out.text = delta.value(u"text"_s).toString();
        block.text += out.text;
        return out;
    }
    if (deltaType == u"input_json_delta"_s) {
        if (block.type == ContentBlock::Type::Text || block.type == ContentBlock::Type::Thinking)
            return protocolError(u"input_json_delta for block %1, which takes no input"_s.arg(index));
        const QString partial = delta.value(u"partial_json"_s).toString();
        it->json += partial;
        // Server-side tools (Other blocks) collect their input too, but only client tools are announced.
        out.kind =
            block.type == ContentBlock::Type::ToolUse ? StreamEvent::Kind::ToolInputDelta : StreamEvent::Kind::Ignored;
        out.text = partial;
        return out;
    }
    if (deltaType == u"thinking_delta"_s || deltaType == u"signature_delta"_s) {
        if (block.type == ContentBlock::Type::Thinking) {
            if (deltaType == u"thinking_delta"_s)
                block.text += delta.value(u"thinking"_s).toString();
            else
                block.signature += delta.value(u"signature"_s).toString();
        }
        out.kind = StreamEvent::Kind::ThinkingDelta;
        return out;
    }
    out.kind = StreamEvent::Kind::Ignored; // citations and delta types added later
    return out;
}

Result<void> StreamAssembler::closeBlock(int index, Block &block)
{
    block.open = false;
    if (block.json.trimmed().isEmpty())
        return {}; // no input deltas: the input from content_block_start stands (usually {})
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(block.json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString what = parseError.error != QJsonParseError::NoError
                                 ? u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                                 : u"not a JSON object"_s;
        return fail(
            Error::Code::InvalidInput,
            QCoreApplication::translate("hydron::Claude",
                                        "Claude's input for the tool \"%1\" is not valid JSON, so the tool "
                                        "was not run.")
                .arg(block.block.type == ContentBlock::Type::ToolUse ? block.block.toolName : u"(server tool)"_s),
            u"block %1: %2"_s.arg(index).arg(what));
    }
    if (block.block.type == ContentBlock::Type::ToolUse)
        block.block.toolInput = doc.object();
    else if (block.block.type == ContentBlock::Type::Other)
        block.block.raw.insert(u"input"_s, doc.object());
    return {};
}

MessageResponse StreamAssembler::response() const
{
    MessageResponse r = m_response;
    for (const Block &b : m_blocks)
        r.content.append(b.block);
    return r;
}

} // namespace hydron::assistant
