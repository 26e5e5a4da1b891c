// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/planner.h"

#include "core/planning/backing.h"
#include "core/planning/dockerfiles.h"
#include "core/planning/servercatalog.h"
#include "core/source/apptemplate.h"
#include "core/source/templatecatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

// Names of secrets the app makes up itself: any long random value works.
const QStringList generatableSecrets{
    u"SECRET_KEY"_s,      u"DJANGO_SECRET_KEY"_s, u"SECRET_KEY_BASE"_s, u"JWT_SECRET"_s,       u"SESSION_SECRET"_s,
    u"NEXTAUTH_SECRET"_s, u"AUTH_SECRET"_s,       u"COOKIE_SECRET"_s,   u"FLASK_SECRET_KEY"_s, u"APP_SECRET"_s,
};

// Names of variables that hold the app's own public URL.
const QStringList publicUrlNames{u"APP_URL"_s,      u"PUBLIC_URL"_s, u"BASE_URL"_s,      u"SITE_URL"_s,
                                 u"NEXTAUTH_URL"_s, u"ORIGIN"_s,     u"PUBLIC_ORIGIN"_s, u"RAILS_HOST"_s};

bool looksSecret(const QString &name)
{
    static const QRegularExpression secret(
        u"(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|MASTER_KEY|CREDENTIALS|_DSN$|_KEY$)"_s);
    return secret.match(name.toUpper()).hasMatch();
}

int stackMemoryMb(const QString &stack)
{
    if (stack.startsWith(u"java"))
        return 1024;
    if (stack == u"ruby")
        return 768;
    if (stack == u"go" || stack == u"rust")
        return 256;
    if (stack.startsWith(u"static"))
        return 64;
    return 512;
}

int startPeriodFor(const QString &stack)
{
    if (stack.startsWith(u"java"))
        return 60;
    if (stack == u"ruby")
        return 30;
    if (stack == u"elixir" || stack == u"dotnet")
        return 20;
    return 10;
}

QString alphabetName(source::SecretGenerator::Alphabet a)
{
    switch (a) {
    case source::SecretGenerator::Alphabet::Alphanumeric:
        return u"alphanumeric"_s;
    case source::SecretGenerator::Alphabet::Hex:
        return u"hex"_s;
    case source::SecretGenerator::Alphabet::Base64:
        return u"base64"_s;
    }
    return u"alphanumeric"_s;
}

QString escapeTemplate(const QString &text)
{
    return QString(text).replace(u"$"_s, u"$$"_s);
}

QString publicUrl(const PlanService &s)
{
    if (s.domains.isEmpty())
        return {};
    const PlanDomain &d = s.domains.first();
    return (d.tls == TlsMode::None ? u"http://"_s : u"https://"_s) + d.host;
}

struct Context
{
    const Project &project;
    const PlanOptions &options;
    PlanDocument doc;
    QMap<QString, BackingEngine> engines; // backing service name → engine
    QMap<QString, QStringList> claims;    // backing service name → env names its consumers use
    QMap<QString, const Service *> models;

    void addSecret(const QString &ref, std::optional<SecretGenerate> generate, const QString &description)
    {
        if (!doc.secret(ref))
            doc.secrets.append(PlanSecret{ref, generate, description});
    }

    // Services built from the same code (a web app and its worker) share their secrets: the
    // reference belongs to the first of them by name.
    QString secretRef(const QString &service, const QString &name) const
    {
        const Service *model = models.value(service);
        QString owner = service;
        for (const Service &other : project.services) {
            if (!model || other.kind == ServiceKind::Backing || other.source != model->source ||
                other.path != model->path || other.name >= owner)
                continue;
            if (std::ranges::any_of(other.env, [&](const EnvVar &e) { return e.name == name; }))
                owner = other.name;
        }
        return owner + u'.' + name;
    }

    void userSecret(PlanService &s, const QString &name, bool required)
    {
        const QString ref = secretRef(s.name, name);
        addSecret(ref, std::nullopt, tr("Given by you: %1 of %2.").arg(name, ref.left(ref.indexOf(u'.'))));
        s.env.append(PlanEnvVar::secret(name, ref, required));
    }
};

// Template values: "${service.NAME}" refers to another variable, "${public_url}" to the
// service's public URL, "$$" is a literal '$'.
void templateEnv(Context &c, PlanService &s, const source::AppTemplate &tmpl, const source::TemplateService &ts,
                 const Service &model)
{
    for (const source::TemplateEnvVar &var : ts.env) {
        const QString ref = s.name + u'.' + var.name;
        // A value the user typed into the project wins over the template's.
        auto given = std::ranges::find_if(model.env, [&](const EnvVar &e) { return e.name == var.name; });
        if (given != model.env.end() && !given->secret && !given->value.isEmpty() && given->value != var.value &&
            !var.secret) {
            s.env.append(PlanEnvVar::literal(var.name, given->value, var.required));
            continue;
        }
        if (var.generate) {
            c.addSecret(ref, SecretGenerate{var.generate->length, alphabetName(var.generate->alphabet)},
                        tr("Generated for %1 by the template.").arg(s.name));
            s.env.append(PlanEnvVar::secret(var.name, ref));
            continue;
        }
        if (var.required) {
            if (var.secret)
                c.userSecret(s, var.name, true);
            else
                s.env.append(PlanEnvVar{var.name, PlanEnvVar::Kind::Unset, {}, true});
            continue;
        }
        QString text;
        bool sensitive = false;
        const QString &v = var.value;
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v.at(i) == u'$' && i + 1 < v.size() && v.at(i + 1) == u'$') {
                text += u"$$"_s;
                ++i;
            } else if (v.at(i) == u'$' && i + 1 < v.size() && v.at(i + 1) == u'{') {
                const qsizetype close = v.indexOf(u'}', i + 2);
                const QString name = v.mid(i + 2, close - i - 2);
                i = close;
                if (name == u"public_url") {
                    const QString url = publicUrl(s);
                    if (url.isEmpty())
                        c.doc.notes.append(tr("%1: %2 needs the service's public URL; give the service a domain.")
                                               .arg(s.name, var.name));
                    text += escapeTemplate(url.isEmpty() ? u"http://localhost"_s : url);
                    continue;
                }
                const qsizetype dot = name.indexOf(u'.');
                const source::TemplateService *target = tmpl.service(name.left(dot));
                const source::TemplateEnvVar *tv = nullptr;
                if (target) {
                    for (const auto &e : target->env) {
                        if (e.name == name.mid(dot + 1))
                            tv = &e;
                    }
                }
                if (tv && (tv->generate || tv->secret)) {
                    text += u"${secret:"_s + name + u'}';
                    sensitive = true;
                } else if (tv) {
                    text += escapeTemplate(tv->value);
                }
            } else {
                text += v.at(i);
            }
        }
        if (sensitive) {
            s.env.append(PlanEnvVar::templated(var.name, text));
        } else {
            QString literal;
            forEachTemplatePart(
                text, [&](const QString &part) { literal += part; }, [](const QString &) {});
            s.env.append(PlanEnvVar::literal(var.name, literal));
        }
    }
}

void fromTemplate(PlanService &s, const source::TemplateService &ts)
{
    s.image = ts.image.familiarName();
    s.command = ts.command;
    s.isPublic = ts.isPublic;
    for (const source::TemplateVolume &v : ts.volumes)
        s.volumes.append(PlanVolume{v.name, v.path});
    const source::TemplateHealthCheck &h = ts.health;
    s.health.type = !h.httpPath.isEmpty()  ? PlanHealth::Type::Http
                    : !h.command.isEmpty() ? PlanHealth::Type::Command
                                           : PlanHealth::Type::None;
    s.health.path = h.httpPath;
    s.health.port = s.ports.value(0);
    s.health.command = h.command;
    s.health.intervalSeconds = h.intervalSeconds;
    s.health.timeoutSeconds = h.timeoutSeconds;
    s.health.retries = h.retries;
    s.health.startPeriodSeconds = h.startPeriodSeconds;
    s.runtime = u"unknown"_s;
    if (auto engine = backingEngineForImage(s.image))
        s.memoryMb = engine->memoryMb;
    else
        s.memoryMb = 512;
}

const source::AppTemplate *findTemplate(const Project &project, const PlanOptions &options,
                                        std::optional<source::TemplateCatalog> &storage)
{
    if (options.appTemplate)
        return options.appTemplate;
    if (project.source.kind != ProjectSource::Kind::Template)
        return nullptr;
    auto catalog = source::TemplateCatalog::load();
    if (!catalog)
        return nullptr;
    storage = std::move(*catalog);
    return storage->find(project.source.location);
}

bool usesPrisma(const QString &root, const Service &s)
{
    if (root.isEmpty())
        return false;
    const QString dir = root + u'/' + (s.path.isEmpty() ? u"."_s : s.path);
    if (QFileInfo::exists(dir + u"/prisma/schema.prisma"_s))
        return true;
    QFile pkg(dir + u"/package.json"_s);
    return pkg.size() < 1024 * 1024 && pkg.open(QIODevice::ReadOnly) && pkg.readAll().contains("\"prisma\"");
}

QStringList postDeployFor(const Service &s, const QString &root)
{
    const bool web = s.kind == ServiceKind::Web || s.kind == ServiceKind::Api;
    if (!web)
        return {};
    if (s.framework == u"django")
        return {u"python manage.py migrate --noinput"_s};
    if (s.framework == u"rails")
        return {u"bundle exec rails db:migrate"_s};
    if (s.framework == u"laravel")
        return {u"php artisan migrate --force"_s};
    if ((s.language == u"javascript" || s.language == u"typescript") && usesPrisma(root, s)) {
        if (s.packageManager == u"pnpm")
            return {u"pnpm exec prisma migrate deploy"_s};
        if (s.packageManager == u"yarn")
            return {u"yarn prisma migrate deploy"_s};
        return {u"npx prisma migrate deploy"_s};
    }
    return {};
}

void wireEnv(Context &c, PlanService &s, const Service &model)
{
    for (const EnvVar &var : model.env) {
        if (s.envVar(var.name))
            continue;
        if (var.secret) {
            c.userSecret(s, var.name, var.required);
            continue;
        }
        if (!var.value.isEmpty()) {
            s.env.append(PlanEnvVar::literal(var.name, var.value, var.required));
            continue;
        }
        // A database, cache or broker this service depends on: claimed names first.
        std::optional<PlanEnvVar> wired;
        for (int pass = 0; pass < 2 && !wired; ++pass) {
            for (const QString &dep : model.dependsOn) {
                if (!c.engines.contains(dep))
                    continue;
                const bool claimed = c.claims.value(dep).contains(var.name);
                if ((pass == 0) != claimed)
                    continue;
                if (const PlanService *b = c.doc.service(dep))
                    wired = connectionVariable(var.name, var.required, *b, c.engines.value(dep), claimed);
                if (wired)
                    break;
            }
        }
        if (wired) {
            wired->name = var.name;
            s.env.append(*wired);
            continue;
        }
        const QString upper = var.name.toUpper();
        // Another app service this one depends on: "API_URL" → "http://api:4000".
        QString serviceUrl;
        for (const QString &dep : model.dependsOn) {
            const Service *other = c.models.value(dep);
            if (!other || other->kind == ServiceKind::Backing || other->ports.isEmpty())
                continue;
            const QString prefix = QString(dep).toUpper().replace(u'-', u'_');
            if (upper.startsWith(prefix) && (upper.endsWith(u"_URL") || upper.endsWith(u"_ORIGIN")))
                serviceUrl = u"http://%1:%2"_s.arg(dep).arg(other->ports.first());
        }
        if (!serviceUrl.isEmpty()) {
            s.env.append(PlanEnvVar::literal(var.name, serviceUrl, var.required));
        } else if ((var.name == model.portEnv || upper == u"PORT") && !s.ports.isEmpty()) {
            s.env.append(PlanEnvVar::literal(var.name, QString::number(s.ports.first()), var.required));
        } else if (upper == u"HOST" || upper == u"BIND_HOST") {
            s.env.append(PlanEnvVar::literal(var.name, u"0.0.0.0"_s, var.required));
        } else if (generatableSecrets.contains(upper)) {
            const QString ref = c.secretRef(s.name, var.name);
            c.addSecret(ref, SecretGenerate{64, u"alphanumeric"_s},
                        tr("Generated: %1 of %2.").arg(var.name, ref.left(ref.indexOf(u'.'))));
            s.env.append(PlanEnvVar::secret(var.name, ref, var.required));
        } else if (publicUrlNames.contains(upper) && !publicUrl(s).isEmpty()) {
            s.env.append(PlanEnvVar::literal(var.name, publicUrl(s), var.required));
        } else if (upper.endsWith(u"ALLOWED_HOSTS")) {
            QStringList hosts{u"localhost"_s, u"127.0.0.1"_s, s.name};
            for (const PlanDomain &d : std::as_const(s.domains))
                hosts.append(d.host);
            s.env.append(PlanEnvVar::literal(var.name, hosts.join(u','), var.required));
        } else if (var.required && looksSecret(var.name)) {
            c.userSecret(s, var.name, true);
        } else {
            s.env.append(PlanEnvVar{var.name, PlanEnvVar::Kind::Unset, {}, var.required});
        }
    }
}

} // namespace

QString dockerName(const QString &text)
{
    QString out;
    for (const QChar ch : text.toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            out.append(ch);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"project"_s : out.left(50);
}

Result<PlanDocument> generatePlan(const Project &project, const PlanOptions &options)
{
    std::optional<ServerCatalog> catalogStorage;
    const ServerCatalog *catalog = options.catalog;
    if (!catalog && !options.server) {
        auto loaded = ServerCatalog::load();
        if (!loaded)
            return std::unexpected(loaded.error());
        catalogStorage = std::move(*loaded);
        catalog = &*catalogStorage;
    }
    std::optional<source::TemplateCatalog> templateStorage;
    const source::AppTemplate *tmpl = findTemplate(project, options, templateStorage);

    Context c{project, options, {}, {}, {}, {}};
    c.doc.project = project.name;
    c.doc.network = dockerName(project.name) + u"-internal"_s;
    for (const Service &s : project.services)
        c.models.insert(s.name, &s);
    for (auto it = options.domains.cbegin(); it != options.domains.cend(); ++it) {
        if (!c.models.contains(it.key()))
            c.doc.notes.append(
                tr("There is no service \"%1\" for the domains %2.").arg(it.key(), it.value().join(u", ")));
    }
    if (project.source.kind == ProjectSource::Kind::Template && !tmpl)
        c.doc.notes.append(tr("The template \"%1\" is not in the gallery; its services are planned from their images.")
                               .arg(project.source.location));

    // Which services are served to the internet: web and static ones, and APIs when nothing
    // else is (or when the user gave them a domain).
    const bool haveFrontend = std::ranges::any_of(
        project.services, [](const Service &s) { return s.kind == ServiceKind::Web || s.kind == ServiceKind::Static; });
    QString primary;
    for (ServiceKind kind : {ServiceKind::Web, ServiceKind::Static, ServiceKind::Api}) {
        for (const Service &s : project.services) {
            if (s.kind == kind && primary.isEmpty())
                primary = s.name;
        }
    }

    // Pass 1: the services themselves (backing ones configured first so others can wire to them).
    for (const Service &model : project.services) {
        PlanService s;
        s.name = model.name;
        s.kind = model.kind;
        s.ports = model.ports;
        s.dependsOn = model.dependsOn;
        for (const QString &volume : model.volumes) {
            const qsizetype colon = volume.indexOf(u':');
            if (colon > 0)
                s.volumes.append(PlanVolume{volume.left(colon), volume.mid(colon + 1)});
        }
        const source::TemplateService *ts = nullptr;
        if (tmpl && model.source == ServiceSource::Template)
            ts = tmpl->service(model.name);

        std::optional<BackingEngine> engine;
        if (model.kind == ServiceKind::Backing)
            engine = backingEngineForImage(model.image);
        if (ts) {
            fromTemplate(s, *ts);
        } else if (engine) {
            s.image = model.image;
            configureBacking(s, *engine, c.doc.secrets);
            c.engines.insert(s.name, *engine);
            QStringList claims;
            for (const EnvVar &e : model.env)
                claims.append(e.name);
            c.claims.insert(s.name, claims);
        } else if (model.source == ServiceSource::Image || model.source == ServiceSource::Template ||
                   model.kind == ServiceKind::Backing) {
            s.image = model.image;
            s.runtime = u"unknown"_s;
            s.memoryMb = 512;
            // A start command given for an image replaces the image's own (exec form, no shell).
            if (model.source == ServiceSource::Image && !model.start.trimmed().isEmpty())
                s.command = QProcess::splitCommand(model.start);
            if (model.image.isEmpty())
                c.doc.notes.append(tr("%1: no image is known for this service; choose one.").arg(s.name));
        } else if (!model.dockerfile.isEmpty()) {
            PlanBuild build;
            build.context = model.path.isEmpty() ? u"."_s : model.path;
            build.dockerfile = model.dockerfile;
            s.build = build;
            s.runtime = u"unknown"_s;
            s.memoryMb = stackMemoryMb(stackFor(model));
        } else {
            auto generated = generateDockerfile(model, options.sourceRoot);
            if (!generated) {
                c.doc.notes.append(generated.error().message);
                s.image = model.image;
                s.runtime = u"unknown"_s;
                s.memoryMb = 512;
            } else {
                PlanBuild build;
                build.context = generated->context;
                build.generatedDockerfile = generated->dockerfile;
                build.dockerignore = generated->dockerignore;
                build.stack = generated->stack;
                build.args = generated->args;
                s.build = build;
                s.runtime = generated->runtime;
                s.memoryMb = stackMemoryMb(generated->stack);
                c.doc.notes.append(generated->notes);
                if (generated->stack.startsWith(u"static") && s.ports.isEmpty())
                    s.ports = {8080};
                if (generated->stack == u"php" && s.ports.isEmpty() && s.kind != ServiceKind::Worker)
                    s.ports = {8080};
                s.command.clear();
            }
        }
        if (model.kind == ServiceKind::Backing && !engine && !model.image.isEmpty())
            c.doc.notes.append(tr("%1: %2 is not an image Hydron knows; set its credentials and health check yourself.")
                                   .arg(s.name, model.image));

        // Health checks for app services not configured above.
        if (!ts && !engine) {
            const QString stack = s.build ? s.build->stack : QString();
            s.health.startPeriodSeconds = startPeriodFor(stack);
            s.health.intervalSeconds = model.health.intervalSeconds;
            s.health.timeoutSeconds = model.health.timeoutSeconds;
            const bool served =
                s.kind == ServiceKind::Web || s.kind == ServiceKind::Api || s.kind == ServiceKind::Static;
            if (!model.health.path.isEmpty() && !s.ports.isEmpty()) {
                s.health.type = PlanHealth::Type::Http;
                s.health.path = model.health.path;
                s.health.port = s.ports.first();
            } else if (served && !s.ports.isEmpty()) {
                s.health.type = PlanHealth::Type::Http;
                s.health.path = u"/"_s;
                s.health.port = s.ports.first();
                if (s.kind == ServiceKind::Api)
                    c.doc.notes.append(tr("%1: no health endpoint was found; the plan checks \"/\". Set a health "
                                          "path if the API answers an error there.")
                                           .arg(s.name));
            }
        }

        // Public exposure and domains.
        if (!ts) {
            const bool served = s.kind == ServiceKind::Web || s.kind == ServiceKind::Static ||
                                (s.kind == ServiceKind::Api && !haveFrontend);
            s.isPublic = served || options.domains.contains(s.name);
        }
        if (s.isPublic)
            s.publicPort = s.ports.value(0);
        QStringList hosts = options.domains.value(s.name);
        if (hosts.isEmpty() && s.isPublic && !options.domain.isEmpty())
            hosts = {s.name == primary || primary.isEmpty() ? options.domain : s.name + u'.' + options.domain};
        for (const QString &host : std::as_const(hosts)) {
            const QString h = host.trimmed().toLower();
            TlsMode tls = options.tls;
            if (tls == TlsMode::Acme && isTestDomain(h)) {
                tls = TlsMode::Internal;
                c.doc.notes.append(tr("%1: %2 is a private or test name; it gets a certificate from the proxy's "
                                      "own CA instead of a public one.")
                                       .arg(s.name, h));
            }
            s.domains.append(PlanDomain{h, tls});
        }
        if (s.kind == ServiceKind::Job)
            c.doc.notes.append(tr("%1 is a one-off job: it runs to completion once per deploy, after the services "
                                  "it depends on are healthy.")
                                   .arg(s.name));
        s.postDeploy = postDeployFor(model, options.sourceRoot);
        c.doc.services.append(s);
    }

    // Pass 2: environment, now that every backing service is known.
    for (const Service &model : project.services) {
        PlanService *s = c.doc.service(model.name);
        if (c.engines.contains(model.name))
            continue;
        if (tmpl && model.source == ServiceSource::Template && tmpl->service(model.name))
            templateEnv(c, *s, *tmpl, *tmpl->service(model.name), model);
        wireEnv(c, *s, model);
    }

    std::ranges::sort(c.doc.services, {}, &PlanService::name);
    std::ranges::sort(c.doc.secrets, {}, &PlanSecret::ref);

    if (options.server) {
        const ServerSpec &spec = *options.server;
        ServerPlan &server = c.doc.server;
        server.cpus = spec.cpus;
        server.memoryMb = spec.memoryMb;
        server.diskGb = spec.diskGb;
        server.location = spec.location;
        server.serverName = options.serverName;
        const ServerNeeds needs = estimateNeeds(c.doc.services);
        server.reasoning = needs.reasons.join(u' ') + u' ' +
                           tr("The project runs on %1, which you chose (%2 MB of memory).")
                               .arg(options.serverName.isEmpty() ? tr("your server") : options.serverName)
                               .arg(spec.memoryMb);
    } else {
        auto chosen = chooseServer(estimateNeeds(c.doc.services), *catalog, options.location);
        if (!chosen)
            return std::unexpected(chosen.error());
        c.doc.server = *chosen;
    }
    return c.doc;
}

QString planSummary(const PlanDocument &plan)
{
    QStringList lines;
    const ServerPlan &server = plan.server;
    if (!server.serverName.isEmpty())
        lines.append(tr("Server: %1 (%2 vCPU, %3 MB memory, %4 GB disk)")
                         .arg(server.serverName)
                         .arg(server.cpus)
                         .arg(server.memoryMb)
                         .arg(server.diskGb));
    else if (!server.offerId.isEmpty())
        lines.append(
            tr("Server: %1 in %2, %3 %4 a month")
                .arg(server.offerName, server.location, QString::number(server.monthlyPrice, 'f', 2), server.currency));
    if (!server.reasoning.isEmpty())
        lines.append(tr("  why: %1").arg(server.reasoning));
    lines.append(tr("Services:"));
    for (const QString &name : plan.startOrder()) {
        const PlanService *s = plan.service(name);
        QStringList parts;
        if (s->build)
            parts.append(s->build->dockerfile.isEmpty()
                             ? tr("generated Dockerfile (%1) in %2").arg(s->build->stack, s->build->context)
                             : tr("Dockerfile %1 in %2").arg(s->build->dockerfile, s->build->context));
        else
            parts.append(tr("image %1").arg(s->image));
        if (s->isPublic) {
            QStringList urls;
            for (const PlanDomain &d : s->domains)
                urls.append((d.tls == TlsMode::None ? u"http://"_s : u"https://"_s) + d.host);
            parts.append(urls.isEmpty() ? tr("public on the server's address, port %1").arg(s->publicPort)
                                        : tr("public at %1").arg(urls.join(u", ")));
        }
        if (s->health.type == PlanHealth::Type::Http)
            parts.append(tr("health GET %1").arg(s->health.path));
        else if (s->health.type == PlanHealth::Type::Command)
            parts.append(tr("health: %1").arg(s->health.command));
        if (s->memoryMb > 0)
            parts.append(tr("%1 MB").arg(s->memoryMb));
        const QString kind = s->backing.isEmpty() ? serviceKindName(s->kind) : s->backing;
        lines.append(u"  "_s + s->name + u" ("_s + kind + u"): "_s + parts.join(u", "));
        for (const QString &command : s->postDeploy)
            lines.append(tr("      after deploy: %1").arg(command));
    }
    QStringList given, generated;
    for (const PlanSecret &secret : plan.secrets)
        (secret.generate ? generated : given).append(secret.ref);
    if (!given.isEmpty())
        lines.append(tr("Secrets you set: %1").arg(given.join(u", ")));
    if (!generated.isEmpty())
        lines.append(tr("Secrets Hydron generates: %1").arg(generated.join(u", ")));
    if (!plan.notes.isEmpty()) {
        lines.append(tr("Notes:"));
        for (const QString &note : plan.notes)
            lines.append(u"  - "_s + note);
    }
    return lines.join(u'\n') + u'\n';
}

Plan makePlan(const Project &project, const PlanDocument &document, int version)
{
    Plan plan;
    plan.projectId = project.id;
    plan.version = version;
    plan.status = Plan::Status::Generated;
    plan.body = document.toJson();
    plan.servicesFingerprint = servicesFingerprint(project);
    plan.createdAt = QDateTime::currentDateTimeUtc();
    return plan;
}

bool isTestDomain(const QString &host)
{
    static const QStringList suffixes{u".test"_s,    u".localhost"_s, u".local"_s, u".internal"_s,
                                      u".example"_s, u".invalid"_s,   u".lan"_s,   u".home.arpa"_s};
    const QString h = host.toLower();
    if (h == u"localhost")
        return true;
    return std::ranges::any_of(suffixes, [&](const QString &s) { return h.endsWith(s); });
}

QString servicesFingerprint(const Project &project)
{
    return Plan::fingerprint(project.services);
}

bool isStale(const Plan &plan, const Project &project)
{
    return plan.status == Plan::Status::Stale || plan.servicesFingerprint != servicesFingerprint(project);
}

Result<PlanDocument> planDocument(const Plan &plan)
{
    return PlanDocument::fromJson(plan.body);
}

} // namespace hydron::planning
