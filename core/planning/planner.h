// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/plan.h"
#include "core/model/project.h"
#include "core/model/server.h"
#include "core/planning/plandocument.h"

#include <QMap>

#include <optional>

namespace hydron::source {
class AppTemplate;
}

namespace hydron::planning {

class ServerCatalog;

struct PlanOptions
{
    // Domains per service name. Services not named here get none, except the primary public
    // service when `domain` is set (and other public services, as "<service>.<domain>").
    QMap<QString, QStringList> domains;
    QString domain;
    TlsMode tls = TlsMode::Acme; // test and local names (.test, .localhost, .local, .internal) get Internal
    // The user's own server, when one is chosen: no catalog sizing, its spec is the limit.
    std::optional<ServerSpec> server;
    QString serverName;
    QString location = QStringLiteral("eu-central"); // preferred catalog location
    // A local checkout of the source (optional): lockfiles, monorepo roots, Prisma schemas and
    // framework files are looked at there. Empty: the plan relies on the services alone.
    QString sourceRoot;
    // For template sources: the template (nullptr: looked up in the built-in gallery by the
    // project's source location).
    const source::AppTemplate *appTemplate = nullptr;
    // nullptr: the built-in catalog (resources/catalog/servers.json).
    const ServerCatalog *catalog = nullptr;
};

// Makes a plan document from a project's reviewed services (backing services included). Rule
// based and deterministic: the same project and options give the same document. Fails only when
// the catalog or template cannot be read; what it cannot decide goes to the document's notes,
// and what is wrong is for validatePlan() to say.
[[nodiscard]] Result<PlanDocument> generatePlan(const Project &project, const PlanOptions &options = {});

// A new Plan (status Generated) for the project: the document as body, the services' fingerprint.
[[nodiscard]] Plan makePlan(const Project &project, const PlanDocument &document, int version = 1);

// The fingerprint of the services a plan is made from (Plan::fingerprint over them).
[[nodiscard]] QString servicesFingerprint(const Project &project);
// True when the project's services changed since the plan was made.
[[nodiscard]] bool isStale(const Plan &plan, const Project &project);

// The body of a stored plan as a document.
[[nodiscard]] Result<PlanDocument> planDocument(const Plan &plan);

// A few readable lines for a terminal (`hydron-cli plan` without --json): the server and why,
// each service with its build or image, public URL, health check, memory and post-deploy
// commands, the secrets to set and the generator's notes. Translated.
[[nodiscard]] QString planSummary(const PlanDocument &plan);

// A private or test name no public CA certifies (.test, .localhost, .local, .internal, .example,
// …): it gets the proxy's own CA (TlsMode::Internal) instead of ACME.
[[nodiscard]] bool isTestDomain(const QString &host);

// A lower-case name safe for Docker (networks, volumes, compose project): "My Shop!" → "my-shop".
[[nodiscard]] QString dockerName(const QString &text);

} // namespace hydron::planning
