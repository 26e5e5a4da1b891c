// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

// A realistic project for plan tests: a Node web app with a worker, Postgres and Redis.
namespace hydron::test {

inline Project shopProject()
{
    Service web;
    web.name = QStringLiteral("web");
    web.kind = ServiceKind::Web;
    web.language = QStringLiteral("javascript");
    web.languageVersion = QStringLiteral("20");
    web.framework = QStringLiteral("express");
    web.packageManager = QStringLiteral("npm");
    web.start = QStringLiteral("node server.js");
    web.ports = {3000};
    web.portEnv = QStringLiteral("PORT");
    web.health.path = QStringLiteral("/healthz");
    web.dependsOn = {QStringLiteral("postgres"), QStringLiteral("redis")};
    web.env = {{QStringLiteral("DATABASE_URL"), {}, false, true},
               {QStringLiteral("REDIS_URL"), {}, false, true},
               {QStringLiteral("SESSION_SECRET"), {}, true, true},
               {QStringLiteral("LOG_LEVEL"), QStringLiteral("info"), false, false}};
    Service worker = web;
    worker.name = QStringLiteral("worker");
    worker.kind = ServiceKind::Worker;
    worker.start = QStringLiteral("node worker.js");
    worker.ports = {};
    worker.portEnv.clear();
    worker.health = {};
    Service postgres;
    postgres.name = QStringLiteral("postgres");
    postgres.kind = ServiceKind::Backing;
    postgres.source = ServiceSource::Image;
    postgres.image = QStringLiteral("postgres:16");
    postgres.ports = {5432};
    postgres.volumes = {QStringLiteral("postgres-data:/var/lib/postgresql/data")};
    Service redis;
    redis.name = QStringLiteral("redis");
    redis.kind = ServiceKind::Backing;
    redis.source = ServiceSource::Image;
    redis.image = QStringLiteral("redis:7");
    redis.ports = {6379};

    Project p;
    p.name = QStringLiteral("shop");
    p.type = ProjectType::WebApp;
    p.source = ProjectSource::fromUserText(QStringLiteral("https://example.com/acme/shop.git"));
    p.services = {web, worker, postgres, redis};
    return p;
}

} // namespace hydron::test
