// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/analyzer.h"

#include "core/analysis/detector.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::analysis", text);
}

const QStringList &backingKinds()
{
    static const QStringList kinds = {u"postgres"_s, u"mysql"_s, u"mariadb"_s,       u"mongodb"_s,   u"redis"_s,
                                      u"rabbitmq"_s, u"kafka"_s, u"elasticsearch"_s, u"memcached"_s, u"sqlserver"_s};
    return kinds;
}
const QStringList &databaseKinds()
{
    static const QStringList kinds = {u"postgres"_s, u"mysql"_s, u"mariadb"_s, u"mongodb"_s, u"sqlserver"_s};
    return kinds;
}
const QStringList &externalNames()
{
    static const QStringList names = {
        u"stripe"_s,    u"s3"_s,           u"smtp"_s,         u"sendgrid"_s,        u"postmark"_s,
        u"mailgun"_s,   u"resend"_s,       u"twilio"_s,       u"sentry"_s,          u"openai"_s,
        u"anthropic"_s, u"oauth-google"_s, u"oauth-github"_s, u"oauth-microsoft"_s, u"oauth-auth0"_s,
        u"oauth-okta"_s};
    return names;
}

QString slugify(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(63);
}

// What an env var name says about a backing service: a kind, "database" or "broker" (kind to
// be resolved), or empty.
QString classifyEnv(const QString &original)
{
    // Case and .NET's "__" section separator do not matter: Sentry__Dsn is SENTRY_DSN.
    QString name = original.toUpper();
    const bool connectionString = name.startsWith(u"CONNECTIONSTRINGS__");
    name.replace(u"__"_s, u"_"_s);
    if (connectionString)
        return u"database"_s;
    static const QRegularExpression database(
        uR"re(^(?:DATABASE_URL|DATABASE_URI|DB_URL|DB_URI|SQLALCHEMY_DATABASE_URI|\w+_DATABASE_URL|DB_HOST|DATABASE_HOST|DB_CONNECTION_STRING)$)re"_s);
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(
             uR"re(^(?:POSTGRES(?:QL)?_\w+|PG(?:HOST|PORT|USER|PASSWORD|DATABASE|URL)|\w+_POSTGRES(?:QL)?_URL)$)re"_s),
         u"postgres"_s},
        {QRegularExpression(uR"re(^(?:MYSQL_\w+|\w+_MYSQL_URL)$)re"_s), u"mysql"_s},
        {QRegularExpression(uR"re(^MARIADB_\w+$)re"_s), u"mariadb"_s},
        {QRegularExpression(
             uR"re(^(?:MONGO(?:DB)?_\w+|MONGO(?:DB)?(?:_?URL|_?URI)|\w+_MONGO(?:DB)?_(?:URL|URI))$)re"_s),
         u"mongodb"_s},
        {QRegularExpression(uR"re(^(?:REDIS_\w+|\w+_REDIS_URL|REDIS(?:CLOUD|TOGO)?_URL|VALKEY_\w+|KV_URL)$)re"_s),
         u"redis"_s},
        {QRegularExpression(uR"re(^(?:AMQP_URL|AMQP_URI|RABBITMQ_\w+|CLOUDAMQP_URL|\w+_AMQP_URL)$)re"_s),
         u"rabbitmq"_s},
        {QRegularExpression(uR"re(^KAFKA_(?:BROKERS?|BOOTSTRAP_SERVERS|URL|HOST|BROKER_URL)$)re"_s), u"kafka"_s},
        {QRegularExpression(uR"re(^(?:ELASTICSEARCH_\w+|ELASTIC_URL|ES_URL)$)re"_s), u"elasticsearch"_s},
        {QRegularExpression(uR"re(^(?:MEMCACHE(?:D)?_\w+|MEMCACHIER_SERVERS)$)re"_s), u"memcached"_s},
        {QRegularExpression(uR"re(^(?:MSSQL_\w+|SQLSERVER_\w+)$)re"_s), u"sqlserver"_s},
        {QRegularExpression(uR"re(^(?:CELERY_BROKER_URL|BROKER_URL|CELERY_RESULT_BACKEND)$)re"_s), u"broker"_s},
    };
    if (database.match(name).hasMatch())
        return u"database"_s;
    for (const auto &[re, kind] : rules) {
        if (re.match(name).hasMatch())
            return kind;
    }
    return {};
}

QString classifyExternal(const QString &original)
{
    QString name = original.toUpper();
    name.replace(u"__"_s, u"_"_s);
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(uR"re(^STRIPE_\w*(?:KEY|SECRET)\w*$)re"_s), u"stripe"_s},
        {QRegularExpression(uR"re(^(?:AWS_)?S3_\w+$|^\w+_S3_BUCKET$|^AWS_(?:S3_)?BUCKET(?:_NAME)?$)re"_s), u"s3"_s},
        {QRegularExpression(uR"re(^(?:SMTP_(?:HOST|URL|SERVER)|EMAIL_HOST|MAIL_SMTP_HOST)$)re"_s), u"smtp"_s},
        {QRegularExpression(uR"re(^SENDGRID_\w+$)re"_s), u"sendgrid"_s},
        {QRegularExpression(uR"re(^POSTMARK_\w+$)re"_s), u"postmark"_s},
        {QRegularExpression(uR"re(^MAILGUN_\w+$)re"_s), u"mailgun"_s},
        {QRegularExpression(uR"re(^RESEND_API_KEY$)re"_s), u"resend"_s},
        {QRegularExpression(uR"re(^TWILIO_\w+$)re"_s), u"twilio"_s},
        {QRegularExpression(uR"re(^(?:\w+_)?SENTRY_DSN$)re"_s), u"sentry"_s},
        {QRegularExpression(uR"re(^OPENAI_API_KEY$)re"_s), u"openai"_s},
        {QRegularExpression(uR"re(^ANTHROPIC_API_KEY$)re"_s), u"anthropic"_s},
        {QRegularExpression(uR"re(^(?:AUTH_)?GOOGLE_(?:OAUTH_)?CLIENT_(?:ID|SECRET)$|^AUTH_GOOGLE_(?:ID|SECRET)$)re"_s),
         u"oauth-google"_s},
        {QRegularExpression(uR"re(^(?:AUTH_)?GITHUB_(?:OAUTH_)?CLIENT_(?:ID|SECRET)$|^AUTH_GITHUB_(?:ID|SECRET)$)re"_s),
         u"oauth-github"_s},
        {QRegularExpression(uR"re(^(?:AZURE_AD|MICROSOFT|ENTRA)_CLIENT_(?:ID|SECRET)$)re"_s), u"oauth-microsoft"_s},
        {QRegularExpression(uR"re(^AUTH0_\w+$)re"_s), u"oauth-auth0"_s},
        {QRegularExpression(uR"re(^OKTA_\w+$)re"_s), u"oauth-okta"_s},
    };
    for (const auto &[re, ext] : rules) {
        if (re.match(name).hasMatch())
            return ext;
    }
    return {};
}

// The database kind a dependency list implies (drivers), or empty.
QString databaseFromDependencies(const QStringList &deps)
{
    static const QList<std::pair<QString, QString>> drivers = {
        {u"pg"_s, u"postgres"_s},
        {u"postgres"_s, u"postgres"_s},
        {u"pg-promise"_s, u"postgres"_s},
        {u"psycopg2"_s, u"postgres"_s},
        {u"psycopg2-binary"_s, u"postgres"_s},
        {u"psycopg"_s, u"postgres"_s},
        {u"asyncpg"_s, u"postgres"_s},
        {u"github.com/lib/pq"_s, u"postgres"_s},
        {u"github.com/jackc/pgx/v5"_s, u"postgres"_s},
        {u"github.com/jackc/pgx/v4"_s, u"postgres"_s},
        {u"org.postgresql:postgresql"_s, u"postgres"_s},
        {u"npgsql"_s, u"postgres"_s},
        {u"npgsql.entityframeworkcore.postgresql"_s, u"postgres"_s},
        {u"postgrex"_s, u"postgres"_s},
        {u"mysql2"_s, u"mysql"_s},
        {u"mysql"_s, u"mysql"_s},
        {u"pymysql"_s, u"mysql"_s},
        {u"mysqlclient"_s, u"mysql"_s},
        {u"github.com/go-sql-driver/mysql"_s, u"mysql"_s},
        {u"com.mysql:mysql-connector-j"_s, u"mysql"_s},
        {u"trilogy"_s, u"mysql"_s},
        {u"myxql"_s, u"mysql"_s},
        {u"mariadb"_s, u"mariadb"_s},
        {u"mongodb"_s, u"mongodb"_s},
        {u"mongoose"_s, u"mongodb"_s},
        {u"pymongo"_s, u"mongodb"_s},
        {u"mongoid"_s, u"mongodb"_s},
        {u"mssql"_s, u"sqlserver"_s},
        {u"tedious"_s, u"sqlserver"_s},
        {u"pyodbc"_s, u"sqlserver"_s},
    };
    for (const auto &[driver, kind] : drivers) {
        for (const QString &dep : deps) {
            if (dep == driver || dep.section(u'|', 0, 0) == driver)
                return kind;
        }
    }
    // sqlx and friends carry the database in their features: "sqlx|runtime-tokio,postgres".
    for (const QString &dep : deps) {
        const QString features = dep.section(u'|', 1);
        if (features.contains(u"postgres"))
            return u"postgres"_s;
        if (features.contains(u"mysql"))
            return u"mysql"_s;
    }
    return {};
}

int factOrder(const QString &fact)
{
    static const QStringList order = {
        u"service"_s,         u"kind"_s,  u"language"_s, u"language_version"_s, u"framework"_s,
        u"package_manager"_s, u"port"_s,  u"port_env"_s, u"health"_s,           u"env"_s,
        u"dockerfile"_s,      u"start"_s, u"build"_s,    u"depends_on"_s,       u"backing"_s,
        u"external"_s};
    const qsizetype i = order.indexOf(fact);
    return i < 0 ? int(order.size()) : int(i);
}

void sortEvidence(QList<Evidence> &list)
{
    std::sort(list.begin(), list.end(), [](const Evidence &a, const Evidence &b) {
        const int fa = factOrder(a.fact), fb = factOrder(b.fact);
        if (fa != fb)
            return fa < fb;
        if (a.fact != b.fact)
            return a.fact < b.fact;
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.value < b.value;
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

// Facts of one draft, gathered from the files it owns.
struct DraftFacts
{
    struct At
    {
        QString file;
        int line = 0;
    };
    QList<std::pair<EnvRead, QString>> env;
    QList<std::pair<PortHint, QString>> ports;
    QList<std::pair<RouteHint, QString>> routes;
    QList<std::pair<Usage, QString>> usages;
    QList<std::pair<Marker, QString>> markers;
};

bool scopeMatches(const Scope &scope, const QString &path)
{
    if (scope.exact)
        return FileIndex::parentOf(path) == scope.dir;
    return DetectionContext::isInside(path, scope.dir);
}

int scopeDepth(const Scope &scope)
{
    return scope.dir == u"." ? 0 : int(scope.dir.size()) + 1;
}

struct Owners
{
    QList<ServiceDraft *> full;
    QList<ServiceDraft *> shared; // env and usages only
};

Owners ownersOf(DetectionContext &ctx, const QString &path)
{
    Owners owners;
    int best = -1;
    for (ServiceDraft &d : ctx.services) {
        int depth = -1;
        for (const Scope &s : d.scopes) {
            if (s.full && scopeMatches(s, path))
                depth = std::max(depth, scopeDepth(s));
        }
        if (depth < 0)
            continue;
        if (depth > best) {
            best = depth;
            owners.full = {&d};
        } else if (depth == best) {
            owners.full << &d;
        }
    }
    for (const Scope &lib : std::as_const(ctx.libraryScopes)) {
        if (scopeMatches(lib, path) && scopeDepth(lib) > best) {
            owners.full.clear();
            break;
        }
    }
    for (ServiceDraft &d : ctx.services) {
        if (owners.full.contains(&d))
            continue;
        for (const Scope &s : d.scopes) {
            if (!s.full && scopeMatches(s, path)) {
                owners.shared << &d;
                break;
            }
        }
    }
    return owners;
}

void inherit(Pick<QString> &child, const Pick<QString> &parent)
{
    if (!child.has() && parent.has())
        child = parent;
}

struct BackingAcc
{
    QString name;
    QString kind;
    QString version;
    QSet<QString> usedBy;
    QSet<QString> env;
    QList<Evidence> evidence;
};

// Scans source files on worker threads while the walk reads the next ones. With one core it
// scans inline. The queue is bounded; when it is full the walk scans a file itself instead of
// waiting, so neither side idles and memory stays small.
class SourcePass final
{
public:
    explicit SourcePass(const std::atomic<bool> *cancel)
        : m_cancel(cancel)
    {
        const int cores = int(std::thread::hardware_concurrency());
        const int workers = std::clamp(cores - 1, 0, 3);
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~SourcePass() { stop(); }

    void add(int file, SourceLanguage language, QString name, QByteArray content)
    {
        if (m_threads.empty()) {
            run(Task{file, language, std::move(name), std::move(content)}, m_inline);
            return;
        }
        // Files travel in batches: one lock and one wake-up per batch, not per file.
        m_batch.push_back(Task{file, language, std::move(name), std::move(content)});
        if (m_batch.size() < BatchSize)
            return;
        flush();
    }

    // Waits for the workers and returns every file's facts.
    QHash<int, FileFacts> finish()
    {
        if (!m_batch.empty())
            flush();
        stop();
        QHash<int, FileFacts> out;
        for (auto *part : {&m_inline, &m_shared}) {
            for (auto &[file, facts] : *part)
                out.insert(file, std::move(facts));
        }
        return out;
    }

private:
    struct Task
    {
        int file;
        SourceLanguage language;
        QString name;
        QByteArray content;
    };
    static constexpr std::size_t MaxQueued = 16; // batches
    static constexpr std::size_t BatchSize = 32;

    void flush()
    {
        std::vector<Task> batch;
        batch.swap(m_batch);
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.size() < MaxQueued) {
                m_queue.push_back(std::move(batch));
                lock.unlock();
                m_ready.notify_one();
                return;
            }
        }
        for (const Task &task : batch) // the workers are behind: help instead of waiting
            run(task, m_inline);
    }

    void run(const Task &task, std::vector<std::pair<int, FileFacts>> &into)
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return;
        FileFacts found = scanSource(task.language, task.content, task.name);
        if (!found.isEmpty())
            into.emplace_back(task.file, std::move(found));
    }

    void work()
    {
        std::vector<std::pair<int, FileFacts>> mine;
        for (;;) {
            std::vector<Task> batch;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty())
                    break;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            for (const Task &task : batch)
                run(task, mine);
        }
        const std::lock_guard lock(m_mutex);
        for (auto &entry : mine)
            m_shared.push_back(std::move(entry));
    }

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_ready.notify_all();
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }

    const std::atomic<bool> *m_cancel;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::vector<Task>> m_queue;
    std::vector<Task> m_batch; // being filled by the walk
    bool m_stopping = false;
    std::vector<std::pair<int, FileFacts>> m_inline; // scanned by the walking thread
    std::vector<std::pair<int, FileFacts>> m_shared; // scanned by the workers
};

} // namespace

bool isTestPath(QStringView path)
{
    static const std::array<QStringView, 15> dirs = {
        u"test",     u"tests",        u"__tests__", u"spec",       u"specs",    u"e2e",     u"__mocks__", u"testdata",
        u"fixtures", u"__fixtures__", u"cypress",   u"playwright", u"examples", u"example", u"testing"};
    qsizetype start = 0;
    for (qsizetype slash; (slash = path.indexOf(u'/', start)) >= 0; start = slash + 1) {
        const QStringView part = path.sliced(start, slash - start);
        if (std::find(dirs.begin(), dirs.end(), part) != dirs.end())
            return true;
    }
    const QStringView name = path.mid(start);
    const qsizetype dot = name.lastIndexOf(u'.');
    const QStringView stem = dot < 0 ? name : name.left(dot);
    const QStringView ext = dot < 0 ? QStringView() : name.mid(dot + 1);
    for (const QStringView marker :
         {QStringView(u".test"), QStringView(u".spec"), QStringView(u".e2e"), QStringView(u".stories")}) {
        if (stem.endsWith(marker))
            return true;
    }
    if (ext == u"go" || ext == u"py" || ext == u"rb" || ext == u"exs")
        if (stem.endsWith(u"_test") || stem.endsWith(u"_spec"))
            return true;
    if (ext == u"py" && (stem.startsWith(u"test_") || stem == u"conftest"))
        return true;
    if ((ext == u"java" || ext == u"kt" || ext == u"cs") && (stem.endsWith(u"Test") || stem.endsWith(u"Tests")))
        return true;
    return false;
}

Result<AnalysisResult> analyze(const QString &root, const AnalysisOptions &options, const std::atomic<bool> *cancel,
                               const AnalysisProgress &progress)
{
    const auto cancelled = [&] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    const auto cancelError = [] {
        return fail(Error::Code::Cancelled, tr("The analysis was cancelled."));
    };
    const auto report = [&](qint64 done, qint64 total, const QString &stage) {
        if (progress)
            progress(done, total, stage);
    };

    WarningList warnings;
    // The walk, with the one pass over source files fused in: each source file is read through
    // its open folder as soon as the walk finds it, and scanned by a few worker threads while
    // the walk goes on (reading is system calls, scanning is CPU: they overlap). Only each
    // file's facts are kept.
    const QString scanning = tr("Reading the repository");
    report(0, 0, scanning);
    SourcePass pass(cancel);
    qint64 seen = 0;
    const auto visit = [&](FileIndex &index, int file, int dirFd, const char *name) {
        const QString &path = index.files()[std::size_t(file)].path;
        const QStringView fileName = QStringView(path).mid(path.lastIndexOf(u'/') + 1);
        const SourceLanguage language = sourceLanguageOf(fileName);
        if (language == SourceLanguage::Unknown || isTestPath(path))
            return;
        auto content = index.readAt(file, dirFd, name);
        if (!content)
            return;
        pass.add(file, language, fileName.toString(), std::move(*content));
        if ((++seen & 255) == 0)
            report(seen, 0, scanning);
    };
    auto scanned = FileIndex::scan(
        root, options.limits, warnings, cancel, [&](qint64 n) { report(n, 0, scanning); }, visit);
    QHash<int, FileFacts> facts = pass.finish();
    if (!scanned)
        return std::unexpected(scanned.error());
    if (cancelled())
        return cancelError();
    FileIndex index = std::move(*scanned);
    DetectionContext ctx(index, warnings, cancel);
    ctx.facts = std::move(facts);

    // Detectors, then the boundaries declared around the code.
    const QString detecting = tr("Detecting services");
    const std::vector<void (*)(DetectionContext &)> detectors = {
        detectEnvFiles, detectNode,        detectPython,  detectRuby,      detectGo,
        detectJvm,      detectPhp,         detectRust,    detectDotnet,    detectElixir,
        detectStatic,   detectDockerfiles, detectCompose, detectProcfiles, detectDeployManifests,
    };
    for (std::size_t k = 0; k < detectors.size(); ++k) {
        if (cancelled())
            return cancelError();
        report(qint64(k), qint64(detectors.size()), detecting);
        detectors[k](ctx);
    }
    if (cancelled())
        return cancelError();
    report(qint64(detectors.size()), qint64(detectors.size()), detecting);

    // Attribute the facts of each file to the drafts that own it, in path order.
    std::map<int, DraftFacts> byDraft;
    QList<int> factFiles = ctx.facts.keys();
    std::sort(factFiles.begin(), factFiles.end(),
              [&](int a, int b) { return index.files()[std::size_t(a)].path < index.files()[std::size_t(b)].path; });
    for (int file : std::as_const(factFiles)) {
        const QString &path = index.files()[std::size_t(file)].path;
        const FileFacts &facts = ctx.facts[file];
        const Owners owners = ownersOf(ctx, path);
        for (ServiceDraft *d : owners.full + owners.shared) {
            DraftFacts &out = byDraft[d->id];
            const bool full = owners.full.contains(d) && d->codeFacts;
            for (const EnvRead &e : facts.env)
                out.env.append({e, path});
            for (const Usage &u : facts.usages)
                out.usages.append({u, path});
            for (const Marker &m : facts.markers)
                out.markers.append({m, path});
            if (!full)
                continue;
            for (const PortHint &p : facts.ports)
                out.ports.append({p, path});
            for (const RouteHint &r : facts.routes)
                out.routes.append({r, path});
        }
    }

    for (ServiceDraft &d : ctx.services) {
        const DraftFacts &facts = byDraft[d.id];
        for (const auto &[read, file] : facts.env) {
            EnvEntry &e = d.env[read.name];
            if (!e.readInCode) {
                e.readInCode = true;
                e.evidence = ev(u"env"_s, read.name, file, read.line);
            }
            if (read.optional)
                e.codeOptional = true;
            const QString kind = backingKindOfUrl(read.defaultValue);
            if (!kind.isEmpty() && !ctx.envKinds.contains(read.name)) {
                ctx.envKinds.insert(read.name, kind);
                ctx.envKindEvidence.insert(read.name, ev(u"backing"_s, read.name, file, read.line));
            }
        }
        for (const auto &[hint, file] : facts.ports) {
            if (hint.port && !hint.env.isEmpty()) {
                d.port.offer(hint.port, Priority::CodeEnv, ev(u"port"_s, QString::number(hint.port), file, hint.line));
                d.portEnv.offer(hint.env, Priority::CodeEnv, ev(u"port_env"_s, hint.env, file, hint.line));
            } else if (hint.port) {
                d.port.offer(hint.port, Priority::Code, ev(u"port"_s, QString::number(hint.port), file, hint.line));
            } else if (!hint.env.isEmpty()) {
                d.portEnv.offer(hint.env, Priority::CodeEnv, ev(u"port_env"_s, hint.env, file, hint.line));
            }
        }
        QString prefix;
        for (const auto &[marker, file] : facts.markers) {
            if (marker.kind == u"route-prefix" && d.framework.get() == u"nestjs")
                prefix = u'/' + marker.value;
        }
        QList<std::pair<RouteHint, QString>> routes = facts.routes;
        std::stable_sort(routes.begin(), routes.end(), [](const auto &a, const auto &b) {
            return healthPathRank(a.first.path) < healthPathRank(b.first.path);
        });
        for (const auto &[route, file] : routes) {
            QString path = route.path;
            if (!prefix.isEmpty() && !path.startsWith(prefix + u'/'))
                path = prefix + path;
            d.health.offer(path, Priority::Code, ev(u"health"_s, path, file, route.line));
        }
    }

    // Env files: their folder's services declare the names; elsewhere they only describe
    // variables a service reads.
    for (const EnvFile &envFile : std::as_const(ctx.envFiles)) {
        const Owners owners = ownersOf(ctx, envFile.file);
        // A committed .env (Symfony's convention) is loaded at runtime: its values are defaults.
        const bool runtimeDefaults = envFile.file.section(u'/', -1) == u".env";
        for (const EnvFileEntry &e : envFile.entries) {
            const Evidence where = ev(u"env"_s, e.name, envFile.file, e.line);
            if (!owners.full.isEmpty()) {
                for (ServiceDraft *d : owners.full) {
                    d->declareEnv(e.name, !e.value.isEmpty(), where);
                    if (runtimeDefaults && !e.value.isEmpty())
                        d->env[e.name].codeOptional = true;
                }
            } else {
                for (ServiceDraft &d : ctx.services) {
                    if (d.env.contains(e.name) && !e.value.isEmpty())
                        d.env[e.name].declaredHasValue = true;
                }
            }
        }
    }

    // Workers and releases share their main process's stack.
    QMap<int, ServiceDraft *> byId;
    for (ServiceDraft &d : ctx.services)
        byId.insert(d.id, &d);
    for (ServiceDraft &d : ctx.services) {
        const ServiceDraft *parent = byId.value(d.parentId);
        if (!parent)
            continue;
        inherit(d.language, parent->language);
        inherit(d.languageVersion, parent->languageVersion);
        inherit(d.packageManager, parent->packageManager);
        inherit(d.dockerfile, parent->dockerfile);
        inherit(d.build, parent->build);
        d.backingFromEnvNames = parent->backingFromEnvNames;
        // Variables declared for the app (deploy manifests, credentials) apply to its processes.
        for (auto it = parent->env.cbegin(); it != parent->env.cend(); ++it) {
            if (it->declared && !d.env.contains(it.key()))
                d.env.insert(it.key(), it.value());
        }
    }

    // Names: explicit ones first (compose, render, a root Procfile), then the rest; unique.
    QString rootName = slugify(options.rootName.isEmpty() ? QFileInfo(index.root()).fileName() : options.rootName);
    if (rootName.isEmpty())
        rootName = u"app"_s;
    QMap<int, QString> names;
    QSet<QString> used;
    const auto unique = [&](QString name) {
        if (name.isEmpty())
            name = u"app"_s;
        QString candidate = name;
        for (int n = 2; used.contains(candidate); ++n)
            candidate = name + u'-' + QString::number(n);
        used.insert(candidate);
        return candidate;
    };
    for (ServiceDraft &d : ctx.services) {
        if (!d.explicitName.isEmpty())
            names.insert(d.id, unique(slugify(d.explicitName)));
    }
    for (ServiceDraft &d : ctx.services) {
        if (names.contains(d.id))
            continue;
        QString base = slugify(d.baseName);
        if (base.isEmpty())
            base = d.path == u"." ? rootName : slugify(d.path.section(u'/', -1));
        if (!d.role.isEmpty())
            base += u'-' + slugify(d.role);
        names.insert(d.id, unique(base));
    }

    // Backing services: declared ones, then what each service's env vars, configuration and
    // clients say it connects to. A dependency alone is not enough.
    QMap<QString, BackingAcc> backing;
    for (const DeclaredBackingService &b : std::as_const(ctx.backing)) {
        if (backing.contains(b.name))
            continue;
        backing.insert(b.name, BackingAcc{b.name, b.kind, b.version, {}, {}, {b.evidence}});
    }
    struct ExternalAcc
    {
        QSet<QString> usedBy;
        QSet<QString> env;
        QList<Evidence> evidence;
    };
    QMap<QString, ExternalAcc> external;
    for (ServiceDraft &d : ctx.services) {
        const QString name = names[d.id];
        const DraftFacts &facts = byDraft[d.id];
        QMap<QString, QList<Evidence>> uses;
        QMap<QString, QSet<QString>> usesEnv;
        const auto resolveDatabase = [&](const QString &var) -> QString {
            if (ctx.envKinds.contains(var))
                return ctx.envKinds[var];
            for (const auto &[u, file] : facts.usages) {
                if (u.how == Usage::How::Config && databaseKinds().contains(u.slug))
                    return u.slug;
            }
            for (const auto &[u, file] : facts.usages) {
                if (databaseKinds().contains(u.slug))
                    return u.slug;
            }
            return databaseFromDependencies(d.dependencies);
        };
        for (auto it = d.env.cbegin(); it != d.env.cend(); ++it) {
            if (!d.backingFromEnvNames)
                break;
            QString kind = classifyEnv(it.key());
            if (kind == u"database") {
                kind = resolveDatabase(it.key());
                if (kind.isEmpty())
                    warnings.add(u"unknown-database"_s,
                                 tr("The service \"%1\" reads %2, but which database it expects could not be told; "
                                    "it is not listed as a backing service.")
                                     .arg(name, it.key()),
                                 it.value().evidence.file);
            } else if (kind == u"broker") {
                kind = ctx.envKinds.value(it.key());
                if (kind.isEmpty())
                    kind = d.dependencies.contains(u"redis"_s) ? u"redis"_s : QString();
            }
            if (kind.isEmpty() || !backingKinds().contains(kind))
                continue;
            Evidence e = it.value().evidence;
            e.fact = u"backing"_s;
            uses[kind] << e;
            usesEnv[kind] << it.key();
            if (ctx.envKindEvidence.contains(it.key()))
                uses[kind] << ctx.envKindEvidence[it.key()];
        }
        for (const auto &[u, file] : facts.usages) {
            if (u.how != Usage::How::Import && backingKinds().contains(u.slug))
                uses[u.slug] << ev(u"backing"_s, u.slug, file, u.line);
        }
        // Compose depends_on naming a declared backing service.
        for (auto it = d.dependsOn.cbegin(); it != d.dependsOn.cend(); ++it) {
            if (backing.contains(it.key())) {
                backing[it.key()].usedBy.insert(name);
                Evidence e = it.value();
                e.fact = u"backing"_s;
                uses[backing[it.key()].kind] << e;
            }
        }
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            const QString kind = it.key();
            QString target;
            for (auto b = backing.cbegin(); b != backing.cend(); ++b) {
                if (b->kind == kind && d.dependsOn.contains(b->name))
                    target = b->name;
            }
            for (auto b = backing.cbegin(); b != backing.cend() && target.isEmpty(); ++b) {
                if (b->kind == kind)
                    target = b->name;
            }
            if (target.isEmpty()) {
                target = kind;
                backing.insert(kind, BackingAcc{kind, kind, QString(), {}, {}, {}});
            }
            BackingAcc &acc = backing[target];
            acc.usedBy.insert(name);
            acc.env += usesEnv.value(kind);
            acc.evidence += it.value();
            if (!d.dependsOn.contains(target))
                d.dependsOn.insert(target,
                                   ev(u"depends_on"_s, target, it.value().first().file, it.value().first().line));
        }

        // External services: an SDK imported by the code, or the env vars that configure one.
        for (const auto &[u, file] : facts.usages) {
            if (!externalNames().contains(u.slug))
                continue;
            if (!d.backingFromEnvNames && u.how == Usage::How::Import && u.slug == u"smtp")
                continue;
            ExternalAcc &acc = external[u.slug];
            acc.usedBy.insert(name);
            acc.evidence << ev(u"external"_s, u.slug, file, u.line);
        }
        if (d.backingFromEnvNames) {
            for (auto it = d.env.cbegin(); it != d.env.cend(); ++it) {
                const QString ext = classifyExternal(it.key());
                if (ext.isEmpty())
                    continue;
                ExternalAcc &acc = external[ext];
                acc.usedBy.insert(name);
                acc.env.insert(it.key());
                Evidence e = it.value().evidence;
                e.fact = u"external"_s;
                acc.evidence << e;
            }
        }
    }

    // Service-to-service dependencies named by env vars: API_URL -> the service "api".
    QMap<QString, ServiceDraft *> byName;
    for (ServiceDraft &d : ctx.services)
        byName.insert(names[d.id], &d);
    for (ServiceDraft &d : ctx.services) {
        const QString self = names[d.id];
        for (auto other = byName.cbegin(); other != byName.cend(); ++other) {
            if (other.key() == self)
                continue;
            const std::optional<ServiceKind> kind = other.value()->kind.value;
            if (kind && (*kind == ServiceKind::Worker || *kind == ServiceKind::Job))
                continue;
            QString token = other.key().toUpper();
            token.replace(u'-', u'_');
            const QRegularExpression re(
                u"(?:^|_)"_s + QRegularExpression::escape(token) +
                uR"re(_(?:URL|URI|HOST|ADDR|ADDRESS|BASE_URL|API_URL|SERVICE_URL|ENDPOINT|ORIGIN)$)re"_s);
            for (auto it = d.env.cbegin(); it != d.env.cend(); ++it) {
                if (re.match(it.key()).hasMatch() && !d.dependsOn.contains(other.key())) {
                    Evidence e = it.value().evidence;
                    e.fact = u"depends_on"_s;
                    e.value = other.key();
                    d.dependsOn.insert(other.key(), e);
                }
            }
        }
    }

    // The result.
    AnalysisResult result;
    for (ServiceDraft &d : ctx.services) {
        DetectedService s;
        s.name = names[d.id];
        s.path = d.path;
        s.kind = d.kind.value;
        s.language = d.language.get();
        s.languageVersion = d.languageVersion.get();
        s.framework = d.framework.get();
        s.packageManager = d.packageManager.get();
        s.port = d.port.value;
        s.portEnv = d.portEnv.get();
        s.health = d.health.get();
        s.dockerfile = d.dockerfile.get();
        s.start = d.start.get();
        s.build = d.build.get();
        s.evidence = d.evidence;
        for (const Pick<QString> *p : {&d.language, &d.languageVersion, &d.framework, &d.packageManager, &d.portEnv,
                                       &d.health, &d.dockerfile, &d.start, &d.build}) {
            if (p->has())
                s.evidence << p->evidence;
        }
        if (d.kind.has())
            s.evidence << d.kind.evidence;
        if (d.port.has())
            s.evidence << d.port.evidence;
        for (auto it = d.env.cbegin(); it != d.env.cend(); ++it) {
            s.env << it.key();
            const EnvEntry &e = it.value();
            const bool required = e.explicitRequired ? *e.explicitRequired
                                  : e.readInCode     ? !e.codeOptional
                                                     : !e.declaredHasValue;
            if (required)
                s.envRequired << it.key();
            Evidence where = e.evidence;
            where.fact = u"env"_s;
            where.value = it.key();
            s.evidence << where;
        }
        for (auto it = d.dependsOn.cbegin(); it != d.dependsOn.cend(); ++it) {
            if (it.key() == s.name || !(byName.contains(it.key()) || backing.contains(it.key())))
                continue;
            s.dependsOn << it.key();
            Evidence e = it.value();
            e.fact = u"depends_on"_s;
            e.value = it.key();
            s.evidence << e;
        }
        s.env.sort();
        s.envRequired.sort();
        s.dependsOn.sort();
        sortEvidence(s.evidence);
        result.services.append(s);
    }
    std::sort(result.services.begin(), result.services.end(),
              [](const DetectedService &a, const DetectedService &b) { return a.name < b.name; });
    for (const BackingAcc &b : std::as_const(backing)) {
        BackingService out{b.name,
                           b.kind,
                           b.version,
                           QStringList(b.usedBy.cbegin(), b.usedBy.cend()),
                           QStringList(b.env.cbegin(), b.env.cend()),
                           b.evidence};
        out.usedBy.sort();
        out.env.sort();
        sortEvidence(out.evidence);
        result.backing.append(out);
    }
    for (auto it = external.cbegin(); it != external.cend(); ++it) {
        ExternalService out{it.key(), QStringList(it->usedBy.cbegin(), it->usedBy.cend()),
                            QStringList(it->env.cbegin(), it->env.cend()), it->evidence};
        out.usedBy.sort();
        out.env.sort();
        sortEvidence(out.evidence);
        result.external.append(out);
    }
    result.monorepo = ctx.monorepo;
    result.warnings = warnings.list();
    result.stats =
        AnalysisStats{qint64(index.files().size()), index.directoriesVisited(), index.filesRead(), index.bytesRead()};
    return result;
}

} // namespace hydron::analysis
