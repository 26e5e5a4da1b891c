// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/textutil.h"

#include <QByteArrayView>
#include <QList>

// A pure docker-compose / compose.yaml parser for the facts a deployment needs, with lines.
// Long and short syntaxes of build, ports, environment and depends_on are understood; merge
// keys (<<: *defaults) are applied.
namespace hydron::analysis {

struct ComposeEnv
{
    QString name;
    QString value;
    bool hasValue = false;
    int line = 0;
};

struct ComposeService
{
    QString name;
    int line = 0;
    Located image;
    bool hasBuild = false;
    QString context = QStringLiteral("."); // relative to the compose file, as written
    QString dockerfile;                    // relative to the context, as written
    int buildLine = 0;
    QList<std::pair<int, int>> ports; // (container port, line) from ports: and expose:
    QList<ComposeEnv> environment;
    QList<Located> envFiles;
    QList<Located> dependsOn;
    Located command;
    Located entrypoint;
    Located healthcheck; // the test command, joined
    QStringList profiles;
};

struct ComposeFile
{
    QString error;
    int errorLine = 0;
    QList<ComposeService> services;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] ComposeFile parseComposeFile(QByteArrayView text);

} // namespace hydron::analysis
