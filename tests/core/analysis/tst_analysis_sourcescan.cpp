// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The source idioms per language: env reads with and without defaults, ports, health routes,
// clients constructed from configuration versus from data, and framework markers.
#include "core/analysis/analyzer.h"
#include "core/analysis/sourcescan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron::analysis;

namespace {

// "NAME" (required) or "NAME?" (optional), in order of appearance.
QStringList envOf(const FileFacts &facts)
{
    QStringList out;
    for (const EnvRead &e : facts.env)
        out << (e.optional ? e.name + u'?' : e.name);
    return out;
}

QStringList usagesOf(const FileFacts &facts)
{
    QStringList out;
    for (const Usage &u : facts.usages) {
        const QString how = u.how == Usage::How::Import   ? u"import"_s
                            : u.how == Usage::How::Client ? u"client"_s
                                                          : u"config"_s;
        out << u.slug + u':' + how;
    }
    return out;
}

} // namespace

class TestAnalysisSourceScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void javascript()
    {
        const FileFacts f = scanSource(SourceLanguage::TypeScript, R"(import express from 'express';
import { Pool } from 'pg';
// process.env.COMMENTED_OUT
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const port = Number(process.env.PORT) || 8081;
const key = process.env['API_KEY'];
const { REGION = 'eu', BUCKET } = process.env;
if (process.env.SENTRY_DSN) init();
const debug = process.env.DEBUG === '1';
app.get('/healthz', ok);
app.get('/users', list);
app.listen(port);
)");
        QCOMPARE(envOf(f), (QStringList{u"DATABASE_URL"_s, u"PORT?"_s, u"API_KEY"_s, u"REGION?"_s, u"BUCKET"_s,
                                        u"SENTRY_DSN?"_s, u"DEBUG?"_s}));
        QCOMPARE(f.ports.size(), 1);
        QCOMPARE(f.ports[0].port, 8081);
        QCOMPARE(f.ports[0].env, u"PORT"_s);
        QCOMPARE(f.routes.size(), 1);
        QCOMPARE(f.routes[0].path, u"/healthz"_s);
        QCOMPARE(f.routes[0].line, 10);
        QVERIFY(f.marker(u"server"));
        QVERIFY(usagesOf(f).contains(u"postgres:client"_s));
    }

    void comments_areNotCode()
    {
        const FileFacts f =
            scanSource(SourceLanguage::JavaScript, "/**\n"
                                                   " * Reads process.env.IN_DOC_COMMENT\n"
                                                   " */\n"
                                                   "// process.env.IN_LINE_COMMENT\n"
                                                   "/* process.env.ONE_LINE */ const a = process.env.SAME_LINE;\n"
                                                   "const b = process.env.AFTER;\n");
        QCOMPARE(envOf(f), QStringList{u"AFTER"_s});
        const FileFacts py = scanSource(SourceLanguage::Python, "# os.environ['COMMENTED']\nx = os.environ['REAL']\n");
        QCOMPARE(envOf(py), QStringList{u"REAL"_s});
    }

    void javascript_clientFromData_isNotAConnection()
    {
        const FileFacts f = scanSource(SourceLanguage::JavaScript, R"(const { Client } = require('pg');
for (const target of targets) {
  const c = new Client({ connectionString: target.url });
}
)");
        QCOMPARE(usagesOf(f), (QStringList{u"postgres:import"_s, u"postgres:import"_s}));
    }

    void javascript_nestControllerWithPrefix()
    {
        const FileFacts f = scanSource(SourceLanguage::TypeScript, R"(@Controller('health')
export class HealthController {
  @Get()
  check() {}
  @Get('ready')
  ready() {}
}
)");
        QStringList routes;
        for (const RouteHint &r : f.routes)
            routes << r.path;
        QCOMPARE(routes, (QStringList{u"/health"_s, u"/health/ready"_s}));
    }

    void python()
    {
        const FileFacts f = scanSource(SourceLanguage::Python, R"(import os
import redis
from fastapi import FastAPI

SECRET = os.environ["SECRET_KEY"]
DEBUG = os.environ.get("DEBUG", "0") == "1"
PORT = int(os.getenv("PORT", "8000"))
TOKEN = os.getenv("TOKEN")
if os.getenv("SENTRY_DSN"):
    pass
URL = os.getenv("CACHE_URL") or "redis://localhost"
app = FastAPI()
cache = redis.Redis()

@app.get("/health")
def health():
    return {}
)");
        QCOMPARE(envOf(f), (QStringList{u"SECRET_KEY"_s, u"DEBUG?"_s, u"PORT?"_s, u"TOKEN"_s, u"SENTRY_DSN?"_s,
                                        u"CACHE_URL?"_s}));
        QCOMPARE(f.env[5].defaultValue, u"redis://localhost"_s);
        QCOMPARE(f.ports[0].port, 8000);
        QCOMPARE(f.marker(u"fastapi-app")->value, u"app"_s);
        QCOMPARE(f.routes[0].path, u"/health"_s);
        QVERIFY(usagesOf(f).contains(u"redis:client"_s));
    }

    // node:http without a framework routes by comparing the URL: the health path is still found.
    void javascript_nodeHttpRoutes()
    {
        const FileFacts f = scanSource(SourceLanguage::JavaScript, R"(const http = require('node:http');
const server = http.createServer(async (req, res) => {
  if (req.url === '/health') return ok(res);
  if (url.pathname == '/users') return list(res);
  if (req.url === '/') return home(res);
});
server.listen(Number(process.env.PORT || 3000));
)");
        QCOMPARE(f.routes.size(), 1);
        QCOMPARE(f.routes[0].path, u"/health"_s);
        QCOMPARE(f.routes[0].line, 3);
        QVERIFY(f.marker(u"server"));
    }

    // The standard library's servers (http.server, wsgiref) make a Python web service too.
    void python_stdlibServer()
    {
        const FileFacts f = scanSource(SourceLanguage::Python, R"(import http.server

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            return self.ok()
        elif self.path == "/status-report":
            return self.report()

http.server.ThreadingHTTPServer(("0.0.0.0", 8000), Handler).serve_forever()
)");
        QVERIFY(f.marker(u"server"));
        QCOMPARE(f.marker(u"server")->line, 10);
        QCOMPARE(f.routes.size(), 1);
        QCOMPARE(f.routes[0].path, u"/health"_s);
        const FileFacts wsgi = scanSource(SourceLanguage::Python, R"(def app(environ, start):
    if environ["PATH_INFO"] == "/healthz":
        return ok(start)
)");
        QCOMPARE(wsgi.routes.size(), 1);
        QCOMPARE(wsgi.routes[0].path, u"/healthz"_s);
        QVERIFY(!wsgi.marker(u"server"));
    }

    void python_pydanticSettings()
    {
        const FileFacts f = scanSource(SourceLanguage::Python, R"(class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_")

    database_url: str
    workers: int = 4

settings = Settings()
)");
        QCOMPARE(envOf(f), (QStringList{u"APP_DATABASE_URL"_s, u"APP_WORKERS?"_s}));
    }

    void ruby_go_java_php_rust_csharp_elixir()
    {
        QCOMPARE(
            envOf(scanSource(SourceLanguage::Ruby, "a = ENV[\"A\"]\nb = ENV.fetch(\"B\")\nc = ENV.fetch(\"C\", 1)\n"
                                                   "d = ENV.fetch(\"D\") { 2 }\ne = ENV[\"E\"] || \"x\"\n")),
            (QStringList{u"A"_s, u"B"_s, u"C?"_s, u"D?"_s, u"E?"_s}));

        const FileFacts go = scanSource(SourceLanguage::Go, R"(package main

import (
	"net/http"
	"os"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	key := os.Getenv("API_KEY")
	http.HandleFunc("/healthz", ok)
	http.ListenAndServe(":"+port, nil)
}
)");
        QCOMPARE(envOf(go), (QStringList{u"PORT?"_s, u"API_KEY"_s}));
        QCOMPARE(go.ports[0].port, 8080);
        QCOMPARE(go.imports, (QStringList{u"net/http"_s, u"os"_s}));
        QCOMPARE(go.marker(u"go-package")->value, u"main"_s);
        QVERIFY(go.marker(u"go-main"));
        QVERIFY(go.marker(u"server"));
        QCOMPARE(go.routes[0].path, u"/healthz"_s);

        QCOMPARE(
            envOf(scanSource(SourceLanguage::Java, "String a = System.getenv(\"A\");\n@Value(\"${B:x}\") String b;\n")),
            (QStringList{u"A"_s, u"B?"_s}));
        QCOMPARE(
            envOf(scanSource(SourceLanguage::Php, "<?php\n$a = env('A');\n$b = env('B', 'x');\n$c = getenv('C');\n")),
            (QStringList{u"A"_s, u"B?"_s, u"C"_s}));
        QCOMPARE(envOf(scanSource(SourceLanguage::Rust,
                                  "let a = std::env::var(\"A\").expect(\"A\");\n"
                                  "let b = env::var(\"B\")\n    .unwrap_or_else(|_| \"x\".into());\n")),
                 (QStringList{u"A"_s, u"B?"_s}));
        const FileFacts cs =
            scanSource(SourceLanguage::CSharp, "var a = builder.Configuration.GetConnectionString(\"Main\");\n"
                                               "var b = Environment.GetEnvironmentVariable(\"B\") ?? \"x\";\n"
                                               "var c = builder.Configuration[\"Stripe:Key\"];\n"
                                               "options.UseNpgsql(a);\n");
        QCOMPARE(envOf(cs), (QStringList{u"ConnectionStrings__Main"_s, u"B?"_s, u"Stripe__Key"_s}));
        QCOMPARE(usagesOf(cs), QStringList{u"postgres:config"_s});
        QCOMPARE(
            envOf(scanSource(SourceLanguage::Elixir, "a = System.fetch_env!(\"A\")\nb = System.get_env(\"B\", \"1\")\n"
                                                     "c =\n  System.get_env(\"C\") ||\n    raise \"C is missing\"\n")),
            (QStringList{u"A"_s, u"B?"_s, u"C"_s}));
    }

    void healthPaths()
    {
        for (const QString &p : {u"/health"_s, u"/healthz"_s, u"/up"_s, u"/api/health"_s, u"/readyz"_s, u"/livez"_s,
                                 u"/actuator/health"_s, u"/q/health/live"_s, u"/status"_s, u"/-/ready"_s})
            QVERIFY2(isHealthPath(p), qPrintable(p));
        for (const QString &p : {u"/"_s, u"/users"_s, u"/healthy-food"_s, u"/api/users/health-records"_s})
            QVERIFY2(!isHealthPath(p), qPrintable(p));
        QVERIFY(healthPathRank(u"/health") < healthPathRank(u"/status"));
    }

    void testPaths()
    {
        for (const QString &p : {u"src/app.test.ts"_s, u"tests/conftest.py"_s, u"internal/x_test.go"_s,
                                 u"spec/models/user_spec.rb"_s, u"src/test/java/AppTest.java"_s, u"__tests__/a.js"_s})
            QVERIFY2(isTestPath(p), qPrintable(p));
        for (const QString &p : {u"src/app.ts"_s, u"app/models/contest.py"_s, u"cmd/api/main.go"_s, u"src/latest.js"_s})
            QVERIFY2(!isTestPath(p), qPrintable(p));
    }

    void languages()
    {
        QCOMPARE(sourceLanguageOf(u"a.tsx"), SourceLanguage::TypeScript);
        QCOMPARE(sourceLanguageOf(u"a.d.ts"), SourceLanguage::Unknown);
        QCOMPARE(sourceLanguageOf(u"build.gradle.kts"), SourceLanguage::Unknown);
        QCOMPARE(sourceLanguageOf(u"mix.exs"), SourceLanguage::Unknown);
        QCOMPARE(sourceLanguageOf(u"runtime.exs"), SourceLanguage::Elixir);
        QCOMPARE(sourceLanguageOf(u"README"), SourceLanguage::Unknown);
    }

    void urlKinds()
    {
        QCOMPARE(backingKindOfUrl(u"postgresql+asyncpg://u@h/db"), u"postgres"_s); // SQLAlchemy driver suffix
        QCOMPARE(backingKindOfUrl(u"postgresql://u@h/db"), u"postgres"_s);
        QCOMPARE(backingKindOfUrl(u"jdbc:mysql://h/db"), u"mysql"_s);
        QCOMPARE(backingKindOfUrl(u"mongodb+srv://c.example.net"), u"mongodb"_s);
        QCOMPARE(backingKindOfUrl(u"rediss://h:6380"), u"redis"_s);
        QCOMPARE(backingKindOfUrl(u"amqp://guest@h"), u"rabbitmq"_s);
        QCOMPARE(backingKindOfUrl(u"https://example.org"), QString());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSourceScan)
#include "tst_analysis_sourcescan.moc"
