// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/serverlock.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hydron::runs {
namespace {

constexpr int heldExitCode = 75;

QString lockScript()
{
    // $1 mode, $2 run id, $3 holder (PID@HOST), $4 lock folder override (may be empty), $5 host,
    // $6 work folder override (may be empty).
    return uR"SH(set -u
mode="$1" run="$2" holder="$3" override="$4" host="$5" work="${6:-}"
umask 077
home="${HOME:-}"
[ -n "$home" ] || home="$(getent passwd "$(id -un)" | cut -d: -f6)"
if [ -z "$work" ]; then
    work="$home/.hydron/runs"
    mkdir -p "$work" && chmod 700 "$home/.hydron" || { echo "error: cannot create $work" >&2; exit 1; }
fi
mkdir -p "$work" && chmod 700 "$work" || { echo "error: cannot create $work" >&2; exit 1; }
printf 'HYDRON-WORKDIR %s\n' "$work"
if [ -n "$override" ]; then dirs=("$override"); else dirs=(/opt/hydron/locks "$home/.hydron/locks"); fi
own=""
for d in "${dirs[@]}"; do if [ -d "$d" ] && [ -w "$d" ]; then own="$d"; break; fi; done
if [ -z "$own" ]; then
    own="${dirs[${#dirs[@]}-1]}"
    mkdir -p "$own" || { echo "error: cannot create the lock folder $own" >&2; exit 1; }
fi
show() {
    [ -d "$1/run.lock" ] || return 1
    local h=""
    [ -r "$1/run.lock/holder" ] && h="$(head -n 1 "$1/run.lock/holder")"
    printf 'HYDRON-LOCK held path=%s %s\n' "$1/run.lock" "$h"
}
ours() {
    local h
    h="$(head -n 1 "$1/run.lock/holder" 2>/dev/null)" || return 1
    [[ " $h " == *" run=$run "* ]] && [[ " $h " == *"@$host "* ]]
}
take() {
    if mkdir "$own/run.lock" 2>/dev/null || ours "$own"; then
        printf 'holder=%s run=%s time=%s\n' "$holder" "$run" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$own/run.lock/holder"
        printf 'HYDRON-LOCK acquired path=%s\n' "$own/run.lock"
        exit 0
    fi
    show "$own" || printf 'HYDRON-LOCK held path=%s\n' "$own/run.lock"
    exit 75
}
case "$mode" in
    acquire)
        for d in "${dirs[@]}"; do
            [ "$d" != "$own" ] || continue
            if [ -d "$d/run.lock" ]; then
                if ours "$d"; then rm -rf -- "$d/run.lock"; else show "$d"; exit 75; fi
            fi
        done
        take ;;
    takeover)
        for d in "${dirs[@]}"; do rm -rf -- "$d/run.lock"; done
        take ;;
    release)
        for d in "${dirs[@]}"; do
            if [ -d "$d/run.lock" ] && ours "$d"; then rm -rf -- "$d/run.lock" && printf 'HYDRON-LOCK released path=%s\n' "$d/run.lock"; fi
        done ;;
    unlock)
        for d in "${dirs[@]}"; do
            if show "$d"; then rm -rf -- "$d/run.lock" || exit 1; fi
        done ;;
    show)
        for d in "${dirs[@]}"; do show "$d" || true; done ;;
    *) echo "error: unknown lock mode $mode" >&2; exit 2 ;;
esac
exit 0)SH"_s;
}

QString modeName(LockMode mode)
{
    switch (mode) {
    case LockMode::Acquire:
        return u"acquire"_s;
    case LockMode::Takeover:
        return u"takeover"_s;
    case LockMode::Release:
        return u"release"_s;
    case LockMode::Unlock:
        return u"unlock"_s;
    case LockMode::Show:
        return u"show"_s;
    }
    return {};
}

LockHolder parseHolder(QStringView line)
{
    LockHolder h;
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u"path="))
            h.path = word.sliced(5).toString();
        else if (word.startsWith(u"holder="))
            h.holder = word.sliced(7).toString();
        else if (word.startsWith(u"run="))
            h.runId = word.sliced(4).toLongLong();
        else if (word.startsWith(u"time="))
            h.time = word.sliced(5).toString();
    }
    return h;
}

} // namespace

bool LockHolder::onThisMachine() const
{
    const qsizetype at = holder.indexOf(u'@');
    return at > 0 && holder.sliced(at + 1) == QSysInfo::machineHostName();
}

bool LockHolder::processGone() const
{
    if (!onThisMachine())
        return false;
    const pid_t pid = holder.first(holder.indexOf(u'@')).toInt();
    return pid <= 0 || (pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH);
}

QString LockHolder::describe() const
{
    if (holder.isEmpty())
        return QCoreApplication::translate("hydron::RunEngine", "an unknown holder (%1 has no holder file)").arg(path);
    const qsizetype at = holder.indexOf(u'@');
    const QString pid = holder.first(std::max<qsizetype>(at, 0));
    const QString host = holder.sliced(at + 1);
    QString text = QCoreApplication::translate("hydron::RunEngine", "run %1 (process %2 on %3, since %4)")
                       .arg(runId)
                       .arg(pid, host, time.isEmpty() ? u"?"_s : time);
    if (processGone())
        text += QCoreApplication::translate("hydron::RunEngine", "; that process no longer exists");
    return text;
}

remote::Command serverLockCommand(LockMode mode, qint64 runId, const QString &holder, const QString &lockDirectory,
                                  const QString &workDirectory)
{
    remote::Command c;
    c.script = lockScript();
    c.arguments = {modeName(mode), QString::number(runId),      holder,
                   lockDirectory,  QSysInfo::machineHostName(), workDirectory};
    c.timeout = std::chrono::seconds(60);
    return c;
}

remote::Command withLockRelease(remote::Command command, qint64 runId, const QString &holder,
                                const QString &lockDirectory, const QString &workDirectory, bool onlyWhenDone)
{
    // Both parts run in subshells, so that an `exit` in either ends only its own part.
    const qsizetype n = command.arguments.size();
    QString arguments;
    for (qsizetype i = 1; i <= 5; ++i)
        arguments += u" \"${%1}\""_s.arg(n + i);
    const QString release = u"(\nset -- release"_s + arguments + u"\n"_s + lockScript() +
                            u"\n) 2>/dev/null | grep '^HYDRON-LOCK released ' || true\n"_s;
    if (onlyWhenDone) {
        // Without a temporary file the lock stays (the engine releases it after the run).
        command.script = u"hydron_out=\"$(mktemp 2>/dev/null)\" || hydron_out=/dev/null\n(\n"_s + command.script +
                         u"\n) | tee -- \"$hydron_out\"\nhydron_rc=${PIPESTATUS[0]}\n"
                         "if [ \"$hydron_rc\" = 0 ] && grep -qE '^HYDRON-DONE( |$)' \"$hydron_out\"; then\n"_s +
                         release +
                         u"fi\n[ \"$hydron_out\" = /dev/null ] || rm -f -- \"$hydron_out\"\nexit \"$hydron_rc\"\n"_s;
    } else {
        command.script = u"(\n"_s + command.script + u"\n)\nhydron_rc=$?\n"_s + release + u"exit \"$hydron_rc\"\n"_s;
    }
    command.arguments << QString::number(runId) << holder << lockDirectory << QSysInfo::machineHostName()
                      << workDirectory;
    return command;
}

Result<LockReply> readLockReply(const CommandOutput &output)
{
    LockReply reply;
    for (const QString &line : output.out) {
        if (line.startsWith(u"HYDRON-WORKDIR "))
            reply.workDirectory = line.sliced(15);
        else if (line.startsWith(u"HYDRON-LOCK acquired ")) {
            reply.acquired = true;
            reply.path = parseHolder(QStringView(line).sliced(21)).path;
        } else if (line.startsWith(u"HYDRON-LOCK held "))
            reply.holders.append(parseHolder(QStringView(line).sliced(17)));
    }
    if (output.exit.code != 0 && output.exit.code != heldExitCode)
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::RunEngine", "The server's run lock could not be handled: %1")
                        .arg(output.err.isEmpty() ? output.exit.message : output.err.join(u' ')),
                    output.err.join(u'\n'));
    return reply;
}

Error lockHeldError(const QString &serverName, const LockHolder &holder)
{
    QString message =
        QCoreApplication::translate("hydron::RunEngine", "%1 is busy: its run lock (%2) is held by %3. Hydron runs one "
                                                         "thing at a time per server; wait for that run to end.")
            .arg(serverName, holder.path, holder.describe());
    if (holder.processGone() || !holder.onThisMachine())
        message += u' ' + QCoreApplication::translate("hydron::RunEngine",
                                                      "If that run is no longer going on, release the lock "
                                                      "explicitly (unlock the server) and start again.");
    return Error{Error::Code::AlreadyExists, message, u"server-locked: "_s + holder.path};
}

} // namespace hydron::runs
