// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysisjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace hydron::analysis {

// What the work and the job share; outlives either.
struct AnalysisJob::Shared
{
    std::atomic<bool> cancel = false;
    QMutex mutex;
    QPointer<AnalysisJob> job; // read and cleared under mutex
};

AnalysisJob::AnalysisJob(QString root, AnalysisOptions options, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
    , m_options(std::move(options))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->job = this;
    connect(&m_watcher, &QFutureWatcher<Result<AnalysisResult>>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            finish(m_watcher.result());
        else
            finish(fail(Error::Code::Internal,
                        QCoreApplication::translate("hydron::analysis", "The analysis ended without a result.")));
    });
    QMetaObject::invokeMethod(this, &AnalysisJob::start, Qt::QueuedConnection);
}

AnalysisJob::~AnalysisJob()
{
    m_shared->cancel.store(true);
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->job = nullptr;
    }
    if (m_started && !m_finished)
        m_watcher.waitForFinished(); // the work checks the flag every few files
}

void AnalysisJob::cancel()
{
    m_shared->cancel.store(true);
}

void AnalysisJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    Q_EMIT started();
    if (m_shared->cancel.load()) {
        finish(fail(Error::Code::Cancelled,
                    QCoreApplication::translate("hydron::analysis", "The analysis was cancelled before it started.")));
        return;
    }
    auto promise = std::make_shared<QPromise<Result<AnalysisResult>>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([promise, shared, root = m_root, options = m_options] {
        QElapsedTimer throttle;
        throttle.start();
        qint64 lastReport = -1000;
        const auto report = [&](qint64 done, qint64 total, const QString &stage) {
            const qint64 now = throttle.elapsed();
            if (now - lastReport < 50 && done != total)
                return;
            lastReport = now;
            const QMutexLocker lock(&shared->mutex);
            if (AnalysisJob *job = shared->job.data()) {
                QMetaObject::invokeMethod(
                    job, [job, done, total, stage] { Q_EMIT job->progress(done, total, stage); }, Qt::QueuedConnection);
            }
        };
        promise->addResult(analyze(root, options, &shared->cancel, report));
        promise->finish();
    });
}

void AnalysisJob::finish(const Result<AnalysisResult> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace hydron::analysis
