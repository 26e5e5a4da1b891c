// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Python: pip, poetry, uv and pipenv; Django, Flask and FastAPI apps; Celery and RQ workers.
#include "core/analysis/detector.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

// "app/main.py" -> "app.main"; "pkg/__init__.py" -> "pkg".
QString moduleOf(const QString &relative)
{
    QString module = relative;
    if (module.endsWith(u".py"))
        module.chop(3);
    if (module.endsWith(u"/__init__"))
        module.chop(9);
    return module.replace(u'/', u'.');
}

struct Found
{
    QString file;
    QString value;
    int line = 0;
};

QList<Found> markersUnder(DetectionContext &ctx, const QString &dir, const QString &kind)
{
    QList<Found> out;
    for (int i : ctx.filesUnder(dir)) {
        const auto it = ctx.facts.constFind(i);
        if (it == ctx.facts.constEnd())
            continue;
        for (const Marker &m : it->markers) {
            if (m.kind == kind)
                out.append(Found{ctx.index.files()[std::size_t(i)].path, m.value, m.line});
        }
    }
    return out;
}

} // namespace

void detectPython(DetectionContext &ctx)
{
    // Project folders: where the manifests are; a manage.py without one makes its own folder a project.
    QStringList roots;
    for (const QString &name : {u"pyproject.toml"_s, u"requirements.txt"_s, u"Pipfile"_s, u"setup.py"_s}) {
        for (int i : ctx.index.named(name)) {
            const QString dir = FileIndex::parentOf(ctx.index.files()[std::size_t(i)].path);
            if (!DetectionContext::isNonServicePath(dir) && !roots.contains(dir))
                roots << dir;
        }
    }
    for (int i : ctx.index.named(u"manage.py"_s)) {
        const QString dir = FileIndex::parentOf(ctx.index.files()[std::size_t(i)].path);
        bool owned = false;
        for (const QString &r : std::as_const(roots))
            owned = owned || r == dir || DetectionContext::isInside(dir, r);
        if (!owned && !DetectionContext::isNonServicePath(dir))
            roots << dir;
    }
    // An app with no manifest at all (a lone app.py): its folder, when the code makes a web app.
    for (auto it = ctx.facts.cbegin(); it != ctx.facts.cend(); ++it) {
        if (!it->marker(u"fastapi-app") && !it->marker(u"flask-app"))
            continue;
        const QString dir = FileIndex::parentOf(ctx.index.files()[std::size_t(it.key())].path);
        bool owned = false;
        for (const QString &r : std::as_const(roots))
            owned = owned || r == dir || DetectionContext::isInside(dir, r);
        // The folder holding the package, when the app module sits in one (app/main.py).
        const QString parent =
            ctx.index.hasFile(FileIndex::join(dir, u"__init__.py")) && dir != u"." ? FileIndex::parentOf(dir) : dir;
        if (!owned && !DetectionContext::isNonServicePath(parent) && !roots.contains(parent))
            roots << parent;
    }
    std::sort(roots.begin(), roots.end());

    for (const QString &dir : std::as_const(roots)) {
        if (ctx.cancelled())
            return;
        const auto path = [&](const QString &name) {
            return FileIndex::join(dir, name);
        };
        QList<Dependency> deps;
        QString depsFile;
        QString name;
        int nameLine = 0;
        Located requiresPython;
        QString requiresFile;
        const Manifest *pyproject = ctx.index.hasFile(path(u"pyproject.toml"_s))
                                        ? ctx.manifest(path(u"pyproject.toml"_s), parsePyproject)
                                        : nullptr;
        const Manifest *pipfile =
            ctx.index.hasFile(path(u"Pipfile"_s)) ? ctx.manifest(path(u"Pipfile"_s), parsePipfile) : nullptr;
        QMap<QString, QString> depFile; // dependency -> file it was found in
        const auto take = [&](const Manifest *m, const QString &file) {
            if (!m)
                return;
            for (const Dependency &d : m->dependencies) {
                if (d.dev || depFile.contains(d.name))
                    continue;
                deps.append(d);
                depFile.insert(d.name, file);
            }
            if (requiresPython.isEmpty() && !m->languageVersion.isEmpty()) {
                requiresPython = m->languageVersion;
                requiresFile = file;
            }
        };
        if (pyproject) {
            take(pyproject, path(u"pyproject.toml"_s));
            name = pyproject->name.value;
            nameLine = pyproject->name.line;
        }
        take(pipfile, path(u"Pipfile"_s));
        // requirements.txt and the usual split files, following -r includes inside the folder.
        QStringList requirementFiles = {path(u"requirements.txt"_s)};
        for (int i : ctx.filesUnder(FileIndex::join(dir, u"requirements"))) {
            const QString &p = ctx.index.files()[std::size_t(i)].path;
            if (p.endsWith(u".txt") && !p.contains(u"dev") && !p.contains(u"test"))
                requirementFiles << p;
        }
        for (qsizetype k = 0; k < requirementFiles.size() && k < 16; ++k) {
            const QString file = requirementFiles[k];
            if (!ctx.index.hasFile(file))
                continue;
            const Manifest *m = ctx.manifest(file, parseRequirements);
            take(m, file);
            if (!m)
                continue;
            for (auto it = m->fields.cbegin(); it != m->fields.cend(); ++it) {
                if (!it.key().startsWith(u"include:"))
                    continue;
                const QString included = FileIndex::join(FileIndex::parentOf(file), it.value().value);
                if (!requirementFiles.contains(included) && !included.contains(u"dev") && !included.contains(u"test"))
                    requirementFiles << included;
            }
        }
        depsFile = ctx.index.hasFile(path(u"requirements.txt"_s)) ? path(u"requirements.txt"_s)
                   : pyproject                                    ? path(u"pyproject.toml"_s)
                                                                  : path(u"Pipfile"_s);
        if (!ctx.index.hasFile(depsFile)) {
            // No manifest: the app's own file is the evidence.
            for (const QString &kind : {u"fastapi-app"_s, u"flask-app"_s}) {
                const QList<Found> apps = markersUnder(ctx, dir, kind);
                if (!apps.isEmpty() && !ctx.index.hasFile(depsFile))
                    depsFile = apps.first().file;
            }
        }
        const auto dep = [&](const QString &n) -> const Dependency * {
            for (const Dependency &d : deps) {
                if (d.name == n)
                    return &d;
            }
            return nullptr;
        };
        const auto depEvidence = [&](const QString &fact, const QString &value, const QString &n) {
            const Dependency *d = dep(n);
            return ev(fact, value, depFile.value(n, depsFile), d ? d->line : 0);
        };

        const QList<Found> fastapiApps = markersUnder(ctx, dir, u"fastapi-app"_s);
        const QList<Found> flaskApps = markersUnder(ctx, dir, u"flask-app"_s);
        const QList<Found> celeryApps = markersUnder(ctx, dir, u"celery-app"_s);
        const bool hasManage = ctx.index.hasFile(path(u"manage.py"_s)) || !ctx.index.named(u"manage.py"_s).isEmpty();
        QString manageDir; // where manage.py lives (inside this project)
        for (int i : ctx.index.named(u"manage.py"_s)) {
            const QString d = FileIndex::parentOf(ctx.index.files()[std::size_t(i)].path);
            if (d == dir || DetectionContext::isInside(d, dir)) {
                manageDir = d;
                break;
            }
        }

        QString framework;
        std::optional<ServiceKind> kind;
        Evidence frameworkEvidence;
        // A dependency alone makes a library (a Flask extension, a Django app package): the
        // project must hold the app itself.
        const bool djangoProject = !manageDir.isEmpty() || !markersUnder(ctx, dir, u"django-app"_s).isEmpty();
        if (djangoProject && (dep(u"django"_s) || hasManage)) {
            framework = u"django"_s;
            kind = ServiceKind::Web;
            frameworkEvidence = dep(u"django"_s)
                                    ? depEvidence(u"framework"_s, framework, u"django"_s)
                                    : ev(u"framework"_s, framework, FileIndex::join(manageDir, u"manage.py"));
        } else if (!fastapiApps.isEmpty()) {
            framework = u"fastapi"_s;
            kind = ServiceKind::Api;
            frameworkEvidence = depEvidence(u"framework"_s, framework, u"fastapi"_s);
        } else if (!flaskApps.isEmpty()) {
            framework = u"flask"_s;
            bool templates = false;
            for (const QString &d : ctx.index.directories())
                templates = templates || ((d == path(u"templates"_s) || d.endsWith(u"/templates")) &&
                                          (dir == u"." || DetectionContext::isInside(d, dir)));
            kind = templates ? ServiceKind::Web : ServiceKind::Api;
            frameworkEvidence = depEvidence(u"framework"_s, framework, u"flask"_s);
        } else if (dep(u"celery"_s) && !celeryApps.isEmpty()) {
            framework = u"celery"_s;
            kind = ServiceKind::Worker;
            frameworkEvidence = depEvidence(u"framework"_s, framework, u"celery"_s);
        } else if (dep(u"rq"_s) && !markersUnder(ctx, dir, u"rq"_s).isEmpty()) {
            framework = u"rq"_s;
            kind = ServiceKind::Worker;
            frameworkEvidence = depEvidence(u"framework"_s, framework, u"rq"_s);
        }
        QList<Found> servers = markersUnder(ctx, dir, u"server"_s);
        Evidence kindEvidence = frameworkEvidence;
        if (!kind && !servers.isEmpty()) {
            // No framework, but the code runs a server itself (http.server, wsgiref, aiohttp…).
            kind = ServiceKind::Api;
            kindEvidence = ev(u"kind"_s, {}, servers.first().file, servers.first().line);
        }
        if (!kind)
            continue; // a library or a script collection

        ServiceDraft &d = ctx.addService(dir, u"python"_s);
        for (const Dependency &x : deps)
            d.dependencies << x.name;
        d.language.offer(u"python"_s, Priority::Manifest, ev(u"language"_s, u"python"_s, depsFile));
        d.kind.offer(*kind, Priority::Manifest,
                     ev(u"kind"_s, serviceKindName(*kind), kindEvidence.file, kindEvidence.line));
        d.servesHttp = *kind != ServiceKind::Worker;
        if (!framework.isEmpty()) {
            frameworkEvidence.value = framework;
            d.framework.offer(framework, Priority::Manifest, frameworkEvidence);
        }
        d.addEvidence(ev(u"service"_s, framework.isEmpty() ? u"python"_s : framework,
                         frameworkEvidence.file.isEmpty() ? depsFile : frameworkEvidence.file, frameworkEvidence.line));

        // Package manager.
        QString pm;
        Evidence pmEvidence;
        if (ctx.index.hasFile(path(u"uv.lock"_s)) || (pyproject && pyproject->fields.contains(u"uv"_s))) {
            pm = u"uv"_s;
            pmEvidence = ev(u"package_manager"_s, pm,
                            ctx.index.hasFile(path(u"uv.lock"_s)) ? path(u"uv.lock"_s) : path(u"pyproject.toml"_s),
                            ctx.index.hasFile(path(u"uv.lock"_s)) ? 0 : pyproject->field(u"uv"_s).line);
        } else if (ctx.index.hasFile(path(u"poetry.lock"_s)) ||
                   (pyproject && pyproject->fields.contains(u"poetry"_s))) {
            pm = u"poetry"_s;
            pmEvidence =
                ev(u"package_manager"_s, pm,
                   ctx.index.hasFile(path(u"poetry.lock"_s)) ? path(u"poetry.lock"_s) : path(u"pyproject.toml"_s),
                   ctx.index.hasFile(path(u"poetry.lock"_s)) ? 0 : pyproject->field(u"poetry"_s).line);
        } else if (pipfile || ctx.index.hasFile(path(u"Pipfile.lock"_s))) {
            pm = u"pipenv"_s;
            pmEvidence = ev(u"package_manager"_s, pm, path(u"Pipfile"_s));
        } else if (ctx.index.hasFile(path(u"requirements.txt"_s)) || pyproject) {
            pm = u"pip"_s;
            pmEvidence = ev(u"package_manager"_s, pm, depsFile);
        }
        if (!pm.isEmpty())
            d.packageManager.offer(pm, Priority::Manifest, pmEvidence);
        const QString run = pm == u"uv"       ? u"uv run "_s
                            : pm == u"poetry" ? u"poetry run "_s
                            : pm == u"pipenv" ? u"pipenv run "_s
                                              : QString();
        if (pm == u"uv")
            d.build.offer(u"uv sync --frozen --no-dev"_s, Priority::Derived, pmEvidence);
        else if (pm == u"poetry")
            d.build.offer(u"poetry install --only main"_s, Priority::Derived, pmEvidence);
        else if (pm == u"pipenv")
            d.build.offer(u"pipenv install --deploy"_s, Priority::Derived, pmEvidence);
        else if (ctx.index.hasFile(path(u"requirements.txt"_s)))
            d.build.offer(u"pip install -r requirements.txt"_s, Priority::Derived, pmEvidence);
        else if (pm == u"pip")
            d.build.offer(u"pip install ."_s, Priority::Derived, pmEvidence);

        // Version.
        for (const QString &file : {u".python-version"_s, u"runtime.txt"_s, u".tool-versions"_s}) {
            for (int f : ctx.upwards(dir, file)) {
                int line = 0;
                const QString version = readVersionFile(ctx, f, u"python"_s, &line);
                if (!version.isEmpty()) {
                    d.languageVersion.offer(
                        version, Priority::VersionFile,
                        ev(u"language_version"_s, version, ctx.index.files()[std::size_t(f)].path, line));
                    break;
                }
            }
        }
        if (!requiresPython.isEmpty())
            d.languageVersion.offer(requiresPython.value, Priority::Manifest,
                                    ev(u"language_version"_s, requiresPython.value, requiresFile, requiresPython.line));

        // Name and start command per framework.
        const QString prefix = dir == u"." ? QString() : dir + u'/';
        if (!name.isEmpty())
            d.baseName = name;
        const bool gunicorn = dep(u"gunicorn"_s);
        const bool uvicorn =
            dep(u"uvicorn"_s) || (dep(u"fastapi"_s) && dep(u"fastapi"_s)->version.contains(u"standard"));
        if (framework == u"django") {
            // The project package is where wsgi.py / asgi.py live.
            QString project;
            Evidence projectEvidence;
            for (const QString &entry : {u"wsgi.py"_s, u"asgi.py"_s}) {
                for (int f : ctx.index.named(entry)) {
                    const QString &p = ctx.index.files()[std::size_t(f)].path;
                    if (!(dir == u"." || DetectionContext::isInside(p, dir)))
                        continue;
                    QString rel = FileIndex::parentOf(p);
                    const QString base = manageDir.isEmpty() ? dir : manageDir;
                    if (base != u"." && rel.startsWith(base + u'/'))
                        rel = rel.mid(base.size() + 1);
                    project = rel.replace(u'/', u'.');
                    projectEvidence = ev(u"start"_s, p, p);
                    break;
                }
                if (!project.isEmpty())
                    break;
            }
            if (d.baseName.isEmpty() && !project.isEmpty())
                d.baseName = project.section(u'.', -1);
            const QString chdir = manageDir.isEmpty() || manageDir == dir ? QString() : manageDir.mid(prefix.size());
            QString start;
            if (gunicorn && !project.isEmpty())
                start = run + u"gunicorn --bind 0.0.0.0:8000 "_s +
                        (chdir.isEmpty() ? QString() : u"--chdir "_s + chdir + u' ') + project + u".wsgi";
            else
                start = run + u"python "_s + (chdir.isEmpty() ? QString() : chdir + u'/') +
                        u"manage.py runserver 0.0.0.0:8000"_s;
            d.start.offer(start, Priority::Derived,
                          projectEvidence.file.isEmpty() ? frameworkEvidence : projectEvidence);
            d.port.offer(8000, Priority::FrameworkDefault,
                         ev(u"port"_s, u"8000"_s, frameworkEvidence.file, frameworkEvidence.line));
        } else if (framework == u"fastapi" || framework == u"flask") {
            const QList<Found> &apps = framework == u"fastapi" ? fastapiApps : flaskApps;
            const int defaultPort = framework == u"fastapi" || gunicorn ? 8000 : 5000;
            if (!apps.isEmpty()) {
                const Found &app = apps.first();
                const QString module = moduleOf(app.file.mid(prefix.size()));
                const bool factory = app.value.endsWith(u"()");
                const QString target = module + u':' + app.value;
                // The app file runs its own server (app.run / uvicorn.run under __main__)?
                const Found *self = nullptr;
                for (const Found &server : std::as_const(servers)) {
                    if (server.file == app.file)
                        self = &server;
                }
                QString start;
                Evidence why = ev(u"start"_s, app.value, app.file, app.line);
                if (framework == u"flask" && gunicorn) {
                    start = run + u"gunicorn --bind 0.0.0.0:8000 "_s + (factory ? u'"' + target + u'"' : target);
                } else if (self) {
                    // Its own code picks host and port (often from PORT): run the file.
                    start = run + u"python "_s + app.file.mid(prefix.size());
                    why = ev(u"start"_s, u"__main__"_s, self->file, self->line);
                } else if (framework == u"fastapi") {
                    start = run + u"uvicorn "_s +
                            (factory ? module + u':' + app.value.chopped(2) + u" --factory"_s : target) +
                            u" --host 0.0.0.0 --port 8000"_s;
                } else {
                    // The flask command finds an app or a create_app()/make_app() factory itself.
                    start =
                        run + u"flask --app "_s + (factory ? module : target) + u" run --host 0.0.0.0 --port 5000"_s;
                }
                if (framework == u"flask" || uvicorn || self || dep(u"fastapi"_s))
                    d.start.offer(start, Priority::Derived, why);
                if (d.baseName.isEmpty() && !name.isEmpty())
                    d.baseName = name;
            }
            d.port.offer(defaultPort, Priority::Derived,
                         ev(u"port"_s, QString::number(defaultPort), frameworkEvidence.file, frameworkEvidence.line));
        } else if (framework == u"celery" && !celeryApps.isEmpty()) {
            const QString module = moduleOf(celeryApps.first().file.mid(prefix.size()));
            const QString app = module.endsWith(u".celery") ? module.left(module.size() - 7) : module;
            d.start.offer(run + u"celery -A "_s + app + u" worker --loglevel=info"_s, Priority::Derived,
                          ev(u"start"_s, celeryApps.first().value, celeryApps.first().file, celeryApps.first().line));
        } else if (framework == u"rq") {
            d.start.offer(run + u"rq worker"_s, Priority::Derived, frameworkEvidence);
        } else if (!servers.isEmpty()) {
            d.start.offer(run + u"python "_s + servers.first().file.mid(prefix.size()), Priority::Derived,
                          ev(u"start"_s, servers.first().file, servers.first().file, servers.first().line));
        }
        if (!name.isEmpty())
            d.addEvidence(ev(u"service"_s, name, path(u"pyproject.toml"_s), nameLine));

        // Workers next to a web app.
        if (*kind != ServiceKind::Worker) {
            if (dep(u"celery"_s) && !celeryApps.isEmpty()) {
                const Found &app = celeryApps.first();
                const QString module = moduleOf(app.file.mid(prefix.size()));
                const QString target = module.endsWith(u".celery") ? module.left(module.size() - 7) : module;
                ServiceDraft &w =
                    addProcess(ctx, d, u"worker"_s, run + u"celery -A "_s + target + u" worker --loglevel=info"_s,
                               ev(u"start"_s, app.value, app.file, app.line), Priority::Derived);
                w.framework.offer(u"celery"_s, Priority::Manifest,
                                  depEvidence(u"framework"_s, u"celery"_s, u"celery"_s));
                const QList<Found> beat = markersUnder(ctx, dir, u"celery-beat"_s);
                if (!beat.isEmpty()) {
                    ServiceDraft &b =
                        addProcess(ctx, d, u"beat"_s, run + u"celery -A "_s + target + u" beat --loglevel=info"_s,
                                   ev(u"start"_s, u"beat"_s, beat.first().file, beat.first().line), Priority::Derived);
                    b.framework.offer(u"celery"_s, Priority::Manifest,
                                      depEvidence(u"framework"_s, u"celery"_s, u"celery"_s));
                }
            }
            if (dep(u"rq"_s) && !markersUnder(ctx, dir, u"rq"_s).isEmpty()) {
                const Found rq = markersUnder(ctx, dir, u"rq"_s).first();
                ServiceDraft &w = addProcess(ctx, d, u"worker"_s, run + u"rq worker"_s,
                                             ev(u"start"_s, u"rq"_s, rq.file, rq.line), Priority::Derived);
                w.framework.offer(u"rq"_s, Priority::Manifest, depEvidence(u"framework"_s, u"rq"_s, u"rq"_s));
            }
        }
    }
}

} // namespace hydron::analysis
