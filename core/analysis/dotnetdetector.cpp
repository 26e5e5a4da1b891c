// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// .NET: solutions with several projects; ASP.NET Core web apps and APIs, worker services;
// class libraries and test projects are not services.
#include "core/analysis/detector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString slugOfProject(const QString &name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'.' || c == u'_' || c == u' ')
            out += u'-';
        else
            out += c.toLower();
    }
    return out;
}

} // namespace

void detectDotnet(DetectionContext &ctx)
{
    // Solutions: several projects make a monorepo.
    for (const auto &file : ctx.index.files()) {
        if (!file.path.endsWith(u".sln") || DetectionContext::isNonServicePath(file.path))
            continue;
        const Manifest *sln = ctx.manifest(file.path, parseSolution);
        if (!sln || sln->workspaces.size() < 2)
            continue;
        QStringList dirs;
        const QString slnDir = FileIndex::parentOf(file.path);
        for (const QString &project : sln->workspaces)
            dirs << FileIndex::parentOf(FileIndex::join(slnDir, project));
        dirs.removeDuplicates();
        dirs.sort();
        if (Priority::Manifest > ctx.monorepoPriority) {
            ctx.monorepo = Monorepo{u"dotnet"_s, dirs};
            ctx.monorepoPriority = Priority::Manifest;
        }
        break;
    }
    for (std::size_t i = 0; i < ctx.index.files().size(); ++i) {
        if (ctx.cancelled())
            return;
        const QString file = ctx.index.files()[i].path;
        if (!file.endsWith(u".csproj") || DetectionContext::isNonServicePath(file))
            continue;
        const Manifest *m = ctx.manifest(file, parseCsproj);
        if (!m)
            continue;
        const QString dir = FileIndex::parentOf(file);
        const QString projectName = file.section(u'/', -1).chopped(7);
        const QString sdk = m->field(u"sdk"_s).value;
        const bool test = m->dependencyWithPrefix(u"xunit") || m->dependencyWithPrefix(u"NUnit") ||
                          m->dependencyWithPrefix(u"MSTest") || m->has(u"Microsoft.NET.Test.Sdk") ||
                          projectName.endsWith(u"Tests") || projectName.endsWith(u".Test");
        if (test)
            continue;
        bool server = false, worker = false;
        for (int f : ctx.filesUnder(dir)) {
            const auto it = ctx.facts.constFind(f);
            if (it == ctx.facts.constEnd())
                continue;
            server = server || it->marker(u"server");
            worker = worker || it->marker(u"worker");
        }
        const bool web = sdk == u"Microsoft.NET.Sdk.Web";
        const bool exe = m->field(u"outputType"_s).value.compare(u"Exe", Qt::CaseInsensitive) == 0;
        const bool workerSdk = sdk == u"Microsoft.NET.Sdk.Worker";
        if (!web && !workerSdk && !(exe && (server || worker))) {
            ctx.libraryScopes.append(Scope{dir, false, false});
            continue;
        }
        ServiceDraft &d = ctx.addService(dir, u"dotnet"_s);
        d.baseName = slugOfProject(projectName);
        for (const Dependency &x : m->dependencies)
            d.dependencies << x.name.toLower();
        const int sdkLine = m->field(u"sdk"_s).line;
        d.addEvidence(ev(u"service"_s, sdk, file, sdkLine));
        d.language.offer(u"csharp"_s, Priority::Manifest, ev(u"language"_s, u"csharp"_s, file));
        d.packageManager.offer(u"dotnet"_s, Priority::Manifest, ev(u"package_manager"_s, u"dotnet"_s, file));
        const Located framework = m->field(u"targetFramework"_s);
        if (!m->languageVersion.isEmpty())
            d.languageVersion.offer(m->languageVersion.value, Priority::Manifest,
                                    ev(u"language_version"_s, framework.value, file, m->languageVersion.line));
        if (web || server) {
            const bool pages =
                ctx.index.hasDir(FileIndex::join(dir, u"Pages")) || ctx.index.hasDir(FileIndex::join(dir, u"Views"));
            d.framework.offer(u"aspnetcore"_s, Priority::Manifest, ev(u"framework"_s, u"aspnetcore"_s, file, sdkLine));
            d.kind.offer(pages ? ServiceKind::Web : ServiceKind::Api, Priority::Manifest,
                         ev(u"kind"_s, pages ? u"web"_s : u"api"_s, file, sdkLine));
            d.servesHttp = true;
            // Container images of .NET 8 and later listen on 8080 (ASPNETCORE_HTTP_PORTS); before, 80.
            const double version = m->languageVersion.value.toDouble();
            const bool modern = version >= 8.0;
            const Evidence pe = ev(u"port"_s, modern ? u"8080"_s : u"80"_s, file, framework.line);
            d.port.offer(modern ? 8080 : 80, Priority::FrameworkDefault, pe);
            d.portEnv.offer(
                modern ? u"ASPNETCORE_HTTP_PORTS"_s : u"ASPNETCORE_URLS"_s, Priority::FrameworkDefault,
                ev(u"port_env"_s, modern ? u"ASPNETCORE_HTTP_PORTS"_s : u"ASPNETCORE_URLS"_s, file, framework.line));
        } else {
            d.kind.offer(ServiceKind::Worker, Priority::Manifest, ev(u"kind"_s, u"worker"_s, file, sdkLine));
        }
        // Referenced class libraries: their configuration reads and clients are this service's too.
        for (auto ref = m->fields.cbegin(); ref != m->fields.cend(); ++ref) {
            if (!ref.key().startsWith(u"ref:"))
                continue;
            QStringList parts;
            for (const QString &part : FileIndex::join(dir, ref.key().mid(4)).split(u'/')) {
                if (part == u".." && !parts.isEmpty())
                    parts.removeLast();
                else if (part != u"." && part != u"..")
                    parts << part;
            }
            const QString libDir = FileIndex::parentOf(parts.join(u'/'));
            if (libDir != dir)
                d.scopes.append(Scope{libDir, false, false});
        }
        const QString assembly =
            m->field(u"assemblyName"_s).isEmpty() ? projectName : m->field(u"assemblyName"_s).value;
        d.build.offer(u"dotnet publish -c Release -o out"_s, Priority::Derived,
                      ev(u"build"_s, u"dotnet publish"_s, file));
        d.start.offer(u"dotnet out/"_s + assembly + u".dll"_s, Priority::Derived, ev(u"start"_s, assembly, file));
    }
}

} // namespace hydron::analysis
