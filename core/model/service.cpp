// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/service.h"

#include "core/model/json.h"
#include "core/model/names.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<ServiceKind>, 6> kindNames{{
    {ServiceKind::Web, u"web"},
    {ServiceKind::Api, u"api"},
    {ServiceKind::Worker, u"worker"},
    {ServiceKind::Static, u"static"},
    {ServiceKind::Job, u"job"},
    {ServiceKind::Backing, u"backing"},
}};

constexpr std::array<EnumName<ServiceSource>, 3> sourceNames{{
    {ServiceSource::Git, u"git"},
    {ServiceSource::Image, u"image"},
    {ServiceSource::Template, u"template"},
}};

} // namespace

QString serviceKindName(ServiceKind kind)
{
    return enumToName(kindNames, kind);
}

QString serviceKindLabel(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Web:
        return QCoreApplication::translate("hydron::Service", "Web");
    case ServiceKind::Api:
        return QCoreApplication::translate("hydron::Service", "API");
    case ServiceKind::Worker:
        return QCoreApplication::translate("hydron::Service", "Worker");
    case ServiceKind::Static:
        return QCoreApplication::translate("hydron::Service", "Static");
    case ServiceKind::Job:
        return QCoreApplication::translate("hydron::Service", "Job");
    case ServiceKind::Backing:
        return QCoreApplication::translate("hydron::Service", "Backing service");
    }
    return {};
}

QString serviceSourceName(ServiceSource source)
{
    return enumToName(sourceNames, source);
}

QJsonObject Service::toJson() const
{
    QJsonArray envArray;
    for (const EnvVar &var : env) {
        QJsonObject o{{u"name"_s, var.name}, {u"secret"_s, var.secret}, {u"required"_s, var.required}};
        if (!var.secret)
            o.insert(u"value"_s, var.value);
        envArray.append(o);
    }
    QJsonArray portArray;
    for (int port : ports)
        portArray.append(port);
    return QJsonObject{
        {u"name"_s, name},
        {u"kind"_s, serviceKindName(kind)},
        {u"source"_s, serviceSourceName(source)},
        {u"path"_s, path},
        {u"image"_s, image},
        {u"dockerfile"_s, dockerfile},
        {u"env"_s, envArray},
        {u"ports"_s, portArray},
        {u"health"_s, QJsonObject{{u"path"_s, health.path},
                                  {u"interval"_s, health.intervalSeconds},
                                  {u"timeout"_s, health.timeoutSeconds}}},
        {u"depends_on"_s, QJsonArray::fromStringList(dependsOn)},
        {u"port_env"_s, portEnv},
        {u"volumes"_s, QJsonArray::fromStringList(volumes)},
        {u"language"_s, language},
        {u"language_version"_s, languageVersion},
        {u"framework"_s, framework},
        {u"package_manager"_s, packageManager},
        {u"start"_s, start},
        {u"build"_s, build},
    };
}

Result<Service> Service::fromJson(const QJsonObject &json)
{
    Service s;
    JsonReader r(json, QCoreApplication::translate("hydron::Service", "Service"));
    s.name = r.requiredString(u"name");
    if (r.ok()) {
        if (auto valid = validateName(s.name, QCoreApplication::translate("hydron::Service", "service name")); !valid)
            return std::unexpected(valid.error());
    }
    s.kind = r.enumeration(u"kind", kindNames, ServiceKind::Web);
    s.source = r.enumeration(u"source", sourceNames, ServiceSource::Git);
    s.path = r.string(u"path", u"."_s);
    s.image = r.string(u"image");
    s.dockerfile = r.string(u"dockerfile");
    for (const QJsonValue &v : r.array(u"env")) {
        JsonReader e(v.toObject(), QCoreApplication::translate("hydron::Service", "Environment variable"));
        EnvVar var{e.requiredString(u"name"), e.string(u"value"), e.boolean(u"secret"), e.boolean(u"required")};
        if (var.secret)
            var.value.clear();
        if (!e.ok())
            r.adopt(e.error());
        s.env.append(var);
    }
    for (const QJsonValue &v : r.array(u"ports")) {
        const int port = v.toInt(-1);
        if (!v.isDouble() || port < 1 || port > 65535) {
            r.setError(u"ports", u"must hold port numbers between 1 and 65535"_s);
            break;
        }
        s.ports.append(port);
    }
    const QJsonObject health = r.object(u"health");
    JsonReader h(health, QCoreApplication::translate("hydron::Service", "Health check"));
    s.health.path = h.string(u"path");
    s.health.intervalSeconds = static_cast<int>(h.integer(u"interval", 10));
    s.health.timeoutSeconds = static_cast<int>(h.integer(u"timeout", 5));
    if (!h.ok())
        r.adopt(h.error());
    s.dependsOn = r.stringList(u"depends_on");
    s.portEnv = r.string(u"port_env");
    s.volumes = r.stringList(u"volumes");
    for (const QString &volume : std::as_const(s.volumes)) {
        const qsizetype colon = volume.indexOf(u':');
        if (colon <= 0 || !volume.mid(colon + 1).startsWith(u'/')) {
            r.setError(u"volumes", u"must hold \"name:/absolute/path\" entries"_s);
            break;
        }
    }
    s.language = r.string(u"language");
    s.languageVersion = r.string(u"language_version");
    s.framework = r.string(u"framework");
    s.packageManager = r.string(u"package_manager");
    s.start = r.string(u"start");
    s.build = r.string(u"build");
    if (!r.ok())
        return std::unexpected(r.error());
    return s;
}

} // namespace hydron
