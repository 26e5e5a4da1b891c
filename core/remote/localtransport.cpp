// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/localtransport.h"

#include "core/logging.h"
#include "core/remote/commandwrapper.h"
#include "core/remote/outputcollector.h"
#include "core/remote/remoteerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

constexpr int flushIntervalMs = 50;
constexpr qsizetype flushLines = 8192;
constexpr int killGraceMs = 3000;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// One running local command; a child of its job, so it goes when the job goes.
class LocalRun final : public QObject
{
public:
    explicit LocalRun(CommandJob *job)
        : QObject(job)
        , m_job(job)
        , m_process(new QProcess(this))
    {
        m_flushTimer.setSingleShot(true);
        m_flushTimer.setInterval(flushIntervalMs);
        QObject::connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
        m_killTimer.setSingleShot(true);
        QObject::connect(&m_killTimer, &QTimer::timeout, this, [this] { signalAll(SIGKILL); });
        m_timeoutTimer.setSingleShot(true);
        QObject::connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
            stop(remoteError(
                Failure::CommandTimeout, Error::Code::Network,
                QCoreApplication::translate("hydron::Ssh", "The command did not finish within %1 s and was stopped.")
                    .arg(static_cast<double>(m_job->command().timeout.count()) / 1000.0),
                u"timeout"_s));
        });
        job->setCancelHandler([this] {
            stop(remoteError(Failure::Cancelled, Error::Code::Cancelled,
                             QCoreApplication::translate("hydron::Ssh", "The command was cancelled.")));
        });
    }

    ~LocalRun() override
    {
        // The job is being deleted while the command runs: do not leave it behind (QProcess then
        // reaps the killed bash).
        if (m_process->state() != QProcess::NotRunning) {
            m_process->disconnect(this);
            signalAll(SIGKILL);
        }
    }

    void start()
    {
        const Command &command = m_job->command();
        if (m_job->isCancelRequested()) {
            finishWith(remoteError(Failure::Cancelled, Error::Code::Cancelled,
                                   QCoreApplication::translate("hydron::Ssh", "The command was cancelled.")));
            return;
        }
        if (auto valid = validateEnvironment(command); !valid) {
            finishWith(valid.error());
            return;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[key, value] : command.environment)
            env.insert(key, value);
        m_process->setProcessEnvironment(env);
        m_process->setProgram(u"bash"_s);
        m_process->setArguments(wrapperArguments(command));

        QObject::connect(m_process, &QProcess::started, this, [this] {
            m_pid = m_process->processId();
            m_job->reportStarted();
            if (!m_job->command().standardInput.isEmpty())
                m_process->write(m_job->command().standardInput);
            m_process->closeWriteChannel();
            if (m_job->command().timeout.count() > 0)
                m_timeoutTimer.start(m_job->command().timeout);
        });
        QObject::connect(m_process, &QProcess::readyReadStandardOutput, this,
                         [this] { read(QProcess::StandardOutput); });
        QObject::connect(m_process, &QProcess::readyReadStandardError, this, [this] { read(QProcess::StandardError); });
        QObject::connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finishWith(
                    remoteError(Failure::Other, Error::Code::Unsupported,
                                QCoreApplication::translate("hydron::Ssh", "Could not start bash on this computer."),
                                m_process->errorString()));
        });
        QObject::connect(m_process, &QProcess::finished, this,
                         [this](int code, QProcess::ExitStatus status) { processFinished(code, status); });
        m_clock.start();
        m_process->start();
    }

private:
    void read(QProcess::ProcessChannel channel)
    {
        m_process->setReadChannel(channel);
        const QByteArray data = m_process->readAll();
        m_out.feed(channel == QProcess::StandardOutput ? Stream::Stdout : Stream::Stderr, data);
        if (m_stopReason && m_out.processGroup() > 0 && !m_groupSignalled)
            signalAll(SIGTERM); // the group became known after the cancel
        if (m_out.pendingLines() >= flushLines)
            flush();
        else if (m_out.pendingLines() > 0 && !m_flushTimer.isActive())
            m_flushTimer.start();
    }

    void flush()
    {
        m_flushTimer.stop();
        if (m_out.pendingLines() == 0)
            return;
        QList<OutputLine> lines = m_out.takeLines();
        // Counted for the consumer's accounting; the pipes are still read as they fill.
        if (const auto &gate = m_job->command().gate)
            gate->hold(lines.size());
        m_job->reportOutput(lines);
    }

    void signalAll(int signal)
    {
        if (m_out.processGroup() > 0) {
            ::kill(static_cast<pid_t>(-m_out.processGroup()), signal);
            m_groupSignalled = true;
        }
        if (m_pid > 0 && m_process->state() != QProcess::NotRunning)
            ::kill(static_cast<pid_t>(m_pid), signal);
    }

    void stop(Error reason)
    {
        if (m_stopReason || m_job->isFinished())
            return;
        m_stopReason = std::move(reason);
        if (m_process->state() == QProcess::NotRunning) {
            finishWith(*m_stopReason);
            return;
        }
        signalAll(SIGTERM);
        m_killTimer.start(killGraceMs);
    }

    void processFinished(int code, QProcess::ExitStatus status)
    {
        m_timeoutTimer.stop();
        m_killTimer.stop();
        read(QProcess::StandardOutput);
        read(QProcess::StandardError);
        m_out.finish();
        flush();
        if (m_stopReason) {
            finishWith(*m_stopReason);
            return;
        }
        ExitInfo info;
        info.duration = std::chrono::milliseconds(m_clock.elapsed());
        if (status == QProcess::CrashExit) {
            info.code = -1;
            info.signal = code == SIGKILL ? u"KILL"_s : code == SIGTERM ? u"TERM"_s : QString::number(code);
        } else {
            info.code = code;
        }
        info.message = exitMessage(info.code, info.signal);
        m_job->reportFinished(info);
    }

    void finishWith(const Error &error)
    {
        if (!m_job->isFinished())
            m_job->reportFinished(std::unexpected(error));
    }

    CommandJob *m_job;
    QProcess *m_process;
    OutputCollector m_out;
    QElapsedTimer m_clock;
    QTimer m_flushTimer;
    QTimer m_killTimer;
    QTimer m_timeoutTimer;
    std::optional<Error> m_stopReason;
    qint64 m_pid = 0;
    bool m_groupSignalled = false;
};

// Writes `produce`'s bytes to `path` atomically with exactly `mode`.
Result<void> writeAtomically(const QString &path, int mode, const std::function<Result<void>(int fd)> &produce)
{
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + u"/."_s + target.fileName() + u".hydron-"_s +
                         QString::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd =
        ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode) & 0700);
    if (fd < 0) {
        const int error = errno;
        return fail(Error::Code::Io, QCoreApplication::translate("hydron::Ssh", "Could not create %1.").arg(path),
                    errnoText(error));
    }
    auto cleanup = [&](const QString &what, int error) -> Result<void> {
        ::close(fd);
        ::unlink(tempName.constData());
        return fail(Error::Code::Io, what, errnoText(error));
    };
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0)
        return cleanup(QCoreApplication::translate("hydron::Ssh", "Could not set the permissions of %1.").arg(path),
                       errno);
    if (auto written = produce(fd); !written) {
        ::close(fd);
        ::unlink(tempName.constData());
        return written;
    }
    if (::fsync(fd) != 0)
        return cleanup(QCoreApplication::translate("hydron::Ssh", "Could not write %1.").arg(path), errno);
    ::close(fd);
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        return fail(Error::Code::Io, QCoreApplication::translate("hydron::Ssh", "Could not write %1.").arg(path),
                    errnoText(error));
    }
    return {};
}

Result<void> writeAll(int fd, const char *data, qint64 size, const QString &path)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            return fail(Error::Code::Io, QCoreApplication::translate("hydron::Ssh", "Could not write %1.").arg(path),
                        errnoText(error));
        }
        data += n;
        size -= n;
    }
    return {};
}

template<typename T, typename Work>
QFuture<Result<T>> onPool(Work work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace

LocalTransport::LocalTransport(QObject *parent)
    : Transport(parent)
{}

LocalTransport::~LocalTransport() = default;

QString LocalTransport::displayName() const
{
    return QCoreApplication::translate("hydron::Ssh", "This computer");
}

CommandJob *LocalTransport::run(const Command &command, QObject *parent)
{
    auto *job = new CommandJob(command, parent);
    auto *run = new LocalRun(job);
    QTimer::singleShot(0, run, [run] { run->start(); });
    return job;
}

QFuture<Result<void>> LocalTransport::upload(const QByteArray &data, const QString &remotePath, int mode)
{
    return onPool<void>([data, remotePath, mode] {
        return writeAtomically(remotePath, mode,
                               [&](int fd) { return writeAll(fd, data.constData(), data.size(), remotePath); });
    });
}

QFuture<Result<void>> LocalTransport::uploadFile(const QString &localPath, const QString &remotePath, int mode)
{
    return onPool<void>([localPath, remotePath, mode]() -> Result<void> {
        QFile source(localPath);
        if (!source.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io,
                        QCoreApplication::translate("hydron::Ssh", "Could not read %1.").arg(localPath),
                        source.errorString());
        return writeAtomically(remotePath, mode, [&](int fd) -> Result<void> {
            QByteArray chunk(256 * 1024, Qt::Uninitialized);
            while (true) {
                const qint64 n = source.read(chunk.data(), chunk.size());
                if (n < 0)
                    return fail(Error::Code::Io,
                                QCoreApplication::translate("hydron::Ssh", "Could not read %1.").arg(localPath),
                                source.errorString());
                if (n == 0)
                    return {};
                if (auto ok = writeAll(fd, chunk.constData(), n, remotePath); !ok)
                    return ok;
            }
        });
    });
}

QFuture<Result<QByteArray>> LocalTransport::readFile(const QString &remotePath, qint64 maxBytes)
{
    return onPool<QByteArray>([remotePath, maxBytes]() -> Result<QByteArray> {
        QFile file(remotePath);
        if (!file.exists())
            return std::unexpected(
                remoteError(Failure::RemoteFile, Error::Code::NotFound,
                            QCoreApplication::translate("hydron::Ssh", "%1 does not exist.").arg(remotePath)));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(remoteError(
                Failure::RemoteFile, Error::Code::Io,
                QCoreApplication::translate("hydron::Ssh", "Could not read %1.").arg(remotePath), file.errorString()));
        QByteArray data = file.read(maxBytes + 1);
        if (data.size() > maxBytes)
            return std::unexpected(remoteError(
                Failure::RemoteFile, Error::Code::InvalidInput,
                QCoreApplication::translate("hydron::Ssh", "%1 is larger than %2 bytes, too large to read here.")
                    .arg(remotePath)
                    .arg(maxBytes)));
        return data;
    });
}

} // namespace hydron::remote
