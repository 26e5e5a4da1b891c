// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli's commands over servers and runs: servers check, provision, runs, logs.
#include "app/hydron-cli/commandrunner.h"
#include "app/hydron-cli/interruptnotifier.h"
#include "core/coreservices.h"
#include "core/deploy/serverprobe.h"
#include "core/model/json.h"
#include "core/remote/remoteerror.h"
#include "core/runs/runengine.h"
#include "core/store/projectstore.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

// Waits for a future in a local event loop (hydron-cli has nothing else to do meanwhile).
template<typename T>
T waitForFuture(QFuture<T> future)
{
    std::optional<T> value;
    QEventLoop loop;
    future.then(&loop, [&](const T &result) {
        value = result;
        loop.quit();
    });
    if (!value)
        loop.exec();
    return *value;
}

QString megabytes(qint64 mb)
{
    return mb >= 1024 ? u"%1 GB"_s.arg(static_cast<double>(mb) / 1024.0, 0, 'f', 1) : u"%1 MB"_s.arg(mb);
}

QString durationText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const qint64 ms = from.msecsTo(to);
    if (ms < 10'000)
        return u"%1 s"_s.arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    return s < 3600 ? u"%1 min %2 s"_s.arg(s / 60).arg(s % 60) : u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIsoString(time)) : QJsonValue(QJsonValue::Null);
}

// The server's facts refused by its host key, explained with what to run next.
Error hostKeyError(const Error &error, const Server &server)
{
    Error out = error;
    const auto mismatch = remote::hostKeyMismatchOf(error);
    if (!mismatch)
        return out;
    if (remote::failureOf(error) == remote::Failure::HostKeyUnknown) {
        out.message = CommandRunner::tr("The host key of \"%1\" is not pinned yet; Hydron does not connect unchecked.")
                          .arg(server.name);
        out.detail = CommandRunner::tr("It presented %1. Compare it with the key on the server's console "
                                       "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub); if they match, run:\n"
                                       "  hydron-cli servers check %2 --accept-host-key %1")
                         .arg(mismatch->presented, server.name);
    } else {
        out.message = CommandRunner::tr("The host key of \"%1\" changed; Hydron refuses to connect.").arg(server.name);
        out.detail = CommandRunner::tr("Pinned: %1\n  Presented: %2\n  If the server was reinstalled, check the new "
                                       "key on its console and pin it with --accept-host-key; otherwise someone may "
                                       "be intercepting the connection.")
                         .arg(mismatch->pinned, mismatch->presented);
    }
    return out;
}

} // namespace

Result<QString> CommandRunner::checkedFingerprint(const QString &text)
{
    static const QRegularExpression pattern(u"^SHA256:[A-Za-z0-9+/]{43}=?$"_s);
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not a host key fingerprint; expected SHA256: and 43 characters, as "
                       "ssh-keygen -lf prints it.")
                        .arg(trimmed));
    return trimmed.endsWith(u'=') ? trimmed.chopped(1) : trimmed;
}

Result<QString> CommandRunner::checkServer(const Invocation &invocation)
{
    auto server = serverNamed(invocation.arguments.at(0));
    if (!server)
        return std::unexpected(server.error());
    if (invocation.flag(u"accept-host-key"_s)) {
        if (server->isLocal())
            return fail(Error::Code::InvalidInput, tr("--accept-host-key does not apply to this computer: it is "
                                                      "reached without SSH."));
        auto fingerprint = checkedFingerprint(invocation.value(u"accept-host-key"_s));
        if (!fingerprint)
            return std::unexpected(fingerprint.error());
        server->hostKeyFingerprint = *fingerprint;
        auto stored = m_core.servers().update(*server);
        if (!stored)
            return std::unexpected(stored.error());
        server = *stored;
    }

    deploy::ServerProbe probe(*server, m_core.transportFactory());
    const Result<deploy::ServerFacts> facts = waitForFuture(probe.check());
    if (!facts) {
        const remote::Failure failure = remote::failureOf(facts.error());
        // Unreachable is a fact about the server; a refused key or login is not.
        if (failure != remote::Failure::HostKeyUnknown && failure != remote::Failure::HostKeyChanged &&
            failure != remote::Failure::AuthFailed && failure != remote::Failure::KeyFile &&
            server->status != ServerStatus::Offline) {
            server->status = ServerStatus::Offline;
            (void)m_core.servers().update(*server);
        }
        return std::unexpected(hostKeyError(facts.error(), *server));
    }
    server->spec = facts->spec(server->spec);
    server->status = facts->provisioned ? ServerStatus::Provisioned : ServerStatus::NotProvisioned;
    auto stored = m_core.servers().update(*server);
    if (!stored)
        return std::unexpected(stored.error());

    const deploy::ResourceSample &sample = facts->sample;
    if (invocation.flag(u"json"_s)) {
        QJsonObject docker;
        if (!facts->dockerVersion.isEmpty())
            docker = {{u"version"_s, facts->dockerVersion}, {u"running"_s, facts->dockerRunning}};
        const QJsonObject out{
            {u"name"_s, stored->name},
            {u"transport"_s, serverTransportName(stored->transport)},
            {u"host_key"_s, stored->hostKeyFingerprint.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(stored->hostKeyFingerprint)},
            {u"os"_s, facts->os},
            {u"os_id"_s, facts->osId},
            {u"os_version"_s, facts->osVersion},
            {u"kernel"_s, facts->kernel},
            {u"cpus"_s, facts->cpus},
            {u"memory_mb"_s, facts->memoryMb},
            {u"disk_gb"_s, facts->diskGb},
            {u"docker"_s, docker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(docker)},
            {u"provisioned"_s, facts->provisioned},
            {u"status"_s, serverStatusName(stored->status)},
            {u"usage"_s, QJsonObject{{u"cpu_percent"_s, sample.cpuPercent},
                                     {u"memory_used_mb"_s, sample.memoryUsedMb},
                                     {u"disk_used_gb"_s, sample.diskUsedGb}}},
        };
        return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    }
    QString text;
    QTextStream t(&text);
    t << tr("Server:  %1 (%2)")
             .arg(stored->name, stored->isLocal() ? tr("this computer")
                                                  : SshAddress{stored->user, stored->host, stored->port}.toString())
      << '\n';
    t << tr("System:  %1, kernel %2").arg(facts->os.isEmpty() ? tr("unknown") : facts->os, facts->kernel) << '\n';
    t << tr("CPUs:    %1 (%2 % busy)").arg(facts->cpus).arg(sample.cpuPercent, 0, 'f', 0) << '\n';
    t << tr("Memory:  %1 (%2 used)").arg(megabytes(facts->memoryMb), megabytes(sample.memoryUsedMb)) << '\n';
    t << tr("Disk:    %1 GB (%2 GB used)").arg(facts->diskGb).arg(sample.diskUsedGb, 0, 'f', 1) << '\n';
    t << tr("Docker:  %1")
             .arg(facts->dockerVersion.isEmpty()
                      ? tr("not installed (provisioning installs it)")
                      : (facts->dockerRunning ? tr("%1, running") : tr("%1, not running")).arg(facts->dockerVersion))
      << '\n';
    t << tr("Status:  %1").arg(serverStatusName(stored->status)) << '\n';
    t.flush();
    return text;
}

Result<QString> CommandRunner::unlockServer(const Invocation &invocation)
{
    auto server = serverNamed(invocation.arguments.at(0));
    if (!server)
        return std::unexpected(server.error());
    const Result<QList<runs::LockHolder>> released = waitForFuture(m_core.runEngine().releaseServerLock(server->id));
    if (!released)
        return std::unexpected(hostKeyError(released.error(), *server));
    if (released->isEmpty())
        return tr("\"%1\" was not locked.").arg(server->name) + u'\n';
    QString text;
    for (const runs::LockHolder &holder : *released)
        text += tr("Released the lock of %1 on \"%2\".").arg(holder.describe(), server->name) + u'\n';
    return text;
}

Result<QString> CommandRunner::provision(const Invocation &invocation)
{
    auto server = serverNamed(invocation.arguments.at(0));
    if (!server)
        return std::unexpected(server.error());
    runs::RunEngine &engine = m_core.runEngine();
    QTextStream *out = m_out;
    auto write = [out](const QString &text) {
        if (out) {
            *out << text;
            out->flush();
        }
    };

    qsizetype total = 0;
    std::optional<RunStatus> outcome;
    QString outcomeMessage;
    QEventLoop loop;
    // One run in this process: every signal is about it.
    QObject::connect(&engine, &runs::RunEngine::stepStarted, &loop, [&](qint64, int position, const Step &step) {
        write(u"==> [%1/%2] %3\n"_s.arg(position + 1).arg(total).arg(step.name));
    });
    QObject::connect(&engine, &runs::RunEngine::logAppended, &loop,
                     [&](qint64, const QList<LogLine> &lines, qint64, qint64) {
                         QString text;
                         for (const LogLine &line : lines)
                             text += u"    "_s + line.text + u'\n';
                         write(text);
                     });
    QObject::connect(&engine, &runs::RunEngine::stepFinished, &loop,
                     [&](qint64, int, const Step &step, const runs::StepOutcome &result) {
                         QString summary = stepStatusLabel(step.status);
                         const QString took = durationText(step.startedAt, step.finishedAt);
                         if (!took.isEmpty())
                             summary += u" in "_s + took;
                         if (result.hasResult)
                             summary += u" (changed %1, unchanged %2, skipped %3)"_s.arg(result.changed)
                                            .arg(result.unchanged)
                                            .arg(result.skipped);
                         if (step.status == StepStatus::Failed && !result.message.isEmpty())
                             summary += u": "_s + result.message;
                         write(u"    "_s + summary + u'\n');
                     });
    QObject::connect(&engine, &runs::RunEngine::runFinished, &loop,
                     [&](qint64, RunStatus status, const QString &message) {
                         outcome = status;
                         outcomeMessage = message;
                         loop.quit();
                     });

    runs::RunStartOptions options;
    options.waitForLock = invocation.flag(u"wait"_s);
    auto run = engine.start(Run::Kind::Provision, server->id, options);
    if (!run)
        return std::unexpected(run.error());
    total = run->steps.size();
    write(tr("Provisioning %1, run #%2 (%3 steps)").arg(server->name).arg(run->id).arg(total) + u'\n');

    InterruptNotifier interrupt;
    const qint64 runId = run->id;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &loop, [&engine, runId, write] {
        write(tr("Stopping run #%1…").arg(runId) + u'\n');
        (void)engine.stop(runId);
    });
    loop.exec();

    const auto finished = m_core.runs().find(runId);
    const QString took = finished ? durationText(finished->startedAt, finished->finishedAt) : QString();
    if (outcome == RunStatus::Completed)
        return tr("Provisioned %1 in %2 (run #%3).").arg(server->name, took).arg(runId) + u'\n';
    if (outcome == RunStatus::Stopped)
        return fail(Error::Code::Cancelled, tr("Run #%1 was stopped; the server's lock is released.").arg(runId),
                    tr("Resume it from its first unfinished step in the app's Runs panel."));
    Error error{Error::Code::Network, tr("Provisioning %1 failed (run #%2).").arg(server->name).arg(runId),
                outcomeMessage.isEmpty() ? tr("See \"hydron-cli logs %1\".").arg(runId)
                                         : outcomeMessage + u"\n  "_s + tr("See \"hydron-cli logs %1\".").arg(runId)};
    return std::unexpected(error);
}

Result<QString> CommandRunner::listRuns(const Invocation &invocation)
{
    qint64 projectId = 0;
    qint64 serverId = 0;
    if (invocation.flag(u"project"_s)) {
        auto project = projectNamed(invocation.value(u"project"_s));
        if (!project)
            return std::unexpected(project.error());
        projectId = project->id;
    }
    if (invocation.flag(u"server"_s)) {
        auto server = serverNamed(invocation.value(u"server"_s));
        if (!server)
            return std::unexpected(server.error());
        serverId = server->id;
    }
    const QList<Run> runs = m_core.runs().runs(projectId, serverId, 1000);
    auto projectName = [this](qint64 id) {
        const auto p = id > 0 ? m_core.projects().find(id) : std::nullopt;
        return p ? p->name : QString();
    };
    auto serverName = [this](qint64 id) {
        const auto s = id > 0 ? m_core.servers().find(id) : std::nullopt;
        return s ? s->name : QString();
    };
    if (invocation.flag(u"json"_s)) {
        QJsonArray array;
        for (const Run &run : runs) {
            QJsonArray steps;
            for (const Step &step : run.steps) {
                steps.append(QJsonObject{
                    {u"name"_s, step.name},
                    {u"status"_s, stepStatusName(step.status)},
                    {u"started_at"_s, timeOrNull(step.startedAt)},
                    {u"finished_at"_s, timeOrNull(step.finishedAt)},
                    {u"exit_code"_s, step.exitCode ? QJsonValue(*step.exitCode) : QJsonValue(QJsonValue::Null)},
                });
            }
            const QString project = projectName(run.projectId);
            const QString server = serverName(run.serverId);
            array.append(QJsonObject{
                {u"id"_s, run.id},
                {u"kind"_s, Run::kindName(run.kind)},
                {u"status"_s, runStatusName(run.status)},
                {u"project"_s, project.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(project)},
                {u"server"_s, server.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(server)},
                {u"created_at"_s, timeOrNull(run.createdAt)},
                {u"started_at"_s, timeOrNull(run.startedAt)},
                {u"finished_at"_s, timeOrNull(run.finishedAt)},
                {u"steps"_s, steps},
            });
        }
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    if (runs.isEmpty())
        return tr("No runs.") + u'\n';
    QList<QStringList> rows;
    for (const Run &run : runs) {
        const auto done = std::count_if(run.steps.cbegin(), run.steps.cend(), [](const Step &s) {
            return s.status == StepStatus::Completed || s.status == StepStatus::Skipped;
        });
        const QString project = projectName(run.projectId);
        const QString server = serverName(run.serverId);
        rows << QStringList{
            QString::number(run.id),
            Run::kindName(run.kind),
            runStatusName(run.status),
            project.isEmpty() ? u"-"_s : project,
            server.isEmpty() ? u"-"_s : server,
            run.startedAt.isValid() ? run.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s,
            durationText(run.startedAt, run.finishedAt).isEmpty() ? u"-"_s
                                                                  : durationText(run.startedAt, run.finishedAt),
            u"%1/%2"_s.arg(done).arg(run.steps.size())};
    }
    return Formatter::table(
        {tr("RUN"), tr("KIND"), tr("STATUS"), tr("PROJECT"), tr("SERVER"), tr("STARTED"), tr("DURATION"), tr("STEPS")},
        rows);
}

Result<QString> CommandRunner::showLogs(const Invocation &invocation)
{
    QString text = invocation.arguments.at(0).trimmed();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool ok = false;
    const qint64 runId = text.toLongLong(&ok);
    if (!ok || runId <= 0)
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not a run number; \"hydron-cli runs\" lists them.").arg(invocation.arguments.at(0)));
    const auto run = m_core.runs().find(runId);
    if (!run)
        return fail(Error::Code::NotFound, tr("There is no run #%1. See \"hydron-cli runs\".").arg(runId));
    int onlyStep = -2;
    if (invocation.flag(u"step"_s)) {
        bool stepOk = false;
        const int n = invocation.value(u"step"_s).toInt(&stepOk);
        if (!stepOk || n < 1 || n > run->steps.size())
            return fail(Error::Code::InvalidInput, tr("Run #%1 has steps 1 to %2; --step %3 is none of them.")
                                                       .arg(runId)
                                                       .arg(run->steps.size())
                                                       .arg(invocation.value(u"step"_s)));
        onlyStep = n - 1;
    }
    // Streamed in chunks: a million-line log is never held whole.
    QString out;
    qint64 offset = 0;
    int lastStep = -2;
    for (;;) {
        auto chunk = m_core.runLog().read(runId, offset, 20000);
        if (!chunk)
            return std::unexpected(chunk.error());
        for (const LogLine &line : chunk->lines) {
            if (onlyStep != -2 && line.step != onlyStep)
                continue;
            if (line.step != lastStep && onlyStep == -2) {
                lastStep = line.step;
                if (line.step >= 0 && line.step < run->steps.size())
                    out += u"==> [%1/%2] %3\n"_s.arg(line.step + 1)
                               .arg(run->steps.size())
                               .arg(run->steps.at(line.step).name);
            }
            out += line.text + u'\n';
        }
        if (m_out) {
            *m_out << out;
            m_out->flush();
            out.clear();
        }
        if (chunk->lines.isEmpty() || chunk->nextOffset == offset)
            break;
        offset = chunk->nextOffset;
    }
    return out;
}

} // namespace hydron::cli
