// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <utility>

namespace hydron::remote {

// Flow control for a command's output. The transport counts the lines it hands on (hold) and
// reads no more of the remote output while more than `limit` of them have not been released by
// whoever processes them; the remote process then waits on a full channel, as it would writing to
// a slow terminal. Without a gate, output is read as fast as it comes and queues in memory.
// SshTransport honours it; LocalTransport reads its pipes as they fill.
class OutputGate
{
public:
    explicit OutputGate(qint64 limit)
        : m_limit(limit)
    {}
    void hold(qint64 lines) { m_pending.fetch_add(lines, std::memory_order_relaxed); }
    void release(qint64 lines) { m_pending.fetch_sub(lines, std::memory_order_release); }
    [[nodiscard]] bool closed() const { return m_pending.load(std::memory_order_acquire) > m_limit; }
    [[nodiscard]] qint64 pending() const { return m_pending.load(std::memory_order_acquire); }

private:
    const qint64 m_limit;
    std::atomic<qint64> m_pending{0};
};

// What to run, locally or on a server. The script is bash source text written by Hydron (a
// script from resources/, or a fixed command); everything that comes from the user or the
// model goes in `arguments` ($1, $2, …) or `environment`, never into the script text.
struct Command
{
    QString script;                                 // run by `bash -c`; e.g. u"docker ps --format \"$1\""_s
    QStringList arguments;                          // $1, $2, … of the script, passed literally
    QList<std::pair<QString, QString>> environment; // extra variables; names are [A-Za-z_][A-Za-z0-9_]*
    QString workingDirectory;                       // empty: the login directory (remote) / the current one (local)
    QByteArray standardInput;                       // written to the script's stdin, then closed
    std::chrono::milliseconds timeout{0};           // 0: no limit; when it passes the job is cancelled with an error
    std::shared_ptr<OutputGate> gate;               // optional flow control of the output (see OutputGate)

    // A program with arguments and no shell at all: `Command::program(u"printf"_s, {u"%s\n"_s, text})`.
    [[nodiscard]] static Command program(const QString &program, const QStringList &arguments = {});
};

enum class Stream
{
    Stdout,
    Stderr
};

// One whole line of output, without its line ending.
struct OutputLine
{
    Stream stream = Stream::Stdout;
    QString text;
    // The line ended with a lone carriage return (a progress bar redrawing itself): a terminal
    // would overwrite it with the next line of the same stream.
    bool progress = false;

    friend bool operator==(const OutputLine &, const OutputLine &) = default;
};

// How a command ended. A non-zero exit code is not an error of the transport: the job's
// Result is an Error only when the command could not run to its end (connection, cancel,
// timeout).
struct ExitInfo
{
    int code = -1;  // the exit status; 128+N when a child died of signal N (as in a shell)
    QString signal; // "TERM", "KILL", … when the process itself died of a signal
    std::chrono::milliseconds duration{0};
    QString message; // translated: "Exited with code 2", "Killed by signal TERM"

    [[nodiscard]] bool succeeded() const { return code == 0 && signal.isEmpty(); }
};

// The translated message for an exit: "Finished successfully", "Exited with code 2", …
[[nodiscard]] QString exitMessage(int code, const QString &signal);

} // namespace hydron::remote

// Job results travel through signals, so Qt's meta-type system sees Result<ExitInfo>. Error has
// no operator== (and std::expected's is not constrained), so tell Qt not to look for one.
template<>
struct QTypeTraits::has_operator_equal<hydron::Result<hydron::remote::ExitInfo>> : std::false_type
{
};

Q_DECLARE_METATYPE(hydron::remote::OutputLine)
Q_DECLARE_METATYPE(hydron::remote::ExitInfo)
