// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/linesplitter.h"
#include "core/remote/outputcollector.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron::remote;

namespace {

struct Expected
{
    QString text;
    bool progress;
};

QList<OutputLine> splitInChunks(const QByteArray &data, qsizetype chunk)
{
    LineSplitter splitter;
    QList<OutputLine> out;
    for (qsizetype i = 0; i < data.size(); i += chunk)
        splitter.feed(QByteArrayView(data).sliced(i, std::min(chunk, data.size() - i)), out);
    splitter.finish(out);
    return out;
}

} // namespace

class TestLineSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feed_everyChunkSize_sameLines()
    {
        const QByteArray data =
            "first\r\nsecond\n\nprogress 1\rprogress 2\r\rdone\r\n\xc3\xa9t\xc3\xa9 \xe2\x9c\x93\npartial";
        const QList<Expected> expected{{u"first"_s, false},     {u"second"_s, false},    {QString(), false},
                                       {u"progress 1"_s, true}, {u"progress 2"_s, true}, {u"done"_s, false},
                                       {u"été ✓"_s, false},     {u"partial"_s, false}};
        for (qsizetype chunk = 1; chunk <= data.size(); ++chunk) {
            const QList<OutputLine> lines = splitInChunks(data, chunk);
            QCOMPARE(lines.size(), expected.size());
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QCOMPARE(lines.at(i).text, expected.at(i).text);
                QCOMPARE(lines.at(i).progress, expected.at(i).progress);
            }
        }
    }

    void finish_trailingCarriageReturn_isProgressLine()
    {
        const auto lines = splitInChunks("50%\r", 4);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().text, u"50%"_s);
        QVERIFY(lines.first().progress);
    }

    void feed_hugeLine_isCut()
    {
        const QByteArray data = QByteArray(LineSplitter::maxLineBytes * 2 + 10, 'x') + '\n';
        const auto lines = splitInChunks(data, 4096);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).text.size(), LineSplitter::maxLineBytes);
        QCOMPARE(lines.at(2).text.size(), 10);
    }

    void collector_takesMarkerOnlyFromFirstStdoutLine()
    {
        OutputCollector c;
        c.feed(Stream::Stderr, "err first\n");
        c.feed(Stream::Stdout, "\x1ehydron-pg");
        c.feed(Stream::Stdout, "id 4242\nhello\n\x1ehydron-pgid 1\n");
        c.finish();
        QCOMPARE(c.processGroup(), 4242);
        const auto lines = c.takeLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).stream, Stream::Stderr);
        QCOMPARE(lines.at(1).text, u"hello"_s);
        QCOMPARE(lines.at(2).text, u"\x1ehydron-pgid 1"_s); // only the first line is the wrapper's
    }

    void collector_withoutMarker_keepsFirstLine()
    {
        OutputCollector c;
        c.feed(Stream::Stdout, "just output");
        c.finish();
        QCOMPARE(c.processGroup(), 0);
        QCOMPARE(c.takeLines().size(), 1);
    }

    void feed_millionLines_fast()
    {
        QByteArray data;
        for (int i = 0; i < 1'000'000; ++i)
            data += QByteArray::number(i) + '\n';
        QElapsedTimer clock;
        clock.start();
        const auto lines = splitInChunks(data, 64 * 1024);
        QCOMPARE(lines.size(), 1'000'000);
        QCOMPARE(lines.last().text, u"999999"_s);
        qInfo("1,000,000 lines split in %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
