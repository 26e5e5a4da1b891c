// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandocument.h"

#include <optional>

// What the planner knows about the official images of databases, caches and brokers: their own
// settings, generated credentials, health checks, memory, and how a service connects to them.
namespace hydron::planning {

struct BackingEngine
{
    QString engine; // "postgres", "mysql", "mariadb", "mongodb", "redis", "rabbitmq", …
    QString scheme; // URL scheme: "postgresql", "mysql", "mongodb", "redis", "amqp", "http"; empty: none
    int port = 0;
    int memoryMb = 256;
    QString user;        // empty: no credentials
    QString database;    // empty: none
    QString passwordVar; // the image's env var for the password ("POSTGRES_PASSWORD"); empty: no password
};

// The engine for an image reference ("postgres:16", "library/redis:7", "mariadb:11"), or for a
// backing kind name ("mongodb").
[[nodiscard]] std::optional<BackingEngine> backingEngineForImage(const QString &image);
[[nodiscard]] std::optional<BackingEngine> backingEngineByName(const QString &engine);

// Fills a backing service's env (image settings and credentials as secret references), health
// check, command and memory. `secrets` receives the secrets it creates.
void configureBacking(PlanService &service, const BackingEngine &engine, QList<PlanSecret> &secrets);

// The value a service's env var `name` gets to reach `backing` (a configured backing service), or
// nullopt when the name does not look like a way to reach this engine. `claimed` is true when the
// backing service itself names the variable (the analysis saw the code use it for this service).
[[nodiscard]] std::optional<PlanEnvVar> connectionVariable(const QString &name, bool required,
                                                           const PlanService &backing, const BackingEngine &engine,
                                                           bool claimed);

} // namespace hydron::planning
