// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/service.h"

#include <QMap>
#include <QStringList>

#include <optional>

// Dockerfiles generated from the templates in resources/dockerfiles (built in as
// ":/dockerfiles/<stack>.Dockerfile" and ":/dockerfiles/<family>.dockerignore"). A template holds
// {{NAME}} placeholders; a line that is only "{{NAME}}" or "RUN {{NAME}}" disappears when the
// value is empty.
namespace hydron::planning {

struct GeneratedDockerfile
{
    QString stack;               // the template's name: "node-npm", "python-uv", "go", "static", …
    QString context;             // the build context, relative to the source root
    QString dockerfile;          // the rendered text
    QString dockerignore;        // the rendered .dockerignore
    QString runtime;             // what the final image has for health probes: node, python, busybox, bash
    QMap<QString, QString> args; // build arguments the Dockerfile needs
    QStringList notes;           // what the user should know or check (translated)
};

// Every template's stack name, sorted.
[[nodiscard]] QStringList dockerfileStacks();
// A template's raw text.
[[nodiscard]] Result<QString> dockerfileTemplate(const QString &stack);
// Fills the placeholders; fails naming any placeholder without a value.
[[nodiscard]] Result<QString> renderDockerfileTemplate(const QString &text, const QMap<QString, QString> &values);

// The stack for a service from its language, package manager, framework and kind; empty when no
// template fits.
[[nodiscard]] QString stackFor(const Service &service);

// A Dockerfile for a service that has none. `sourceRoot` (optional) is a local checkout: when
// given, lockfiles, monorepo roots and a few framework files are looked at to pick the right
// install command and build context. Fails when no template fits the service.
[[nodiscard]] Result<GeneratedDockerfile> generateDockerfile(const Service &service, const QString &sourceRoot = {});

// The start command as the exec form Docker's CMD takes: "sh -c 'exec …'" for anything with
// shell syntax, plain words otherwise. The result is JSON text, safe to put after CMD.
[[nodiscard]] QString execFormJson(const QStringList &argv);
[[nodiscard]] QStringList startArgv(const QString &command);

} // namespace hydron::planning
