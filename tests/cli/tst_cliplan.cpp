// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real hydron-cli binary for "plan" and "env": a plan from a folder, an image and a
// template, its JSON and export, validation problems, and environment variables whose secret
// values go to a real keychain (a private gnome-keyring, see tests/core/secrets/with-keyring.sh)
// and are only ever printed masked.
#include "core/coreservices.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/store/projectstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using hydron::CoreServices;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString Masked = u"••••••"_s;

} // namespace

class TestCliPlan final : public QObject
{
    Q_OBJECT

private:
    Outcome cli(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"HYDRON_DATA_DIR"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_root->path());
        process.start(QStringLiteral(HYDRON_CLI_PATH), QStringList{u"--data-dir"_s, m_data} + arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        Outcome outcome;
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

    static QString repo(const QString &name) { return QStringLiteral(HYDRON_ANALYSIS_DATA_DIR) + u"/repos/"_s + name; }

    std::unique_ptr<CoreServices> openCore() const
    {
        auto core = CoreServices::open(m_data, {.fileLogging = false, .markInterrupted = false});
        if (!core) {
            qWarning().noquote() << core.error().toString();
            return {};
        }
        return std::move(*core);
    }

    // A project "shop" with an app service "web" (reads PORT and API_KEY) and a postgres.
    void addShop()
    {
        auto core = openCore();
        QVERIFY(core);
        hydron::Project project;
        project.name = u"shop"_s;
        hydron::Service web;
        web.name = u"web"_s;
        web.env = {{u"PORT"_s, u"3000"_s, false, false}, {u"API_KEY"_s, {}, true, true}};
        web.ports = {3000};
        hydron::Service db;
        db.name = u"postgres"_s;
        db.kind = hydron::ServiceKind::Backing;
        db.source = hydron::ServiceSource::Image;
        db.image = u"postgres:16"_s;
        project.services = {web, db};
        QVERIFY(core->projects().add(project));
    }

    std::optional<QString> keychainValue(qint64 projectId, const QString &service, const QString &name)
    {
        hydron::secrets::KeychainSecretStore store;
        std::optional<hydron::Result<QString>> result;
        QObject context;
        store.read({u"project/%1/service/%2"_s.arg(projectId).arg(service), name}, &context,
                   [&](hydron::Result<QString> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || !*result)
            return std::nullopt;
        return **result;
    }

    std::unique_ptr<QTemporaryDir> m_root;
    QString m_data;

private Q_SLOTS:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_data = m_root->filePath(u"data"_s);
    }

    void cleanup() { m_root.reset(); }

    // --- plan -------------------------------------------------------------------------

    void plan_folder_summaryNamesServerServicesAndSecrets()
    {
        const Outcome o = cli({u"plan"_s, repo(u"node-express-api"_s), u"--domain"_s, u"app.example.com"_s});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.err, QString());
        QVERIFY2(o.out.startsWith(u"Server: "_s), qPrintable(o.out));
        QVERIFY(o.out.contains(u"https://app.example.com"_s));
        QVERIFY(o.out.contains(u"postgres"_s));
        QVERIFY(o.out.contains(u"EUR a month"_s));
    }

    void plan_folder_json_isThePlanDocument()
    {
        const Outcome o = cli({u"plan"_s, repo(u"django-celery"_s), u"--json"_s, u"--domain"_s, u"shop.test"_s});
        QCOMPARE(o.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(o.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject plan = doc.object();
        QCOMPARE(plan.value(u"schema"_s).toInt(), 1);
        QVERIFY(plan.value(u"server"_s).toObject().value(u"monthly_price"_s).toDouble() > 0);
        QStringList names;
        bool migrate = false;
        for (const QJsonValue &v : plan.value(u"services"_s).toArray()) {
            names << v.toObject().value(u"name"_s).toString();
            for (const QJsonValue &c : v.toObject().value(u"post_deploy"_s).toArray())
                migrate = migrate || c.toString().contains(u"migrate"_s);
            for (const QJsonValue &d : v.toObject().value(u"domains"_s).toArray())
                QCOMPARE(d.toObject().value(u"tls"_s).toString(), u"internal"_s);
        }
        QVERIFY2(names.contains(u"postgres"_s) || names.contains(u"redis"_s), qPrintable(names.join(u',')));
        QVERIFY(migrate);
        // Secret values never appear: only references.
        QVERIFY(!plan.value(u"secrets"_s).toArray().isEmpty());
    }

    void plan_out_writesTheExport()
    {
        const QString out = m_root->filePath(u"export"_s);
        const Outcome o = cli({u"plan"_s, repo(u"node-express-api"_s), u"--out"_s, out});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(out));
        for (const QString &file : {u"docker-compose.yml"_s, u"Caddyfile"_s, u".env.example"_s})
            QVERIFY2(QFile::exists(out + u'/' + file), qPrintable(file));
        QVERIFY(!QDir(out + u"/dockerfiles"_s).entryList({u"*.Dockerfile"_s}).isEmpty());
    }

    // A Git URL goes through analyze's code path: cloned into the data folder's cache, at a ref,
    // the project named after the repository, and the export's build contexts point at the clone.
    void plan_gitUrl_atRef()
    {
        const QString work = m_root->filePath(u"work"_s);
        QVERIFY(QDir().mkpath(work));
        QProcess copy;
        copy.start(u"cp"_s, {u"-a"_s, repo(u"node-express-api"_s) + u"/."_s, work});
        QVERIFY(copy.waitForFinished(30000) && copy.exitCode() == 0);
        auto git = [](const QString &dir, const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(u"git"_s, QStringList{u"-c"_s, u"user.name=t"_s, u"-c"_s, u"user.email=t@example.com"_s} + args);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QVERIFY(git(work, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
        QVERIFY(git(work, {u"add"_s, u"-A"_s}));
        QVERIFY(git(work, {u"commit"_s, u"-q"_s, u"-m"_s, u"api"_s}));
        QVERIFY(git(work, {u"tag"_s, u"v1"_s}));
        const QString bare = m_root->filePath(u"orders.git"_s);
        QVERIFY(git(m_root->path(), {u"clone"_s, u"-q"_s, u"--bare"_s, work, bare}));

        const QString out = m_root->filePath(u"export"_s);
        const Outcome o = cli({u"plan"_s, u"file://"_s + bare, u"--ref"_s, u"v1"_s, u"--json"_s, u"--out"_s, out});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(plan.value(u"project"_s).toString(), u"orders"_s);
        QVERIFY(QFile::exists(out + u"/docker-compose.yml"_s));
        QFile compose(out + u"/docker-compose.yml"_s);
        QVERIFY(compose.open(QIODevice::ReadOnly));
        QVERIFY2(compose.readAll().contains("sources/"), "the build context is the clone in the data folder");
    }

    void plan_image_withPort()
    {
        const Outcome o = cli({u"plan"_s, u"nginx:1.27"_s, u"--port"_s, u"80"_s, u"--domain"_s, u"site.test"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(u"nginx (web): image nginx:1.27, public at https://site.test"_s));
    }

    void plan_image_withoutPort_printsTheProblemAndFails()
    {
        const Outcome o = cli({u"plan"_s, u"nginx:1.27"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.startsWith(u"Server: "_s)); // the plan is shown, to read the problem against
        QCOMPARE(o.err.section(u'\n', 0, 0), u"hydron-cli: The plan has 1 problem(s); fix them and plan again."_s);
        QVERIFY(o.err.contains(u"nginx is public but has no port"_s));
    }

    void plan_image_outNotWrittenWhenInvalid()
    {
        const QString out = m_root->filePath(u"export"_s);
        QCOMPARE(cli({u"plan"_s, u"nginx:1.27"_s, u"--out"_s, out}).exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void plan_template()
    {
        const Outcome o = cli({u"plan"_s, u"template:ghost"_s, u"--json"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(plan.value(u"project"_s).toString(), u"ghost"_s);
        QCOMPARE(plan.value(u"services"_s).toArray().size(), 2);
    }

    void plan_badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown template") << QStringList{u"template:nope"_s} << u"There is no template \"nope\""_s;
        QTest::newRow("bad domain") << QStringList{u"nginx:1.27"_s, u"--domain"_s, u"not a domain"_s}
                                    << u"\"not a domain\" is not a domain"_s;
        QTest::newRow("port for a folder")
            << QStringList{repo(u"plain-html"_s), u"--port"_s, u"80"_s} << u"--port applies to Docker images only"_s;
        QTest::newRow("bad port") << QStringList{u"nginx:1.27"_s, u"--port"_s, u"http"_s}
                                  << u"\"http\" is not a port"_s;
        QTest::newRow("missing folder") << QStringList{u"./nowhere"_s} << u"The folder"_s;
    }

    void plan_badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = cli(QStringList{u"plan"_s} + arguments);
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.out, QString());
        QVERIFY2(o.err.startsWith(u"hydron-cli: "_s + message), qPrintable(o.err));
    }

    // --- env --------------------------------------------------------------------------

    void env_set_plainValue_goesIntoTheProject()
    {
        addShop();
        const Outcome o = cli({u"env"_s, u"set"_s, u"shop"_s, u"LOG_LEVEL"_s, u"debug"_s});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, u"Set LOG_LEVEL=debug on web.\n"_s);
        auto core = openCore();
        const auto project = core->projects().findByName(u"shop"_s);
        QVERIFY(project);
        const auto &env = project->services.at(0).env;
        QVERIFY(std::any_of(env.cbegin(), env.cend(), [](const hydron::EnvVar &v) {
            return v.name == u"LOG_LEVEL"_s && v.value == u"debug"_s && !v.secret;
        }));
        const Outcome listed = cli({u"env"_s, u"list"_s, u"shop"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(u"LOG_LEVEL"_s));
        QVERIFY(listed.out.contains(u"debug"_s));
    }

    void env_set_secret_goesToTheKeychainAndPrintsMasked()
    {
        addShop();
        const QString value = u"sk_live_top-secret-value"_s;
        const Outcome o = cli({u"env"_s, u"set"_s, u"shop"_s, u"API_KEY"_s, value, u"--secret"_s});
        QCOMPARE(o.err, QString());
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(Masked));
        QVERIFY(!o.out.contains(value));
        auto core = openCore();
        const auto project = core->projects().findByName(u"shop"_s);
        QVERIFY(project);
        for (const hydron::EnvVar &v : project->services.at(0).env) {
            if (v.name == u"API_KEY"_s) {
                QVERIFY(v.secret);
                QCOMPARE(v.value, QString()); // never in the database
            }
        }
        QCOMPARE(keychainValue(project->id, u"web"_s, u"API_KEY"_s), std::optional<QString>(value));

        const Outcome listed = cli({u"env"_s, u"list"_s, u"shop"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(value));
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject o2 = v.toObject();
            const QStringList keys = o2.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                     (QSet<QString>{u"service"_s, u"name"_s, u"value"_s, u"secret"_s, u"required"_s}));
            if (o2.value(u"name"_s).toString() == u"API_KEY"_s) {
                found = true;
                QCOMPARE(o2.value(u"value"_s).toString(), Masked);
                QCOMPARE(o2.value(u"secret"_s).toBool(), true);
                QCOMPARE(o2.value(u"service"_s).toString(), u"web"_s);
            }
        }
        QVERIFY(found);
        // Nothing of the value reached the data folder either.
        QDirIterator it(m_data, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(value.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void env_set_badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << QStringList{u"nope"_s, u"A"_s, u"b"_s} << u"There is no project named"_s;
        QTest::newRow("bad name") << QStringList{u"shop"_s, u"1A"_s, u"b"_s} << u"\"1A\" is not a variable name"_s;
        QTest::newRow("bad service") << QStringList{u"shop"_s, u"A"_s, u"b"_s, u"--service"_s, u"api"_s}
                                     << u"The project \"shop\" has no service \"api\""_s;
    }

    void env_set_badInput()
    {
        addShop();
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = cli(QStringList{u"env"_s, u"set"_s} + arguments);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.startsWith(u"hydron-cli: "_s + message), qPrintable(o.err));
    }

    // Run by with-keyring.sh with no session bus: a secret is refused, never kept in plain text.
    void unavailable_refusesClearly()
    {
        if (!qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("only meaningful without a session bus (with-keyring.sh runs it that way)");
        addShop();
        const Outcome o = cli({u"env"_s, u"set"_s, u"shop"_s, u"API_KEY"_s, u"value-1234"_s, u"--secret"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.startsWith(u"hydron-cli: "_s));
        auto core = openCore();
        const auto project = core->projects().findByName(u"shop"_s);
        for (const hydron::EnvVar &v : project->services.at(0).env)
            QVERIFY(v.value != u"value-1234"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cliplan.moc"
