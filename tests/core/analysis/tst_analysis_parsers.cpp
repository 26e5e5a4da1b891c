// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The pure parsers: package manifests, compose files, Dockerfiles, Procfiles and deploy
// manifests, with their line numbers and their failure on bad input.
#include "core/analysis/composefile.h"
#include "core/analysis/deploymanifest.h"
#include "core/analysis/dockerfile.h"
#include "core/analysis/manifest.h"
#include "core/analysis/procfile.h"
#include "core/analysis/sourcescan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron::analysis;

class TestAnalysisParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageJson_readsScriptsDependenciesAndLines()
    {
        // "apps/" followed by a star is spelled @@ and replaced: moc reads slash-star as a comment.
        const Manifest m = parsePackageJson(QByteArray(R"({
  "name": "@acme/api",
  "scripts": { "start": "node server.js", "build": "tsc" },
  "engines": { "node": ">=20" },
  "dependencies": { "express": "^4" },
  "devDependencies": { "typescript": "^5" },
  "workspaces": { "packages": ["apps/@@"] },
  "packageManager": "pnpm@9.1.0"
})")
                                                .replace("@@", "*"));
        QVERIFY(m.ok());
        QCOMPARE(m.name, (Located{u"@acme/api"_s, 2}));
        QCOMPARE(m.scripts.value(u"start"_s), (Located{u"node server.js"_s, 3}));
        QCOMPARE(m.languageVersion, (Located{u">=20"_s, 4}));
        QCOMPARE(m.dependency(u"express")->line, 5);
        QVERIFY(!m.dependency(u"express")->dev);
        QVERIFY(m.dependency(u"typescript")->dev);
        QCOMPARE(m.workspaces, QStringList{u"apps/"_s + u'*'});
        QCOMPARE(m.field(u"packageManager"_s).value, u"pnpm@9.1.0"_s);
    }

    void packageJson_invalid_reportsLine()
    {
        const Manifest m = parsePackageJson("{\n  \"name\": \"x\",\n  oops\n}");
        QVERIFY(!m.ok());
        QCOMPARE(m.errorLine, 3);
        QVERIFY(parsePackageJson("[1, 2]").error.contains(u"object"));
    }

    void pyproject_readsPep621PoetryAndUv()
    {
        const Manifest pep = parsePyproject("[project]\nname = \"svc\"\nrequires-python = \">=3.11\"\n"
                                            "dependencies = [\"FastAPI>=0.110\", \"uvicorn[standard]\"]\n[tool.uv]\n");
        QVERIFY(pep.ok());
        QCOMPARE(pep.languageVersion.value, u">=3.11"_s);
        QVERIFY(pep.has(u"fastapi"));
        QVERIFY(pep.has(u"uvicorn"));
        QVERIFY(pep.fields.contains(u"uv"_s));
        const Manifest poetry = parsePyproject(
            "[tool.poetry]\nname = \"p\"\n[tool.poetry.dependencies]\npython = \"^3.12\"\nDjango = \"^5.0\"\n"
            "[tool.poetry.group.dev.dependencies]\npytest = \"*\"\n");
        QVERIFY(poetry.ok());
        QCOMPARE(poetry.languageVersion.value, u"^3.12"_s);
        QCOMPARE(poetry.dependency(u"django")->line, 5);
        QVERIFY(poetry.dependency(u"pytest")->dev);
        const Manifest bad = parsePyproject("[project\nname = 1");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errorLine, 1);
    }

    void requirements_skipsOptionsAndFollowsIncludes()
    {
        const Manifest m = parseRequirements("# base\n-r base.txt\nDjango==5.0 # web\n--index-url https://x\n"
                                             "psycopg2-binary>=2.9\ngit+https://example.org/x.git\n");
        QCOMPARE(m.dependencies.size(), 2);
        QCOMPARE(m.dependency(u"django")->line, 3);
        QVERIFY(m.fields.contains(u"include:base.txt"_s));
    }

    void goMod_cargo_gemfile_composer_mix()
    {
        const Manifest go =
            parseGoMod("module example.org/x\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n"
                       "\tgolang.org/x/net v0.1.0 // indirect\n)\n");
        QCOMPARE(go.name.value, u"example.org/x"_s);
        QCOMPARE(go.languageVersion, (Located{u"1.22"_s, 3}));
        QVERIFY(!go.dependency(u"github.com/gin-gonic/gin")->dev);
        QVERIFY(go.dependency(u"golang.org/x/net")->dev);

        const Manifest cargo =
            parseCargoToml("[package]\nname = \"api\"\n[dependencies]\naxum = \"0.7\"\n"
                           "sqlx = { version = \"0.7\", features = [\"postgres\"] }\n[[bin]]\nname = \"srv\"\n");
        QVERIFY(cargo.ok());
        QCOMPARE(cargo.dependency(u"sqlx")->version, u"0.7|postgres"_s);
        QVERIFY(cargo.fields.contains(u"bin:srv"_s));

        const Manifest gems =
            parseGemfile("ruby \"3.3.0\"\ngem \"rails\", \"~> 7.1\"\ngroup :test do\n  gem \"rspec\"\nend\n"
                         "gem 'pg'\n");
        QCOMPARE(gems.languageVersion.value, u"3.3.0"_s);
        QVERIFY(!gems.dependency(u"rails")->dev);
        QVERIFY(gems.dependency(u"rspec")->dev);
        QVERIFY(!gems.dependency(u"pg")->dev);

        const Manifest composer = parseComposerJson(R"({"require": {"php": "^8.2", "laravel/framework": "^11"}})");
        QCOMPARE(composer.languageVersion.value, u"^8.2"_s);
        QVERIFY(composer.has(u"laravel/framework"));

        const Manifest mix = parseMixExs("def project do\n  [app: :chat, elixir: \"~> 1.16\"]\nend\ndefp deps do\n"
                                         "  [{:phoenix, \"~> 1.7\"}, {:floki, \">= 0.30\", only: :test}]\nend\n");
        QCOMPARE(mix.name.value, u"chat"_s);
        QVERIFY(mix.has(u"phoenix"));
    }

    void pom_csproj_solution_gradle()
    {
        const Manifest pom = parsePomXml(
            "<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</"
            "artifactId>"
            "</parent><artifactId>shop</artifactId><version>1.0</version><properties><java.version>17</java.version>"
            "</properties><dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</"
            "artifactId>"
            "</dependency></dependencies></project>");
        QVERIFY(pom.ok());
        QCOMPARE(pom.name.value, u"shop"_s);
        QCOMPARE(pom.languageVersion.value, u"17"_s);
        QCOMPARE(pom.field(u"parent"_s).value, u"org.springframework.boot:spring-boot-starter-parent"_s);
        QVERIFY(pom.has(u"org.postgresql:postgresql"));
        QVERIFY(!parsePomXml("<project><artifactId>x</project>").ok());

        const Manifest csproj = parseCsproj(
            "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n<PropertyGroup>\n<TargetFramework>net8.0</TargetFramework>\n"
            "</PropertyGroup>\n<ItemGroup>\n<PackageReference Include=\"Npgsql\" Version=\"8.0.0\" "
            "/>\n</ItemGroup>\n</Project>");
        QVERIFY(csproj.ok());
        QCOMPARE(csproj.field(u"sdk"_s).value, u"Microsoft.NET.Sdk.Web"_s);
        QCOMPARE(csproj.languageVersion, (Located{u"8.0"_s, 3}));
        QCOMPARE(csproj.dependency(u"Npgsql")->line, 6);

        const Manifest sln =
            parseSolution("Project(\"{FAE04EC0}\") = \"Api\", \"src\\Api\\Api.csproj\", \"{1}\"\nEndProject\n"
                          "Project(\"{2150E333}\") = \"Solution Items\", \"Solution Items\", \"{2}\"\nEndProject\n");
        QCOMPARE(sln.workspaces, QStringList{u"src/Api/Api.csproj"_s});

        const Manifest gradle =
            parseGradleBuild("plugins {\n    id 'org.springframework.boot' version '3.3.0'\n"
                             "    kotlin(\"jvm\") version \"1.9.24\"\n}\ndependencies {\n"
                             "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
                             "    testImplementation(\"org.junit:junit:4.13\")\n}\n"
                             "java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }\n");
        QCOMPARE(gradle.scripts.value(u"org.springframework.boot"_s), (Located{u"3.3.0"_s, 2}));
        QVERIFY(gradle.fields.contains(u"kotlin"_s));
        QVERIFY(gradle.has(u"org.springframework.boot:spring-boot-starter-web"));
        QVERIFY(gradle.dependency(u"org.junit:junit")->dev);
        QCOMPARE(gradle.languageVersion.value, u"21"_s);
        const Manifest settings = parseGradleSettings("rootProject.name = 'shop'\ninclude(\":api\", \":libs:core\")\n");
        QCOMPARE(settings.name.value, u"shop"_s);
        QCOMPARE(settings.workspaces, (QStringList{u"api"_s, u"libs/core"_s}));
    }

    void compose_readsBuildPortsEnvDependsAndMergeKeys()
    {
        const ComposeFile c = parseComposeFile(R"(x-common: &common
  environment:
    LOG_LEVEL: info
services:
  api:
    <<: *common
    build:
      context: ./api
      dockerfile: docker/Dockerfile
    ports:
      - "127.0.0.1:8080:3000/tcp"
      - target: 9000
        published: 9000
    depends_on:
      db:
        condition: service_healthy
    command: ["node", "server.js"]
    healthcheck:
      test: ["CMD-SHELL", "curl -f http://localhost:3000/health || exit 1"]
  db:
    image: postgres:16
    environment:
      - POSTGRES_PASSWORD=secret
      - PGDATA
)");
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.services.size(), 2);
        const ComposeService &api = c.services[0];
        QCOMPARE(api.name, u"api"_s);
        QCOMPARE(api.line, 5);
        QVERIFY(api.hasBuild);
        QCOMPARE(api.context, u"./api"_s);
        QCOMPARE(api.dockerfile, u"docker/Dockerfile"_s);
        QCOMPARE(api.ports.size(), 2);
        QCOMPARE(api.ports[0].first, 3000);
        QCOMPARE(api.ports[1].first, 9000);
        QCOMPARE(api.environment.size(), 1); // from the merge key
        QCOMPARE(api.environment[0].name, u"LOG_LEVEL"_s);
        QCOMPARE(api.dependsOn, (QList<Located>{Located{u"db"_s, 15}}));
        QCOMPARE(api.command.value, u"node server.js"_s);
        QCOMPARE(api.healthcheck.value, u"curl -f http://localhost:3000/health || exit 1"_s);
        const ComposeService &db = c.services[1];
        QCOMPARE(db.image.value, u"postgres:16"_s);
        QCOMPARE(db.environment.size(), 2);
        QVERIFY(db.environment[0].hasValue);
        QVERIFY(!db.environment[1].hasValue);
    }

    void compose_invalidOrHostile_failsCleanly()
    {
        QVERIFY(!parseComposeFile("services: [unclosed").ok());
        QVERIFY(!parseComposeFile("version: '3'\n").ok()); // no services
        QByteArray deep(5000, '[');
        QVERIFY(!parseComposeFile(deep).ok());
        // An alias bomb expands to too many values, not to all the memory there is.
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'k'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + "]\n";
        bomb += "services:\n  x:\n    <<: *k\n";
        QVERIFY(!parseComposeFile(bomb).ok());
    }

    void dockerfile_readsFinalStage()
    {
        // Built from plain literals: moc reads "#" at a line start as a directive, even in raw strings.
        const Dockerfile d = parseDockerfile(
            "# syntax=docker/dockerfile:1\n"
            "ARG BASE=node:20\n"
            "FROM --platform=linux/amd64 ${BASE} AS build\n"
            "RUN npm ci && \\\n"
            "    npm run build\n"
            "RUN <<EOF\n"
            "echo EXPOSE 1234\n"
            "EOF\n"
            "\n"
            "FROM node:20-slim\n"
            "ENV PORT=8080 \\\n"
            "    NODE_ENV=production\n"
            "EXPOSE ${PORT}/tcp 9090\n"
            "HEALTHCHECK --interval=10s --timeout=2s CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1\n"
            "ENTRYPOINT [\"docker-entrypoint.sh\"]\n"
            "CMD [\"node\", \"dist/server.js\"]\n");
        QVERIFY(d.ok());
        QCOMPARE(d.stages.size(), 2);
        QCOMPARE(d.stages[0].name, u"build"_s);
        QVERIFY(d.stages[0].exposed.isEmpty()); // the heredoc body is not an instruction
        const DockerfileStage &last = *d.finalStage();
        QCOMPARE(last.image, (Located{u"node:20-slim"_s, 10}));
        QCOMPARE(last.exposed.size(), 2);
        QCOMPARE(last.exposed[0], (std::pair{8080, 13}));
        QCOMPARE(last.exposed[1].first, 9090);
        QCOMPARE(last.healthcheck.line, 14);
        QCOMPARE(last.startCommand().value, u"docker-entrypoint.sh node dist/server.js"_s);
        const HealthProbe probe = probeFromCommand(last.healthcheck.value);
        QCOMPARE(probe.path, u"/healthz"_s);
        QCOMPARE(probe.port, 8080);
        QVERIFY(!parseDockerfile("RUN echo no base\n").ok());
    }

    void procfile_readsEntries()
    {
        const Procfile p =
            parseProcfile("# processes\nweb: bundle exec puma -C config/puma.rb\n\nworker:bundle exec sidekiq\n"
                          "not a process line\nweb: gunicorn app:app\n");
        QVERIFY(p.ok());
        QCOMPARE(p.entries.size(), 2);
        QCOMPARE(p.entries[0].name, u"web"_s);
        QCOMPARE(p.entries[0].command, (Located{u"gunicorn app:app"_s, 6})); // the later one wins
        QCOMPARE(p.entries[1].command, (Located{u"bundle exec sidekiq"_s, 4}));
        QVERIFY(!parseProcfile("\n# nothing\n").ok());
    }

    void deployManifests()
    {
        const DeployManifest render = parseRenderYaml(R"(services:
  - type: web
    name: site
    rootDir: web
    healthCheckPath: /up
    envVars:
      - key: DATABASE_URL
        fromDatabase:
          name: db
          property: connectionString
      - key: API_KEY
        sync: false
  - type: keyvalue
    name: cache
databases:
  - name: db
)");
        QVERIFY(render.ok());
        QCOMPARE(render.services.size(), 1);
        QCOMPARE(render.services[0].rootDir, u"web"_s);
        QCOMPARE(render.services[0].health, (Located{u"/up"_s, 5}));
        QCOMPARE(render.services[0].env[0].backingKind, u"postgres"_s);
        QCOMPARE(render.services[0].env[1].required, std::optional<bool>(true));
        QCOMPARE(render.backing.size(), 2);

        const DeployManifest fly =
            parseFlyToml("app = \"x\"\n[http_service]\ninternal_port = 3000\n"
                         "[[http_service.checks]]\npath = \"/healthz\"\n[processes]\nworker = \"bin/worker\"\n");
        QVERIFY(fly.ok());
        QCOMPARE(fly.services[0].port, std::optional<int>(3000));
        QCOMPARE(fly.services[0].portLine, 3);
        QCOMPARE(fly.services[0].health.value, u"/healthz"_s);
        QCOMPARE(fly.services[0].processes[0].name, u"worker"_s);
        QVERIFY(!parseFlyToml("[http_service\n").ok());

        const DeployManifest railway =
            parseRailwayToml("[deploy]\nstartCommand = \"npm start\"\nhealthcheckPath = \"/health\"\n");
        QCOMPARE(railway.services[0].start, (Located{u"npm start"_s, 2}));
        const DeployManifest railwayJson = parseRailwayJson(R"({"deploy": {"healthcheckPath": "/ok"}})");
        QCOMPARE(railwayJson.services[0].health.value, u"/ok"_s);

        const DeployManifest heroku = parseAppJson(R"({"env": {"KEY": {"required": true}, "OPT": "x"},
 "addons": ["heroku-postgresql:mini", {"plan": "heroku-redis"}]})");
        QVERIFY(heroku.ok());
        QCOMPARE(heroku.services[0].env[0].required, std::optional<bool>(true));
        QVERIFY(heroku.services[0].env[1].hasValue);
        QCOMPARE(heroku.backing.size(), 2);
        QCOMPARE(heroku.backing[1].kind, u"redis"_s);
    }

    void envFile()
    {
        const QList<EnvFileEntry> entries =
            parseEnvFile("# c\nexport A=1\nB=\"two words\" # note\nC=\nD='x#y'\nnot valid\n");
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].name, u"A"_s);
        QCOMPARE(entries[1].value, u"two words"_s);
        QCOMPARE(entries[2].value, QString());
        QCOMPARE(entries[3].value, u"x#y"_s);
        QCOMPARE(entries[3].line, 5);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisParsers)
#include "tst_analysis_parsers.moc"
