// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/backing.h"

#include "core/source/imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

const QList<BackingEngine> &engines()
{
    static const QList<BackingEngine> list{
        {u"postgres"_s, u"postgresql"_s, 5432, 512, u"app"_s, u"app"_s, u"POSTGRES_PASSWORD"_s},
        {u"mysql"_s, u"mysql"_s, 3306, 1024, u"app"_s, u"app"_s, u"MYSQL_PASSWORD"_s},
        {u"mariadb"_s, u"mysql"_s, 3306, 512, u"app"_s, u"app"_s, u"MARIADB_PASSWORD"_s},
        {u"mongodb"_s, u"mongodb"_s, 27017, 1024, u"app"_s, u"app"_s, u"MONGO_INITDB_ROOT_PASSWORD"_s},
        {u"redis"_s, u"redis"_s, 6379, 256, {}, {}, {}},
        {u"rabbitmq"_s, u"amqp"_s, 5672, 512, u"app"_s, {}, u"RABBITMQ_DEFAULT_PASS"_s},
        {u"memcached"_s, {}, 11211, 128, {}, {}, {}},
        {u"elasticsearch"_s, u"http"_s, 9200, 1536, {}, {}, {}},
        {u"kafka"_s, {}, 9092, 1024, {}, {}, {}},
    };
    return list;
}

// Env var name prefixes that point at an engine's family.
QStringList prefixesFor(const QString &engine)
{
    if (engine == u"postgres")
        return {u"DATABASE"_s,
                u"DB"_s,
                u"POSTGRES"_s,
                u"POSTGRESQL"_s,
                u"PG"_s,
                u"SQLALCHEMY_DATABASE"_s,
                u"JDBC"_s,
                u"SPRING_DATASOURCE"_s,
                u"CONNECTIONSTRINGS"_s};
    if (engine == u"mysql" || engine == u"mariadb")
        return {u"DATABASE"_s,
                u"DB"_s,
                u"MYSQL"_s,
                u"MARIADB"_s,
                u"SQLALCHEMY_DATABASE"_s,
                u"JDBC"_s,
                u"SPRING_DATASOURCE"_s,
                u"CONNECTIONSTRINGS"_s};
    if (engine == u"mongodb")
        return {u"MONGO"_s, u"MONGODB"_s, u"DATABASE"_s, u"DB"_s};
    if (engine == u"redis")
        return {u"REDIS"_s,  u"CACHE"_s,    u"CELERY_BROKER"_s, u"CELERY_RESULT_BACKEND"_s,
                u"BROKER"_s, u"RQ_REDIS"_s, u"SESSION_REDIS"_s};
    if (engine == u"rabbitmq")
        return {u"RABBITMQ"_s, u"AMQP"_s, u"CELERY_BROKER"_s, u"BROKER"_s};
    if (engine == u"memcached")
        return {u"MEMCACHE"_s, u"MEMCACHED"_s, u"CACHE"_s};
    if (engine == u"elasticsearch")
        return {u"ELASTICSEARCH"_s, u"ELASTIC"_s, u"ES"_s, u"SEARCH"_s};
    if (engine == u"kafka")
        return {u"KAFKA"_s};
    return {};
}

enum class Part
{
    Url,
    Jdbc,
    AdoNet,
    Host,
    Port,
    Address,
    User,
    Password,
    Database
};

// The part of a connection that a variable names, from its suffix.
std::optional<Part> partOf(const QString &upper)
{
    if (upper.startsWith(u"CONNECTIONSTRINGS__"))
        return Part::AdoNet;
    if (upper.startsWith(u"JDBC") || upper == u"SPRING_DATASOURCE_URL")
        return Part::Jdbc;
    static const QList<std::pair<QStringList, Part>> suffixes{
        {{u"_URL"_s, u"_URI"_s, u"_DSN"_s, u"_BACKEND"_s}, Part::Url},
        {{u"_HOST"_s, u"_HOSTNAME"_s, u"_SERVER"_s}, Part::Host},
        {{u"_PORT"_s}, Part::Port},
        {{u"_ADDR"_s, u"_ADDRESS"_s, u"_SERVERS"_s, u"_BROKERS"_s, u"_BOOTSTRAP_SERVERS"_s, u"_NODES"_s},
         Part::Address},
        {{u"_USER"_s, u"_USERNAME"_s}, Part::User},
        {{u"_PASSWORD"_s, u"_PASS"_s}, Part::Password},
        {{u"_NAME"_s, u"_DB"_s, u"_DATABASE"_s}, Part::Database},
    };
    for (const auto &[list, part] : suffixes) {
        for (const QString &suffix : list) {
            if (upper.endsWith(suffix))
                return part;
        }
    }
    // libpq's own variables.
    static const QMap<QString, Part> pq{{u"PGHOST"_s, Part::Host},         {u"PGPORT"_s, Part::Port},
                                        {u"PGUSER"_s, Part::User},         {u"PGPASSWORD"_s, Part::Password},
                                        {u"PGDATABASE"_s, Part::Database}, {u"DATABASE"_s, Part::Database}};
    if (pq.contains(upper))
        return pq.value(upper);
    return std::nullopt;
}

QString passwordRef(const PlanService &backing, const BackingEngine &engine)
{
    return backing.name + u'.' + engine.passwordVar;
}

} // namespace

std::optional<BackingEngine> backingEngineByName(const QString &engine)
{
    for (const BackingEngine &e : engines()) {
        if (e.engine == engine)
            return e;
    }
    return std::nullopt;
}

std::optional<BackingEngine> backingEngineForImage(const QString &image)
{
    auto ref = source::ImageReference::parse(image);
    if (!ref)
        return std::nullopt;
    QString repo = ref->repository();
    if (repo.startsWith(u"library/"))
        repo = repo.mid(8);
    if (repo == u"mongo")
        repo = u"mongodb"_s;
    if (repo == u"apache/kafka" || repo == u"bitnami/kafka")
        repo = u"kafka"_s;
    if (repo == u"postgis/postgis" || repo == u"pgvector/pgvector" || repo == u"timescale/timescaledb")
        repo = u"postgres"_s;
    if (repo == u"valkey/valkey")
        repo = u"redis"_s;
    return backingEngineByName(repo);
}

void configureBacking(PlanService &s, const BackingEngine &e, QList<PlanSecret> &secrets)
{
    s.backing = e.engine;
    if (s.ports.isEmpty())
        s.ports = {e.port};
    s.memoryMb = e.memoryMb;
    s.runtime = u"unknown"_s;
    const auto addSecret = [&](const QString &var) {
        const QString ref = s.name + u'.' + var;
        secrets.append(
            PlanSecret{ref, SecretGenerate{}, tr("Generated password for the %1 service (%2).").arg(s.name, e.engine)});
        s.env.append(PlanEnvVar::secret(var, ref));
    };
    const auto literal = [&](const QString &name, const QString &value) {
        s.env.append(PlanEnvVar::literal(name, value));
    };
    PlanHealth &h = s.health;
    h.type = PlanHealth::Type::Command;
    h.intervalSeconds = 5;
    h.timeoutSeconds = 5;
    h.retries = 10;
    h.startPeriodSeconds = 10;
    if (e.engine == u"postgres") {
        literal(u"POSTGRES_USER"_s, e.user);
        literal(u"POSTGRES_DB"_s, e.database);
        addSecret(e.passwordVar);
        h.command = u"pg_isready -U %1 -d %2"_s.arg(e.user, e.database);
    } else if (e.engine == u"mysql") {
        literal(u"MYSQL_USER"_s, e.user);
        literal(u"MYSQL_DATABASE"_s, e.database);
        addSecret(e.passwordVar);
        addSecret(u"MYSQL_ROOT_PASSWORD"_s);
        h.command = u"mysqladmin ping -h 127.0.0.1 --silent"_s;
        h.startPeriodSeconds = 30;
    } else if (e.engine == u"mariadb") {
        literal(u"MARIADB_USER"_s, e.user);
        literal(u"MARIADB_DATABASE"_s, e.database);
        addSecret(e.passwordVar);
        addSecret(u"MARIADB_ROOT_PASSWORD"_s);
        h.command = u"healthcheck.sh --connect --innodb_initialized"_s;
        h.startPeriodSeconds = 30;
    } else if (e.engine == u"mongodb") {
        literal(u"MONGO_INITDB_ROOT_USERNAME"_s, e.user);
        addSecret(e.passwordVar);
        h.command = u"mongosh --quiet --eval \"db.adminCommand('ping').ok\""_s;
        h.startPeriodSeconds = 20;
    } else if (e.engine == u"redis") {
        // Reached only on the project's internal network; append-only file for durability.
        s.command = {u"redis-server"_s, u"--appendonly"_s, u"yes"_s};
        h.command = u"redis-cli ping"_s;
    } else if (e.engine == u"rabbitmq") {
        literal(u"RABBITMQ_DEFAULT_USER"_s, e.user);
        addSecret(e.passwordVar);
        h.command = u"rabbitmq-diagnostics -q ping"_s;
        h.intervalSeconds = 10;
        h.startPeriodSeconds = 30;
    } else if (e.engine == u"elasticsearch") {
        literal(u"discovery.type"_s, u"single-node"_s);
        literal(u"xpack.security.enabled"_s, u"false"_s);
        literal(u"ES_JAVA_OPTS"_s, u"-Xms512m -Xmx512m"_s);
        h.command = u"curl -fs http://127.0.0.1:9200/_cluster/health"_s;
        h.intervalSeconds = 10;
        h.startPeriodSeconds = 60;
    } else if (e.engine == u"kafka") {
        literal(u"KAFKA_NODE_ID"_s, u"1"_s);
        literal(u"KAFKA_PROCESS_ROLES"_s, u"broker,controller"_s);
        literal(u"KAFKA_LISTENERS"_s, u"PLAINTEXT://:9092,CONTROLLER://:9093"_s);
        literal(u"KAFKA_ADVERTISED_LISTENERS"_s, u"PLAINTEXT://%1:9092"_s.arg(s.name));
        literal(u"KAFKA_CONTROLLER_LISTENER_NAMES"_s, u"CONTROLLER"_s);
        literal(u"KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"_s, u"CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"_s);
        literal(u"KAFKA_CONTROLLER_QUORUM_VOTERS"_s, u"1@%1:9093"_s.arg(s.name));
        literal(u"KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"_s, u"1"_s);
        h.command = u"/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092"_s;
        h.intervalSeconds = 10;
        h.startPeriodSeconds = 30;
    } else {
        h.type = PlanHealth::Type::None;
        h.command.clear();
    }
}

std::optional<PlanEnvVar> connectionVariable(const QString &name, bool required, const PlanService &backing,
                                             const BackingEngine &e, bool claimed)
{
    const QString upper = name.toUpper();
    if (!claimed) {
        bool family = false;
        for (const QString &prefix : prefixesFor(e.engine)) {
            if (upper == prefix || upper.startsWith(prefix + u'_') || (prefix == u"PG" && upper.startsWith(u"PG")))
                family = true;
        }
        if (!family)
            return std::nullopt;
    }
    const std::optional<Part> part = partOf(upper);
    if (!part)
        return std::nullopt;
    const QString host = backing.name;
    const int port = backing.ports.value(0, e.port);
    const QString hostPort = host + u':' + QString::number(port);
    const bool hasPassword = !e.passwordVar.isEmpty();
    const QString password = hasPassword ? u"${secret:"_s + passwordRef(backing, e) + u'}' : QString();
    switch (*part) {
    case Part::Url: {
        if (e.scheme.isEmpty())
            return PlanEnvVar::literal(name, hostPort, required);
        QString url = e.scheme + u"://"_s;
        if (!e.user.isEmpty())
            url += e.user + (hasPassword ? u':' + password : QString()) + u'@';
        url += hostPort;
        if (e.engine == u"redis")
            url += u"/0"_s;
        else if (e.engine == u"mongodb")
            url += u'/' + e.database + u"?authSource=admin"_s;
        else if (!e.database.isEmpty())
            url += u'/' + e.database;
        else if (e.engine == u"rabbitmq")
            url += u"/"_s;
        return hasPassword ? PlanEnvVar::templated(name, url, required) : PlanEnvVar::literal(name, url, required);
    }
    case Part::Jdbc: {
        if (e.engine != u"postgres" && e.engine != u"mysql" && e.engine != u"mariadb")
            return std::nullopt;
        return PlanEnvVar::literal(
            name,
            u"jdbc:%1://%2/%3"_s.arg(e.engine == u"postgres" ? u"postgresql"_s : u"mysql"_s, hostPort, e.database),
            required);
    }
    case Part::AdoNet: {
        if (e.engine == u"postgres")
            return PlanEnvVar::templated(name,
                                         u"Host=%1;Port=%2;Database=%3;Username=%4;Password=%5"_s.arg(
                                             host, QString::number(port), e.database, e.user, password),
                                         required);
        if (e.engine == u"mysql" || e.engine == u"mariadb")
            return PlanEnvVar::templated(name,
                                         u"Server=%1;Port=%2;Database=%3;User=%4;Password=%5"_s.arg(
                                             host, QString::number(port), e.database, e.user, password),
                                         required);
        return std::nullopt;
    }
    case Part::Host:
        return PlanEnvVar::literal(name, host, required);
    case Part::Port:
        return PlanEnvVar::literal(name, QString::number(port), required);
    case Part::Address:
        return PlanEnvVar::literal(name, hostPort, required);
    case Part::User:
        if (e.user.isEmpty())
            return std::nullopt;
        return PlanEnvVar::literal(name, e.user, required);
    case Part::Password:
        if (!hasPassword)
            return std::nullopt;
        return PlanEnvVar::secret(name, passwordRef(backing, e), required);
    case Part::Database:
        if (e.database.isEmpty())
            return std::nullopt;
        return PlanEnvVar::literal(name, e.database, required);
    }
    return std::nullopt;
}

} // namespace hydron::planning
