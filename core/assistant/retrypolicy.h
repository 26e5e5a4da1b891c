// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace hydron::assistant {

// When and how long to wait before trying a request again. Transient answers (429, 500, 502,
// 503, 504, 529) and failures before any byte of the answer arrived are retried with exponential
// backoff and jitter; a retry-after header, when present, sets the wait instead.
struct RetryPolicy
{
    int maxAttempts = 4;                            // attempts in all, the first included
    std::chrono::milliseconds initialDelay{1000};   // before the second attempt
    std::chrono::milliseconds maxDelay{30000};      // backoff never waits longer
    double jitter = 0.25;                           // up to this fraction is taken off at random
    std::chrono::milliseconds maxRetryAfter{60000}; // a server asking for a longer wait is not retried

    // The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed;
    // `random01` in [0, 1) picks the jitter.
    [[nodiscard]] std::chrono::milliseconds backoff(int attempt, double random01) const;

    [[nodiscard]] static bool isRetriableStatus(int httpStatus);

    // retry-after-ms (milliseconds) wins over retry-after, which is seconds (possibly
    // fractional) or an HTTP date. Empty or unreadable headers give nothing.
    [[nodiscard]] static std::optional<std::chrono::milliseconds>
    parseRetryAfter(const QByteArray &retryAfter, const QByteArray &retryAfterMs, const QDateTime &now);
};

} // namespace hydron::assistant
