// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/messagejob.h"

#include <QCoreApplication>

namespace hydron::assistant {

MessageJob::MessageJob(QObject *parent)
    : LlmJob(parent)
{}

MessageJob::~MessageJob() = default;

void MessageJob::reportTextDelta(int index, const QString &text)
{
    if (!isFinished() && !text.isEmpty())
        Q_EMIT textDelta(index, text);
}

void MessageJob::reportToolUseStarted(int index, const QString &id, const QString &name)
{
    if (!isFinished())
        Q_EMIT toolUseStarted(index, id, name);
}

void MessageJob::reportToolInputDelta(int index, const QString &partialJson)
{
    if (!isFinished() && !partialJson.isEmpty())
        Q_EMIT toolInputDelta(index, partialJson);
}

void MessageJob::reportContentBlockStopped(int index)
{
    if (!isFinished())
        Q_EMIT contentBlockStopped(index);
}

void MessageJob::reportUsage(const Usage &usage)
{
    if (!isFinished())
        Q_EMIT usageUpdated(usage);
}

void MessageJob::finish(const Result<MessageResponse> &result)
{
    if (!markFinished())
        return;
    m_result = result;
    Q_EMIT finished(result);
    afterFinished();
}

void MessageJob::finishCancelled()
{
    finish(fail(Error::Code::Cancelled,
                QCoreApplication::translate("hydron::Claude", "The request to Claude was cancelled.")));
}

} // namespace hydron::assistant
