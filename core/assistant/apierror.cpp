// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/apierror.h"

#include "core/assistant/retrypolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &requestIdHeader)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.requestId = QString::fromLatin1(requestIdHeader);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonObject error = json.value(u"error"_s).toObject();
    if (!error.isEmpty()) {
        e.type = error.value(u"type"_s).toString();
        e.message = error.value(u"message"_s).toString();
        e.errorCode = error.value(u"details"_s).toObject().value(u"error_code"_s).toString();
        if (e.requestId.isEmpty())
            e.requestId = json.value(u"request_id"_s).toString();
    } else {
        // A proxy's HTML page or plain text: keep a short, single-line excerpt.
        e.message = QString::fromUtf8(body.left(300)).simplified();
    }
    return e;
}

ApiError ApiError::fromEvent(const QString &type, const QString &message)
{
    ApiError e;
    e.type = type;
    e.message = message;
    return e;
}

bool ApiError::isTransient() const
{
    if (errorCode.contains(u"spend_limit"_s))
        return false;
    if (httpStatus != 0)
        return RetryPolicy::isRetriableStatus(httpStatus);
    return type == u"overloaded_error"_s || type == u"api_error"_s || type == u"rate_limit_error"_s;
}

Error ApiError::toError(const QString &host) const
{
    QString message;
    Error::Code code = Error::Code::Network;
    const int status = httpStatus;
    if (status == 400 || type == u"invalid_request_error"_s) {
        code = Error::Code::InvalidInput;
        message = QCoreApplication::translate("hydron::Claude", "Claude rejected the request: %1");
    } else if (status == 401 || type == u"authentication_error"_s) {
        code = Error::Code::InvalidInput;
        message = QCoreApplication::translate(
            "hydron::Claude", "Claude did not accept the API key: %1. Check the key in Settings or ANTHROPIC_API_KEY.");
    } else if (status == 402 || type == u"billing_error"_s) {
        code = Error::Code::InvalidInput;
        message = QCoreApplication::translate("hydron::Claude",
                                              "Claude refused the request because of a billing problem: %1");
    } else if (status == 403 || type == u"permission_error"_s) {
        code = Error::Code::InvalidInput;
        message = QCoreApplication::translate("hydron::Claude", "The API key may not use this: %1");
    } else if (status == 404 || type == u"not_found_error"_s) {
        code = Error::Code::NotFound;
        message = QCoreApplication::translate(
            "hydron::Claude", "Claude does not know what was asked for (check the model and the base URL): %1");
    } else if (status == 413 || type == u"request_too_large"_s) {
        code = Error::Code::InvalidInput;
        message = QCoreApplication::translate(
            "hydron::Claude", "The conversation is too large for one request; start a new chat or shorten it: %1");
    } else if (status == 429 || type == u"rate_limit_error"_s) {
        message =
            QCoreApplication::translate("hydron::Claude", "Claude is rate limiting this API key; try again later: %1");
    } else if (status == 529 || type == u"overloaded_error"_s) {
        message =
            QCoreApplication::translate("hydron::Claude", "Claude is overloaded right now; try again in a moment: %1");
    } else if (status == 504 || type == u"timeout_error"_s) {
        message = QCoreApplication::translate("hydron::Claude", "Claude took too long to answer: %1");
    } else if (status >= 500 || type == u"api_error"_s) {
        message = QCoreApplication::translate("hydron::Claude", "Claude had an internal error; try again: %1");
    } else {
        message = QCoreApplication::translate("hydron::Claude", "The server %2 answered with an error: %1");
    }
    const QString apiMessage = this->message.isEmpty()
                                   ? QCoreApplication::translate("hydron::Claude", "no explanation was given")
                                   : this->message;
    QStringList detail;
    if (status != 0)
        detail << u"HTTP %1"_s.arg(status);
    if (!type.isEmpty())
        detail << type;
    if (!errorCode.isEmpty())
        detail << errorCode;
    if (!requestId.isEmpty())
        detail << u"request-id %1"_s.arg(requestId);
    message = message.contains(u"%2"_s) ? message.arg(apiMessage, host) : message.arg(apiMessage);
    return Error{code, message, detail.join(u", "_s)};
}

} // namespace hydron::assistant
