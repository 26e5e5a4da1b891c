// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/service.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// What the analysis of a repository found, as a value. AnalysisResult::toJson() is the output
// contract of `hydron-cli analyze --json`; every key is always present and an unknown fact is
// JSON null, never a guess. Keys inside objects are emitted in alphabetical order.
//
// {
//   "services": [                       // sorted by name
//     {
//       "name": "api",                  // unique, lower-case [a-z0-9-]
//       "path": "apps/api",             // the service's folder relative to the repo root, "." for the root
//       "kind": "api",                  // web | api | worker | static | job | null
//       "language": "typescript",       // javascript typescript python ruby go java kotlin php rust
//                                       // csharp elixir html | null
//       "language_version": "20",       // as declared (.nvmrc, engines, go.mod, pom, FROM tag…) | null;
//                                       // for java and kotlin: the JDK release
//       "framework": "express",         // express fastify koa nestjs hono nextjs nuxt remix react-router
//                                       // sveltekit astro vite-react vite-vue vite-svelte angular flask
//                                       // django fastapi celery rq rails sinatra sidekiq laravel symfony
//                                       // spring-boot quarkus micronaut net/http gin echo fiber chi axum
//                                       // actix-web rocket aspnetcore phoenix hugo jekyll | null
//       "package_manager": "pnpm",      // npm yarn pnpm bun pip poetry uv pipenv bundler go maven gradle
//                                       // composer cargo dotnet mix | null
//       "port": 3000,                   // the port the process listens on inside its container | null
//       "port_env": "PORT",             // the env var that overrides the port | null
//       "health": "/healthz",           // an HTTP path that exists for health checks | null
//       "env": ["DATABASE_URL", "PORT"],// env var names the service reads, sorted
//       "env_required": ["DATABASE_URL"],// the subset read without a default or guard
//       "dockerfile": "apps/api/Dockerfile", // an existing Dockerfile, relative to the repo root | null
//       "start": "pnpm start",          // run from `path` | null
//       "build": "pnpm run build",      // run from `path` | null
//       "depends_on": ["db", "worker"], // names of other services and of backing services, sorted
//       "evidence": [                   // why: one entry per finding
//         {"fact": "port", "value": "3000", "file": "apps/api/src/index.ts", "line": 7}
//       ]                               // line is 1-based, or null when the whole file is the evidence
//     }
//   ],
//   "backing": [                        // sorted by name
//     {"name": "db", "kind": "postgres", "version": "16" | null, "used_by": ["api"],
//      "env": ["DATABASE_URL"], "evidence": [...]}
//   ],                                  // kind: postgres mysql mariadb mongodb redis rabbitmq kafka
//                                       // elasticsearch memcached sqlserver
//   "external": [                       // sorted by name
//     {"name": "stripe", "used_by": ["api"], "env": ["STRIPE_SECRET_KEY"], "evidence": [...]}
//   ],                                  // name: stripe s3 smtp sendgrid postmark mailgun resend twilio
//                                       // sentry openai anthropic oauth-google oauth-github
//                                       // oauth-microsoft oauth-auth0 oauth-okta
//   "monorepo": {"tool": "turbo", "workspaces": ["apps/api", "apps/web", "packages/ui"]} | null,
//                                       // tool: turbo nx lerna npm yarn pnpm bun cargo go maven gradle dotnet
//   "warnings": [{"code": "symlink-outside", "message": "…", "file": "link" | null}]
// }
namespace hydron::analysis {

struct Evidence
{
    QString fact;  // the JSON key it supports: "framework", "port", "env", "service", "backing", …
    QString value; // what was found, as text
    QString file;  // relative to the repository root, '/'-separated
    int line = 0;  // 1-based; 0 when the file as a whole is the evidence

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

struct DetectedService
{
    QString name;
    QString path = QStringLiteral(".");
    std::optional<ServiceKind> kind;
    QString language;        // empty: unknown
    QString languageVersion; // empty: unknown
    QString framework;       // empty: unknown or none
    QString packageManager;  // empty: unknown
    std::optional<int> port;
    QString portEnv;
    QString health;
    QStringList env;         // sorted
    QStringList envRequired; // sorted, a subset of env
    QString dockerfile;      // relative to the repository root
    QString start;
    QString build;
    QStringList dependsOn; // sorted
    QList<Evidence> evidence;

    [[nodiscard]] QJsonObject toJson() const;
    // The model's Service for this finding (source git, no env values, Dockerfile relative to path).
    [[nodiscard]] Service toService() const;
    friend bool operator==(const DetectedService &, const DetectedService &) = default;
};

struct BackingService
{
    QString name; // the compose service name, or the kind when the repository names none
    QString kind;
    QString version;
    QStringList usedBy;
    QStringList env;
    QList<Evidence> evidence;

    [[nodiscard]] QJsonObject toJson() const;
    // The model's Service: kind backing, the official image (tagged with the version found, or
    // a current default), its port and a named volume for its data. A kind without an image
    // on the default registry (sqlserver) gets no image: the user picks one.
    [[nodiscard]] Service toService() const;

    friend bool operator==(const BackingService &, const BackingService &) = default;
};

struct ExternalService
{
    QString name;
    QStringList usedBy;
    QStringList env;
    QList<Evidence> evidence;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const ExternalService &, const ExternalService &) = default;
};

struct Monorepo
{
    QString tool;
    QStringList workspaces; // package folders, sorted

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Monorepo &, const Monorepo &) = default;
};

struct Warning
{
    QString code;    // stable slug: "symlink-outside", "invalid-manifest", "file-limit", …
    QString message; // translated, for the user
    QString file;    // empty when the warning is about no single file

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Warning &, const Warning &) = default;
};

// Counters for the curious and for the benchmark; not part of the JSON contract.
struct AnalysisStats
{
    qint64 filesIndexed = 0;
    qint64 directoriesVisited = 0;
    qint64 filesRead = 0;
    qint64 bytesRead = 0;
};

struct AnalysisResult
{
    QList<DetectedService> services;
    QList<BackingService> backing;
    QList<ExternalService> external;
    std::optional<Monorepo> monorepo;
    QList<Warning> warnings;
    AnalysisStats stats;

    [[nodiscard]] QJsonObject toJson() const;
    // A few readable lines per service, for a terminal.
    [[nodiscard]] QString toText() const;
};

} // namespace hydron::analysis
