// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/llmjob.h"

#include <QPointer>
#include <QThread>

namespace hydron::assistant {

LlmJob::LlmJob(QObject *parent)
    : QObject(parent)
{}

LlmJob::~LlmJob() = default;

void LlmJob::cancel()
{
    if (m_cancelRequested.exchange(true))
        return;
    if (QThread::currentThread() == thread())
        handleCancel();
    else
        QMetaObject::invokeMethod(this, &LlmJob::handleCancel, Qt::QueuedConnection);
}

void LlmJob::handleCancel()
{
    if (m_finished)
        return;
    QPointer<LlmJob> self(this);
    Q_EMIT cancelRequested();
    if (self && !m_finished)
        finishCancelled();
}

void LlmJob::reportStarted()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    Q_EMIT started();
}

void LlmJob::reportRetrying(int nextAttempt, qint64 delayMs, const QString &reason)
{
    if (!m_finished)
        Q_EMIT retrying(nextAttempt, delayMs, reason);
}

void LlmJob::reportFailureDetail(int httpStatus, const QString &apiErrorType)
{
    m_httpStatus = httpStatus;
    m_apiErrorType = apiErrorType;
}

bool LlmJob::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void LlmJob::afterFinished()
{
    if (m_autoDelete)
        deleteLater();
}

} // namespace hydron::assistant
