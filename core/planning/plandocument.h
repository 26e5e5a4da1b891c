// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/service.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// The plan document, schema v1: what Plan::body holds. docs/plan-schema.md describes every
// field; toJson() writes it and fromJson() reads it back with a precise error naming the
// service and field. Secret VALUES are never part of a plan: a plan names secrets by reference.
namespace hydron::planning {

inline constexpr int PlanSchemaVersion = 1;

enum class TlsMode
{
    Acme,     // automatic certificates from a public ACME CA
    Internal, // the proxy's own CA (private or test domains)
    None      // plain HTTP
};

[[nodiscard]] QString tlsModeName(TlsMode mode); // "acme", "internal", "none"
[[nodiscard]] std::optional<TlsMode> tlsModeFromName(QStringView name);

// The server the plan runs on: a catalog offer chosen by sizing, or the user's own server.
struct ServerPlan
{
    int cpus = 0;
    int memoryMb = 0;
    int diskGb = 0;
    QString location;        // "eu-central", … or the chosen server's location
    double monthlyPrice = 0; // in `currency`; 0 for a server the user already has
    QString currency;
    QString offerId;    // catalog offer id; empty for the user's own server
    QString offerName;  // catalog offer name, for display
    QString serverName; // the user's chosen server; empty for a catalog offer
    QString reasoning;  // why this size, in words (translated)

    friend bool operator==(const ServerPlan &, const ServerPlan &) = default;
};

// How a secret is made when it is not typed by the user.
struct SecretGenerate
{
    int length = 32;
    QString alphabet = QStringLiteral("alphanumeric"); // alphanumeric | hex | base64

    friend bool operator==(const SecretGenerate &, const SecretGenerate &) = default;
};

// A secret the plan refers to. Its value lives in the keychain under `ref`, never in the plan.
struct PlanSecret
{
    QString ref;                            // "service.NAME"
    std::optional<SecretGenerate> generate; // made at deploy time; nullopt: the user gives it
    QString description;

    friend bool operator==(const PlanSecret &, const PlanSecret &) = default;
};

struct PlanEnvVar
{
    enum class Kind
    {
        Unset,    // known to the code, no value in the plan (fine unless required)
        Literal,  // `value` is the value
        Secret,   // `value` is a secret reference: the whole value is that secret
        Template, // `value` is text with ${secret:REF} placeholders ("$$" is a literal '$')
    };
    QString name;
    Kind kind = Kind::Unset;
    QString value;
    bool required = false;

    // The secret references this variable uses (Secret: one, Template: any number).
    [[nodiscard]] QStringList secretRefs() const;
    [[nodiscard]] bool isSensitive() const { return kind == Kind::Secret || kind == Kind::Template; }

    [[nodiscard]] static PlanEnvVar literal(const QString &name, const QString &value, bool required = false);
    [[nodiscard]] static PlanEnvVar secret(const QString &name, const QString &ref, bool required = false);
    [[nodiscard]] static PlanEnvVar templated(const QString &name, const QString &text, bool required = false);

    friend bool operator==(const PlanEnvVar &, const PlanEnvVar &) = default;
};

// Splits a template into literal text and references: calls `text` for literal pieces (with
// "$$" already turned into '$') and `ref` for each ${secret:REF}. Returns false on a
// malformed placeholder ("${" without "}" or with another prefix than "secret:").
template<typename TextFn, typename RefFn>
bool forEachTemplatePart(QStringView tmpl, TextFn &&text, RefFn &&ref);

struct PlanBuild
{
    QString context = QStringLiteral("."); // relative to the source root
    QString dockerfile;                    // an existing Dockerfile, relative to the context; empty: generated
    QString generatedDockerfile;           // the generated Dockerfile's text (when `dockerfile` is empty)
    QString dockerignore;                  // a generated .dockerignore (next to a generated Dockerfile)
    QString stack;                         // the template the Dockerfile came from ("node-npm", …); empty: existing
    QMap<QString, QString> args;           // build arguments

    friend bool operator==(const PlanBuild &, const PlanBuild &) = default;
};

struct PlanHealth
{
    enum class Type
    {
        None,
        Http,   // GET `path` on `port` answers 2xx/3xx
        Command // `command` run by the shell in the container exits 0
    };
    Type type = Type::None;
    QString path;
    int port = 0;
    QString command;
    int intervalSeconds = 10;
    int timeoutSeconds = 5;
    int retries = 3;
    int startPeriodSeconds = 10;

    friend bool operator==(const PlanHealth &, const PlanHealth &) = default;
};

struct PlanDomain
{
    QString host;
    TlsMode tls = TlsMode::Acme;

    friend bool operator==(const PlanDomain &, const PlanDomain &) = default;
};

struct PlanVolume
{
    QString name; // a named Docker volume
    QString path; // absolute path in the container

    friend bool operator==(const PlanVolume &, const PlanVolume &) = default;
};

struct PlanService
{
    QString name;
    ServiceKind kind = ServiceKind::Web;
    QString backing;                // for kind Backing: the engine ("postgres", "redis", …)
    std::optional<PlanBuild> build; // at most one of build and image (neither: a validation problem)
    QString image;
    QStringList command; // exec form; empty: the image's (or Dockerfile's) own
    QList<PlanEnvVar> env;
    QList<int> ports;      // container ports, on the project's internal network only
    bool isPublic = false; // served through the reverse proxy
    int publicPort = 0;    // the container port the proxy routes to (one of `ports`)
    QList<PlanDomain> domains;
    PlanHealth health;
    QStringList dependsOn;
    QList<PlanVolume> volumes;
    int memoryMb = 0;       // memory limit; 0: none
    QStringList postDeploy; // shell commands run in the service's container after a deploy
    QString runtime;        // what the container has for probes: node, python, busybox, bash, unknown

    [[nodiscard]] const PlanEnvVar *envVar(const QString &name) const;

    friend bool operator==(const PlanService &, const PlanService &) = default;
};

struct PlanDocument
{
    int schemaVersion = PlanSchemaVersion;
    QString project;
    QString network; // the project's internal network ("<project>-internal")
    ServerPlan server;
    QList<PlanService> services; // sorted by name
    QList<PlanSecret> secrets;   // sorted by ref
    QStringList notes;           // what the generator decided or could not decide, for the user

    [[nodiscard]] const PlanService *service(const QString &name) const;
    [[nodiscard]] PlanService *service(const QString &name);
    [[nodiscard]] const PlanSecret *secret(const QString &ref) const;
    // Names in an order where every service comes after its dependencies (ties by name); a
    // cycle's members come last, in name order.
    [[nodiscard]] QStringList startOrder() const;
    [[nodiscard]] int totalMemoryMb() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Checks the shape (types, enums, at most one of build and image, known schema version);
    // the meaning (dependencies, domains, memory…) is the validator's job.
    [[nodiscard]] static Result<PlanDocument> fromJson(const QJsonObject &json);

    friend bool operator==(const PlanDocument &, const PlanDocument &) = default;
};

// ---- implementation of the template walker ----

template<typename TextFn, typename RefFn>
bool forEachTemplatePart(QStringView tmpl, TextFn &&text, RefFn &&ref)
{
    QString literal;
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if (c != u'$') {
            literal.append(c);
            continue;
        }
        if (i + 1 < tmpl.size() && tmpl.at(i + 1) == u'$') {
            literal.append(u'$');
            ++i;
            continue;
        }
        if (i + 1 < tmpl.size() && tmpl.at(i + 1) == u'{') {
            const qsizetype close = tmpl.indexOf(u'}', i + 2);
            if (close < 0)
                return false;
            const QStringView inner = tmpl.mid(i + 2, close - i - 2);
            if (!inner.startsWith(u"secret:") || inner.size() == 7)
                return false;
            if (!literal.isEmpty()) {
                text(literal);
                literal.clear();
            }
            ref(inner.mid(7).toString());
            i = close;
            continue;
        }
        return false; // a lone '$' must be written "$$"
    }
    if (!literal.isEmpty())
        text(literal);
    return true;
}

} // namespace hydron::planning
