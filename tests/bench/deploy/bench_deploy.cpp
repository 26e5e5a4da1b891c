// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hydron's deploy of the pyapp fixture (a Python web app built on the server + redis:7, behind
// the Caddy proxy) versus a plain shell script doing the same work over OpenSSH
// (deploy-baseline.sh: tar | ssh docker build, docker run, health wait with a curl loop, Caddy
// site + reload, post-deploy command), both on one fresh server container provisioned by Hydron,
// measured in the same run. Before each measured first deploy the server is reset to the same
// cold state (no project containers, no built image, no builder cache, no network or volume, no
// site file), so both build the image from scratch (same Dockerfile, same classic builder).
// Then a no-change Redeploy by Hydron. Rounds alternate which side goes first. Both include the
// Caddy switch; Hydron's run also does what the script leaves out (labels, release records,
// its lock, cleanup of old releases): that is part of what is measured.
// Reports the medians of --runs N rounds (default 3): Hydron / script (goal <= 1.15x) and the
// no-change redeploy / Hydron's first deploy (goal <= 10%), with where Hydron's time goes, step
// by step. Exits 0 when it measured (goals only reported), 1 when a deploy failed; prints a
// skip and exits 0 where no Docker engine can be started.
// Usage: bench_deploy [--runs N]     HYDRON_TEST_KEEP=1 keeps the server container.
#include "core/coreservices.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/provisioning.h"
#include "core/remote/sshtransport.h"
#include "core/runs/runengine.h"
#include "core/secrets/secretmasker.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/serverstore.h"
#include "deployfixture.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

const QString fixture = QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy/pyapp");
constexpr int emptySteps = 7; // as many as pyapp's deploy has
const QString baseline = QStringLiteral(HYDRON_SOURCE_DIR "/tests/bench/deploy/deploy-baseline.sh");

// A program run to its end, with its wall time.
struct Timed
{
    testenv::Program program;
    qint64 ms = 0;
};

Timed timed(const QString &program, const QStringList &args, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    Timed t{testenv::runTool(program, args, timeoutMs), 0};
    t.ms = clock.elapsed();
    return t;
}

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? static_cast<double>(values.at(n / 2))
                 : (static_cast<double>(values.at(n / 2 - 1)) + static_cast<double>(values.at(n / 2))) / 2.0;
}

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// One measured run of the engine.
struct Measured
{
    qint64 ms = -1;
    RunStatus status = RunStatus::Started;
    QString message;
    QList<std::pair<QString, qint64>> steps; // name, duration (ms) in run order
    int changed = 0;
    QStringList tail; // last output lines, for a failure
};

// A run of `count` steps that do nothing, in three forms, to tell a step's fixed costs apart:
// Bare (`exit 0` on stdin), EnvFile (+ an env file uploaded over SFTP, as every deploy step has)
// and DeployLike (+ common.sh and deploy.sh as the script, root): what the engine and the
// connection cost a step before any work on the server.
class EmptyStepsRecipe final : public runs::RunRecipe
{
public:
    enum class Form
    {
        Bare,
        EnvFile,
        DeployLike
    };
    EmptyStepsRecipe(QString script, int count)
        : m_script(std::move(script))
        , m_count(count)
    {}
    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Cleanup; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &) const override
    {
        QList<runs::StepDefinition> steps;
        for (int i = 1; i <= m_count; ++i) {
            runs::StepDefinition d;
            d.name = u"empty-%1"_s.arg(i);
            d.label = d.name;
            d.script = form == Form::DeployLike ? m_script : u"exit 0\n"_s;
            if (form != Form::Bare)
                d.envFile = "# an env file like a deploy step's\nHYDRON_PROJECT=pyapp\n";
            d.needsRoot = form == Form::DeployLike;
            steps.append(d);
        }
        return steps;
    }

    Form form = Form::DeployLike; // for the next run

private:
    QString m_script;
    int m_count;
};

class Bench final
{
public:
    ~Bench() { tearDown(); }

    // 0: ready; 77: skip; anything else: failed (the message is printed).
    int setUp();
    Measured run(Run::Kind kind, qint64 projectId = 0);
    bool reset();
    Timed scriptDeploy();
    // OpenSSH connecting and running `true`, `count` times in a row.
    Timed sshTrue(int count);
    QString fetch();
    // Waits (not measured) until Docker has run the first health check of the project's
    // containers, as it has long before a user redeploys.
    void settle();
    void tearDown();

    qint64 projectId = 0;
    QString contextCache;
    std::shared_ptr<EmptyStepsRecipe> empty;

private:
    QTemporaryDir m_tmp;
    QString m_sshConfig;
    std::unique_ptr<testenv::TestDocker> m_docker;
    std::unique_ptr<testenv::TestServer> m_server;
    qint64 m_serverId = 0;
    std::unique_ptr<CoreServices> m_core;
    secrets::SecretMasker m_masker;
    std::unique_ptr<runs::RunEngine> m_engine;
    std::map<qint64, Measured> m_runs;
    QHash<qint64, QStringList> m_lines;
};

int Bench::setUp()
{
    m_docker = std::make_unique<testenv::TestDocker>();
    const testenv::Program up = m_docker->up();
    if (up.code == 77) {
        say(u"bench_deploy: skipped: no Docker engine can be started here: "_s + QString::fromUtf8(up.err).trimmed());
        return 77;
    }
    if (!up.ok()) {
        say(u"bench_deploy: hydron-test-docker up failed: "_s + QString::fromUtf8(up.describe()));
        return 1;
    }
    const testenv::Program images =
        m_docker->images({u"base"_s, u"server"_s, u"busybox"_s, u"caddy"_s, u"python"_s, u"redis"_s});
    if (!images.ok()) {
        say(u"bench_deploy: hydron-test-images failed: "_s + QString::fromUtf8(images.describe()));
        return 1;
    }
    m_server = std::make_unique<testenv::TestServer>(testenv::TestServer::uniqueName(u"benchdeploy"_s));
    if (const QString why = m_server->up(); !why.isEmpty()) {
        say(u"bench_deploy: "_s + why);
        m_server->down(); // also a half-made container
        return 1;
    }
    m_sshConfig = m_server->info().value(u"ssh_config"_s);

    auto core = CoreServices::open(m_tmp.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
    if (!core) {
        say(u"bench_deploy: "_s + core.error().toString());
        return 1;
    }
    m_core = std::move(*core);
    // The engine as the app makes it (default options: log batches every 100 ms, locks and
    // env files in Hydron's folders on the server).
    m_engine = std::make_unique<runs::RunEngine>(m_core->runs(), m_core->runLog(), m_core->servers(), m_masker);
    testenv::prepareEngine(*m_engine, m_core->servers());
    deploy::DeployOptions options;
    contextCache = m_tmp.filePath(u"contexts"_s);
    options.cacheDirectory = contextCache;
    options.secretValues = [](const Project &, const planning::PlanDocument &) -> Result<QHash<QString, QString>> {
        return QHash<QString, QString>{{u"web.SECRET_TOKEN"_s, u"bench-token"_s}};
    };
    for (Run::Kind kind : {Run::Kind::Deploy, Run::Kind::Redeploy})
        m_engine->addRecipe(
            std::make_shared<deploy::DeployRecipe>(kind, m_core->projects(), m_core->plans(), &m_masker, options));

    auto common = deploy::provisionScript(u"common.sh"_s);
    QFile library(u":/deploy/deploy.sh"_s);
    if (!common || !library.open(QIODevice::ReadOnly)) {
        say(u"bench_deploy: the deploy scripts are missing from this build"_s);
        return 1;
    }
    empty = std::make_shared<EmptyStepsRecipe>(*common + u'\n' + QString::fromUtf8(library.readAll()) + u"\nexit 0\n"_s,
                                               emptySteps);
    m_engine->addRecipe(empty);

    using runs::RunEngine;
    QObject::connect(m_engine.get(), &RunEngine::stepFinished, m_engine.get(),
                     [this](qint64 id, int, const Step &step, const runs::StepOutcome &outcome) {
                         m_runs[id].steps.append({step.name, step.startedAt.msecsTo(step.finishedAt)});
                         m_runs[id].changed += outcome.changed;
                     });
    QObject::connect(m_engine.get(), &RunEngine::logAppended, m_engine.get(),
                     [this](qint64 id, const QList<LogLine> &lines, qint64, qint64) {
                         QStringList &kept = m_lines[id];
                         for (const LogLine &l : lines)
                             kept.append(l.text);
                         if (kept.size() > 60)
                             kept.erase(kept.begin(), kept.end() - 60);
                     });

    auto added = m_core->servers().add(m_server->server());
    if (!added)
        return 1;
    m_serverId = added->id;

    // The project: the fixture's folder as it is, with its approved plan (as tst_deploy_run).
    Project p;
    p.name = u"pyapp"_s;
    p.source.kind = ProjectSource::Kind::Folder;
    p.source.location = fixture;
    auto project = m_core->projects().add(p);
    if (!project)
        return 1;
    projectId = project->id;
    Plan plan;
    plan.projectId = projectId;
    plan.status = Plan::Status::Approved;
    plan.body = pyappPlan(u"pyapp"_s).toJson();
    if (!m_core->plans().add(plan))
        return 1;

    // Provision; the base images go in once Docker runs there (no registry is reachable).
    say(u"provisioning %1 (127.0.0.1:%2)…"_s.arg(m_server->name()).arg(m_server->port()));
    QElapsedTimer clock;
    clock.start();
    auto provision = m_engine->start(Run::Kind::Provision, m_serverId);
    if (!provision) {
        say(u"bench_deploy: "_s + provision.error().toString());
        return 1;
    }
    const qint64 provisionId = provision->id;
    bool paused = false;
    bool finished = false;
    RunStatus finalStatus = RunStatus::Started;
    QString finalMessage;
    QEventLoop loop;
    QObject::connect(m_engine.get(), &RunEngine::stepStarted, &loop, [&](qint64 id, int, const Step &step) {
        if (id == provisionId && step.name == u"docker")
            (void)m_engine->pause(id);
    });
    QObject::connect(m_engine.get(), &RunEngine::runStatusChanged, &loop,
                     [&](qint64 id, RunStatus status, const QString &) {
                         if (id == provisionId && status == RunStatus::Paused) {
                             paused = true;
                             loop.quit();
                         }
                     });
    QObject::connect(m_engine.get(), &RunEngine::runFinished, &loop,
                     [&](qint64 id, RunStatus status, const QString &message) {
                         if (id != provisionId)
                             return;
                         finished = true;
                         finalStatus = status;
                         finalMessage = message;
                         loop.quit();
                     });
    QTimer::singleShot(900'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!paused) {
        say(u"bench_deploy: provisioning did not reach its docker step: "_s + finalMessage + u'\n' +
            m_lines.value(provisionId).join(u'\n'));
        return 1;
    }
    const testenv::Program load = m_server->loadImages(
        {u"hydron-test/caddy:2"_s, u"hydron-test/busybox:latest"_s, u"python:3.11-slim"_s, u"redis:7"_s});
    if (!load.ok()) {
        say(u"bench_deploy: loading the base images failed: "_s + QString::fromUtf8(load.describe()));
        return 1;
    }
    if (!m_engine->resume(provisionId))
        return 1;
    if (!finished) {
        QTimer::singleShot(900'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (finalStatus != RunStatus::Completed) {
        say(u"bench_deploy: provisioning failed: "_s + finalMessage + u'\n' + m_lines.value(provisionId).join(u'\n'));
        return 1;
    }
    say(u"provisioned in %1 s"_s.arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

Measured Bench::run(Run::Kind kind, qint64 project)
{
    QEventLoop loop;
    qint64 id = -1;
    bool done = false;
    QElapsedTimer clock;
    QObject::connect(m_engine.get(), &runs::RunEngine::runFinished, &loop,
                     [&](qint64 finished, RunStatus status, const QString &message) {
                         if (finished != id)
                             return;
                         m_runs[id].ms = clock.elapsed();
                         m_runs[id].status = status;
                         m_runs[id].message = message;
                         done = true;
                         loop.quit();
                     });
    clock.start();
    auto started = m_engine->start(kind, m_serverId, project);
    if (!started) {
        Measured m;
        m.status = RunStatus::Failed;
        m.message = started.error().toString();
        return m;
    }
    id = started->id;
    QTimer::singleShot(1'800'000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    Measured m = m_runs[id];
    m.tail = m_lines.value(id);
    if (!done) {
        m.status = RunStatus::Failed;
        m.message = u"did not finish within 30 minutes"_s;
        (void)m_engine->stop(id);
    }
    return m;
}

bool Bench::reset()
{
    const testenv::Program r =
        testenv::runTool(u"bash"_s, {baseline, u"reset"_s, m_sshConfig, m_server->name()}, 300'000);
    if (!r.ok())
        say(u"bench_deploy: reset failed: "_s + QString::fromUtf8(r.describe()));
    QDir(contextCache).removeRecursively(); // Hydron packs its build context again, as on a first deploy
    return r.ok();
}

Timed Bench::sshTrue(int count)
{
    return timed(u"bash"_s,
                 {u"-c"_s, u"for i in $(seq 1 \"$3\"); do ssh -F \"$1\" \"$2\" true || exit 1; done"_s, u"bench"_s,
                  m_sshConfig, m_server->name(), QString::number(count)},
                 120'000);
}

Timed Bench::scriptDeploy()
{
    return timed(u"bash"_s, {baseline, u"deploy"_s, m_sshConfig, m_server->name(), fixture}, 1'800'000);
}

void Bench::settle()
{
    m_server->ssh(u"for i in $(seq 1 100); do docker ps --filter label=dev.hydron.project=pyapp "
                  "--format '{{.Status}}' | grep -q 'health: starting' || break; sleep 0.2; done"_s,
                  60'000);
}

QString Bench::fetch()
{
    return QString::fromUtf8(
        m_server->ssh(u"curl -s -m 5 -H 'Host: app.test' http://127.0.0.1/ || echo curl-failed"_s).out.trimmed());
}

// The engine first (it holds the connection), then the server container by name, then the test
// daemon only when this process started it (HYDRON_TEST_KEEP=1 keeps both).
void Bench::tearDown()
{
    m_engine.reset();
    m_server.reset();
    m_docker.reset();
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' ')) : u"?"_s;
}

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + u" s"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i).startsWith(u"--runs="_s))
            runs = std::max(1, args.at(i).mid(7).toInt());
    }

    Bench bench;
    if (const int ready = bench.setUp(); ready != 0)
        return ready == 77 ? 0 : 1;

    QList<qint64> scriptMs;
    QList<qint64> deployMs;
    QList<qint64> redeployMs;
    std::map<QString, QList<qint64>> scriptPhases;
    QStringList phaseOrder;
    QStringList stepOrder;
    std::map<QString, QList<qint64>> deploySteps;
    std::map<QString, QList<qint64>> redeploySteps;
    QList<qint64> deployOutside;
    QList<qint64> redeployOutside;
    int failures = 0;
    qint64 roundScript = 0;
    qint64 roundDeploy = 0;
    QList<qint64> roundRatios; // per mille, Hydron / script within one round

    const auto measureScript = [&](int round) {
        if (!bench.reset())
            return false;
        const Timed t = bench.scriptDeploy();
        const testenv::Program &p = t.program;
        const QString body = bench.fetch();
        if (!p.ok() || !body.startsWith(u"hello v1"_s)) {
            say(u"bench_deploy: round %1: the script's deploy failed (exit %2): %3\n%4"_s.arg(round).arg(p.code).arg(
                body, QString::fromUtf8(p.err.right(3000))));
            return false;
        }
        scriptMs.append(t.ms);
        for (const QByteArray &line : p.out.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3 && f.at(0) == "phase") {
                const QString name = QString::fromUtf8(f.at(1));
                if (!phaseOrder.contains(name))
                    phaseOrder.append(name);
                scriptPhases[name].append(f.at(2).toLongLong());
            }
        }
        say(u"  round %1: shell script        %2"_s.arg(round).arg(seconds(static_cast<double>(t.ms))));
        roundScript = t.ms;
        return true;
    };
    const auto record = [&](const Measured &m, std::map<QString, QList<qint64>> &steps, QList<qint64> &outside) {
        qint64 inSteps = 0;
        for (const auto &[name, ms] : m.steps) {
            if (!stepOrder.contains(name))
                stepOrder.append(name);
            steps[name].append(ms);
            inSteps += ms;
        }
        outside.append(m.ms - inSteps);
    };
    const auto measureHydron = [&](int round) {
        if (!bench.reset())
            return false;
        const Measured first = bench.run(Run::Kind::Deploy, bench.projectId);
        const QString body = bench.fetch();
        if (first.status != RunStatus::Completed || !body.startsWith(u"hello v1"_s)) {
            say(u"bench_deploy: round %1: Hydron's deploy failed: %2 (%3)\n%4"_s.arg(round).arg(
                first.message, body, first.tail.join(u'\n')));
            return false;
        }
        deployMs.append(first.ms);
        record(first, deploySteps, deployOutside);
        say(u"  round %1: Hydron deploy       %2"_s.arg(round).arg(seconds(static_cast<double>(first.ms))));
        roundDeploy = first.ms;
        bench.settle();
        const Measured again = bench.run(Run::Kind::Redeploy, bench.projectId);
        if (again.status != RunStatus::Completed || !bench.fetch().startsWith(u"hello v1"_s)) {
            say(u"bench_deploy: round %1: Hydron's redeploy failed: %2\n%3"_s.arg(round).arg(again.message,
                                                                                             again.tail.join(u'\n')));
            return false;
        }
        redeployMs.append(again.ms);
        record(again, redeploySteps, redeployOutside);
        say(u"  round %1: Hydron redeploy     %2 (%3 change(s) on the server)"_s.arg(round)
                .arg(seconds(static_cast<double>(again.ms)))
                .arg(again.changed));
        return true;
    };

    say(u"measuring %1 round(s); each deploy starts from a server without the app, its image or the builder "
        "cache"_s.arg(runs));
    for (int round = 1; round <= runs; ++round) {
        // Alternate which goes first, so that a drift of the machine does not favour one side.
        const bool ok =
            round % 2 ? measureScript(round) && measureHydron(round) : measureHydron(round) && measureScript(round);
        if (!ok)
            ++failures;
        else
            roundRatios.append(roundDeploy * 1000 / std::max<qint64>(1, roundScript));
    }

    // The fixed cost of a step, without Docker: Hydron's empty steps versus OpenSSH running `true`.
    std::map<EmptyStepsRecipe::Form, QList<qint64>> emptyRunMs;
    QList<qint64> sshTrueMs;
    for (int i = 0; i < std::max(3, runs); ++i) {
        for (auto form :
             {EmptyStepsRecipe::Form::Bare, EmptyStepsRecipe::Form::EnvFile, EmptyStepsRecipe::Form::DeployLike}) {
            bench.empty->form = form;
            const Measured empty = bench.run(Run::Kind::Cleanup);
            if (empty.status == RunStatus::Completed)
                emptyRunMs[form].append(empty.ms);
        }
        if (const Timed t = bench.sshTrue(emptySteps); t.program.ok())
            sshTrueMs.append(t.ms);
    }
    const auto emptyMs = [&](EmptyStepsRecipe::Form form) {
        return median(emptyRunMs[form]);
    };

    const double script = median(scriptMs);
    const double deploy = median(deployMs);
    const double redeploy = median(redeployMs);
    const double ratio = script > 0 && deploy > 0 ? deploy / script : -1;
    const double share = deploy > 0 && redeploy > 0 ? redeploy / deploy : -1;
    const auto met = [](bool ok) {
        return ok ? u"met"_s : u"NOT met"_s;
    };
    say(u""_s);
    say(u"bench_deploy: pyapp (python web built on the server + redis:7, behind Caddy), median of %1 round(s)"_s.arg(
        scriptMs.size()));
    say(u"  %1 %2 %3 %4 %5"_s.arg(u"measurement"_s, -38)
            .arg(u"median"_s, 10)
            .arg(u"ratio"_s, 10)
            .arg(u"goal"_s, -10)
            .arg(u"result"_s));
    say(u"  %1 %2"_s.arg(u"shell script over OpenSSH (baseline)"_s, -38).arg(seconds(script), 10));
    say(u"  %1 %2 %3 %4 %5"_s.arg(u"Hydron deploy"_s, -38)
            .arg(seconds(deploy), 10)
            .arg(QString::number(ratio, 'f', 2) + u"x"_s, 10)
            .arg(u"<= 1.15x"_s, -10)
            .arg(met(ratio > 0 && ratio <= 1.15)));
    say(u"  %1 %2 %3 %4 %5"_s.arg(u"Hydron no-change redeploy"_s, -38)
            .arg(seconds(redeploy), 10)
            .arg(QString::number(share * 100.0, 'f', 1) + u"%"_s, 10)
            .arg(u"<= 10%"_s, -10)
            .arg(met(share > 0 && share <= 0.10)));
    say(u"  (the median of the rounds' own ratios: %1x; the machine's load average now: %2)"_s
            .arg(median(roundRatios) / 1000.0, 0, 'f', 2)
            .arg(loadAverage()));
    say(u""_s);
    say(u"  where Hydron's time goes (median ms)  %1 %2"_s.arg(u"deploy"_s, 9).arg(u"redeploy"_s, 9));
    for (const QString &name : std::as_const(stepOrder))
        say(u"    %1 %2 %3"_s.arg(name, -35)
                .arg(median(deploySteps[name]), 9, 'f', 0)
                .arg(median(redeploySteps[name]), 9, 'f', 0));
    say(u"    %1 %2 %3"_s.arg(u"(outside steps: compile, lock, SSH)"_s, -35)
            .arg(median(deployOutside), 9, 'f', 0)
            .arg(median(redeployOutside), 9, 'f', 0));
    say(u"  runs of %1 steps that do nothing (median ms): `exit 0` %2, + an env file %3, + the deploy's script "
        "text as root %4 (%5 ms a step); OpenSSH connecting and running `true` %1 times: %6"_s.arg(emptySteps)
            .arg(emptyMs(EmptyStepsRecipe::Form::Bare), 0, 'f', 0)
            .arg(emptyMs(EmptyStepsRecipe::Form::EnvFile), 0, 'f', 0)
            .arg(emptyMs(EmptyStepsRecipe::Form::DeployLike), 0, 'f', 0)
            .arg(emptyMs(EmptyStepsRecipe::Form::DeployLike) / emptySteps, 0, 'f', 0)
            .arg(median(sshTrueMs), 0, 'f', 0));
    say(u"  the script's phases (median ms)"_s);
    for (const QString &name : std::as_const(phaseOrder))
        say(u"    %1 %2"_s.arg(name, -35).arg(median(scriptPhases[name]), 9, 'f', 0));

    QJsonObject steps;
    for (const QString &name : std::as_const(stepOrder))
        steps.insert(name, QJsonArray{median(deploySteps[name]), median(redeploySteps[name])});
    const QJsonObject report{
        {u"benchmark"_s, u"deploy_pyapp"_s},
        {u"rounds"_s, static_cast<int>(scriptMs.size())},
        {u"script_ms"_s, script},
        {u"hydron_deploy_ms"_s, deploy},
        {u"hydron_redeploy_ms"_s, redeploy},
        {u"ratio"_s, ratio},
        {u"median_round_ratio"_s, median(roundRatios) / 1000.0},
        {u"redeploy_share"_s, share},
        {u"step_ms_deploy_redeploy"_s, steps},
        {u"empty_steps_run_ms"_s,
         QJsonArray{emptyMs(EmptyStepsRecipe::Form::Bare), emptyMs(EmptyStepsRecipe::Form::EnvFile),
                    emptyMs(EmptyStepsRecipe::Form::DeployLike)}},
        {u"openssh_true_ms"_s, median(sshTrueMs)},
        {u"goals"_s, u"ratio <= 1.15, redeploy <= 10% of the first deploy"_s},
        {u"ok"_s, failures == 0},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    bench.tearDown();
    return failures == 0 ? 0 : 1;
}
