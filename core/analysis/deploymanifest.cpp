// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/deploymanifest.h"

#include "core/analysis/yamlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <toml++/toml.h>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

Located yamlLocated(const YamlValue &map, QStringView key)
{
    const YamlValue &v = map.get(key);
    return v.isScalar() ? Located{v.scalar, v.line} : Located{};
}

QString tomlString(const toml::node *node)
{
    if (!node)
        return {};
    if (auto s = node->value<std::string>())
        return QString::fromStdString(*s);
    return {};
}

Located tomlLocated(const toml::node *node)
{
    if (!node)
        return {};
    return Located{tomlString(node), int(node->source().begin.line)};
}

template<typename F>
DeployManifest parseToml(QByteArrayView text, F &&read)
{
    DeployManifest m;
    try {
        toml::table root = toml::parse(std::string_view(text.data(), std::size_t(text.size())));
        read(m, root);
    } catch (const toml::parse_error &e) {
        m = DeployManifest();
        m.error = QString::fromUtf8(e.description().data(), qsizetype(e.description().size()));
        m.errorLine = int(e.source().begin.line);
    } catch (const std::exception &e) {
        m = DeployManifest();
        m.error = QString::fromUtf8(e.what());
    }
    return m;
}

// Render's and Heroku's add-on names for the backing services Hydron knows.
QString kindOfAddon(QStringView name)
{
    if (name.startsWith(u"heroku-postgresql") || name.startsWith(u"postgres"))
        return u"postgres"_s;
    if (name.startsWith(u"heroku-redis") || name.startsWith(u"rediscloud") || name.startsWith(u"redis"))
        return u"redis"_s;
    if (name.startsWith(u"cloudamqp"))
        return u"rabbitmq"_s;
    if (name.startsWith(u"heroku-kafka"))
        return u"kafka"_s;
    if (name.startsWith(u"mongolab") || name.startsWith(u"mongodb"))
        return u"mongodb"_s;
    if (name.startsWith(u"jawsdb-maria"))
        return u"mariadb"_s;
    if (name.startsWith(u"jawsdb") || name.startsWith(u"cleardb"))
        return u"mysql"_s;
    if (name.startsWith(u"memcachier"))
        return u"memcached"_s;
    if (name.startsWith(u"bonsai") || name.startsWith(u"searchbox"))
        return u"elasticsearch"_s;
    return {};
}

} // namespace

DeployManifest parseRenderYaml(QByteArrayView text)
{
    DeployManifest m;
    const YamlDocument doc = parseYaml(text);
    if (!doc.ok()) {
        m.error = doc.error;
        m.errorLine = doc.errorLine;
        return m;
    }
    if (!doc.root.isMap()) {
        m.error = u"the document is not a mapping"_s;
        return m;
    }
    QMap<QString, QString> kindByName; // database / key-value names declared here
    for (const YamlValue &db : doc.root.get(u"databases").items) {
        const Located name = yamlLocated(db, u"name");
        if (!name.isEmpty()) {
            m.backing.append(DeclaredBacking{name.value, u"postgres"_s, name.line});
            kindByName.insert(name.value, u"postgres"_s);
        }
    }
    for (const YamlValue &s : doc.root.get(u"services").items) {
        const QString type = s.get(u"type").scalar;
        const Located name = yamlLocated(s, u"name");
        if ((type == u"redis" || type == u"keyvalue") && !name.isEmpty()) {
            m.backing.append(DeclaredBacking{name.value, u"redis"_s, name.line});
            kindByName.insert(name.value, u"redis"_s);
        }
    }
    for (const YamlValue &s : doc.root.get(u"services").items) {
        if (!s.isMap())
            continue;
        const QString type = s.get(u"type").scalar;
        const Located name = yamlLocated(s, u"name");
        if (type == u"redis" || type == u"keyvalue")
            continue;
        DeclaredService service;
        service.name = name;
        service.type = type;
        service.rootDir = s.get(u"rootDir").scalar;
        service.runtime = yamlLocated(s, u"runtime");
        if (service.runtime.isEmpty())
            service.runtime = yamlLocated(s, u"env");
        service.build = yamlLocated(s, u"buildCommand");
        service.start = yamlLocated(s, u"startCommand");
        service.health = yamlLocated(s, u"healthCheckPath");
        service.dockerfile = yamlLocated(s, u"dockerfilePath");
        const Located preDeploy = yamlLocated(s, u"preDeployCommand");
        if (!preDeploy.isEmpty())
            service.processes.append(DeclaredProcess{u"release"_s, preDeploy});
        for (const YamlValue &e : s.get(u"envVars").items) {
            const Located key = yamlLocated(e, u"key");
            if (key.isEmpty())
                continue;
            DeclaredEnv env{key.value, key.line};
            env.hasValue = e.contains(u"value") || e.contains(u"generateValue") || e.contains(u"fromDatabase") ||
                           e.contains(u"fromService") || e.contains(u"fromGroup");
            if (e.get(u"sync").scalar == u"false")
                env.required = true;
            if (e.get(u"fromDatabase").isMap())
                env.backingKind = u"postgres"_s;
            if (e.get(u"fromService").isMap())
                env.backingKind = kindByName.value(e.get(u"fromService").get(u"name").scalar);
            service.env.append(env);
        }
        m.services.append(service);
    }
    return m;
}

DeployManifest parseFlyToml(QByteArrayView text)
{
    return parseToml(text, [](DeployManifest &m, const toml::table &root) {
        DeclaredService service;
        service.name = tomlLocated(root.get("app"));
        service.type = u"web"_s;
        service.dockerfile = tomlLocated(root["build"]["dockerfile"].node());
        const auto readPort = [&](const toml::node *node) {
            if (!node || service.port)
                return;
            if (auto v = node->value<int64_t>(); v && *v > 0 && *v < 65536) {
                service.port = int(*v);
                service.portLine = int(node->source().begin.line);
            }
        };
        const auto readChecks = [&](const toml::array *checks, const char *key) {
            if (!checks || !service.health.isEmpty())
                return;
            for (const toml::node &check : *checks) {
                if (const toml::table *t = check.as_table()) {
                    const Located path = tomlLocated(t->get(key));
                    if (!path.isEmpty()) {
                        service.health = path;
                        return;
                    }
                }
            }
        };
        if (const toml::table *http = root["http_service"].as_table()) {
            readPort(http->get("internal_port"));
            readChecks(http->get_as<toml::array>("checks"), "path");
        }
        if (const toml::array *services = root["services"].as_array()) {
            for (const toml::node &s : *services) {
                if (const toml::table *t = s.as_table()) {
                    readPort(t->get("internal_port"));
                    readChecks(t->get_as<toml::array>("http_checks"), "path");
                }
            }
        }
        if (const toml::table *env = root["env"].as_table()) {
            for (const auto &[key, value] : *env) {
                DeclaredEnv e{QString::fromUtf8(key.str().data(), qsizetype(key.str().size())),
                              int(value.source().begin.line)};
                e.hasValue = true;
                service.env.append(e);
            }
        }
        if (const toml::table *processes = root["processes"].as_table()) {
            for (const auto &[key, value] : *processes) {
                service.processes.append(DeclaredProcess{
                    QString::fromUtf8(key.str().data(), qsizetype(key.str().size())), tomlLocated(&value)});
            }
        }
        const Located release = tomlLocated(root["deploy"]["release_command"].node());
        if (!release.isEmpty())
            service.processes.append(DeclaredProcess{u"release"_s, release});
        m.services.append(service);
    });
}

DeployManifest parseRailwayToml(QByteArrayView text)
{
    return parseToml(text, [](DeployManifest &m, const toml::table &root) {
        DeclaredService service;
        service.type = u"web"_s;
        service.build = tomlLocated(root["build"]["buildCommand"].node());
        service.dockerfile = tomlLocated(root["build"]["dockerfilePath"].node());
        service.start = tomlLocated(root["deploy"]["startCommand"].node());
        service.health = tomlLocated(root["deploy"]["healthcheckPath"].node());
        const Located release = tomlLocated(root["deploy"]["preDeployCommand"].node());
        if (!release.isEmpty())
            service.processes.append(DeclaredProcess{u"release"_s, release});
        m.services.append(service);
    });
}

DeployManifest parseRailwayJson(QByteArrayView text)
{
    DeployManifest m;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m.error = error.error != QJsonParseError::NoError ? error.errorString() : u"not a JSON object"_s;
        m.errorLine = lineAt(text, error.offset);
        return m;
    }
    const QJsonObject build = doc.object().value(u"build").toObject();
    const QJsonObject deploy = doc.object().value(u"deploy").toObject();
    const auto located = [&](const QJsonObject &o, const QString &key, const QString &parent) {
        return o.value(key).isString() ? Located{o.value(key).toString(), jsonKeyLine(text, key, parent)} : Located{};
    };
    DeclaredService service;
    service.type = u"web"_s;
    service.build = located(build, u"buildCommand"_s, u"build"_s);
    service.dockerfile = located(build, u"dockerfilePath"_s, u"build"_s);
    service.start = located(deploy, u"startCommand"_s, u"deploy"_s);
    service.health = located(deploy, u"healthcheckPath"_s, u"deploy"_s);
    const Located release = located(deploy, u"preDeployCommand"_s, u"deploy"_s);
    if (!release.isEmpty())
        service.processes.append(DeclaredProcess{u"release"_s, release});
    m.services.append(service);
    return m;
}

DeployManifest parseAppJson(QByteArrayView text)
{
    DeployManifest m;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m.error = error.error != QJsonParseError::NoError ? error.errorString() : u"not a JSON object"_s;
        m.errorLine = lineAt(text, error.offset);
        return m;
    }
    const QJsonObject o = doc.object();
    DeclaredService service;
    service.type = u"web"_s;
    if (o.value(u"name").isString())
        service.name = Located{o.value(u"name").toString(), jsonKeyLine(text, u"name")};
    const QJsonObject env = o.value(u"env").toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        DeclaredEnv e{it.key(), jsonKeyLine(text, it.key(), u"env")};
        if (it.value().isString()) {
            e.hasValue = true;
        } else {
            const QJsonObject spec = it.value().toObject();
            e.hasValue = spec.contains(u"value") || spec.contains(u"generator");
            if (spec.contains(u"required"))
                e.required = spec.value(u"required").toBool();
        }
        service.env.append(e);
    }
    const QJsonObject scripts = o.value(u"scripts").toObject();
    if (scripts.value(u"postdeploy").isString())
        service.processes.append(DeclaredProcess{
            u"postdeploy"_s, Located{scripts.value(u"postdeploy").toString(), jsonKeyLine(text, u"postdeploy")}});
    qsizetype addonsAt = jsonKeyOffset(text, u"addons");
    for (const QJsonValue &addon : o.value(u"addons").toArray()) {
        const QString plan = addon.isString() ? addon.toString() : addon.toObject().value(u"plan").toString();
        const QString kind = kindOfAddon(plan);
        if (kind.isEmpty())
            continue;
        int line = 0;
        if (addonsAt >= 0) {
            const qsizetype at = text.indexOf(plan.toUtf8(), addonsAt);
            line = at >= 0 ? lineAt(text, at) : lineAt(text, addonsAt);
        }
        m.backing.append(DeclaredBacking{kind, kind, line});
    }
    m.services.append(service);
    return m;
}

} // namespace hydron::analysis
