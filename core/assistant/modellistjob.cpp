// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/modellistjob.h"

#include <QCoreApplication>

namespace hydron::assistant {

ModelListJob::ModelListJob(QObject *parent)
    : LlmJob(parent)
{}

ModelListJob::~ModelListJob() = default;

void ModelListJob::reportPage(int modelsSoFar)
{
    if (!isFinished())
        Q_EMIT pageReceived(modelsSoFar);
}

void ModelListJob::finish(const Result<QList<ModelInfo>> &result)
{
    if (!markFinished())
        return;
    m_result = result;
    Q_EMIT finished(result);
    afterFinished();
}

void ModelListJob::finishCancelled()
{
    finish(fail(Error::Code::Cancelled,
                QCoreApplication::translate("hydron::Claude", "Fetching the list of Claude models was cancelled.")));
}

} // namespace hydron::assistant
