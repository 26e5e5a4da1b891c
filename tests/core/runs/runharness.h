// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A RunEngine over real stores in a temporary data folder, recording every signal it emits.
// Shared by the engine's unit tests (LocalTransport) and its integration tests (real sshd).

#include "core/coreservices.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

// A recipe whose steps the test gives.
class ScriptRecipe final : public hydron::runs::RunRecipe
{
public:
    using Compile = std::function<QList<hydron::runs::StepDefinition>(const hydron::runs::RecipeContext &)>;
    ScriptRecipe(hydron::Run::Kind kind, Compile compile)
        : m_kind(kind)
        , m_compile(std::move(compile))
    {}
    hydron::Run::Kind kind() const override { return m_kind; }
    hydron::Result<QList<hydron::runs::StepDefinition>> compile(const hydron::runs::RecipeContext &c) const override
    {
        ++compiled;
        return m_compile(c);
    }
    hydron::Result<void> completed(const hydron::runs::RecipeContext &, const QHash<QString, QString> &f) override
    {
        facts = f;
        return {};
    }

    mutable int compiled = 0;
    QHash<QString, QString> facts;

private:
    hydron::Run::Kind m_kind;
    Compile m_compile;
};

inline hydron::runs::StepDefinition scriptStep(const QString &name, const QString &script, bool idempotent = true)
{
    hydron::runs::StepDefinition d;
    d.name = name;
    d.label = name;
    d.script = script;
    d.idempotent = idempotent;
    return d;
}

struct RunRecord
{
    QStringList events; // "status:in-progress", "step-started:0", "step-finished:0:completed", "finished:completed"
    QList<hydron::LogLine> lines;
    int batches = 0;
    qsizetype lineCount = 0; // every line, also when RunHarness::keepLines is off
    QHash<int, hydron::runs::StepOutcome> outcomes;
    bool finished = false;
    hydron::RunStatus finalStatus = hydron::RunStatus::Started;
    QString finalMessage;
    QList<hydron::RunStatus> statuses;

    [[nodiscard]] QStringList texts(int step = -2,
                                    hydron::LogLine::Stream stream = hydron::LogLine::Stream::Stdout) const
    {
        QStringList out;
        for (const auto &l : lines) {
            if ((step == -2 || l.step == step) && l.stream == stream)
                out << l.text;
        }
        return out;
    }
    [[nodiscard]] QString system() const { return texts(-2, hydron::LogLine::Stream::System).join(u'\n'); }
};

class RunHarness final
{
public:
    explicit RunHarness(hydron::runs::RunEngine::Options options = fastOptions())
    {
        auto opened = hydron::CoreServices::open(m_dir.path(), {.fileLogging = false, .markInterrupted = false});
        if (!opened)
            qFatal("cannot open core: %s", qPrintable(opened.error().toString()));
        core = std::move(*opened);
        if (options.lockDirectory.isEmpty())
            options.lockDirectory = lockDirectory();
        QDir().mkpath(options.lockDirectory);
        if (options.workDirectory.isEmpty())
            options.workDirectory = m_dir.filePath(QStringLiteral("server-work"));
        makeEngine(options);
    }

    static hydron::runs::RunEngine::Options fastOptions()
    {
        hydron::runs::RunEngine::Options o;
        o.logInterval = std::chrono::milliseconds(50);
        o.retryDelay = std::chrono::milliseconds(200);
        o.lockPollInterval = std::chrono::milliseconds(200);
        return o;
    }

    void makeEngine(const hydron::runs::RunEngine::Options &options)
    {
        engine.reset();
        engine =
            std::make_unique<hydron::runs::RunEngine>(core->runs(), core->runLog(), core->servers(), masker, options);
        using hydron::runs::RunEngine;
        QObject::connect(engine.get(), &RunEngine::runStatusChanged, engine.get(),
                         [this](qint64 id, hydron::RunStatus s, const QString &) {
                             records[id].events << QStringLiteral("status:") + hydron::runStatusName(s);
                             records[id].statuses << s;
                         });
        QObject::connect(engine.get(), &RunEngine::stepStarted, engine.get(),
                         [this](qint64 id, int position, const hydron::Step &) {
                             records[id].events << QStringLiteral("step-started:%1").arg(position);
                         });
        QObject::connect(
            engine.get(), &RunEngine::stepFinished, engine.get(),
            [this](qint64 id, int position, const hydron::Step &step, const hydron::runs::StepOutcome &outcome) {
                records[id].events
                    << QStringLiteral("step-finished:%1:%2").arg(position).arg(hydron::stepStatusName(step.status));
                records[id].outcomes.insert(position, outcome);
            });
        QObject::connect(engine.get(), &RunEngine::logAppended, engine.get(),
                         [this](qint64 id, const QList<hydron::LogLine> &lines, qint64, qint64) {
                             for (const auto &l : lines) {
                                 if (keepLines && l.stream != hydron::LogLine::Stream::System)
                                     records[id].events << QStringLiteral("line:%1").arg(l.step);
                             }
                             if (keepLines)
                                 records[id].lines += lines;
                             records[id].lineCount += lines.size();
                             ++records[id].batches;
                         });
        QObject::connect(engine.get(), &RunEngine::runFinished, engine.get(),
                         [this](qint64 id, hydron::RunStatus s, const QString &message) {
                             auto &r = records[id];
                             r.events << QStringLiteral("finished:") + hydron::runStatusName(s);
                             r.finished = true;
                             r.finalStatus = s;
                             r.finalMessage = message;
                         });
    }

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString lockDirectory() const { return m_dir.filePath(QStringLiteral("server-locks")); }
    [[nodiscard]] QString workDirectory() const { return m_dir.filePath(QStringLiteral("server-work")); }
    [[nodiscard]] bool lockHeld() const { return QDir(lockDirectory()).exists(QStringLiteral("run.lock")); }

    qint64 addServer(hydron::Server server)
    {
        auto added = core->servers().add(std::move(server));
        if (!added)
            qFatal("cannot add server: %s", qPrintable(added.error().toString()));
        return added->id;
    }

    bool waitFinished(qint64 runId, int timeoutMs = 60'000)
    {
        return QTest::qWaitFor([&] { return records[runId].finished; }, timeoutMs);
    }
    bool waitStatus(qint64 runId, hydron::RunStatus status, int timeoutMs = 60'000)
    {
        return QTest::qWaitFor([&] { return records[runId].statuses.contains(status); }, timeoutMs);
    }

    // Lines of the run's JSONL file.
    QList<hydron::LogLine> storedLines(qint64 runId) const
    {
        QList<hydron::LogLine> all;
        qint64 offset = 0;
        while (true) {
            auto chunk = core->runLog().read(runId, offset, 100'000);
            if (!chunk || chunk->lines.isEmpty())
                break;
            all += chunk->lines;
            offset = chunk->nextOffset;
        }
        return all;
    }

private:
    QTemporaryDir m_dir; // first: it outlives everything that writes into it

public:
    std::unique_ptr<hydron::CoreServices> core;
    hydron::secrets::SecretMasker masker;
    std::unique_ptr<hydron::runs::RunEngine> engine; // destroyed before the stores and the masker
    QHash<qint64, RunRecord> records;
    bool keepLines = true; // off for floods: count only
};
