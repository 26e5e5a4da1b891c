// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/apierror.h"
#include "core/assistant/claudeclient.h"
#include "core/assistant/keyprovider.h"
#include "core/assistant/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace hydron;
using namespace hydron::assistant;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_doublesUpToTheCap()
    {
        RetryPolicy p;
        p.initialDelay = 500ms;
        p.maxDelay = 3000ms;
        QCOMPARE(p.backoff(1, 0.0), 500ms);
        QCOMPARE(p.backoff(2, 0.0), 1000ms);
        QCOMPARE(p.backoff(3, 0.0), 2000ms);
        QCOMPARE(p.backoff(4, 0.0), 3000ms);
        QCOMPARE(p.backoff(40, 0.0), 3000ms);
    }

    void backoff_jitterStaysInItsBand()
    {
        RetryPolicy p;
        p.initialDelay = 1000ms;
        p.jitter = 0.25;
        QCOMPARE(p.backoff(1, 0.999999), 750ms);
        QCOMPARE(p.backoff(1, 0.5), 875ms);
        for (double r = 0.0; r < 1.0; r += 0.01) {
            const auto d = p.backoff(2, r);
            QVERIFY(d >= 1500ms && d <= 2000ms);
        }
    }

    void retriableStatuses()
    {
        for (int status : {429, 500, 502, 503, 504, 529})
            QVERIFY(RetryPolicy::isRetriableStatus(status));
        for (int status : {200, 400, 401, 403, 404, 413, 422})
            QVERIFY(!RetryPolicy::isRetriableStatus(status));
    }

    void parseRetryAfter_formats()
    {
        const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("1", {}, now), std::optional(1000ms));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 2.5 ", {}, now), std::optional(2500ms));
        QCOMPARE(RetryPolicy::parseRetryAfter("1", "250", now), std::optional(250ms));
        QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 01 Mar 2026 12:00:30 GMT", {}, now), std::optional(30000ms));
        QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 01 Mar 2026 11:00:00 GMT", {}, now), std::optional(0ms));
        QCOMPARE(RetryPolicy::parseRetryAfter({}, {}, now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", {}, now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("-3", {}, now), std::nullopt);
    }

    void apiError_statuses_giveClearErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<bool>("transient");
        using C = Error::Code;
        QTest::newRow("400") << 400 << u"invalid_request_error"_s << int(C::InvalidInput) << u"rejected"_s << false;
        QTest::newRow("401") << 401 << u"authentication_error"_s << int(C::InvalidInput) << u"API key"_s << false;
        QTest::newRow("403") << 403 << u"permission_error"_s << int(C::InvalidInput) << u"may not"_s << false;
        QTest::newRow("404") << 404 << u"not_found_error"_s << int(C::NotFound) << u"model"_s << false;
        QTest::newRow("413") << 413 << u"request_too_large"_s << int(C::InvalidInput) << u"too large"_s << false;
        QTest::newRow("429") << 429 << u"rate_limit_error"_s << int(C::Network) << u"rate limiting"_s << true;
        QTest::newRow("500") << 500 << u"api_error"_s << int(C::Network) << u"internal error"_s << true;
        QTest::newRow("529") << 529 << u"overloaded_error"_s << int(C::Network) << u"overloaded"_s << true;
    }

    void apiError_statuses_giveClearErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QFETCH(bool, transient);
        const QJsonObject errorJson{{u"type"_s, type}, {u"message"_s, u"the API's own words"_s}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"type"_s, u"error"_s}, {u"error"_s, errorJson}, {u"request_id"_s, u"req_9"_s}})
                .toJson();
        const ApiError api = ApiError::fromHttp(status, body, {});
        QCOMPARE(api.type, type);
        QCOMPARE(api.requestId, u"req_9"_s);
        QCOMPARE(api.isTransient(), transient);
        const Error error = api.toError(u"api.example"_s);
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(error.message.contains(u"the API's own words"_s));
        QVERIFY(error.detail.contains(u"HTTP %1"_s.arg(status)));
        QVERIFY(error.detail.contains(u"req_9"_s));
    }

    void apiError_spendLimit_isNotTransient()
    {
        const ApiError api =
            ApiError::fromHttp(429,
                               "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"cap\","
                               "\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}}}",
                               {});
        QVERIFY(!api.isTransient());
    }

    void apiError_nonJsonBody_keepsAnExcerpt()
    {
        const ApiError api = ApiError::fromHttp(502, "<html>\n<b>Bad gateway</b>\n</html>", "req-h");
        QCOMPARE(api.requestId, u"req-h"_s);
        QVERIFY(api.message.contains(u"Bad gateway"_s));
        QVERIFY(api.isTransient());
    }

    void apiError_streamEvent_transientKinds()
    {
        QVERIFY(ApiError::fromEvent(u"overloaded_error"_s, {}).isTransient());
        QVERIFY(ApiError::fromEvent(u"api_error"_s, {}).isTransient());
        QVERIFY(!ApiError::fromEvent(u"invalid_request_error"_s, {}).isTransient());
    }

    void maskKey_hidesAllButTheEnds()
    {
        const QString key = u"sk-ant-api03-SECRETSECRETSECRET-wxyz"_s;
        const QString masked = maskKey(key);
        QVERIFY(!masked.contains(u"SECRET"_s));
        QVERIFY(masked.endsWith(u"wxyz"_s));
        QVERIFY(!maskKey(u"shortkey123"_s).contains(u"short"_s));
        QVERIFY(!maskKey(u"shortkey123"_s).contains(u"123"_s));
    }

    void endpoint_keepsGatewayPrefix()
    {
        QCOMPARE(ClaudeClient::endpoint(QUrl(u"https://api.anthropic.com"_s), u"/v1/messages"_s),
                 QUrl(u"https://api.anthropic.com/v1/messages"_s));
        QCOMPARE(ClaudeClient::endpoint(QUrl(u"https://gw.example/anthropic/"_s), u"/v1/models"_s),
                 QUrl(u"https://gw.example/anthropic/v1/models"_s));
        QCOMPARE(ClaudeClient::endpoint(QUrl(u"https://api.anthropic.com/v1/"_s), u"/v1/messages"_s),
                 QUrl(u"https://api.anthropic.com/v1/messages"_s));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
