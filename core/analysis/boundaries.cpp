// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Service boundaries declared outside the code: Dockerfiles, docker-compose files, Procfiles,
// render.yaml / fly.toml / railway.toml / app.json, and .env example files.
#include "core/analysis/composefile.h"
#include "core/analysis/deploymanifest.h"
#include "core/analysis/detector.h"
#include "core/analysis/dockerfile.h"
#include "core/analysis/procfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::analysis", text);
}

// Joins and normalises "." and ".." segments; empty when the result leaves the repository.
QString normalise(const QString &dir, const QString &relative)
{
    QString rel = relative;
    if (rel.startsWith(u'/'))
        return {};
    QStringList parts = dir == u"." ? QStringList() : dir.split(u'/');
    for (const QString &part : rel.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts << part;
    }
    return parts.isEmpty() ? u"."_s : parts.join(u'/');
}

// The backing kind of a container image ("postgres:16-alpine" -> postgres, version "16").
QString kindOfImage(const QString &image, QString *version)
{
    QString name = image.section(u'@', 0, 0);
    QString tag;
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > name.lastIndexOf(u'/')) {
        tag = name.mid(colon + 1);
        name = name.left(colon);
    }
    name = name.toLower();
    const QString last = name.section(u'/', -1);
    static const QList<std::pair<QStringList, QString>> table = {
        {{u"postgres"_s, u"postgresql"_s, u"postgis"_s, u"timescaledb"_s, u"timescaledb-ha"_s, u"pgvector"_s},
         u"postgres"_s},
        {{u"mysql"_s, u"mysql-server"_s, u"percona-server"_s}, u"mysql"_s},
        {{u"mariadb"_s}, u"mariadb"_s},
        {{u"mongo"_s, u"mongodb"_s, u"mongodb-community-server"_s}, u"mongodb"_s},
        {{u"redis"_s, u"redis-stack"_s, u"redis-stack-server"_s, u"valkey"_s, u"keydb"_s, u"dragonfly"_s}, u"redis"_s},
        {{u"rabbitmq"_s}, u"rabbitmq"_s},
        {{u"kafka"_s, u"cp-kafka"_s, u"cp-server"_s, u"redpanda"_s}, u"kafka"_s},
        {{u"elasticsearch"_s}, u"elasticsearch"_s},
        {{u"memcached"_s}, u"memcached"_s},
    };
    QString kind;
    if (name.contains(u"mssql/server") || name.contains(u"azure-sql-edge"))
        kind = u"sqlserver"_s;
    for (const auto &[names, k] : table) {
        if (kind.isEmpty() && names.contains(last))
            kind = k;
    }
    if (version && !kind.isEmpty()) {
        *version = versionPrefix(tag);
        if (version->isEmpty() && kind == u"sqlserver")
            *version = tag.section(u'-', 0, 0);
    }
    return kind;
}

bool looksLikeWorker(const QString &command)
{
    static const QRegularExpression re(
        uR"re(\b(?:celery|sidekiq|rq\s+worker|queue:work|resque|good_job|delayed_job|jobs:work|bullmq|worker|consumer|beat)\b)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(command).hasMatch();
}

// The language a base image builds and its version: ("node", "20") for node:20-alpine.
std::pair<QStringList, QString> languageOfImage(const QString &image)
{
    QString name = image.section(u'@', 0, 0);
    QString tag;
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > name.lastIndexOf(u'/')) {
        tag = name.mid(colon + 1);
        name = name.left(colon);
    }
    const QString last = name.section(u'/', -1).toLower();
    static const QRegularExpression jdk(uR"re((?:jdk-?|temurin-|java|corretto-?|openjdk-?)(\d+))re"_s);
    if (last == u"node" || last == u"bun")
        return {{u"javascript"_s, u"typescript"_s}, last == u"node" ? versionPrefix(tag) : QString()};
    if (last == u"python")
        return {{u"python"_s}, versionPrefix(tag)};
    if (last == u"ruby")
        return {{u"ruby"_s}, versionPrefix(tag)};
    if (last == u"golang")
        return {{u"go"_s}, versionPrefix(tag)};
    if (last == u"php")
        return {{u"php"_s}, versionPrefix(tag)};
    if (last == u"rust")
        return {{u"rust"_s}, versionPrefix(tag)};
    if (last == u"elixir")
        return {{u"elixir"_s}, versionPrefix(tag)};
    if (name.contains(u"dotnet/sdk") || name.contains(u"dotnet/aspnet") || name.contains(u"dotnet/runtime"))
        return {{u"csharp"_s}, versionPrefix(tag)};
    if (last == u"eclipse-temurin" || last == u"openjdk" || last == u"amazoncorretto" || last == u"ibm-semeru-runtimes")
        return {{u"java"_s, u"kotlin"_s}, versionPrefix(tag)};
    if (last == u"maven" || last == u"gradle") {
        const auto m = jdk.match(tag);
        return {{u"java"_s, u"kotlin"_s}, m.hasMatch() ? m.captured(1) : QString()};
    }
    return {};
}

void applyDockerfile(DetectionContext &ctx, ServiceDraft &d, const QString &file, int priority)
{
    const QByteArray *content = ctx.read(file);
    if (!content)
        return;
    const Dockerfile parsed = parseDockerfile(*content);
    if (!parsed.ok()) {
        ctx.warnInvalid(file, parsed.error, 0);
        return;
    }
    d.dockerfile.offer(file, priority, ev(u"dockerfile"_s, file, file));
    for (const DockerfileStage &stage : parsed.stages) {
        const auto [languages, version] = languageOfImage(stage.image.value);
        if (!version.isEmpty() && d.language.has() && languages.contains(d.language.get()))
            d.languageVersion.offer(version, Priority::BaseImage,
                                    ev(u"language_version"_s, version, file, stage.image.line));
    }
    if (!d.role.isEmpty())
        return; // a worker shares the image; its command comes from where it is declared
    const DockerfileStage &last = *parsed.finalStage();
    const int p = std::min(priority, Priority::Dockerfile);
    if (!last.exposed.isEmpty())
        d.port.offer(last.exposed.first().first, p,
                     ev(u"port"_s, QString::number(last.exposed.first().first), file, last.exposed.first().second));
    for (const auto &[name, value] : last.env) {
        if (!isPortVariable(name))
            continue;
        int port = 0;
        if (isPort(value.value, &port))
            d.port.offer(port, p, ev(u"port"_s, value.value, file, value.line));
        d.portEnv.offer(name, p, ev(u"port_env"_s, name, file, value.line));
    }
    if (!last.healthcheck.isEmpty() && last.healthcheck.value != u"NONE") {
        const HealthProbe probe = probeFromCommand(last.healthcheck.value);
        if (!probe.path.isEmpty())
            d.health.offer(probe.path, p, ev(u"health"_s, probe.path, file, last.healthcheck.line));
        if (probe.port)
            d.port.offer(probe.port, p, ev(u"port"_s, QString::number(probe.port), file, last.healthcheck.line));
    }
    const Located start = last.startCommand();
    if (!start.isEmpty()) {
        d.start.offer(start.value, p, ev(u"start"_s, start.value, file, start.line));
        offerStartCommandPort(d, start.value, ev(u"port"_s, start.value, file, start.line));
    }
    if (!last.exposed.isEmpty() || !last.healthcheck.isEmpty())
        d.servesHttp = true;
}

bool claimedByScope(const DetectionContext &ctx, const QString &dir)
{
    for (const ServiceDraft &s : ctx.services) {
        for (const Scope &scope : s.scopes) {
            if (scope.full && (scope.dir == dir || (!scope.exact && DetectionContext::isInside(dir, scope.dir))))
                return true;
        }
    }
    return false;
}

ServiceDraft &dockerDraft(DetectionContext &ctx, const QString &dir, const Evidence &why)
{
    ServiceDraft &d = ctx.addService(dir, u"docker"_s);
    d.addEvidence(why);
    return d;
}

QString toolOf(const QString &command)
{
    static const QRegularExpression re(uR"re(\b(celery|sidekiq|rq|queue:work|resque|good_job|beat)\b)re"_s);
    const auto m = re.match(command);
    return m.hasMatch() ? m.captured(1) : QString();
}

// A process (worker, release…) at `dir`: an existing one running the same tool, or a new one.
ServiceDraft *processAt(DetectionContext &ctx, const QString &dir, const QString &role, const QString &command,
                        const Evidence &evidence, int priority, const QSet<int> &taken)
{
    const QString tool = toolOf(command);
    for (ServiceDraft *s : ctx.servicesAt(dir)) {
        // A process next to the main one, or a main process that is itself a worker (an rq app).
        const bool workerMain = s->role.isEmpty() && s->kind.has() &&
                                (*s->kind.value == ServiceKind::Worker || *s->kind.value == ServiceKind::Job);
        if ((s->role.isEmpty() && !workerMain) || taken.contains(s->id))
            continue;
        if ((!tool.isEmpty() && toolOf(s->start.get()) == tool) || (!s->role.isEmpty() && s->role == role)) {
            s->start.offer(command, priority, evidence);
            return s;
        }
    }
    ServiceDraft *primary = ctx.primaryAt(dir);
    if (!primary)
        primary = &dockerDraft(ctx, dir, evidence);
    ServiceDraft &p = addProcess(ctx, *primary, role, command, evidence, priority);
    return &p;
}

} // namespace

void detectEnvFiles(DetectionContext &ctx)
{
    static const QStringList names = {u".env.example"_s, u".env.sample"_s,        u".env.template"_s, u".env.dist"_s,
                                      u"example.env"_s,  u".env.local.example"_s, u"env.example"_s,   u".env"_s};
    for (const QString &name : names) {
        for (int i : ctx.index.named(name)) {
            const QString file = ctx.index.files()[std::size_t(i)].path;
            if (DetectionContext::isNonServicePath(file))
                continue;
            const QByteArray *content = ctx.read(file);
            if (!content)
                continue;
            EnvFile envFile{file, parseEnvFile(*content)};
            for (const EnvFileEntry &e : envFile.entries) {
                const QString kind = backingKindOfUrl(e.value);
                if (!kind.isEmpty() && !ctx.envKinds.contains(e.name)) {
                    ctx.envKinds.insert(e.name, kind);
                    ctx.envKindEvidence.insert(e.name, ev(u"backing"_s, e.name, file, e.line));
                }
            }
            ctx.envFiles.append(envFile);
        }
    }
}

void detectDockerfiles(DetectionContext &ctx)
{
    for (int i : ctx.index.named(u"Dockerfile"_s)) {
        const QString file = ctx.index.files()[std::size_t(i)].path;
        const QString dir = FileIndex::parentOf(file);
        if (DetectionContext::isNonServicePath(dir))
            continue;
        const QList<ServiceDraft *> drafts = ctx.servicesAt(dir);
        if (!drafts.isEmpty()) {
            for (ServiceDraft *d : drafts)
                applyDockerfile(ctx, *d, file, Priority::Dockerfile);
            continue;
        }
        if (claimedByScope(ctx, dir))
            continue; // e.g. docker/nginx/Dockerfile inside an app: not this app's image
        ServiceDraft &d = dockerDraft(ctx, dir, ev(u"service"_s, u"Dockerfile"_s, file));
        applyDockerfile(ctx, d, file, Priority::Dockerfile);
    }
}

void detectCompose(DetectionContext &ctx)
{
    static const QStringList names = {u"compose.yaml"_s, u"compose.yml"_s, u"docker-compose.yaml"_s,
                                      u"docker-compose.yml"_s};
    QStringList files;
    QSet<QString> dirsDone;
    for (const QString &name : names) {
        for (int i : ctx.index.named(name)) {
            const QString file = ctx.index.files()[std::size_t(i)].path;
            const QString dir = FileIndex::parentOf(file);
            if (dirsDone.contains(dir) || DetectionContext::isNonServicePath(dir))
                continue;
            dirsDone.insert(dir);
            files << file;
        }
    }
    files.sort();
    QSet<int> taken; // drafts already bound to a compose service
    for (const QString &file : std::as_const(files)) {
        const QByteArray *content = ctx.read(file);
        if (!content)
            continue;
        const ComposeFile compose = parseComposeFile(*content);
        if (!compose.ok()) {
            ctx.warnInvalid(file, compose.error, compose.errorLine);
            continue;
        }
        const QString composeDir = FileIndex::parentOf(file);
        QSet<QString> serviceNames;
        for (const ComposeService &s : compose.services)
            serviceNames.insert(s.name);
        for (const ComposeService &s : compose.services) {
            const Evidence why = ev(u"service"_s, s.name, file, s.line);
            if (!s.hasBuild) {
                if (s.image.isEmpty())
                    continue;
                QString version;
                const QString kind = kindOfImage(s.image.value, &version);
                if (!kind.isEmpty()) {
                    ctx.backing.append(DeclaredBackingService{
                        s.name, kind, version, ev(u"backing"_s, s.image.value, file, s.image.line), {}});
                } else {
                    ctx.warnings.add(u"image-service"_s,
                                     tr("The compose service \"%1\" runs the image %2, which is not built from this "
                                        "repository; add it to the plan as an image service if it is needed.")
                                         .arg(s.name, s.image.value),
                                     file);
                }
                continue;
            }
            const QString context = normalise(composeDir, s.context);
            if (context.isEmpty()) {
                ctx.warnings.add(
                    u"compose-context-outside"_s,
                    tr("The compose service \"%1\" builds from %2, outside the repository; it was skipped.")
                        .arg(s.name, s.context),
                    file);
                continue;
            }
            const QString dockerfile = normalise(context, s.dockerfile.isEmpty() ? u"Dockerfile"_s : s.dockerfile);
            const QString command = s.command.isEmpty() ? s.entrypoint.value : s.command.value;
            const bool worker = !command.isEmpty() && s.ports.isEmpty() && looksLikeWorker(command);

            ServiceDraft *d = nullptr;
            const QStringList dirs = {context, dockerfile.isEmpty() ? context : FileIndex::parentOf(dockerfile)};
            for (const QString &dir : dirs) {
                for (ServiceDraft *c : ctx.servicesAt(dir)) {
                    if (!d && c->explicitName == s.name)
                        d = c;
                }
            }
            if (!d && worker) {
                for (const QString &dir : dirs) {
                    for (ServiceDraft *c : ctx.servicesAt(dir)) {
                        if (!d && !c->role.isEmpty() && !taken.contains(c->id) &&
                            toolOf(c->start.get()) == toolOf(command))
                            d = c;
                    }
                }
            }
            if (!d && !worker) {
                for (const QString &dir : dirs) {
                    ServiceDraft *p = ctx.primaryAt(dir);
                    if (!d && p && !taken.contains(p->id))
                        d = p;
                }
            }
            if (!d) {
                ServiceDraft *p = nullptr;
                for (const QString &dir : dirs)
                    p = p ? p : ctx.primaryAt(dir);
                if (p) {
                    d = &addProcess(ctx, *p, worker ? u"worker"_s : s.name, command,
                                    ev(u"start"_s, command, file, s.command.line), Priority::Compose);
                    if (!worker)
                        d->kind = Pick<ServiceKind>();
                } else {
                    d = &dockerDraft(ctx, context, why);
                }
            }
            taken.insert(d->id);
            d->explicitName = s.name;
            d->addEvidence(why);
            if (ctx.index.hasFile(dockerfile))
                applyDockerfile(ctx, *d, dockerfile, Priority::Compose);
            if (!s.ports.isEmpty())
                d->port.offer(s.ports.first().first, Priority::Compose,
                              ev(u"port"_s, QString::number(s.ports.first().first), file, s.ports.first().second));
            for (const ComposeEnv &e : s.environment) {
                d->declareEnv(e.name, e.hasValue && !e.value.isEmpty(), ev(u"env"_s, e.name, file, e.line));
                const QString kind = backingKindOfUrl(e.value);
                if (!kind.isEmpty() && !ctx.envKinds.contains(e.name)) {
                    ctx.envKinds.insert(e.name, kind);
                    ctx.envKindEvidence.insert(e.name, ev(u"backing"_s, e.name, file, e.line));
                }
                if (isPortVariable(e.name)) {
                    int port = 0;
                    if (isPort(e.value, &port))
                        d->port.offer(port, Priority::Compose, ev(u"port"_s, e.value, file, e.line));
                    d->portEnv.offer(e.name, Priority::Compose, ev(u"port_env"_s, e.name, file, e.line));
                }
                // URLs naming another compose service are dependencies.
                static const QRegularExpression host(uR"re(://(?:[^@/\s]*@)?([A-Za-z0-9_.\-]+)(?::\d+)?)re"_s);
                auto it = host.globalMatch(e.value);
                while (it.hasNext()) {
                    const QString h = it.next().captured(1);
                    if (h != s.name && serviceNames.contains(h) && !d->dependsOn.contains(h))
                        d->dependsOn.insert(h, ev(u"depends_on"_s, h, file, e.line));
                }
            }
            for (const Located &envFile : s.envFiles) {
                // Variables from an env_file the repository holds (an .env itself is usually ignored).
                const QString path = normalise(composeDir, envFile.value);
                const QByteArray *content = path.isEmpty() ? nullptr : ctx.read(path);
                if (!content)
                    continue;
                for (const EnvFileEntry &e : parseEnvFile(*content))
                    d->declareEnv(e.name, !e.value.isEmpty(), ev(u"env"_s, e.name, path, e.line));
            }
            for (const Located &dep : s.dependsOn)
                d->dependsOn.insert(dep.value, ev(u"depends_on"_s, dep.value, file, dep.line));
            if (!command.isEmpty()) {
                const int line = s.command.isEmpty() ? s.entrypoint.line : s.command.line;
                d->start.offer(command, Priority::Compose, ev(u"start"_s, command, file, line));
                offerStartCommandPort(*d, command, ev(u"port"_s, command, file, line));
                if (worker) {
                    d->kind.offer(ServiceKind::Worker, Priority::Compose, ev(u"kind"_s, u"worker"_s, file, line));
                    d->codeFacts = false;
                }
            }
            if (!s.healthcheck.isEmpty()) {
                const HealthProbe probe = probeFromCommand(s.healthcheck.value);
                if (!probe.path.isEmpty())
                    d->health.offer(probe.path, Priority::Compose,
                                    ev(u"health"_s, probe.path, file, s.healthcheck.line));
                if (probe.port)
                    d->port.offer(probe.port, Priority::Compose - 1,
                                  ev(u"port"_s, QString::number(probe.port), file, s.healthcheck.line));
            }
        }
    }
}

void detectProcfiles(DetectionContext &ctx)
{
    for (int i : ctx.index.named(u"Procfile"_s)) {
        const QString file = ctx.index.files()[std::size_t(i)].path;
        const QString dir = FileIndex::parentOf(file);
        if (DetectionContext::isNonServicePath(dir))
            continue;
        const QByteArray *content = ctx.read(file);
        if (!content)
            continue;
        const Procfile procfile = parseProcfile(*content);
        if (!procfile.ok()) {
            ctx.warnInvalid(file, procfile.error, 0);
            continue;
        }
        const bool atRoot = dir == u".";
        QSet<int> taken;
        for (const ProcfileEntry &entry : procfile.entries) {
            const Evidence e = ev(u"start"_s, entry.command.value, file, entry.command.line);
            ServiceDraft *d = nullptr;
            if (entry.name == u"web") {
                d = ctx.primaryAt(dir);
                if (!d)
                    d = &dockerDraft(ctx, dir, ev(u"service"_s, u"web"_s, file, entry.command.line));
                d->start.offer(entry.command.value, Priority::Procfile, e);
                offerStartCommandPort(*d, entry.command.value,
                                      ev(u"port"_s, entry.command.value, file, entry.command.line));
                d->servesHttp = true;
            } else {
                d = processAt(ctx, dir, entry.name, entry.command.value, e, Priority::Procfile, taken);
                const bool job = entry.name == u"release";
                d->kind.offer(job ? ServiceKind::Job : ServiceKind::Worker, Priority::Procfile,
                              ev(u"kind"_s, job ? u"job"_s : u"worker"_s, file, entry.command.line));
            }
            taken.insert(d->id);
            d->addEvidence(ev(u"service"_s, entry.name, file, entry.command.line));
            if (atRoot && d->explicitName.isEmpty())
                d->explicitName = entry.name;
        }
    }
}

void detectDeployManifests(DetectionContext &ctx)
{
    QSet<int> taken;
    const auto applyService = [&](const DeclaredService &s, const QString &file, const QString &dir, ServiceDraft &d) {
        if (!s.build.isEmpty())
            d.build.offer(s.build.value, Priority::DeployManifest, ev(u"build"_s, s.build.value, file, s.build.line));
        if (!s.start.isEmpty()) {
            d.start.offer(s.start.value, Priority::DeployManifest, ev(u"start"_s, s.start.value, file, s.start.line));
            offerStartCommandPort(d, s.start.value, ev(u"port"_s, s.start.value, file, s.start.line));
        }
        if (!s.health.isEmpty())
            d.health.offer(s.health.value, Priority::DeployManifest,
                           ev(u"health"_s, s.health.value, file, s.health.line));
        if (s.port)
            d.port.offer(*s.port, Priority::DeployManifest, ev(u"port"_s, QString::number(*s.port), file, s.portLine));
        if (!s.dockerfile.isEmpty()) {
            const QString path = normalise(dir, s.dockerfile.value);
            if (!path.isEmpty() && ctx.index.hasFile(path)) {
                applyDockerfile(ctx, d, path, Priority::DeployManifest);
                d.dockerfile.offer(path, Priority::DeployManifest, ev(u"dockerfile"_s, path, file, s.dockerfile.line));
            }
        }
        for (const DeclaredEnv &e : s.env) {
            d.declareEnv(e.name, e.hasValue, ev(u"env"_s, e.name, file, e.line), e.required);
            if (!e.backingKind.isEmpty() && !ctx.envKinds.contains(e.name)) {
                ctx.envKinds.insert(e.name, e.backingKind);
                ctx.envKindEvidence.insert(e.name, ev(u"backing"_s, e.name, file, e.line));
            }
        }
        for (const DeclaredProcess &p : s.processes) {
            if (p.name == u"app" || p.name == u"web") {
                d.start.offer(p.command.value, Priority::DeployManifest,
                              ev(u"start"_s, p.command.value, file, p.command.line));
                continue;
            }
            if (p.name == u"postdeploy")
                continue; // Heroku review apps only
            ServiceDraft *w =
                processAt(ctx, d.path, p.name, p.command.value, ev(u"start"_s, p.command.value, file, p.command.line),
                          Priority::DeployManifest, taken);
            const bool job = p.name == u"release";
            w->kind.offer(job ? ServiceKind::Job : ServiceKind::Worker, Priority::DeployManifest,
                          ev(u"kind"_s, job ? u"job"_s : u"worker"_s, file, p.command.line));
            w->addEvidence(ev(u"service"_s, p.name, file, p.command.line));
            taken.insert(w->id);
        }
        d.addEvidence(
            ev(u"service"_s, s.name.value.isEmpty() ? file.section(u'/', -1) : s.name.value, file, s.name.line));
    };
    const auto primaryFor = [&](const QString &dir, const QString &file) -> ServiceDraft & {
        if (ServiceDraft *p = ctx.primaryAt(dir))
            return *p;
        return dockerDraft(ctx, dir, ev(u"service"_s, file.section(u'/', -1), file));
    };

    // render.yaml: several services with their own folders and names.
    if (const int i = ctx.index.find(u"render.yaml"); i >= 0) {
        if (const QByteArray *content = ctx.index.content(i)) {
            const DeployManifest m = parseRenderYaml(*content);
            if (!m.ok()) {
                ctx.warnInvalid(u"render.yaml"_s, m.error, m.errorLine);
            } else {
                for (const DeclaredBacking &b : m.backing)
                    ctx.backing.append(DeclaredBackingService{
                        b.name, b.kind, QString(), ev(u"backing"_s, b.name, u"render.yaml"_s, b.line), {}});
                for (const DeclaredService &s : m.services) {
                    const QString dir = normalise(u"."_s, s.rootDir.isEmpty() ? u"."_s : s.rootDir);
                    if (dir.isEmpty())
                        continue;
                    ServiceDraft *d = nullptr;
                    if (s.type == u"worker" || s.type == u"cron" || s.type == u"background_worker") {
                        d = processAt(ctx, dir, s.type == u"cron" ? u"cron"_s : u"worker"_s, s.start.value,
                                      ev(u"start"_s, s.start.value, u"render.yaml"_s, s.start.line),
                                      Priority::DeployManifest, taken);
                        d->kind.offer(s.type == u"cron" ? ServiceKind::Job : ServiceKind::Worker,
                                      Priority::DeployManifest, ev(u"kind"_s, s.type, u"render.yaml"_s, s.name.line));
                    } else {
                        d = &primaryFor(dir, u"render.yaml"_s);
                        if (taken.contains(d->id))
                            d = &dockerDraft(ctx, dir, ev(u"service"_s, s.name.value, u"render.yaml"_s, s.name.line));
                        if (s.type == u"static" || s.runtime.value == u"static")
                            d->kind.offer(ServiceKind::Static, Priority::DeployManifest,
                                          ev(u"kind"_s, u"static"_s, u"render.yaml"_s, s.name.line));
                    }
                    taken.insert(d->id);
                    if (!s.name.isEmpty())
                        d->explicitName = s.name.value;
                    applyService(s, u"render.yaml"_s, dir, *d);
                }
            }
        }
    }
    for (const QString &name : {u"fly.toml"_s, u"railway.toml"_s, u"railway.json"_s, u"app.json"_s}) {
        for (int i : ctx.index.named(name)) {
            const QString file = ctx.index.files()[std::size_t(i)].path;
            const QString dir = FileIndex::parentOf(file);
            if (DetectionContext::isNonServicePath(dir))
                continue;
            const QByteArray *content = ctx.index.content(i);
            if (!content)
                continue;
            if (name == u"app.json" && !(content->contains("\"env\"") || content->contains("\"addons\"") ||
                                         content->contains("\"formation\"") || content->contains("\"buildpacks\"")))
                continue; // not a Heroku manifest
            const DeployManifest m = name == u"fly.toml"       ? parseFlyToml(*content)
                                     : name == u"railway.toml" ? parseRailwayToml(*content)
                                     : name == u"railway.json" ? parseRailwayJson(*content)
                                                               : parseAppJson(*content);
            if (!m.ok()) {
                ctx.warnInvalid(file, m.error, m.errorLine);
                continue;
            }
            for (const DeclaredBacking &b : m.backing) {
                bool known = false;
                for (const DeclaredBackingService &existing : std::as_const(ctx.backing))
                    known = known || existing.kind == b.kind;
                if (!known)
                    ctx.backing.append(
                        DeclaredBackingService{b.name, b.kind, QString(), ev(u"backing"_s, b.name, file, b.line), {}});
            }
            for (const DeclaredService &s : m.services) {
                ServiceDraft &d = primaryFor(dir, file);
                DeclaredService copy = s;
                copy.name = Located{}; // fly's app name is the platform app, not a service name
                applyService(copy, file, dir, d);
            }
        }
    }
}

} // namespace hydron::analysis
