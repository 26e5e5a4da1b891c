// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// AnalysisJob: deferred start, progress, exactly one finished(), cancel before and during the
// run, and deletion while running.
#include "core/analysis/analysisjob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::analysis;

namespace {

// A tree big enough that the analysis takes a while.
void makeTree(const QString &root, int files)
{
    QFile pkg(root + u"/package.json"_s);
    QVERIFY(pkg.open(QIODevice::WriteOnly));
    pkg.write(R"({"name": "big", "scripts": {"start": "node src/f0.js"}})");
    for (int i = 0; i < files; ++i) {
        const QString dir = root + u"/src/d%1"_s.arg(i / 100);
        QDir().mkpath(dir);
        QFile f(dir + u"/f%1.js"_s.arg(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int k = 0; k < 40; ++k)
            f.write("const v" + QByteArray::number(k) + " = process.env.VAR_" + QByteArray::number(k) + " || 'x';\n");
    }
}

} // namespace

class TestAnalysisJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void job_runsDeferredAndFinishesOnce()
    {
        AnalysisJob job(QStringLiteral(HYDRON_ANALYSIS_DATA_DIR) + u"/repos/node-express-api"_s);
        QSignalSpy started(&job, &AnalysisJob::started);
        QSignalSpy progress(&job, &AnalysisJob::progress);
        QSignalSpy finished(&job, &AnalysisJob::finished);
        QCOMPARE(started.count(), 0); // nothing before the event loop runs
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.count(), 1);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<Result<AnalysisResult>>();
        QVERIFY(result);
        QCOMPARE(result->services.size(), 1);
        QCOMPARE(result->services[0].name, u"orders-api"_s);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY(job.isFinished());
    }

    void job_cancelBeforeStart_endsCancelled()
    {
        AnalysisJob job(QStringLiteral(HYDRON_ANALYSIS_DATA_DIR) + u"/repos/node-express-api"_s);
        QSignalSpy finished(&job, &AnalysisJob::finished);
        job.cancel();
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<Result<AnalysisResult>>();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }

    void job_cancelWhileRunning_endsCancelled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        makeTree(dir.path(), 3000);
        AnalysisJob job(dir.path());
        QSignalSpy finished(&job, &AnalysisJob::finished);
        connect(&job, &AnalysisJob::started, &job, [&job] { job.cancel(); });
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<Result<AnalysisResult>>();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
    }

    void job_deletedWhileRunning_doesNotCrash()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        makeTree(dir.path(), 2000);
        auto *job = new AnalysisJob(dir.path());
        QSignalSpy started(job, &AnalysisJob::started);
        QVERIFY(started.wait(5000));
        delete job; // cancels and waits for the work
        QTest::qWait(100);
    }

    void job_missingFolder_endsWithError()
    {
        AnalysisJob job(u"/nonexistent/hydron/analysis"_s);
        QSignalSpy finished(&job, &AnalysisJob::finished);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<Result<AnalysisResult>>();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJob)
#include "tst_analysis_job.moc"
