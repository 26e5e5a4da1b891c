// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rust: Cargo packages and workspaces; axum, actix-web and rocket; binaries are services,
// library crates are not.
#include "core/analysis/detector.h"
#include "core/analysis/gitignore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString relativeUp(const QString &from, const QString &to)
{
    // A path from folder `from` to folder `to` where `to` contains `from`.
    if (from == to)
        return u"."_s;
    const int depth = int(from.count(u'/')) + 1 - (to == u"." ? 0 : int(to.count(u'/')) + 1);
    QStringList ups;
    for (int i = 0; i < depth; ++i)
        ups << u".."_s;
    return ups.join(u'/');
}

} // namespace

void detectRust(DetectionContext &ctx)
{
    QMap<QString, const Manifest *> crates;
    QString workspaceDir;
    const Manifest *workspace = nullptr;
    for (int i : ctx.index.named(u"Cargo.toml"_s)) {
        const QString file = ctx.index.files()[std::size_t(i)].path;
        const QString dir = FileIndex::parentOf(file);
        if (DetectionContext::isNonServicePath(dir))
            continue;
        if (const Manifest *m = ctx.manifest(file, parseCargoToml)) {
            crates.insert(dir, m);
            if (m->fields.contains(u"workspace"_s) && (!workspace || dir.size() < workspaceDir.size())) {
                workspace = m;
                workspaceDir = dir;
            }
        }
    }
    if (crates.isEmpty())
        return;
    if (workspace) {
        QStringList members;
        for (auto it = crates.cbegin(); it != crates.cend(); ++it) {
            if (it.key() == workspaceDir)
                continue;
            for (const QString &glob : workspace->workspaces) {
                const QString full = workspaceDir == u"." ? glob : workspaceDir + u'/' + glob;
                if (wildmatch(full, it.key()))
                    members << it.key();
            }
        }
        members.removeDuplicates();
        members.sort();
        if (!members.isEmpty() && Priority::Manifest > ctx.monorepoPriority) {
            ctx.monorepo = Monorepo{u"cargo"_s, members};
            ctx.monorepoPriority = Priority::Manifest;
        }
    }
    QMap<QString, QString> libraryByName; // crate name -> folder, for library crates
    for (auto it = crates.cbegin(); it != crates.cend(); ++it) {
        if (!it.value()->name.isEmpty() && !ctx.index.hasFile(FileIndex::join(it.key(), u"src/main.rs")) &&
            std::none_of(it.value()->fields.keyBegin(), it.value()->fields.keyEnd(),
                         [](const QString &k) { return k.startsWith(u"bin:"); }))
            libraryByName.insert(it.value()->name.value, it.key());
    }
    for (auto it = crates.cbegin(); it != crates.cend(); ++it) {
        if (ctx.cancelled())
            return;
        const QString dir = it.key();
        const Manifest &m = *it.value();
        if (m.name.isEmpty())
            continue; // a virtual workspace manifest
        const QString file = FileIndex::join(dir, u"Cargo.toml");
        const auto path = [&](const QString &name) {
            return FileIndex::join(dir, name);
        };
        QStringList bins;
        for (auto f = m.fields.cbegin(); f != m.fields.cend(); ++f) {
            if (f.key().startsWith(u"bin:"))
                bins << f.key().mid(4);
        }
        const bool mainRs = ctx.index.hasFile(path(u"src/main.rs"_s));
        if (mainRs && !bins.contains(m.name.value))
            bins.prepend(m.name.value);
        if (bins.isEmpty()) {
            ctx.libraryScopes.append(Scope{dir, false, false});
            continue;
        }
        // Dependencies may come from the workspace table (axum = { workspace = true }).
        const auto dep = [&](const QString &name) -> const Dependency * {
            if (const Dependency *d = m.dependency(name))
                return d;
            return nullptr;
        };
        QString framework;
        const Dependency *fd = nullptr;
        for (const auto &[name, slug] : {std::pair{u"axum"_s, u"axum"_s}, std::pair{u"actix-web"_s, u"actix-web"_s},
                                         std::pair{u"rocket"_s, u"rocket"_s}}) {
            if ((fd = dep(name))) {
                framework = slug;
                break;
            }
        }
        bool server = !framework.isEmpty();
        for (int i : ctx.filesUnder(dir)) {
            const auto f = ctx.facts.constFind(i);
            server = server || (f != ctx.facts.constEnd() && f->marker(u"server"));
        }
        ServiceDraft &d = ctx.addService(dir, u"rust"_s);
        d.baseName = m.name.value;
        for (const Dependency &x : m.dependencies)
            d.dependencies << x.name.toLower() +
                                  (x.version.contains(u'|') ? u'|' + x.version.section(u'|', 1) : QString());
        if (workspace && dir != workspaceDir) {
            for (const Dependency &x : workspace->dependencies)
                if (m.has(x.name))
                    d.dependencies << x.name.toLower() +
                                          (x.version.contains(u'|') ? u'|' + x.version.section(u'|', 1) : QString());
        }
        d.addEvidence(ev(u"service"_s, bins.first(), mainRs ? path(u"src/main.rs"_s) : file));
        // Library crates it depends on: their env reads and clients are this binary's.
        QStringList queue;
        for (const Dependency &x : m.dependencies)
            queue << x.name;
        QSet<QString> seen;
        while (!queue.isEmpty()) {
            const QString name = queue.takeFirst();
            if (seen.contains(name) || !libraryByName.contains(name))
                continue;
            seen.insert(name);
            const QString lib = libraryByName[name];
            d.scopes.append(Scope{lib, false, false});
            for (const Dependency &x : crates[lib]->dependencies)
                queue << x.name;
        }
        d.language.offer(u"rust"_s, Priority::Manifest, ev(u"language"_s, u"rust"_s, file));
        d.packageManager.offer(u"cargo"_s, Priority::Manifest, ev(u"package_manager"_s, u"cargo"_s, file));
        if (!m.languageVersion.isEmpty())
            d.languageVersion.offer(m.languageVersion.value, Priority::Manifest,
                                    ev(u"language_version"_s, m.languageVersion.value, file, m.languageVersion.line));
        for (const QString &toolchain : {u"rust-toolchain.toml"_s, u"rust-toolchain"_s}) {
            for (int f : ctx.upwards(dir, toolchain)) {
                const QByteArray *content = ctx.index.content(f);
                if (!content)
                    continue;
                static const QRegularExpression channel(uR"re(channel\s*=\s*"([^"]+)")re"_s);
                const QString text = QString::fromUtf8(*content).trimmed();
                const auto c = channel.match(text);
                const QString version = c.hasMatch() ? c.captured(1) : text.section(u'\n', 0, 0).trimmed();
                if (!version.isEmpty())
                    d.languageVersion.offer(version, Priority::VersionFile,
                                            ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path,
                                               c.hasMatch() ? lineContaining(*content, "channel") : 1));
                break;
            }
        }
        if (server) {
            d.kind.offer(ServiceKind::Api, Priority::Manifest, ev(u"kind"_s, u"api"_s, file, fd ? fd->line : 0));
            d.servesHttp = true;
            if (!framework.isEmpty())
                d.framework.offer(framework, Priority::Manifest, ev(u"framework"_s, framework, file, fd->line));
        } else {
            d.kind.offer(ServiceKind::Worker, Priority::Manifest, ev(u"kind"_s, u"worker"_s, file));
        }
        if (framework == u"rocket") {
            d.port.offer(8000, Priority::FrameworkDefault, ev(u"port"_s, u"8000"_s, file, fd->line));
            d.portEnv.offer(u"ROCKET_PORT"_s, Priority::FrameworkDefault,
                            ev(u"port_env"_s, u"ROCKET_PORT"_s, file, fd->line));
        }
        const QString bin = bins.first();
        const QString target = (workspace ? relativeUp(dir, workspaceDir) : u"."_s) + u"/target/release/"_s + bin;
        d.build.offer(u"cargo build --release"_s + (bins.size() > 1 ? u" --bin "_s + bin : QString()),
                      Priority::Derived, ev(u"build"_s, u"cargo"_s, file));
        d.start.offer(target, Priority::Derived, ev(u"start"_s, bin, file));
    }
}

} // namespace hydron::analysis
