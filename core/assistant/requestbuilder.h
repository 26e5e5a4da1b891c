// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/messagerequest.h"
#include "core/error.h"

#include <QByteArray>
#include <QStringList>

namespace hydron::assistant {

// Builds the JSON body of a streaming `POST /v1/messages`. Every string in it (system prompt,
// text, tool inputs and results, tool descriptions and schemas) passes the request's
// SecretRedactor; the serialised body is then searched once more for every secret value and
// refused if one is still there, so no code path can send a secret.
class RequestBuilder final
{
public:
    struct Body
    {
        QByteArray json;           // compact UTF-8 JSON, ready to send
        QString model;             // the model the body asks for
        QStringList maskedSecrets; // names of the secrets that were replaced (each once)
    };

    // `defaultModel` is used when the request names none.
    [[nodiscard]] static Result<Body> build(const MessageRequest &request, const QString &defaultModel);
};

} // namespace hydron::assistant
