// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plan of tests/data/deploy/pyapp: a Python web app (built, public on app.test, health
// /health) and redis:7 as its backing service, with one secret.
#include "core/planning/plandocument.h"

inline hydron::planning::PlanDocument pyappPlan(const QString &project)
{
    using namespace hydron::planning;
    PlanDocument doc;
    doc.project = project;
    doc.network = project + QStringLiteral("-internal");
    PlanService redis;
    redis.name = QStringLiteral("redis");
    redis.kind = hydron::ServiceKind::Backing;
    redis.backing = QStringLiteral("redis");
    redis.image = QStringLiteral("redis:7");
    redis.ports = {6379};
    redis.health.type = PlanHealth::Type::Command;
    redis.health.command = QStringLiteral("redis-cli ping | grep -q PONG");
    redis.health.intervalSeconds = 2;
    redis.health.startPeriodSeconds = 1;
    redis.volumes = {PlanVolume{QStringLiteral("redis-data"), QStringLiteral("/data")}};
    PlanService web;
    web.name = QStringLiteral("web");
    web.kind = hydron::ServiceKind::Web;
    PlanBuild build;
    build.dockerfile = QStringLiteral("Dockerfile");
    web.build = build;
    web.runtime = QStringLiteral("python");
    web.ports = {8000};
    web.isPublic = true;
    web.publicPort = 8000;
    web.domains = {PlanDomain{QStringLiteral("app.test"), TlsMode::None}};
    web.health.type = PlanHealth::Type::Http;
    web.health.path = QStringLiteral("/health");
    web.health.port = 8000;
    web.health.intervalSeconds = 2;
    web.health.timeoutSeconds = 3;
    web.health.retries = 3;
    web.health.startPeriodSeconds = 1;
    web.dependsOn = {QStringLiteral("redis")};
    web.env = {PlanEnvVar::literal(QStringLiteral("REDIS_HOST"), QStringLiteral("redis")),
               PlanEnvVar::secret(QStringLiteral("SECRET_TOKEN"), QStringLiteral("web.SECRET_TOKEN"), true)};
    web.postDeploy = {QStringLiteral("test -f /app/app.py")};
    doc.services = {redis, web};
    doc.secrets = {PlanSecret{QStringLiteral("web.SECRET_TOKEN"), std::nullopt, QStringLiteral("a token")}};
    return doc;
}
