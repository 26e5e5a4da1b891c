// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analysisresult.h"

#include <QCoreApplication>
#include <QJsonArray>

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
        s.env.append(EnvVar{var, QString(), false});
    if (port)
        s.ports = {*port};
    s.health.path = health;
    s.dependsOn = dependsOn;
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
