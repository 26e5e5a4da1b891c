// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/textutil.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

// Pure parsers for platform deploy manifests (render.yaml, fly.toml, railway.toml/json, Heroku's
// app.json), all read into one shape: the services they declare and the databases they attach.
namespace hydron::analysis {

struct DeclaredEnv
{
    QString name;
    int line = 0;
    bool hasValue = false;        // the manifest gives a value (or generates one)
    std::optional<bool> required; // when the manifest says so explicitly
    QString backingKind;          // set when the value comes from an attached database
};

struct DeclaredProcess
{
    QString name; // "worker", "release", …
    Located command;
};

struct DeclaredService
{
    Located name;
    QString type;    // render: web, pserv, worker, cron, static; others: "web"
    QString rootDir; // relative to the manifest's folder, "" for the same folder
    Located runtime;
    Located build;
    Located start;
    Located health;
    std::optional<int> port;
    int portLine = 0;
    Located dockerfile;
    QList<DeclaredEnv> env;
    QList<DeclaredProcess> processes; // fly [processes], release commands
};

struct DeclaredBacking
{
    QString name;
    QString kind;
    int line = 0;
};

struct DeployManifest
{
    QString error;
    int errorLine = 0;
    QList<DeclaredService> services;
    QList<DeclaredBacking> backing;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] DeployManifest parseRenderYaml(QByteArrayView text);
[[nodiscard]] DeployManifest parseFlyToml(QByteArrayView text);
[[nodiscard]] DeployManifest parseRailwayToml(QByteArrayView text);
[[nodiscard]] DeployManifest parseRailwayJson(QByteArrayView text);
[[nodiscard]] DeployManifest parseAppJson(QByteArrayView text);

} // namespace hydron::analysis
