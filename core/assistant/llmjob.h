// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

namespace hydron::assistant {

// What the jobs of an LlmClient share: deferred start, cancel, retries, self-deletion.
// A job ends with exactly one `finished` (declared by each job with its result type).
//
// The report…() methods are for LlmClient implementations — ClaudeClient and test doubles —
// not for listeners.
class LlmJob : public QObject
{
    Q_OBJECT

public:
    ~LlmJob() override;

    // Asks the job to stop: the network request is aborted and the job ends with finished()
    // carrying Error::Code::Cancelled (unless it had already finished). Safe from any thread;
    // on the job's own thread, finished() has been emitted when cancel() returns.
    void cancel();
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested.load(); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // By default the job deletes itself (deleteLater) after finished(); listeners that want to
    // keep it set this to false and delete it themselves.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    [[nodiscard]] bool autoDelete() const { return m_autoDelete; }

    // Diagnostics: attempts made, and the HTTP status and API error type of the last failure
    // (0 and empty when none).
    [[nodiscard]] int attempts() const { return m_attempts; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] QString apiErrorType() const { return m_apiErrorType; }

    void reportStarted();
    void reportAttempt(int attempt) { m_attempts = attempt; }
    void reportRetrying(int nextAttempt, qint64 delayMs, const QString &reason);
    void reportFailureDetail(int httpStatus, const QString &apiErrorType);

Q_SIGNALS:
    void started();
    // A transient failure: attempt `nextAttempt` starts in `delayMs` ms. `reason` is translated.
    void retrying(int nextAttempt, qint64 delayMs, const QString &reason);
    // For implementations: stop the work; the job finishes itself with Cancelled afterwards if
    // the implementation has not finished it.
    void cancelRequested();

protected:
    explicit LlmJob(QObject *parent);
    // Marks the job finished; false when it already was (the caller then emits nothing).
    bool markFinished();
    // Called after finished() was emitted.
    void afterFinished();
    virtual void finishCancelled() = 0;

private:
    void handleCancel();

    std::atomic_bool m_cancelRequested = false;
    bool m_finished = false;
    bool m_started = false;
    bool m_autoDelete = true;
    int m_attempts = 0;
    int m_httpStatus = 0;
    QString m_apiErrorType;
};

} // namespace hydron::assistant
