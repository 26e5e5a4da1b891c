// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Startup benchmark: seeds an empty data folder and a large one (500 projects, 50 servers, runs)
// through the real stores, starts the real `hydron` binary on each several times, alternating,
// with HYDRON_EXIT_AFTER_FIRST_PAINT=1, and reports the medians of the time to the first paint
// of the main window and of the peak memory. A report, not a pass/fail test: the goal is a
// large folder costing at most 1.3 times the empty one.
#include "core/coreservices.h"
#include "seeddata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    qint64 firstPaintMs = -1;
    qint64 peakRssKb = -1;
    qint64 wallMs = -1; // launch to exit, as seen from here
    qint64 coreOpenMs = -1;
    qint64 windowMs = -1;
};

std::optional<Sample> launch(const QString &binary, const QString &dataDir, QString *error)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, env.value(u"HYDRON_BENCH_PLATFORM"_s, u"offscreen"_s));
    env.insert(u"HYDRON_EXIT_AFTER_FIRST_PAINT"_s, u"1"_s);
    env.insert(u"HYDRON_LOG_LEVEL"_s, u"error"_s);
    env.remove(u"HYDRON_DATA_DIR"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer wall;
    wall.start();
    process.start(binary, {u"--data-dir"_s, dataDir});
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        *error = u"%1 did not start or finish: %2"_s.arg(binary, process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return std::nullopt;
    }
    Sample sample;
    sample.wallMs = wall.elapsed();
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 2)
            continue;
        if (parts.at(0) == "first-paint-ms")
            sample.firstPaintMs = parts.at(1).toLongLong();
        else if (parts.at(0) == "peak-rss-kb")
            sample.peakRssKb = parts.at(1).toLongLong();
        else if (parts.at(0) == "core-open-ms")
            sample.coreOpenMs = parts.at(1).toLongLong();
        else if (parts.at(0) == "window-ms")
            sample.windowMs = parts.at(1).toLongLong();
    }
    if (process.exitCode() != 0 || sample.firstPaintMs < 0) {
        *error = u"hydron exited with %1 without reporting its first paint:\n%2"_s.arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return std::nullopt;
    }
    return sample;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

struct Series
{
    QString label;
    QString dataDir;
    QList<qint64> paint;
    QList<qint64> rss;
    QList<qint64> wall;
    QList<qint64> coreOpen;
    QList<qint64> window;
};

bool openAndSeed(const QString &dir, const std::optional<hydron::bench::SeedSize> &size, QString *error)
{
    auto core = hydron::CoreServices::open(dir, {.fileLogging = false, .markInterrupted = false});
    if (!core) {
        *error = core.error().toString();
        return false;
    }
    if (!size)
        return true;
    if (auto seeded = hydron::bench::seedLarge(**core, *size); !seeded) {
        *error = seeded.error().toString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_startup"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures Hydron's time to first paint with an empty and a large data folder."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Measured launches per data folder (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption binaryOption(u"binary"_s, u"The hydron executable to measure."_s, u"path"_s,
                                          QStringLiteral(HYDRON_GUI_BINARY));
    const QCommandLineOption projectsOption(u"projects"_s, u"Projects in the large folder (default 500)."_s, u"n"_s,
                                            u"500"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the data folders and print where they are."_s);
    parser.addOptions({runsOption, binaryOption, projectsOption, keepOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString binary = parser.value(binaryOption);

    QTemporaryDir root;
    root.setAutoRemove(!parser.isSet(keepOption));
    if (!root.isValid()) {
        std::fprintf(stderr, "bench_startup: cannot create a temporary folder\n");
        return 2;
    }
    hydron::bench::SeedSize size;
    size.projects = std::max(1, parser.value(projectsOption).toInt());

    std::printf("Seeding data folders (%d projects, %d servers, %d runs)…\n", size.projects, size.servers, size.runs);
    std::fflush(stdout);
    QElapsedTimer seeding;
    seeding.start();
    QList<Series> series(2);
    series[0].label = u"empty data folder"_s;
    series[0].dataDir = root.filePath(u"empty"_s);
    series[1].label = u"%1 projects, %2 servers, %3 runs"_s.arg(size.projects).arg(size.servers).arg(size.runs);
    series[1].dataDir = root.filePath(u"full"_s);
    QString error;
    if (!openAndSeed(series[0].dataDir, std::nullopt, &error) || !openAndSeed(series[1].dataDir, size, &error)) {
        std::fprintf(stderr, "bench_startup: seeding failed: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("Seeded in %lld ms. Launching %s %d times per folder (after one warm-up each)…\n",
                static_cast<long long>(seeding.elapsed()), qPrintable(binary), runs);
    std::fflush(stdout);

    for (int round = -1; round < runs; ++round) {
        for (Series &s : series) {
            auto sample = launch(binary, s.dataDir, &error);
            if (!sample) {
                std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
                return 2;
            }
            if (round < 0)
                continue; // warm-up: fills the page cache and creates session files
            s.paint.append(sample->firstPaintMs);
            s.rss.append(sample->peakRssKb);
            s.wall.append(sample->wallMs);
            s.coreOpen.append(sample->coreOpenMs);
            s.window.append(sample->windowMs);
        }
    }

    const qint64 emptyMs = median(series[0].paint);
    const qint64 fullMs = median(series[1].paint);
    const double ratio = emptyMs > 0 ? static_cast<double>(fullMs) / static_cast<double>(emptyMs) : 0.0;
    std::printf("\nHydron startup: time from process start to the main window's first paint (median of %d)\n", runs);
    std::printf("  %-40s %10s %12s %12s\n", "data folder", "first paint", "peak RSS", "launch→exit");
    for (const Series &s : std::as_const(series)) {
        std::printf("  %-40s %7lld ms %8.1f MiB %9lld ms\n", qPrintable(s.label),
                    static_cast<long long>(median(s.paint)), static_cast<double>(median(s.rss)) / 1024.0,
                    static_cast<long long>(median(s.wall)));
    }
    std::printf("  %-40s %9.2f×   (goal ≤ 1.30×: %s)\n", "ratio large / empty", ratio,
                ratio <= 1.3 ? "met" : "NOT met");
    std::printf("  where it goes (medians) %17s %11s %12s\n", "", "core open", "main window");
    for (const Series &s : std::as_const(series)) {
        std::printf("  %-40s %7lld ms %9lld ms\n", qPrintable(s.label), static_cast<long long>(median(s.coreOpen)),
                    static_cast<long long>(median(s.window)));
    }
    for (const Series &s : std::as_const(series)) {
        QStringList all;
        for (qint64 v : s.paint)
            all << QString::number(v);
        std::printf("  samples, %s: %s ms\n", qPrintable(s.label), qPrintable(all.join(u", "_s)));
    }
    if (parser.isSet(keepOption))
        std::printf("Data folders kept in %s\n", qPrintable(root.path()));
    return 0;
}
