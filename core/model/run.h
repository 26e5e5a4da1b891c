// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace hydron {

enum class RunStatus
{
    Started,
    InProgress,
    Completed,
    Failed,
    Paused,
    Stopped,
    Interrupted
};
enum class StepStatus
{
    Pending,
    Started,
    InProgress,
    Completed,
    Failed,
    Stopped,
    Skipped
};

[[nodiscard]] QString runStatusName(RunStatus status);
[[nodiscard]] QString runStatusLabel(RunStatus status);
[[nodiscard]] bool isFinished(RunStatus status); // completed, failed, stopped
[[nodiscard]] QString stepStatusName(StepStatus status);
[[nodiscard]] QString stepStatusLabel(StepStatus status);

struct Step
{
    QString name;
    StepStatus status = StepStatus::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    std::optional<int> exitCode;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Step> fromJson(const QJsonObject &json);

    friend bool operator==(const Step &, const Step &) = default;
};

struct Run
{
    enum class Kind
    {
        Provision,
        Deploy,
        Redeploy,
        Rollback,
        Cleanup
    };

    qint64 id = 0;
    qint64 projectId = 0; // 0 for server-only runs (provisioning)
    qint64 serverId = 0;
    Kind kind = Kind::Deploy;
    RunStatus status = RunStatus::Started;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<Step> steps;

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static QString kindLabel(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(QStringView name);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Run> fromJson(const QJsonObject &json);

    friend bool operator==(const Run &, const Run &) = default;
};

} // namespace hydron
