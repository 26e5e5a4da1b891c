// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/remote/command.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace hydron::remote {

// One run of a command through a Transport (local or SSH: a view cannot tell which).
// Signals, in this order: started() once the process runs, output() with batches of whole
// lines (never one signal per line), then exactly one finished(). The job starts after the
// caller returns to the event loop, so connect right after Transport::run(). cancel() may be
// called from any thread at any time; it signals the process group (TERM, then KILL) and the
// job still ends with finished(), holding an Error with code Cancelled.
// A job is owned by whoever called run(): give it a parent or deleteLater() it after finished.
class CommandJob final : public QObject
{
    Q_OBJECT

public:
    explicit CommandJob(Command command, QObject *parent = nullptr);
    ~CommandJob() override;

    [[nodiscard]] const Command &command() const { return m_command; }
    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isCancelRequested() const { return m_cancelRequested.load(); }

    void cancel();

    // The side of a job that transports and test doubles drive; all in the job's thread.
    // The handler runs (at most once, queued) when cancel() is called before the job finished.
    void setCancelHandler(std::function<void()> handler);
    void reportStarted();
    void reportOutput(const QList<hydron::remote::OutputLine> &lines);
    void reportFinished(const hydron::Result<hydron::remote::ExitInfo> &result); // later calls are ignored

Q_SIGNALS:
    void started();
    void output(const QList<hydron::remote::OutputLine> &lines);
    void finished(const hydron::Result<hydron::remote::ExitInfo> &result);

private:
    Command m_command;
    std::function<void()> m_cancelHandler;
    std::atomic_bool m_cancelRequested = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace hydron::remote
