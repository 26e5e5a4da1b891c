// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Elixir: Mix projects; Phoenix web apps built as releases.
#include "core/analysis/detector.h"

using namespace Qt::StringLiterals;

namespace hydron::analysis {

void detectElixir(DetectionContext &ctx)
{
    for (int i : ctx.index.named(u"mix.exs"_s)) {
        if (ctx.cancelled())
            return;
        const QString file = ctx.index.files()[std::size_t(i)].path;
        const QString dir = FileIndex::parentOf(file);
        if (DetectionContext::isNonServicePath(dir))
            continue;
        const Manifest *m = ctx.manifest(file, parseMixExs);
        if (!m || m->name.isEmpty())
            continue;
        const Dependency *phoenix = m->dependency(u"phoenix");
        if (!phoenix)
            continue;
        const QString app = m->name.value;
        ServiceDraft &d = ctx.addService(dir, u"elixir"_s);
        d.baseName = app;
        for (const Dependency &x : m->dependencies)
            d.dependencies << x.name.toLower();
        d.addEvidence(ev(u"service"_s, u"phoenix"_s, file, phoenix->line));
        d.language.offer(u"elixir"_s, Priority::Manifest, ev(u"language"_s, u"elixir"_s, file));
        d.framework.offer(u"phoenix"_s, Priority::Manifest, ev(u"framework"_s, u"phoenix"_s, file, phoenix->line));
        d.kind.offer(ServiceKind::Web, Priority::Manifest, ev(u"kind"_s, u"web"_s, file, phoenix->line));
        d.servesHttp = true;
        d.packageManager.offer(u"mix"_s, Priority::Manifest, ev(u"package_manager"_s, u"mix"_s, file));
        if (!m->languageVersion.isEmpty())
            d.languageVersion.offer(m->languageVersion.value, Priority::Manifest,
                                    ev(u"language_version"_s, m->languageVersion.value, file, m->languageVersion.line));
        for (int f : ctx.upwards(dir, u".tool-versions"_s)) {
            int line = 0;
            QString version = readVersionFile(ctx, f, u"elixir"_s, &line);
            if (const qsizetype otp = version.indexOf(u"-otp"); otp > 0)
                version.truncate(otp); // "1.16.3-otp-26": the Elixir version is what comes first
            if (!version.isEmpty()) {
                d.languageVersion.offer(
                    version, Priority::VersionFile,
                    ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                break;
            }
        }
        d.port.offer(4000, Priority::FrameworkDefault, ev(u"port"_s, u"4000"_s, file, phoenix->line));
        d.portEnv.offer(u"PORT"_s, Priority::FrameworkDefault, ev(u"port_env"_s, u"PORT"_s, file, phoenix->line));
        d.build.offer(u"mix deps.get --only prod && MIX_ENV=prod mix release"_s, Priority::Derived,
                      ev(u"build"_s, u"mix release"_s, file));
        d.start.offer(u"_build/prod/rel/"_s + app + u"/bin/"_s + app + u" start"_s, Priority::Derived,
                      ev(u"start"_s, app, file, m->name.line));
    }
}

} // namespace hydron::analysis
