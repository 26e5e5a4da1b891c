// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/commandjob.h"

#include <QMetaObject>

namespace hydron::remote {

CommandJob::CommandJob(Command command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
{}

CommandJob::~CommandJob() = default;

void CommandJob::cancel()
{
    if (m_cancelRequested.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished || !m_cancelHandler)
                return;
            auto handler = std::exchange(m_cancelHandler, {});
            handler();
        },
        Qt::QueuedConnection);
}

void CommandJob::setCancelHandler(std::function<void()> handler)
{
    m_cancelHandler = std::move(handler);
}

void CommandJob::reportStarted()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    Q_EMIT started();
}

void CommandJob::reportOutput(const QList<OutputLine> &lines)
{
    if (m_finished || lines.isEmpty())
        return;
    Q_EMIT output(lines);
}

void CommandJob::reportFinished(const Result<ExitInfo> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelHandler = {};
    Q_EMIT finished(result);
}

} // namespace hydron::remote
