// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/plandocument.h"

#include "core/model/json.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

constexpr std::array<EnumName<TlsMode>, 3> tlsNames{{
    {TlsMode::Acme, u"acme"},
    {TlsMode::Internal, u"internal"},
    {TlsMode::None, u"none"},
}};

constexpr std::array<EnumName<PlanHealth::Type>, 3> healthNames{{
    {PlanHealth::Type::None, u"none"},
    {PlanHealth::Type::Http, u"http"},
    {PlanHealth::Type::Command, u"command"},
}};

constexpr std::array<EnumName<ServiceKind>, 6> kindNames{{
    {ServiceKind::Web, u"web"},
    {ServiceKind::Api, u"api"},
    {ServiceKind::Worker, u"worker"},
    {ServiceKind::Static, u"static"},
    {ServiceKind::Job, u"job"},
    {ServiceKind::Backing, u"backing"},
}};

const QStringList alphabets{u"alphanumeric"_s, u"hex"_s, u"base64"_s};

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

bool validPort(qint64 port)
{
    return port >= 1 && port <= 65535;
}

QJsonObject envToJson(const PlanEnvVar &var)
{
    QJsonObject o{{u"name"_s, var.name}};
    switch (var.kind) {
    case PlanEnvVar::Kind::Unset:
        break;
    case PlanEnvVar::Kind::Literal:
        o.insert(u"value"_s, var.value);
        break;
    case PlanEnvVar::Kind::Secret:
        o.insert(u"secret"_s, var.value);
        break;
    case PlanEnvVar::Kind::Template:
        o.insert(u"template"_s, var.value);
        break;
    }
    if (var.required)
        o.insert(u"required"_s, true);
    return o;
}

QJsonObject serviceToJson(const PlanService &s)
{
    QJsonArray env;
    for (const PlanEnvVar &var : s.env)
        env.append(envToJson(var));
    QJsonArray domains;
    for (const PlanDomain &d : s.domains)
        domains.append(QJsonObject{{u"host"_s, d.host}, {u"tls"_s, tlsModeName(d.tls)}});
    QJsonArray volumes;
    for (const PlanVolume &v : s.volumes)
        volumes.append(QJsonObject{{u"name"_s, v.name}, {u"path"_s, v.path}});
    QJsonValue build = QJsonValue::Null;
    if (s.build) {
        QJsonObject args;
        for (auto it = s.build->args.cbegin(); it != s.build->args.cend(); ++it)
            args.insert(it.key(), it.value());
        build = QJsonObject{{u"context"_s, s.build->context},
                            {u"dockerfile"_s, s.build->dockerfile},
                            {u"generated_dockerfile"_s, s.build->generatedDockerfile},
                            {u"dockerignore"_s, s.build->dockerignore},
                            {u"stack"_s, s.build->stack},
                            {u"args"_s, args}};
    }
    const PlanHealth &h = s.health;
    return QJsonObject{
        {u"name"_s, s.name},
        {u"kind"_s, enumToName(kindNames, s.kind)},
        {u"backing"_s, s.backing},
        {u"build"_s, build},
        {u"image"_s, s.image},
        {u"command"_s, QJsonArray::fromStringList(s.command)},
        {u"env"_s, env},
        {u"ports"_s, intArray(s.ports)},
        {u"public"_s, s.isPublic},
        {u"public_port"_s, s.publicPort},
        {u"domains"_s, domains},
        {u"health"_s, QJsonObject{{u"type"_s, enumToName(healthNames, h.type)},
                                  {u"path"_s, h.path},
                                  {u"port"_s, h.port},
                                  {u"command"_s, h.command},
                                  {u"interval"_s, h.intervalSeconds},
                                  {u"timeout"_s, h.timeoutSeconds},
                                  {u"retries"_s, h.retries},
                                  {u"start_period"_s, h.startPeriodSeconds}}},
        {u"depends_on"_s, QJsonArray::fromStringList(s.dependsOn)},
        {u"volumes"_s, volumes},
        {u"memory_mb"_s, s.memoryMb},
        {u"post_deploy"_s, QJsonArray::fromStringList(s.postDeploy)},
        {u"runtime"_s, s.runtime},
    };
}

// Reads a list of port numbers; records an error on the reader for anything else.
QList<int> readPorts(JsonReader &r, QStringView key)
{
    QList<int> ports;
    for (const QJsonValue &v : r.array(key)) {
        if (!v.isDouble() || !validPort(v.toInteger(-1))) {
            r.setError(key, u"must hold port numbers between 1 and 65535"_s);
            return {};
        }
        ports.append(static_cast<int>(v.toInteger()));
    }
    return ports;
}

Result<PlanService> serviceFromJson(const QJsonObject &json, int index)
{
    PlanService s;
    const QString name = json.value(u"name"_s).toString();
    const QString context = name.isEmpty() ? tr("Plan service %1").arg(index + 1) : tr("Plan service \"%1\"").arg(name);
    JsonReader r(json, context);
    s.name = r.requiredString(u"name");
    s.kind = r.enumeration(u"kind", kindNames, ServiceKind::Web);
    s.backing = r.string(u"backing");
    const QJsonValue buildValue = json.value(u"build"_s);
    if (buildValue.isObject()) {
        JsonReader b(buildValue.toObject(), context + tr(", build"));
        PlanBuild build;
        build.context = b.string(u"context", u"."_s);
        build.dockerfile = b.string(u"dockerfile");
        build.generatedDockerfile = b.string(u"generated_dockerfile");
        build.dockerignore = b.string(u"dockerignore");
        build.stack = b.string(u"stack");
        const QJsonObject args = b.object(u"args");
        for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
            if (!it.value().isString()) {
                b.setError(u"args", u"must map names to strings"_s);
                break;
            }
            build.args.insert(it.key(), it.value().toString());
        }
        if (b.ok() && build.dockerfile.isEmpty() == build.generatedDockerfile.isEmpty())
            b.setError(u"dockerfile", u"must be set when generated_dockerfile is empty, and only then"_s);
        if (!b.ok())
            r.adopt(b.error());
        s.build = build;
    } else if (!buildValue.isNull() && !buildValue.isUndefined()) {
        r.setError(u"build", u"must be an object or null"_s);
    }
    s.image = r.string(u"image");
    // Neither is a plan the generator can make (no Dockerfile template for the stack): it reads
    // back, and validatePlan() reports it as MissingImage, so the user can see and fix it.
    if (r.ok() && s.build.has_value() && !s.image.isEmpty())
        r.setError(u"image", u"must be empty when the service is built"_s);
    s.command = r.stringList(u"command");
    const QJsonArray env = r.array(u"env");
    for (qsizetype i = 0; i < env.size() && r.ok(); ++i) {
        const QJsonObject o = env.at(i).toObject();
        JsonReader e(o, context + tr(", env %1").arg(i + 1));
        PlanEnvVar var;
        var.name = e.requiredString(u"name");
        var.required = e.boolean(u"required");
        int kinds = 0;
        if (o.contains(u"value"_s)) {
            var.kind = PlanEnvVar::Kind::Literal;
            var.value = e.string(u"value");
            ++kinds;
        }
        if (o.contains(u"secret"_s)) {
            var.kind = PlanEnvVar::Kind::Secret;
            var.value = e.requiredString(u"secret");
            ++kinds;
        }
        if (o.contains(u"template"_s)) {
            var.kind = PlanEnvVar::Kind::Template;
            var.value = e.requiredString(u"template");
            ++kinds;
            if (e.ok() && !forEachTemplatePart(
                              var.value, [](const QString &) {}, [](const QString &) {}))
                e.setError(u"template", u"is malformed: write ${secret:REF} for a secret and $$ for a literal '$'"_s);
        }
        if (kinds > 1)
            e.setError(u"value", u"conflicts: give only one of value, secret and template"_s);
        if (!e.ok())
            r.adopt(e.error());
        s.env.append(var);
    }
    s.ports = readPorts(r, u"ports");
    s.isPublic = r.boolean(u"public");
    const qint64 publicPort = r.integer(u"public_port");
    if (publicPort != 0 && !validPort(publicPort))
        r.setError(u"public_port", u"must be 0 (none) or a port between 1 and 65535"_s);
    s.publicPort = static_cast<int>(publicPort);
    const QJsonArray domains = r.array(u"domains");
    for (qsizetype i = 0; i < domains.size() && r.ok(); ++i) {
        JsonReader d(domains.at(i).toObject(), context + tr(", domain %1").arg(i + 1));
        PlanDomain domain{d.requiredString(u"host"), d.enumeration(u"tls", tlsNames, TlsMode::Acme)};
        if (!d.ok())
            r.adopt(d.error());
        s.domains.append(domain);
    }
    JsonReader h(r.object(u"health"), context + tr(", health"));
    s.health.type = h.enumeration(u"type", healthNames, PlanHealth::Type::None);
    s.health.path = h.string(u"path");
    s.health.port = static_cast<int>(h.integer(u"port"));
    s.health.command = h.string(u"command");
    s.health.intervalSeconds = static_cast<int>(h.integer(u"interval", 10));
    s.health.timeoutSeconds = static_cast<int>(h.integer(u"timeout", 5));
    s.health.retries = static_cast<int>(h.integer(u"retries", 3));
    s.health.startPeriodSeconds = static_cast<int>(h.integer(u"start_period", 10));
    if (h.ok()) {
        if (s.health.type == PlanHealth::Type::Http && !s.health.path.startsWith(u'/'))
            h.setError(u"path", u"must start with '/' for an HTTP check"_s);
        else if (s.health.type == PlanHealth::Type::Http && !validPort(s.health.port))
            h.setError(u"port", u"must be a port between 1 and 65535 for an HTTP check"_s);
        else if (s.health.type == PlanHealth::Type::Command && s.health.command.trimmed().isEmpty())
            h.setError(u"command", u"is missing for a command check"_s);
        else if (s.health.intervalSeconds < 1 || s.health.timeoutSeconds < 1 || s.health.retries < 1)
            h.setError(u"interval", u"interval, timeout and retries must be 1 or more"_s);
        else if (s.health.startPeriodSeconds < 0)
            h.setError(u"start_period", u"must be 0 or more"_s);
    }
    if (!h.ok())
        r.adopt(h.error());
    s.dependsOn = r.stringList(u"depends_on");
    const QJsonArray volumes = r.array(u"volumes");
    for (qsizetype i = 0; i < volumes.size() && r.ok(); ++i) {
        JsonReader v(volumes.at(i).toObject(), context + tr(", volume %1").arg(i + 1));
        PlanVolume volume{v.requiredString(u"name"), v.requiredString(u"path")};
        if (v.ok() && !volume.path.startsWith(u'/'))
            v.setError(u"path", u"must be an absolute path in the container"_s);
        if (!v.ok())
            r.adopt(v.error());
        s.volumes.append(volume);
    }
    const qint64 memory = r.integer(u"memory_mb");
    if (memory < 0)
        r.setError(u"memory_mb", u"must be 0 (no limit) or more"_s);
    s.memoryMb = static_cast<int>(memory);
    s.postDeploy = r.stringList(u"post_deploy");
    s.runtime = r.string(u"runtime");
    if (!r.ok())
        return std::unexpected(r.error());
    return s;
}

} // namespace

QString tlsModeName(TlsMode mode)
{
    return enumToName(tlsNames, mode);
}

std::optional<TlsMode> tlsModeFromName(QStringView name)
{
    return enumFromName(tlsNames, name);
}

QStringList PlanEnvVar::secretRefs() const
{
    if (kind == Kind::Secret)
        return {value};
    QStringList refs;
    if (kind == Kind::Template)
        forEachTemplatePart(
            value, [](const QString &) {}, [&refs](const QString &ref) { refs.append(ref); });
    return refs;
}

PlanEnvVar PlanEnvVar::literal(const QString &name, const QString &value, bool required)
{
    return PlanEnvVar{name, Kind::Literal, value, required};
}

PlanEnvVar PlanEnvVar::secret(const QString &name, const QString &ref, bool required)
{
    return PlanEnvVar{name, Kind::Secret, ref, required};
}

PlanEnvVar PlanEnvVar::templated(const QString &name, const QString &text, bool required)
{
    return PlanEnvVar{name, Kind::Template, text, required};
}

const PlanEnvVar *PlanService::envVar(const QString &name) const
{
    for (const PlanEnvVar &var : env) {
        if (var.name == name)
            return &var;
    }
    return nullptr;
}

const PlanService *PlanDocument::service(const QString &name) const
{
    for (const PlanService &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

PlanService *PlanDocument::service(const QString &name)
{
    for (PlanService &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const PlanSecret *PlanDocument::secret(const QString &ref) const
{
    for (const PlanSecret &s : secrets) {
        if (s.ref == ref)
            return &s;
    }
    return nullptr;
}

QStringList PlanDocument::startOrder() const
{
    QStringList names;
    for (const PlanService &s : services)
        names.append(s.name);
    names.sort();
    QStringList order;
    QStringList pending = names;
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const PlanService *s = service(pending.at(i));
            const bool ready = std::ranges::all_of(s->dependsOn, [&](const QString &dep) {
                return order.contains(dep) || !names.contains(dep) || dep == s->name;
            });
            if (ready) {
                order.append(pending.takeAt(i));
                progress = true;
                break;
            }
        }
    }
    order.append(pending);
    return order;
}

int PlanDocument::totalMemoryMb() const
{
    int total = 0;
    for (const PlanService &s : services)
        total += s.memoryMb;
    return total;
}

QJsonObject PlanDocument::toJson() const
{
    QJsonArray serviceArray;
    for (const PlanService &s : services)
        serviceArray.append(serviceToJson(s));
    QJsonArray secretArray;
    for (const PlanSecret &s : secrets) {
        QJsonValue generate = QJsonValue::Null;
        if (s.generate)
            generate = QJsonObject{{u"length"_s, s.generate->length}, {u"alphabet"_s, s.generate->alphabet}};
        secretArray.append(
            QJsonObject{{u"ref"_s, s.ref}, {u"generate"_s, generate}, {u"description"_s, s.description}});
    }
    return QJsonObject{
        {u"schema"_s, schemaVersion},
        {u"project"_s, project},
        {u"network"_s, network},
        {u"server"_s, QJsonObject{{u"cpus"_s, server.cpus},
                                  {u"memory_mb"_s, server.memoryMb},
                                  {u"disk_gb"_s, server.diskGb},
                                  {u"location"_s, server.location},
                                  {u"monthly_price"_s, server.monthlyPrice},
                                  {u"currency"_s, server.currency},
                                  {u"offer_id"_s, server.offerId},
                                  {u"offer_name"_s, server.offerName},
                                  {u"server_name"_s, server.serverName},
                                  {u"reasoning"_s, server.reasoning}}},
        {u"services"_s, serviceArray},
        {u"secrets"_s, secretArray},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
    };
}

Result<PlanDocument> PlanDocument::fromJson(const QJsonObject &json)
{
    PlanDocument doc;
    JsonReader r(json, tr("Plan"));
    const std::optional<qint64> schema = r.optionalInteger(u"schema");
    if (r.ok() && !schema)
        r.setError(u"schema", u"is missing"_s);
    if (!r.ok())
        return std::unexpected(r.error());
    if (*schema > PlanSchemaVersion)
        return fail(Error::Code::NewerSchema,
                    tr("This plan uses schema version %1, written by a newer Hydron; this one reads up to version %2.")
                        .arg(*schema)
                        .arg(PlanSchemaVersion));
    if (*schema < 1)
        return fail(Error::Code::InvalidInput, tr("Plan: the field \"schema\" must be 1 or more."));
    doc.schemaVersion = static_cast<int>(*schema);
    doc.project = r.string(u"project");
    doc.network = r.string(u"network");
    JsonReader sv(r.object(u"server"), tr("Plan server"));
    doc.server.cpus = static_cast<int>(sv.integer(u"cpus"));
    doc.server.memoryMb = static_cast<int>(sv.integer(u"memory_mb"));
    doc.server.diskGb = static_cast<int>(sv.integer(u"disk_gb"));
    doc.server.location = sv.string(u"location");
    doc.server.monthlyPrice = sv.number(u"monthly_price");
    doc.server.currency = sv.string(u"currency");
    doc.server.offerId = sv.string(u"offer_id");
    doc.server.offerName = sv.string(u"offer_name");
    doc.server.serverName = sv.string(u"server_name");
    doc.server.reasoning = sv.string(u"reasoning");
    if (sv.ok() && (doc.server.cpus < 0 || doc.server.memoryMb < 0 || doc.server.diskGb < 0))
        sv.setError(u"memory_mb", u"cpus, memory_mb and disk_gb must be 0 (unknown) or more"_s);
    if (!sv.ok())
        r.adopt(sv.error());
    const QJsonArray services = r.array(u"services");
    for (qsizetype i = 0; i < services.size() && r.ok(); ++i) {
        if (!services.at(i).isObject()) {
            r.setError(u"services", u"must be a list of objects"_s);
            break;
        }
        auto s = serviceFromJson(services.at(i).toObject(), static_cast<int>(i));
        if (!s)
            return std::unexpected(s.error());
        doc.services.append(*s);
    }
    const QJsonArray secrets = r.array(u"secrets");
    for (qsizetype i = 0; i < secrets.size() && r.ok(); ++i) {
        const QJsonObject o = secrets.at(i).toObject();
        JsonReader s(o, tr("Plan secret %1").arg(i + 1));
        PlanSecret secret;
        secret.ref = s.requiredString(u"ref");
        secret.description = s.string(u"description");
        const QJsonValue generate = o.value(u"generate"_s);
        if (generate.isObject()) {
            JsonReader g(generate.toObject(), tr("Plan secret \"%1\", generate").arg(secret.ref));
            SecretGenerate gen;
            gen.length = static_cast<int>(g.integer(u"length", 32));
            gen.alphabet = g.string(u"alphabet", u"alphanumeric"_s);
            if (g.ok() && (gen.length < 16 || gen.length > 256))
                g.setError(u"length", u"must be between 16 and 256"_s);
            if (g.ok() && !alphabets.contains(gen.alphabet))
                g.setError(u"alphabet", u"is \"%1\"; expected one of: %2"_s.arg(gen.alphabet, alphabets.join(u", ")));
            if (!g.ok())
                s.adopt(g.error());
            secret.generate = gen;
        } else if (!generate.isNull() && !generate.isUndefined()) {
            s.setError(u"generate", u"must be an object or null"_s);
        }
        if (!s.ok())
            r.adopt(s.error());
        doc.secrets.append(secret);
    }
    doc.notes = r.stringList(u"notes");
    if (!r.ok())
        return std::unexpected(r.error());
    return doc;
}

} // namespace hydron::planning
