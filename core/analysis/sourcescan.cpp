// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/sourcescan.h"

#include "core/analysis/textutil.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

using RE = QRegularExpression;

struct EnvRule
{
    RE re;
    QByteArray prefilter;
    int nameGroup = 1;
    int defaultGroup = 0;        // a non-empty capture there means "has a default"
    bool defaultIsValue = false; // the default group holds the value itself
    enum class Mode
    {
        Normal,
        Required,
        Optional
    } mode = Mode::Normal;
    QString namePrefix; // "ConnectionStrings__"
    bool colonsToUnderscores = false;
    QByteArray fileFilter; // the rule applies only to files containing this
    QString defaultName;   // the variable read when the name group is empty
};

struct PatternRule
{
    RE re;
    QByteArray prefilter;
    QString kind;  // marker kind, usage slug, or route role
    int group = 1; // capture with the value (0: none)
    Usage::How how = Usage::How::Import;
    QString requiredImport; // only counts when the file imports a module with this prefix
};

struct LanguageRules
{
    std::vector<EnvRule> env;
    std::vector<PatternRule> routes; // kind: "route", "prefix" (class level), "method" (joined to prefix)
    std::vector<PatternRule> ports;  // literal ports
    std::vector<PatternRule> markers;
    std::vector<PatternRule> usages; // client constructions and configuration
    std::vector<RE> imports;         // capture 1 (or 2): a module
    QByteArray importPrefilter;
    std::vector<std::pair<QString, QString>> importSlugs; // module prefix -> slug
    std::vector<QByteArray> lineComments;
    bool blockComments = false;
};

EnvRule env(const QString &pattern, const char *prefilter, int defaultGroup = 0,
            EnvRule::Mode mode = EnvRule::Mode::Normal)
{
    EnvRule rule;
    rule.re = RE(pattern);
    rule.prefilter = prefilter;
    rule.defaultGroup = defaultGroup;
    rule.mode = mode;
    return rule;
}

PatternRule rule(const QString &pattern, const char *prefilter, const QString &kind, int group = 1,
                 Usage::How how = Usage::How::Import, const QString &requiredImport = {})
{
    return PatternRule{RE(pattern), prefilter, kind, group, how, requiredImport};
}

const std::vector<std::pair<QString, QString>> &jsImportSlugs()
{
    static const std::vector<std::pair<QString, QString>> table = {
        {u"pg"_s, u"postgres"_s},
        {u"pg-promise"_s, u"postgres"_s},
        {u"postgres"_s, u"postgres"_s},
        {u"@neondatabase/serverless"_s, u"postgres"_s},
        {u"mysql"_s, u"mysql"_s},
        {u"mysql2"_s, u"mysql"_s},
        {u"mariadb"_s, u"mariadb"_s},
        {u"mongodb"_s, u"mongodb"_s},
        {u"mongoose"_s, u"mongodb"_s},
        {u"redis"_s, u"redis"_s},
        {u"ioredis"_s, u"redis"_s},
        {u"@redis/client"_s, u"redis"_s},
        {u"bullmq"_s, u"redis"_s},
        {u"bull"_s, u"redis"_s},
        {u"amqplib"_s, u"rabbitmq"_s},
        {u"amqp-connection-manager"_s, u"rabbitmq"_s},
        {u"kafkajs"_s, u"kafka"_s},
        {u"@elastic/elasticsearch"_s, u"elasticsearch"_s},
        {u"memjs"_s, u"memcached"_s},
        {u"memcached"_s, u"memcached"_s},
        {u"mssql"_s, u"sqlserver"_s},
        {u"tedious"_s, u"sqlserver"_s},
        {u"stripe"_s, u"stripe"_s},
        {u"@stripe/stripe-js"_s, u"stripe"_s},
        {u"@aws-sdk/client-s3"_s, u"s3"_s},
        {u"@aws-sdk/s3-request-presigner"_s, u"s3"_s},
        {u"nodemailer"_s, u"smtp"_s},
        {u"@sendgrid/mail"_s, u"sendgrid"_s},
        {u"postmark"_s, u"postmark"_s},
        {u"mailgun.js"_s, u"mailgun"_s},
        {u"resend"_s, u"resend"_s},
        {u"twilio"_s, u"twilio"_s},
        {u"@sentry/"_s, u"sentry"_s},
        {u"openai"_s, u"openai"_s},
        {u"@anthropic-ai/sdk"_s, u"anthropic"_s},
        {u"passport-google-oauth20"_s, u"oauth-google"_s},
        {u"passport-google-oauth2"_s, u"oauth-google"_s},
        {u"passport-github2"_s, u"oauth-github"_s},
        {u"passport-github"_s, u"oauth-github"_s},
        {u"next-auth/providers/google"_s, u"oauth-google"_s},
        {u"next-auth/providers/github"_s, u"oauth-github"_s},
        {u"@auth/core/providers/google"_s, u"oauth-google"_s},
        {u"@auth/core/providers/github"_s, u"oauth-github"_s},
        {u"@auth0/"_s, u"oauth-auth0"_s},
        {u"@okta/"_s, u"oauth-okta"_s},
        {u"@azure/msal-node"_s, u"oauth-microsoft"_s},
    };
    return table;
}

// Ports of databases, caches and mail servers: a literal "port: 5432" is about a client.
bool isBackingPort(int port)
{
    static const QSet<int> ports = {5432,  3306, 6379, 6380, 27017, 5672, 15672, 9092, 9200, 9300,
                                    11211, 1433, 25,   465,  587,   2525, 1025,  2181, 4222};
    return ports.contains(port);
}

bool mentionsBacking(QStringView line)
{
    static const RE re(
        uR"((?i)db|redis|postgres|mysql|maria|mongo|smtp|mail|database|rabbit|amqp|kafka|elastic|memcache|sql|cache)"_s);
    return re.match(line).hasMatch();
}

LanguageRules javascriptRules()
{
    LanguageRules r;
    r.lineComments = {"//"};
    r.blockComments = true;
    r.env.push_back(env(
        uR"re((?:process\.env|import\.meta\.env|Bun\.env)(?:\?\.|\.|\[\s*['"`])([A-Za-z_][A-Za-z0-9_]*)(?:['"`]\s*\])?)re"_s,
        "env"));
    r.env.push_back(env(uR"re(Deno\.env\.get\(\s*['"]([A-Za-z_]\w*)['"]\s*\))re"_s, "Deno.env"));
    {
        // SvelteKit: import { env } from '$env/dynamic/private'; env.DATABASE_URL
        EnvRule svelte = env(uR"re((?<![\w.])env\.([A-Z][A-Z0-9_]*))re"_s, "env.");
        svelte.fileFilter = "$env/dynamic/";
        r.env.push_back(svelte);
    }
    {
        EnvRule config =
            env(uR"re(\b\w*[cC]onfig\w*\.(get|getOrThrow)(?:<[^>]*>)?\(\s*['"]([A-Z][A-Z0-9_]+)['"]\s*(,)?)re"_s,
                "onfig", 3);
        config.nameGroup = 2;
        r.env.push_back(config);
    }
    r.routes.push_back(rule(uR"re(\.(?:get|head|all|use|route)\(\s*['"`](/[^'"`]*)['"`])re"_s, "(", u"route"_s));
    r.routes.push_back(rule(uR"re(\burl\s*:\s*['"](/[^'"]*)['"])re"_s, "url", u"route"_s));
    r.routes.push_back(rule(uR"re(@Controller\(\s*(?:['"]([^'"]*)['"])?\s*\))re"_s, "@Controller", u"prefix"_s));
    r.routes.push_back(rule(uR"re(@(?:Get|Head|All)\(\s*(?:['"]([^'"]*)['"])?\s*\))re"_s, "@", u"method"_s));
    r.ports.push_back(rule(uR"re(\.listen\(\s*(\d{2,5})\b)re"_s, "listen", u"port"_s));
    r.ports.push_back(rule(uR"re(\bport\s*:\s*(\d{2,5})\b)re"_s, "port", u"port"_s));
    r.ports.push_back(rule(
        uR"re(\b(?:const|let|var)\s+(?:PORT|port|HTTP_PORT|httpPort|serverPort)\s*(?::\s*number\s*)?=\s*(\d{2,5})\b)re"_s,
        "ort", u"port"_s));
    r.markers.push_back(
        rule(uR"re(\.listen\(|\bcreateServer\(|NestFactory\.create|Bun\.serve\(|Deno\.serve\(|\bserve\(\s*\{)re"_s, "",
             u"server"_s, 0));
    r.markers.push_back(rule(
        uR"re(new\s+Worker\s*\(\s*['"`\w]|\.process\(\s*(?:['"]|async\b|function\b|\()|agenda\.(?:start|every)\(|consumer\.run\(|\.consume\(|cron\.schedule\(|new\s+CronJob\()re"_s,
        "", u"worker"_s, 0));
    r.markers.push_back(rule(uR"re(\boutput\s*:\s*['"]export['"])re"_s, "export", u"next-export"_s, 0));
    r.markers.push_back(rule(uR"re(\boutput\s*:\s*['"](server|hybrid)['"])re"_s, "output", u"astro-server"_s));
    r.markers.push_back(rule(uR"re(setGlobalPrefix\(\s*['"]/?([^'"]+)['"])re"_s, "setGlobalPrefix", u"route-prefix"_s));
    // Clients constructed with their own configuration; checked for configuration after matching.
    r.usages.push_back(rule(uR"re(new\s+(?:pg\.)?(?:Pool|Client)\s*\(([^)]*)\)?)re"_s, "new", u"postgres"_s, 1,
                            Usage::How::Client, u"pg"_s));
    r.usages.push_back(
        rule(uR"re(\bpostgres\s*\(([^)]*)\)?)re"_s, "postgres(", u"postgres"_s, 1, Usage::How::Client, u"postgres"_s));
    r.usages.push_back(rule(uR"re(mysql\.create(?:Pool|Connection)\s*\(([^)]*)\)?)re"_s, "mysql.create", u"mysql"_s, 1,
                            Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(mongoose\.connect\s*\(([^)]*)\)?)re"_s, "mongoose.connect", u"mongodb"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(new\s+MongoClient\s*\(([^)]*)\)?)re"_s, "MongoClient", u"mongodb"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bcreateClient\s*\(([^)]*)\)?)re"_s, "createClient", u"redis"_s, 1, Usage::How::Client, u"redis"_s));
    r.usages.push_back(rule(uR"re(new\s+(?:IORedis|Redis)\s*\(([^)]*)\)?)re"_s, "Redis", u"redis"_s, 1,
                            Usage::How::Client, u"ioredis"_s));
    r.usages.push_back(
        rule(uR"re(amqp(?:lib)?\.connect\s*\(([^)]*)\)?)re"_s, ".connect", u"rabbitmq"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(new\s+Kafka\s*\(([^)]*)\)?)re"_s, "Kafka", u"kafka"_s, 1, Usage::How::Client, u"kafkajs"_s));
    r.usages.push_back(rule(uR"re(new\s+Client\s*\(([^)]*)\)?)re"_s, "Client", u"elasticsearch"_s, 1,
                            Usage::How::Client, u"@elastic/elasticsearch"_s));
    r.usages.push_back(
        rule(uR"re(\b(?:client|type|dialect)\s*:\s*['"](pg|postgres|postgresql|mysql2?|mariadb|mssql|mongodb)['"])re"_s,
             ":", u"config"_s, 1, Usage::How::Config));
    r.imports.push_back(
        RE(uR"re((?:\brequire\(\s*|\bfrom\s+|^\s*import\s+|\bimport\(\s*)['"]([^'"./][^'"]*)['"])re"_s));
    r.importPrefilter = "";
    r.importSlugs = jsImportSlugs();
    return r;
}

LanguageRules pythonRules()
{
    LanguageRules r;
    r.lineComments = {"#"};
    r.env.push_back(env(uR"re(\bos\.environ\[\s*['"](\w+)['"]\s*\])re"_s, "environ["));
    r.env.push_back(env(uR"re(\benviron\.get\(\s*['"](\w+)['"]\s*(,)?)re"_s, "environ.get", 2));
    r.env.push_back(env(uR"re(\bos\.getenv\(\s*['"](\w+)['"]\s*(,)?)re"_s, "getenv", 2));
    r.env.push_back(env(uR"re(['"](\w+)['"]\s+in\s+os\.environ)re"_s, "in os.environ", 0, EnvRule::Mode::Optional));
    {
        // dj_database_url.config(env="X") / .config() reads DATABASE_URL; a default= makes it optional.
        EnvRule dj = env(uR"re(dj_database_url\.config\((?:[^)]*\benv\s*=\s*['"](\w+)['"])?([^)]*\bdefault\s*=)?)re"_s,
                         "dj_database_url", 2);
        dj.defaultName = u"DATABASE_URL"_s;
        r.env.push_back(dj);
    }
    r.env.push_back(env(
        uR"re((?<![\w.])(?:env|config)(?:\.(?:str|int|bool|float|list|json|url|db_url|db|cache_url|cache|email_url|path))?\(\s*['"]([A-Z][A-Z0-9_]*)['"]\s*(,[^)]*\bdefault\s*=)?)re"_s,
        "(", 2));
    r.routes.push_back(rule(uR"re(@\w+\.(?:get|route|api_route|head)\(\s*['"](/[^'"]*)['"])re"_s, "@", u"route"_s));
    r.routes.push_back(rule(uR"re(\b(?:re_)?path\(\s*r?['"]\^?([^'"$]*)\$?['"])re"_s, "path(", u"django-route"_s));
    r.ports.push_back(rule(uR"re(\.run\(.*\bport\s*=\s*(\d{2,5})\b)re"_s, "port", u"port"_s));
    r.ports.push_back(rule(uR"re(--port[= ](\d{2,5})\b)re"_s, "--port", u"port"_s));
    r.ports.push_back(rule(uR"re(\bbind\s*=\s*\[?\s*['"][^'"]*:(\d{2,5})['"])re"_s, "bind", u"port"_s));
    r.ports.push_back(rule(uR"re(^(?:PORT|port)\s*=\s*(\d{2,5})\s*$)re"_s, "ort", u"port"_s));
    r.markers.push_back(rule(uR"re(^(\w+)\s*(?::\s*\w+\s*)?=\s*FastAPI\s*\()re"_s, "FastAPI", u"fastapi-app"_s));
    r.markers.push_back(rule(uR"re(^(\w+)\s*=\s*Flask\s*\()re"_s, "Flask", u"flask-app"_s));
    r.markers.push_back(rule(uR"re(^(\w+)\s*=\s*Celery\s*\()re"_s, "Celery", u"celery-app"_s));
    r.markers.push_back(rule(uR"re(^\s*(?:from\s+rq\b|import\s+rq\b))re"_s, "rq", u"rq"_s, 0));
    r.markers.push_back(
        rule(uR"re(\b(?:uvicorn\.run|web\.run_app|waitress\.serve|app\.run)\s*\()re"_s, "run", u"server"_s, 0));
    r.markers.push_back(rule(uR"re(get_wsgi_application\(|get_asgi_application\()re"_s, "get_", u"django-app"_s, 0));
    r.markers.push_back(rule(uR"re(\bbeat_schedule\b)re"_s, "beat_schedule", u"celery-beat"_s, 0));
    r.markers.push_back(rule(uR"re(CELERY_?BEAT_SCHEDULE)re"_s, "BEAT_SCHEDULE", u"celery-beat"_s, 0));
    r.usages.push_back(rule(uR"re(django\.db\.backends\.(postgresql|postgresql_psycopg2|postgis|mysql|oracle))re"_s,
                            "django.db.backends", u"config"_s, 1, Usage::How::Config));
    r.usages.push_back(rule(uR"re(django_redis\.cache|django\.core\.cache\.backends\.redis)re"_s, "redis", u"redis"_s,
                            0, Usage::How::Config));
    r.usages.push_back(rule(uR"re(\bredis\.(?:Redis|StrictRedis|from_url)\s*\(([^)]*)\)?)re"_s, "redis.", u"redis"_s, 1,
                            Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bpsycopg2?\.connect\s*\(([^)]*)\)?)re"_s, "psycopg", u"postgres"_s, 1, Usage::How::Client));
    r.usages.push_back(rule(uR"re(\basyncpg\.(?:connect|create_pool)\s*\(([^)]*)\)?)re"_s, "asyncpg", u"postgres"_s, 1,
                            Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bMongoClient\s*\(([^)]*)\)?)re"_s, "MongoClient", u"mongodb"_s, 1, Usage::How::Client));
    r.usages.push_back(rule(uR"re(pika\.(?:BlockingConnection|URLParameters)\s*\(([^)]*)\)?)re"_s, "pika",
                            u"rabbitmq"_s, 1, Usage::How::Client));
    r.usages.push_back(rule(uR"re((?:client|resource)\(\s*['"]s3['"])re"_s, "s3", u"s3"_s, 0, Usage::How::Import));
    r.imports.push_back(RE(uR"re(^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+)))re"_s));
    r.importPrefilter = "import";
    r.importSlugs = {
        {u"psycopg2"_s, u"postgres"_s},
        {u"psycopg"_s, u"postgres"_s},
        {u"asyncpg"_s, u"postgres"_s},
        {u"pymysql"_s, u"mysql"_s},
        {u"MySQLdb"_s, u"mysql"_s},
        {u"mysql.connector"_s, u"mysql"_s},
        {u"aiomysql"_s, u"mysql"_s},
        {u"pymongo"_s, u"mongodb"_s},
        {u"motor"_s, u"mongodb"_s},
        {u"mongoengine"_s, u"mongodb"_s},
        {u"beanie"_s, u"mongodb"_s},
        {u"redis"_s, u"redis"_s},
        {u"aioredis"_s, u"redis"_s},
        {u"pika"_s, u"rabbitmq"_s},
        {u"aio_pika"_s, u"rabbitmq"_s},
        {u"kafka"_s, u"kafka"_s},
        {u"confluent_kafka"_s, u"kafka"_s},
        {u"aiokafka"_s, u"kafka"_s},
        {u"elasticsearch"_s, u"elasticsearch"_s},
        {u"pymemcache"_s, u"memcached"_s},
        {u"pylibmc"_s, u"memcached"_s},
        {u"pyodbc"_s, u"sqlserver"_s},
        {u"pymssql"_s, u"sqlserver"_s},
        {u"stripe"_s, u"stripe"_s},
        {u"smtplib"_s, u"smtp"_s},
        {u"sendgrid"_s, u"sendgrid"_s},
        {u"postmarker"_s, u"postmark"_s},
        {u"twilio"_s, u"twilio"_s},
        {u"sentry_sdk"_s, u"sentry"_s},
        {u"openai"_s, u"openai"_s},
        {u"anthropic"_s, u"anthropic"_s},
    };
    return r;
}

LanguageRules rubyRules()
{
    LanguageRules r;
    r.lineComments = {"#"};
    r.env.push_back(env(uR"re(\bENV\[\s*['"](\w+)['"]\s*\])re"_s, "ENV["));
    r.env.push_back(env(uR"re(\bENV\.fetch\(\s*['"](\w+)['"]\s*(,|\)\s*\{)?)re"_s, "ENV.fetch", 2));
    r.env.push_back(
        env(uR"re(\bENV\.(?:key\?|has_key\?|include\?)\(\s*['"](\w+)['"])re"_s, "ENV.", 0, EnvRule::Mode::Optional));
    r.routes.push_back(rule(uR"re(^\s*get\s*\(?\s*['"](/?[\w/\-]+)['"])re"_s, "get", u"route"_s));
    r.ports.push_back(rule(uR"re(\bset\s+:port\s*,\s*(\d{2,5}))re"_s, "port", u"port"_s));
    r.ports.push_back(rule(uR"re(^\s*port\s+(\d{2,5})\s*$)re"_s, "port", u"port"_s));
    r.markers.push_back(
        rule(uR"re(Sinatra::(?:Base|Application)|require\s+['"]sinatra)re"_s, "inatra", u"sinatra"_s, 0));
    r.markers.push_back(rule(uR"re(include\s+Sidekiq::(?:Job|Worker)|<\s*ApplicationJob)re"_s, "Job", u"worker"_s, 0));
    r.markers.push_back(rule(uR"re(include\s+Sidekiq::Worker)re"_s, "Worker", u"worker"_s, 0));
    r.usages.push_back(rule(uR"re(\bRedis\.new\s*\(([^)]*)\)?)re"_s, "Redis.new", u"redis"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bPG\.connect\s*\(([^)]*)\)?)re"_s, "PG.connect", u"postgres"_s, 1, Usage::How::Client));
    r.imports.push_back(RE(uR"re(^\s*require\s+['"]([\w/\-]+)['"])re"_s));
    r.importPrefilter = "require";
    r.importSlugs = {
        {u"pg"_s, u"postgres"_s},         {u"mysql2"_s, u"mysql"_s},
        {u"trilogy"_s, u"mysql"_s},       {u"mongo"_s, u"mongodb"_s},
        {u"mongoid"_s, u"mongodb"_s},     {u"redis"_s, u"redis"_s},
        {u"bunny"_s, u"rabbitmq"_s},      {u"rdkafka"_s, u"kafka"_s},
        {u"kafka"_s, u"kafka"_s},         {u"elasticsearch"_s, u"elasticsearch"_s},
        {u"dalli"_s, u"memcached"_s},     {u"tiny_tds"_s, u"sqlserver"_s},
        {u"stripe"_s, u"stripe"_s},       {u"aws-sdk-s3"_s, u"s3"_s},
        {u"net/smtp"_s, u"smtp"_s},       {u"sendgrid-ruby"_s, u"sendgrid"_s},
        {u"postmark"_s, u"postmark"_s},   {u"twilio-ruby"_s, u"twilio"_s},
        {u"sentry-ruby"_s, u"sentry"_s},  {u"openai"_s, u"openai"_s},
        {u"anthropic"_s, u"anthropic"_s},
    };
    return r;
}

LanguageRules goRules()
{
    LanguageRules r;
    r.lineComments = {"//"};
    r.blockComments = true;
    r.env.push_back(env(uR"re(\bos\.Getenv\(\s*"(\w+)"\s*\))re"_s, "Getenv"));
    r.env.push_back(env(uR"re(\bos\.LookupEnv\(\s*"(\w+)"\s*\))re"_s, "LookupEnv", 0, EnvRule::Mode::Optional));
    r.env.push_back(env(
        uR"re((?<!os\.)\b(?:[gG]et[eE]nv\w*|[eE]nv\w*(?:Or|Default)\w*|[lL]ookup[eE]nv\w*Or\w*)\(\s*"(\w+)"\s*(,)?)re"_s,
        "nv", 2));
    r.env.push_back(env(uR"re(\b[mM]ust(?:Get)?[eE]nv\w*\(\s*"(\w+)"\s*\))re"_s, "ust", 0, EnvRule::Mode::Required));
    r.routes.push_back(
        rule(uR"re(\.(?:GET|Get|HandleFunc|Handle|Any|HEAD|Head)\(\s*"(?:(?:GET|HEAD)\s+)?(/[^"]*)")re"_s, "(\"",
             u"route"_s));
    r.ports.push_back(rule(uR"re("(?:0\.0\.0\.0|localhost|127\.0\.0\.1)?:(\d{2,5})")re"_s, ":", u"port"_s));
    r.markers.push_back(rule(uR"re(^package\s+(\w+))re"_s, "package", u"go-package"_s));
    r.markers.push_back(rule(uR"re(^func\s+main\s*\(\s*\))re"_s, "func main", u"go-main"_s, 0));
    r.markers.push_back(
        rule(uR"re(ListenAndServe|http\.Server\s*\{|\.Listen\(|\.Start\(|\.Run\(|\.Serve\()re"_s, "", u"server"_s, 0));
    r.usages.push_back(rule(uR"re(sql\.Open\(\s*"(postgres|pgx|mysql|sqlserver|mssql)")re"_s, "sql.Open", u"config"_s,
                            1, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(\bpgx(?:pool)?\.(?:Connect|New)\w*\(([^)]*)\)?)re"_s, "pgx", u"postgres"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bredis\.NewClient\(([^)]*)\)?)re"_s, "redis.NewClient", u"redis"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bpostgres\.Open\(([^)]*)\)?)re"_s, "postgres.Open", u"postgres"_s, 1, Usage::How::Client));
    r.imports.push_back(RE(uR"re(^\s*(?:import\s+)?(?:\w+\s+|_\s+|\.\s+)?"([^"]+)"\s*$)re"_s));
    r.importPrefilter = "\"";
    r.importSlugs = {
        {u"github.com/lib/pq"_s, u"postgres"_s},
        {u"github.com/jackc/pgx"_s, u"postgres"_s},
        {u"gorm.io/driver/postgres"_s, u"postgres"_s},
        {u"github.com/go-sql-driver/mysql"_s, u"mysql"_s},
        {u"gorm.io/driver/mysql"_s, u"mysql"_s},
        {u"go.mongodb.org/mongo-driver"_s, u"mongodb"_s},
        {u"github.com/redis/go-redis"_s, u"redis"_s},
        {u"github.com/go-redis/redis"_s, u"redis"_s},
        {u"github.com/gomodule/redigo"_s, u"redis"_s},
        {u"github.com/rabbitmq/amqp091-go"_s, u"rabbitmq"_s},
        {u"github.com/streadway/amqp"_s, u"rabbitmq"_s},
        {u"github.com/segmentio/kafka-go"_s, u"kafka"_s},
        {u"github.com/confluentinc/confluent-kafka-go"_s, u"kafka"_s},
        {u"github.com/IBM/sarama"_s, u"kafka"_s},
        {u"github.com/Shopify/sarama"_s, u"kafka"_s},
        {u"github.com/elastic/go-elasticsearch"_s, u"elasticsearch"_s},
        {u"github.com/bradfitz/gomemcache"_s, u"memcached"_s},
        {u"github.com/microsoft/go-mssqldb"_s, u"sqlserver"_s},
        {u"github.com/denisenkom/go-mssqldb"_s, u"sqlserver"_s},
        {u"github.com/stripe/stripe-go"_s, u"stripe"_s},
        {u"github.com/aws/aws-sdk-go-v2/service/s3"_s, u"s3"_s},
        {u"github.com/aws/aws-sdk-go/service/s3"_s, u"s3"_s},
        {u"net/smtp"_s, u"smtp"_s},
        {u"github.com/sendgrid/sendgrid-go"_s, u"sendgrid"_s},
        {u"github.com/twilio/twilio-go"_s, u"twilio"_s},
        {u"github.com/getsentry/sentry-go"_s, u"sentry"_s},
        {u"github.com/sashabaranov/go-openai"_s, u"openai"_s},
        {u"github.com/openai/openai-go"_s, u"openai"_s},
        {u"github.com/anthropics/anthropic-sdk-go"_s, u"anthropic"_s},
        {u"golang.org/x/oauth2/google"_s, u"oauth-google"_s},
        {u"golang.org/x/oauth2/github"_s, u"oauth-github"_s},
    };
    return r;
}

LanguageRules jvmRules()
{
    LanguageRules r;
    r.lineComments = {"//"};
    r.blockComments = true;
    r.env.push_back(env(uR"re(System\.getenv\(\s*"(\w+)"\s*\))re"_s, "getenv"));
    r.env.push_back(env(uR"re(getenv\(\)\.getOrDefault\(\s*"(\w+)"\s*(,))re"_s, "getOrDefault", 2));
    {
        EnvRule placeholder = env(uR"re(\$\{([A-Z][A-Z0-9_]*)(:[^}]*)?\})re"_s, "${", 2);
        r.env.push_back(placeholder);
    }
    r.routes.push_back(rule(uR"re(@(?:Get|Request)Mapping\(\s*(?:value\s*=\s*|path\s*=\s*)?\{?\s*"(/?[^"]*)")re"_s,
                            "Mapping", u"method"_s));
    r.routes.push_back(rule(uR"re(@Path\(\s*"(/?[^"]*)"\s*\))re"_s, "@Path", u"method"_s));
    r.routes.push_back(rule(uR"re(@Get\(\s*(?:uri\s*=\s*|value\s*=\s*)?"(/?[^"]*)")re"_s, "@Get", u"method"_s));
    r.routes.push_back(rule(uR"re(@Controller\(\s*"(/?[^"]*)"\s*\))re"_s, "@Controller", u"prefix"_s));
    r.ports.push_back(rule(uR"re(\.(?:port|start)\(\s*(\d{2,5})\s*\))re"_s, "(", u"port"_s));
    r.markers.push_back(rule(uR"re(@SpringBootApplication)re"_s, "@SpringBootApplication", u"spring-app"_s, 0));
    r.markers.push_back(rule(uR"re(static\s+void\s+main\s*\(|^fun\s+main\s*\()re"_s, "main", u"main"_s, 0));
    r.imports.push_back(RE(uR"re(^\s*import\s+(?:static\s+)?([\w.]+))re"_s));
    r.importPrefilter = "import";
    r.importSlugs = {
        {u"org.postgresql"_s, u"postgres"_s},
        {u"com.mysql"_s, u"mysql"_s},
        {u"org.mariadb"_s, u"mariadb"_s},
        {u"com.mongodb"_s, u"mongodb"_s},
        {u"redis.clients.jedis"_s, u"redis"_s},
        {u"io.lettuce"_s, u"redis"_s},
        {u"com.rabbitmq"_s, u"rabbitmq"_s},
        {u"org.springframework.amqp"_s, u"rabbitmq"_s},
        {u"org.apache.kafka"_s, u"kafka"_s},
        {u"org.springframework.kafka"_s, u"kafka"_s},
        {u"co.elastic.clients"_s, u"elasticsearch"_s},
        {u"org.elasticsearch"_s, u"elasticsearch"_s},
        {u"net.spy.memcached"_s, u"memcached"_s},
        {u"com.microsoft.sqlserver"_s, u"sqlserver"_s},
        {u"com.stripe"_s, u"stripe"_s},
        {u"software.amazon.awssdk.services.s3"_s, u"s3"_s},
        {u"com.amazonaws.services.s3"_s, u"s3"_s},
        {u"jakarta.mail"_s, u"smtp"_s},
        {u"javax.mail"_s, u"smtp"_s},
        {u"org.springframework.mail"_s, u"smtp"_s},
        {u"com.sendgrid"_s, u"sendgrid"_s},
        {u"com.postmarkapp"_s, u"postmark"_s},
        {u"com.twilio"_s, u"twilio"_s},
        {u"io.sentry"_s, u"sentry"_s},
        {u"com.theokanning.openai"_s, u"openai"_s},
        {u"com.openai"_s, u"openai"_s},
        {u"com.anthropic"_s, u"anthropic"_s},
    };
    return r;
}

LanguageRules phpRules()
{
    LanguageRules r;
    r.lineComments = {"//", "#"};
    r.blockComments = true;
    r.env.push_back(env(uR"re((?<![\w>$])env\(\s*['"](\w+)['"]\s*(,)?)re"_s, "env(", 2));
    r.env.push_back(env(uR"re(\bgetenv\(\s*['"](\w+)['"]\s*\))re"_s, "getenv"));
    r.env.push_back(env(uR"re(\$_ENV\[\s*['"](\w+)['"]\s*\])re"_s, "$_ENV"));
    r.env.push_back(env(uR"re(%env\((?:[\w-]+:)*(\w+)\)%)re"_s, "%env("));
    r.routes.push_back(
        rule(uR"re(Route::(?:get|any|match)\(\s*(?:\[[^\]]*\]\s*,\s*)?['"](/?[^'"]*)['"])re"_s, "Route::", u"route"_s));
    r.routes.push_back(rule(uR"re(\bhealth\s*:\s*['"](/[^'"]*)['"])re"_s, "health", u"route"_s));
    r.routes.push_back(rule(uR"re(#\[Route\(\s*(?:path\s*:\s*)?['"](/[^'"]*)['"])re"_s, "#[Route", u"route"_s));
    r.imports.push_back(RE(uR"re(^\s*use\s+\\?([\w\\]+))re"_s));
    r.importPrefilter = "use";
    r.importSlugs = {
        {u"Stripe"_s, u"stripe"_s},       {u"Aws\\S3"_s, u"s3"_s},          {u"Twilio"_s, u"twilio"_s},
        {u"Sentry"_s, u"sentry"_s},       {u"OpenAI"_s, u"openai"_s},       {u"SendGrid"_s, u"sendgrid"_s},
        {u"Postmark"_s, u"postmark"_s},   {u"Predis"_s, u"redis"_s},        {u"MongoDB"_s, u"mongodb"_s},
        {u"PhpAmqpLib"_s, u"rabbitmq"_s}, {u"Anthropic"_s, u"anthropic"_s}, {u"Laravel\\Socialite"_s, u"oauth"_s},
    };
    return r;
}

LanguageRules rustRules()
{
    LanguageRules r;
    r.lineComments = {"//"};
    r.blockComments = true;
    r.env.push_back(env(uR"re(\b(?:std::)?(?:env|dotenvy|dotenv)::var(?:_os)?\(\s*"(\w+)"\s*\))re"_s, "::var"));
    r.env.push_back(env(uR"re(\boption_env!\(\s*"(\w+)"\s*\))re"_s, "option_env!", 0, EnvRule::Mode::Optional));
    r.env.push_back(env(uR"re((?<!option_)\benv!\(\s*"(\w+)"\s*\))re"_s, "env!", 0, EnvRule::Mode::Required));
    r.routes.push_back(rule(uR"re(\.route\(\s*"(/[^"]*)")re"_s, ".route", u"route"_s));
    r.routes.push_back(rule(uR"re(#\[(?:get|head)\(\s*"(/[^"]*)")re"_s, "#[", u"route"_s));
    r.routes.push_back(rule(uR"re(web::resource\(\s*"(/[^"]*)")re"_s, "web::resource", u"route"_s));
    r.ports.push_back(rule(uR"re("(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\])?:(\d{2,5})")re"_s, ":", u"port"_s));
    r.ports.push_back(rule(uR"re(\[\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\]\s*,\s*(\d{2,5}))re"_s, "0", u"port"_s));
    r.ports.push_back(rule(uR"re(\(\s*"[\d.:]+"\s*,\s*(\d{2,5})\s*\))re"_s, "\"", u"port"_s));
    r.markers.push_back(rule(
        uR"re(axum::serve|HttpServer::new|#\[launch\]|rocket::build|warp::serve|TcpListener::bind|Server::bind|\.bind\()re"_s,
        "", u"server"_s, 0));
    r.markers.push_back(rule(uR"re(^\s*(?:pub\s+)?(?:async\s+)?fn\s+main\s*\()re"_s, "main", u"main"_s, 0));
    r.usages.push_back(
        rule(uR"re(\b(?:PgPool|PgPoolOptions|PgConnection)\b)re"_s, "Pg", u"postgres"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(\b(?:MySqlPool|MySqlPoolOptions)\b)re"_s, "MySql", u"mysql"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(redis::Client::open\(([^)]*)\)?)re"_s, "redis::Client", u"redis"_s, 1, Usage::How::Client));
    r.imports.push_back(RE(uR"re(^\s*(?:pub\s+)?use\s+(\w+))re"_s));
    r.importPrefilter = "use";
    r.importSlugs = {
        {u"tokio_postgres"_s, u"postgres"_s},
        {u"deadpool_postgres"_s, u"postgres"_s},
        {u"mysql_async"_s, u"mysql"_s},
        {u"mongodb"_s, u"mongodb"_s},
        {u"redis"_s, u"redis"_s},
        {u"deadpool_redis"_s, u"redis"_s},
        {u"lapin"_s, u"rabbitmq"_s},
        {u"rdkafka"_s, u"kafka"_s},
        {u"elasticsearch"_s, u"elasticsearch"_s},
        {u"memcache"_s, u"memcached"_s},
        {u"tiberius"_s, u"sqlserver"_s},
        {u"stripe"_s, u"stripe"_s},
        {u"async_stripe"_s, u"stripe"_s},
        {u"aws_sdk_s3"_s, u"s3"_s},
        {u"lettre"_s, u"smtp"_s},
        {u"sentry"_s, u"sentry"_s},
        {u"async_openai"_s, u"openai"_s},
    };
    return r;
}

LanguageRules csharpRules()
{
    LanguageRules r;
    r.lineComments = {"//"};
    r.blockComments = true;
    r.env.push_back(env(uR"re(Environment\.GetEnvironmentVariable\(\s*"(\w+)"\s*\))re"_s, "GetEnvironmentVariable"));
    {
        EnvRule config = env(uR"re(\bConfiguration\[\s*"([\w:]+)"\s*\])re"_s, "Configuration[");
        config.colonsToUnderscores = true;
        r.env.push_back(config);
        EnvRule value = env(uR"re(\bGetValue<[^>]+>\(\s*"([\w:]+)"\s*(,)?)re"_s, "GetValue<", 2);
        value.colonsToUnderscores = true;
        r.env.push_back(value);
        EnvRule connection = env(uR"re(\bGetConnectionString\(\s*"(\w+)"\s*\))re"_s, "GetConnectionString");
        connection.namePrefix = u"ConnectionStrings__"_s;
        r.env.push_back(connection);
    }
    r.routes.push_back(rule(uR"re(\.Map(?:Get|HealthChecks|Methods)\(\s*"(/?[^"]*)")re"_s, ".Map", u"route"_s));
    r.routes.push_back(rule(uR"re(\[(?:HttpGet|Route)\(\s*"(/?[^"]*)"\s*\)\])re"_s, "[", u"method"_s));
    r.ports.push_back(rule(uR"re(UseUrls\(\s*"https?://[^:"]+:(\d{2,5}))re"_s, "UseUrls", u"port"_s));
    r.ports.push_back(rule(uR"re(Listen(?:Any|Local)IP\(\s*(\d{2,5}))re"_s, "Listen", u"port"_s));
    r.markers.push_back(
        rule(uR"re(WebApplication\.Create(?:Builder|SlimBuilder)?\(|CreateWebHostBuilder|ConfigureWebHostDefaults)re"_s,
             "Web", u"server"_s, 0));
    r.markers.push_back(
        rule(uR"re(:\s*BackgroundService\b|AddHostedService<|IHostedService\b)re"_s, "Service", u"worker"_s, 0));
    r.usages.push_back(rule(uR"re(\.(UseNpgsql|UseSqlServer|UseMySql|UseMySQL|UseOracle)\()re"_s, ".Use", u"config"_s,
                            1, Usage::How::Config));
    r.usages.push_back(rule(uR"re(AddStackExchangeRedisCache\(|ConnectionMultiplexer\.Connect)re"_s, "Redis",
                            u"redis"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(ConnectionMultiplexer\.Connect)re"_s, "ConnectionMultiplexer", u"redis"_s, 0, Usage::How::Config));
    r.usages.push_back(rule(uR"re(\.UseSentry\(|SentrySdk\.Init\()re"_s, "Sentry", u"sentry"_s, 0, Usage::How::Import));
    r.imports.push_back(RE(uR"re(^\s*using\s+([\w.]+)\s*;)re"_s));
    r.importPrefilter = "using";
    r.importSlugs = {
        {u"Npgsql"_s, u"postgres"_s},
        {u"MySqlConnector"_s, u"mysql"_s},
        {u"MySql.Data"_s, u"mysql"_s},
        {u"MongoDB"_s, u"mongodb"_s},
        {u"StackExchange.Redis"_s, u"redis"_s},
        {u"RabbitMQ"_s, u"rabbitmq"_s},
        {u"Confluent.Kafka"_s, u"kafka"_s},
        {u"Elastic"_s, u"elasticsearch"_s},
        {u"Stripe"_s, u"stripe"_s},
        {u"Amazon.S3"_s, u"s3"_s},
        {u"MailKit"_s, u"smtp"_s},
        {u"System.Net.Mail"_s, u"smtp"_s},
        {u"SendGrid"_s, u"sendgrid"_s},
        {u"PostmarkDotNet"_s, u"postmark"_s},
        {u"Twilio"_s, u"twilio"_s},
        {u"Sentry"_s, u"sentry"_s},
        {u"OpenAI"_s, u"openai"_s},
        {u"Anthropic"_s, u"anthropic"_s},
    };
    return r;
}

LanguageRules elixirRules()
{
    LanguageRules r;
    r.lineComments = {"#"};
    r.env.push_back(env(uR"re(System\.get_env\(\s*"(\w+)"\s*(,)?)re"_s, "System.get_env", 2));
    r.env.push_back(
        env(uR"re(System\.fetch_env!\(\s*"(\w+)"\s*\))re"_s, "System.fetch_env!", 0, EnvRule::Mode::Required));
    r.env.push_back(
        env(uR"re(System\.fetch_env\(\s*"(\w+)"\s*\))re"_s, "System.fetch_env(", 0, EnvRule::Mode::Optional));
    r.routes.push_back(rule(uR"re(^\s*(?:get|forward)\s+"(/[^"]*)")re"_s, "\"", u"route"_s));
    r.ports.push_back(rule(uR"re(\bhttp:\s*\[.*\bport:\s*(\d{2,5}))re"_s, "port", u"port"_s));
    r.usages.push_back(
        rule(uR"re(Ecto\.Adapters\.(Postgres|MyXQL|Tds))re"_s, "Ecto.Adapters", u"config"_s, 1, Usage::How::Config));
    r.usages.push_back(rule(uR"re(\bRedix\.start_link\(([^)]*)\)?)re"_s, "Redix", u"redis"_s, 1, Usage::How::Client));
    r.imports.push_back(RE(uR"re(^\s*(?:alias|import|use)\s+([\w.]+))re"_s));
    r.importPrefilter = "";
    r.importSlugs = {
        {u"Stripe"_s, u"stripe"_s},
        {u"ExAws.S3"_s, u"s3"_s},
        {u"Swoosh.Adapters.SMTP"_s, u"smtp"_s},
        {u"Swoosh.Adapters.Sendgrid"_s, u"sendgrid"_s},
        {u"Swoosh.Adapters.Postmark"_s, u"postmark"_s},
        {u"Sentry"_s, u"sentry"_s},
        {u"Redix"_s, u"redis"_s},
        {u"AMQP"_s, u"rabbitmq"_s},
    };
    return r;
}

const LanguageRules &rulesFor(SourceLanguage language)
{
    static const LanguageRules js = javascriptRules();
    static const LanguageRules py = pythonRules();
    static const LanguageRules rb = rubyRules();
    static const LanguageRules go = goRules();
    static const LanguageRules jvm = jvmRules();
    static const LanguageRules php = phpRules();
    static const LanguageRules rs = rustRules();
    static const LanguageRules cs = csharpRules();
    static const LanguageRules ex = elixirRules();
    static const LanguageRules none;
    switch (language) {
    case SourceLanguage::JavaScript:
    case SourceLanguage::TypeScript:
        return js;
    case SourceLanguage::Python:
        return py;
    case SourceLanguage::Ruby:
        return rb;
    case SourceLanguage::Go:
        return go;
    case SourceLanguage::Java:
    case SourceLanguage::Kotlin:
        return jvm;
    case SourceLanguage::Php:
        return php;
    case SourceLanguage::Rust:
        return rs;
    case SourceLanguage::CSharp:
        return cs;
    case SourceLanguage::Elixir:
        return ex;
    case SourceLanguage::Unknown:
        break;
    }
    return none;
}

bool moduleMatches(QStringView module, QStringView prefix)
{
    if (!module.startsWith(prefix))
        return false;
    if (module.size() == prefix.size() || prefix.endsWith(u'/'))
        return true;
    const QChar next = module[prefix.size()];
    return next == u'/' || next == u'.' || next == u'\\';
}

// A literal right at the start of `rest`: 'x', "x", `x`, 42, or a call wrapping one.
QString leadingLiteral(QStringView rest)
{
    static const RE re(
        uR"re(^\s*(?:\{\s*)?(?:(?:Number|parseInt|parseFloat|int|float|str|String\.to_integer|Integer\.parseInt)\s*\(\s*)?(?:(['"`])([^'"`]*)\1|(-?\d+(?:\.\d+)?)\b))re"_s);
    const auto m = re.match(rest);
    if (!m.hasMatch())
        return {};
    return m.hasCaptured(2) && m.capturedLength(1) ? m.captured(2) : m.captured(3);
}

struct ReadShape
{
    bool optional = false;
    QString defaultValue;
};

// Looks around an env read for a default (|| x, ?? x, or x, ?: x) or a test (if X, X && …, X ? a : b).
ReadShape shapeOf(QStringView line, qsizetype start, qsizetype end)
{
    static const RE after(uR"re(^[\s)\]]*(?:\.(?:presence|to_i|to_s|strip|trim\(\))\s*)?(?:\|\||\?\?|\bor\b|\?:))re"_s);
    static const RE test(uR"re(^[\s)\]]*(?:&&|\band\b|\?(?![?.:])|\)\s*\{\s*$|\s*:\s*$))re"_s);
    static const RE compared(uR"re(^[\s)\]]*(?:[!=]==?|<|>|\.(?:startsWith|endsWith|includes|equals|eq)\b))re"_s);
    static const RE before(
        uR"re((?:\bif\s*\(?\s*|\belif\s+|\bunless\s+|\bwhen\s+|&&\s*|\band\s+|\bif\s+let\s+Some\(\w+\)\s*=\s*)$)re"_s);
    ReadShape shape;
    const QStringView rest = line.mid(end);
    if (const auto m = after.match(rest); m.hasMatch()) {
        // "X || raise …" and friends make the variable required, not optional.
        static const RE fails(uR"re(^\s*(?:raise|throw|panic|abort|fail|exit|die)\b)re"_s);
        if (fails.match(rest.mid(m.capturedEnd())).hasMatch())
            return shape;
        shape.optional = true;
        shape.defaultValue = leadingLiteral(rest.mid(m.capturedEnd()));
        return shape;
    }
    if (compared.match(rest).hasMatch()) {
        shape.optional = true; // X === '1': the code copes with the variable being unset
        return shape;
    }
    const QStringView head = line.left(start);
    if (before.match(head).hasMatch()) {
        shape.optional = true;
        return shape;
    }
    if (test.match(rest).hasMatch() && head.contains(u"if")) {
        shape.optional = true;
        return shape;
    }
    if (rest.trimmed().startsWith(u"&&") || rest.trimmed().startsWith(u"? ")) {
        shape.optional = true;
    }
    return shape;
}

// Whether a client's arguments configure it for real: none (library defaults), an env read, a
// connection URL literal or a local host literal. A variable from a list of targets does not.
bool clientIsConfigured(QStringView args)
{
    static const RE configured(
        uR"re(^\s*\)?\s*$|process\.env|import\.meta\.env|getenv|environ|ENV\[|ENV\.fetch|os\.Getenv|env::var|System\.get_env|\benv\(|\benv\.[A-Z]|settings\.|\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?)://|['"](?:localhost|127\.0\.0\.1)['"])re"_s);
    return configured.match(args).hasMatch();
}

QString joinRoute(QStringView prefix, QStringView method)
{
    QString p = prefix.toString();
    QString m = method.toString();
    if (!p.isEmpty() && !p.startsWith(u'/'))
        p.prepend(u'/');
    while (p.endsWith(u'/'))
        p.chop(1);
    if (!m.isEmpty() && !m.startsWith(u'/'))
        m.prepend(u'/');
    const QString joined = p + m;
    return joined.isEmpty() ? u"/"_s : joined;
}

} // namespace

SourceLanguage sourceLanguageOf(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        return SourceLanguage::Unknown;
    const QStringView ext = fileName.mid(dot + 1);
    if (ext == u"js" || ext == u"mjs" || ext == u"cjs" || ext == u"jsx")
        return SourceLanguage::JavaScript;
    if (ext == u"ts" || ext == u"mts" || ext == u"cts" || ext == u"tsx")
        return fileName.endsWith(u".d.ts") ? SourceLanguage::Unknown : SourceLanguage::TypeScript;
    if (ext == u"vue" || ext == u"svelte" || ext == u"astro")
        return SourceLanguage::TypeScript;
    if (ext == u"py")
        return SourceLanguage::Python;
    if (ext == u"rb" || ext == u"ru" || ext == u"rake")
        return SourceLanguage::Ruby;
    if (ext == u"go")
        return SourceLanguage::Go;
    if (ext == u"java")
        return SourceLanguage::Java;
    if (ext == u"kt" || ext == u"kts")
        return fileName.endsWith(u".gradle.kts") ? SourceLanguage::Unknown : SourceLanguage::Kotlin;
    if (ext == u"php")
        return SourceLanguage::Php;
    if (ext == u"rs")
        return SourceLanguage::Rust;
    if (ext == u"cs")
        return SourceLanguage::CSharp;
    if (ext == u"ex" || ext == u"exs")
        return fileName == u"mix.exs" ? SourceLanguage::Unknown : SourceLanguage::Elixir;
    return SourceLanguage::Unknown;
}

QString languageSlug(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::JavaScript:
        return u"javascript"_s;
    case SourceLanguage::TypeScript:
        return u"typescript"_s;
    case SourceLanguage::Python:
        return u"python"_s;
    case SourceLanguage::Ruby:
        return u"ruby"_s;
    case SourceLanguage::Go:
        return u"go"_s;
    case SourceLanguage::Java:
        return u"java"_s;
    case SourceLanguage::Kotlin:
        return u"kotlin"_s;
    case SourceLanguage::Php:
        return u"php"_s;
    case SourceLanguage::Rust:
        return u"rust"_s;
    case SourceLanguage::CSharp:
        return u"csharp"_s;
    case SourceLanguage::Elixir:
        return u"elixir"_s;
    case SourceLanguage::Unknown:
        break;
    }
    return {};
}

const Marker *FileFacts::marker(QStringView kind) const
{
    for (const Marker &m : markers) {
        if (m.kind == kind)
            return &m;
    }
    return nullptr;
}

bool isHealthPath(QStringView path)
{
    static const RE re(
        uR"re(^/(?:api/|v\d+/|_/|-/)?(?:_?health(?:z|check|-check|_check|/\w+)?|healthz|up|readyz?|readiness|livez?|liveness|ping|status|actuator/health(?:/\w+)?|q/health(?:/\w+)?)/?$)re"_s);
    return re.match(path).hasMatch();
}

int healthPathRank(QStringView path)
{
    static const QStringList order = {u"/health"_s,  u"/healthz"_s, u"/api/health"_s,      u"/healthcheck"_s,
                                      u"/_health"_s, u"/up"_s,      u"/actuator/health"_s, u"/q/health"_s,
                                      u"/readyz"_s,  u"/ready"_s,   u"/livez"_s,           u"/live"_s};
    QStringView trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(u'/'))
        trimmed.chop(1);
    const qsizetype i = order.indexOf(trimmed.toString());
    if (i >= 0)
        return int(i);
    if (trimmed.contains(u"health"))
        return 20;
    if (trimmed.contains(u"ready") || trimmed.contains(u"live"))
        return 30;
    return 40; // status, ping
}

bool isPortVariable(QStringView name)
{
    static const QSet<QString> names = {u"PORT"_s,     u"HTTP_PORT"_s, u"SERVER_PORT"_s, u"APP_PORT"_s,
                                        u"API_PORT"_s, u"WEB_PORT"_s,  u"LISTEN_PORT"_s};
    return names.contains(name.toString());
}

QString backingKindOfUrl(QStringView url)
{
    static const RE re(
        uR"re(^\s*['"]?(?:jdbc:)?(postgres(?:ql)?|postgis|mysql2?|mariadb|mongodb(?:\+srv)?|rediss?|valkey|amqps?|kafka|memcached?|sqlserver|mssql)(?:\+\w+)?(?::|://))re"_s);
    const auto m = re.match(url);
    if (!m.hasMatch())
        return {};
    const QString scheme = m.captured(1);
    if (scheme.startsWith(u"postg"))
        return u"postgres"_s;
    if (scheme.startsWith(u"mysql"))
        return u"mysql"_s;
    if (scheme == u"mariadb")
        return u"mariadb"_s;
    if (scheme.startsWith(u"mongodb"))
        return u"mongodb"_s;
    if (scheme.startsWith(u"redis") || scheme == u"valkey")
        return u"redis"_s;
    if (scheme.startsWith(u"amqp"))
        return u"rabbitmq"_s;
    if (scheme == u"kafka")
        return u"kafka"_s;
    if (scheme.startsWith(u"memcache"))
        return u"memcached"_s;
    return u"sqlserver"_s;
}

QList<EnvFileEntry> parseEnvFile(QByteArrayView text)
{
    static const RE re(uR"re(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$)re"_s);
    QList<EnvFileEntry> out;
    const QString all = QString::fromUtf8(text);
    const QList<QStringView> lines = QStringView(all).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().startsWith(u'#'))
            continue;
        const auto m = re.match(line);
        if (!m.hasMatch())
            continue;
        QString value = m.captured(2).trimmed();
        if (value.startsWith(u'"') || value.startsWith(u'\'')) {
            const qsizetype close = value.indexOf(value[0], 1);
            value = close > 0 ? value.mid(1, close - 1) : value.mid(1);
        } else {
            const qsizetype hash = value.indexOf(u" #");
            if (hash >= 0)
                value = value.left(hash).trimmed();
            if (value.startsWith(u'#'))
                value.clear();
        }
        out.append(EnvFileEntry{m.captured(1), value, int(i + 1)});
    }
    return out;
}

FileFacts scanSource(SourceLanguage language, QByteArrayView content, QStringView fileName)
{
    FileFacts facts;
    const LanguageRules &rules = rulesFor(language);
    if (language == SourceLanguage::Unknown)
        return facts;

    // Rules whose literal does not occur in the file at all are skipped for every line.
    const auto activeFor = [&](const auto &list) {
        std::vector<const std::remove_cvref_t<decltype(list[0])> *> active;
        for (const auto &r : list) {
            if (r.prefilter.isEmpty() || content.contains(QByteArrayView(r.prefilter)))
                active.push_back(&r);
        }
        return active;
    };
    auto env = activeFor(rules.env);
    std::erase_if(env, [&](const EnvRule *r) {
        return !r->fileFilter.isEmpty() && !content.contains(QByteArrayView(r->fileFilter));
    });
    const auto routes = activeFor(rules.routes);
    const auto ports = activeFor(rules.ports);
    const auto markers = activeFor(rules.markers);
    const auto usages = activeFor(rules.usages);
    const bool importsActive = !rules.imports.empty() && (rules.importPrefilter.isEmpty() ||
                                                          content.contains(QByteArrayView(rules.importPrefilter)));
    const bool isUrlsPy =
        language == SourceLanguage::Python && (fileName == u"urls.py" || fileName.startsWith(u"urls"));
    const bool isGo = language == SourceLanguage::Go;
    const bool isRust = language == SourceLanguage::Rust;
    const bool isPython = language == SourceLanguage::Python;

    std::vector<QByteArrayView> lines;
    lines.reserve(std::size_t(content.size() / 32 + 1));
    for (qsizetype start = 0; start < content.size();) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QByteArrayView line = content.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.push_back(line);
        start = end + 1;
    }

    struct PendingUsage
    {
        Usage usage;
        QString requiredImport;
    };
    std::vector<PendingUsage> pendingUsages;
    std::vector<std::pair<QString, int>> prefixes, methods;
    QString pydanticPrefix;
    bool inSettingsClass = false;
    bool inBlockComment = false;
    bool inGoImportBlock = false;
    bool seenClass = false;
    QSet<QString> seenImports;

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const QByteArrayView raw = lines[i];
        const int number = int(i + 1);
        QByteArrayView trimmedRaw = raw.trimmed();
        if (trimmedRaw.isEmpty())
            continue;
        if (rules.blockComments) {
            if (inBlockComment) {
                if (trimmedRaw.contains("*/"))
                    inBlockComment = false;
                continue;
            }
            if (trimmedRaw.startsWith("/*")) {
                if (!trimmedRaw.contains("*/"))
                    inBlockComment = true;
                continue;
            }
            if (trimmedRaw.startsWith("*"))
                continue;
        }
        bool comment = false;
        for (const QByteArray &marker : rules.lineComments) {
            if (trimmedRaw.startsWith(marker) && !(marker == "#" && trimmedRaw.startsWith("#[")))
                comment = true;
        }
        if (comment)
            continue;
        if (raw.size() > 4000)
            continue; // minified code

        // Python: pydantic settings classes map fields to env vars.
        if (isPython) {
            if (raw.startsWith("class ")) {
                inSettingsClass = raw.contains("Settings)") || raw.contains("BaseSettings");
                pydanticPrefix.clear();
            } else if (inSettingsClass && !raw.startsWith(" ") && !raw.startsWith("\t")) {
                inSettingsClass = false;
            } else if (inSettingsClass) {
                static const RE prefix(uR"re(env_prefix\s*=\s*['"](\w*)['"])re"_s);
                static const RE field(uR"re(^\s{4}([a-z_][a-z0-9_]*)\s*:\s*[^=]+?(=.*)?$)re"_s);
                const QString line = QString::fromUtf8(raw);
                if (const auto p = prefix.match(line); p.hasMatch()) {
                    pydanticPrefix = p.captured(1).toUpper();
                } else if (const auto f = field.match(line); f.hasMatch() && f.captured(1) != u"model_config") {
                    EnvRead read{pydanticPrefix + f.captured(1).toUpper(), number, !f.captured(2).isEmpty(), {}};
                    if (read.optional)
                        read.defaultValue = leadingLiteral(QStringView(f.captured(2)).mid(1));
                    facts.env.append(read); // a settings field is no proof the server listens there
                }
            }
        }

        QString line; // decoded lazily, once per line
        const auto text = [&]() -> const QString & {
            if (line.isNull())
                line = QString::fromUtf8(raw);
            return line;
        };
        const auto has = [&](const QByteArray &literal) {
            return literal.isEmpty() || raw.contains(QByteArrayView(literal));
        };

        for (const EnvRule *r : env) {
            if (!has(r->prefilter))
                continue;
            auto it = r->re.globalMatch(text());
            while (it.hasNext()) {
                const auto m = it.next();
                EnvRead read;
                read.name = m.captured(r->nameGroup);
                if (read.name.isEmpty())
                    read.name = r->defaultName;
                if (read.name.isEmpty())
                    continue;
                if (r->colonsToUnderscores)
                    read.name.replace(u':', u"__"_s);
                read.name.prepend(r->namePrefix);
                read.line = number;
                if (r->mode == EnvRule::Mode::Optional) {
                    read.optional = true;
                } else if (r->mode == EnvRule::Mode::Normal) {
                    if (r->defaultGroup && !m.captured(r->defaultGroup).isEmpty()) {
                        read.optional = true;
                        const QString group = m.captured(r->defaultGroup);
                        if (group.startsWith(u':'))
                            read.defaultValue = group.mid(1);
                        else if (group.startsWith(u')')) // Ruby fetch block: ENV.fetch("X") { 3000 }
                            read.defaultValue = leadingLiteral(QStringView(text()).mid(m.capturedEnd()));
                        else
                            read.defaultValue = leadingLiteral(QStringView(text()).mid(m.capturedEnd()));
                    } else {
                        // "X ||" with the fallback on the next line (Elixir, long JS expressions).
                        QString context = text();
                        const QString tail = context.mid(m.capturedEnd()).trimmed();
                        if ((tail.endsWith(u"||") || tail.endsWith(u"??") || tail.endsWith(u" or")) &&
                            i + 1 < lines.size())
                            context += u' ' + QString::fromUtf8(lines[i + 1]).trimmed();
                        const ReadShape shape = shapeOf(context, m.capturedStart(), m.capturedEnd());
                        read.optional = shape.optional;
                        read.defaultValue = shape.defaultValue;
                    }
                    // Go: x := os.Getenv("X") followed by if x == "" { x = "default" }.
                    if (isGo && !read.optional) {
                        static const RE assigned(uR"re((\w+)\s*:?=\s*os\.Getenv\()re"_s);
                        if (const auto a = assigned.match(text()); a.hasMatch()) {
                            const QString var = a.captured(1);
                            const RE empty(u"\\bif\\s+"_s + var + uR"re(\s*==\s*"")re"_s);
                            const RE fallback(u"\\b"_s + var + uR"re(\s*=\s*"([^"]*)")re"_s);
                            for (std::size_t k = i + 1; k < std::min(lines.size(), i + 4); ++k) {
                                const QString next = QString::fromUtf8(lines[k]);
                                if (empty.match(next).hasMatch()) {
                                    read.optional = true;
                                    for (std::size_t j = k; j < std::min(lines.size(), k + 3); ++j) {
                                        if (const auto f = fallback.match(QString::fromUtf8(lines[j])); f.hasMatch()) {
                                            read.defaultValue = f.captured(1);
                                            break;
                                        }
                                    }
                                    break;
                                }
                            }
                        }
                    }
                    // Rust: env::var("X").unwrap_or(…) possibly on the next lines.
                    if (isRust && !read.optional) {
                        static const RE fallback(
                            uR"re(^\s*\)*\s*\.(?:ok\(\)|unwrap_or(?:_else|_default)?\()\s*(?:\|[^|]*\|\s*)?(.*))re"_s);
                        QString tail = QStringView(text()).mid(m.capturedEnd()).toString();
                        for (std::size_t k = i + 1; k < std::min(lines.size(), i + 3) && !tail.contains(u';'); ++k)
                            tail += QString::fromUtf8(lines[k]).trimmed();
                        static const RE chain(
                            uR"re(\.(?:ok\(\)|unwrap_or(?:_else|_default)?\()\s*(?:\|[^|]*\|\s*)?(.*))re"_s);
                        const qsizetype semicolon = tail.indexOf(u';');
                        const QString statement = semicolon >= 0 ? tail.left(semicolon) : tail;
                        if (!statement.contains(u".expect(") && !statement.contains(u".unwrap()")) {
                            if (const auto f = chain.match(statement); f.hasMatch()) {
                                read.optional = true;
                                read.defaultValue = leadingLiteral(f.capturedView(1));
                            }
                        }
                        Q_UNUSED(fallback);
                    }
                } // Required: stays required
                if (isPortVariable(read.name)) {
                    int port = 0;
                    isPort(read.defaultValue, &port);
                    facts.ports.append(PortHint{port, read.name, number});
                }
                facts.env.append(read);
            }
        }
        // JS destructuring: const { A, B = 'x' } = process.env
        if (language == SourceLanguage::JavaScript || language == SourceLanguage::TypeScript) {
            if (raw.contains("process.env") && raw.contains("}")) {
                static const RE destructure(uR"re(\{([^}]*)\}\s*=\s*process\.env\b)re"_s);
                if (const auto d = destructure.match(text()); d.hasMatch()) {
                    for (const QString &part : d.captured(1).split(u',', Qt::SkipEmptyParts)) {
                        const QString name = part.section(u':', 0, 0).section(u'=', 0, 0).trimmed();
                        if (name.isEmpty() || name.startsWith(u"..."))
                            continue;
                        EnvRead read{name, number, part.contains(u'='), {}};
                        if (read.optional)
                            read.defaultValue = leadingLiteral(QStringView(part).mid(part.indexOf(u'=') + 1));
                        facts.env.append(read);
                        if (isPortVariable(name)) {
                            int port = 0;
                            isPort(read.defaultValue, &port);
                            facts.ports.append(PortHint{port, name, number});
                        }
                    }
                }
            }
        }

        for (const PatternRule *r : ports) {
            if (!has(r->prefilter))
                continue;
            if (isGo && !(raw.contains("Listen") || raw.contains("Run") || raw.contains("Start") ||
                          raw.contains("Addr") || raw.contains("ort")))
                continue;
            const auto m = r->re.match(text());
            int port = 0;
            if (m.hasMatch() && isPort(m.capturedView(r->group), &port) && !isBackingPort(port) &&
                !mentionsBacking(text()))
                facts.ports.append(PortHint{port, QString(), number});
        }

        for (const PatternRule *r : routes) {
            if (!has(r->prefilter))
                continue;
            auto it = r->re.globalMatch(text());
            while (it.hasNext()) {
                const auto m = it.next();
                QString path = m.captured(r->group);
                if (r->kind == u"prefix") {
                    prefixes.emplace_back(path, number);
                } else if (r->kind == u"method") {
                    methods.emplace_back(path, number);
                } else if (r->kind == u"django-route") {
                    if (!isUrlsPy)
                        continue;
                    path.prepend(u'/');
                    if (isHealthPath(path))
                        facts.routes.append(RouteHint{path, number});
                } else {
                    if (!path.startsWith(u'/'))
                        path.prepend(u'/');
                    if (isHealthPath(path))
                        facts.routes.append(RouteHint{path, number});
                }
            }
        }
        if (!seenClass && (raw.contains("class ") || raw.contains("object ")))
            seenClass = true;

        for (const PatternRule *r : markers) {
            if (!has(r->prefilter))
                continue;
            if (r->kind == u"server" && language != SourceLanguage::Go && raw.contains("addEventListener"))
                continue;
            const auto m = r->re.match(text());
            if (m.hasMatch())
                facts.markers.append(Marker{r->kind, r->group ? m.captured(r->group) : QString(), number});
        }

        for (const PatternRule *r : usages) {
            if (!has(r->prefilter))
                continue;
            auto it = r->re.globalMatch(text());
            while (it.hasNext()) {
                const auto m = it.next();
                QString slug = r->kind;
                if (slug == u"config") {
                    const QString what = m.captured(r->group).toLower();
                    if (what.contains(u"postg") || what == u"pg" || what.contains(u"npgsql"))
                        slug = u"postgres"_s;
                    else if (what.contains(u"mysql") || what == u"myxql")
                        slug = u"mysql"_s;
                    else if (what.contains(u"maria"))
                        slug = u"mariadb"_s;
                    else if (what.contains(u"mongo"))
                        slug = u"mongodb"_s;
                    else if (what.contains(u"sqlserver") || what.contains(u"mssql") || what == u"tds")
                        slug = u"sqlserver"_s;
                    else
                        continue; // sqlite, oracle: nothing to run next to the app
                }
                if (r->how == Usage::How::Client) {
                    QString args = m.captured(r->group);
                    // Arguments spread over the next lines: look at a few of them.
                    for (std::size_t k = i + 1; !m.captured(0).endsWith(u')') && k < std::min(lines.size(), i + 4); ++k)
                        args += QString::fromUtf8(lines[k]);
                    if (!clientIsConfigured(args)) {
                        pendingUsages.push_back({Usage{slug, Usage::How::Import, number}, r->requiredImport});
                        continue;
                    }
                }
                pendingUsages.push_back({Usage{slug, r->how, number}, r->requiredImport});
            }
        }

        if (isGo) {
            if (raw.startsWith("import (")) {
                inGoImportBlock = true;
                continue;
            }
            if (inGoImportBlock && trimmedRaw == ")") {
                inGoImportBlock = false;
                continue;
            }
        }
        if (importsActive && (rules.importPrefilter.isEmpty() || has(rules.importPrefilter))) {
            if (isGo && !inGoImportBlock && !raw.startsWith("import "))
                continue;
            for (const RE &re : rules.imports) {
                const auto m = re.match(text());
                if (!m.hasMatch())
                    continue;
                const QString module = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                if (module.isEmpty() || seenImports.contains(module))
                    continue;
                seenImports.insert(module);
                if (isGo)
                    facts.imports << module;
                for (const auto &[prefix, slug] : rules.importSlugs) {
                    if (moduleMatches(module, prefix)) {
                        facts.usages.append(Usage{slug, Usage::How::Import, number});
                        break;
                    }
                }
                if (language == SourceLanguage::JavaScript || language == SourceLanguage::TypeScript) {
                    if (module == u"@sveltejs/adapter-static")
                        facts.markers.append(Marker{u"sveltekit-static"_s, {}, number});
                    else if (module.startsWith(u"@astrojs/node") || module.startsWith(u"@astrojs/vercel") ||
                             module.startsWith(u"@astrojs/netlify") || module.startsWith(u"@astrojs/cloudflare"))
                        facts.markers.append(Marker{u"astro-adapter"_s, module, number});
                }
            }
        }
    }

    // Client constructions that need an import (new Client( is only pg's when pg is imported).
    for (const PendingUsage &p : pendingUsages) {
        if (!p.requiredImport.isEmpty()) {
            bool imported = false;
            for (const QString &module : seenImports) {
                if (moduleMatches(module, p.requiredImport))
                    imported = true;
            }
            if (!imported)
                continue;
        }
        facts.usages.append(p.usage);
    }
    // Class-level route prefixes (Nest @Controller('health'), Spring @RequestMapping, Micronaut).
    if (!methods.empty()) {
        const QString prefix = prefixes.empty() ? QString() : prefixes.front().first;
        for (const auto &[method, line] : methods) {
            const QString path = joinRoute(prefix, method);
            if (isHealthPath(path))
                facts.routes.append(RouteHint{path, line});
        }
    } else {
        for (const auto &[prefix, line] : prefixes) {
            const QString path = joinRoute(prefix, {});
            if (isHealthPath(path) && facts.routes.isEmpty())
                facts.routes.append(RouteHint{path, line});
        }
    }
    Q_UNUSED(seenClass);
    // Go servers: only when the file uses net/http or a web framework.
    if (isGo) {
        bool web = false;
        for (const QString &module : std::as_const(facts.imports)) {
            if (module == u"net/http" || module.contains(u"gin-gonic") || module.contains(u"labstack/echo") ||
                module.contains(u"gofiber") || module.contains(u"go-chi") || module.contains(u"gorilla/mux"))
                web = true;
        }
        if (!web)
            facts.markers.removeIf([](const Marker &m) { return m.kind == u"server"; });
    }
    return facts;
}

} // namespace hydron::analysis
