// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hydron::assistant {

std::chrono::milliseconds RetryPolicy::backoff(int attempt, double random01) const
{
    const double exponent = std::clamp(attempt - 1, 0, 30);
    const double full = std::min(double(initialDelay.count()) * std::pow(2.0, exponent), double(maxDelay.count()));
    const double factor = 1.0 - std::clamp(jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(full * factor)));
}

bool RetryPolicy::isRetriableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 429: // rate_limit_error
    case 500: // api_error
    case 502:
    case 503:
    case 504: // gateways and proxies in front of the API
    case 529: // overloaded_error
        return true;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds>
RetryPolicy::parseRetryAfter(const QByteArray &retryAfter, const QByteArray &retryAfterMs, const QDateTime &now)
{
    bool ok = false;
    if (const double ms = retryAfterMs.trimmed().toDouble(&ok); ok && ms >= 0 && std::isfinite(ms))
        return std::chrono::milliseconds(qint64(std::ceil(ms)));
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const double seconds = value.toDouble(&ok); ok) {
        if (seconds < 0 || !std::isfinite(seconds))
            return std::nullopt;
        return std::chrono::milliseconds(qint64(std::ceil(seconds * 1000.0)));
    }
    // An HTTP date: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!local.isValid())
        return std::nullopt;
    const QDateTime when(local.date(), local.time(), QTimeZone::utc());
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace hydron::assistant
