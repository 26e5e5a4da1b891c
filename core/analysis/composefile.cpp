// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/composefile.h"

#include "core/analysis/yamlutil.h"

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

// A command as a string or a list of words.
QString commandOf(const YamlValue &v)
{
    if (v.isScalar())
        return v.scalar;
    QStringList words;
    for (const YamlValue &item : v.items) {
        if (item.isScalar())
            words << (item.scalar.contains(u' ') ? u'"' + item.scalar + u'"' : item.scalar);
    }
    return words.join(u' ');
}

// "8080:3000", "127.0.0.1:8080:3000/tcp", "3000", "3000-3005" -> 3000 (the container side).
int containerPort(const QString &spec)
{
    QString s = spec.section(u'/', 0, 0);
    s = s.section(u':', -1);
    s = s.section(u'-', 0, 0);
    int port = 0;
    return isPort(s.trimmed(), &port) ? port : 0;
}

} // namespace

ComposeFile parseComposeFile(QByteArrayView text)
{
    ComposeFile file;
    const YamlDocument doc = parseYaml(text);
    if (!doc.ok()) {
        file.error = doc.error;
        file.errorLine = doc.errorLine;
        return file;
    }
    const YamlValue &services = doc.root.get(u"services");
    if (!services.isMap()) {
        file.error = u"no services: mapping"_s;
        return file;
    }
    for (std::size_t i = 0; i < services.keys.size(); ++i) {
        const YamlValue &s = services.items[i];
        ComposeService service;
        service.name = services.keys[i];
        service.line = services.keyLines[i];
        if (!s.isMap()) {
            file.services.append(service);
            continue;
        }
        const YamlValue &image = s.get(u"image");
        if (image.isScalar())
            service.image = Located{image.scalar, image.line};
        const YamlValue &build = s.get(u"build");
        if (!build.isNull()) {
            service.hasBuild = true;
            service.buildLine = s.keyLine(u"build");
            if (build.isScalar()) {
                service.context = build.scalar;
            } else if (build.isMap()) {
                if (build.get(u"context").isScalar())
                    service.context = build.get(u"context").scalar;
                if (build.get(u"dockerfile").isScalar())
                    service.dockerfile = build.get(u"dockerfile").scalar;
            }
        }
        for (const QString &key : {u"ports"_s, u"expose"_s}) {
            for (const YamlValue &p : s.get(key).items) {
                int port = 0;
                if (p.isScalar())
                    port = containerPort(p.scalar);
                else if (p.isMap() && p.get(u"target").isScalar())
                    port = containerPort(p.get(u"target").scalar);
                if (port)
                    service.ports.append({port, p.line});
            }
        }
        const YamlValue &env = s.get(u"environment");
        if (env.isMap()) {
            for (std::size_t k = 0; k < env.keys.size(); ++k) {
                const YamlValue &v = env.items[k];
                service.environment.append(
                    ComposeEnv{env.keys[k], v.isScalar() ? v.scalar : QString(), v.isScalar(), env.keyLines[k]});
            }
        } else if (env.isSequence()) {
            for (const YamlValue &item : env.items) {
                if (!item.isScalar())
                    continue;
                const qsizetype eq = item.scalar.indexOf(u'=');
                service.environment.append(ComposeEnv{eq < 0 ? item.scalar : item.scalar.left(eq),
                                                      eq < 0 ? QString() : item.scalar.mid(eq + 1), eq >= 0,
                                                      item.line});
            }
        }
        const YamlValue &envFile = s.get(u"env_file");
        if (envFile.isScalar())
            service.envFiles.append(Located{envFile.scalar, envFile.line});
        for (const YamlValue &item : envFile.items) {
            if (item.isScalar())
                service.envFiles.append(Located{item.scalar, item.line});
            else if (item.isMap() && item.get(u"path").isScalar())
                service.envFiles.append(Located{item.get(u"path").scalar, item.line});
        }
        const YamlValue &depends = s.get(u"depends_on");
        if (depends.isSequence()) {
            for (const YamlValue &item : depends.items) {
                if (item.isScalar())
                    service.dependsOn.append(Located{item.scalar, item.line});
            }
        } else if (depends.isMap()) {
            for (std::size_t k = 0; k < depends.keys.size(); ++k)
                service.dependsOn.append(Located{depends.keys[k], depends.keyLines[k]});
        }
        if (!s.get(u"command").isNull())
            service.command = Located{commandOf(s.get(u"command")), s.keyLine(u"command")};
        if (!s.get(u"entrypoint").isNull())
            service.entrypoint = Located{commandOf(s.get(u"entrypoint")), s.keyLine(u"entrypoint")};
        const YamlValue &health = s.get(u"healthcheck");
        if (health.isMap() && !health.get(u"test").isNull()) {
            const YamlValue &t = health.get(u"test");
            QString test;
            if (t.isSequence() && !t.items.empty() && t.items.front().scalar == u"CMD-SHELL") {
                QStringList parts;
                for (std::size_t k = 1; k < t.items.size(); ++k)
                    parts << t.items[k].scalar;
                test = parts.join(u' ');
            } else {
                test = commandOf(t);
                for (const QString &prefix : {u"CMD-SHELL "_s, u"CMD "_s}) {
                    if (test.startsWith(prefix))
                        test = test.mid(prefix.size());
                }
            }
            service.healthcheck = Located{test, health.keyLine(u"test")};
        }
        for (const YamlValue &p : s.get(u"profiles").items) {
            if (p.isScalar())
                service.profiles << p.scalar;
        }
        file.services.append(service);
    }
    return file;
}

} // namespace hydron::analysis
