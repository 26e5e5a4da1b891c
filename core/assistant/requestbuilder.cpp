// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/requestbuilder.h"

#include "core/assistant/secretredactor.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

bool isValidToolName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
               c == u'-';
    });
}

// The request with every piece of content passed through the redactor: texts, tool inputs and
// results, the system prompt, tool descriptions and schemas. Identifiers (model, tool names,
// tool_use ids) and the body's own structure are left alone; a secret equal to one of those is
// caught by the final check instead, and the request refused.
MessageRequest redacted(const MessageRequest &request, SecretRedactor &redactor)
{
    MessageRequest out = request;
    out.system = redactor.redact(out.system);
    for (ApiMessage &message : out.messages) {
        for (ContentBlock &block : message.content) {
            block.text = redactor.redact(block.text);
            block.toolInput = redactor.redact(QJsonValue(block.toolInput)).toObject();
            block.raw = redactor.redact(QJsonValue(block.raw)).toObject();
        }
    }
    for (ToolSpec &tool : out.tools) {
        tool.description = redactor.redact(tool.description);
        tool.inputSchema = redactor.redact(QJsonValue(tool.inputSchema)).toObject();
    }
    return out;
}

std::unexpected<Error> invalidRequest(const QString &message, const QString &detail = {})
{
    return fail(Error::Code::InvalidInput, message, detail);
}

} // namespace

Result<RequestBuilder::Body> RequestBuilder::build(const MessageRequest &original, const QString &defaultModel)
{
    SecretRedactor redactor(original.secrets);
    const MessageRequest request = redacted(original, redactor);
    const QString model = request.model.isEmpty() ? defaultModel : request.model;
    if (model.trimmed().isEmpty())
        return invalidRequest(
            QCoreApplication::translate("hydron::Claude", "No Claude model is chosen; pick one in Settings."));
    if (request.messages.isEmpty())
        return invalidRequest(QCoreApplication::translate("hydron::Claude", "There is no message to send to Claude."));
    if (request.maxTokens < 1)
        return invalidRequest(
            QCoreApplication::translate("hydron::Claude", "The answer length limit must be positive."),
            u"max_tokens %1"_s.arg(request.maxTokens));

    QJsonArray messages;
    for (const ApiMessage &message : request.messages) {
        if (message.content.isEmpty())
            return invalidRequest(QCoreApplication::translate("hydron::Claude", "A message to Claude has no content."));
        messages.append(message.toJson());
    }
    QJsonObject body{
        {u"model"_s, model}, {u"max_tokens"_s, request.maxTokens}, {u"stream"_s, true}, {u"messages"_s, messages}};
    if (!request.system.isEmpty())
        body.insert(u"system"_s, request.system);
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        QSet<QString> names;
        for (const ToolSpec &tool : request.tools) {
            if (!isValidToolName(tool.name))
                return invalidRequest(
                    QCoreApplication::translate(
                        "hydron::Claude", "The tool name \"%1\" is not allowed: use 1 to 128 letters, digits, _ or -.")
                        .arg(tool.name));
            if (names.contains(tool.name))
                return invalidRequest(
                    QCoreApplication::translate("hydron::Claude", "The tool \"%1\" is offered twice.").arg(tool.name));
            names.insert(tool.name);
            tools.append(tool.toJson());
        }
        body.insert(u"tools"_s, tools);
    }

    Body out;
    out.model = model;
    out.json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (auto it = redactor.replacements().begin(); it != redactor.replacements().end(); ++it) {
        out.maskedSecrets.append(it.key());
        logging::logger(logging::Channel::Llm)
            ->warn("masked {} occurrence(s) of the secret {} in a request to Claude", it.value(),
                   it.key().toStdString());
    }
    if (const auto leak = redactor.findLeak(out.json)) {
        // Only possible when a secret value matches an identifier or the body's own structure
        // (a key such as "model", a number, a tool name, part of a placeholder): refuse.
        logging::logger(logging::Channel::Llm)
            ->error("refused a request to Claude: the value of the secret {} would still be in it",
                    leak->toStdString());
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Claude",
                                                "Hydron did not send this message to Claude because the value of the "
                                                "secret %1 would have been part of it. Secret values this short or "
                                                "this common cannot be masked safely; change the secret's value.")
                        .arg(*leak));
    }
    return out;
}

} // namespace hydron::assistant
