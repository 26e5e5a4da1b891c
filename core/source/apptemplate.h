// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/service.h"
#include "core/source/imagereference.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace hydron::source {

// How a secret that no one types is made when the template is deployed.
struct SecretGenerator
{
    enum class Alphabet
    {
        Alphanumeric,
        Hex,
        Base64
    };
    int length = 32; // characters of the result
    Alphabet alphabet = Alphabet::Alphanumeric;

    // A new random value from the system's cryptographic generator.
    [[nodiscard]] QString generate() const;

    friend bool operator==(const SecretGenerator &, const SecretGenerator &) = default;
};

// One environment variable of a template service. Exactly one of these holds:
// - `value` is set: a literal, which may refer to other variables as ${service.NAME} and to the
//   service's own public URL as ${public_url} ("$$" is a literal '$');
// - `generate` is set: a random secret made at deploy time;
// - `required` is true: the user gives the value (`description` says what it is).
// Templates never carry a real secret: a secret variable is generated, required, or built
// from references to generated ones.
struct TemplateEnvVar
{
    QString name;
    QString value;
    bool secret = false;
    std::optional<SecretGenerator> generate;
    bool required = false;
    QString description;

    // The references in `value`, as written: "db.POSTGRES_PASSWORD", "public_url".
    [[nodiscard]] QStringList references() const;

    friend bool operator==(const TemplateEnvVar &, const TemplateEnvVar &) = default;
};

struct TemplateVolume
{
    QString name; // a named Docker volume, shared by services that name it alike
    QString path; // absolute path inside the container

    friend bool operator==(const TemplateVolume &, const TemplateVolume &) = default;
};

// Either an HTTP GET of `httpPath` on the service's first port, or `command` run in the
// container through the shell (healthy when it exits 0).
struct TemplateHealthCheck
{
    QString httpPath;
    QString command;
    int intervalSeconds = 10;
    int timeoutSeconds = 5;
    int retries = 5;
    int startPeriodSeconds = 0;

    friend bool operator==(const TemplateHealthCheck &, const TemplateHealthCheck &) = default;
};

struct TemplateService
{
    QString name;
    ServiceKind kind = ServiceKind::Web;
    ImageReference image;
    QStringList command;   // exec form; empty: the image's own CMD
    QList<int> ports;      // container ports; the first one is the one health checks and the proxy use
    bool isPublic = false; // served to the internet through the reverse proxy
    QList<TemplateEnvVar> env;
    QList<TemplateVolume> volumes;
    TemplateHealthCheck health;
    QStringList dependsOn;
    QMap<QString, qint64> ulimits; // e.g. {"nofile": 262144}

    // The project model's view of this service (source Template, image, ports, env names and
    // non-secret values, HTTP health path, depends_on). Volumes, command health checks,
    // commands and generators stay in the template.
    [[nodiscard]] Service toService() const;

    friend bool operator==(const TemplateService &, const TemplateService &) = default;
};

// A value of one environment variable after deployment-time resolution.
struct ResolvedEnvVar
{
    QString service;
    QString name;
    QString value;
    bool secret = false;
};

// A gallery entry: a ready set of services (resources/templates/<id>.json; the format is
// described in resources/templates/README.md).
class AppTemplate final
{
public:
    // Parses and checks a template: names, images (pinned tags), ports 1-65535, env
    // (references resolve, secrets carry no literal value), volumes, health checks,
    // depends_on (existing services, no cycles). `context` names the file in messages.
    [[nodiscard]] static Result<AppTemplate> fromJson(const QJsonObject &json, const QString &context);
    [[nodiscard]] static Result<AppTemplate> load(const QString &file);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString description() const { return m_description; }
    [[nodiscard]] QString category() const { return m_category; }
    [[nodiscard]] QString website() const { return m_website; }
    [[nodiscard]] const QList<TemplateService> &services() const { return m_services; }
    [[nodiscard]] const TemplateService *service(const QString &name) const;

    // The services in a start order that respects depends_on.
    [[nodiscard]] QStringList startOrder() const;
    [[nodiscard]] QList<Service> toServices() const;

    // Deploy-time values for every variable: generated secrets are made once and shared by
    // every variable that refers to them, references are expanded. `given` holds the values
    // the user typed for required variables ("service.NAME") and the public URL of each
    // public service ("service.public_url"). Fails when one of those is missing.
    [[nodiscard]] Result<QList<ResolvedEnvVar>> resolveEnvironment(const QHash<QString, QString> &given) const;

private:
    QString m_id;
    QString m_name;
    QString m_description;
    QString m_category;
    QString m_website;
    QList<TemplateService> m_services;
};

} // namespace hydron::source
