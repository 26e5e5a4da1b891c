// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/remote/command.h"
#include "core/runs/commandoutput.h"

#include <QList>
#include <QString>

#include <optional>

// The per-server run lock. It lives ON the server, so every Hydron (this window, hydron-cli,
// a colleague's laptop) sees it: an atomic `mkdir …/run.lock` with a `holder` file inside
// ("holder=PID@HOST run=ID time=ISO"). The folder is /opt/hydron/locks when it exists and the
// SSH user may write there (root on a provisioned server), else ~/.hydron/locks of the SSH
// user (a fresh server, or a non-root user). Acquiring looks at both, so a run that took the
// lock in ~/.hydron before provisioning created /opt/hydron/locks is still seen.
//
// Rules: a run re-acquires a lock its own run id holds from this machine (resuming after a
// crash or a dropped connection); a lock held by anything else refuses with the holder. A
// stale lock (its holder's process gone, or a run that ended without releasing it because
// the connection was down) is released explicitly (Mode::Unlock) or, by the engine, when the
// holder is a run of this machine that the local RunStore shows as ended.
// The same script also creates ~/.hydron/runs (0700), where env files of steps go.
namespace hydron::runs {

struct LockHolder
{
    QString path;   // …/run.lock on the server
    QString holder; // "PID@HOST" of the Hydron process holding it
    qint64 runId = 0;
    QString time; // when it was taken (UTC, ISO 8601)

    [[nodiscard]] bool onThisMachine() const;
    // The holder ran on this machine and its process no longer exists.
    [[nodiscard]] bool processGone() const;
    // "run 12 (process 4711 on laptop, since 2026-…)", translated.
    [[nodiscard]] QString describe() const;

    friend bool operator==(const LockHolder &, const LockHolder &) = default;
};

struct LockReply
{
    bool acquired = false;     // Acquire/Takeover: the lock is ours now
    QString path;              // where our lock is (acquired)
    QString workDirectory;     // ~/.hydron/runs on the server
    QList<LockHolder> holders; // Acquire: who holds it (refused); Show/Unlock: what was there
};

enum class LockMode
{
    Acquire,  // take it; refused (exit 75) when another holds it
    Takeover, // remove whatever is there, then take it (a stale lock the engine judged ended)
    Release,  // remove it where this run (from this machine) holds it
    Unlock,   // remove it whoever holds it: the explicit release of a stale lock
    Show,     // report holders, change nothing
};

// The command for one lock operation. `holder` is RunStore::currentHolder(); an empty
// `lockDirectory` picks /opt/hydron/locks or ~/.hydron/locks, an empty `workDirectory`
// ~/.hydron/runs (tests give their own folders).
[[nodiscard]] remote::Command serverLockCommand(LockMode mode, qint64 runId, const QString &holder,
                                                const QString &lockDirectory, const QString &workDirectory = {});
[[nodiscard]] Result<LockReply> readLockReply(const CommandOutput &output);
// `command` followed, in the same remote shell and whatever its exit, by releasing run `runId`'s
// lock; the command's exit status is kept, and "HYDRON-LOCK released path=…" (lockReleasedLine)
// is printed on stdout when the lock was released. A run's last step ends with it: one round trip
// fewer per run. With `onlyWhenDone`, the lock is released only when the command succeeded and
// printed a HYDRON-DONE line (a step that may end its run early: StepDefinition::mayFinishRun);
// its standard output then passes through `tee` to a temporary file that is searched at the end.
[[nodiscard]] remote::Command withLockRelease(remote::Command command, qint64 runId, const QString &holder,
                                              const QString &lockDirectory, const QString &workDirectory,
                                              bool onlyWhenDone = false);
inline constexpr QStringView lockReleasedLine = u"HYDRON-LOCK released ";

// The error a refused run reports: names the holder and what to do.
[[nodiscard]] Error lockHeldError(const QString &serverName, const LockHolder &holder);

} // namespace hydron::runs
