// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/clonejob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace hydron::source {

namespace detail {

// Lives on the worker thread for the duration of one job: runs the work and reports back
// through queued signals, which Qt drops when the job is gone.
class CloneRunner final : public QObject
{
    Q_OBJECT

public:
    CloneRunner(CloneJob::Work work, std::shared_ptr<std::atomic_bool> cancelled)
        : m_work(std::move(work))
        , m_cancelled(std::move(cancelled))
    {}

    void run()
    {
        CloneContext context(this);
        Result<CloneResult> result =
            m_work ? m_work(context)
                   : fail(Error::Code::Internal,
                          QCoreApplication::translate("hydron::Git", "The clone has no work to do."));
        if (!result && m_cancelled->load() && result.error().code != Error::Code::Cancelled)
            result =
                fail(Error::Code::Cancelled, QCoreApplication::translate("hydron::Git", "The download was cancelled."),
                     result.error().toString());
        flushProgress();
        Q_EMIT finished(result);
    }

    [[nodiscard]] bool isCancelled() const { return m_cancelled->load(); }

    void reportProgress(qint64 done, qint64 total, CloneStage stage, qint64 bytes)
    {
        m_pending = Pending{done, total, stage, bytes};
        const bool stageChanged = !m_lastStage || *m_lastStage != stage;
        const bool complete = total > 0 && done >= total;
        if (stageChanged || complete || !m_clock.isValid() || m_clock.elapsed() >= 50)
            flushProgress();
    }

    void flushProgress()
    {
        if (!m_pending)
            return;
        const Pending p = *m_pending;
        m_pending.reset();
        m_lastStage = p.stage;
        m_clock.start();
        Q_EMIT progress(p.done, p.total, p.stage);
        if (p.bytes >= 0)
            Q_EMIT bytesReceived(p.bytes);
    }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, hydron::source::CloneStage stage);
    void bytesReceived(qint64 bytes);
    void remoteMessage(const QString &line);
    void hostKeyPresented(const hydron::source::SshHostKey &key, bool trusted);
    void finished(const hydron::Result<hydron::source::CloneResult> &result);

private:
    struct Pending
    {
        qint64 done;
        qint64 total;
        CloneStage stage;
        qint64 bytes;
    };

    CloneJob::Work m_work;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QElapsedTimer m_clock;
    std::optional<Pending> m_pending;
    std::optional<CloneStage> m_lastStage;
};

} // namespace detail

QString cloneStageLabel(CloneStage stage)
{
    switch (stage) {
    case CloneStage::Connecting:
        return QCoreApplication::translate("hydron::Git", "Connecting");
    case CloneStage::Receiving:
        return QCoreApplication::translate("hydron::Git", "Receiving objects");
    case CloneStage::Resolving:
        return QCoreApplication::translate("hydron::Git", "Resolving deltas");
    case CloneStage::CheckingOut:
        return QCoreApplication::translate("hydron::Git", "Checking out files");
    }
    return {};
}

CloneContext::CloneContext(detail::CloneRunner *runner)
    : m_runner(runner)
{}

bool CloneContext::isCancelled() const
{
    return m_runner->isCancelled();
}

void CloneContext::reportProgress(qint64 done, qint64 total, CloneStage stage, qint64 bytes)
{
    m_runner->reportProgress(done, total, stage, bytes);
}

void CloneContext::reportRemoteMessage(const QString &line)
{
    Q_EMIT m_runner->remoteMessage(line);
}

void CloneContext::reportHostKey(const SshHostKey &key, bool trusted)
{
    Q_EMIT m_runner->hostKeyPresented(key, trusted);
}

CloneJob::CloneJob(CloneRequest request, Work work, QThread *worker, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_work(std::move(work))
    , m_worker(worker)
{
    QMetaObject::invokeMethod(this, &CloneJob::start, Qt::QueuedConnection);
}

CloneJob::~CloneJob()
{
    // The work may still run on the worker thread: make it stop at its next callback.
    m_cancelled->store(true);
}

void CloneJob::cancel()
{
    m_cancelled->store(true);
}

void CloneJob::abandon(const Error &error)
{
    m_cancelled->store(true);
    finish(std::unexpected(error));
}

void CloneJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    Q_EMIT started();
    if (m_cancelled->load()) {
        finish(fail(Error::Code::Cancelled,
                    QCoreApplication::translate("hydron::Git", "The download was cancelled before it started.")));
        return;
    }

    auto *runner = new detail::CloneRunner(std::move(m_work), m_cancelled);
    m_work = nullptr;
    connect(runner, &detail::CloneRunner::progress, this, &CloneJob::progress);
    connect(runner, &detail::CloneRunner::bytesReceived, this, &CloneJob::bytesReceived);
    connect(runner, &detail::CloneRunner::remoteMessage, this, &CloneJob::remoteMessage);
    connect(runner, &detail::CloneRunner::hostKeyPresented, this, [this](const SshHostKey &key, bool trusted) {
        m_hostKey = key;
        Q_EMIT hostKeyPresented(key, trusted);
    });
    connect(runner, &detail::CloneRunner::finished, this, &CloneJob::finish);

    if (!m_worker) {
        // No worker thread (a test double's synchronous work): run here and now.
        runner->run();
        delete runner;
        return;
    }
    if (!m_worker->isRunning()) {
        delete runner;
        finish(fail(Error::Code::Internal,
                    QCoreApplication::translate("hydron::Git", "The Git worker thread is not running.")));
        return;
    }
    runner->moveToThread(m_worker);
    // If the thread stops before the runner got to run, it is still freed.
    connect(m_worker, &QThread::finished, runner, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        runner,
        [runner] {
            runner->run();
            runner->deleteLater();
        },
        Qt::QueuedConnection);
}

void CloneJob::finish(const Result<CloneResult> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace hydron::source

#include "clonejob.moc"
