// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PHP: Composer; Laravel and Symfony (with Laravel queue workers). PHP apps are served by a PHP
// runtime the plan chooses, so no start command or port is claimed from the framework alone.
#include "core/analysis/detector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {

void detectPhp(DetectionContext &ctx)
{
    for (int composerIndex : ctx.index.named(u"composer.json"_s)) {
        if (ctx.cancelled())
            return;
        const QString file = ctx.index.files()[std::size_t(composerIndex)].path;
        const QString dir = FileIndex::parentOf(file);
        if (DetectionContext::isNonServicePath(dir))
            continue;
        const Manifest *m = ctx.manifest(file, parseComposerJson);
        if (!m)
            continue;
        const auto path = [&](const QString &name) {
            return FileIndex::join(dir, name);
        };
        QString framework;
        const Dependency *fd = nullptr;
        if ((fd = m->dependency(u"laravel/framework")) && ctx.index.hasFile(path(u"artisan"_s)))
            framework = u"laravel"_s;
        else if ((fd = m->dependency(u"symfony/framework-bundle")))
            framework = u"symfony"_s;
        if (framework.isEmpty() || m->field(u"type"_s).value == u"library")
            continue;
        const Evidence fe = ev(u"framework"_s, framework, file, fd->line);

        ServiceDraft &d = ctx.addService(dir, u"php"_s);
        for (const Dependency &x : m->dependencies)
            d.dependencies << x.name.toLower();
        if (!m->name.isEmpty())
            d.baseName = m->name.value.section(u'/', -1);
        d.addEvidence(ev(u"service"_s, framework, file, fd->line));
        d.language.offer(u"php"_s, Priority::Manifest, ev(u"language"_s, u"php"_s, file));
        d.framework.offer(framework, Priority::Manifest, fe);
        d.kind.offer(ServiceKind::Web, Priority::Manifest, ev(u"kind"_s, u"web"_s, file, fd->line));
        d.servesHttp = true;
        d.packageManager.offer(u"composer"_s, Priority::Manifest,
                               ev(u"package_manager"_s, u"composer"_s,
                                  ctx.index.hasFile(path(u"composer.lock"_s)) ? path(u"composer.lock"_s) : file));
        if (!m->languageVersion.isEmpty())
            d.languageVersion.offer(m->languageVersion.value, Priority::Manifest,
                                    ev(u"language_version"_s, m->languageVersion.value, file, m->languageVersion.line));
        for (int f : ctx.upwards(dir, u".php-version"_s)) {
            int line = 0;
            const QString version = readVersionFile(ctx, f, u"php"_s, &line);
            if (!version.isEmpty()) {
                d.languageVersion.offer(
                    version, Priority::VersionFile,
                    ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                break;
            }
        }
        QString build = u"composer install --no-dev --optimize-autoloader"_s;
        // Laravel and Symfony apps often bundle their assets with Vite or Encore.
        if (const Manifest *pkg = ctx.index.hasFile(path(u"package.json"_s))
                                      ? ctx.manifest(path(u"package.json"_s), parsePackageJson)
                                      : nullptr) {
            if (pkg->scripts.contains(u"build"_s))
                build += u" && npm ci && npm run build"_s;
        }
        d.build.offer(build, Priority::Derived, ev(u"build"_s, u"composer"_s, file));

        if (framework == u"symfony") {
            // %env(NAME)% in the configuration, as facts of each config file.
            for (int i : ctx.filesUnder(path(u"config"_s))) {
                const QString &p = ctx.index.files()[std::size_t(i)].path;
                if (!p.endsWith(u".yaml") && !p.endsWith(u".yml"))
                    continue;
                if (const QByteArray *content = ctx.index.content(i)) {
                    FileFacts facts = scanSource(SourceLanguage::Php, *content);
                    // YAML routes: path: /health
                    static const QRegularExpression route(uR"re(^\s*path:\s*['"]?(/[\w/\-]*)['"]?\s*$)re"_s);
                    const QList<QByteArray> lines = content->split('\n');
                    for (qsizetype k = 0; k < lines.size(); ++k) {
                        if (const auto r = route.match(QString::fromUtf8(lines[k]));
                            r.hasMatch() && isHealthPath(r.captured(1)))
                            facts.routes.append(RouteHint{r.captured(1), int(k + 1)});
                    }
                    ctx.addFacts(i, facts);
                }
            }
        }
        if (framework == u"laravel") {
            d.backingFromEnvNames = false;
            // The stock configuration reads every driver's variables; what is used is what the env
            // file selects. Map the selections to usages on the env file's lines.
            for (const EnvFile &envFile : std::as_const(ctx.envFiles)) {
                if (FileIndex::parentOf(envFile.file) != dir)
                    continue;
                FileFacts facts;
                for (const EnvFileEntry &e : envFile.entries) {
                    QString kind;
                    if (e.name == u"DB_CONNECTION") {
                        if (e.value == u"pgsql")
                            kind = u"postgres"_s;
                        else if (e.value == u"mysql" || e.value == u"mariadb")
                            kind = e.value;
                        else if (e.value == u"sqlsrv")
                            kind = u"sqlserver"_s;
                    } else if ((e.name == u"CACHE_STORE" || e.name == u"CACHE_DRIVER" ||
                                e.name == u"QUEUE_CONNECTION" || e.name == u"SESSION_DRIVER" ||
                                e.name == u"BROADCAST_CONNECTION") &&
                               e.value == u"redis") {
                        kind = u"redis"_s;
                    } else if (e.name == u"MAIL_MAILER" && e.value == u"smtp") {
                        kind = u"smtp"_s;
                    }
                    if (!kind.isEmpty())
                        facts.usages.append(Usage{kind, Usage::How::Config, e.line});
                }
                const int i = ctx.index.find(envFile.file);
                if (i >= 0)
                    ctx.addFacts(i, facts);
            }
            // Queued jobs need a queue worker.
            for (int i : ctx.filesUnder(path(u"app/Jobs"_s))) {
                const auto it = ctx.facts.constFind(i);
                const Marker *queued = it == ctx.facts.constEnd() ? nullptr : it->marker(u"queued-job");
                if (!queued)
                    continue;
                const QString &p = ctx.index.files()[std::size_t(i)].path;
                ServiceDraft &w = addProcess(ctx, d, u"worker"_s, u"php artisan queue:work"_s,
                                             ev(u"start"_s, u"ShouldQueue"_s, p, queued->line), Priority::Derived);
                w.framework.offer(u"laravel"_s, Priority::Manifest, fe);
                break;
            }
        }
    }
}

} // namespace hydron::analysis
