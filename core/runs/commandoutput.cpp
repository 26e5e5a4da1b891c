// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/commandoutput.h"

#include <QPromise>

namespace hydron::runs {

std::shared_ptr<remote::Transport> shareTransport(std::unique_ptr<remote::Transport> transport)
{
    return std::shared_ptr<remote::Transport>(transport.release(), [](remote::Transport *t) {
        if (t)
            t->deleteLater();
    });
}

QFuture<Result<CommandOutput>> collectOutput(const std::shared_ptr<remote::Transport> &transport,
                                             const remote::Command &command)
{
    auto promise = std::make_shared<QPromise<Result<CommandOutput>>>();
    promise->start();
    auto collected = std::make_shared<CommandOutput>();
    remote::CommandJob *job = transport->run(command);
    QObject::connect(job, &remote::CommandJob::output, job, [collected](const QList<remote::OutputLine> &lines) {
        for (const remote::OutputLine &line : lines)
            (line.stream == remote::Stream::Stdout ? collected->out : collected->err).append(line.text);
    });
    QObject::connect(job, &remote::CommandJob::finished, job,
                     [job, promise, collected, keep = transport](const Result<remote::ExitInfo> &result) {
                         if (result) {
                             collected->exit = *result;
                             promise->addResult(Result<CommandOutput>(*collected));
                         } else {
                             promise->addResult(Result<CommandOutput>(std::unexpected(result.error())));
                         }
                         promise->finish();
                         job->deleteLater();
                         // The transport goes with this connection, when the job is deleted.
                         Q_UNUSED(keep);
                     });
    return promise->future();
}

} // namespace hydron::runs
