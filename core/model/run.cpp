// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/run.h"

#include "core/model/json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<RunStatus>, 7> runStatusNames{{
    {RunStatus::Started, u"started"},
    {RunStatus::InProgress, u"in-progress"},
    {RunStatus::Completed, u"completed"},
    {RunStatus::Failed, u"failed"},
    {RunStatus::Paused, u"paused"},
    {RunStatus::Stopped, u"stopped"},
    {RunStatus::Interrupted, u"interrupted"},
}};

constexpr std::array<EnumName<StepStatus>, 7> stepStatusNames{{
    {StepStatus::Pending, u"pending"},
    {StepStatus::Started, u"started"},
    {StepStatus::InProgress, u"in-progress"},
    {StepStatus::Completed, u"completed"},
    {StepStatus::Failed, u"failed"},
    {StepStatus::Stopped, u"stopped"},
    {StepStatus::Skipped, u"skipped"},
}};

constexpr std::array<EnumName<Run::Kind>, 5> kindNames{{
    {Run::Kind::Provision, u"provision"},
    {Run::Kind::Deploy, u"deploy"},
    {Run::Kind::Redeploy, u"redeploy"},
    {Run::Kind::Rollback, u"rollback"},
    {Run::Kind::Cleanup, u"cleanup"},
}};

} // namespace

QString runStatusName(RunStatus status)
{
    return enumToName(runStatusNames, status);
}

QString runStatusLabel(RunStatus status)
{
    switch (status) {
    case RunStatus::Started:
        return QCoreApplication::translate("hydron::Run", "Started");
    case RunStatus::InProgress:
        return QCoreApplication::translate("hydron::Run", "In progress");
    case RunStatus::Completed:
        return QCoreApplication::translate("hydron::Run", "Completed");
    case RunStatus::Failed:
        return QCoreApplication::translate("hydron::Run", "Failed");
    case RunStatus::Paused:
        return QCoreApplication::translate("hydron::Run", "Paused");
    case RunStatus::Stopped:
        return QCoreApplication::translate("hydron::Run", "Stopped");
    case RunStatus::Interrupted:
        return QCoreApplication::translate("hydron::Run", "Interrupted");
    }
    return {};
}

bool isFinished(RunStatus status)
{
    return status == RunStatus::Completed || status == RunStatus::Failed || status == RunStatus::Stopped;
}

QString stepStatusName(StepStatus status)
{
    return enumToName(stepStatusNames, status);
}

QString stepStatusLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return QCoreApplication::translate("hydron::Run", "Pending");
    case StepStatus::Started:
        return QCoreApplication::translate("hydron::Run", "Started");
    case StepStatus::InProgress:
        return QCoreApplication::translate("hydron::Run", "In progress");
    case StepStatus::Completed:
        return QCoreApplication::translate("hydron::Run", "Completed");
    case StepStatus::Failed:
        return QCoreApplication::translate("hydron::Run", "Failed");
    case StepStatus::Stopped:
        return QCoreApplication::translate("hydron::Run", "Stopped");
    case StepStatus::Skipped:
        return QCoreApplication::translate("hydron::Run", "Skipped");
    }
    return {};
}

QJsonObject Step::toJson() const
{
    QJsonObject json{{u"name"_s, name},
                     {u"status"_s, stepStatusName(status)},
                     {u"started_at"_s, toIsoString(startedAt)},
                     {u"finished_at"_s, toIsoString(finishedAt)}};
    json.insert(u"exit_code"_s, exitCode ? QJsonValue(*exitCode) : QJsonValue(QJsonValue::Null));
    return json;
}

Result<Step> Step::fromJson(const QJsonObject &json)
{
    Step s;
    JsonReader r(json, QCoreApplication::translate("hydron::Run", "Step"));
    s.name = r.requiredString(u"name");
    s.status = r.enumeration(u"status", stepStatusNames, StepStatus::Pending);
    s.startedAt = r.dateTime(u"started_at");
    s.finishedAt = r.dateTime(u"finished_at");
    if (auto code = r.optionalInteger(u"exit_code"))
        s.exitCode = static_cast<int>(*code);
    if (!r.ok())
        return std::unexpected(r.error());
    return s;
}

QString Run::kindName(Kind kind)
{
    return enumToName(kindNames, kind);
}

QString Run::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Provision:
        return QCoreApplication::translate("hydron::Run", "Provision");
    case Kind::Deploy:
        return QCoreApplication::translate("hydron::Run", "Deploy");
    case Kind::Redeploy:
        return QCoreApplication::translate("hydron::Run", "Redeploy");
    case Kind::Rollback:
        return QCoreApplication::translate("hydron::Run", "Rollback");
    case Kind::Cleanup:
        return QCoreApplication::translate("hydron::Run", "Clean-up");
    }
    return {};
}

std::optional<Run::Kind> Run::kindFromName(QStringView name)
{
    return enumFromName(kindNames, name);
}

QJsonObject Run::toJson() const
{
    QJsonArray stepArray;
    for (const Step &s : steps)
        stepArray.append(s.toJson());
    QJsonObject json{{u"project"_s, projectId > 0 ? QJsonValue(projectId) : QJsonValue(QJsonValue::Null)},
                     {u"server"_s, serverId > 0 ? QJsonValue(serverId) : QJsonValue(QJsonValue::Null)},
                     {u"kind"_s, kindName(kind)},
                     {u"status"_s, runStatusName(status)},
                     {u"created_at"_s, toIsoString(createdAt)},
                     {u"started_at"_s, toIsoString(startedAt)},
                     {u"finished_at"_s, toIsoString(finishedAt)},
                     {u"steps"_s, stepArray}};
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

Result<Run> Run::fromJson(const QJsonObject &json)
{
    Run run;
    JsonReader r(json, QCoreApplication::translate("hydron::Run", "Run"));
    run.id = r.integer(u"id");
    run.projectId = r.integer(u"project");
    run.serverId = r.integer(u"server");
    run.kind = r.enumeration(u"kind", kindNames, Kind::Deploy);
    run.status = r.enumeration(u"status", runStatusNames, RunStatus::Started);
    run.createdAt = r.dateTime(u"created_at");
    run.startedAt = r.dateTime(u"started_at");
    run.finishedAt = r.dateTime(u"finished_at");
    for (const QJsonValue &v : r.array(u"steps")) {
        auto step = Step::fromJson(v.toObject());
        if (!step) {
            r.adopt(step.error());
            break;
        }
        run.steps.append(*step);
    }
    if (!r.ok())
        return std::unexpected(r.error());
    return run;
}

} // namespace hydron
