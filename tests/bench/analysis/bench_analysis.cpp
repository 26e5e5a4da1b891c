// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_analysis [--files N] [--runs N] [--check [--max-ratio R]] [--keep DIR]
//   (--keep reuses DIR when it already holds a tree)
//
// Generates a monorepo of N files (50,000 by default: a pnpm + turbo workspace with apps and
// libraries in TypeScript, a Python API, a Go worker, compose and Dockerfiles), then measures
// in the same run, with a warm page cache:
//   walk      a plain recursive walk that opens and reads every file the analysis reads
//   analysis  hydron::analysis::analyze() on the same tree
// and prints the median times, their ratio (goal: at most 2x) and the analysis's peak memory
// (VmHWM, reset before the analysis; goal: at most 200 MB). --check exits non-zero when a goal
// is missed (--max-ratio relaxes the time goal for busy CI machines).
#include "core/analysis/analyzer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace hydron::analysis;

namespace {

struct Options
{
    int files = 50000;
    int runs = 3;
    bool check = false;
    double maxRatio = 2.0; // --check fails above this
    QString keep;
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_analysis: cannot write %s\n", qPrintable(path));
        std::exit(2);
    }
    f.write(content);
}

// A realistic TypeScript module of about 1.5 KB.
QByteArray tsModule(int package, int index)
{
    QByteArray s;
    s += "import { z } from 'zod';\n";
    s += "import { logger } from '@acme/log';\n";
    s += "import type { Context } from '../context';\n\n";
    s += "const schema" + QByteArray::number(index) +
         " = z.object({\n  id: z.string().uuid(),\n  name: z.string().min(1),\n"
         "  createdAt: z.date(),\n});\n\n";
    if (index % 25 == 0)
        s += "const endpoint = process.env.SERVICE_" + QByteArray::number(index % 7) +
             "_URL ?? 'http://localhost:8080';\n";
    if (index % 40 == 0)
        s += "const token = process.env.API_TOKEN_" + QByteArray::number(package % 5) + ";\n";
    s += "export async function handler" + QByteArray::number(index) +
         "(ctx: Context, input: unknown) {\n"
         "  const parsed = schema" +
         QByteArray::number(index) +
         ".parse(input);\n"
         "  logger.info({ id: parsed.id }, 'handling request');\n"
         "  const rows = await ctx.db.query('select * from items where id = $1', [parsed.id]);\n"
         "  if (rows.length === 0) {\n    return { status: 404, body: { error: 'not found' } };\n  }\n"
         "  return { status: 200, body: rows.map((r) => ({ ...r, name: r.name.trim() })) };\n}\n\n"
         "export function format" +
         QByteArray::number(index) +
         "(value: number): string {\n"
         "  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(value);\n}\n\n"
         "export const meta" +
         QByteArray::number(index) + " = {\n  owner: 'team-" + QByteArray::number(package % 9) +
         "',\n"
         "  retries: " +
         QByteArray::number(index % 5) + ",\n  timeoutMs: 2500,\n};\n";
    return s;
}

QByteArray pyModule(int index)
{
    QByteArray s = "import os\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Item" +
                   QByteArray::number(index) + ":\n    id: str\n    name: str\n    price: float\n\n\n";
    if (index % 30 == 0)
        s += "TIMEOUT = float(os.getenv(\"HTTP_TIMEOUT\", \"2.5\"))\n\n";
    s += "def total" + QByteArray::number(index) +
         "(items):\n    return sum(i.price for i in items)\n\n\n"
         "def names" +
         QByteArray::number(index) + "(items):\n    return sorted({i.name.strip() for i in items})\n";
    return s;
}

QByteArray goFile(int index)
{
    return "package jobs\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\n// Job" + QByteArray::number(index) +
           " does one thing.\nfunc Job" + QByteArray::number(index) +
           "(ctx context.Context) error {\n\tselect {\n\tcase <-ctx.Done():\n\t\treturn ctx.Err()\n"
           "\tcase <-time.After(10 * time.Millisecond):\n\t}\n\tfmt.Println(\"job done\")\n\treturn nil\n}\n";
}

// Writes the monorepo; returns the number of files written.
int generate(const QString &root, int target)
{
    QDir().mkpath(root);
    int written = 0;
    const auto put = [&](const QString &rel, const QByteArray &content) {
        const QString path = root + u'/' + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFile(path, content);
        ++written;
    };
    put(u"package.json"_s, R"({"name": "acme", "private": true, "packageManager": "pnpm@9.5.0",
 "scripts": {"build": "turbo run build"}, "devDependencies": {"turbo": "^2.0.0", "typescript": "^5.5.0"}})");
    put(u"pnpm-workspace.yaml"_s, "packages:\n  - \"apps/*\"\n  - \"packages/*\"\n");
    put(u"pnpm-lock.yaml"_s, "lockfileVersion: '9.0'\n");
    put(u"turbo.json"_s, R"({"tasks": {"build": {"dependsOn": ["^build"]}}})");
    put(u".gitignore"_s, "node_modules\ndist\n.turbo\n*.log\n");
    put(u"docker-compose.yml"_s, "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n");
    // Python API and Go worker: about 4% of the files.
    put(u"services/search/pyproject.toml"_s, "[project]\nname = \"search\"\nrequires-python = \">=3.12\"\ndependencies "
                                             "= [\"fastapi\", \"uvicorn\", \"asyncpg\"]\n");
    put(u"services/search/app/main.py"_s,
        "import os\nfrom fastapi import FastAPI\n\napp = FastAPI()\n"
        "DB = os.environ[\"DATABASE_URL\"]\n\n@app.get(\"/health\")\ndef health():\n    return {}\n");
    put(u"services/jobs/go.mod"_s, "module example.org/jobs\n\ngo 1.22\n");
    put(u"services/jobs/main.go"_s,
        "package main\n\nimport \"os\"\n\nfunc main() {\n\t_ = os.Getenv(\"REDIS_URL\")\n}\n");
    const int extra = std::max(0, target / 25);
    for (int i = 0; i < extra / 2; ++i)
        put(u"services/search/app/m%1/items_%2.py"_s.arg(i / 200).arg(i), pyModule(i));
    for (int i = 0; i < extra - extra / 2; ++i)
        put(u"services/jobs/jobs/j%1/job_%2.go"_s.arg(i / 200).arg(i), goFile(i));
    // Node workspace packages: 1 in 4 is an app with a server, the others are libraries.
    int package = 0;
    while (written < target) {
        const bool app = package % 4 == 0;
        const QString dir = (app ? u"apps/app-%1"_s : u"packages/lib-%1"_s).arg(package);
        const QByteArray name = (app ? "@acme/app-" : "@acme/lib-") + QByteArray::number(package);
        put(dir + u"/package.json"_s,
            "{\"name\": \"" + name + "\", \"version\": \"1.0.0\", \"scripts\": {\"build\": \"tsc\"" +
                (app ? QByteArray(", \"start\": \"node dist/index.js\"") : QByteArray()) + "}, \"dependencies\": {" +
                (app ? QByteArray("\"fastify\": \"^4.28.0\", ") : QByteArray()) + "\"zod\": \"^3.23.0\"}}");
        put(dir + u"/tsconfig.json"_s, "{\"compilerOptions\": {\"strict\": true, \"outDir\": \"dist\"}}");
        if (app)
            put(dir + u"/src/index.ts"_s, "import Fastify from 'fastify';\nconst app = Fastify();\n"
                                          "app.get('/health', async () => ({ ok: true }));\n"
                                          "await app.listen({ port: Number(process.env.PORT ?? 3000) });\n");
        for (int i = 0; i < 497 && written < target; ++i)
            put(dir + u"/src/m%1/module_%2.ts"_s.arg(i / 50).arg(i), tsModule(package, i));
        ++package;
    }
    return written;
}

struct WalkStats
{
    qint64 files = 0;
    qint64 bytes = 0;
};

// The baseline: walk, open and read every regular file (what the analysis reads at most).
WalkStats plainWalk(const QString &root)
{
    namespace fs = std::filesystem;
    WalkStats stats;
    std::vector<char> buffer(1 << 16);
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root.toStdString(), fs::directory_options::skip_permission_denied, ec),
         end;
         it != end; it.increment(ec)) {
        if (ec)
            break;
        if (!it->is_regular_file(ec) || it->is_symlink(ec))
            continue;
        std::ifstream in(it->path(), std::ios::binary);
        while (in) {
            in.read(buffer.data(), std::streamsize(buffer.size()));
            stats.bytes += in.gcount();
        }
        ++stats.files;
    }
    return stats;
}

qint64 peakKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current RSS
}

// CPU time of the process (user + system), in milliseconds: steadier than wall time on a busy machine.
double cpuMs()
{
    rusage usage;
    ::getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--files" && i + 1 < args.size())
            options.files = args[++i].toInt();
        else if (args[i] == u"--runs" && i + 1 < args.size())
            options.runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--check")
            options.check = true;
        else if (args[i] == u"--max-ratio" && i + 1 < args.size())
            options.maxRatio = args[++i].toDouble();
        else if (args[i] == u"--keep" && i + 1 < args.size())
            options.keep = args[++i];
    }

    QTemporaryDir temp;
    const QString root = options.keep.isEmpty() ? temp.path() + u"/monorepo"_s : options.keep;
    QElapsedTimer timer;
    timer.start();
    if (!options.keep.isEmpty() && QFile::exists(root + u"/pnpm-workspace.yaml"_s)) {
        std::printf("reusing the tree in %s\n", qPrintable(root));
    } else {
        const int files = generate(root, options.files);
        std::printf("generated %d files in %s (%.1f s)\n", files, qPrintable(root), double(timer.elapsed()) / 1000.0);
    }

    plainWalk(root); // warm the page cache for both measurements
    std::vector<double> walkTimes, analysisTimes, walkCpu, analysisCpu;
    WalkStats walk;
    AnalysisResult last;
    qint64 peak = 0;
    for (int run = 0; run < options.runs; ++run) {
        timer.restart();
        double cpu = cpuMs();
        walk = plainWalk(root);
        walkTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        walkCpu.push_back(cpuMs() - cpu);

        resetPeak();
        timer.restart();
        cpu = cpuMs();
        QString stage;
        QStringList stages;
        qint64 stageStart = 0;
        auto result = analyze(root, {}, nullptr, [&](qint64, qint64, const QString &name) {
            if (name == stage)
                return;
            const qint64 now = timer.nsecsElapsed();
            if (!stage.isEmpty())
                stages << u"%1 %2 ms"_s.arg(stage).arg(double(now - stageStart) / 1e6, 0, 'f', 1);
            stage = name;
            stageStart = now;
        });
        analysisTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        analysisCpu.push_back(cpuMs() - cpu);
        stages << u"%1 %2 ms"_s.arg(stage).arg(double(timer.nsecsElapsed() - stageStart) / 1e6, 0, 'f', 1);
        std::printf("  run %d: %s\n", run + 1, qPrintable(stages.join(u", ")));
        peak = std::max(peak, peakKilobytes());
        if (!result) {
            std::fprintf(stderr, "bench_analysis: %s\n", qPrintable(result.error().toString()));
            return 1;
        }
        last = std::move(*result);
    }
    const double walkMs = median(walkTimes);
    const double analysisMs = median(analysisTimes);
    const double ratio = analysisMs / walkMs;
    const double peakMb = double(peak) / 1024.0;
    std::printf("plain walk:  %8.1f ms  (%lld files, %.1f MB read)\n", walkMs, static_cast<long long>(walk.files),
                double(walk.bytes) / 1e6);
    std::printf("analysis:    %8.1f ms  (%lld files indexed, %lld read, %.1f MB read; %lld services, %lld backing)\n",
                analysisMs, static_cast<long long>(last.stats.filesIndexed),
                static_cast<long long>(last.stats.filesRead), double(last.stats.bytesRead) / 1e6,
                static_cast<long long>(last.services.size()), static_cast<long long>(last.backing.size()));
    std::printf("ratio:       %8.2fx  (goal <= 2x)   median of %d run(s); CPU time %.1f / %.1f ms = %.2fx\n", ratio,
                options.runs, median(analysisCpu), median(walkCpu), median(analysisCpu) / median(walkCpu));
    std::printf("peak memory: %8.1f MB (VmHWM during the analysis; goal <= 200 MB)\n", peakMb);
    if (options.check && (ratio > options.maxRatio || peakMb > 200.0)) {
        std::fprintf(stderr, "bench_analysis: goal missed\n");
        return 1;
    }
    return 0;
}
