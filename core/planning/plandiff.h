// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandocument.h"

namespace hydron::planning {

// One field that differs. `field` is a path into the plan JSON ("memory_mb", "env.DATABASE_URL",
// "build.generated_dockerfile", "server.offer_id", "secrets.db.PASSWORD"); before and after are
// the values as text (JSON for lists and objects, empty when absent). Plans hold no secret
// values, so neither does a diff.
struct FieldChange
{
    QString field;
    QString before;
    QString after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct ServiceChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    QString service;
    Kind kind = Kind::Changed;
    QList<FieldChange> fields; // for Changed: the fields that differ, in schema order

    friend bool operator==(const ServiceChange &, const ServiceChange &) = default;
};

struct PlanDiff
{
    QList<FieldChange> plan;       // server, network, secrets
    QList<ServiceChange> services; // sorted by service name

    [[nodiscard]] bool isEmpty() const { return plan.isEmpty() && services.isEmpty(); }
    // A readable summary, one line per change (translated).
    [[nodiscard]] QString toText() const;

    friend bool operator==(const PlanDiff &, const PlanDiff &) = default;
};

[[nodiscard]] PlanDiff diffPlans(const PlanDocument &before, const PlanDocument &after);

} // namespace hydron::planning
