// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandocument.h"

#include <QHash>
#include <QSet>

// Deploy-time values for a plan's environment: the only place where secret values meet the plan.
// Callers (core/deploy) keep the results in memory, write them to 0600 env files and mask them in
// logs; they never go back into the plan.
namespace hydron::planning {

struct ResolvedEnvVar
{
    QString name;
    QString value;
    bool sensitive = false; // from a secret or a template with secrets: mask it

    friend bool operator==(const ResolvedEnvVar &, const ResolvedEnvVar &) = default;
};

// The service's variables with their values: literals as they are, secrets and templates filled
// from `secretValues` (reference → value). Unset variables are left out. Fails naming the service,
// variable and reference of the first secret without a value.
[[nodiscard]] Result<QList<ResolvedEnvVar>> resolveEnvironment(const PlanService &service,
                                                               const QHash<QString, QString> &secretValues);

// The plan's generated secrets that `stored` does not hold yet: make each once with
// generateSecretValue() and store it before the first deploy.
[[nodiscard]] QList<PlanSecret> secretsToGenerate(const PlanDocument &plan, const QSet<QString> &stored);
// The secrets the user has to give that `stored` does not hold.
[[nodiscard]] QList<PlanSecret> secretsToAsk(const PlanDocument &plan, const QSet<QString> &stored);

// A new random value from the system's cryptographic generator.
[[nodiscard]] QString generateSecretValue(const SecretGenerate &generate);

} // namespace hydron::planning
