// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshtransport.h"

#include "core/remote/remoteerror.h"
#include "core/remote/sshworker.h"

#include <QCoreApplication>
#include <QPromise>

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

Error cancelledError()
{
    return remoteError(Failure::Cancelled, Error::Code::Cancelled,
                       QCoreApplication::translate("hydron::Ssh", "The command was cancelled."));
}

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

} // namespace

SshTransport::SshTransport(const Server &server, SshOptions options, QObject *parent)
    : Transport(parent)
    , m_server(server)
    , m_worker(new SshWorker(server, std::move(options)))
{
    m_thread.setObjectName(u"hydron-ssh"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SshWorker::commandStarted, this, [this](quint64 id) {
        if (CommandJob *job = m_jobs.value(id))
            job->reportStarted();
    });
    connect(m_worker, &SshWorker::commandOutput, this, [this](quint64 id, const QList<OutputLine> &lines) {
        if (CommandJob *job = m_jobs.value(id))
            job->reportOutput(lines);
    });
    connect(m_worker, &SshWorker::commandFinished, this, [this](quint64 id, const Result<ExitInfo> &result) {
        if (QPointer<CommandJob> job = m_jobs.take(id))
            job->reportFinished(result);
    });
    connect(m_worker, &SshWorker::connectedChanged, this, &SshTransport::connectedChanged);
    m_thread.start();
}

SshTransport::~SshTransport()
{
    // Jobs that outlive the transport end now; the worker stops what still runs remotely.
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<CommandJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->setCancelHandler({});
            job->reportFinished(
                std::unexpected(remoteError(Failure::Cancelled, Error::Code::Cancelled,
                                            QCoreApplication::translate("hydron::Ssh", "The connection was closed."))));
        }
    }
    m_worker->disconnect(this);
    m_thread.quit();
    m_thread.wait();
}

QString SshTransport::displayName() const
{
    return u"%1@%2:%3"_s.arg(m_server.user, m_server.host).arg(m_server.port);
}

void SshTransport::setPinnedFingerprint(const QString &fingerprint)
{
    m_server.hostKeyFingerprint = fingerprint;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, fingerprint] { worker->setPinnedFingerprint(fingerprint); });
}

QFuture<Result<ConnectionInfo>> SshTransport::connectToHost()
{
    auto promise = startedPromise<Result<ConnectionInfo>>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, promise] { worker->connectNow(promise); });
    return promise->future();
}

void SshTransport::disconnectFromHost()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->disconnectNow(); });
}

void SshTransport::cancelRemote(quint64 id)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id] { worker->stopCommand(id, cancelledError()); });
}

CommandJob *SshTransport::run(const Command &command, QObject *parent)
{
    auto *job = new CommandJob(command, parent);
    const quint64 id = ++m_nextId;
    m_jobs.insert(id, job);
    job->setCancelHandler([this, id] { cancelRemote(id); });
    connect(job, &QObject::destroyed, this, [this, id] {
        if (m_jobs.remove(id))
            cancelRemote(id);
    });
    // Queued: the caller connects to the job before anything can be reported.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, command] { worker->startCommand(id, command); });
    return job;
}

QFuture<Result<void>> SshTransport::upload(const QByteArray &data, const QString &remotePath, int mode)
{
    auto promise = startedPromise<Result<void>>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, promise, data, remotePath, mode] {
        worker->upload(promise, data, QString(), remotePath, mode);
    });
    return promise->future();
}

QFuture<Result<void>> SshTransport::uploadFile(const QString &localPath, const QString &remotePath, int mode)
{
    auto promise = startedPromise<Result<void>>();
    if (localPath.isEmpty()) {
        promise->addResult(fail(Error::Code::InvalidInput,
                                QCoreApplication::translate("hydron::Ssh", "No local file was given to upload.")));
        promise->finish();
        return promise->future();
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, promise, localPath, remotePath, mode] {
        worker->upload(promise, QByteArray(), localPath, remotePath, mode);
    });
    return promise->future();
}

QFuture<Result<QByteArray>> SshTransport::readFile(const QString &remotePath, qint64 maxBytes)
{
    auto promise = startedPromise<Result<QByteArray>>();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, promise, remotePath, maxBytes] {
        worker->readFile(promise, remotePath, maxBytes);
    });
    return promise->future();
}

} // namespace hydron::remote
