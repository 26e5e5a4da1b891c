// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CloneJob contract (CONVENTIONS rule 6) with a GitFetcher double whose work is a script:
// deferred start, one finished(), cancel from the caller's thread, throttled progress.
#include "core/source/gitfetcher.h"
#include "gittestsupport.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;
using namespace hydron::test;

namespace {

// A GitFetcher double: no libgit2, the work is whatever the test scripts.
class ScriptedGitFetcher final : public GitFetcher
{
public:
    using Script = std::function<Result<CloneResult>(const CloneRequest &, CloneContext &)>;

    CloneJob *fetch(const CloneRequest &request, QObject *parent) override
    {
        Script script = m_script;
        return new CloneJob(
            request, [request, script](CloneContext &context) { return script(request, context); }, m_thread, parent);
    }

    Script m_script;
    QThread *m_thread = nullptr;
};

CloneResult fakeResult(const CloneRequest &request)
{
    return CloneResult{u"/cache/"_s + request.ref, QString(40, u'a'), u"refs/heads/"_s + request.ref, false};
}

} // namespace

class TestCloneJob final : public QObject
{
    Q_OBJECT

private:
    QThread m_worker;

private Q_SLOTS:
    void initTestCase()
    {
        m_worker.setObjectName(u"test-git-worker"_s);
        m_worker.start();
    }

    void cleanupTestCase()
    {
        m_worker.quit();
        m_worker.wait();
    }

    void deferredStart_callerConnectsAfterFetch_seesEverySignal()
    {
        ScriptedGitFetcher fetcher;
        fetcher.m_script = [](const CloneRequest &request, CloneContext &context) -> Result<CloneResult> {
            context.reportProgress(0, 0, CloneStage::Connecting);
            context.reportRemoteMessage(u"Counting objects: 3, done."_s);
            context.reportProgress(3, 3, CloneStage::Receiving, 1234);
            context.reportProgress(2, 2, CloneStage::CheckingOut);
            return fakeResult(request);
        };
        GitFetcher &asInterface = fetcher;
        CloneJob *job = asInterface.fetch({u"https://example.com/r.git"_s, u"main"_s, {}}, this);
        QVERIFY(!job->isRunning());
        qint64 bytes = -1;
        connect(job, &CloneJob::bytesReceived, this, [&bytes](qint64 b) { bytes = b; });
        const JobRun run = runJob(job);
        QVERIFY(run.result.has_value());
        QVERIFY(run.result->has_value());
        QCOMPARE(**run.result, fakeResult(job->request()));
        QCOMPARE(run.started, 1);
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.stages,
                 (QList<CloneStage>{CloneStage::Connecting, CloneStage::Receiving, CloneStage::CheckingOut}));
        QCOMPARE(run.remoteMessages, QStringList{u"Counting objects: 3, done."_s});
        QCOMPARE(bytes, 1234);
        QVERIFY(job->isFinished());
        delete job;
    }

    void workerThread_workRunsThere_signalsArriveHere()
    {
        ScriptedGitFetcher fetcher;
        fetcher.m_thread = &m_worker;
        std::atomic<QThread *> ranOn = nullptr;
        fetcher.m_script = [&ranOn](const CloneRequest &request, CloneContext &context) -> Result<CloneResult> {
            ranOn = QThread::currentThread();
            context.reportProgress(1, 1, CloneStage::Receiving);
            return fakeResult(request);
        };
        CloneJob *job = fetcher.fetch({u"u"_s, u"dev"_s, {}}, this);
        QThread *finishedOn = nullptr;
        connect(job, &CloneJob::finished, this, [&finishedOn] { finishedOn = QThread::currentThread(); });
        const JobRun run = runJob(job);
        QVERIFY(run.result && *run.result);
        QCOMPARE(ranOn.load(), &m_worker);
        QCOMPARE(finishedOn, QThread::currentThread());
        delete job;
    }

    void cancel_whileRunning_endsCancelled()
    {
        ScriptedGitFetcher fetcher;
        fetcher.m_thread = &m_worker;
        fetcher.m_script = [](const CloneRequest &, CloneContext &context) -> Result<CloneResult> {
            context.reportProgress(0, 100, CloneStage::Receiving);
            for (int i = 0; i < 10000 && !context.isCancelled(); ++i)
                QThread::msleep(1);
            // Work that fails in its own words after a cancel still ends as Cancelled.
            return fail(Error::Code::Network, u"the transfer stopped"_s);
        };
        CloneJob *job = fetcher.fetch({u"u"_s, {}, {}}, this);
        connect(job, &CloneJob::progress, job, &CloneJob::cancel);
        const JobRun run = runJob(job);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Cancelled);
        QVERIFY(run.result->error().detail.contains(u"the transfer stopped"_s));
        QCOMPARE(run.finished, 1);
        delete job;
    }

    void cancel_beforeStart_workNeverRuns()
    {
        ScriptedGitFetcher fetcher;
        bool ran = false;
        fetcher.m_script = [&ran](const CloneRequest &request, CloneContext &) -> Result<CloneResult> {
            ran = true;
            return fakeResult(request);
        };
        CloneJob *job = fetcher.fetch({u"u"_s, {}, {}}, this);
        job->cancel();
        const JobRun run = runJob(job);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Cancelled);
        QVERIFY(!ran);
        delete job;

        // Deleted before it started: nothing runs at all.
        CloneJob *gone = fetcher.fetch({u"u"_s, {}, {}}, this);
        delete gone;
        QTest::qWait(20);
        QVERIFY(!ran);
    }

    void progress_isThrottled_butTheLastValueArrives()
    {
        ScriptedGitFetcher fetcher;
        fetcher.m_thread = &m_worker;
        fetcher.m_script = [](const CloneRequest &request, CloneContext &context) -> Result<CloneResult> {
            for (qint64 i = 0; i <= 200000; ++i)
                context.reportProgress(i, 200000, CloneStage::Receiving);
            return fakeResult(request);
        };
        CloneJob *job = fetcher.fetch({u"u"_s, {}, {}}, this);
        qint64 lastDone = -1;
        connect(job, &CloneJob::progress, this, [&lastDone](qint64 done, qint64) { lastDone = done; });
        const JobRun run = runJob(job);
        QVERIFY(run.result && *run.result);
        QVERIFY2(run.progress < 2000, qPrintable(QString::number(run.progress)));
        QCOMPARE(lastDone, 200000);
        delete job;
    }

    void abandon_endsOnce_andIgnoresALateResult()
    {
        ScriptedGitFetcher fetcher;
        fetcher.m_thread = &m_worker;
        fetcher.m_script = [](const CloneRequest &request, CloneContext &context) -> Result<CloneResult> {
            while (!context.isCancelled())
                QThread::msleep(1);
            return fakeResult(request);
        };
        CloneJob *job = fetcher.fetch({u"u"_s, {}, {}}, this);
        int finished = 0;
        std::optional<Result<CloneResult>> result;
        connect(job, &CloneJob::finished, this, [&](const Result<CloneResult> &r) {
            ++finished;
            result = r;
        });
        QTRY_VERIFY(job->isRunning());
        job->abandon(Error{Error::Code::Cancelled, u"closing"_s, {}});
        QCOMPARE(finished, 1);
        QTest::qWait(100);
        QCOMPARE(finished, 1);
        QVERIFY(result && !*result);
        QCOMPARE(result->error().message, u"closing"_s);
        delete job;
    }
};

QTEST_GUILESS_MAIN(TestCloneJob)
#include "tst_clonejob.moc"
