// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatetestdata.h"

using namespace Qt::StringLiterals;

namespace hydron::test {

QByteArray validTestTemplate()
{
    return R"({
    "id": "t", "name": "T", "description": "d", "category": "c",
    "services": [
        {"name": "db", "kind": "worker", "image": "postgres:16.4-alpine", "ports": [5432],
         "env": [{"name": "POSTGRES_PASSWORD", "secret": true, "generate": {"length": 32}}],
         "volumes": [{"name": "db", "path": "/var/lib/postgresql/data"}],
         "health": {"command": "pg_isready"}},
        {"name": "app", "kind": "web", "image": "node:20.18.0-alpine", "ports": [3000], "public": true,
         "env": [{"name": "DATABASE_URL", "secret": true, "value": "postgres://u:${db.POSTGRES_PASSWORD}@db/app"},
                 {"name": "URL", "value": "${public_url}"},
                 {"name": "PRICE", "value": "$$5"}],
         "health": {"http": "/health"}, "depends_on": ["db"]}
    ]
})";
}

QList<TemplateMutation> invalidTemplateMutations()
{
    return {
        {"unknown field", QByteArray(R"("depends_on": ["db"])"), QByteArray(R"("depend_on": ["db"])"),
         u"Template t, service app: unknown field \"depend_on\"; the fields are: name, kind, image, command, "
         "ports, public, env, volumes, health, depends_on, ulimits."_s},
        {"port twice", QByteArray(R"("ports": [3000])"), QByteArray(R"("ports": [3000, 3000])"),
         u"Template t, service app: the port 3000 is listed twice."_s},
        {"port out of range", QByteArray(R"("ports": [5432])"), QByteArray(R"("ports": [70000])"),
         u"Template t, service db: the port 70000 is not a number between 1 and 65535."_s},
        {"port zero", QByteArray(R"("ports": [5432])"), QByteArray(R"("ports": [0])"),
         u"Template t, service db: the port 0 is not a number between 1 and 65535."_s},
        {"unknown dependency", QByteArray(R"("depends_on": ["db"])"), QByteArray(R"("depends_on": ["cache"])"),
         u"Template t, service app: depends_on names \"cache\", which is not a service of this template."_s},
        {"cycle", QByteArray(R"("health": {"command": "pg_isready"}})"),
         QByteArray(R"("health": {"command": "pg_isready"}, "depends_on": ["app"]})"),
         u"Template t: depends_on forms a cycle, so no service could start first."_s},
        {"literal secret", QByteArray(R"("generate": {"length": 32})"), QByteArray(R"("value": "hunter2hunter2")"),
         u"Template t, service db POSTGRES_PASSWORD: a secret must not carry a literal value in a template; "
         "generate it, require it, or build it from references to generated secrets."_s},
        {"unpinned image", QByteArray("postgres:16.4-alpine"), QByteArray("postgres"),
         u"Template t, service db: the image postgres is not pinned; give a version tag (not \"latest\") or a "
         "digest, so a deploy is repeatable."_s},
        {"latest image", QByteArray("postgres:16.4-alpine"), QByteArray("postgres:latest"),
         u"Template t, service db: the image postgres:latest is not pinned; give a version tag (not "
         "\"latest\") or a digest, so a deploy is repeatable."_s},
        {"invalid image", QByteArray("postgres:16.4-alpine"), QByteArray("Postgres:16"),
         u"Template t, service db: The repository name \"Postgres\" has upper-case letters; Docker repository "
         "names must be lower case (\"postgres\")."_s},
        {"no health check", QByteArray(R"("health": {"http": "/health"}, )"), QByteArray(),
         u"Template t, service app: every service needs a health check (\"health\" with \"http\" or "
         "\"command\")."_s},
        {"two health checks", QByteArray(R"({"http": "/health"})"),
         QByteArray(R"({"http": "/health", "command": "true"})"),
         u"Template t, service app: the health check needs exactly one of \"http\" (a path) and "
         "\"command\"."_s},
        {"health path", QByteArray(R"("/health")"), QByteArray(R"("health")"),
         u"Template t, service app: the health check path \"health\" must start with "
         "'/'."_s},
        {"value and generate", QByteArray(R"("generate": {"length": 32})"),
         QByteArray(R"("generate": {"length": 32}, "value": "x")"),
         u"Template t, service db POSTGRES_PASSWORD: give exactly one of \"value\", \"generate\" and "
         "\"required\": true."_s},
        {"generated but not secret", QByteArray(R"({"name": "POSTGRES_PASSWORD", "secret": true, )"),
         QByteArray(R"({"name": "POSTGRES_PASSWORD", )"),
         u"Template t, service db POSTGRES_PASSWORD: a generated value is a secret; mark it \"secret\": "
         "true."_s},
        {"short secret", QByteArray(R"({"length": 32})"), QByteArray(R"({"length": 8})"),
         u"Template t, service db POSTGRES_PASSWORD: a generated secret must be 16 to "
         "256 characters long, not 8."_s},
        {"unknown reference", QByteArray("${db.POSTGRES_PASSWORD}"), QByteArray("${db.PASSWORD}"),
         u"Template t, service app DATABASE_URL: the reference ${db.PASSWORD} names no variable; write "
         "${service.NAME} or ${public_url}."_s},
        {"secret leaks into a plain variable", QByteArray(R"({"name": "DATABASE_URL", "secret": true, )"),
         QByteArray(R"({"name": "DATABASE_URL", )"),
         u"Template t, service app DATABASE_URL contains the secret ${db.POSTGRES_PASSWORD}, so it must be "
         "marked \"secret\": true."_s},
        {"public_url of a private service", QByteArray(R"("public": true)"), QByteArray(R"("public": false)"),
         u"Template t, service app URL: ${public_url} needs a public service."_s},
        {"unclosed reference", QByteArray(R"("${public_url}")"), QByteArray(R"("${public_url")"),
         u"Template t, service app URL: the value \"${public_url\" opens \"${\" without closing it with "
         "\"}\"."_s},
        {"service name", QByteArray(R"("name": "app")"), QByteArray(R"("name": "My App")"),
         u"Template t, service My App: the service name must be lower-case letters, digits, '-' and '_': "
         "other services reach it by that host name."_s},
        {"service twice", QByteArray(R"("name": "app")"), QByteArray(R"("name": "db")"),
         u"Template t: the service db is defined twice."_s},
        {"id is not the file name", QByteArray(R"("id": "t")"), QByteArray(R"("id": "other")"),
         u"t.json: the file name must be the template's id (other.json)."_s},
        {"bad id", QByteArray(R"("id": "t")"), QByteArray(R"("id": "T_x")"),
         u"t.json: the id \"T_x\" must be lower-case letters and digits joined by single "
         "dashes."_s},
        {"missing description", QByteArray(R"("description": "d", )"), QByteArray(),
         u"t.json: the field \"description\" is missing"_s},
        {"unknown kind", QByteArray(R"("kind": "worker")"), QByteArray(R"("kind": "database")"),
         u"Template t, service db: the kind \"database\" is not one of web, api, worker, static, job."_s},
        {"relative volume path", QByteArray("/var/lib/postgresql/data"), QByteArray("data"),
         u"Template t, service db: the volume db needs an absolute path in the container, not \"data\"."_s},
        {"env name", QByteArray(R"("name": "URL")"), QByteArray(R"("name": "1URL")"),
         u"Template t, service app: \"1URL\" is not a valid environment variable name "
         "(letters, digits and '_', not starting with a digit)."_s},
        {"public without port", QByteArray(R"("ports": [3000], "public": true)"), QByteArray(R"("public": true)"),
         u"Template t, service app: a public service needs a port for the reverse proxy."_s},
    };
}

} // namespace hydron::test
