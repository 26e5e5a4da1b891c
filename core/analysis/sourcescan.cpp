// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/sourcescan.h"

#include "core/analysis/textutil.h"

#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

using RE = QRegularExpression;

// Aho–Corasick over the trigger literals of one language: one pass over a file finds every
// occurrence of every literal, so each idiom's regular expression runs only on the lines that
// can hold it.
class TriggerMatcher final
{
public:
    int add(const QByteArray &pattern)
    {
        for (std::size_t i = 0; i < m_patterns.size(); ++i) {
            if (m_patterns[i] == pattern)
                return int(i);
        }
        m_patterns.push_back(pattern);
        return int(m_patterns.size() - 1);
    }

    void build()
    {
        // Bytes that occur in no pattern behave alike: one column for all of them keeps the
        // transition table small enough to stay in the cache.
        m_classOf.fill(0);
        int classes = 1;
        for (const QByteArray &p : m_patterns) {
            for (char ch : p) {
                const auto c = static_cast<unsigned char>(ch);
                if (m_classOf[c] == 0)
                    m_classOf[c] = static_cast<uint8_t>(classes++);
            }
        }
        m_shift = 0;
        while ((1 << m_shift) < classes)
            ++m_shift;
        m_classes = 1 << m_shift; // a power of two: rows are found with a shift, not a multiply
        classes = m_classes;
        std::vector<std::vector<int>> trie(1, std::vector<int>(std::size_t(classes), -1));
        std::vector<std::vector<int>> out(1);
        for (std::size_t id = 0; id < m_patterns.size(); ++id) {
            int state = 0;
            for (char ch : m_patterns[id]) {
                const std::size_t c = m_classOf[static_cast<unsigned char>(ch)];
                if (trie[std::size_t(state)][c] < 0) {
                    trie[std::size_t(state)][c] = int(trie.size());
                    trie.emplace_back(std::size_t(classes), -1);
                    out.emplace_back();
                }
                state = trie[std::size_t(state)][c];
            }
            out[std::size_t(state)].push_back(int(id));
        }
        const std::size_t states = trie.size();
        const std::size_t width = std::size_t(classes);
        m_delta.assign(states * width, 0);
        std::vector<int> fail(states, 0);
        std::vector<int> queue;
        for (std::size_t c = 1; c < width; ++c) {
            const int next = trie[0][c];
            if (next > 0) {
                m_delta[c] = next;
                queue.push_back(next);
            }
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int state = queue[head];
            const auto &f = out[std::size_t(fail[std::size_t(state)])];
            out[std::size_t(state)].insert(out[std::size_t(state)].end(), f.begin(), f.end());
            for (std::size_t c = 0; c < width; ++c) {
                const int next = c == 0 ? -1 : trie[std::size_t(state)][c];
                const int viaFail = m_delta[std::size_t(fail[std::size_t(state)]) * width + c];
                if (next > 0) {
                    fail[std::size_t(next)] = viaFail;
                    m_delta[std::size_t(state) * width + c] = next;
                    queue.push_back(next);
                } else {
                    m_delta[std::size_t(state) * width + c] = viaFail;
                }
            }
        }
        // Store row offsets instead of state numbers: the next lookup is one add and one load (an
        // unsigned 32-bit entry needs no sign extension), which is the whole dependency chain.
        std::vector<uint32_t> rows(states << m_shift, 0);
        std::vector<uint8_t> accepting(states << m_shift, 0);
        for (std::size_t st = 0; st < states; ++st) {
            for (std::size_t c = 0; c < width; ++c) {
                const auto next = std::size_t(m_delta[st * width + c]);
                rows[(st << m_shift) + c] = uint32_t(next << m_shift);
            }
            accepting[st << m_shift] = out[st].empty() ? 0 : 1;
        }
        m_rows = std::move(rows);
        m_accepting = std::move(accepting);
        m_out = std::move(out);
    }

    // Finds every occurrence: (patternId, lineIndex) pairs in text order; fills lineStarts.
    void scan(QByteArrayView text, std::vector<qsizetype> &lineStarts, std::vector<std::pair<int, int>> &hits) const
    {
        lineStarts.clear();
        lineStarts.push_back(0);
        hits.clear();
        const auto *data = reinterpret_cast<const unsigned char *>(text.data());
        const qsizetype n = text.size();
        if (m_rows.empty()) {
            for (qsizetype i = 0; i < n; ++i) {
                if (data[i] == '\n')
                    lineStarts.push_back(i + 1);
            }
            return;
        }
        // The loop holds only table lookups; matches are resolved to patterns afterwards.
        const uint32_t *rows = m_rows.data();
        const uint8_t *accepting = m_accepting.data();
        const uint8_t *classOf = m_classOf.data();
        const int shift = m_shift;
        std::vector<std::pair<qsizetype, int32_t>> &ends = m_ends; // (position, state) of accepting states
        ends.clear();
        uint32_t row = 0;
        for (qsizetype i = 0; i < n; ++i) {
            row = rows[row + classOf[data[i]]];
            if (accepting[row]) [[unlikely]]
                ends.emplace_back(i, int32_t(row >> shift));
        }
        // Lines: one memchr pass, then each match's line by walking forward.
        for (const unsigned char *p = data, *end = data + n;
             (p = static_cast<const unsigned char *>(std::memchr(p, '\n', std::size_t(end - p)))) != nullptr; ++p)
            lineStarts.push_back(qsizetype(p - data) + 1);
        std::size_t line = 0;
        for (const auto &[position, state] : ends) {
            while (line + 1 < lineStarts.size() && lineStarts[line + 1] <= position)
                ++line;
            for (int id : m_out[std::size_t(state)])
                hits.emplace_back(id, int(line));
        }
    }

    [[nodiscard]] std::size_t size() const { return m_patterns.size(); }

private:
    std::vector<QByteArray> m_patterns;
    std::array<uint8_t, 256> m_classOf{};
    int m_classes = 1;
    int m_shift = 0;
    std::vector<int32_t> m_delta; // state-indexed, while building
    std::vector<uint32_t> m_rows; // row-offset-indexed, for scanning
    std::vector<uint8_t> m_accepting;
    std::vector<std::vector<int>> m_out;
    static thread_local std::vector<std::pair<qsizetype, int32_t>> m_ends;
};

thread_local std::vector<std::pair<qsizetype, int32_t>> TriggerMatcher::m_ends;

QList<QByteArray> triggersOf(const char *spec)
{
    QList<QByteArray> out;
    for (const QByteArray &t : QByteArray(spec).split('|')) {
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

struct EnvRule
{
    RE re;
    QList<QByteArray> triggers; // literals one of which a line must contain
    int nameGroup = 1;
    int defaultGroup = 0; // a non-empty capture there means "has a default"
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
    QList<QByteArray> triggers;
    QString kind;  // marker kind, usage slug, or route role
    int group = 1; // capture with the value (0: none)
    Usage::How how = Usage::How::Import;
    QString requiredImport;  // only counts when the file imports a module with this prefix
    QList<QByteArray> needs; // the line must also hold one of these before the regex runs
};

enum class RuleKind
{
    Env,
    Route,
    Port,
    Marker,
    Usage,
    Import,
    CommentOpen,
    CommentClose,
    Settings,
};

struct RuleRef
{
    RuleKind kind;
    int index;
};

struct LanguageRules
{
    std::vector<EnvRule> env;
    std::vector<PatternRule> routes; // kind: "route", "prefix" (class level), "method" (joined to prefix)
    std::vector<PatternRule> ports;  // literal ports
    std::vector<PatternRule> markers;
    std::vector<PatternRule> usages; // client constructions and configuration
    QList<QByteArray> importTriggers;
    std::vector<std::pair<QString, QString>> importSlugs;                         // module prefix -> slug
    std::array<std::vector<std::pair<QByteArray, QString>>, 256> importSlugBytes; // by first byte, as UTF-8
    std::vector<QByteArray> lineComments;
    bool blockComments = false;

    TriggerMatcher matcher;
    std::vector<std::vector<RuleRef>> refs; // per trigger: the rules it wakes

    void prepare()
    {
        for (const auto &[prefix, slug] : importSlugs) {
            const QByteArray bytes = prefix.toUtf8();
            importSlugBytes[static_cast<unsigned char>(bytes.at(0))].emplace_back(bytes, slug);
        }
        const auto wire = [&](const QList<QByteArray> &triggers, RuleKind kind, int index) {
            for (const QByteArray &t : triggers) {
                const std::size_t id = std::size_t(matcher.add(t));
                if (refs.size() <= id)
                    refs.resize(id + 1);
                refs[id].push_back(RuleRef{kind, index});
            }
        };
        for (std::size_t i = 0; i < env.size(); ++i)
            wire(env[i].triggers, RuleKind::Env, int(i));
        for (std::size_t i = 0; i < routes.size(); ++i)
            wire(routes[i].triggers, RuleKind::Route, int(i));
        for (std::size_t i = 0; i < ports.size(); ++i)
            wire(ports[i].triggers, RuleKind::Port, int(i));
        for (std::size_t i = 0; i < markers.size(); ++i)
            wire(markers[i].triggers, RuleKind::Marker, int(i));
        for (std::size_t i = 0; i < usages.size(); ++i)
            wire(usages[i].triggers, RuleKind::Usage, int(i));
        wire(importTriggers, RuleKind::Import, 0);
        if (blockComments) {
            wire({"/*"}, RuleKind::CommentOpen, 0);
            wire({"*/"}, RuleKind::CommentClose, 0);
        }
        wire({"Settings"}, RuleKind::Settings, 0);
        matcher.build();
    }
};

EnvRule env(const QString &pattern, const char *triggers, int defaultGroup = 0,
            EnvRule::Mode mode = EnvRule::Mode::Normal)
{
    EnvRule rule;
    rule.re = RE(pattern);
    rule.triggers = triggersOf(triggers);
    rule.defaultGroup = defaultGroup;
    rule.mode = mode;
    return rule;
}

PatternRule rule(const QString &pattern, const char *triggers, const QString &kind, int group = 1,
                 Usage::How how = Usage::How::Import, const QString &requiredImport = {})
{
    return PatternRule{RE(pattern), triggersOf(triggers), kind, group, how, requiredImport, {}};
}

// A route rule woken by health-like words, run only on lines that also hold a routing call.
PatternRule route(const QString &pattern, const char *needs)
{
    // "status" and "ping" are common words: only as path segments.
    PatternRule r =
        rule(pattern, "health|/ready|ready/|/live|live/|/ping|ping/|/status|status/|/up|up/|\"up\"|'up'", u"route"_s);
    r.needs = triggersOf(needs);
    return r;
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
        "process.env|import.meta.env|Bun.env"));
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
    r.routes.push_back(
        route(uR"re(\.(?:get|head|all|use|route)\(\s*['"`](/[^'"`]*)['"`])re"_s, ".get(|.head(|.all(|.use(|.route("));
    r.routes.push_back(route(uR"re(\burl\s*:\s*['"](/[^'"]*)['"])re"_s, "url"));
    // node:http without a framework: `if (req.url === '/health')`, `pathname === '/health'`.
    r.routes.push_back(route(uR"re(\b(?:url|pathname)\s*===?\s*['"`](/[^'"`?]*)['"`])re"_s, "url|pathname"));
    r.routes.push_back(rule(uR"re(@Controller\(\s*(?:['"]([^'"]*)['"])?\s*\))re"_s, "@Controller", u"prefix"_s));
    r.routes.push_back(
        rule(uR"re(@(?:Get|Head|All)\(\s*(?:['"]([^'"]*)['"])?\s*\))re"_s, "@Get(|@Head(|@All(", u"method"_s));
    r.ports.push_back(rule(uR"re(\.listen\(\s*(\d{2,5})\b)re"_s, "listen(", u"port"_s));
    r.ports.push_back(rule(uR"re(\bport\s*:\s*(\d{2,5})\b)re"_s, "port:|port :", u"port"_s));
    r.ports.push_back(rule(
        uR"re(\b(?:const|let|var)\s+(?:PORT|port|HTTP_PORT|httpPort|serverPort)\s*(?::\s*number\s*)?=\s*(\d{2,5})\b)re"_s,
        "const PORT|let PORT|var PORT|const port|let port|var port|HTTP_PORT|httpPort|serverPort", u"port"_s));
    r.markers.push_back(
        rule(uR"re(\.listen\(|\bcreateServer\(|NestFactory\.create|Bun\.serve\(|Deno\.serve\(|\bserve\(\s*\{)re"_s,
             "listen(|createServer(|NestFactory|Bun.serve(|Deno.serve(|serve(", u"server"_s, 0));
    r.markers.push_back(rule(
        uR"re(new\s+Worker\s*\(\s*['"`\w]|\.process\(\s*(?:['"]|async\b|function\b|\()|agenda\.(?:start|every)\(|consumer\.run\(|\.consume\(|cron\.schedule\(|new\s+CronJob\()re"_s,
        "Worker(|.process(|agenda.|consumer.run(|.consume(|cron.schedule(|CronJob(", u"worker"_s, 0));
    r.markers.push_back(rule(uR"re(\boutput\s*:\s*['"]export['"])re"_s, "output", u"next-export"_s, 0));
    r.markers.push_back(rule(uR"re(\boutput\s*:\s*['"](server|hybrid)['"])re"_s, "output", u"astro-server"_s));
    r.markers.push_back(rule(uR"re(setGlobalPrefix\(\s*['"]/?([^'"]+)['"])re"_s, "setGlobalPrefix", u"route-prefix"_s));
    // Clients constructed with their own configuration; checked for configuration after matching.
    r.usages.push_back(rule(uR"re(new\s+(?:pg\.)?(?:Pool|Client)\s*\(([^)]*)\)?)re"_s, "Pool(|Client(", u"postgres"_s,
                            1, Usage::How::Client, u"pg"_s));
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
        rule(uR"re(amqp(?:lib)?\.connect\s*\(([^)]*)\)?)re"_s, "amqp", u"rabbitmq"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(new\s+Kafka\s*\(([^)]*)\)?)re"_s, "Kafka", u"kafka"_s, 1, Usage::How::Client, u"kafkajs"_s));
    r.usages.push_back(rule(uR"re(new\s+Client\s*\(([^)]*)\)?)re"_s, "Client(", u"elasticsearch"_s, 1,
                            Usage::How::Client, u"@elastic/elasticsearch"_s));
    r.usages.push_back(
        rule(uR"re(\b(?:client|type|dialect)\s*:\s*['"](pg|postgres|postgresql|mysql2?|mariadb|mssql|mongodb)['"])re"_s,
             "client:|type:|dialect:|client :|type :|dialect :", u"config"_s, 1, Usage::How::Config));
    r.importTriggers = triggersOf("import|require(|from ");
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
        "env(|env.|config(", 2));
    r.routes.push_back(route(uR"re(@\w+\.(?:get|route|api_route|head)\(\s*['"](/[^'"]*)['"])re"_s, "@"));
    // http.server / WSGI without a framework: `if self.path == "/health":`, `environ["PATH_INFO"] == "/up"`.
    r.routes.push_back(route(uR"re(\b(?:path|PATH_INFO['"]\])\s*==\s*['"](/[^'"?]*)['"])re"_s, "path|PATH_INFO"));
    r.routes.push_back(rule(uR"re(\b(?:re_)?path\(\s*r?['"]\^?([^'"$]*)\$?['"])re"_s,
                            "health|ready|live|ping|status|up/", u"django-route"_s));
    r.ports.push_back(rule(uR"re(\.run\(.*\bport\s*=\s*(\d{2,5})\b)re"_s, "port=|port =", u"port"_s));
    r.ports.push_back(rule(uR"re(--port[= ](\d{2,5})\b)re"_s, "--port", u"port"_s));
    r.ports.push_back(rule(uR"re(\bbind\s*=\s*\[?\s*['"][^'"]*:(\d{2,5})['"])re"_s, "bind", u"port"_s));
    r.ports.push_back(rule(uR"re(^(?:PORT|port)\s*=\s*(\d{2,5})\s*$)re"_s, "PORT =|PORT=|port =|port=", u"port"_s));
    // Module-level apps name their variable; an indented one is built by a factory function.
    r.markers.push_back(
        rule(uR"re(^(?:(\w+)|\s+\w+)\s*(?::\s*\w+\s*)?=\s*FastAPI\s*\()re"_s, "FastAPI", u"fastapi-app"_s));
    r.markers.push_back(rule(uR"re(^(?:(\w+)|\s+\w+)\s*=\s*Flask\s*\()re"_s, "Flask", u"flask-app"_s));
    r.markers.push_back(rule(uR"re(^(\w+)\s*=\s*Celery\s*\()re"_s, "Celery", u"celery-app"_s));
    r.markers.push_back(rule(uR"re(^\s*(?:from\s+rq\b|import\s+rq\b))re"_s, "rq", u"rq"_s, 0));
    // A server the code runs itself; serve_forever is the standard library's (http.server, wsgiref, socketserver).
    r.markers.push_back(rule(uR"re(\b(?:uvicorn\.run|web\.run_app|waitress\.serve|app\.run|serve_forever)\s*\()re"_s,
                             "uvicorn.run|web.run_app|waitress.serve|app.run(|serve_forever(", u"server"_s, 0));
    r.markers.push_back(rule(uR"re(get_wsgi_application\(|get_asgi_application\()re"_s,
                             "get_wsgi_application|get_asgi_application", u"django-app"_s, 0));
    r.markers.push_back(rule(uR"re(\bbeat_schedule\b)re"_s, "beat_schedule", u"celery-beat"_s, 0));
    r.markers.push_back(rule(uR"re(CELERY_?BEAT_SCHEDULE)re"_s, "BEAT_SCHEDULE", u"celery-beat"_s, 0));
    r.usages.push_back(rule(uR"re(django\.db\.backends\.(postgresql|postgresql_psycopg2|postgis|mysql|oracle))re"_s,
                            "django.db.backends", u"config"_s, 1, Usage::How::Config));
    r.usages.push_back(rule(uR"re(django_redis\.cache|django\.core\.cache\.backends\.redis)re"_s,
                            "django_redis|backends.redis", u"redis"_s, 0, Usage::How::Config));
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
    r.usages.push_back(
        rule(uR"re((?:client|resource)\(\s*['"]s3['"])re"_s, "'s3'|\"s3\"", u"s3"_s, 0, Usage::How::Import));
    r.importTriggers = triggersOf("import");
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
    r.routes.push_back(route(uR"re(^\s*get\s*\(?\s*['"](/?[\w/\-]+)['"])re"_s, "get"));
    r.ports.push_back(rule(uR"re(\bset\s+:port\s*,\s*(\d{2,5}))re"_s, "port", u"port"_s));
    r.ports.push_back(rule(uR"re(^\s*port\s+(\d{2,5})\s*$)re"_s, "port", u"port"_s));
    r.markers.push_back(
        rule(uR"re(Sinatra::(?:Base|Application)|require\s+['"]sinatra)re"_s, "inatra", u"sinatra"_s, 0));
    r.markers.push_back(rule(uR"re(include\s+Sidekiq::(?:Job|Worker)|<\s*ApplicationJob)re"_s,
                             "Sidekiq::|ApplicationJob", u"worker"_s, 0));
    r.markers.push_back(rule(uR"re(include\s+Sidekiq::Worker)re"_s, "Worker", u"worker"_s, 0));
    r.usages.push_back(rule(uR"re(\bRedis\.new\s*\(([^)]*)\)?)re"_s, "Redis.new", u"redis"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bPG\.connect\s*\(([^)]*)\)?)re"_s, "PG.connect", u"postgres"_s, 1, Usage::How::Client));
    r.importTriggers = triggersOf("require");
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
        "etEnv|etenv|nvOr|nvDefault|nvWithDefault|ookupEnv", 2));
    r.env.push_back(env(uR"re(\b[mM]ust(?:Get)?[eE]nv\w*\(\s*"(\w+)"\s*\))re"_s, "ustEnv|ustGetenv|ustGetEnv|ustenv", 0,
                        EnvRule::Mode::Required));
    r.routes.push_back(
        route(uR"re(\.(?:GET|Get|HandleFunc|Handle|Any|HEAD|Head)\(\s*"(?:(?:GET|HEAD)\s+)?(/[^"]*)")re"_s,
              "GET|Get(|HandleFunc|Handle(|Any(|HEAD|Head("));
    r.ports.push_back(rule(uR"re("(?:0\.0\.0\.0|localhost|127\.0\.0\.1)?:(\d{2,5})")re"_s,
                           "\":|0.0.0.0:|localhost:|127.0.0.1:", u"port"_s));
    r.markers.push_back(rule(uR"re(^package\s+(\w+))re"_s, "package ", u"go-package"_s));
    r.markers.push_back(rule(uR"re(^func\s+main\s*\(\s*\))re"_s, "func main", u"go-main"_s, 0));
    r.markers.push_back(rule(uR"re(ListenAndServe|http\.Server\s*\{|\.Listen\(|\.Start\(|\.Run\(|\.Serve\()re"_s,
                             "ListenAndServe|http.Server|.Listen(|.Start(|.Run(|.Serve(", u"server"_s, 0));
    r.usages.push_back(rule(uR"re(sql\.Open\(\s*"(postgres|pgx|mysql|sqlserver|mssql)")re"_s, "sql.Open", u"config"_s,
                            1, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(\bpgx(?:pool)?\.(?:Connect|New)\w*\(([^)]*)\)?)re"_s, "pgx", u"postgres"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bredis\.NewClient\(([^)]*)\)?)re"_s, "redis.NewClient", u"redis"_s, 1, Usage::How::Client));
    r.usages.push_back(
        rule(uR"re(\bpostgres\.Open\(([^)]*)\)?)re"_s, "postgres.Open", u"postgres"_s, 1, Usage::How::Client));
    r.importTriggers = triggersOf("import");
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
    r.ports.push_back(rule(uR"re(\.(?:port|start)\(\s*(\d{2,5})\s*\))re"_s, ".port(|.start(", u"port"_s));
    r.markers.push_back(rule(uR"re(@SpringBootApplication)re"_s, "@SpringBootApplication", u"spring-app"_s, 0));
    r.markers.push_back(rule(uR"re(static\s+void\s+main\s*\(|^fun\s+main\s*\()re"_s, "main", u"main"_s, 0));
    r.importTriggers = triggersOf("import");
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
    r.markers.push_back(rule(uR"re(\bimplements\b[^{]*\bShouldQueue\b)re"_s, "ShouldQueue", u"queued-job"_s, 0));
    r.importTriggers = triggersOf("use ");
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
    r.routes.push_back(rule(uR"re(#\[(?:get|head)\(\s*"(/[^"]*)")re"_s, "#[get|#[head", u"route"_s));
    r.routes.push_back(rule(uR"re(web::resource\(\s*"(/[^"]*)")re"_s, "web::resource", u"route"_s));
    r.ports.push_back(rule(uR"re("(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\])?:(\d{2,5})")re"_s,
                           "\":|0.0.0.0:|127.0.0.1:|localhost:|[::]:", u"port"_s));
    r.ports.push_back(
        rule(uR"re(\[\s*0\s*,\s*0\s*,\s*0\s*,\s*0\s*\]\s*,\s*(\d{2,5}))re"_s, "0, 0, 0, 0|0,0,0,0", u"port"_s));
    r.ports.push_back(rule(uR"re(\(\s*"[\d.:]+"\s*,\s*(\d{2,5})\s*\))re"_s, ".0\"|.1\"", u"port"_s));
    r.markers.push_back(rule(
        uR"re(axum::serve|HttpServer::new|#\[launch\]|rocket::build|warp::serve|TcpListener::bind|Server::bind|\.bind\()re"_s,
        "axum::serve|HttpServer::new|#[launch]|rocket::build|warp::serve|TcpListener::bind|Server::bind|.bind(",
        u"server"_s, 0));
    r.markers.push_back(rule(uR"re(^\s*(?:pub\s+)?(?:async\s+)?fn\s+main\s*\()re"_s, "main", u"main"_s, 0));
    r.usages.push_back(
        rule(uR"re(\b(?:PgPool|PgPoolOptions|PgConnection)\b)re"_s, "Pg", u"postgres"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(\b(?:MySqlPool|MySqlPoolOptions)\b)re"_s, "MySql", u"mysql"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(redis::Client::open\(([^)]*)\)?)re"_s, "redis::Client", u"redis"_s, 1, Usage::How::Client));
    r.importTriggers = triggersOf("use ");
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
    r.routes.push_back(rule(uR"re(\.Map(?:Get|HealthChecks|Methods)\(\s*"(/?[^"]*)")re"_s,
                            ".MapGet(|.MapHealthChecks(|.MapMethods(", u"route"_s));
    r.routes.push_back(rule(uR"re(\[(?:HttpGet|Route)\(\s*"(/?[^"]*)"\s*\)\])re"_s, "[HttpGet(|[Route(", u"method"_s));
    r.ports.push_back(rule(uR"re(UseUrls\(\s*"https?://[^:"]+:(\d{2,5}))re"_s, "UseUrls", u"port"_s));
    r.ports.push_back(rule(uR"re(Listen(?:Any|Local)IP\(\s*(\d{2,5}))re"_s, "Listen", u"port"_s));
    r.markers.push_back(
        rule(uR"re(WebApplication\.Create(?:Builder|SlimBuilder)?\(|CreateWebHostBuilder|ConfigureWebHostDefaults)re"_s,
             "WebApplication|CreateWebHostBuilder|ConfigureWebHostDefaults", u"server"_s, 0));
    r.markers.push_back(rule(uR"re(:\s*BackgroundService\b|AddHostedService<|IHostedService\b)re"_s,
                             "BackgroundService|AddHostedService|IHostedService", u"worker"_s, 0));
    r.usages.push_back(rule(uR"re(\.(UseNpgsql|UseSqlServer|UseMySql|UseMySQL|UseOracle)\()re"_s,
                            ".UseNpgsql(|.UseSqlServer(|.UseMySql(|.UseMySQL(|.UseOracle(", u"config"_s, 1,
                            Usage::How::Config));
    r.usages.push_back(rule(uR"re(AddStackExchangeRedisCache\(|ConnectionMultiplexer\.Connect)re"_s,
                            "AddStackExchangeRedisCache|ConnectionMultiplexer", u"redis"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(ConnectionMultiplexer\.Connect)re"_s, "ConnectionMultiplexer", u"redis"_s, 0, Usage::How::Config));
    r.usages.push_back(
        rule(uR"re(\.UseSentry\(|SentrySdk\.Init\()re"_s, "UseSentry|SentrySdk", u"sentry"_s, 0, Usage::How::Import));
    r.importTriggers = triggersOf("using ");
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
    r.routes.push_back(route(uR"re(^\s*(?:get|forward)\s+"(/[^"]*)")re"_s, "get |forward "));
    r.ports.push_back(rule(uR"re(\bhttp:\s*\[.*\bport:\s*(\d{2,5}))re"_s, "port", u"port"_s));
    r.usages.push_back(
        rule(uR"re(Ecto\.Adapters\.(Postgres|MyXQL|Tds))re"_s, "Ecto.Adapters", u"config"_s, 1, Usage::How::Config));
    r.usages.push_back(rule(uR"re(\bRedix\.start_link\(([^)]*)\)?)re"_s, "Redix", u"redis"_s, 1, Usage::How::Client));
    r.importTriggers = triggersOf("alias |import |use ");
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

LanguageRules prepared(LanguageRules rules)
{
    rules.prepare();
    return rules;
}

const LanguageRules &rulesFor(SourceLanguage language)
{
    static const LanguageRules js = prepared(javascriptRules());
    static const LanguageRules py = prepared(pythonRules());
    static const LanguageRules rb = prepared(rubyRules());
    static const LanguageRules go = prepared(goRules());
    static const LanguageRules jvm = prepared(jvmRules());
    static const LanguageRules php = prepared(phpRules());
    static const LanguageRules rs = prepared(rustRules());
    static const LanguageRules cs = prepared(csharpRules());
    static const LanguageRules ex = prepared(elixirRules());
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

// The module an import line names, read from the bytes without a regular expression (imports
// are the most frequent trigger; a regex per import line would dominate the pass).
QByteArrayView moduleOfLine(SourceLanguage language, QByteArrayView line)
{
    const auto isToken = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
               c == '/' || c == '\\' || c == '@' || c == '-' || c == ':';
    };
    const auto tokenAt = [&](QByteArrayView text, qsizetype at, bool stopAtColon) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
            ++at;
        qsizetype end = at;
        while (end < text.size() && isToken(text[end]) && !(stopAtColon && text[end] == ':'))
            ++end;
        return text.sliced(at, end - at);
    };
    const auto quotedAfter = [&](QByteArrayView text, qsizetype at) -> QByteArrayView {
        for (qsizetype i = std::max<qsizetype>(at, 0); i < text.size(); ++i) {
            const char q = text[i];
            if (q == '\'' || q == '"' || q == '`') {
                const qsizetype close = text.indexOf(q, i + 1);
                return close < 0 ? QByteArrayView() : text.sliced(i + 1, close - i - 1);
            }
        }
        return {};
    };
    const QByteArrayView t = line.trimmed();
    switch (language) {
    case SourceLanguage::JavaScript:
    case SourceLanguage::TypeScript:
        // The line holds import, from or require(: its first quoted string is the module.
        return quotedAfter(t, 0);
    case SourceLanguage::Python:
        if (t.startsWith("from ") || t.startsWith("import "))
            return tokenAt(t, t.indexOf(' '), false);
        return {};
    case SourceLanguage::Ruby:
        return t.startsWith("require") ? quotedAfter(t, 7) : QByteArrayView();
    case SourceLanguage::Go:
        return quotedAfter(t, 0);
    case SourceLanguage::Java:
    case SourceLanguage::Kotlin: {
        if (!t.startsWith("import "))
            return {};
        QByteArrayView rest = t.sliced(7).trimmed();
        if (rest.startsWith("static "))
            rest = rest.sliced(7);
        return tokenAt(rest, 0, false);
    }
    case SourceLanguage::Php: {
        if (!t.startsWith("use "))
            return {};
        QByteArrayView rest = t.sliced(4).trimmed();
        if (rest.startsWith("\\"))
            rest = rest.sliced(1);
        return tokenAt(rest, 0, false);
    }
    case SourceLanguage::Rust: {
        QByteArrayView rest = t.startsWith("pub use ") ? t.sliced(8)
                              : t.startsWith("use ")   ? t.sliced(4)
                                                       : QByteArrayView();
        return rest.isEmpty() ? rest : tokenAt(rest, 0, true);
    }
    case SourceLanguage::CSharp: {
        if (!t.startsWith("using ") || t.contains('('))
            return {};
        QByteArrayView rest = t.sliced(6).trimmed();
        if (rest.startsWith("static "))
            rest = rest.sliced(7);
        return tokenAt(rest, 0, false);
    }
    case SourceLanguage::Elixir:
        for (const char *keyword : {"alias ", "import ", "use "}) {
            if (t.startsWith(keyword))
                return tokenAt(t, qsizetype(std::strlen(keyword)), false);
        }
        return {};
    case SourceLanguage::Unknown:
        break;
    }
    return {};
}

bool moduleMatchesBytes(QByteArrayView module, QByteArrayView prefix)
{
    if (module.size() < prefix.size() || module[0] != prefix[0] ||
        std::memcmp(module.data(), prefix.data(), std::size_t(prefix.size())) != 0)
        return false;
    if (module.size() == prefix.size() || prefix.endsWith('/'))
        return true;
    const char next = module[prefix.size()];
    return next == '/' || next == '.' || next == '\\';
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
    if (language == SourceLanguage::Unknown)
        return facts;
    const LanguageRules &rules = rulesFor(language);
    const bool isUrlsPy =
        language == SourceLanguage::Python && (fileName == u"urls.py" || fileName.startsWith(u"urls"));
    const bool isGo = language == SourceLanguage::Go;
    const bool isRust = language == SourceLanguage::Rust;
    const bool isJs = language == SourceLanguage::JavaScript || language == SourceLanguage::TypeScript;
    const bool isJvm =
        language == SourceLanguage::Java || language == SourceLanguage::Kotlin || language == SourceLanguage::CSharp;

    // One pass: the lines each rule has to look at (in order, once each).
    std::vector<qsizetype> starts;
    std::vector<std::vector<int>> envLines(rules.env.size()), routeLines(rules.routes.size()),
        portLines(rules.ports.size()), markerLines(rules.markers.size()), usageLines(rules.usages.size());
    std::vector<int> importLines, commentOpens, commentCloses;
    bool settings = false;
    const auto note = [](std::vector<int> &lines, int line) {
        if (lines.empty() || lines.back() != line)
            lines.push_back(line);
    };
    std::vector<std::pair<int, int>> hits;
    rules.matcher.scan(content, starts, hits);
    for (const auto &[id, line] : hits) {
        for (const RuleRef &ref : rules.refs[std::size_t(id)]) {
            switch (ref.kind) {
            case RuleKind::Env:
                note(envLines[std::size_t(ref.index)], line);
                break;
            case RuleKind::Route:
                note(routeLines[std::size_t(ref.index)], line);
                break;
            case RuleKind::Port:
                note(portLines[std::size_t(ref.index)], line);
                break;
            case RuleKind::Marker:
                note(markerLines[std::size_t(ref.index)], line);
                break;
            case RuleKind::Usage:
                note(usageLines[std::size_t(ref.index)], line);
                break;
            case RuleKind::Import:
                note(importLines, line);
                break;
            case RuleKind::CommentOpen:
                commentOpens.push_back(line);
                break;
            case RuleKind::CommentClose:
                commentCloses.push_back(line);
                break;
            case RuleKind::Settings:
                settings = true;
                break;
            }
        }
    }
    const int lineCount = int(starts.size());
    const auto raw = [&](int i) {
        const qsizetype begin = starts[std::size_t(i)];
        const qsizetype end = i + 1 < lineCount ? starts[std::size_t(i) + 1] - 1 : content.size();
        QByteArrayView line = content.sliced(begin, end - begin);
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const auto decoded = [&](int i) {
        return QString::fromUtf8(raw(i));
    };

    // Block comments: lines that start inside /* … */ (approximate: no string awareness).
    std::vector<uint8_t> inBlock;
    for (std::size_t o = 0, c = 0; o < commentOpens.size();) {
        const int open = commentOpens[o];
        while (c < commentCloses.size() && commentCloses[c] < open)
            ++c;
        const int close = c < commentCloses.size() ? commentCloses[c] : lineCount - 1;
        if (inBlock.empty())
            inBlock.assign(std::size_t(lineCount), 0);
        for (int line = open + 1; line <= close && line < lineCount; ++line)
            inBlock[std::size_t(line)] = line < close ? 1 : 2; // 2: the line holding the closing */
        while (o < commentOpens.size() && commentOpens[o] <= close)
            ++o;
    }
    const auto skipped = [&](int i) {
        const QByteArrayView line = raw(i);
        if (line.size() > 4000)
            return true; // minified code
        const QByteArrayView trimmed = line.trimmed();
        for (const QByteArray &marker : rules.lineComments) {
            if (trimmed.startsWith(marker) && !(marker == "#" && trimmed.startsWith("#[")))
                return true;
        }
        if (rules.blockComments && (trimmed.startsWith("/*") || trimmed.startsWith("*")))
            return true;
        if (!inBlock.empty()) {
            const uint8_t state = inBlock[std::size_t(i)];
            if (state == 1 || (state == 2 && trimmed.startsWith("*")))
                return true;
        }
        return false;
    };

    const auto needed = [&](const PatternRule &rule, int i) {
        if (rule.needs.isEmpty())
            return true;
        const QByteArrayView line = raw(i);
        return std::any_of(rule.needs.cbegin(), rule.needs.cend(),
                           [&](const QByteArray &n) { return line.contains(QByteArrayView(n)); });
    };

    // Env reads.
    for (std::size_t r = 0; r < rules.env.size(); ++r) {
        const EnvRule &rule = rules.env[r];
        if (envLines[r].empty() || (!rule.fileFilter.isEmpty() && !content.contains(QByteArrayView(rule.fileFilter))))
            continue;
        for (int i : envLines[r]) {
            if (skipped(i))
                continue;
            const QString text = decoded(i);
            const int number = i + 1;
            auto it = rule.re.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                EnvRead read;
                read.name = m.captured(rule.nameGroup);
                if (read.name.isEmpty())
                    read.name = rule.defaultName;
                if (read.name.isEmpty())
                    continue;
                if (rule.colonsToUnderscores)
                    read.name.replace(u':', u"__"_s);
                read.name.prepend(rule.namePrefix);
                read.line = number;
                if (rule.mode == EnvRule::Mode::Optional) {
                    read.optional = true;
                } else if (rule.mode == EnvRule::Mode::Normal) {
                    if (rule.defaultGroup && !m.captured(rule.defaultGroup).isEmpty()) {
                        read.optional = true;
                        const QString group = m.captured(rule.defaultGroup);
                        read.defaultValue = group.startsWith(u':')
                                                ? group.mid(1)
                                                : leadingLiteral(QStringView(text).mid(m.capturedEnd()));
                    } else {
                        // "X ||" with the fallback on the next line (Elixir, long JS expressions).
                        QString context = text;
                        const QString tail = context.mid(m.capturedEnd()).trimmed();
                        if ((tail.endsWith(u"||") || tail.endsWith(u"??") || tail.endsWith(u" or")) &&
                            i + 1 < lineCount)
                            context += u' ' + decoded(i + 1).trimmed();
                        const ReadShape shape = shapeOf(context, m.capturedStart(), m.capturedEnd());
                        read.optional = shape.optional;
                        read.defaultValue = shape.defaultValue;
                    }
                    // Go: x := os.Getenv("X") followed by if x == "" { x = "default" }.
                    if (isGo && !read.optional) {
                        static const RE assigned(uR"re((\w+)\s*:?=\s*os\.Getenv\()re"_s);
                        if (const auto a = assigned.match(text); a.hasMatch()) {
                            const QString var = a.captured(1);
                            const RE empty(u"\\bif\\s+"_s + var + uR"re(\s*==\s*"")re"_s);
                            const RE fallback(u"\\b"_s + var + uR"re(\s*=\s*"([^"]*)")re"_s);
                            for (int k = i + 1; k < std::min(lineCount, i + 4); ++k) {
                                if (!empty.match(decoded(k)).hasMatch())
                                    continue;
                                read.optional = true;
                                for (int j = k; j < std::min(lineCount, k + 3); ++j) {
                                    if (const auto f = fallback.match(decoded(j)); f.hasMatch()) {
                                        read.defaultValue = f.captured(1);
                                        break;
                                    }
                                }
                                break;
                            }
                        }
                    }
                    // Rust: env::var("X").unwrap_or(…), possibly on the next lines.
                    if (isRust && !read.optional) {
                        QString tail = QStringView(text).mid(m.capturedEnd()).toString();
                        for (int k = i + 1; k < std::min(lineCount, i + 3) && !tail.contains(u';'); ++k)
                            tail += decoded(k).trimmed();
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
                    }
                } // Required: stays required
                if (isPortVariable(read.name)) {
                    int port = 0;
                    isPort(read.defaultValue, &port);
                    facts.ports.append(PortHint{port, read.name, number});
                }
                facts.env.append(read);
            }
            // JS destructuring: const { A, B = 'x' } = process.env
            if (isJs && r == 0 && text.contains(u'}')) {
                static const RE destructure(uR"re(\{([^}]*)\}\s*=\s*process\.env\b)re"_s);
                if (const auto d = destructure.match(text); d.hasMatch()) {
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
    }

    // Python: pydantic settings classes map fields to env vars.
    if (settings && language == SourceLanguage::Python) {
        QString prefix;
        bool inClass = false;
        for (int i = 0; i < lineCount; ++i) {
            const QByteArrayView line = raw(i);
            if (line.startsWith("class ")) {
                inClass = line.contains("Settings)") || line.contains("BaseSettings");
                prefix.clear();
            } else if (inClass && !line.trimmed().isEmpty() && !line.startsWith(" ") && !line.startsWith("\t")) {
                inClass = false;
            } else if (inClass) {
                static const RE envPrefix(uR"re(env_prefix\s*=\s*['"](\w*)['"])re"_s);
                static const RE field(uR"re(^\s{4}([a-z_][a-z0-9_]*)\s*:\s*[^=]+?(=.*)?$)re"_s);
                const QString text = QString::fromUtf8(line);
                if (const auto p = envPrefix.match(text); p.hasMatch()) {
                    prefix = p.captured(1).toUpper();
                } else if (const auto f = field.match(text); f.hasMatch() && f.captured(1) != u"model_config") {
                    EnvRead read{prefix + f.captured(1).toUpper(), i + 1, !f.captured(2).isEmpty(), {}};
                    if (read.optional)
                        read.defaultValue = leadingLiteral(QStringView(f.captured(2)).mid(1));
                    facts.env.append(read); // a settings field is no proof the server listens there
                }
            }
        }
    }

    // Literal ports.
    for (std::size_t r = 0; r < rules.ports.size(); ++r) {
        for (int i : portLines[r]) {
            if (skipped(i))
                continue;
            const QByteArrayView line = raw(i);
            if (isGo && !(line.contains("Listen") || line.contains("Run") || line.contains("Start") ||
                          line.contains("Addr") || line.contains("ort")))
                continue;
            const QString text = decoded(i);
            const auto m = rules.ports[r].re.match(text);
            int port = 0;
            if (m.hasMatch() && isPort(m.capturedView(rules.ports[r].group), &port) && !isBackingPort(port) &&
                !mentionsBacking(text))
                facts.ports.append(PortHint{port, QString(), i + 1});
        }
    }

    // Routes; class-level prefixes are joined with method routes below.
    std::vector<std::pair<QString, int>> prefixes, methods;
    for (std::size_t r = 0; r < rules.routes.size(); ++r) {
        const PatternRule &rule = rules.routes[r];
        for (int i : routeLines[r]) {
            if (!needed(rule, i) || skipped(i))
                continue;
            auto it = rule.re.globalMatch(decoded(i));
            while (it.hasNext()) {
                QString path = it.next().captured(rule.group);
                if (rule.kind == u"prefix") {
                    prefixes.emplace_back(path, i + 1);
                } else if (rule.kind == u"method") {
                    methods.emplace_back(path, i + 1);
                } else if (rule.kind == u"django-route") {
                    path.prepend(u'/');
                    if (isUrlsPy && isHealthPath(path))
                        facts.routes.append(RouteHint{path, i + 1});
                } else {
                    if (!path.startsWith(u'/'))
                        path.prepend(u'/');
                    if (isHealthPath(path))
                        facts.routes.append(RouteHint{path, i + 1});
                }
            }
        }
    }
    if (isJvm && !methods.empty()) {
        // Java, Kotlin, C#: a mapping before the first class declaration is the class's prefix.
        const qsizetype firstClass = content.indexOf("class ");
        const int classLine =
            firstClass < 0 ? 0 : int(std::upper_bound(starts.begin(), starts.end(), firstClass) - starts.begin());
        std::vector<std::pair<QString, int>> kept;
        for (const auto &m : methods) {
            if (m.second < classLine)
                prefixes.push_back(m);
            else
                kept.push_back(m);
        }
        methods = std::move(kept);
    }
    if (!methods.empty()) {
        std::sort(prefixes.begin(), prefixes.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
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

    // Markers.
    for (std::size_t r = 0; r < rules.markers.size(); ++r) {
        const PatternRule &rule = rules.markers[r];
        for (int i : markerLines[r]) {
            if (skipped(i))
                continue;
            if (rule.kind == u"server" && !isGo && raw(i).contains("addEventListener"))
                continue;
            const auto m = rule.re.match(decoded(i));
            if (!m.hasMatch())
                continue;
            QString value = rule.group ? m.captured(rule.group) : QString();
            if (value.isEmpty() && (rule.kind == u"fastapi-app" || rule.kind == u"flask-app")) {
                // An app factory: the enclosing function, as "create_app()".
                static const RE def(uR"re(^def\s+(\w+)\s*\()re"_s);
                for (int k = i - 1; k >= std::max(0, i - 60) && value.isEmpty(); --k) {
                    if (const auto d = def.match(decoded(k)); d.hasMatch())
                        value = d.captured(1) + u"()"_s;
                }
            }
            facts.markers.append(Marker{rule.kind, value, i + 1});
        }
    }

    // Imports (Go: inside import blocks too).
    QStringList seenImports; // the modules that matter (named in the slug tables), a handful per file
    const auto readImport = [&](int i) {
        const QByteArrayView module = moduleOfLine(language, raw(i));
        if (module.isEmpty())
            return;
        if (isGo)
            facts.imports << QString::fromUtf8(module);
        for (const auto &[prefix, slug] : rules.importSlugBytes[static_cast<unsigned char>(module[0])]) {
            if (moduleMatchesBytes(module, prefix)) {
                const QString name = QString::fromUtf8(module);
                if (!seenImports.contains(name)) {
                    seenImports.append(name);
                    facts.usages.append(Usage{slug, Usage::How::Import, i + 1});
                }
                break;
            }
        }
        if (isJs && module.startsWith("@")) {
            if (module == "@sveltejs/adapter-static")
                facts.markers.append(Marker{u"sveltekit-static"_s, {}, i + 1});
            else if (module.startsWith("@astrojs/node") || module.startsWith("@astrojs/vercel") ||
                     module.startsWith("@astrojs/netlify") || module.startsWith("@astrojs/cloudflare"))
                facts.markers.append(Marker{u"astro-adapter"_s, QString::fromUtf8(module), i + 1});
        }
    };
    for (int i : importLines) {
        if (skipped(i))
            continue;
        if (isGo) {
            const QByteArrayView line = raw(i);
            if (line.startsWith("import (")) {
                for (int k = i + 1; k < lineCount && raw(k).trimmed() != ")"; ++k)
                    readImport(k);
            } else if (line.startsWith("import ")) {
                readImport(i);
            }
            continue;
        }
        readImport(i);
    }

    // Clients and configuration; constructions that need an import (new Client( is pg's only when
    // pg is imported) are checked against the imports.
    for (std::size_t r = 0; r < rules.usages.size(); ++r) {
        const PatternRule &rule = rules.usages[r];
        if (usageLines[r].empty())
            continue;
        if (!rule.requiredImport.isEmpty() &&
            std::none_of(seenImports.cbegin(), seenImports.cend(),
                         [&](const QString &module) { return moduleMatches(module, rule.requiredImport); }))
            continue;
        for (int i : usageLines[r]) {
            if (skipped(i))
                continue;
            auto it = rule.re.globalMatch(decoded(i));
            while (it.hasNext()) {
                const auto m = it.next();
                QString slug = rule.kind;
                if (slug == u"config") {
                    const QString what = m.captured(rule.group).toLower();
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
                Usage::How how = rule.how;
                if (how == Usage::How::Client) {
                    QString args = m.captured(rule.group);
                    // Arguments spread over the next lines: look at a few of them.
                    for (int k = i + 1; !m.captured(0).endsWith(u')') && k < std::min(lineCount, i + 4); ++k)
                        args += decoded(k);
                    if (!clientIsConfigured(args))
                        how = Usage::How::Import; // built from data (a list of targets): not a connection
                }
                facts.usages.append(Usage{slug, how, i + 1});
            }
        }
    }

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

    // Everything in line order, as a reader would list it.
    const auto byLine = [](const auto &a, const auto &b) {
        return a.line < b.line;
    };
    std::stable_sort(facts.env.begin(), facts.env.end(), byLine);
    std::stable_sort(facts.ports.begin(), facts.ports.end(), byLine);
    std::stable_sort(facts.routes.begin(), facts.routes.end(), byLine);
    std::stable_sort(facts.usages.begin(), facts.usages.end(), byLine);
    std::stable_sort(facts.markers.begin(), facts.markers.end(), byLine);
    return facts;
}

} // namespace hydron::analysis
