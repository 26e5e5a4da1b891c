// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_chatpane [--runs N] [--delta-bytes N] [--pause-ms N]
// The chat pane (offscreen, real core services) receives a 50 KB answer from the fake Messages
// API server (on its own thread) in small text deltas. For every delta: the time from the
// server's write to the end of the first paint of the stream view that shows it ("arrival to
// painted"), median and worst; and the longest gap of a 1 ms timer on the GUI thread, i.e. the
// worst event-loop stall while the answer streams (goals: within a frame, 16 ms; no stall over
// 50 ms).
#include "core/assistant/conversation.h"
#include "core/coreservices.h"
#include "core/logging.h"
#include "core/model/project.h"
#include "core/store/projectstore.h"
#include "streambench.h"
#include "ui/chatpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace hydron;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

namespace {

using hydron::bench::Clock;

// Dispatches the viewport's paint itself so the time taken is after the paint.
class PaintWatcher final : public QObject
{
public:
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return false;
        m_inside = true;
        watched->event(event);
        m_inside = false;
        if (painted)
            painted();
        return true;
    }

private:
    bool m_inside = false;
};

struct RunResult
{
    std::vector<double> latenciesMs;
    double maxStallMs = 0;
    double totalMs = 0;
    bool ok = false;
};

RunResult runOnce(const QStringList &pieces, int pauseMs)
{
    RunResult result;
    bench::ThreadedStreamServer server(pieces, pauseMs, "bench_chatpane");
    qputenv("ANTHROPIC_API_KEY", "sk-ant-bench-000000000000000000");
    qputenv("ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());

    QTemporaryDir dir;
    auto core = CoreServices::open(dir.path(), {.fileLogging = false, .markInterrupted = false});
    if (!core)
        qFatal("bench_chatpane: cannot open core services");
    Project project;
    project.name = u"shop"_s;
    auto stored = (*core)->projects().add(project);
    if (!stored)
        qFatal("bench_chatpane: cannot add a project");

    ui::ChatPane pane(**core);
    pane.resize(700, 900);
    pane.setProjectId(stored->id);
    pane.newChat();
    pane.show();

    // Cumulative characters after each delta.
    std::vector<qsizetype> ends;
    qsizetype total = 0;
    for (const QString &piece : pieces)
        ends.push_back(total += piece.size());
    qsizetype rendered = 0;
    std::size_t nextDelta = 0;
    std::vector<Clock::time_point> paintedAt(pieces.size());
    QObject::connect(&pane, &ui::ChatPane::streamRendered, &pane, [&](qsizetype characters) { rendered = characters; });
    PaintWatcher watcher;
    watcher.painted = [&] {
        const auto now = Clock::now();
        while (nextDelta < ends.size() && ends[nextDelta] <= rendered)
            paintedAt[nextDelta++] = now;
    };
    pane.streamView()->viewport()->installEventFilter(&watcher);

    bench::StallMeter meter;

    QEventLoop loop;
    QObject::connect(pane.conversation(), &assistant::Conversation::turnFinished, &loop, [&](const Result<void> &r) {
        result.ok = r.has_value();
        if (!r)
            std::fprintf(stderr, "bench_chatpane: %s\n", qPrintable(r.error().toString()));
        loop.quit();
    });
    QTimer::singleShot(180s, &loop, &QEventLoop::quit);
    meter.start();
    if (!pane.send(u"Write 50 KB."_s))
        qFatal("bench_chatpane: the message was refused");
    loop.exec();
    meter.stop();
    result.totalMs = meter.elapsedMs();
    result.maxStallMs = meter.maxStallMs();

    const std::vector<Clock::time_point> written = server.written();
    // The last render happens when the turn ends; deltas painted only then count too.
    const auto deltas = static_cast<std::size_t>(pieces.size());
    if (written.size() != deltas || nextDelta < deltas / 2) {
        std::fprintf(stderr, "bench_chatpane: %zu deltas written, %zu painted during the stream\n", written.size(),
                     nextDelta);
        result.ok = false;
    }
    for (std::size_t i = 0; i < std::min(written.size(), nextDelta); ++i)
        result.latenciesMs.push_back(std::chrono::duration<double, std::milli>(paintedAt[i] - written[i]).count());
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Streams (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption deltaOption(u"delta-bytes"_s, u"Characters per text delta (default 20)."_s, u"N"_s,
                                         u"20"_s);
    const QCommandLineOption pauseOption(u"pause-ms"_s, u"Pause between deltas (default 2)."_s, u"N"_s, u"2"_s);
    parser.addOptions({runsOption, deltaOption, pauseOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int deltaSize = std::max(1, parser.value(deltaOption).toInt());
    const int pauseMs = std::max(0, parser.value(pauseOption).toInt());

    logging::Options logOptions;
    logOptions.level = spdlog::level::warn;
    (void)logging::init(logOptions);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);

    // 50 KB of Markdown: paragraphs, a list and code blocks, cut into deltas.
    const QString chunk = u"Deploying **shop** to `hetzner-fsn1`: building web, worker and db — health OK.\n\n"
                          "- web: 2 replicas, *healthy*\n- worker: 1 replica\n\n"
                          "```bash\ndocker compose up -d --wait\ncurl -fsS https://shop.example.com/healthz\n```\n\n"_s;
    QString answer;
    while (answer.toUtf8().size() < 50 * 1024)
        answer += chunk;
    QStringList pieces;
    for (qsizetype at = 0; at < answer.size(); at += deltaSize)
        pieces.append(answer.mid(at, deltaSize));

    std::printf("bench_chatpane: %lld-byte Markdown answer in %lld deltas of %d characters, %d ms apart, %d run(s)\n",
                static_cast<long long>(answer.toUtf8().size()), static_cast<long long>(pieces.size()), deltaSize,
                pauseMs, runs);
    std::printf("  latency = server write -> stream view painted with that text\n");
    std::vector<double> all;
    double worstStall = 0;
    double totalMs = 0;
    bool allOk = true;
    for (int i = 0; i < runs; ++i) {
        RunResult r = runOnce(pieces, pauseMs);
        allOk = allOk && r.ok;
        all.insert(all.end(), r.latenciesMs.begin(), r.latenciesMs.end());
        worstStall = std::max(worstStall, r.maxStallMs);
        totalMs += r.totalMs;
    }
    std::sort(all.begin(), all.end());
    const double median = all.empty() ? 0 : all[all.size() / 2];
    const double p99 = all.empty() ? 0 : all[std::min(all.size() - 1, all.size() * 99 / 100)];
    const double worst = all.empty() ? 0 : all.back();
    std::printf("  deltas %6lld  median %7.2f ms  p99 %7.2f ms  worst %7.2f ms  longest loop stall %6.2f ms  "
                "stream %7.1f ms\n",
                static_cast<long long>(all.size()), median, p99, worst, worstStall, totalMs / runs);
    std::printf("  goals: median within a frame (16 ms): %s; no stall over 50 ms: %s\n", median <= 16 ? "yes" : "NO",
                worstStall <= 50 ? "yes" : "NO");
    if (!allOk) {
        std::fprintf(stderr, "bench_chatpane: a streamed answer did not arrive intact\n");
        return 1;
    }
    return 0;
}
