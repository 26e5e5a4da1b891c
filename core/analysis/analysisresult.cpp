// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysisresult.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray evidenceArray(const QList<Evidence> &evidence)
{
    QJsonArray array;
    for (const Evidence &e : evidence)
        array.append(e.toJson());
    return array;
}

QString relativeTo(const QString &file, const QString &dir)
{
    if (dir == u"."_s || dir.isEmpty())
        return file;
    if (file.startsWith(dir + u'/'))
        return file.mid(dir.size() + 1);
    // A Dockerfile outside the service folder: walk up with "..".
    const QStringList dirParts = dir.split(u'/');
    QStringList fileParts = file.split(u'/');
    qsizetype common = 0;
    while (common < dirParts.size() && common < fileParts.size() - 1 && dirParts[common] == fileParts[common])
        ++common;
    QStringList out;
    for (qsizetype i = common; i < dirParts.size(); ++i)
        out << u".."_s;
    out << fileParts.mid(common);
    return out.join(u'/');
}

} // namespace

QJsonObject Evidence::toJson() const
{
    return QJsonObject{
        {u"fact"_s, fact},
        {u"value"_s, value},
        {u"file"_s, file},
        {u"line"_s, line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject DetectedService::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"path"_s, path},
        {u"kind"_s, kind ? QJsonValue(serviceKindName(*kind)) : QJsonValue(QJsonValue::Null)},
        {u"language"_s, stringOrNull(language)},
        {u"language_version"_s, stringOrNull(languageVersion)},
        {u"framework"_s, stringOrNull(framework)},
        {u"package_manager"_s, stringOrNull(packageManager)},
        {u"port"_s, port ? QJsonValue(*port) : QJsonValue(QJsonValue::Null)},
        {u"port_env"_s, stringOrNull(portEnv)},
        {u"health"_s, stringOrNull(health)},
        {u"env"_s, QJsonArray::fromStringList(env)},
        {u"env_required"_s, QJsonArray::fromStringList(envRequired)},
        {u"dockerfile"_s, stringOrNull(dockerfile)},
        {u"start"_s, stringOrNull(start)},
        {u"build"_s, stringOrNull(build)},
        {u"depends_on"_s, QJsonArray::fromStringList(dependsOn)},
        {u"evidence"_s, evidenceArray(evidence)},
    };
}

Service DetectedService::toService() const
{
    Service s;
    s.name = name;
    s.kind = kind.value_or(ServiceKind::Web);
    s.source = ServiceSource::Git;
    s.path = path;
    s.dockerfile = dockerfile.isEmpty() ? QString() : relativeTo(dockerfile, path);
    for (const QString &var : env)
        s.env.append(EnvVar{var, QString(), false, envRequired.contains(var)});
    if (port)
        s.ports = {*port};
    s.portEnv = portEnv;
    s.health.path = health;
    s.dependsOn = dependsOn;
    s.language = language;
    s.languageVersion = languageVersion;
    s.framework = framework;
    s.packageManager = packageManager;
    s.start = start;
    s.build = build;
    return s;
}

namespace {

struct OfficialImage
{
    QStringView kind;
    QStringView image;
    QStringView defaultTag;
    int port;
    QStringView dataPath;
};

// Official images for backing services, with the tag used when the repository names no
// version. Only images on the default registry: a kind without one gets no image.
constexpr std::array<OfficialImage, 9> officialImages{{
    {u"postgres", u"postgres", u"16", 5432, u"/var/lib/postgresql/data"},
    {u"mysql", u"mysql", u"8.4", 3306, u"/var/lib/mysql"},
    {u"mariadb", u"mariadb", u"11", 3306, u"/var/lib/mysql"},
    {u"mongodb", u"mongo", u"7", 27017, u"/data/db"},
    {u"redis", u"redis", u"7", 6379, u"/data"},
    {u"rabbitmq", u"rabbitmq", u"3", 5672, u"/var/lib/rabbitmq"},
    {u"kafka", u"apache/kafka", u"3.7.0", 9092, u"/var/lib/kafka/data"},
    {u"elasticsearch", u"elasticsearch", u"8.14.3", 9200, u"/usr/share/elasticsearch/data"},
    {u"memcached", u"memcached", u"1.6", 11211, {}},
}};

} // namespace

Service BackingService::toService() const
{
    Service s;
    s.name = name;
    s.kind = ServiceKind::Backing;
    s.source = ServiceSource::Image;
    for (const OfficialImage &official : officialImages) {
        if (official.kind != kind)
            continue;
        // A version like "15" or "15.4-alpine" is a tag; "latest" or nothing gets the default.
        QString tag = version;
        if (tag.isEmpty() || tag == u"latest")
            tag = official.defaultTag.toString();
        s.image = official.image.toString() + u':' + tag;
        s.ports = {official.port};
        if (!official.dataPath.isEmpty())
            s.volumes = {name + u"-data:"_s + official.dataPath};
        break;
    }
    for (const QString &var : env)
        s.env.append(EnvVar{var, QString(), false, false});
    return s;
}

QJsonObject BackingService::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"kind"_s, kind},
        {u"version"_s, stringOrNull(version)},
        {u"used_by"_s, QJsonArray::fromStringList(usedBy)},
        {u"env"_s, QJsonArray::fromStringList(env)},
        {u"evidence"_s, evidenceArray(evidence)},
    };
}

QJsonObject ExternalService::toJson() const
{
    return QJsonObject{
        {u"name"_s, name},
        {u"used_by"_s, QJsonArray::fromStringList(usedBy)},
        {u"env"_s, QJsonArray::fromStringList(env)},
        {u"evidence"_s, evidenceArray(evidence)},
    };
}

QJsonObject Monorepo::toJson() const
{
    return QJsonObject{{u"tool"_s, tool}, {u"workspaces"_s, QJsonArray::fromStringList(workspaces)}};
}

QJsonObject Warning::toJson() const
{
    return QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"file"_s, stringOrNull(file)}};
}

QJsonObject AnalysisResult::toJson() const
{
    QJsonArray servicesArray;
    for (const DetectedService &s : services)
        servicesArray.append(s.toJson());
    QJsonArray backingArray;
    for (const BackingService &b : backing)
        backingArray.append(b.toJson());
    QJsonArray externalArray;
    for (const ExternalService &e : external)
        externalArray.append(e.toJson());
    QJsonArray warningArray;
    for (const Warning &w : warnings)
        warningArray.append(w.toJson());
    return QJsonObject{
        {u"services"_s, servicesArray},
        {u"backing"_s, backingArray},
        {u"external"_s, externalArray},
        {u"monorepo"_s, monorepo ? QJsonValue(monorepo->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"warnings"_s, warningArray},
    };
}

QString AnalysisResult::toText() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("hydron::analysis", text);
    };
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? u"-"_s : text;
    };
    QString out;
    if (services.isEmpty())
        out += tr("No services found.") + u'\n';
    for (const DetectedService &s : services) {
        out += u"%1 (%2) %3\n"_s.arg(s.name, s.path, s.kind ? serviceKindName(*s.kind) : u"?"_s);
        QString stack = orDash(s.language);
        if (!s.languageVersion.isEmpty())
            stack += u' ' + s.languageVersion;
        if (!s.framework.isEmpty())
            stack += u", "_s + s.framework;
        if (!s.packageManager.isEmpty())
            stack += u", "_s + s.packageManager;
        out += u"  "_s + tr("stack: %1").arg(stack) + u'\n';
        QString port = s.port ? QString::number(*s.port) : u"-"_s;
        if (!s.portEnv.isEmpty())
            port += u" ($"_s + s.portEnv + u')';
        out += u"  "_s + tr("port: %1  health: %2").arg(port, orDash(s.health)) + u'\n';
        if (!s.start.isEmpty() || !s.build.isEmpty())
            out += u"  "_s + tr("build: %1  start: %2").arg(orDash(s.build), orDash(s.start)) + u'\n';
        if (!s.dockerfile.isEmpty())
            out += u"  "_s + tr("dockerfile: %1").arg(s.dockerfile) + u'\n';
        if (!s.env.isEmpty()) {
            QStringList names;
            for (const QString &name : s.env)
                names << (s.envRequired.contains(name) ? name + u'*' : name);
            out += u"  "_s + tr("env (* required): %1").arg(names.join(u", ")) + u'\n';
        }
        if (!s.dependsOn.isEmpty())
            out += u"  "_s + tr("depends on: %1").arg(s.dependsOn.join(u", ")) + u'\n';
    }
    for (const BackingService &b : backing) {
        out +=
            tr("backing: %1 (%2%3) used by %4")
                .arg(b.name, b.kind, b.version.isEmpty() ? QString() : u' ' + b.version, orDash(b.usedBy.join(u", "))) +
            u'\n';
    }
    for (const ExternalService &e : external)
        out += tr("external: %1 used by %2").arg(e.name, orDash(e.usedBy.join(u", "))) + u'\n';
    if (monorepo)
        out += tr("monorepo: %1 (%2)").arg(monorepo->tool, monorepo->workspaces.join(u", ")) + u'\n';
    for (const Warning &w : warnings)
        out += tr("warning: %1").arg(w.message) + u'\n';
    return out;
}

} // namespace hydron::analysis
