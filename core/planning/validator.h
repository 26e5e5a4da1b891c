// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandocument.h"

#include <QSet>

#include <optional>

namespace hydron::planning {

struct PlanProblem
{
    enum class Code
    {
        InvalidName,        // a service name Docker cannot use, or one used twice
        MissingImage,       // neither build nor image
        InvalidImage,       // an image reference Docker would refuse
        InvalidBuild,       // a build context or Dockerfile outside the source
        UnknownDependency,  // depends_on names no service of the plan
        DependencyCycle,    // depends_on goes round in a circle
        PortClash,          // two services on one proxy route (domain, or the server's address)
        PublicWithoutPort,  // public, but nothing for the proxy to route to
        DomainNotPublic,    // domains on a service that is not public
        InvalidDomain,      // not a host name, or ACME for a name no public CA can certify
        MissingRequiredEnv, // a required variable without a value or secret
        InvalidEnv,         // a bad variable name, a duplicate, or a secret reference to nothing
        MissingSecret,      // a secret the user must give and has not (only when the caller says which exist)
        InvalidHealth,      // a health check the service cannot answer
        InvalidVolume,      // a bad volume name, or two volumes on one path
        MemoryBeyondServer, // the memory limits do not fit the server
    };

    Code code = Code::InvalidName;
    QString service; // empty for problems of the whole plan
    QString field;   // "depends_on", "env.DATABASE_URL", "domains", "image", … for the UI to point at
    QString message; // translated, names the service and field

    friend bool operator==(const PlanProblem &, const PlanProblem &) = default;
};

struct ValidationOptions
{
    // The secret references whose values are stored (the keychain's view). nullopt: not checked.
    std::optional<QSet<QString>> availableSecrets;
};

// Every problem of a plan, in the order of the services (whole-plan problems last); empty when
// the plan can be deployed.
[[nodiscard]] QList<PlanProblem> validatePlan(const PlanDocument &plan, const ValidationOptions &options = {});

// Whether `host` is a host name a proxy can serve ("app.example.com"); sets `why` when not.
[[nodiscard]] bool isValidDomain(const QString &host, QString *why = nullptr);

} // namespace hydron::planning
