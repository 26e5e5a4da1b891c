// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace hydron::assistant {

// An error answer of the API: `{"type":"error","error":{"type":…,"message":…},"request_id":…}`
// with its HTTP status, or the same object sent as an `error` event inside a stream.
struct ApiError
{
    int httpStatus = 0; // 0 for an error event inside a stream
    QString type;       // invalid_request_error, authentication_error, overloaded_error, …
    QString message;    // the API's own explanation (English)
    QString requestId;  // for Anthropic support
    QString errorCode;  // error.details.error_code when sent (e.g. a spend limit)

    // Reads a JSON error body; a body that is not one still gives an ApiError with the status
    // and (a bounded excerpt of) the text.
    [[nodiscard]] static ApiError fromHttp(int httpStatus, const QByteArray &body, const QByteArray &requestIdHeader);
    [[nodiscard]] static ApiError fromEvent(const QString &type, const QString &message);

    // True for the kinds that go away by waiting: overloaded, api_error, rate limits (unless a
    // spend limit was reached, which lasts until the limit changes).
    [[nodiscard]] bool isTransient() const;

    // The user-readable error: what happened, what to do, and the API's message. `host` names
    // the server (the base URL's host).
    [[nodiscard]] Error toError(const QString &host) const;
};

} // namespace hydron::assistant
