// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/service.h"

#include <QDateTime>

namespace hydron {

struct Plan
{
    // generated → reviewed → modified → approved → executed; stale when the services
    // change after the plan was made.
    enum class Status
    {
        Generated,
        Reviewed,
        Modified,
        Approved,
        Executed,
        Stale
    };

    qint64 id = 0;
    qint64 projectId = 0;
    int version = 1;
    Status status = Status::Generated;
    QJsonObject body;            // the plan document (schema owned by core/planning)
    QString servicesFingerprint; // fingerprint of the services the plan was made from
    QDateTime createdAt;

    [[nodiscard]] static QString statusName(Status status);
    [[nodiscard]] static QString statusLabel(Status status);
    // A stable SHA-256 over the services' JSON: changes exactly when the services do.
    [[nodiscard]] static QString fingerprint(const QList<Service> &services);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Plan> fromJson(const QJsonObject &json);

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace hydron
