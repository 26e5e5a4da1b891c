// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/llmjob.h"
#include "core/assistant/modelinfo.h"
#include "core/error.h"

#include <QList>

#include <optional>

namespace hydron::assistant {

// `GET /v1/models`, every page: the models the key may use, newest first as the API lists them.
class ModelListJob final : public LlmJob
{
    Q_OBJECT

public:
    explicit ModelListJob(QObject *parent = nullptr);
    ~ModelListJob() override;

    [[nodiscard]] const std::optional<Result<QList<ModelInfo>>> &result() const { return m_result; }

    // For LlmClient implementations (see LlmJob).
    void reportPage(int modelsSoFar);
    void finish(const hydron::Result<QList<hydron::assistant::ModelInfo>> &result);

Q_SIGNALS:
    void pageReceived(int modelsSoFar);
    void finished(const hydron::Result<QList<hydron::assistant::ModelInfo>> &result);

protected:
    void finishCancelled() override;

private:
    std::optional<Result<QList<ModelInfo>>> m_result;
};

} // namespace hydron::assistant

// See messagejob.h: hydron::Error has no operator==, so neither has this std::expected.
template<>
struct QTypeTraits::has_operator_equal<hydron::Result<QList<hydron::assistant::ModelInfo>>> : std::false_type
{
};
