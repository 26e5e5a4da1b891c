// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/project.h"

#include "core/model/json.h"
#include "core/model/names.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<ProjectType>, 6> typeNames{{
    {ProjectType::WebApp, u"web-app"},
    {ProjectType::Microservice, u"microservice"},
    {ProjectType::Api, u"api"},
    {ProjectType::StaticSite, u"static-site"},
    {ProjectType::Worker, u"worker"},
    {ProjectType::Other, u"other"},
}};

constexpr std::array<EnumName<ProjectSource::Kind>, 5> sourceKindNames{{
    {ProjectSource::Kind::None, u"none"},
    {ProjectSource::Kind::Git, u"git"},
    {ProjectSource::Kind::Folder, u"folder"},
    {ProjectSource::Kind::Image, u"image"},
    {ProjectSource::Kind::Template, u"template"},
}};

} // namespace

QString projectTypeName(ProjectType type)
{
    return enumToName(typeNames, type);
}

QString projectTypeLabel(ProjectType type)
{
    switch (type) {
    case ProjectType::WebApp:
        return QCoreApplication::translate("hydron::Project", "Web App");
    case ProjectType::Microservice:
        return QCoreApplication::translate("hydron::Project", "Microservice");
    case ProjectType::Api:
        return QCoreApplication::translate("hydron::Project", "API");
    case ProjectType::StaticSite:
        return QCoreApplication::translate("hydron::Project", "Static Site");
    case ProjectType::Worker:
        return QCoreApplication::translate("hydron::Project", "Worker");
    case ProjectType::Other:
        return QCoreApplication::translate("hydron::Project", "Other");
    }
    return {};
}

std::optional<ProjectType> projectTypeFromName(QStringView name)
{
    return enumFromName(typeNames, name);
}

QStringList projectTypeNames()
{
    return enumNames(typeNames);
}

QString ProjectSource::kindName(Kind kind)
{
    return enumToName(sourceKindNames, kind);
}

std::optional<ProjectSource::Kind> ProjectSource::kindFromName(QStringView name)
{
    return enumFromName(sourceKindNames, name);
}

ProjectSource ProjectSource::fromUserText(const QString &text)
{
    const QString location = text.trimmed();
    if (location.isEmpty())
        return {};
    static const QRegularExpression urlLike(u"^(https?|ssh|git|file)://"_s);
    static const QRegularExpression scpLike(u"^[\\w.-]+@[\\w.-]+:"_s);
    if (urlLike.match(location).hasMatch() || scpLike.match(location).hasMatch())
        return {Kind::Git, location, {}};
    if (QFileInfo(location).isDir())
        return {Kind::Folder, QFileInfo(location).absoluteFilePath(), {}};
    if (location.startsWith(u"template:"))
        return {Kind::Template, location.mid(9), {}};
    return {Kind::Image, location, {}};
}

QString ProjectSource::displayText() const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("hydron::Project", "No source connected");
    case Kind::Git:
        return ref.isEmpty() ? location : QCoreApplication::translate("hydron::Project", "%1 at %2").arg(location, ref);
    case Kind::Folder:
        return location;
    case Kind::Image:
        return QCoreApplication::translate("hydron::Project", "Image %1").arg(location);
    case Kind::Template:
        return QCoreApplication::translate("hydron::Project", "Template %1").arg(location);
    }
    return location;
}

QJsonObject Project::toJson() const
{
    QJsonArray serviceArray;
    for (const Service &s : services)
        serviceArray.append(s.toJson());
    QJsonObject json{
        {u"name"_s, name},
        {u"type"_s, projectTypeName(type)},
        {u"source"_s, QJsonObject{{u"kind"_s, ProjectSource::kindName(source.kind)},
                                  {u"location"_s, source.location},
                                  {u"ref"_s, source.ref}}},
        {u"services"_s, serviceArray},
        {u"created_at"_s, toIsoString(createdAt)},
        {u"updated_at"_s, toIsoString(updatedAt)},
    };
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

Result<Project> Project::fromJson(const QJsonObject &json)
{
    Project p;
    JsonReader r(json, QCoreApplication::translate("hydron::Project", "Project"));
    p.id = r.integer(u"id");
    p.name = r.requiredString(u"name");
    p.type = r.enumeration(u"type", typeNames, ProjectType::WebApp);
    JsonReader s(r.object(u"source"), QCoreApplication::translate("hydron::Project", "Project source"));
    p.source.kind = s.enumeration(u"kind", sourceKindNames, ProjectSource::Kind::None);
    p.source.location = s.string(u"location");
    p.source.ref = s.string(u"ref");
    if (!s.ok())
        r.adopt(s.error());
    for (const QJsonValue &v : r.array(u"services")) {
        auto service = Service::fromJson(v.toObject());
        if (!service) {
            r.adopt(service.error());
            break;
        }
        p.services.append(*service);
    }
    p.createdAt = r.dateTime(u"created_at");
    p.updatedAt = r.dateTime(u"updated_at");
    if (!r.ok())
        return std::unexpected(r.error());
    if (auto valid = validateName(p.name, QCoreApplication::translate("hydron::Project", "project name")); !valid)
        return std::unexpected(valid.error());
    return p;
}

} // namespace hydron
