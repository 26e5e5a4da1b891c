// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/libgit2fetcher.h"
#include "gittestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;
using namespace hydron::test;

namespace {

QString fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(path).toString();
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString gitOut(const QStringList &args, const QString &dir)
{
    return QString::fromUtf8(git(args, dir).out.trimmed());
}

} // namespace

class TestLibGit2Fetcher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestRepository m_repo;
    TestRepository m_big;
    bool m_bigReady = false;

    // One repository of ~40 MB of random data, made once, for the cancel tests.
    void makeBigRepository()
    {
        if (m_bigReady)
            return;
        QElapsedTimer timer;
        timer.start();
        const QString error = m_big.create(m_dir.filePath(u"big"_s));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_big.addRandomFilesAndPush(2000, 20 * 1024).isEmpty());
        m_bigReady = true;
        qInfo("made a 40 MB test repository in %lld ms", timer.elapsed());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(run(u"git"_s, {u"--version"_s}).ok(), "the git command line is needed (Debian package git)");
        const QString error = m_repo.create(m_dir.filePath(u"src"_s));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void features_describeThisLibgit2()
    {
        const GitFeatures features = LibGit2Fetcher::features();
        qInfo("libgit2 %s: threads=%d https=%d ssh=%d", qPrintable(features.version), features.threads, features.https,
              features.ssh);
        QVERIFY(features.version.count(u'.') == 2);
        QVERIFY(features.threads);
    }

    void clone_fileUrl_checksOutTheDefaultBranchDetached()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const QString url = fileUrl(m_repo.bare);
        CloneJob *job = fetcher.fetch({url, {}, {}}, this);
        const JobRun run = runJob(job);
        QVERIFY(run.result.has_value());
        QVERIFY2(run.result->has_value(), qPrintable(describe(run.result)));
        QCOMPARE(run.started, 1);
        QCOMPARE(run.finished, 1);
        QVERIFY(run.progress > 0);
        QVERIFY(run.stages.contains(CloneStage::Connecting));
        QVERIFY(run.stages.contains(CloneStage::Receiving));
        QVERIFY(run.stages.contains(CloneStage::CheckingOut));

        const CloneResult &result = **run.result;
        QCOMPARE(result.commit, m_repo.c2);
        QCOMPARE(result.ref, u"refs/heads/main"_s);
        QVERIFY(!result.fromCache);
        QCOMPARE(result.path, fetcher.cacheDirFor(url));
        QVERIFY(result.path.startsWith(data.path() + u"/sources/"_s));
        QCOMPARE(readFile(result.path + u"/README.md"_s), QByteArray("v2\n"));
        QVERIFY(!QFileInfo::exists(result.path + u"/feature.txt"_s));
        // git itself sees a detached HEAD at that commit and a clean tree.
        QCOMPARE(gitOut({u"rev-parse"_s, u"HEAD"_s}, result.path), m_repo.c2);
        QVERIFY(!git({u"symbolic-ref"_s, u"-q"_s, u"HEAD"_s}, result.path).ok());
        QCOMPARE(gitOut({u"status"_s, u"--porcelain"_s}, result.path), QString());
        QCOMPARE(gitOut({u"config"_s, u"remote.origin.url"_s}, result.path), url);
        // Branches and tags arrived.
        QCOMPARE(gitOut({u"rev-parse"_s, u"origin/feature"_s}, result.path), m_repo.c3);
        QCOMPARE(gitOut({u"rev-parse"_s, u"v1.0^{commit}"_s}, result.path), m_repo.c1);
        // Nothing else was left in the cache.
        QCOMPARE(entriesOf(fetcher.cacheRoot()), QStringList{QFileInfo(result.path).fileName()});
        delete job;
    }

    void clone_refs_data()
    {
        QTest::addColumn<QString>("source"); // "bare", "bare-path" or "work"
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("commit"); // c1, c2, c3
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<QByteArray>("readme");
        QTest::newRow("branch via local path")
            << u"bare-path"_s << u"feature"_s << u"c3"_s << u"refs/heads/feature"_s << QByteArray("v2\n");
        QTest::newRow("full branch name")
            << u"bare"_s << u"refs/heads/feature"_s << u"c3"_s << u"refs/heads/feature"_s << QByteArray("v2\n");
        QTest::newRow("annotated tag") << u"bare"_s << u"v1.0"_s << u"c1"_s << u"refs/tags/v1.0"_s
                                       << QByteArray("v1\n");
        QTest::newRow("lightweight tag") << u"bare"_s << u"light"_s << u"c2"_s << u"refs/tags/light"_s
                                         << QByteArray("v2\n");
        QTest::newRow("full commit") << u"bare"_s << u"c3"_s << u"c3"_s << u"c3"_s << QByteArray("v2\n");
        QTest::newRow("abbreviated commit") << u"bare"_s << u"c1:8"_s << u"c1"_s << u"c1"_s << QByteArray("v1\n");
        QTest::newRow("non-bare repository")
            << u"work"_s << u"main"_s << u"c2"_s << u"refs/heads/main"_s << QByteArray("v2\n");
    }

    void clone_refs()
    {
        QFETCH(QString, source);
        QFETCH(QString, ref);
        QFETCH(QString, commit);
        QFETCH(QString, resolved);
        QFETCH(QByteArray, readme);
        auto sha = [this](const QString &name) {
            return name == u"c1"_s ? m_repo.c1 : name == u"c2"_s ? m_repo.c2 : m_repo.c3;
        };
        if (ref.startsWith(u'c') && ref.size() <= 4)
            ref = ref.contains(u':') ? sha(ref.section(u':', 0, 0)).left(ref.section(u':', 1).toInt()) : sha(ref);
        if (resolved.size() == 2)
            resolved = sha(resolved);
        const QString url = source == u"bare"_s   ? fileUrl(m_repo.bare)
                            : source == u"work"_s ? m_repo.work
                                                  : m_repo.bare;

        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneJob *job = fetcher.fetch({url, ref, {}}, this);
        const JobRun run = runJob(job);
        QVERIFY(run.result.has_value());
        QVERIFY2(run.result->has_value(), qPrintable(describe(run.result)));
        QCOMPARE((*run.result)->commit, sha(commit));
        QCOMPARE((*run.result)->ref, resolved);
        QCOMPARE(readFile((*run.result)->path + u"/README.md"_s), readme);
        QCOMPARE(QFileInfo::exists((*run.result)->path + u"/feature.txt"_s), commit == u"c3"_s);
        QCOMPARE(gitOut({u"rev-parse"_s, u"HEAD"_s}, (*run.result)->path), sha(commit));
        delete job;
    }

    void fetch_reusesTheCacheAndFollowsNewCommits()
    {
        TestRepository repo;
        const QString error = repo.create(m_dir.filePath(u"moving"_s));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const QString url = fileUrl(repo.bare);

        JobRun first = runJob(fetcher.fetch({url, u"main"_s, {}}, this));
        QVERIFY2(first.result && *first.result, qPrintable(describe(first.result)));
        const QString path = (*first.result)->path;
        // A marker inside .git survives only if the clone is fetched into, not made again.
        QVERIFY(writeFile(path + u"/.git/hydron-test-marker"_s, "kept"));

        const QString c4 = repo.commitAndPush(u"NEWS.md"_s, "news\n", u"news"_s);
        QVERIFY(!c4.isEmpty());
        JobRun second = runJob(fetcher.fetch({url, u"main"_s, {}}, this));
        QVERIFY2(second.result && *second.result, qPrintable(describe(second.result)));
        QVERIFY((*second.result)->fromCache);
        QCOMPARE((*second.result)->path, path);
        QCOMPARE((*second.result)->commit, c4);
        QVERIFY(QFileInfo::exists(path + u"/.git/hydron-test-marker"_s));
        QCOMPARE(readFile(path + u"/NEWS.md"_s), QByteArray("news\n"));

        // Switching to an older tag removes files the tag does not have, tracked or not.
        QVERIFY(writeFile(path + u"/stray.txt"_s, "left over"));
        JobRun third = runJob(fetcher.fetch({url, u"v1.0"_s, {}}, this));
        QVERIFY2(third.result && *third.result, qPrintable(describe(third.result)));
        QCOMPARE((*third.result)->commit, repo.c1);
        QVERIFY((*third.result)->fromCache);
        QVERIFY(!QFileInfo::exists(path + u"/NEWS.md"_s));
        QVERIFY(!QFileInfo::exists(path + u"/stray.txt"_s));
        QCOMPARE(readFile(path + u"/README.md"_s), QByteArray("v1\n"));
        QCOMPARE(gitOut({u"status"_s, u"--porcelain"_s}, path), QString());

        // A branch deleted upstream is pruned from the cache.
        QVERIFY(git({u"push"_s, u"-q"_s, u"origin"_s, u"--delete"_s, u"feature"_s}, repo.work).ok());
        JobRun fourth = runJob(fetcher.fetch({url, u"feature"_s, {}}, this));
        QVERIFY(fourth.result && !*fourth.result);
        QCOMPARE((*fourth.result).error().code, Error::Code::NotFound);
        // …and the cache is still good afterwards.
        JobRun fifth = runJob(fetcher.fetch({url, {}, {}}, this));
        QVERIFY2(fifth.result && *fifth.result, qPrintable(describe(fifth.result)));
        QCOMPARE((*fifth.result)->commit, c4);
    }

    void refNotFound_saysWhichRef_andLeavesNothing()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const QString url = fileUrl(m_repo.bare);
        const JobRun run = runJob(fetcher.fetch({url, u"no-such-branch"_s, {}}, this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::NotFound);
        QCOMPARE(run.result->error().message,
                 u"The branch, tag or commit \"no-such-branch\" does not exist in %1."_s.arg(url));
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url)));
        QCOMPARE(entriesOf(fetcher.cacheRoot()), QStringList());
    }

    void notAGitRepository_saysSo()
    {
        QTemporaryDir data;
        QTemporaryDir plain;
        QVERIFY(writeFile(plain.filePath(u"index.html"_s), "<h1>hi</h1>"));
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        for (const QString &url : {plain.path(), fileUrl(plain.path())}) {
            const JobRun run = runJob(fetcher.fetch({url, {}, {}}, this));
            QVERIFY(run.result && !*run.result);
            QCOMPARE(run.result->error().code, Error::Code::InvalidInput);
            QCOMPARE(
                run.result->error().message,
                u"%1 is not a Git repository: it has no .git folder and is not a bare repository."_s.arg(plain.path()));
        }
        const JobRun missing = runJob(fetcher.fetch({plain.filePath(u"nowhere"_s), {}, {}}, this));
        QVERIFY(missing.result && !*missing.result);
        QCOMPARE(missing.result->error().code, Error::Code::NotFound);
        QCOMPARE(missing.result->error().message, u"The folder %1 does not exist."_s.arg(plain.filePath(u"nowhere"_s)));
        const JobRun invalid = runJob(fetcher.fetch({u"ftp://example.com/r.git"_s, {}, {}}, this));
        QVERIFY(invalid.result && !*invalid.result);
        QCOMPARE(invalid.result->error().code, Error::Code::InvalidInput);
        QVERIFY(entriesOf(fetcher.cacheRoot()).isEmpty());
    }

    void unreachableHost_saysItCannotReachIt()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const JobRun run = runJob(fetcher.fetch({u"http://127.0.0.1:%1/repo.git"_s.arg(port), {}, {}}, this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(run.result->error().message,
                 u"Hydron cannot reach 127.0.0.1. Check the address, the port and the network connection."_s);
        QVERIFY(entriesOf(fetcher.cacheRoot()).isEmpty());
    }

    void cancel_afterFirstProgress_endsCancelledAndRemovesThePartialClone()
    {
        makeBigRepository();
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const QString url = fileUrl(m_big.bare);
        CloneJob *job = fetcher.fetch({url, {}, {}}, this);
        connect(
            job, &CloneJob::progress, this, [job] { job->cancel(); }, Qt::SingleShotConnection);
        QElapsedTimer timer;
        timer.start();
        const JobRun run = runJob(job);
        const qint64 cancelledAfter = timer.elapsed();
        QVERIFY(run.result.has_value());
        QVERIFY2(!run.result->has_value(), "the clone finished before the cancel took effect");
        QCOMPARE(run.result->error().code, Error::Code::Cancelled);
        QCOMPARE(run.result->error().message, u"The download of %1 was cancelled."_s.arg(url));
        QCOMPARE(run.started, 1);
        QCOMPARE(run.finished, 1);
        QVERIFY(job->isCancelled());
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url)));
        QCOMPARE(entriesOf(fetcher.cacheRoot()), QStringList());

        // The same clone, not cancelled, takes longer and works: nothing was left half done.
        timer.restart();
        const JobRun full = runJob(fetcher.fetch({url, {}, {}}, this));
        QVERIFY2(full.result && *full.result, qPrintable(describe(full.result)));
        qInfo("cancelled after %lld ms; the full clone took %lld ms", cancelledAfter, timer.elapsed());
        QVERIFY(cancelledAfter < timer.elapsed());
        QCOMPARE(QDir((*full.result)->path + u"/blobs"_s).entryList(QDir::Files).size(), 2000);
        delete job;
    }

    void cancel_beforeStart_neverClones()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneJob *job = fetcher.fetch({fileUrl(m_repo.bare), {}, {}}, this);
        job->cancel();
        const JobRun run = runJob(job);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Cancelled);
        QCOMPARE(run.finished, 1);
        QVERIFY(!QFileInfo::exists(fetcher.cacheRoot()) || entriesOf(fetcher.cacheRoot()).isEmpty());
        delete job;
    }

    void jobsQueue_onTheOneWorkerThread()
    {
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneJob *a = fetcher.fetch({fileUrl(m_repo.bare), u"v1.0"_s, {}}, this);
        CloneJob *b = fetcher.fetch({m_repo.work, u"feature"_s, {}}, this);
        // Both are connected before the event loop turns: b may finish while a is awaited.
        QHash<CloneJob *, Result<CloneResult>> results;
        for (CloneJob *job : {a, b})
            connect(job, &CloneJob::finished, this,
                    [&results, job](const Result<CloneResult> &r) { results.insert(job, r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 60000);
        const JobRun runA{results.value(a), 1, 1, 0, {}, {}};
        const JobRun runB{results.value(b), 1, 1, 0, {}, {}};
        QVERIFY2(runA.result && *runA.result, qPrintable(describe(runA.result)));
        QVERIFY2(runB.result && *runB.result, qPrintable(describe(runB.result)));
        QCOMPARE((*runA.result)->commit, m_repo.c1);
        QCOMPARE((*runB.result)->commit, m_repo.c3);
        QVERIFY((*runA.result)->path != (*runB.result)->path);
        delete a;
        delete b;
    }

    void deletingARunningJob_cancelsIt()
    {
        makeBigRepository();
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        const QString url = fileUrl(m_big.bare);
        CloneJob *job = fetcher.fetch({url, {}, {}}, this);
        QPointer<CloneJob> guard(job);
        connect(
            job, &CloneJob::progress, this, [job] { job->deleteLater(); }, Qt::SingleShotConnection);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 60000);
        // The worker stops at its next callback and cleans up; the next job runs normally.
        const JobRun after = runJob(fetcher.fetch({fileUrl(m_repo.bare), {}, {}}, this));
        QVERIFY2(after.result && *after.result, qPrintable(describe(after.result)));
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url)));
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url) + u".partial"_s));
    }

    void destroyingTheFetcher_endsEveryJobOnce()
    {
        makeBigRepository();
        QTemporaryDir data;
        auto *fetcher = new LibGit2Fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()));
        CloneJob *running = fetcher->fetch({fileUrl(m_big.bare), {}, {}}, this);
        CloneJob *queued = fetcher->fetch({fileUrl(m_repo.bare), {}, {}}, this);
        QList<Result<CloneResult>> results;
        for (CloneJob *job : {running, queued})
            connect(job, &CloneJob::finished, this, [&results](const Result<CloneResult> &r) { results << r; });
        bool progressed = false;
        connect(running, &CloneJob::progress, this, [&progressed] { progressed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(progressed, 60000);
        delete fetcher;
        QTRY_COMPARE(results.size(), 2);
        QTest::qWait(100);
        QCOMPARE(results.size(), 2);
        for (const auto &r : results) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::Cancelled);
        }
        QVERIFY(entriesOf(LibGit2Fetcher::defaultCacheRoot(data.path())).isEmpty());
        delete running;
        delete queued;
    }
};

QTEST_GUILESS_MAIN(TestLibGit2Fetcher)
#include "tst_libgit2fetcher.moc"
