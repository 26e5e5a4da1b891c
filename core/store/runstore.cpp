// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/runstore.h"

#include "core/model/json.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

RunStatus runStatusFrom(const QString &name)
{
    for (RunStatus s : {RunStatus::Started, RunStatus::InProgress, RunStatus::Completed, RunStatus::Failed,
                        RunStatus::Paused, RunStatus::Stopped, RunStatus::Interrupted}) {
        if (runStatusName(s) == name)
            return s;
    }
    return RunStatus::Interrupted;
}

StepStatus stepStatusFrom(const QString &name)
{
    for (StepStatus s : {StepStatus::Pending, StepStatus::Started, StepStatus::InProgress, StepStatus::Completed,
                         StepStatus::Failed, StepStatus::Stopped, StepStatus::Skipped}) {
        if (stepStatusName(s) == name)
            return s;
    }
    return StepStatus::Pending;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Error gone(qint64 runId)
{
    return Error{Error::Code::NotFound,
                 QCoreApplication::translate("hydron::RunStore", "Run %1 does not exist.").arg(runId),
                 {}};
}

bool holderAlive(const QString &holder)
{
    const auto at = holder.indexOf(u'@');
    if (at <= 0)
        return false;
    if (holder.mid(at + 1) != QSysInfo::machineHostName())
        return true; // another machine's process: cannot tell, leave it alone
    const pid_t pid = holder.left(at).toInt();
    return pid > 0 && (pid == getpid() || ::kill(pid, 0) == 0);
}

} // namespace

RunStore::RunStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

QString RunStore::currentHolder()
{
    return u"%1@%2"_s.arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
}

Result<Run> RunStore::add(Run run)
{
    run.id = 0;
    if (!run.createdAt.isValid())
        run.createdAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"INSERT INTO runs (project_id, server_id, kind, status, created_at, started_at, "
                                     "finished_at, holder) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                     {nullableId(run.projectId), nullableId(run.serverId), Run::kindName(run.kind),
                                      runStatusName(run.status), toIsoString(run.createdAt), toIsoString(run.startedAt),
                                      toIsoString(run.finishedAt), currentHolder()});
        if (!query)
            return std::unexpected(query.error());
        run.id = query->lastInsertId().toLongLong();
        for (int i = 0; i < run.steps.size(); ++i) {
            const Step &s = run.steps.at(i);
            auto step = m_database.exec(u"INSERT INTO steps (run_id, position, name, status, started_at, finished_at, "
                                        "exit_code) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                        {run.id, i, s.name, stepStatusName(s.status), toIsoString(s.startedAt),
                                         toIsoString(s.finishedAt),
                                         s.exitCode ? QVariant(*s.exitCode) : QVariant(QMetaType(QMetaType::Int))});
            if (!step)
                return std::unexpected(step.error());
        }
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT aboutToAdd(run);
    Q_EMIT added(run);
    return run;
}

Result<Run> RunStore::setStatus(qint64 runId, RunStatus status)
{
    auto run = find(runId);
    if (!run)
        return std::unexpected(gone(runId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    run->status = status;
    if (status == RunStatus::InProgress && !run->startedAt.isValid())
        run->startedAt = now;
    if (isFinished(status))
        run->finishedAt = now;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query =
            m_database.exec(u"UPDATE runs SET status = ?, started_at = ?, finished_at = ?, holder = ? "
                            "WHERE id = ?"_s,
                            {runStatusName(run->status), toIsoString(run->startedAt), toIsoString(run->finishedAt),
                             isFinished(status) ? QString() : currentHolder(), runId});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT changed(*run);
    return *run;
}

Result<Run> RunStore::setStep(qint64 runId, int position, const Step &step)
{
    auto run = find(runId);
    if (!run)
        return std::unexpected(gone(runId));
    if (position < 0 || position >= run->steps.size())
        return fail(
            Error::Code::NotFound,
            QCoreApplication::translate("hydron::RunStore", "Run %1 has no step %2.").arg(runId).arg(position + 1));
    run->steps[position] = step;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(
            u"UPDATE steps SET name = ?, status = ?, started_at = ?, finished_at = ?, "
            "exit_code = ? WHERE run_id = ? AND position = ?"_s,
            {step.name, stepStatusName(step.status), toIsoString(step.startedAt), toIsoString(step.finishedAt),
             step.exitCode ? QVariant(*step.exitCode) : QVariant(QMetaType(QMetaType::Int)), runId, position});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT changed(*run);
    return *run;
}

Result<QList<Run>> RunStore::query(const QString &where, const QVariantList &bindings, int limit) const
{
    auto query = m_database.exec(u"SELECT id, project_id, server_id, kind, status, created_at, started_at, finished_at "
                                 "FROM runs "_s +
                                     where + u" ORDER BY id DESC LIMIT %1"_s.arg(limit),
                                 bindings);
    if (!query)
        return std::unexpected(query.error());
    QList<Run> runs;
    QHash<qint64, qsizetype> index;
    while (query->next()) {
        Run r;
        r.id = query->value(0).toLongLong();
        r.projectId = query->value(1).toLongLong();
        r.serverId = query->value(2).toLongLong();
        r.kind = Run::kindFromName(query->value(3).toString()).value_or(Run::Kind::Deploy);
        r.status = runStatusFrom(query->value(4).toString());
        r.createdAt = fromIsoString(query->value(5).toString());
        r.startedAt = fromIsoString(query->value(6).toString());
        r.finishedAt = fromIsoString(query->value(7).toString());
        index.insert(r.id, runs.size());
        runs.append(r);
    }
    if (runs.isEmpty())
        return runs;
    QStringList ids;
    for (const Run &r : std::as_const(runs))
        ids << QString::number(r.id);
    auto steps = m_database.exec(u"SELECT run_id, position, name, status, started_at, finished_at, exit_code "
                                 "FROM steps WHERE run_id IN (%1) ORDER BY run_id, position"_s.arg(ids.join(u',')));
    if (!steps)
        return std::unexpected(steps.error());
    while (steps->next()) {
        Step s;
        s.name = steps->value(2).toString();
        s.status = stepStatusFrom(steps->value(3).toString());
        s.startedAt = fromIsoString(steps->value(4).toString());
        s.finishedAt = fromIsoString(steps->value(5).toString());
        if (!steps->value(6).isNull())
            s.exitCode = steps->value(6).toInt();
        runs[index.value(steps->value(0).toLongLong())].steps.append(s);
    }
    return runs;
}

std::optional<Run> RunStore::find(qint64 runId) const
{
    auto found = query(u"WHERE id = ?"_s, {runId}, 1);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

QList<Run> RunStore::runs(qint64 projectId, qint64 serverId, int limit) const
{
    QStringList conditions;
    QVariantList bindings;
    if (projectId > 0) {
        conditions << u"project_id = ?"_s;
        bindings << projectId;
    }
    if (serverId > 0) {
        conditions << u"server_id = ?"_s;
        bindings << serverId;
    }
    const QString where = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
    return query(where, bindings, limit).value_or(QList<Run>());
}

QHash<qint64, RunStatus> RunStore::lastStatusByProject() const
{
    QHash<qint64, RunStatus> out;
    auto query =
        m_database.exec(u"SELECT r.project_id, r.status FROM runs r JOIN (SELECT project_id, MAX(id) AS id "
                        "FROM runs WHERE project_id IS NOT NULL GROUP BY project_id) last ON r.id = last.id"_s);
    if (!query)
        return out;
    while (query->next())
        out.insert(query->value(0).toLongLong(), runStatusFrom(query->value(1).toString()));
    return out;
}

Result<int> RunStore::markInterrupted()
{
    auto query = m_database.exec(u"SELECT id, holder FROM runs WHERE status IN ('started', 'in-progress')"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> orphans;
    while (query->next()) {
        if (!holderAlive(query->value(1).toString()))
            orphans << query->value(0).toLongLong();
    }
    for (qint64 id : std::as_const(orphans)) {
        auto done = m_database.transaction([&]() -> Result<void> {
            auto update = m_database.exec(u"UPDATE runs SET status = 'interrupted', holder = '' WHERE id = ?"_s, {id});
            if (!update)
                return std::unexpected(update.error());
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        if (auto run = find(id))
            Q_EMIT changed(*run);
    }
    return static_cast<int>(orphans.size());
}

} // namespace hydron
