// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analyzer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace hydron::analysis {

// One analysis of a repository folder (CONVENTIONS rule 6). Starts when control returns to the
// event loop, so connect first. The work runs on the global thread pool (the one QtConcurrent
// uses); progress arrives as queued signals, at most about 20 a second; exactly one finished().
// cancel() is safe from any thread and ends the job with Error::Code::Cancelled. Deleting a
// running job cancels it and waits for the work to notice (it checks often).
class AnalysisJob final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisJob(QString root, AnalysisOptions options = {}, QObject *parent = nullptr);
    ~AnalysisJob() override;

    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    void cancel();

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total, const QString &stage);
    void finished(const hydron::Result<hydron::analysis::AnalysisResult> &result);

private:
    struct Shared;
    void start();
    void finish(const Result<AnalysisResult> &result);

    QString m_root;
    AnalysisOptions m_options;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<Result<AnalysisResult>> m_watcher;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace hydron::analysis

// Result<T> has an operator== only when its error type has one; tell QMetaType not to look.
template<>
struct QTypeTraits::has_operator_equal<hydron::Result<hydron::analysis::AnalysisResult>> : std::false_type
{
};
