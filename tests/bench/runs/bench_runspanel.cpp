// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A run whose one step prints N lines (default 1,000,000) on a loopback sshd, shown live in the
// Runs panel (offscreen): wall time from start until the run finished and every line is in the
// log view, as a ratio to OpenSSH's `ssh -p PORT root@127.0.0.1 CMD > /dev/null` measured in the
// same run; the extra peak memory of the process; and the longest stall of the GUI event loop
// meanwhile (a 5 ms timer's largest gap).
// Usage: bench_runspanel [lines] [repetitions]   Prints one JSON object per measurement.
#include "core/coreservices.h"
#include "core/runs/recipe.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "processstats.h"
#include "sshdfixture.h"
#include "ui/models/runlogmodel.h"
#include "ui/runlogview.h"
#include "ui/runspanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::bench::peakRssKb;
using hydron::bench::threadCpuMs;

namespace {

QString producer(int count)
{
    // Build-log-like lines of ~40 characters.
    return u"seq 1 %1 | sed 's/^/Step 3\\/7 : compiling module number /'"_s.arg(count);
}

class LinesRecipe final : public runs::RunRecipe
{
public:
    explicit LinesRecipe(int count)
        : m_count(count)
    {}
    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Cleanup; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &) const override
    {
        runs::StepDefinition step;
        step.name = u"lines"_s;
        step.label = u"Print lines"_s;
        step.script = producer(m_count) + u'\n';
        return QList<runs::StepDefinition>{step};
    }

private:
    int m_count;
};

qint64 throughOpenSsh(const SshdFixture &sshd, int count)
{
    QElapsedTimer clock;
    clock.start();
    const int code = SshdFixture::runProgram(
        u"bash"_s, {u"-c"_s,
                    u"ssh -q -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -i \"$1\" "
                    "-p \"$2\" root@127.0.0.1 \"$3\" > /dev/null"_s,
                    u"bench"_s, sshd.userKey(), QString::number(sshd.port()), producer(count)});
    return code == 0 ? clock.elapsed() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int repetitions = argc > 2 ? QByteArray(argv[2]).toInt() : 2;
    SshdFixture sshd;
    QString why;
    if (!sshd.start(&why)) {
        std::fprintf(stderr, "bench_runspanel: %s\n", qPrintable(why));
        return 2;
    }
    QTemporaryDir dir;
    auto core = CoreServices::open(dir.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
    if (!core) {
        std::fprintf(stderr, "bench_runspanel: %s\n", qPrintable(core.error().toString()));
        return 2;
    }
    auto server = (*core)->servers().add(sshd.server());
    if (!server)
        return 2;
    secrets::SecretMasker masker;
    runs::RunEngine::Options options;
    options.lockDirectory = dir.filePath(u"locks"_s);
    runs::RunEngine engine((*core)->runs(), (*core)->runLog(), (*core)->servers(), masker, options);
    engine.addRecipe(std::make_shared<LinesRecipe>(count));
    ui::RunsPanel panel(**core, engine);
    panel.resize(1200, 700);
    panel.setServerId(server->id);
    panel.show();

    int failures = 0;
    for (int i = 0; i < repetitions; ++i) {
        const qint64 openssh = throughOpenSsh(sshd, count);
        const qint64 rssBefore = peakRssKb();
        qint64 longestStall = 0;
        QElapsedTimer tick;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, &probe,
                         [&] { longestStall = std::max(longestStall, tick.restart()); });
        const auto cpuBefore = threadCpuMs();
        QElapsedTimer clock;
        clock.start();
        tick.start();
        probe.start();
        auto run = engine.start(Run::Kind::Cleanup, server->id);
        if (!run) {
            std::fprintf(stderr, "bench_runspanel: %s\n", qPrintable(run.error().toString()));
            return 1;
        }
        panel.refresh();
        // BENCH_NO_VIEW=1: the engine alone, the panel not following (to tell costs apart).
        const bool withView = qEnvironmentVariableIntValue("BENCH_NO_VIEW") == 0;
        if (withView)
            panel.selectRun(run->id);
        const ui::RunLogModel *model = panel.logView()->model();
        QEventLoop loop;
        bool finished = false;
        qint64 finishedMs = -1;
        qint64 firstLineMs = -1;
        QObject::connect(&engine, &runs::RunEngine::runFinished, &loop, [&](qint64 id) {
            if (id == run->id) {
                finished = true;
                finishedMs = clock.elapsed();
            }
        });
        qint64 stepStartedMs = -1;
        qint64 stepFinishedMs = -1;
        QObject::connect(&engine, &runs::RunEngine::stepStarted, &loop, [&] { stepStartedMs = clock.elapsed(); });
        QObject::connect(&engine, &runs::RunEngine::stepFinished, &loop, [&] { stepFinishedMs = clock.elapsed(); });
        QObject::connect(&engine, &runs::RunEngine::logAppended, &loop, [&] {
            if (firstLineMs < 0)
                firstLineMs = clock.elapsed();
        });
        // Done when the run finished and the view holds every line (plus its own notes).
        QTimer done;
        done.setInterval(10);
        QObject::connect(&done, &QTimer::timeout, &loop, [&] {
            if (finished && (!withView || model->totalLines() >= count))
                loop.quit();
        });
        done.start();
        QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 ms = clock.elapsed();
        probe.stop();
        const auto cpuAfter = threadCpuMs();
        QJsonObject cpu;
        for (auto it = cpuAfter.cbegin(); it != cpuAfter.cend(); ++it) {
            const qint64 used = it.value() - cpuBefore.value(it.key());
            if (used > 5)
                cpu.insert(it.key(), used);
        }
        const auto stored = (*core)->runs().find(run->id);
        const bool ok = stored && stored->status == RunStatus::Completed && (!withView || model->totalLines() >= count);
        failures += ok && openssh > 0 ? 0 : 1;
        const QJsonObject report{
            {u"benchmark"_s, u"runs_panel_lines"_s},
            {u"lines"_s, count},
            {u"hydron_ms"_s, ms},
            {u"openssh_ms"_s, openssh},
            {u"ratio"_s, openssh > 0 ? static_cast<double>(ms) / static_cast<double>(openssh) : -1.0},
            {u"lines_in_view"_s, model->totalLines()},
            {u"view_bytes_mb"_s, static_cast<double>(model->bytesUsed()) / 1048576.0},
            {u"extra_peak_rss_mb"_s, static_cast<double>(peakRssKb() - rssBefore) / 1024.0},
            {u"longest_event_loop_stall_ms"_s, longestStall},
            {u"thread_cpu_ms"_s, cpu},
            {u"first_lines_ms"_s, firstLineMs},
            {u"step_started_ms"_s, stepStartedMs},
            {u"step_finished_ms"_s, stepFinishedMs},
            {u"run_finished_ms"_s, finishedMs},
            {u"goals"_s, u"ratio <= 1.5, extra memory <= 150 MB, stall < 50 ms"_s},
            {u"ok"_s, ok},
        };
        std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
