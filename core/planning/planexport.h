// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandocument.h"

#include <QByteArray>
#include <QMap>

#include <functional>

// The plan as plain files, so nobody is locked in: docker-compose.yml, a Caddyfile, .env.example
// (names only: secret values are never written), the generated Dockerfiles with their
// .dockerignore files, and post-deploy.sh when the plan has post-deploy commands.
namespace hydron::planning {

struct ExportOptions
{
    // Absolute path of the source checkout, to point build contexts at it (relative to the export
    // folder). Empty: the export folder is taken to be the source root.
    QString sourceRoot;
};

// File name → content, e.g. "docker-compose.yml", "dockerfiles/web.Dockerfile".
using ExportFiles = QMap<QString, QByteArray>;

// Renders every file; `directory` is where they will be written (for relative build paths).
[[nodiscard]] Result<ExportFiles> renderExport(const PlanDocument &plan, const QString &directory,
                                               const ExportOptions &options = {});
// Renders and writes the files into `directory` (created when missing); returns their names.
[[nodiscard]] Result<QStringList> exportPlan(const PlanDocument &plan, const QString &directory,
                                             const ExportOptions &options = {});

// The proxy's site blocks for the plan's public services; `upstream` gives "host:port" for a
// service (the compose export uses "<service>:<port>", a server deploy its release's container).
[[nodiscard]] QString caddySites(const PlanDocument &plan, const std::function<QString(const PlanService &)> &upstream);

// The shell command that checks a service's health from inside its container: an HTTP GET with
// what the image has (node, python, busybox wget, bash /dev/tcp, else wget or curl), or the plan's
// own command. Empty when the service has no health check.
[[nodiscard]] QString healthProbeCommand(const PlanService &service);

// The variable name a secret reference gets in .env and compose ("postgres.POSTGRES_PASSWORD" →
// "POSTGRES_PASSWORD" when unique in the plan, else "POSTGRES__POSTGRES_PASSWORD").
[[nodiscard]] QMap<QString, QString> secretVariableNames(const PlanDocument &plan);

} // namespace hydron::planning
