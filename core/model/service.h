// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace hydron {

enum class ServiceKind
{
    Web,
    Api,
    Worker,
    Static,
    Job,
    Backing // a database, cache or broker from an official image (postgres, redis, …)
};
enum class ServiceSource
{
    Git,
    Image,
    Template
};

[[nodiscard]] QString serviceKindName(ServiceKind kind);  // "web", "api", …
[[nodiscard]] QString serviceKindLabel(ServiceKind kind); // translated, for display
[[nodiscard]] QString serviceSourceName(ServiceSource source);

struct EnvVar
{
    QString name;
    QString value; // empty for a secret: its value lives in the keychain, never here
    bool secret = false;
    bool required = false; // the code fails without it (read with no default)

    friend bool operator==(const EnvVar &, const EnvVar &) = default;
};

struct HealthCheck
{
    QString path; // HTTP path, e.g. "/healthz"; empty when the service has none
    int intervalSeconds = 10;
    int timeoutSeconds = 5;

    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;
};

struct Service
{
    QString name;
    ServiceKind kind = ServiceKind::Web;
    ServiceSource source = ServiceSource::Git;
    QString path = QStringLiteral("."); // relative to the project's source root
    QString image;                      // for image sources: the image reference
    QString dockerfile;                 // path of an existing Dockerfile, relative to path
    QList<EnvVar> env;
    QList<int> ports;
    QString portEnv; // the env var the code reads its port from ("PORT"); empty: none
    HealthCheck health;
    QStringList dependsOn;
    QStringList volumes; // "name:/path/in/container" (named Docker volumes)

    // What the analysis found (or the user set); empty when unknown. The planner turns these
    // into a Dockerfile when the service has none.
    QString language;        // "typescript", "python", … (analysis slugs)
    QString languageVersion; // "20", "3.12", …
    QString framework;       // "nextjs", "django", …
    QString packageManager;  // "npm", "poetry", …
    QString start;           // the start command
    QString build;           // the build command

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Service> fromJson(const QJsonObject &json);

    friend bool operator==(const Service &, const Service &) = default;
};

} // namespace hydron
