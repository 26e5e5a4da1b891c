// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/runlog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace hydron;

class TestRunLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendThenRead_fromOffsets()
    {
        QTemporaryDir dir;
        RunLog log(dir.filePath(u"runs"_s));
        const QDateTime t = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
        QList<LogLine> first{{0, LogLine::Stream::Stdout, t, u"building"_s},
                             {0, LogLine::Stream::Stderr, t, u"warn: ünïcode \"quoted\""_s}};
        QVERIFY(log.append(7, first));
        auto chunk = log.read(7);
        QVERIFY(chunk);
        QCOMPARE(chunk->lines, first);

        QList<LogLine> second{{1, LogLine::Stream::System, t, u"step 2"_s}};
        QVERIFY(log.append(7, second));
        auto rest = log.read(7, chunk->nextOffset);
        QVERIFY(rest);
        QCOMPARE(rest->lines, second);
        auto nothing = log.read(7, rest->nextOffset);
        QVERIFY(nothing && nothing->lines.isEmpty());
        QCOMPARE(nothing->nextOffset, rest->nextOffset);
    }

    // Every character survives the hand-written JSON: quotes, backslashes, control characters,
    // escapes as text, non-BMP characters; and every line is valid JSON for other readers.
    void append_escapes_roundTripAndStayValidJson()
    {
        QTemporaryDir dir;
        RunLog log(dir.filePath(u"runs"_s));
        const QDateTime t = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
        const QList<LogLine> lines{
            {0, LogLine::Stream::Stdout, t, u"\"quoted\" and \\backslash\\ and /slash"_s},
            {0, LogLine::Stream::Stdout, t, u"tab\there, cr\r, bell\x07, escape\x1b[31mred\x1b[0m"_s},
            {0, LogLine::Stream::Stderr, t.addMSecs(1), u"literal \\u0041 and \\n stay text; emoji \U0001F680"_s},
            {-1, LogLine::Stream::System, t.addSecs(1), QString()},
            {2, LogLine::Stream::Stdout, t.addSecs(1),
             u"two-byte caf\u00e9 \u00fc, three-byte \u20ac \u65e5\u672c, del \x7f"_s},
        };
        QVERIFY(log.append(3, lines));
        auto chunk = log.read(3);
        QVERIFY(chunk);
        QCOMPARE(chunk->lines, lines);
        QFile file(log.fileName(3));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int count = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            if (raw.isEmpty())
                continue;
            QJsonParseError error{};
            const QJsonObject o = QJsonDocument::fromJson(raw, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, raw.constData());
            QCOMPARE(o.value(u"text"_s).toString(), lines.at(count).text);
            ++count;
        }
        QCOMPARE(count, lines.size());
    }

    // A lone surrogate (not valid UTF-16) is written as U+FFFD, the replacement character.
    void append_loneSurrogate_becomesReplacement()
    {
        QTemporaryDir dir;
        RunLog log(dir.filePath(u"runs"_s));
        QString text = u"a"_s;
        text += QChar(char16_t(0xd800));
        text += u"b"_s;
        QVERIFY(log.append(4, {{0, LogLine::Stream::Stdout, QDateTime::currentDateTimeUtc(), text}}));
        auto chunk = log.read(4);
        QVERIFY(chunk && chunk->lines.size() == 1);
        QCOMPARE(chunk->lines.first().text, u"a\ufffdb"_s);
    }

    // Lines in another key order (as earlier versions wrote them) still read.
    void read_otherKeyOrder_fallsBack()
    {
        QTemporaryDir dir;
        RunLog log(dir.filePath(u"runs"_s));
        QVERIFY(QDir().mkpath(dir.filePath(u"runs"_s)));
        QFile file(log.fileName(4));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"step\":2,\"stream\":\"err\",\"text\":\"old \\u00e9\",\"time\":\"2026-03-04T05:06:07.008Z\"}\n");
        file.close();
        auto chunk = log.read(4);
        QVERIFY(chunk);
        QCOMPARE(chunk->lines.size(), 1);
        QCOMPARE(chunk->lines.at(0).text, u"old \u00e9"_s);
        QCOMPARE(chunk->lines.at(0).step, 2);
        QCOMPARE(chunk->lines.at(0).stream, LogLine::Stream::Stderr);
    }

    void read_partialLastLine_leftForLater()
    {
        QTemporaryDir dir;
        RunLog log(dir.path());
        QVERIFY(log.append(1, {{0, LogLine::Stream::Stdout, {}, u"whole"_s}}));
        QFile f(log.fileName(1));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"step\":0,\"text\":\"half");
        f.close();
        auto chunk = log.read(1);
        QVERIFY(chunk);
        QCOMPARE(chunk->lines.size(), 1);
        QCOMPARE(chunk->nextOffset, QFileInfo(f).size() - 22);
    }

    void read_maxLines_pages()
    {
        QTemporaryDir dir;
        RunLog log(dir.path());
        QList<LogLine> lines;
        for (int i = 0; i < 25; ++i)
            lines.append({0, LogLine::Stream::Stdout, {}, QString::number(i)});
        QVERIFY(log.append(2, lines));
        qint64 offset = 0;
        int seen = 0;
        for (;;) {
            auto chunk = log.read(2, offset, 10);
            QVERIFY(chunk);
            if (chunk->lines.isEmpty())
                break;
            QCOMPARE(chunk->lines.first().text, QString::number(seen));
            seen += int(chunk->lines.size());
            offset = chunk->nextOffset;
        }
        QCOMPARE(seen, 25);
    }

    void read_missingRun_isEmpty()
    {
        QTemporaryDir dir;
        RunLog log(dir.path());
        auto chunk = log.read(99);
        QVERIFY(chunk && chunk->lines.isEmpty());
        QVERIFY(log.remove(99));
    }
};

QTEST_GUILESS_MAIN(TestRunLog)
#include "tst_runlog.moc"
