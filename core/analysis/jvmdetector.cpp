// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Java and Kotlin: Maven and Gradle (multi-module too); Spring Boot, Quarkus and Micronaut;
// application.properties / application.yml for ports, placeholders and datasources.
#include "core/analysis/detector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

// application.properties / .yml: ${VAR:default} placeholders, ports and the backing services
// configured, as facts of the file.
void readApplicationConfig(DetectionContext &ctx, ServiceDraft &d, const QString &framework, int file)
{
    const QByteArray *content = ctx.index.content(file);
    if (!content)
        return;
    const QString path = ctx.index.files()[std::size_t(file)].path;
    FileFacts facts = scanSource(SourceLanguage::Java, *content);
    facts.ports.clear(); // the Java literal-port idioms mean nothing here
    static const QRegularExpression port(
        uR"re(^\s*(server\.port|quarkus\.http\.port|micronaut\.server\.port|port)\s*[=:]\s*["']?(?:\$\{(\w+)(?::(\d+))?\}|(\d+)))re"_s);
    static const QRegularExpression datasource(uR"re(jdbc:(postgresql|mysql|mariadb|sqlserver))re"_s);
    static const QRegularExpression dbKind(uR"re(quarkus\.datasource\.db-kind\s*=\s*(\w+))re"_s);
    static const QRegularExpression springBacking(
        uR"re(^\s*spring\.(?:data\.)?(redis|rabbitmq|kafka|mongodb|elasticsearch)\.)re"_s);
    static const QRegularExpression yamlSection(
        uR"re(^(\s*)(redis|rabbitmq|kafka|mongodb|elasticsearch|datasource):\s*$)re"_s);
    static const QRegularExpression basePath(uR"re(management\.endpoints\.web\.base-path\s*[=:]\s*(\S+))re"_s);
    const QList<QByteArray> lines = content->split('\n');
    const bool yaml = path.endsWith(u".yml") || path.endsWith(u".yaml");
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const QString line = QString::fromUtf8(lines[k]);
        const int number = int(k + 1);
        if (line.trimmed().startsWith(u'#'))
            continue;
        if (const auto m = port.match(line); m.hasMatch()) {
            if (m.captured(1) == u"port" && !yaml)
                continue;
            // In YAML "port:" is only the server's under server:, which the key name cannot tell; accept
            // it when the file has a server: section and the line is indented.
            if (m.captured(1) == u"port" && !(content->contains("server:") && line.startsWith(u' ')))
                continue;
            if (m.captured(1) == u"port" && k > 0 && !QString::fromUtf8(lines[k - 1]).trimmed().startsWith(u"server:"))
                continue;
            int value = 0;
            isPort(m.captured(3).isEmpty() ? m.captured(4) : m.captured(3), &value);
            const QString env = m.captured(2);
            if (value)
                d.port.offer(value, Priority::Config, ev(u"port"_s, QString::number(value), path, number));
            if (!env.isEmpty())
                d.portEnv.offer(env, Priority::Config, ev(u"port_env"_s, env, path, number));
        }
        if (const auto m = datasource.match(line); m.hasMatch()) {
            const QString s = m.captured(1);
            facts.usages.append(Usage{s == u"postgresql" ? u"postgres"_s : s, Usage::How::Config, number});
        }
        if (const auto m = dbKind.match(line); m.hasMatch()) {
            const QString s = m.captured(1);
            facts.usages.append(Usage{s.startsWith(u"postg") ? u"postgres"_s
                                      : s == u"mssql"        ? u"sqlserver"_s
                                                             : s,
                                      Usage::How::Config, number});
        }
        if (const auto m = springBacking.match(line); m.hasMatch())
            facts.usages.append(Usage{m.captured(1), Usage::How::Config, number});
        if (yaml) {
            if (const auto m = yamlSection.match(line);
                m.hasMatch() && m.captured(1).size() >= 2 && m.captured(2) != u"datasource")
                facts.usages.append(Usage{m.captured(2), Usage::How::Config, number});
        }
        if (const auto m = basePath.match(line); m.hasMatch() && framework == u"spring-boot" && d.health.has()) {
            const QString path2 = m.captured(1) + u"/health";
            d.health.offer(path2, Priority::Config, ev(u"health"_s, path2, path, number));
        }
    }
    ctx.addFacts(file, facts);
}

QString jarStart(const QString &dir, const QString &name, const QString &version)
{
    if (name.isEmpty() || version.isEmpty())
        return {};
    return u"java -jar "_s + dir + u'/' + name + u'-' + version + u".jar"_s;
}

} // namespace

void detectJvm(DetectionContext &ctx)
{
    struct Project
    {
        QString dir;
        QString file;
        bool maven = false;
        const Manifest *manifest = nullptr;
        const Manifest *settings = nullptr;
    };
    QList<Project> projects;
    for (int i : ctx.index.named(u"pom.xml"_s)) {
        const QString file = ctx.index.files()[std::size_t(i)].path;
        if (!DetectionContext::isNonServicePath(file))
            if (const Manifest *m = ctx.manifest(file, parsePomXml))
                projects.append(Project{FileIndex::parentOf(file), file, true, m, nullptr});
    }
    for (const QString &name : {u"build.gradle"_s, u"build.gradle.kts"_s}) {
        for (int i : ctx.index.named(name)) {
            const QString file = ctx.index.files()[std::size_t(i)].path;
            if (DetectionContext::isNonServicePath(file))
                continue;
            const QString dir = FileIndex::parentOf(file);
            const Manifest *settings = nullptr;
            for (const QString &s : {u"settings.gradle"_s, u"settings.gradle.kts"_s}) {
                for (int f : ctx.upwards(dir, s)) {
                    settings = ctx.manifest(ctx.index.files()[std::size_t(f)].path, parseGradleSettings);
                    break;
                }
                if (settings)
                    break;
            }
            if (const Manifest *m = ctx.manifest(file, parseGradleBuild))
                projects.append(Project{dir, file, false, m, settings});
        }
    }
    // Multi-module builds are monorepos of their own kind.
    for (const Project &p : std::as_const(projects)) {
        if (p.dir != u".")
            continue;
        const QStringList modules =
            p.maven ? p.manifest->workspaces : (p.settings ? p.settings->workspaces : QStringList());
        if (modules.size() > 1 && Priority::Manifest - 1 > ctx.monorepoPriority) {
            QStringList sorted = modules;
            sorted.sort();
            ctx.monorepo = Monorepo{p.maven ? u"maven"_s : u"gradle"_s, sorted};
            ctx.monorepoPriority = Priority::Manifest - 1;
        }
    }

    for (const Project &p : std::as_const(projects)) {
        if (ctx.cancelled())
            return;
        const Manifest &m = *p.manifest;
        const auto path = [&](const QString &name) {
            return FileIndex::join(p.dir, name);
        };
        const auto depEvidence = [&](const QString &fact, const QString &value, const Dependency *dep) {
            return ev(fact, value, p.file, dep ? dep->line : 0);
        };
        QString framework;
        Evidence fe;
        const Dependency *springDep = m.dependencyWithPrefix(u"org.springframework.boot:");
        const QString parent = m.field(u"parent"_s).value;
        if (springDep || parent.startsWith(u"org.springframework.boot:") ||
            m.scripts.contains(u"org.springframework.boot"_s)) {
            framework = u"spring-boot"_s;
            fe = springDep ? depEvidence(u"framework"_s, framework, springDep)
                           : ev(u"framework"_s, framework, p.file,
                                parent.isEmpty() ? m.scripts.value(u"org.springframework.boot"_s).line
                                                 : m.field(u"parent"_s).line);
        } else if (const Dependency *q = m.dependencyWithPrefix(u"io.quarkus");
                   q || m.scripts.contains(u"io.quarkus"_s)) {
            framework = u"quarkus"_s;
            fe = q ? depEvidence(u"framework"_s, framework, q)
                   : ev(u"framework"_s, framework, p.file, m.scripts.value(u"io.quarkus"_s).line);
        } else if (const Dependency *mn = m.dependencyWithPrefix(u"io.micronaut");
                   mn || m.scripts.contains(u"io.micronaut.application"_s)) {
            framework = u"micronaut"_s;
            fe = mn ? depEvidence(u"framework"_s, framework, mn)
                    : ev(u"framework"_s, framework, p.file, m.scripts.value(u"io.micronaut.application"_s).line);
        }
        if (framework.isEmpty())
            continue;
        if (p.maven && m.field(u"packaging"_s).value == u"pom")
            continue; // an aggregator
        // A Spring Boot module without an application class is a library of a multi-module build.
        bool hasMain = false;
        for (int i : ctx.filesUnder(p.dir)) {
            const auto it = ctx.facts.constFind(i);
            if (it != ctx.facts.constEnd() && (it->marker(u"spring-app") || it->marker(u"main")))
                hasMain = true;
        }
        if (!hasMain && framework == u"spring-boot")
            continue;

        ServiceDraft &d = ctx.addService(p.dir, u"jvm"_s);
        for (const Dependency &dep : m.dependencies)
            d.dependencies << dep.name.toLower();
        if (p.maven) {
            d.baseName = m.name.value;
        } else if (p.settings && (ctx.index.hasFile(path(u"settings.gradle"_s)) ||
                                  ctx.index.hasFile(path(u"settings.gradle.kts"_s)))) {
            d.baseName = p.settings->name.value; // the root project's name
        }
        d.addEvidence(ev(u"service"_s, framework, p.file));
        d.framework.offer(framework, Priority::Manifest, fe);
        d.servesHttp = true;
        const bool kotlin = ctx.index.hasDir(path(u"src/main/kotlin"_s)) || m.fields.contains(u"kotlin"_s) ||
                            m.dependencyWithPrefix(u"org.jetbrains.kotlin:");
        d.language.offer(kotlin ? u"kotlin"_s : u"java"_s, Priority::Manifest,
                         ev(u"language"_s, kotlin ? u"kotlin"_s : u"java"_s, p.file,
                            kotlin && m.fields.contains(u"kotlin"_s) ? m.field(u"kotlin"_s).line : 0));
        if (!m.languageVersion.isEmpty())
            d.languageVersion.offer(m.languageVersion.value, Priority::Manifest,
                                    ev(u"language_version"_s, m.languageVersion.value, p.file, m.languageVersion.line));
        for (const QString &file : {u".java-version"_s, u".tool-versions"_s}) {
            for (int f : ctx.upwards(p.dir, file)) {
                int line = 0;
                const QString version = readVersionFile(ctx, f, u"java"_s, &line);
                if (!version.isEmpty()) {
                    d.languageVersion.offer(
                        version, Priority::VersionFile,
                        ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                    break;
                }
            }
        }
        const QString wrapperDirFile = p.maven ? u"mvnw"_s : u"gradlew"_s;
        const bool wrapper = !ctx.upwards(p.dir, wrapperDirFile).isEmpty();
        if (p.maven) {
            d.packageManager.offer(u"maven"_s, Priority::Manifest, ev(u"package_manager"_s, u"maven"_s, p.file));
            d.build.offer(wrapper ? u"./mvnw -B package -DskipTests"_s : u"mvn -B package -DskipTests"_s,
                          Priority::Derived, ev(u"build"_s, u"maven"_s, p.file));
        } else {
            d.packageManager.offer(u"gradle"_s, Priority::Manifest, ev(u"package_manager"_s, u"gradle"_s, p.file));
            d.build.offer(wrapper ? u"./gradlew build -x test"_s : u"gradle build -x test"_s, Priority::Derived,
                          ev(u"build"_s, u"gradle"_s, p.file));
        }
        QString start;
        if (framework == u"quarkus")
            start = u"java -jar "_s + (p.maven ? u"target"_s : u"build"_s) + u"/quarkus-app/quarkus-run.jar"_s;
        else if (p.maven)
            start = !m.field(u"finalName"_s).isEmpty()
                        ? u"java -jar target/"_s + m.field(u"finalName"_s).value + u".jar"_s
                        : jarStart(u"target"_s, m.name.value, m.version.value);
        else
            start = jarStart(u"build/libs"_s, d.baseName.isEmpty() ? p.dir.section(u'/', -1) : d.baseName,
                             m.field(u"version"_s).value);
        if (framework == u"micronaut" && !p.maven && !start.isEmpty())
            start.replace(u".jar"_s, u"-all.jar"_s);
        if (!start.isEmpty())
            d.start.offer(start, Priority::Derived, ev(u"start"_s, framework, p.file));

        // Kind: server-side templates make it a web app.
        const bool templates = m.has(u"org.springframework.boot:spring-boot-starter-thymeleaf") ||
                               m.has(u"org.springframework.boot:spring-boot-starter-freemarker") ||
                               m.has(u"org.springframework.boot:spring-boot-starter-mustache") ||
                               m.has(u"io.quarkus:quarkus-qute") || m.has(u"io.quarkus:quarkus-resteasy-reactive-qute");
        d.kind.offer(templates ? ServiceKind::Web : ServiceKind::Api, Priority::Manifest,
                     ev(u"kind"_s, templates ? u"web"_s : u"api"_s, fe.file, fe.line));

        // Port and health by framework.
        const QString portEnv = framework == u"spring-boot" ? u"SERVER_PORT"_s
                                : framework == u"quarkus"   ? u"QUARKUS_HTTP_PORT"_s
                                                            : u"MICRONAUT_SERVER_PORT"_s;
        d.port.offer(8080, Priority::FrameworkDefault, ev(u"port"_s, u"8080"_s, fe.file, fe.line));
        d.portEnv.offer(portEnv, Priority::FrameworkDefault, ev(u"port_env"_s, portEnv, fe.file, fe.line));
        if (framework == u"spring-boot") {
            if (const Dependency *a = m.dependency(u"org.springframework.boot:spring-boot-starter-actuator"))
                d.health.offer(u"/actuator/health"_s, Priority::Manifest,
                               depEvidence(u"health"_s, u"/actuator/health"_s, a));
        } else if (framework == u"quarkus") {
            if (const Dependency *h = m.dependency(u"io.quarkus:quarkus-smallrye-health"))
                d.health.offer(u"/q/health"_s, Priority::Manifest, depEvidence(u"health"_s, u"/q/health"_s, h));
        } else if (const Dependency *h = m.dependency(u"io.micronaut:micronaut-management")) {
            d.health.offer(u"/health"_s, Priority::Manifest, depEvidence(u"health"_s, u"/health"_s, h));
        }
        for (const QString &name : {u"application.properties"_s, u"application.yml"_s, u"application.yaml"_s,
                                    u"application-prod.properties"_s, u"application-prod.yml"_s}) {
            const int f = ctx.index.find(path(u"src/main/resources/"_s + name));
            if (f >= 0)
                readApplicationConfig(ctx, d, framework, f);
        }
    }
}

} // namespace hydron::analysis
