// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Ruby: Bundler; Rails and Sinatra apps; Sidekiq workers; database.yml and cable.yml adapters.
#include "core/analysis/detector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString snakeCase(const QString &camel)
{
    QString out;
    for (qsizetype i = 0; i < camel.size(); ++i) {
        const QChar c = camel[i];
        if (c.isUpper() && i > 0)
            out += u'-';
        out += c.toLower();
    }
    return out;
}

// The adapter of a database.yml / cable.yml (production first), as facts of that file.
void readAdapterFile(DetectionContext &ctx, const QString &file)
{
    const int i = ctx.index.find(file);
    if (i < 0)
        return;
    const QByteArray *content = ctx.index.content(i);
    if (!content)
        return;
    FileFacts facts = scanSource(SourceLanguage::Ruby, *content); // ERB: ENV["DATABASE_URL"]
    static const QRegularExpression adapter(uR"re(^\s*adapter:\s*["']?(\w+))re"_s);
    const QList<QByteArray> lines = content->split('\n');
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const auto m = adapter.match(QString::fromUtf8(lines[k]));
        if (!m.hasMatch())
            continue;
        const QString a = m.captured(1);
        QString kind;
        if (a.startsWith(u"postg") || a == u"postgis")
            kind = u"postgres"_s;
        else if (a == u"mysql2" || a == u"trilogy" || a == u"mysql")
            kind = u"mysql"_s;
        else if (a == u"sqlserver")
            kind = u"sqlserver"_s;
        else if (a == u"redis")
            kind = u"redis"_s;
        if (!kind.isEmpty())
            facts.usages.append(Usage{kind, Usage::How::Config, int(k + 1)});
    }
    ctx.addFacts(i, facts);
}

} // namespace

void detectRuby(DetectionContext &ctx)
{
    for (int gemfileIndex : ctx.index.named(u"Gemfile"_s)) {
        if (ctx.cancelled())
            return;
        const QString gemfile = ctx.index.files()[std::size_t(gemfileIndex)].path;
        const QString dir = FileIndex::parentOf(gemfile);
        if (DetectionContext::isNonServicePath(dir))
            continue;
        const Manifest *m = ctx.manifest(gemfile, parseGemfile);
        if (!m)
            continue;
        const auto path = [&](const QString &name) {
            return FileIndex::join(dir, name);
        };
        const auto gem = [&](const QString &name) -> const Dependency * {
            const Dependency *d = m->dependency(name);
            return d && !d->dev ? d : nullptr;
        };
        const auto gemEvidence = [&](const QString &fact, const QString &value, const QString &name) {
            const Dependency *d = m->dependency(name);
            return ev(fact, value, gemfile, d ? d->line : 0);
        };
        const bool rails =
            (gem(u"rails"_s) || gem(u"railties"_s)) && ctx.index.hasFile(path(u"config/application.rb"_s));
        bool sinatra = gem(u"sinatra"_s) != nullptr;
        const bool sidekiq = gem(u"sidekiq"_s) != nullptr;
        if (gem(u"jekyll"_s) && !rails && !sinatra)
            continue; // a static site: the static detector takes it

        QString sinatraFile;
        int sinatraLine = 0;
        if (sinatra) {
            for (int i : ctx.filesUnder(dir)) {
                const auto it = ctx.facts.constFind(i);
                if (it != ctx.facts.constEnd() && it->marker(u"sinatra")) {
                    sinatraFile = ctx.index.files()[std::size_t(i)].path;
                    sinatraLine = it->marker(u"sinatra")->line;
                    break;
                }
            }
        }
        bool sidekiqUsed = false;
        Evidence sidekiqEvidence = gemEvidence(u"framework"_s, u"sidekiq"_s, u"sidekiq"_s);
        if (sidekiq) {
            if (ctx.index.hasFile(path(u"config/sidekiq.yml"_s))) {
                sidekiqUsed = true;
                sidekiqEvidence = ev(u"start"_s, u"config/sidekiq.yml"_s, path(u"config/sidekiq.yml"_s));
            }
            for (int i : ctx.filesUnder(dir)) {
                const auto it = ctx.facts.constFind(i);
                if (it == ctx.facts.constEnd() || !it->marker(u"worker"))
                    continue;
                const QString &p = ctx.index.files()[std::size_t(i)].path;
                if (!sidekiqUsed)
                    sidekiqEvidence = ev(u"start"_s, u"Sidekiq"_s, p, it->marker(u"worker")->line);
                sidekiqUsed = true;
                break;
            }
        }
        if (!rails && !sinatra && !sidekiqUsed)
            continue;

        ServiceDraft &d = ctx.addService(dir, u"ruby"_s);
        for (const Dependency &x : m->dependencies)
            d.dependencies << x.name;
        d.language.offer(u"ruby"_s, Priority::Manifest, ev(u"language"_s, u"ruby"_s, gemfile));
        d.packageManager.offer(u"bundler"_s, Priority::Manifest,
                               ev(u"package_manager"_s, u"bundler"_s,
                                  ctx.index.hasFile(path(u"Gemfile.lock"_s)) ? path(u"Gemfile.lock"_s) : gemfile));
        for (const QString &file : {u".ruby-version"_s, u".tool-versions"_s}) {
            for (int f : ctx.upwards(dir, file)) {
                int line = 0;
                const QString version = readVersionFile(ctx, f, u"ruby"_s, &line);
                if (!version.isEmpty()) {
                    d.languageVersion.offer(
                        version, Priority::VersionFile,
                        ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                    break;
                }
            }
        }
        if (!m->languageVersion.isEmpty())
            d.languageVersion.offer(
                m->languageVersion.value, Priority::Manifest,
                ev(u"language_version"_s, m->languageVersion.value, gemfile, m->languageVersion.line));
        d.build.offer(u"bundle install"_s, Priority::Derived, ev(u"build"_s, u"bundle install"_s, gemfile));

        if (rails) {
            const Evidence fe = gemEvidence(u"framework"_s, u"rails"_s, gem(u"rails"_s) ? u"rails"_s : u"railties"_s);
            d.framework.offer(u"rails"_s, Priority::Manifest, fe);
            d.kind.offer(ServiceKind::Web, Priority::Manifest, ev(u"kind"_s, u"web"_s, fe.file, fe.line));
            d.addEvidence(ev(u"service"_s, u"rails"_s, path(u"config/application.rb"_s)));
            d.servesHttp = true;
            // The application module names the app.
            if (const QByteArray *app = ctx.read(path(u"config/application.rb"_s))) {
                static const QRegularExpression module(uR"re(^module\s+(\w+))re"_s,
                                                       QRegularExpression::MultilineOption);
                if (const auto mm = module.match(QString::fromUtf8(*app)); mm.hasMatch())
                    d.baseName = snakeCase(mm.captured(1));
            }
            const bool puma = ctx.index.hasFile(path(u"config/puma.rb"_s));
            d.start.offer(puma ? u"bundle exec puma -C config/puma.rb"_s : u"bin/rails server -b 0.0.0.0"_s,
                          Priority::Derived,
                          ev(u"start"_s, puma ? u"config/puma.rb"_s : u"rails"_s,
                             puma ? path(u"config/puma.rb"_s) : fe.file, puma ? 0 : fe.line));
            d.port.offer(3000, Priority::FrameworkDefault, ev(u"port"_s, u"3000"_s, fe.file, fe.line));
            if (gem(u"propshaft"_s) || gem(u"sprockets-rails"_s) || gem(u"jsbundling-rails"_s) ||
                gem(u"cssbundling-rails"_s))
                d.build.offer(u"bundle install && bundle exec rails assets:precompile"_s, Priority::Derived + 1,
                              gemEvidence(u"build"_s, u"assets:precompile"_s,
                                          gem(u"propshaft"_s) ? u"propshaft"_s : u"sprockets-rails"_s));
            readAdapterFile(ctx, path(u"config/database.yml"_s));
            readAdapterFile(ctx, path(u"config/cable.yml"_s));
            // Encrypted credentials need the master key in production.
            if (ctx.index.hasFile(path(u"config/credentials.yml.enc"_s)))
                d.declareEnv(u"RAILS_MASTER_KEY"_s, false,
                             ev(u"env"_s, u"RAILS_MASTER_KEY"_s, path(u"config/credentials.yml.enc"_s)), true);
        } else if (sinatra) {
            const Evidence fe = gemEvidence(u"framework"_s, u"sinatra"_s, u"sinatra"_s);
            d.framework.offer(u"sinatra"_s, Priority::Manifest, fe);
            const bool views = ctx.index.hasDir(path(u"views"_s));
            d.kind.offer(views ? ServiceKind::Web : ServiceKind::Api, Priority::Manifest,
                         ev(u"kind"_s, views ? u"web"_s : u"api"_s, fe.file, fe.line));
            d.servesHttp = true;
            d.addEvidence(ev(u"service"_s, u"sinatra"_s, sinatraFile.isEmpty() ? gemfile : sinatraFile, sinatraLine));
            if (ctx.index.hasFile(path(u"config.ru"_s))) {
                d.start.offer(u"bundle exec rackup --host 0.0.0.0 --port 9292"_s, Priority::Derived,
                              ev(u"start"_s, u"config.ru"_s, path(u"config.ru"_s)));
                d.port.offer(9292, Priority::Derived, ev(u"port"_s, u"9292"_s, path(u"config.ru"_s)));
            } else if (!sinatraFile.isEmpty()) {
                const QString rel = dir == u"." ? sinatraFile : sinatraFile.mid(dir.size() + 1);
                d.start.offer(u"bundle exec ruby "_s + rel, Priority::Derived,
                              ev(u"start"_s, rel, sinatraFile, sinatraLine));
                d.port.offer(4567, Priority::FrameworkDefault, ev(u"port"_s, u"4567"_s, fe.file, fe.line));
            }
        }

        if (sidekiqUsed) {
            const QString command = ctx.index.hasFile(path(u"config/sidekiq.yml"_s))
                                        ? u"bundle exec sidekiq -C config/sidekiq.yml"_s
                                        : u"bundle exec sidekiq"_s;
            ServiceDraft *w = &d;
            if (rails || sinatra) {
                w = &addProcess(ctx, d, u"worker"_s, command, sidekiqEvidence, Priority::Derived);
            } else {
                d.kind.offer(ServiceKind::Worker, Priority::Manifest,
                             ev(u"kind"_s, u"worker"_s, sidekiqEvidence.file, sidekiqEvidence.line));
                d.start.offer(command, Priority::Derived, sidekiqEvidence);
                d.addEvidence(ev(u"service"_s, u"sidekiq"_s, sidekiqEvidence.file, sidekiqEvidence.line));
            }
            w->framework.offer(u"sidekiq"_s, Priority::Manifest,
                               gemEvidence(u"framework"_s, u"sidekiq"_s, u"sidekiq"_s));
            // Sidekiq keeps its queues in Redis: a worker that runs means Redis is needed.
            FileFacts facts;
            facts.usages.append(Usage{u"redis"_s, Usage::How::Config, m->dependency(u"sidekiq")->line});
            ctx.addFacts(gemfileIndex, facts);
        }
    }
}

} // namespace hydron::analysis
