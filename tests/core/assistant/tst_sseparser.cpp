// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/sseparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron::assistant;

namespace {

// A stream that exercises every rule: LF, CRLF and lone CR line ends, a BOM, comments,
// multi-line data, `data` without a space, fields without a colon, unknown fields, an event
// without data (not dispatched), id and retry, and multi-byte UTF-8 (2, 3 and 4 bytes).
QByteArray fixture()
{
    QByteArray s;
    s += "\xEF\xBB\xBF: a comment right after the byte order mark\n";
    s += "event: message_start\ndata: {\"type\":\"message_start\"}\n\n";
    s += "event: content_block_delta\r\ndata: {\"text\":\"Gr\xC3\xBC\xC3\x9F"
         "e \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x91\x8B\"}\r\n\r\n";
    s += "event: multi\rdata: line one\rdata:line two\rdata\r\r";
    s += ":keep-alive\n\n";
    s += "event: no-data-so-not-dispatched\n\n";
    s += "id: 42\nretry: 1500\nfoo: unknown field\ndata: with id\n\n";
    s += "data: default type\n\n";
    s += "event: ping\r\ndata: {\"type\":\"ping\"}\r\n\r\n";
    s += "event: \ndata:  two spaces keep one\n\n";
    return s;
}

QList<SseEvent> expected()
{
    auto make = [](const QByteArray &type, const QByteArray &data, const QByteArray &id = {}, int retry = -1) {
        SseEvent e;
        e.type = type;
        e.data = data;
        e.id = id;
        e.retry = retry;
        return e;
    };
    return {
        make("message_start", "{\"type\":\"message_start\"}"),
        make("content_block_delta", "{\"text\":\"Gr\xC3\xBC\xC3\x9F"
                                    "e \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x91\x8B\"}"),
        make("multi", "line one\nline two\n"),
        make("message", "with id", "42", 1500),
        make("message", "default type", "42", 1500),
        make("ping", "{\"type\":\"ping\"}", "42", 1500),
        make("message", " two spaces keep one", "42", 1500),
    };
}

QList<SseEvent> feedAll(SseParser &parser, const QList<QByteArray> &chunks)
{
    QList<SseEvent> all;
    for (const QByteArray &chunk : chunks) {
        auto events = parser.feed(chunk);
        if (!events) {
            qWarning() << events.error().toString();
            return {};
        }
        all += *events;
    }
    return all;
}

} // namespace

class TestSseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feed_wholeStream_givesEveryEvent()
    {
        SseParser parser;
        const QList<SseEvent> events = feedAll(parser, {fixture()});
        QCOMPARE(events.size(), expected().size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).type, expected().at(i).type);
            QCOMPARE(events.at(i).data, expected().at(i).data);
            QCOMPARE(events.at(i).id, expected().at(i).id);
            QCOMPARE(events.at(i).retry, expected().at(i).retry);
        }
        QVERIFY(!parser.hasPendingData());
        QCOMPARE(parser.bytesFed(), fixture().size());
    }

    void feed_utf8Data_decodesWhole()
    {
        SseParser parser;
        const QList<SseEvent> events = feedAll(parser, {fixture()});
        QVERIFY(events.size() > 1);
        QVERIFY(QString::fromUtf8(events.at(1).data).contains(u"Grüße 日本 👋"_s));
    }

    void feed_oneByteAtATime_sameEvents()
    {
        const QByteArray all = fixture();
        QList<QByteArray> bytes;
        for (char c : all)
            bytes.append(QByteArray(1, c));
        SseParser parser;
        QCOMPARE(feedAll(parser, bytes), expected());
    }

    void feed_randomChunkings_sameEvents()
    {
        const QByteArray all = fixture();
        for (quint32 seed = 1; seed <= 300; ++seed) {
            QRandomGenerator random(seed);
            QList<QByteArray> chunks;
            for (qsizetype at = 0; at < all.size();) {
                const qsizetype size = random.bounded(0, 12); // empty chunks included
                chunks.append(all.mid(at, size));
                at += size;
            }
            SseParser parser;
            const QList<SseEvent> events = feedAll(parser, chunks);
            if (events != expected())
                QFAIL(qPrintable(u"chunking with seed %1 gave different events"_s.arg(seed)));
        }
    }

    void feed_crAtChunkEnd_lfInNextChunk_isOneLineEnd()
    {
        SseParser parser;
        // "data: a\r" | "\n\r" | "\n" : CRLF CRLF split across chunks is one event, not two blank lines.
        auto first = parser.feed("event: x\r\ndata: a\r");
        QVERIFY(first && first->isEmpty());
        auto second = parser.feed("\n\r");
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->at(0).data, QByteArray("a"));
        auto third = parser.feed("\ndata: b\n\n");
        QVERIFY(third);
        QCOMPARE(third->size(), 1);
        QCOMPARE(third->at(0).type, QByteArray("message")); // the type was reset after dispatch
        QCOMPARE(third->at(0).data, QByteArray("b"));
    }

    void feed_emptyChunkBetweenCrAndLf_stillOneLineEnd()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: a\r"));
        QVERIFY(parser.feed(""));
        auto events = parser.feed("\n\n");
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
    }

    void feed_incompleteEventAtEnd_isNotDispatched()
    {
        SseParser parser;
        auto events = parser.feed("data: complete\n\ndata: cut off");
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QVERIFY(parser.hasPendingData());
        events = parser.feed("\n");
        QVERIFY(events && events->isEmpty());
        QVERIFY(parser.hasPendingData());
    }

    void feed_lineOverLimit_failsAndStaysFailed()
    {
        SseParser parser(64);
        auto ok = parser.feed("data: short\n\n");
        QVERIFY(ok);
        QCOMPARE(ok->size(), 1);
        auto tooLong = parser.feed(QByteArray(QByteArray("data: ") + QByteArray(40, 'x')));
        QVERIFY(tooLong);
        tooLong = parser.feed(QByteArray(40, 'y'));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, hydron::Error::Code::Network);
        QVERIFY(!parser.feed("\n\n"));
        parser.reset();
        QVERIFY(parser.feed("data: again\n\n"));
    }

    void feed_bomOnlyAtStart_isStripped()
    {
        SseParser parser;
        auto events = parser.feed("\xEF\xBB\xBF"
                                  "data: x\n\n\xEF\xBB\xBF"
                                  "data: y\n\n");
        QVERIFY(events);
        // The second BOM is not at the start of the stream: its line is a field named BOM+"data".
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).data, QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
