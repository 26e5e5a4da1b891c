// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/transport.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Test helpers: run a job or wait for a future without blocking the event loop the transports need.
struct JobOutcome
{
    bool started = false;
    bool finished = false;
    int finishedCount = 0;
    int batches = 0;
    hydron::Result<hydron::remote::ExitInfo> result;
    QList<hydron::remote::OutputLine> lines;
    qint64 elapsedMs = 0;

    [[nodiscard]] QStringList texts(hydron::remote::Stream stream) const
    {
        QStringList out;
        for (const auto &line : lines) {
            if (line.stream == stream)
                out << line.text;
        }
        return out;
    }
    [[nodiscard]] QStringList out() const { return texts(hydron::remote::Stream::Stdout); }
    [[nodiscard]] QStringList err() const { return texts(hydron::remote::Stream::Stderr); }
    [[nodiscard]] int exitCode() const { return result ? result->code : -1000; }
    [[nodiscard]] QString describe() const
    {
        return result ? QStringLiteral("exit %1 %2").arg(result->code).arg(result->signal) : result.error().toString();
    }
};

// Runs `command` to its end; `whileRunning` gets the job once it has started (e.g. to cancel it).
inline std::shared_ptr<JobOutcome> runJob(hydron::remote::Transport &transport, const hydron::remote::Command &command,
                                          int timeoutMs = 60'000,
                                          const std::function<void(hydron::remote::CommandJob *)> &whileRunning = {})
{
    auto outcome = std::make_shared<JobOutcome>();
    QElapsedTimer clock;
    clock.start();
    hydron::remote::CommandJob *job = transport.run(command);
    QObject::connect(job, &hydron::remote::CommandJob::started, job, [outcome, job, whileRunning] {
        outcome->started = true;
        if (whileRunning)
            whileRunning(job);
    });
    QObject::connect(job, &hydron::remote::CommandJob::output, job,
                     [outcome](const QList<hydron::remote::OutputLine> &lines) {
                         outcome->lines.append(lines);
                         ++outcome->batches;
                     });
    QObject::connect(job, &hydron::remote::CommandJob::finished, job,
                     [outcome, &clock](const hydron::Result<hydron::remote::ExitInfo> &result) {
                         outcome->result = result;
                         outcome->finished = true;
                         ++outcome->finishedCount;
                         outcome->elapsedMs = clock.elapsed();
                     });
    (void)QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
    // A second finished() would arrive here.
    QTest::qWait(20);
    delete job;
    return outcome;
}

// The error text of a result, empty on success (QVERIFY2 evaluates its message even when it passes).
template<typename T>
QString describe(const hydron::Result<T> &result)
{
    return result ? QString() : result.error().toString();
}

template<typename T>
T waitFor(QFuture<T> future, int timeoutMs = 60'000)
{
    (void)QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs);
    if (!future.isFinished() || future.resultCount() == 0)
        return T(
            std::unexpected(hydron::Error{hydron::Error::Code::Internal, QStringLiteral("future did not finish"), {}}));
    return future.result();
}
