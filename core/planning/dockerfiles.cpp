// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/dockerfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

const QString TemplateDir = u":/dockerfiles/"_s;

bool isNodePm(const QString &pm)
{
    return pm == u"npm" || pm == u"yarn" || pm == u"pnpm" || pm == u"bun";
}

// "20.11.1" stays; a range ("^8.2", ">=20.10", "20.x") keeps its first `parts` numbers.
QString normaliseVersion(const QString &declared, int parts, const QString &fallback)
{
    static const QRegularExpression number(u"\\d+(\\.\\d+)*"_s);
    static const QRegularExpression exact(u"^v?\\d+(\\.\\d+)*$"_s);
    const QString text = declared.trimmed();
    const auto match = number.match(text);
    if (!match.hasMatch())
        return fallback;
    if (exact.match(text).hasMatch())
        return match.captured().startsWith(u'v') ? match.captured().mid(1) : match.captured();
    return match.captured().split(u'.').mid(0, parts).join(u'.');
}

// Install steps are the template's business: drop them from a build command.
QString withoutInstalls(const QString &build)
{
    static const QRegularExpression install(
        u"^(npm (ci|install)|yarn( install)?|pnpm (i|install)|bun install|pip3? install|uv sync|poetry install|"
        "pipenv install|bundle( install)?|composer install|mix deps\\.get|go mod download|cargo fetch)(\\s|$)"_s);
    QStringList kept;
    for (const QString &part : build.split(u"&&"_s)) {
        const QString step = part.trimmed();
        if (!step.isEmpty() && !install.match(step).hasMatch())
            kept.append(step);
    }
    return kept.join(u" && ");
}

bool singleLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(u'\r');
}

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Finds the nearest folder at or above `path` (relative to root, '/'-separated) that holds one of
// `files`; returns it relative to the root, or an empty optional.
std::optional<QString> nearestWith(const QString &root, const QString &path, const QStringList &files)
{
    QString rel = QDir::cleanPath(path);
    while (true) {
        for (const QString &f : files) {
            if (QFileInfo::exists(root + u'/' + rel + u'/' + f))
                return rel;
        }
        if (rel == u"." || rel.isEmpty())
            return std::nullopt;
        const qsizetype slash = rel.lastIndexOf(u'/');
        rel = slash < 0 ? u"."_s : rel.left(slash);
    }
}

QString relativeFrom(const QString &from, const QString &to)
{
    const QString rel = QDir(u"/r/"_s + from).relativeFilePath(u"/r/"_s + to);
    return rel.isEmpty() ? u"."_s : rel;
}

QString nodeRun(const QString &pm, const QString &script)
{
    if (pm == u"yarn")
        return u"yarn "_s + script;
    return pm + u" run "_s + script;
}

QString defaultStaticDir(const QString &framework)
{
    if (framework == u"nuxt")
        return u".output/public"_s;
    if (framework == u"sveltekit")
        return u"build"_s;
    if (framework == u"gatsby")
        return u"public"_s;
    if (framework == u"angular")
        return u"dist/browser"_s;
    return u"dist"_s;
}

} // namespace

QStringList dockerfileStacks()
{
    QStringList stacks;
    const QStringList files = QDir(TemplateDir).entryList({u"*.Dockerfile"_s}, QDir::Files, QDir::Name);
    for (QString f : files) {
        f.chop(QStringLiteral(".Dockerfile").size());
        stacks.append(f);
    }
    stacks.sort();
    return stacks;
}

Result<QString> dockerfileTemplate(const QString &stack)
{
    const QString text = readResource(TemplateDir + stack + u".Dockerfile"_s);
    if (text.isEmpty())
        return fail(Error::Code::NotFound, tr("There is no Dockerfile template \"%1\".").arg(stack));
    return text;
}

Result<QString> renderDockerfileTemplate(const QString &text, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(u"\\{\\{([A-Z_]+)\\}\\}"_s);
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        static const QRegularExpression instruction(u"^(RUN|EXPOSE) "_s);
        const QString bare = QString(trimmed).remove(instruction);
        const auto whole = placeholder.match(bare);
        if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedEnd() == bare.size() &&
            values.contains(whole.captured(1)) && values.value(whole.captured(1)).isEmpty())
            continue;
        QString rendered;
        qsizetype from = 0;
        auto it = placeholder.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!values.contains(m.captured(1)))
                return fail(Error::Code::Internal,
                            tr("The Dockerfile template needs a value for {{%1}}.").arg(m.captured(1)));
            rendered += line.mid(from, m.capturedStart() - from) + values.value(m.captured(1));
            from = m.capturedEnd();
        }
        rendered += line.mid(from);
        out.append(rendered);
    }
    // A WORKDIR directly followed by another one does nothing.
    for (qsizetype i = out.size() - 2; i >= 0; --i) {
        if (out.at(i).startsWith(u"WORKDIR ") && out.at(i + 1).startsWith(u"WORKDIR "))
            out.removeAt(i);
    }
    return out.join(u'\n');
}

QString stackFor(const Service &s)
{
    const QString &lang = s.language;
    const QString &pm = s.packageManager;
    if (s.kind == ServiceKind::Static || lang == u"html") {
        if (s.framework == u"hugo")
            return u"static-hugo"_s;
        if (isNodePm(pm))
            return u"static-node"_s;
        if (lang == u"html" || lang.isEmpty())
            return u"static"_s;
    }
    if (lang == u"javascript" || lang == u"typescript" || isNodePm(pm)) {
        if (pm == u"pnpm" || pm == u"yarn")
            return u"node-"_s + pm;
        return u"node-npm"_s;
    }
    if (lang == u"python") {
        if (pm == u"poetry" || pm == u"uv" || pm == u"pipenv")
            return u"python-"_s + pm;
        return u"python-pip"_s;
    }
    if (lang == u"go")
        return u"go"_s;
    if (lang == u"ruby")
        return u"ruby"_s;
    if (lang == u"php")
        return u"php"_s;
    if (lang == u"java" || lang == u"kotlin")
        return pm == u"gradle" ? u"java-gradle"_s : u"java-maven"_s;
    if (lang == u"rust")
        return u"rust"_s;
    if (lang == u"csharp")
        return u"dotnet"_s;
    if (lang == u"elixir")
        return u"elixir"_s;
    return {};
}

QString execFormJson(const QStringList &argv)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(argv)).toJson(QJsonDocument::Compact));
}

QStringList startArgv(const QString &command)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=@%+,-]+( [A-Za-z0-9_./:=@%+,-]+)*$"_s);
    const QString c = command.trimmed();
    if (c.isEmpty())
        return {};
    if (plain.match(c).hasMatch())
        return c.split(u' ');
    return {u"sh"_s, u"-c"_s, u"exec "_s + c};
}

Result<GeneratedDockerfile> generateDockerfile(const Service &s, const QString &sourceRoot)
{
    GeneratedDockerfile g;
    g.stack = stackFor(s);
    if (g.stack.isEmpty())
        return fail(Error::Code::Unsupported,
                    tr("%1: Hydron has no Dockerfile template for %2; add a Dockerfile to the service.")
                        .arg(s.name, s.language.isEmpty() ? tr("an unknown language") : s.language));
    const bool haveRoot = !sourceRoot.isEmpty() && QFileInfo(sourceRoot).isDir();
    const auto exists = [&](const QString &rel) {
        return haveRoot && QFileInfo::exists(sourceRoot + u'/' + rel);
    };
    const QString path = QDir::cleanPath(s.path.isEmpty() ? u"."_s : s.path);
    const auto inService = [&](const QString &file) -> QString {
        return path == u"." ? file : path + u'/' + file;
    };
    const int port = s.ports.value(0, 8080);

    QMap<QString, QString> v;
    v[u"PORT"_s] = s.ports.isEmpty() ? QString() : QString::number(port); // no EXPOSE for a worker
    g.context = path;
    QString build = singleLine(s.build) ? withoutInstalls(s.build) : QString();
    if (!singleLine(s.build))
        g.notes.append(tr("%1: the build command spans several lines; the Dockerfile leaves it out.").arg(s.name));
    QString start = singleLine(s.start) ? s.start.trimmed() : QString();
    QString ignoreFamily = u"default"_s;

    const QString &stack = g.stack;
    if (stack.startsWith(u"node-") || stack == u"static-node") {
        ignoreFamily = u"node"_s;
        g.runtime = stack == u"static-node" ? u"busybox"_s : u"node"_s;
        QString pm = s.packageManager.isEmpty() ? u"npm"_s : s.packageManager;
        if (pm == u"bun") {
            g.notes.append(tr("%1: Bun projects are built with npm here; check that package-lock.json exists or "
                              "switch the Dockerfile to the Bun image.")
                               .arg(s.name));
            pm = u"npm"_s;
        }
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 1, u"20"_s);
        v[u"PACKAGE_MANAGER"_s] = pm;
        QString lockfile = pm == u"pnpm"   ? u"pnpm-lock.yaml"_s
                           : pm == u"yarn" ? u"yarn.lock"_s
                                           : u"package-lock.json"_s;
        // A workspace member whose lockfile lives at the monorepo root builds from the root.
        QString workdir = u"/app"_s;
        bool monorepo = false;
        if (haveRoot && !exists(inService(lockfile))) {
            if (auto root = nearestWith(sourceRoot, path, {lockfile}); root && *root != path) {
                monorepo = true;
                g.context = *root;
                workdir = u"/app/"_s + relativeFrom(*root, path);
            }
        }
        const bool hasLock = !haveRoot || exists((g.context == u"." ? QString() : g.context + u'/') + lockfile);
        const bool berry = haveRoot && exists((g.context == u"." ? QString() : g.context + u'/') + u".yarnrc.yml"_s);
        QString manifests = u"package.json "_s + lockfile;
        QString install;
        QString prune;
        QStringList buildLines;
        if (pm == u"pnpm") {
            if (monorepo) {
                manifests = u"pnpm-lock.yaml pnpm-workspace.yaml"_s;
                install = u"pnpm fetch --frozen-lockfile"_s;
                buildLines.append(u"RUN pnpm install --offline --frozen-lockfile"_s);
            } else {
                install = u"pnpm install --frozen-lockfile"_s;
            }
            prune = u"pnpm prune --prod"_s;
        } else if (pm == u"yarn") {
            if (berry) {
                manifests += u" .yarnrc.yml"_s;
                install = u"corepack enable && yarn install --immutable"_s;
            } else {
                install = u"yarn install --frozen-lockfile"_s;
                prune = u"yarn install --frozen-lockfile --production --ignore-scripts --prefer-offline"_s;
            }
        } else {
            install = hasLock ? u"npm ci"_s : u"npm install"_s;
            prune = u"npm prune --omit=dev"_s;
        }
        if (!hasLock) {
            manifests = u"package.json"_s;
            if (pm != u"npm")
                install = pm + u" install"_s;
            g.notes.append(
                tr("%1: there is no %2, so installs are not reproducible; commit the lockfile.").arg(s.name, lockfile));
        }
        if (monorepo && pm != u"pnpm") {
            g.notes.append(tr("%1: a workspace member of a %2 monorepo; the Dockerfile installs from the root "
                              "after copying every package.")
                               .arg(s.name, pm));
            manifests = u"package.json "_s + lockfile;
            install.clear();
            buildLines.append(u"RUN "_s + (pm == u"yarn" ? u"yarn install --frozen-lockfile"_s
                                                         : (hasLock ? u"npm ci"_s : u"npm install"_s)));
        }
        // The Prisma CLI is usually a dev dependency; keep it for `prisma migrate deploy`.
        if (exists(inService(u"prisma/schema.prisma"_s)))
            prune.clear();
        if (!build.isEmpty())
            buildLines.append(u"RUN "_s + build);
        else if (stack == u"static-node")
            buildLines.append(u"RUN "_s + nodeRun(pm, u"build"_s));
        if (stack == u"static-node" && pm == u"pnpm" && !install.isEmpty())
            install = u"corepack enable && "_s + install;
        v[u"MANIFESTS"_s] = manifests;
        v[u"INSTALL"_s] = install;
        v[u"PRUNE"_s] = prune;
        v[u"BUILD"_s] = buildLines.join(u'\n');
        v[u"WORKDIR"_s] = workdir;
        v[u"STATIC_DIR"_s] = defaultStaticDir(s.framework);
        if (stack == u"static-node") {
            v[u"PORT"_s] = u"8080"_s;
        } else {
            if (start.isEmpty()) {
                start = pm == u"yarn" ? u"yarn start"_s : pm + u" start"_s;
                g.notes.append(tr("%1: no start command was found; the image runs \"%2\".").arg(s.name, start));
            }
            v[u"START"_s] = execFormJson(startArgv(start));
        }
    } else if (stack.startsWith(u"python-")) {
        ignoreFamily = u"python"_s;
        g.runtime = u"python"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 2, u"3.12"_s);
        const QString pm = stack.mid(7);
        if (pm == u"poetry") {
            v[u"MANIFESTS"_s] = u"pyproject.toml poetry.lock"_s;
            v[u"INSTALL"_s] = u"poetry install --only main --no-root"_s;
        } else if (pm == u"uv") {
            v[u"MANIFESTS"_s] = u"pyproject.toml uv.lock"_s;
            v[u"INSTALL"_s] = u"uv sync --frozen --no-dev --no-install-project"_s;
            build = build.isEmpty() ? u"uv sync --frozen --no-dev"_s : u"uv sync --frozen --no-dev && "_s + build;
        } else if (pm == u"pipenv") {
            v[u"MANIFESTS"_s] = u"Pipfile Pipfile.lock"_s;
            v[u"INSTALL"_s] = u"pipenv install --deploy"_s;
        } else {
            v[u"MANIFESTS"_s] = u"requirements.txt"_s;
            v[u"INSTALL"_s] = u"pip install -r requirements.txt"_s;
            if (haveRoot && !exists(inService(u"requirements.txt"_s)) && exists(inService(u"pyproject.toml"_s))) {
                v[u"MANIFESTS"_s] = u"pyproject.toml"_s;
                v[u"INSTALL"_s] = u"pip install ."_s;
            }
        }
        v[u"BUILD"_s] = build.isEmpty() ? QString() : u"RUN "_s + build;
        // The virtual environment is on PATH: "uv run x" and "poetry run x" are just "x".
        static const QRegularExpression runner(u"^(uv run|poetry run|pipenv run)\\s+"_s);
        start.remove(runner);
        if (start.isEmpty()) {
            if (s.framework == u"django")
                start = u"gunicorn --bind 0.0.0.0:%1 wsgi"_s.arg(port);
            g.notes.append(tr("%1: no start command was found; set one (for example a gunicorn or uvicorn "
                              "command) before deploying.")
                               .arg(s.name));
        }
        v[u"START"_s] = execFormJson(startArgv(start));
    } else if (stack == u"go") {
        g.runtime = u"busybox"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 2, u"1.22"_s);
        v[u"MANIFESTS"_s] = u"go.mod go.sum*"_s;
        v[u"INSTALL"_s] = u"go mod download"_s;
        QString package = u"."_s;
        if (haveRoot) {
            if (auto root = nearestWith(sourceRoot, path, {u"go.mod"_s}); root && *root != path) {
                g.context = *root;
                package = u"./"_s + relativeFrom(*root, path);
            }
        }
        v[u"PACKAGE"_s] = package;
        QStringList argv = startArgv(start);
        if (!argv.isEmpty() && argv.first() != u"sh")
            argv.first() = u"/usr/local/bin/app"_s;
        else
            argv = {u"/usr/local/bin/app"_s};
        v[u"START"_s] = execFormJson(argv);
    } else if (stack == u"static" || stack == u"static-hugo") {
        g.runtime = u"busybox"_s;
        v[u"PORT"_s] = u"8080"_s;
        v[u"STATIC_DIR"_s] = u"."_s;
        v[u"BUILD"_s] =
            stack == u"static-hugo" ? u"RUN "_s + (build.startsWith(u"hugo") ? build : u"hugo --minify"_s) : QString();
    } else if (stack == u"ruby") {
        g.runtime = u"bash"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 2, u"3.3"_s);
        v[u"MANIFESTS"_s] = u"Gemfile Gemfile.lock"_s;
        v[u"INSTALL"_s] = u"bundle install"_s;
        // Rails precompiles assets without the real secret.
        if (build.contains(u"assets:precompile") && !build.contains(u"SECRET_KEY_BASE"))
            build = u"SECRET_KEY_BASE_DUMMY=1 "_s + build;
        v[u"BUILD"_s] = build.isEmpty() ? QString() : u"RUN "_s + build;
        if (start.isEmpty() && s.framework == u"rails")
            start = u"bundle exec rails server -b 0.0.0.0 -p %1"_s.arg(port);
        v[u"START"_s] = execFormJson(startArgv(start));
    } else if (stack == u"php") {
        g.runtime = u"bash"_s;
        v[u"PORT"_s] = QString::number(port);
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 2, u"8.3"_s);
        v[u"MANIFESTS"_s] = u"composer.json composer.lock"_s;
        v[u"INSTALL"_s] = u"composer install --no-dev --no-scripts --no-autoloader --prefer-dist --no-interaction"_s;
        v[u"BUILD"_s] = QString();
        if (build.contains(u"npm"))
            g.notes.append(tr("%1: front-end assets (npm) are not built by this Dockerfile; build them in CI or "
                              "add a Node stage.")
                               .arg(s.name));
        const bool publicDir = s.framework == u"laravel" || s.framework == u"symfony";
        v[u"DOCROOT"_s] = publicDir ? u"/var/www/html/public"_s : u"/var/www/html"_s;
        v[u"START"_s] = execFormJson(start.isEmpty() ? QStringList{u"apache2-foreground"_s} : startArgv(start));
    } else if (stack.startsWith(u"java-")) {
        g.runtime = u"bash"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 1, u"21"_s);
        if (stack == u"java-maven") {
            v[u"MANIFESTS"_s] = u"pom.xml"_s;
            v[u"INSTALL"_s] = u"mvn -B -q dependency:go-offline"_s;
            if (start.isEmpty())
                start = u"java -jar target/*.jar"_s;
        } else {
            v[u"MANIFESTS"_s] = u"build.gradle* settings.gradle* gradle.properties*"_s;
            v[u"INSTALL"_s] = u"gradle dependencies --no-daemon -q"_s;
            if (start.isEmpty())
                start = u"java -jar build/libs/*.jar"_s;
        }
        v[u"START"_s] = execFormJson(startArgv(start));
    } else if (stack == u"rust") {
        g.runtime = u"bash"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 3, u"1"_s);
        v[u"MANIFESTS"_s] = u"Cargo.toml Cargo.lock"_s;
        v[u"INSTALL"_s] = u"cargo fetch --locked"_s;
        if (haveRoot) {
            if (auto root = nearestWith(sourceRoot, path, {u"Cargo.lock"_s}); root && *root != path)
                g.context = *root;
        }
        QString binary = s.name;
        if (const QStringList argv = startArgv(start); !argv.isEmpty() && argv.first() != u"sh")
            binary = QFileInfo(argv.first()).fileName();
        v[u"BINARY"_s] = binary;
        v[u"START"_s] = execFormJson({u"/usr/local/bin/"_s + binary});
    } else if (stack == u"dotnet") {
        g.runtime = u"bash"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 2, u"8.0"_s);
        v[u"MANIFESTS"_s] = u"*.csproj"_s;
        v[u"INSTALL"_s] = u"dotnet restore"_s;
        v[u"PROJECT"_s] = QString();
        QString dll = s.name + u".dll"_s;
        static const QRegularExpression dllName(u"([A-Za-z0-9_.-]+\\.dll)"_s);
        if (const auto m = dllName.match(start); m.hasMatch())
            dll = m.captured(1);
        v[u"START"_s] = execFormJson({u"dotnet"_s, u"/app/"_s + dll});
        g.args.insert(u"SDK_IMAGE"_s, QString());
        g.args.insert(u"RUNTIME_IMAGE"_s, QString());
        g.notes.append(tr("%1: set the build arguments SDK_IMAGE and RUNTIME_IMAGE to Microsoft's .NET %2 SDK and "
                          "ASP.NET runtime images.")
                           .arg(s.name, v.value(u"VERSION"_s)));
    } else if (stack == u"elixir") {
        g.runtime = u"bash"_s;
        v[u"VERSION"_s] = normaliseVersion(s.languageVersion, 2, u"1.16"_s);
        v[u"MANIFESTS"_s] = u"mix.exs mix.lock"_s;
        v[u"INSTALL"_s] = u"mix deps.get --only prod && mix deps.compile"_s;
        QStringList steps{u"RUN mix compile"_s};
        if (s.framework == u"phoenix")
            steps.append(u"RUN mix assets.deploy"_s);
        steps.append(u"RUN mix release"_s);
        v[u"BUILD"_s] = steps.join(u'\n');
        QString release = QString(s.name).replace(u'-', u'_');
        static const QRegularExpression rel(u"_build/prod/rel/([A-Za-z0-9_]+)/"_s);
        if (const auto m = rel.match(start); m.hasMatch())
            release = m.captured(1);
        v[u"RELEASE"_s] = release;
        v[u"START"_s] = execFormJson({u"/app/bin/"_s + release, u"start"_s});
    }
    if (v.value(u"START"_s) == u"[]"_s)
        v[u"START"_s] =
            execFormJson({u"sh"_s, u"-c"_s, u"echo 'Hydron: set the start command of this service' >&2; exit 1"_s});

    auto text = dockerfileTemplate(stack);
    if (!text)
        return std::unexpected(text.error());
    auto rendered = renderDockerfileTemplate(*text, v);
    if (!rendered)
        return std::unexpected(rendered.error());
    g.dockerfile = *rendered;
    g.dockerignore = readResource(TemplateDir + ignoreFamily + u".dockerignore"_s);
    return g;
}

} // namespace hydron::planning
