// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Static sites: Hugo, Jekyll, and plain HTML that no other detector claimed.
#include "core/analysis/detector.h"

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

bool claimed(const DetectionContext &ctx, const QString &dir)
{
    for (const ServiceDraft &s : ctx.services) {
        for (const Scope &scope : s.scopes) {
            if (scope.full && (scope.dir == dir || (!scope.exact && DetectionContext::isInside(dir, scope.dir))))
                return true;
        }
    }
    return false;
}

ServiceDraft &staticSite(DetectionContext &ctx, const QString &dir, const QString &framework, const Evidence &why)
{
    ServiceDraft &d = ctx.addService(dir, u"static"_s);
    d.addEvidence(why);
    d.language.offer(u"html"_s, Priority::Manifest, ev(u"language"_s, u"html"_s, why.file, why.line));
    d.kind.offer(ServiceKind::Static, Priority::Manifest, ev(u"kind"_s, u"static"_s, why.file, why.line));
    if (!framework.isEmpty())
        d.framework.offer(framework, Priority::Manifest, ev(u"framework"_s, framework, why.file, why.line));
    return d;
}

} // namespace

void detectStatic(DetectionContext &ctx)
{
    // Hugo: a hugo.* config, or a config.* with content/ or layouts/ next to it.
    for (const QString &name : {u"hugo.toml"_s, u"hugo.yaml"_s, u"hugo.json"_s, u"config.toml"_s}) {
        for (int i : ctx.index.named(name)) {
            const QString file = ctx.index.files()[std::size_t(i)].path;
            const QString dir = FileIndex::parentOf(file);
            if (DetectionContext::isNonServicePath(dir) || claimed(ctx, dir))
                continue;
            if (name == u"config.toml") {
                const QByteArray *content = ctx.read(file);
                if (!content || !content->contains("baseURL") ||
                    !(ctx.index.hasDir(FileIndex::join(dir, u"content")) ||
                      ctx.index.hasDir(FileIndex::join(dir, u"layouts"))))
                    continue;
            }
            ServiceDraft &d = staticSite(ctx, dir, u"hugo"_s, ev(u"service"_s, u"hugo"_s, file));
            d.build.offer(u"hugo --minify"_s, Priority::Derived, ev(u"build"_s, u"hugo"_s, file));
            for (int f : ctx.upwards(dir, u".hugo-version"_s)) {
                int line = 0;
                const QString version = readVersionFile(ctx, f, u"hugo"_s, &line);
                if (!version.isEmpty())
                    d.addEvidence(ev(u"hugo_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                break;
            }
        }
    }
    // Jekyll: _config.yml with a Gemfile naming jekyll, or _posts / _layouts.
    for (int i : ctx.index.named(u"_config.yml"_s)) {
        const QString file = ctx.index.files()[std::size_t(i)].path;
        const QString dir = FileIndex::parentOf(file);
        if (DetectionContext::isNonServicePath(dir) || claimed(ctx, dir))
            continue;
        const QString gemfile = FileIndex::join(dir, u"Gemfile");
        const Manifest *gems = ctx.index.hasFile(gemfile) ? ctx.manifest(gemfile, parseGemfile) : nullptr;
        const bool jekyllGem = gems && gems->has(u"jekyll");
        if (!jekyllGem && !ctx.index.hasDir(FileIndex::join(dir, u"_posts")) &&
            !ctx.index.hasDir(FileIndex::join(dir, u"_layouts")))
            continue;
        ServiceDraft &d =
            staticSite(ctx, dir, u"jekyll"_s,
                       jekyllGem ? ev(u"service"_s, u"jekyll"_s, gemfile, gems->dependency(u"jekyll")->line)
                                 : ev(u"service"_s, u"jekyll"_s, file));
        if (gems) {
            d.packageManager.offer(u"bundler"_s, Priority::Manifest, ev(u"package_manager"_s, u"bundler"_s, gemfile));
            d.build.offer(u"bundle install && bundle exec jekyll build"_s, Priority::Derived,
                          ev(u"build"_s, u"jekyll"_s, gemfile));
        } else {
            d.build.offer(u"jekyll build"_s, Priority::Derived, ev(u"build"_s, u"jekyll"_s, file));
        }
    }
    // Plain HTML: the shallowest index.html folders nobody else claimed.
    QStringList dirs;
    for (int i : ctx.index.named(u"index.html"_s)) {
        const QString dir = FileIndex::parentOf(ctx.index.files()[std::size_t(i)].path);
        if (!DetectionContext::isNonServicePath(dir))
            dirs << dir;
    }
    std::sort(dirs.begin(), dirs.end(), [](const QString &a, const QString &b) {
        return a.count(u'/') != b.count(u'/') ? a.count(u'/') < b.count(u'/') : a < b;
    });
    QStringList taken;
    const bool alone = ctx.services.empty();
    for (const QString &dir : std::as_const(dirs)) {
        // Next to other services, only a top-level folder that is not documentation is a site.
        static const QStringList docs = {u"docs"_s, u"doc"_s, u"documentation"_s, u"assets"_s, u"coverage"_s};
        if (dir.count(u'/') > 0)
            continue; // the root or a top-level folder: deeper index.html files are documentation
        if (!alone && (dir == u"." || docs.contains(dir)))
            continue;
        bool inside = false;
        for (const QString &t : std::as_const(taken))
            inside = inside || t == u"." || DetectionContext::isInside(dir, t);
        if (inside || claimed(ctx, dir) || ctx.index.hasFile(FileIndex::join(dir, u"package.json")))
            continue;
        bool underLibrary = false;
        for (const Scope &lib : std::as_const(ctx.libraryScopes))
            underLibrary = underLibrary || lib.dir == dir || DetectionContext::isInside(dir, lib.dir);
        if (underLibrary)
            continue;
        taken << dir;
        staticSite(ctx, dir, QString(), ev(u"service"_s, u"index.html"_s, FileIndex::join(dir, u"index.html")));
    }
}

} // namespace hydron::analysis
