// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Streams N short lines (default 1,000,000) from a loopback sshd through SshTransport and
// compares the wall time with OpenSSH (`ssh -p PORT root@127.0.0.1 'seq N' > /dev/null`).
// Also reports the longest stall of the receiving thread's event loop and the peak memory.
// Usage: bench_sshlines [lines] [repetitions] [script]   Prints one JSON object per measurement.
#include "core/remote/sshtransport.h"
#include "processstats.h"
#include "sshdfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::bench::peakRssKb;
using hydron::bench::threadCpuMs;
using namespace hydron::remote;

namespace {

struct Run
{
    qint64 ms = -1;
    qint64 lines = 0;
    int batches = 0;
    qint64 longestStallMs = 0;
    bool ok = false;
};

// Runs `seq N` on the transport, waiting in a real event loop (as the GUI would).
Run throughTransport(SshTransport &transport, int count, const QString &script)
{
    Run run;
    QEventLoop loop;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker; // measures how long the event loop is kept from running
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        run.longestStallMs = std::max(run.longestStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    Command command;
    command.script = script;
    command.arguments = {QString::number(count)};
    clock.start();
    sinceTick.start();
    ticker.start();
    CommandJob *job = transport.run(command);
    QObject::connect(job, &CommandJob::output, &loop, [&](const QList<OutputLine> &lines) {
        run.lines += lines.size();
        ++run.batches;
    });
    QObject::connect(job, &CommandJob::finished, &loop, [&](const Result<ExitInfo> &result) {
        run.ms = clock.elapsed();
        run.ok = result && result->code == 0;
        loop.quit();
    });
    loop.exec();
    delete job;
    return run;
}

qint64 throughOpenSsh(const SshdFixture &sshd, int count)
{
    QElapsedTimer clock;
    clock.start();
    const int code = SshdFixture::runProgram(
        u"bash"_s, {u"-c"_s,
                    u"ssh -q -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -i \"$1\" "
                    "-p \"$2\" root@127.0.0.1 \"seq 1 $3\" > /dev/null"_s,
                    u"bench"_s, sshd.userKey(), QString::number(sshd.port()), QString::number(count)});
    return code == 0 ? clock.elapsed() : -1;
}

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int repetitions = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    // A different producer for experiments, e.g. 'head -c 6888896 /dev/zero' (no lines at all).
    const QString script = argc > 3 ? QString::fromLocal8Bit(argv[3]) : u"seq 1 \"$1\""_s;
    SshdFixture sshd;
    QString why;
    if (!sshd.start(&why)) {
        std::fprintf(stderr, "bench_sshlines: %s\n", qPrintable(why));
        return 2;
    }
    const qint64 rssBefore = peakRssKb();
    SshOptions options;
    options.configFile = QString();
    SshTransport transport(sshd.server(), options);
    int failures = 0;
    for (int i = 0; i < repetitions; ++i) {
        const qint64 openssh = throughOpenSsh(sshd, count);
        const auto cpuBefore = threadCpuMs();
        const Run hydron = throughTransport(transport, count, script);
        const auto cpuAfter = threadCpuMs(); // the first run includes connecting
        failures += (!hydron.ok || hydron.lines != count || openssh < 0) ? 1 : 0;
        print(QJsonObject{
            {u"benchmark"_s, u"ssh_lines"_s},
            {u"lines"_s, count},
            {u"connection"_s, i == 0 ? u"new"_s : u"reused"_s},
            {u"hydron_ms"_s, hydron.ms},
            {u"openssh_ms"_s, openssh},
            {u"ratio"_s, openssh > 0 ? static_cast<double>(hydron.ms) / static_cast<double>(openssh) : -1.0},
            {u"lines_received"_s, hydron.lines},
            {u"batches"_s, hydron.batches},
            {u"longest_event_loop_stall_ms"_s, hydron.longestStallMs},
            {u"extra_peak_rss_mb"_s, static_cast<double>(peakRssKb() - rssBefore) / 1024.0},
            {u"ssh_thread_cpu_ms"_s, cpuAfter.value(u"hydron-ssh"_s) - cpuBefore.value(u"hydron-ssh"_s)},
            {u"main_thread_cpu_ms"_s, cpuAfter.value(u"bench_sshlines"_s) - cpuBefore.value(u"bench_sshlines"_s)},
            {u"ok"_s, hydron.ok && hydron.lines == count}});
    }
    return failures == 0 ? 0 : 1;
}
