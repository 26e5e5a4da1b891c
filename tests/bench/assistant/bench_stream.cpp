// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_stream [--runs N] [--delta-bytes N]
// A fake Messages API server (on its own thread) streams a 50 KB answer in small text deltas to
// ClaudeClient. For every delta: the time from the server's write (flushed to the socket) to the
// client's textDelta signal on the GUI thread — an upper bound of "arrival to signal", as it also
// holds the loopback hop and Qt's HTTP thread. Two pacings: one delta every 2 ms (a fast model)
// and a burst (as fast as the server can write). Also the longest gap of a 1 ms timer on the
// client thread, i.e. the worst event-loop stall while streaming.
#include "core/assistant/claudeclient.h"
#include "core/logging.h"
#include "streambench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QNetworkProxy>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace hydron;
using namespace hydron::assistant;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

namespace {

using hydron::bench::Clock;

class FixedKey final : public KeyProvider
{
public:
    void fetchKey(QObject *, Callback done) override { done(u"sk-ant-bench-000000000000000000"_s); }
};

struct Stats
{
    double medianUs = 0;
    double p99Us = 0;
    double worstUs = 0;
    qsizetype samples = 0;
};

Stats stats(std::vector<double> us)
{
    Stats s;
    if (us.empty())
        return s;
    std::sort(us.begin(), us.end());
    s.samples = qsizetype(us.size());
    s.medianUs = us[us.size() / 2];
    s.p99Us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
    s.worstUs = us.back();
    return s;
}

struct RunResult
{
    std::vector<double> latenciesUs;
    double maxStallMs = 0;
    double totalMs = 0;
    bool ok = false;
};

// Runs one streamed answer; `pauseMs` between deltas (0: burst).
RunResult runOnce(const QStringList &pieces, int pauseMs)
{
    RunResult result;
    bench::ThreadedStreamServer server(pieces, pauseMs, "bench_stream");

    FixedKey keys;
    ClaudeClient::Options options;
    options.baseUrl = server.baseUrl();
    options.model = u"claude-bench"_s;
    ClaudeClient client(nullptr, &keys, options);

    std::vector<Clock::time_point> received;
    received.reserve(pieces.size());
    QString text;
    bench::StallMeter meter;

    MessageJob *job = client.sendMessage(MessageRequest{.messages = {ApiMessage::userText(u"Write 50 KB."_s)}});
    QObject::connect(job, &MessageJob::textDelta, job, [&](int, const QString &delta) {
        received.push_back(Clock::now());
        text += delta;
    });
    QObject::connect(job, &MessageJob::finished, job, [&](const Result<MessageResponse> &r) {
        result.ok = r.has_value() && r->text() == text && text == pieces.join(QString());
        if (!r)
            std::fprintf(stderr, "bench_stream: the answer failed: %s\n", qPrintable(r.error().toString()));
    });
    QEventLoop loop; // the program's only event loop while this stream runs
    QObject::connect(job, &MessageJob::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer::singleShot(120s, &loop, &QEventLoop::quit);
    meter.start();
    loop.exec();
    meter.stop();
    result.totalMs = meter.elapsedMs();
    result.maxStallMs = meter.maxStallMs();

    const std::vector<Clock::time_point> written = server.written();
    if (written.size() != received.size()) {
        std::fprintf(stderr, "bench_stream: %zu deltas written, %zu received\n", written.size(), received.size());
        result.ok = false;
    }
    for (std::size_t i = 0; i < std::min(written.size(), received.size()); ++i)
        result.latenciesUs.push_back(std::chrono::duration<double, std::micro>(received[i] - written[i]).count());
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Streams per pacing (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption deltaOption(u"delta-bytes"_s, u"Characters per text delta (default 20)."_s, u"N"_s,
                                         u"20"_s);
    parser.addOptions({runsOption, deltaOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int deltaSize = std::max(1, parser.value(deltaOption).toInt());

    logging::Options logOptions;
    logOptions.level = spdlog::level::warn;
    (void)logging::init(logOptions);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    // 50 KB of text with multi-byte characters, cut into deltas.
    const QString sentence = u"Deploying «shop» to hetzner-fsn1: building web, worker and db — health OK. "_s;
    QString answer;
    while (answer.toUtf8().size() < 50 * 1024)
        answer += sentence;
    QStringList pieces;
    for (qsizetype at = 0; at < answer.size(); at += deltaSize)
        pieces.append(answer.mid(at, deltaSize));

    std::printf("bench_stream: %lld-byte answer in %lld deltas of %d characters, %d run(s) per pacing\n",
                static_cast<long long>(answer.toUtf8().size()), static_cast<long long>(pieces.size()), deltaSize, runs);
    std::printf("  latency = server write -> textDelta signal on the client thread\n");
    bool allOk = true;
    for (const int pauseMs : {2, 0}) {
        std::vector<double> all;
        double worstStall = 0;
        double totalMs = 0;
        for (int i = 0; i < runs; ++i) {
            RunResult r = runOnce(pieces, pauseMs);
            allOk = allOk && r.ok;
            all.insert(all.end(), r.latenciesUs.begin(), r.latenciesUs.end());
            worstStall = std::max(worstStall, r.maxStallMs);
            totalMs += r.totalMs;
        }
        const Stats s = stats(all);
        std::printf("  %-18s deltas %6lld  median %8.1f us  p99 %8.1f us  worst %8.1f us  "
                    "longest loop stall %6.2f ms  stream %7.1f ms\n",
                    pauseMs > 0 ? "paced (2 ms):" : "burst:", static_cast<long long>(s.samples), s.medianUs, s.p99Us,
                    s.worstUs, worstStall, totalMs / runs);
    }
    if (!allOk) {
        std::fprintf(stderr, "bench_stream: a streamed answer did not arrive intact\n");
        return 1;
    }
    return 0;
}
