// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Go: modules and go.work; every main package (cmd/* or the module root) is a candidate; its
// code is the main package plus the module packages it imports, transitively.
#include "core/analysis/detector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {

void detectGo(DetectionContext &ctx)
{
    QStringList moduleDirs;
    for (int i : ctx.index.named(u"go.mod"_s)) {
        const QString dir = FileIndex::parentOf(ctx.index.files()[std::size_t(i)].path);
        if (!DetectionContext::isNonServicePath(dir))
            moduleDirs << dir;
    }
    std::sort(moduleDirs.begin(), moduleDirs.end());
    if (const Manifest *work = ctx.index.hasFile(u"go.work") ? ctx.manifest(u"go.work"_s, parseGoWork) : nullptr) {
        if (work->workspaces.size() > 1 && Priority::Manifest > ctx.monorepoPriority) {
            QStringList dirs = work->workspaces;
            dirs.sort();
            ctx.monorepo = Monorepo{u"go"_s, dirs};
            ctx.monorepoPriority = Priority::Manifest;
        }
    }

    for (const QString &moduleDir : std::as_const(moduleDirs)) {
        if (ctx.cancelled())
            return;
        const QString goMod = FileIndex::join(moduleDir, u"go.mod");
        const Manifest *mod = ctx.manifest(goMod, parseGoMod);
        if (!mod)
            continue;
        const QString modulePath = mod->name.value;
        // Packages of this module: folders with .go files, not inside a nested module.
        QMap<QString, QList<int>> packages;
        for (int i : ctx.filesUnder(moduleDir)) {
            const QString &p = ctx.index.files()[std::size_t(i)].path;
            if (!p.endsWith(u".go") || p.endsWith(u"_test.go"))
                continue;
            const QString dir = FileIndex::parentOf(p);
            bool nested = false;
            for (const QString &other : std::as_const(moduleDirs))
                nested = nested || (other != moduleDir && (dir == other || DetectionContext::isInside(dir, other)) &&
                                    DetectionContext::isInside(other, moduleDir));
            if (!nested)
                packages[dir] << i;
        }
        const auto dirOfImport = [&](const QString &import) -> QString {
            if (modulePath.isEmpty() || !(import == modulePath || import.startsWith(modulePath + u'/')))
                return {};
            const QString rest = import.mid(modulePath.size() + 1);
            return rest.isEmpty() ? moduleDir : FileIndex::join(moduleDir, rest);
        };
        for (auto pkg = packages.cbegin(); pkg != packages.cend(); ++pkg) {
            bool isMain = false;
            int mainFile = -1, mainLine = 0;
            for (int i : pkg.value()) {
                const auto it = ctx.facts.constFind(i);
                if (it == ctx.facts.constEnd())
                    continue;
                const Marker *package = it->marker(u"go-package");
                if (package && package->value == u"main" && it->marker(u"go-main")) {
                    isMain = true;
                    mainFile = i;
                    mainLine = it->marker(u"go-main")->line;
                }
            }
            const QString dir = pkg.key();
            static const QStringList toolDirs = {u"tools"_s, u"scripts"_s, u"hack"_s, u"internal/tools"_s};
            bool tool = false;
            for (const QString &t : toolDirs)
                tool = tool || dir == FileIndex::join(moduleDir, t) ||
                       DetectionContext::isInside(dir, FileIndex::join(moduleDir, t));
            if (!isMain || tool || DetectionContext::isNonServicePath(dir))
                continue;

            ServiceDraft &d = ctx.addService(dir, u"go"_s);
            d.scopes = {Scope{dir, true, true}};
            // Transitive imports inside the module.
            QStringList queue = {dir};
            QSet<QString> seen = {dir};
            QStringList imports;
            while (!queue.isEmpty()) {
                const QString current = queue.takeFirst();
                for (int i : packages.value(current)) {
                    const auto it = ctx.facts.constFind(i);
                    if (it == ctx.facts.constEnd())
                        continue;
                    for (const QString &import : it->imports) {
                        imports << import;
                        const QString target = dirOfImport(import);
                        if (!target.isEmpty() && !seen.contains(target) && packages.contains(target)) {
                            seen.insert(target);
                            queue << target;
                            d.scopes.append(Scope{target, true, true});
                        }
                    }
                }
            }
            const QString mainPath = ctx.index.files()[std::size_t(mainFile)].path;
            d.baseName = dir == moduleDir ? modulePath.section(u'/', -1) : dir.section(u'/', -1);
            if (d.baseName.isEmpty())
                d.baseName = DetectionContext::baseNameOf(dir, QString());
            d.addEvidence(ev(u"service"_s, u"main"_s, mainPath, mainLine));
            d.language.offer(u"go"_s, Priority::Manifest, ev(u"language"_s, u"go"_s, goMod));
            d.packageManager.offer(u"go"_s, Priority::Manifest, ev(u"package_manager"_s, u"go"_s, goMod));
            for (const Dependency &dep : mod->dependencies)
                d.dependencies << dep.name.toLower();
            if (!mod->languageVersion.isEmpty())
                d.languageVersion.offer(
                    mod->languageVersion.value, Priority::VersionFile,
                    ev(u"language_version"_s, mod->languageVersion.value, goMod, mod->languageVersion.line));

            // Framework: the one its code imports.
            static const QList<std::pair<QString, QString>> frameworks = {
                {u"github.com/gin-gonic/gin"_s, u"gin"_s},
                {u"github.com/labstack/echo"_s, u"echo"_s},
                {u"github.com/gofiber/fiber"_s, u"fiber"_s},
                {u"github.com/go-chi/chi"_s, u"chi"_s},
                {u"net/http"_s, u"net/http"_s},
            };
            QString framework;
            for (const auto &[prefix, slug] : frameworks) {
                for (const QString &import : std::as_const(imports)) {
                    if (import == prefix || import.startsWith(prefix + u'/')) {
                        framework = slug;
                        break;
                    }
                }
                if (!framework.isEmpty())
                    break;
            }
            bool server = false;
            QString serverFile;
            int serverLine = 0;
            for (const Scope &s : std::as_const(d.scopes)) {
                for (int i : packages.value(s.dir)) {
                    const auto it = ctx.facts.constFind(i);
                    if (it != ctx.facts.constEnd() && it->marker(u"server")) {
                        server = true;
                        serverFile = ctx.index.files()[std::size_t(i)].path;
                        serverLine = it->marker(u"server")->line;
                        break;
                    }
                }
                if (server)
                    break;
            }
            if (server) {
                if (framework.isEmpty())
                    framework = u"net/http"_s;
                d.framework.offer(framework, Priority::Manifest, ev(u"framework"_s, framework, serverFile, serverLine));
                d.kind.offer(ServiceKind::Api, Priority::Manifest, ev(u"kind"_s, u"api"_s, serverFile, serverLine));
                d.servesHttp = true;
                if (framework == u"gin") {
                    // gin's Run() without an address listens on $PORT or 8080.
                    d.port.offer(8080, Priority::FrameworkDefault, ev(u"port"_s, u"8080"_s, serverFile, serverLine));
                    d.portEnv.offer(u"PORT"_s, Priority::FrameworkDefault,
                                    ev(u"port_env"_s, u"PORT"_s, serverFile, serverLine));
                }
            } else {
                static const QRegularExpression jobName(uR"re(migrat|seed|setup|bootstrap|backfill)re"_s);
                const bool job = jobName.match(d.baseName).hasMatch();
                d.kind.offer(job ? ServiceKind::Job : ServiceKind::Worker, Priority::Manifest,
                             ev(u"kind"_s, job ? u"job"_s : u"worker"_s, mainPath, mainLine));
            }
            d.build.offer(u"go build -o "_s + d.baseName + u" ."_s, Priority::Derived,
                          ev(u"build"_s, u"go build"_s, mainPath, mainLine));
            d.start.offer(u"./"_s + d.baseName, Priority::Derived, ev(u"start"_s, d.baseName, mainPath, mainLine));
        }
    }
}

} // namespace hydron::analysis
