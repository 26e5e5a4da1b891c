// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs panel's log: ANSI parsing, the compact line model (QAbstractItemModelTester) and
// the view's find, copy, follow-tail and per-step filter, offscreen.
#include "ui/ansitext.h"
#include "ui/loglinesview.h"
#include "ui/models/runlogmodel.h"
#include "ui/runlogview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::AnsiSpan;
using hydron::ui::AnsiText;
using hydron::ui::RunLogModel;
using hydron::ui::RunLogView;

namespace {

LogLine line(const QString &text, int step = 0, LogLine::Stream stream = LogLine::Stream::Stdout)
{
    return LogLine{step, stream, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC), text};
}

QList<LogLine> lines(int count, int step, const QString &prefix)
{
    QList<LogLine> out;
    for (int i = 0; i < count; ++i)
        out << line(prefix + QString::number(i), step);
    return out;
}

} // namespace

class TestRunLogView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- ANSI -----------------------------------------------------------------------------

    void ansi_plainLine_hasNoSpans()
    {
        const AnsiText t = AnsiText::parse(u"Step 3/7 : RUN npm ci"_s);
        QCOMPARE(t.text, u"Step 3/7 : RUN npm ci"_s);
        QVERIFY(t.spans.isEmpty());
    }

    void ansi_colours_boldAndReset()
    {
        const AnsiText t = AnsiText::parse(u"\x1b[1;31merror\x1b[0m: build \x1b[32mok\x1b[39m."_s);
        QCOMPARE(t.text, u"error: build ok."_s);
        QCOMPARE(t.spans.size(), 2);
        QCOMPARE(t.spans.at(0).start, 0);
        QCOMPARE(t.spans.at(0).length, 5);
        QVERIFY(t.spans.at(0).bold);
        QCOMPARE(t.spans.at(0).foreground, ui::ansiColor(1));
        QCOMPARE(t.spans.at(1).start, 13);
        QCOMPARE(t.spans.at(1).length, 2);
        QVERIFY(!t.spans.at(1).bold);
        QCOMPARE(t.spans.at(1).foreground, ui::ansiColor(2));
    }

    void ansi_extendedColours()
    {
        const AnsiText t = AnsiText::parse(u"\x1b[38;5;208ma\x1b[38;2;1;2;3;48;5;17mb\x1b[mc"_s);
        QCOMPARE(t.text, u"abc"_s);
        QCOMPARE(t.spans.size(), 2);
        QCOMPARE(t.spans.at(0).foreground, ui::ansiColor(208));
        QCOMPARE(t.spans.at(1).foreground, QColor(1, 2, 3));
        QCOMPARE(t.spans.at(1).background, ui::ansiColor(17));
    }

    void ansi_otherSequences_dropped()
    {
        QCOMPARE(AnsiText::strip(u"\x1b[2K\x1b[1Gdone\x1b]0;title\x07!"_s), u"done!"_s);
        QCOMPARE(AnsiText::strip(u"10%\r50%\r100%"_s), u"100%"_s);
        QCOMPARE(AnsiText::strip(u"tab\tkept\x01"_s), u"tab\tkept"_s);
        // Malformed or cut-off sequences never crash and never leak escape bytes.
        for (const QString &bad :
             {u"\x1b["_s, u"\x1b[38;5m x"_s, u"\x1b[38;2;999;0;0mx"_s, u"\x1b"_s, u"\x1b]0;never"_s})
            QVERIFY(!AnsiText::parse(bad).text.contains(QChar(0x1b)));
    }

    // --- model ----------------------------------------------------------------------------

    void model_appendAndFilter_passTheTester()
    {
        RunLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(lines(3, 0, u"build "_s));
        model.append({line(u"\x1b[31mboom\x1b[0m"_s, 1, LogLine::Stream::Stderr), line(u"system"_s, -1)});
        QCOMPARE(inserted.count(), 2); // one insertion per batch, not per line
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(3).data().toString(), u"boom"_s);
        QCOMPARE(model.index(3).data(RunLogModel::RawTextRole).toString(), u"\x1b[31mboom\x1b[0m"_s);
        QCOMPARE(model.index(3).data(RunLogModel::StepRole).toInt(), 1);
        QCOMPARE(model.index(3).data(RunLogModel::StreamRole).toInt(), int(LogLine::Stream::Stderr));
        QCOMPARE(model.index(0).data(RunLogModel::TimeRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));

        model.setStepFilter(0);
        QCOMPARE(model.rowCount(), 3);
        model.append({line(u"more build"_s, 0), line(u"other step"_s, 1)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3).data().toString(), u"more build"_s);
        model.setStepFilter(-1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"system"_s);
        model.setStepFilter(RunLogModel::AllSteps);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.totalLines(), 7);
        QCOMPARE(model.lastLines(1, 5), (QStringList{u"boom"_s, u"other step"_s}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void model_find_wrapsAndGoesBackwards()
    {
        RunLogModel model;
        model.append({line(u"alpha"_s), line(u"\x1b[1mBeta\x1b[0m one"_s), line(u"gamma"_s), line(u"beta two"_s)});
        QCOMPARE(model.find(u"beta"_s, 0).row(), 1);
        QCOMPARE(model.find(u"beta"_s, 2).row(), 3);
        QCOMPARE(model.find(u"beta"_s, 4 % 4).row(), 1); // wraps
        QCOMPARE(model.find(u"beta"_s, 2, true).row(), 1);
        QVERIFY(!model.find(u"beta"_s, 0, false, Qt::CaseSensitive).isValid() ||
                model.find(u"beta"_s, 0, false, Qt::CaseSensitive).row() == 3);
        QVERIFY(!model.find(u"1mBeta"_s, 0).isValid()); // escapes are not text
        QVERIFY(!model.find(u"delta"_s, 0).isValid());
    }

    // A million lines stay compact: well under 100 bytes a line, text included.
    void model_millionLines_compact()
    {
        RunLogModel model;
        QList<LogLine> batch;
        for (int i = 0; i < 1'000'000; ++i) {
            batch << line(u"line %1 of the build output, padded to a typical width"_s.arg(i), 2);
            if (batch.size() == 10'000) {
                model.append(batch);
                batch.clear();
            }
        }
        QCOMPARE(model.rowCount(), 1'000'000);
        QVERIFY2(model.bytesUsed() < 100LL * 1'000'000, qPrintable(QString::number(model.bytesUsed())));
        QCOMPARE(model.index(999'999).data().toString(),
                 u"line 999999 of the build output, padded to a typical width"_s);
    }

    // --- view -----------------------------------------------------------------------------

    // Selecting with the mouse and the keyboard, as a user copies part of a log.
    void view_selectWithMouseAndKeys()
    {
        RunLogView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model()->append(lines(50, 0, u"line "_s));
        ui::LogLinesView *list = view.linesView();
        list->verticalScrollBar()->setValue(0);
        const int h = list->rowHeight();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(20, h * 2 + h / 2));
        QCOMPARE(list->currentRow(), 2);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(20, h * 4 + h / 2));
        QCOMPARE(list->selectedRows(), (QList<int>{2, 3, 4}));
        QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view.textToCopy(), u"line 2\nline 3\nline 4\nline 5\n"_s);
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(list->currentRow(), 49);
        QVERIFY(list->isAtBottom());
    }

    void view_followsTheTail_untilScrolledUp()
    {
        RunLogView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model()->append(lines(500, 0, u"line "_s));
        QScrollBar *bar = view.linesView()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        bar->triggerAction(QAbstractSlider::SliderToMinimum); // the user scrolls up
        QTRY_VERIFY(!view.isFollowing());
        view.model()->append(lines(100, 0, u"more "_s));
        QTest::qWait(100);
        QCOMPARE(bar->value(), 0);
        view.setFollowing(true);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void view_find_selectsTheMatch_andSaysWhenNone()
    {
        RunLogView view;
        view.resize(600, 300);
        view.model()->append(lines(200, 0, u"line "_s));
        view.model()->append({line(u"npm ERR! missing script: start"_s, 1, LogLine::Stream::Stderr)});
        view.model()->append(lines(50, 1, u"after "_s));
        QVERIFY(view.findNext(u"ERR!"_s));
        QCOMPARE(view.linesView()->currentRow(), 200);
        QVERIFY(!view.isFollowing());
        QVERIFY(!view.findNext(u"segfault"_s));
        QCOMPARE(view.findChild<QLabel *>(u"logFindStatus"_s)->text(), u"No match"_s);
        QVERIFY(view.findNext(u"line 19"_s, true)); // backwards from the match
        QCOMPARE(view.model()->index(view.linesView()->currentRow()).data().toString(), u"line 199"_s);
    }

    void view_copy_selectionOrEverythingShown()
    {
        RunLogView view;
        view.model()->append({line(u"\x1b[32mone\x1b[0m"_s, 0), line(u"two"_s, 0), line(u"three"_s, 1)});
        QCOMPARE(view.textToCopy(), u"one\ntwo\nthree\n"_s);
        view.linesView()->selectRows(2, 1); // dragged upwards
        QCOMPARE(view.textToCopy(), u"two\nthree\n"_s);
        view.copy();
        QCOMPARE(QApplication::clipboard()->text(), u"two\nthree\n"_s);
        view.linesView()->clearSelection();
        QCOMPARE(view.textToCopy(), u"one\ntwo\nthree\n"_s);
    }

    void view_stepFilter()
    {
        RunLogView view;
        view.setSteps({u"os-check"_s, u"docker"_s});
        view.model()->append({line(u"a"_s, 0), line(u"b"_s, 1), line(u"c"_s, 1)});
        auto *combo = view.findChild<QComboBox *>(u"logStepFilter"_s);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(2), u"2. docker"_s);
        combo->setCurrentIndex(2);
        QCOMPARE(view.model()->rowCount(), 2);
        view.showStep(0);
        QCOMPARE(view.model()->rowCount(), 1);
        // New steps keep the current choice.
        view.setSteps({u"os-check"_s, u"docker"_s, u"proxy"_s});
        QCOMPARE(view.model()->stepFilter(), 0);
        view.showStep(RunLogModel::AllSteps);
        QCOMPARE(view.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestRunLogView)
#include "tst_runlogview.moc"
