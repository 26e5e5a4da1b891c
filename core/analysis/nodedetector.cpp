// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Node.js: npm, yarn, pnpm and bun; workspaces with turborepo, nx or lerna; server frameworks,
// meta-frameworks and Vite/Angular single-page apps; file-based health routes; Prisma.
#include "core/analysis/detector.h"
#include "core/analysis/gitignore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

struct FrameworkRule
{
    QString dependency;
    QString slug;
};

const QList<FrameworkRule> &metaFrameworks()
{
    static const QList<FrameworkRule> rules = {
        {u"next"_s, u"nextjs"_s},
        {u"nuxt"_s, u"nuxt"_s},
        {u"nuxt3"_s, u"nuxt"_s},
        {u"@remix-run/dev"_s, u"remix"_s},
        {u"@remix-run/node"_s, u"remix"_s},
        {u"@remix-run/serve"_s, u"remix"_s},
        {u"@react-router/dev"_s, u"react-router"_s},
        {u"@react-router/node"_s, u"react-router"_s},
        {u"@react-router/serve"_s, u"react-router"_s},
        {u"@sveltejs/kit"_s, u"sveltekit"_s},
        {u"astro"_s, u"astro"_s},
        {u"@angular/core"_s, u"angular"_s},
        {u"@docusaurus/core"_s, u"docusaurus"_s},
        {u"vitepress"_s, u"vitepress"_s},
        {u"gatsby"_s, u"gatsby"_s},
        {u"@11ty/eleventy"_s, u"eleventy"_s},
    };
    return rules;
}

const QList<FrameworkRule> &serverFrameworks()
{
    static const QList<FrameworkRule> rules = {
        {u"@nestjs/core"_s, u"nestjs"_s}, {u"fastify"_s, u"fastify"_s}, {u"koa"_s, u"koa"_s},
        {u"hono"_s, u"hono"_s},           {u"express"_s, u"express"_s},
    };
    return rules;
}

QString runScript(const QString &pm, const QString &script)
{
    if (pm == u"yarn")
        return u"yarn "_s + script;
    if (pm == u"bun")
        return u"bun run "_s + script;
    if (pm == u"pnpm")
        return script == u"start" ? u"pnpm start"_s : u"pnpm run "_s + script;
    return script == u"start" ? u"npm start"_s : u"npm run "_s + script;
}

QString serviceSlug(QString name)
{
    if (name.startsWith(u'@') && name.contains(u'/'))
        name = name.section(u'/', 1);
    return name;
}

struct PackageInfo
{
    QString dir;
    QString file;
    const Manifest *manifest = nullptr;
};

// The package manager from the lockfile nearest to `dir`, or the packageManager field.
QString packageManagerFor(DetectionContext &ctx, const PackageInfo &pkg, const Manifest *root, Evidence &evidence)
{
    static const QList<std::pair<QString, QString>> locks = {
        {u"pnpm-lock.yaml"_s, u"pnpm"_s}, {u"yarn.lock"_s, u"yarn"_s},        {u"bun.lockb"_s, u"bun"_s},
        {u"bun.lock"_s, u"bun"_s},        {u"package-lock.json"_s, u"npm"_s}, {u"npm-shrinkwrap.json"_s, u"npm"_s},
    };
    QString d = pkg.dir;
    for (;;) {
        for (const auto &[file, pm] : locks) {
            const QString path = FileIndex::join(d, file);
            if (ctx.index.hasFile(path)) {
                evidence = ev(u"package_manager"_s, pm, path);
                return pm;
            }
        }
        if (d == u".")
            break;
        d = FileIndex::parentOf(d);
    }
    for (const auto &[m, file] : {std::pair{pkg.manifest, pkg.file}, std::pair{root, u"package.json"_s}}) {
        if (!m)
            continue;
        const Located field = m->field(u"packageManager"_s);
        if (!field.isEmpty()) {
            const QString pm = field.value.section(u'@', 0, 0);
            evidence = ev(u"package_manager"_s, pm, file, field.line);
            return pm;
        }
    }
    return {};
}

// Health endpoints that exist as files: Next.js, Nuxt, SvelteKit, Remix/React Router, Astro.
void fileRoutes(DetectionContext &ctx, ServiceDraft &draft, const QString &framework, const QStringList &excluded)
{
    static const QRegularExpression nextApp(uR"re(^(?:src/)?app/(.+)/route\.(?:ts|js|mjs|tsx|jsx)$)re"_s);
    static const QRegularExpression nextPages(uR"re(^(?:src/)?pages/(api/.+?)(?:/index)?\.(?:ts|js|mjs|tsx|jsx)$)re"_s);
    static const QRegularExpression nuxt(uR"re(^(?:server/(api|routes))/(.+?)(?:\.(?:get|head))?\.(?:ts|js|mjs)$)re"_s);
    static const QRegularExpression svelte(uR"re(^src/routes/(.+)/\+server\.(?:ts|js)$)re"_s);
    static const QRegularExpression remix(uR"re(^app/routes/([^/]+?)(?:/route)?\.(?:ts|tsx|js|jsx)$)re"_s);
    static const QRegularExpression astro(uR"re(^src/pages/(.+?)\.(?:ts|js)$)re"_s);
    static const QRegularExpression group(uR"re(\([^)]*\)/?)re"_s);
    const QString prefix = draft.path == u"." ? QString() : draft.path + u'/';
    for (int i : ctx.filesUnder(draft.path)) {
        const QString &path = ctx.index.files()[std::size_t(i)].path;
        bool skip = false;
        for (const QString &e : excluded)
            skip = skip || DetectionContext::isInside(path, e);
        if (skip)
            continue;
        const QString rel = path.mid(prefix.size());
        QString route;
        if (framework == u"nextjs") {
            if (auto m = nextApp.match(rel); m.hasMatch())
                route = u'/' + m.captured(1).remove(group);
            else if (auto p = nextPages.match(rel); p.hasMatch())
                route = u'/' + p.captured(1);
        } else if (framework == u"nuxt") {
            if (auto m = nuxt.match(rel); m.hasMatch())
                route = (m.captured(1) == u"api" ? u"/api/"_s : u"/"_s) + m.captured(2);
        } else if (framework == u"sveltekit") {
            if (auto m = svelte.match(rel); m.hasMatch())
                route = u'/' + m.captured(1).remove(group);
        } else if (framework == u"remix" || framework == u"react-router") {
            if (auto m = remix.match(rel); m.hasMatch())
                route = u'/' + m.captured(1).replace(u'.', u'/');
        } else if (framework == u"astro") {
            if (auto m = astro.match(rel); m.hasMatch())
                route = u'/' + m.captured(1);
        }
        while (route.endsWith(u'/') && route.size() > 1)
            route.chop(1);
        if (!route.isEmpty() && isHealthPath(route))
            draft.health.offer(route, Priority::Code - healthPathRank(route) / 10, ev(u"health"_s, route, path));
    }
}

// Prisma: the datasource provider and the env var holding its URL, as facts of the schema file.
void readPrisma(DetectionContext &ctx, int file)
{
    const QByteArray *content = ctx.index.content(file);
    if (!content)
        return;
    static const QRegularExpression provider(uR"re(^\s*provider\s*=\s*"(\w+)")re"_s);
    static const QRegularExpression url(uR"re(^\s*(?:url|directUrl)\s*=\s*env\(\s*"(\w+)"\s*\))re"_s);
    FileFacts facts;
    bool inDatasource = false;
    const QList<QByteArray> lines = content->split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        if (line.trimmed().startsWith(u"datasource "))
            inDatasource = true;
        else if (line.trimmed().startsWith(u'}'))
            inDatasource = false;
        if (!inDatasource)
            continue;
        if (const auto m = provider.match(line); m.hasMatch()) {
            const QString p = m.captured(1);
            QString kind;
            if (p == u"postgresql" || p == u"postgres" || p == u"cockroachdb")
                kind = u"postgres"_s;
            else if (p == u"mysql")
                kind = u"mysql"_s;
            else if (p == u"mongodb")
                kind = u"mongodb"_s;
            else if (p == u"sqlserver")
                kind = u"sqlserver"_s;
            if (!kind.isEmpty())
                facts.usages.append(Usage{kind, Usage::How::Config, int(i + 1)});
        }
        if (const auto m = url.match(line); m.hasMatch())
            facts.env.append(EnvRead{m.captured(1), int(i + 1), false, {}});
    }
    ctx.addFacts(file, facts);
}

bool hasMarker(DetectionContext &ctx, const QString &dir, const QStringList &excluded, const QString &kind)
{
    for (int i : ctx.filesUnder(dir)) {
        const auto it = ctx.facts.constFind(i);
        if (it == ctx.facts.constEnd() || !it->marker(kind))
            continue;
        const QString &path = ctx.index.files()[std::size_t(i)].path;
        bool skip = false;
        for (const QString &e : excluded)
            skip = skip || DetectionContext::isInside(path, e);
        if (!skip)
            return true;
    }
    return false;
}

} // namespace

void detectNode(DetectionContext &ctx)
{
    // Every package.json the walk kept, parsed once.
    QMap<QString, PackageInfo> packages; // dir -> package
    for (int i : ctx.index.named(u"package.json"_s)) {
        const QString &file = ctx.index.files()[std::size_t(i)].path;
        const QString dir = FileIndex::parentOf(file);
        if (const Manifest *m = ctx.manifest(file, parsePackageJson))
            packages.insert(dir, PackageInfo{dir, file, m});
    }
    if (packages.isEmpty())
        return;
    const Manifest *root = packages.contains(u"."_s) ? packages[u"."_s].manifest : nullptr;

    // Workspaces: package.json "workspaces" or pnpm-workspace.yaml.
    QStringList globs;
    if (root && !root->workspaces.isEmpty()) {
        globs = root->workspaces;
    }
    if (const Manifest *pnpm = ctx.index.hasFile(u"pnpm-workspace.yaml")
                                   ? ctx.manifest(u"pnpm-workspace.yaml"_s, parsePnpmWorkspace)
                                   : nullptr) {
        globs += pnpm->workspaces;
    }
    QStringList workspaceDirs;
    for (auto it = packages.cbegin(); it != packages.cend(); ++it) {
        if (it.key() == u".")
            continue;
        bool included = false;
        for (QString glob : std::as_const(globs)) {
            const bool negate = glob.startsWith(u'!');
            if (negate)
                glob = glob.mid(1);
            if (glob.startsWith(u"./"))
                glob = glob.mid(2);
            while (glob.endsWith(u'/'))
                glob.chop(1);
            if (wildmatch(glob, it.key()))
                included = !negate;
        }
        if (included)
            workspaceDirs << it.key();
    }
    if (!workspaceDirs.isEmpty()) {
        QString tool;
        for (const auto &[file, name] : {std::pair{u"turbo.json"_s, u"turbo"_s}, std::pair{u"nx.json"_s, u"nx"_s},
                                         std::pair{u"lerna.json"_s, u"lerna"_s}}) {
            if (ctx.index.hasFile(file)) {
                tool = name;
                break;
            }
        }
        if (tool.isEmpty()) {
            Evidence pmEvidence;
            tool = packageManagerFor(ctx, packages[u"."_s], root, pmEvidence);
            if (tool.isEmpty())
                tool = u"npm"_s;
        }
        if (Priority::Manifest > ctx.monorepoPriority) {
            ctx.monorepo = Monorepo{tool, workspaceDirs};
            ctx.monorepoPriority = Priority::Manifest;
        }
    }

    // Candidates: the workspace packages in a monorepo, else every package outside test/example folders.
    QStringList candidates;
    for (auto it = packages.cbegin(); it != packages.cend(); ++it) {
        if (workspaceDirs.contains(it.key()) || (!DetectionContext::isNonServicePath(it.key())))
            candidates << it.key();
    }
    QMap<QString, QString> dirByName; // package name -> dir, for workspace dependencies
    for (const QString &dir : std::as_const(candidates)) {
        if (!packages[dir].manifest->name.isEmpty())
            dirByName.insert(packages[dir].manifest->name.value, dir);
    }

    const QString rootName = root && !root->name.isEmpty() ? serviceSlug(root->name.value) : QString();
    QStringList libraryDirs;
    for (const QString &dir : std::as_const(candidates)) {
        if (ctx.cancelled())
            return;
        const PackageInfo &pkg = packages[dir];
        const Manifest &m = *pkg.manifest;
        QStringList nested; // other packages inside this one
        for (const QString &other : std::as_const(candidates)) {
            if (other != dir && DetectionContext::isInside(other, dir))
                nested << other;
        }
        const auto depLine = [&](const QString &name) {
            const Dependency *d = m.dependency(name);
            return d ? d->line : 0;
        };

        // Framework.
        QString framework;
        QString frameworkDep;
        bool meta = false;
        const bool hasScripts =
            m.scripts.contains(u"build"_s) || m.scripts.contains(u"dev"_s) || m.scripts.contains(u"start"_s);
        for (const FrameworkRule &r : metaFrameworks()) {
            if (m.has(r.dependency)) {
                framework = r.slug;
                frameworkDep = r.dependency;
                meta = true;
                break;
            }
        }
        if (framework.isEmpty()) {
            for (const FrameworkRule &r : serverFrameworks()) {
                const Dependency *d = m.dependency(r.dependency);
                if (d && !d->dev) {
                    framework = r.slug;
                    frameworkDep = r.dependency;
                    break;
                }
            }
        }
        bool spa = false;
        if (framework.isEmpty() && m.has(u"vite") && ctx.index.hasFile(FileIndex::join(dir, u"index.html")) &&
            m.scripts.contains(u"build"_s)) {
            for (const auto &[dep, slug] : {std::pair{u"react"_s, u"vite-react"_s}, std::pair{u"vue"_s, u"vite-vue"_s},
                                            std::pair{u"svelte"_s, u"vite-svelte"_s}}) {
                if (m.has(dep)) {
                    framework = slug;
                    frameworkDep = dep;
                    break;
                }
            }
            spa = true;
        }
        const bool serverMarker = hasMarker(ctx, dir, nested, u"server"_s);
        const Located startScript = m.scripts.value(u"start"_s);
        const Located main = m.field(u"main"_s);

        std::optional<ServiceKind> kind;
        if (meta && hasScripts) {
            kind = ServiceKind::Web;
            if ((framework == u"nextjs" && hasMarker(ctx, dir, nested, u"next-export"_s)) ||
                (framework == u"sveltekit" && hasMarker(ctx, dir, nested, u"sveltekit-static"_s)) ||
                (framework == u"astro" && !hasMarker(ctx, dir, nested, u"astro-adapter"_s) &&
                 !hasMarker(ctx, dir, nested, u"astro-server"_s)) ||
                (framework == u"angular" && !m.has(u"@angular/ssr")) || framework == u"docusaurus" ||
                framework == u"vitepress" || framework == u"gatsby" || framework == u"eleventy")
                kind = ServiceKind::Static;
        } else if (!meta && !framework.isEmpty() && !spa) {
            if (!startScript.isEmpty() || serverMarker)
                kind = ServiceKind::Api;
        } else if (spa) {
            kind = ServiceKind::Static;
        } else if (!startScript.isEmpty()) {
            kind = serverMarker ? ServiceKind::Api : ServiceKind::Worker;
        } else if (serverMarker && !main.isEmpty()) {
            kind = ServiceKind::Api;
        }
        if (!kind) {
            if (dir != u".")
                libraryDirs << dir;
            continue;
        }

        ServiceDraft &d = ctx.addService(dir, u"node"_s);
        d.baseName = !m.name.isEmpty() ? serviceSlug(m.name.value) : DetectionContext::baseNameOf(dir, rootName);
        for (const Dependency &dep : m.dependencies)
            d.dependencies << dep.name.toLower();
        d.addEvidence(ev(u"service"_s, u"package.json"_s, pkg.file, m.name.line));
        d.kind.offer(*kind, Priority::Manifest,
                     ev(u"kind"_s, serviceKindName(*kind), pkg.file,
                        frameworkDep.isEmpty() ? startScript.line : depLine(frameworkDep)));
        if (!framework.isEmpty())
            d.framework.offer(framework, Priority::Manifest,
                              ev(u"framework"_s, framework, pkg.file, depLine(frameworkDep)));

        // Language: TypeScript when the package (or the monorepo root) uses it.
        const int tsconfig = ctx.index.find(FileIndex::join(dir, u"tsconfig.json"));
        if (tsconfig >= 0)
            d.language.offer(u"typescript"_s, Priority::Manifest,
                             ev(u"language"_s, u"typescript"_s, ctx.index.files()[std::size_t(tsconfig)].path));
        else if (m.has(u"typescript"))
            d.language.offer(u"typescript"_s, Priority::Manifest,
                             ev(u"language"_s, u"typescript"_s, pkg.file, depLine(u"typescript"_s)));
        else {
            // TypeScript sources without a tsconfig (Nuxt and others generate it).
            QString tsFile;
            for (int f : ctx.filesUnder(dir)) {
                const QString &p = ctx.index.files()[std::size_t(f)].path;
                bool skip = false;
                for (const QString &e : nested)
                    skip = skip || DetectionContext::isInside(p, e);
                if (!skip && (p.endsWith(u".ts") || p.endsWith(u".tsx")) && !p.endsWith(u".d.ts")) {
                    tsFile = p;
                    break;
                }
            }
            if (!tsFile.isEmpty())
                d.language.offer(u"typescript"_s, Priority::Derived, ev(u"language"_s, u"typescript"_s, tsFile));
            else
                d.language.offer(u"javascript"_s, Priority::Derived, ev(u"language"_s, u"javascript"_s, pkg.file));
        }

        // Node version: version files nearest first, then engines / volta.
        for (const QString &name : {u".nvmrc"_s, u".node-version"_s, u".tool-versions"_s}) {
            for (int f : ctx.upwards(dir, name)) {
                int line = 0;
                const QString version = readVersionFile(ctx, f, u"nodejs"_s, &line);
                if (!version.isEmpty()) {
                    d.languageVersion.offer(
                        version, Priority::VersionFile,
                        ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                    break;
                }
            }
        }
        if (!m.languageVersion.isEmpty())
            d.languageVersion.offer(
                m.languageVersion.value, Priority::Manifest,
                ev(u"language_version"_s, m.languageVersion.value, pkg.file, m.languageVersion.line));
        if (const Located volta = m.field(u"volta.node"_s); !volta.isEmpty())
            d.languageVersion.offer(volta.value, Priority::Manifest,
                                    ev(u"language_version"_s, volta.value, pkg.file, volta.line));
        if (root && dir != u"." && !root->languageVersion.isEmpty())
            d.languageVersion.offer(
                root->languageVersion.value, Priority::Manifest - 1,
                ev(u"language_version"_s, root->languageVersion.value, u"package.json"_s, root->languageVersion.line));

        Evidence pmEvidence;
        const QString pm = packageManagerFor(ctx, pkg, root, pmEvidence);
        if (!pm.isEmpty())
            d.packageManager.offer(pm, Priority::Manifest, pmEvidence);

        // Commands.
        if (const Located build = m.scripts.value(u"build"_s); !build.isEmpty())
            d.build.offer(runScript(pm, u"build"_s), Priority::Manifest,
                          ev(u"build"_s, build.value, pkg.file, build.line));
        if (*kind != ServiceKind::Static) {
            if (!startScript.isEmpty()) {
                d.start.offer(runScript(pm, u"start"_s), Priority::Manifest,
                              ev(u"start"_s, startScript.value, pkg.file, startScript.line));
                offerStartCommandPort(d, startScript.value,
                                      ev(u"port"_s, startScript.value, pkg.file, startScript.line));
            } else if (!main.isEmpty()) {
                d.start.offer(u"node "_s + main.value, Priority::Derived,
                              ev(u"start"_s, main.value, pkg.file, main.line));
            }
        }

        // Framework defaults for the port; the code or the start script says better when it can.
        static const QMap<QString, int> defaultPorts = {
            {u"nextjs"_s, 3000},    {u"nuxt"_s, 3000},  {u"remix"_s, 3000},   {u"react-router"_s, 3000},
            {u"sveltekit"_s, 3000}, {u"astro"_s, 4321}, {u"angular"_s, 4000},
        };
        if (*kind == ServiceKind::Web && defaultPorts.contains(framework)) {
            const Evidence fe =
                ev(u"port"_s, QString::number(defaultPorts[framework]), pkg.file, depLine(frameworkDep));
            d.port.offer(defaultPorts[framework], Priority::FrameworkDefault, fe);
            d.portEnv.offer(u"PORT"_s, Priority::FrameworkDefault,
                            ev(u"port_env"_s, u"PORT"_s, pkg.file, depLine(frameworkDep)));
            fileRoutes(ctx, d, framework, nested);
        }
        d.servesHttp = *kind != ServiceKind::Worker;

        // Prisma schemas inside the package.
        for (int f : ctx.filesUnder(dir)) {
            if (ctx.index.files()[std::size_t(f)].path.endsWith(u"schema.prisma"))
                readPrisma(ctx, f);
        }
    }

    // Library packages: their facts reach the services that depend on them.
    for (const QString &lib : std::as_const(libraryDirs)) {
        ctx.libraryScopes.append(Scope{lib, false, false});
        for (int f : ctx.filesUnder(lib)) {
            if (ctx.index.files()[std::size_t(f)].path.endsWith(u"schema.prisma"))
                readPrisma(ctx, f);
        }
    }
    for (ServiceDraft &d : ctx.services) {
        if (d.ecosystem != u"node")
            continue;
        QStringList queue;
        const Manifest *m = packages.value(d.path).manifest;
        if (!m)
            continue;
        for (const Dependency &dep : m->dependencies) {
            if (dirByName.contains(dep.name))
                queue << dirByName[dep.name];
        }
        QSet<QString> seen;
        while (!queue.isEmpty()) {
            const QString lib = queue.takeFirst();
            if (seen.contains(lib) || !libraryDirs.contains(lib))
                continue;
            seen.insert(lib);
            d.scopes.append(Scope{lib, false, false});
            if (const Manifest *lm = packages.value(lib).manifest) {
                for (const Dependency &dep : lm->dependencies) {
                    if (dirByName.contains(dep.name))
                        queue << dirByName[dep.name];
                }
            }
        }
    }
}

} // namespace hydron::analysis
