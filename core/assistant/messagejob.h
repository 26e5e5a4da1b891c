// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/llmjob.h"
#include "core/assistant/messageresponse.h"
#include "core/error.h"

#include <QStringList>

#include <optional>

namespace hydron::assistant {

// One streamed `POST /v1/messages`. Listeners see the answer as it streams (text per content
// block index, tool calls with their input JSON fragments) and get the assembled answer — or a
// clear error — in exactly one finished(). Streamed signals of an attempt that failed are never
// followed by a retry: once content was emitted, a failure ends the job.
class MessageJob final : public LlmJob
{
    Q_OBJECT

public:
    explicit MessageJob(QObject *parent = nullptr);
    ~MessageJob() override;

    // Set once finished.
    [[nodiscard]] const std::optional<Result<MessageResponse>> &result() const { return m_result; }
    // Names of the secrets whose values were masked in the request.
    [[nodiscard]] QStringList maskedSecrets() const { return m_maskedSecrets; }

    // For LlmClient implementations (see LlmJob). Reports after finish() are ignored.
    void reportMaskedSecrets(const QStringList &names) { m_maskedSecrets = names; }
    void reportTextDelta(int index, const QString &text);
    void reportToolUseStarted(int index, const QString &id, const QString &name);
    void reportToolInputDelta(int index, const QString &partialJson);
    void reportContentBlockStopped(int index);
    void reportUsage(const hydron::assistant::Usage &usage);
    // Emits finished() the first time; later calls are ignored.
    void finish(const hydron::Result<hydron::assistant::MessageResponse> &result);

Q_SIGNALS:
    void textDelta(int index, const QString &text);
    void toolUseStarted(int index, const QString &id, const QString &name);
    void toolInputDelta(int index, const QString &partialJson);
    void contentBlockStopped(int index);
    void usageUpdated(const hydron::assistant::Usage &usage);
    void finished(const hydron::Result<hydron::assistant::MessageResponse> &result);

protected:
    void finishCancelled() override;

private:
    std::optional<Result<MessageResponse>> m_result;
    QStringList m_maskedSecrets;
};

} // namespace hydron::assistant

// QMetaType asks whether a signal argument type has operator==; std::expected declares one that
// only compiles when hydron::Error has one, which it has not, so Qt is told not to look.
template<>
struct QTypeTraits::has_operator_equal<hydron::Result<hydron::assistant::MessageResponse>> : std::false_type
{
};
