// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/textutil.h"

#include <QByteArrayView>
#include <QList>

// A pure Dockerfile parser (bytes in, stages out) for the facts a deployment needs: base images,
// EXPOSE, HEALTHCHECK, CMD/ENTRYPOINT and ENV, with line numbers. Handles line continuations
// (and the escape directive), comments, exec and shell forms, heredocs, and ${VAR:-default}
// in EXPOSE.
namespace hydron::analysis {

struct DockerfileStage
{
    Located image;                      // "node:20-alpine", as written after FROM (no --platform)
    QString name;                       // AS name
    QList<std::pair<int, int>> exposed; // (port, line)
    Located healthcheck;                // the command after HEALTHCHECK … CMD, or "NONE"
    Located cmd;                        // CMD, exec form joined with spaces
    Located entrypoint;
    QList<std::pair<QString, Located>> env; // ENV and ARG name -> value
    Located workdir;
    Located user;

    // The command the container runs: ENTRYPOINT followed by CMD.
    [[nodiscard]] Located startCommand() const;
};

struct Dockerfile
{
    QString error;
    QList<DockerfileStage> stages;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] const DockerfileStage *finalStage() const { return stages.isEmpty() ? nullptr : &stages.last(); }
};

[[nodiscard]] Dockerfile parseDockerfile(QByteArrayView text);

// The URL path and port in a health check command ("curl -f http://localhost:3000/health || exit 1").
struct HealthProbe
{
    QString path;
    int port = 0;
};
[[nodiscard]] HealthProbe probeFromCommand(QStringView command);

} // namespace hydron::analysis
