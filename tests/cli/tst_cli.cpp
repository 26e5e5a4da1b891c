// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real hydron-cli binary on temporary data folders: every command and flag, the JSON
// shapes key by key, exit codes and error messages, refusal of newer and damaged databases,
// the data folder's precedence, and that the CLI and a CoreServices (as the GUI holds it) see
// the same data.
#include "core/coreservices.h"
#include "core/model/run.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.cbegin(), keys.cend()};
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool isIsoUtc(const QJsonValue &value)
{
    return value.isString() && value.toString().endsWith(u'Z') &&
           QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    // Runs hydron-cli with exactly `arguments` in a clean environment (HOME and XDG_DATA_HOME in
    // the temporary folder, no HYDRON_DATA_DIR unless `env` sets it).
    Outcome run(const QStringList &arguments, const QHash<QString, QString> &env = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"HYDRON_DATA_DIR"_s);
        environment.insert(u"HOME"_s, m_root->filePath(u"home"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_root->filePath(u"xdg"_s));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_root->path());
        process.start(QStringLiteral(HYDRON_CLI_PATH), arguments);
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

    // Runs hydron-cli on the test's data folder.
    Outcome cli(const QStringList &arguments) const { return run(QStringList{u"--data-dir"_s, m_data} + arguments); }

    // Runs a command that must succeed silently on stderr; returns its stdout.
    QString ok(const QStringList &arguments) const
    {
        const Outcome o = cli(arguments);
        if (o.exitCode != 0 || !o.err.isEmpty())
            qWarning().noquote() << "hydron-cli" << arguments.join(u' ') << "exited" << o.exitCode << o.err;
        return o.exitCode == 0 && o.err.isEmpty() ? o.out : u"<failed>"_s;
    }

    QJsonArray listJson(const QString &group) const
    {
        const QString out = ok({group, u"list"_s, u"--json"_s});
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            qWarning().noquote() << "not a JSON array:" << out;
            return {};
        }
        return doc.array();
    }

    std::optional<QJsonObject> findByName(const QString &group, const QString &name) const
    {
        for (const QJsonValue &v : listJson(group)) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        return std::nullopt;
    }

    std::unique_ptr<CoreServices> openCore() const
    {
        auto core = CoreServices::open(m_data, {.fileLogging = false, .markInterrupted = false});
        if (!core) {
            qWarning().noquote() << core.error().toString();
            return {};
        }
        return std::move(*core);
    }

    // A failing command: exit status 1, nothing on stdout, "hydron-cli: <message>" on stderr.
    static void verifyFailure(const Outcome &o, const QString &message)
    {
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.out, QString());
        QCOMPARE(o.err.section(u'\n', 0, 0), u"hydron-cli: "_s + message);
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

    // --- version and help ---------------------------------------------------------------

    void version_printsNameAndVersion()
    {
        const Outcome o = run({u"--version"_s});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, u"hydron-cli " HYDRON_VERSION "\n"_s);
        QCOMPARE(o.err, QString());
        QCOMPARE(cli({u"projects"_s, u"list"_s, u"--version"_s}).out, o.out);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        const QStringList everyCommand{u"projects list"_s, u"projects add"_s,   u"projects remove"_s,
                                       u"servers list"_s,  u"servers add"_s,    u"servers remove"_s,
                                       u"servers tag"_s,   u"servers link"_s,   u"servers unlink"_s,
                                       u"analyze"_s,       u"--data-dir DIR"_s, u"Exit status"_s};
        QTest::newRow("--help") << QStringList{u"--help"_s} << everyCommand;
        QTest::newRow("-h") << QStringList{u"-h"_s} << everyCommand;
        QTest::newRow("group") << QStringList{u"servers"_s, u"--help"_s}
                               << QStringList{
                                      u"servers add NAME ADDRESS [--key FILE] [--accept-host-key FP] [--tag TAG]..."_s,
                                      u"servers tag NAME TAG... [--remove]"_s, u"servers link NAME PROJECT..."_s};
        QTest::newRow("command") << QStringList{u"projects"_s, u"add"_s, u"--help"_s}
                                 << QStringList{
                                        u"Usage: hydron-cli projects add NAME [--type TYPE] [--source SOURCE]"_s,
                                        u"web-app, microservice, api, static-site, worker, other"_s};
        QTest::newRow("one-word command")
            << QStringList{u"analyze"_s, u"--help"_s}
            << QStringList{u"Usage: hydron-cli analyze SOURCE [--ref REF] [--accept-host-key FP] [--json]"_s, u"--ref REF"_s};
        QTest::newRow("help after arguments") << QStringList{u"servers"_s, u"add"_s, u"web"_s, u"--help"_s}
                                              << QStringList{u"Usage: hydron-cli servers add NAME ADDRESS"_s};
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const Outcome o = cli(arguments);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.err, QString());
        for (const QString &text : expected)
            QVERIFY2(o.out.contains(text), qPrintable(text + u" missing from:\n"_s + o.out));
        QVERIFY2(!QFileInfo::exists(m_data), "help must not create the data folder");
    }

    // --- usage errors -------------------------------------------------------------------

    void usageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        auto row = [](const char *name, const QStringList &args, const QString &message, const QString &hint) {
            QTest::newRow(name) << args << message << hint;
        };
        const QString addUsage = u"Usage: hydron-cli projects add NAME [--type TYPE] [--source SOURCE]"_s;
        const QString commands =
            u"Commands: projects, servers, analyze, provision, runs, logs, plan, env, chat, deploy, releases, rollback, settings. Try \"hydron-cli --help\"."_s;
        row("nothing", {}, u"no command given"_s, commands);
        row("unknown command", {u"launch"_s}, u"unknown command \"launch\""_s, commands);
        row("analyze without source", {u"analyze"_s}, u"missing SOURCE for \"analyze\""_s,
            u"Usage: hydron-cli analyze SOURCE [--ref REF] [--accept-host-key FP] [--json]"_s);
        row("analyze ref without value", {u"analyze"_s, u"."_s, u"--ref"_s}, u"option --ref needs a value"_s,
            u"Try \"hydron-cli analyze --help\"."_s);
        row("analyze two sources", {u"analyze"_s, u"a"_s, u"b"_s}, u"unexpected argument \"b\" for \"analyze\""_s,
            u"Usage: hydron-cli analyze SOURCE [--ref REF] [--accept-host-key FP] [--json]"_s);
        row("no subcommand", {u"projects"_s}, u"\"projects\" needs a subcommand: list, add, remove"_s,
            u"Try \"hydron-cli projects --help\"."_s);
        row("unknown subcommand", {u"servers"_s, u"lst"_s}, u"unknown command \"servers lst\""_s,
            u"\"servers\" subcommands: list, add, remove, tag, link, unlink, check, unlock."_s);
        row("unknown option", {u"projects"_s, u"list"_s, u"--jsn"_s}, u"unknown option --jsn for \"projects list\""_s,
            u"Usage: hydron-cli projects list [--json]"_s);
        row("option before command", {u"--json"_s, u"projects"_s, u"list"_s}, u"unknown option --json"_s,
            u"Options of a command go after it, as in \"hydron-cli projects list --json\"."_s);
        row("short option", {u"projects"_s, u"list"_s, u"-j"_s}, u"unknown option -j"_s,
            u"Try \"hydron-cli projects list --help\"."_s);
        row("value for a flag", {u"servers"_s, u"list"_s, u"--json=yes"_s}, u"option --json takes no value"_s,
            u"Usage: hydron-cli servers list [--json]"_s);
        row("flag twice", {u"projects"_s, u"list"_s, u"--json"_s, u"--json"_s},
            u"option --json is given more than once"_s, u"Usage: hydron-cli projects list [--json]"_s);
        row("missing name", {u"projects"_s, u"add"_s}, u"missing NAME for \"projects add\""_s, addUsage);
        row("extra argument", {u"projects"_s, u"add"_s, u"a"_s, u"b"_s},
            u"unexpected argument \"b\" for \"projects add\""_s, addUsage);
        row("extra argument to remove", {u"projects"_s, u"remove"_s, u"a"_s, u"b"_s},
            u"unexpected argument \"b\" for \"projects remove\""_s, u"Usage: hydron-cli projects remove NAME"_s);
        row("type without value", {u"projects"_s, u"add"_s, u"a"_s, u"--type"_s}, u"option --type needs a value"_s,
            u"Try \"hydron-cli projects add --help\"."_s);
        row("type followed by option", {u"projects"_s, u"add"_s, u"a"_s, u"--type"_s, u"--source"_s, u"x"_s},
            u"option --type needs a value"_s, u"Try \"hydron-cli projects add --help\"."_s);
        row("unknown type", {u"projects"_s, u"add"_s, u"a"_s, u"--type"_s, u"website"_s},
            u"\"website\" is not a valid value for --type"_s,
            u"Choose one of: web-app, microservice, api, static-site, worker, other."_s);
        row("type twice", {u"projects"_s, u"add"_s, u"a"_s, u"--type=api"_s, u"--type=worker"_s},
            u"option --type is given more than once"_s, addUsage);
        row("empty source", {u"projects"_s, u"add"_s, u"a"_s, u"--source"_s, u""_s},
            u"option --source needs a value, not an empty text"_s, u"Try \"hydron-cli projects add --help\"."_s);
        row("missing address", {u"servers"_s, u"add"_s, u"web"_s}, u"missing ADDRESS for \"servers add\""_s,
            u"Usage: hydron-cli servers add NAME ADDRESS [--key FILE] [--accept-host-key FP] [--tag TAG]..."_s);
        row("key without file", {u"servers"_s, u"add"_s, u"web"_s, u"h"_s, u"--key"_s}, u"option --key needs a value"_s,
            u"Try \"hydron-cli servers add --help\"."_s);
        row("empty tag option", {u"servers"_s, u"add"_s, u"web"_s, u"h"_s, u"--tag="_s},
            u"option --tag needs a value, not an empty text"_s, u"Try \"hydron-cli servers add --help\"."_s);
        row("missing server name", {u"servers"_s, u"remove"_s}, u"missing NAME for \"servers remove\""_s,
            u"Usage: hydron-cli servers remove NAME"_s);
        row("tag without tags", {u"servers"_s, u"tag"_s, u"web"_s}, u"missing TAG for \"servers tag\""_s,
            u"Usage: hydron-cli servers tag NAME TAG... [--remove]"_s);
        row("remove without tags", {u"servers"_s, u"tag"_s, u"web"_s, u"--remove"_s},
            u"missing TAG for \"servers tag\""_s, u"Usage: hydron-cli servers tag NAME TAG... [--remove]"_s);
        row("link without projects", {u"servers"_s, u"link"_s, u"web"_s}, u"missing PROJECT for \"servers link\""_s,
            u"Usage: hydron-cli servers link NAME PROJECT..."_s);
        row("unlink without projects", {u"servers"_s, u"unlink"_s, u"web"_s},
            u"missing PROJECT for \"servers unlink\""_s, u"Usage: hydron-cli servers unlink NAME PROJECT..."_s);
        row("data-dir without value", {u"projects"_s, u"list"_s, u"--data-dir"_s}, u"option --data-dir needs a value"_s,
            u"Try \"hydron-cli projects list --help\"."_s);
        row("data-dir twice", {u"--data-dir=a"_s, u"projects"_s, u"list"_s, u"--data-dir"_s, u"b"_s},
            u"option --data-dir is given more than once"_s, u"Try \"hydron-cli projects list --help\"."_s);
    }

    void usageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const Outcome o = run(arguments, {{u"HYDRON_DATA_DIR"_s, m_data}});
        QCOMPARE(o.exitCode, 2);
        QCOMPARE(o.out, QString());
        QCOMPARE(o.err, u"hydron-cli: "_s + message + u'\n' + hint + u'\n');
        QVERIFY2(!QFileInfo::exists(m_data), "a usage error must not create the data folder");
    }

    // --- projects -----------------------------------------------------------------------

    void projects_emptyList()
    {
        QCOMPARE(ok({u"projects"_s, u"list"_s}), u"No projects.\n"_s);
        const QString json = ok({u"projects"_s, u"list"_s, u"--json"_s});
        QVERIFY(QJsonDocument::fromJson(json.toUtf8()).isArray());
        QVERIFY(QJsonDocument::fromJson(json.toUtf8()).array().isEmpty());
    }

    void projects_add_everySourceKind()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"shop"_s, u"--source"_s, u"https://git.example.com/acme/shop.git"_s}),
                 u"Added project \"shop\" (web-app).\n"_s);
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"billing-api"_s, u"--type=api"_s, u"--source=nginx:1.25"_s}),
                 u"Added project \"billing-api\" (api).\n"_s);
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"--source"_s, folder.path(), u"site"_s, u"--type"_s, u"static-site"_s}),
                 u"Added project \"site\" (static-site).\n"_s);
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"ssh-repo"_s, u"--source"_s, u"git@git.example.com:acme/x.git"_s}),
                 u"Added project \"ssh-repo\" (web-app).\n"_s);
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"starter"_s, u"--source"_s, u"template:django"_s}),
                 u"Added project \"starter\" (web-app).\n"_s);
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"bare"_s, u"--type"_s, u"worker"_s}),
                 u"Added project \"bare\" (worker).\n"_s);

        const QJsonArray projects = listJson(u"projects"_s);
        QCOMPARE(projects.size(), 6);
        const QSet<QString> projectKeys{u"id"_s,      u"name"_s,     u"type"_s,       u"source"_s,    u"services"_s,
                                        u"servers"_s, u"last_run"_s, u"created_at"_s, u"updated_at"_s};
        const QSet<QString> sourceKeys{u"kind"_s, u"location"_s, u"ref"_s};
        qint64 lastId = 0;
        for (const QJsonValue &value : projects) {
            QVERIFY(value.isObject());
            const QJsonObject p = value.toObject();
            QCOMPARE(keysOf(p), projectKeys);
            QCOMPARE(keysOf(p.value(u"source"_s).toObject()), sourceKeys);
            QVERIFY(p.value(u"id"_s).isDouble());
            QVERIFY(p.value(u"id"_s).toInteger() > lastId); // creation order
            lastId = p.value(u"id"_s).toInteger();
            QVERIFY(p.value(u"services"_s).isDouble());
            QCOMPARE(p.value(u"services"_s).toInt(), 0);
            QVERIFY(p.value(u"servers"_s).isArray());
            QVERIFY(p.value(u"servers"_s).toArray().isEmpty());
            QVERIFY(p.value(u"last_run"_s).isNull());
            QVERIFY(isIsoUtc(p.value(u"created_at"_s)));
            QVERIFY(isIsoUtc(p.value(u"updated_at"_s)));
            QVERIFY(p.value(u"source"_s).toObject().value(u"ref"_s).isNull());
        }
        auto source = [&](int i) {
            return projects.at(i).toObject().value(u"source"_s).toObject();
        };
        QCOMPARE(projects.at(0).toObject().value(u"name"_s).toString(), u"shop"_s);
        QCOMPARE(projects.at(0).toObject().value(u"type"_s).toString(), u"web-app"_s);
        QCOMPARE(source(0).value(u"kind"_s).toString(), u"git"_s);
        QCOMPARE(source(0).value(u"location"_s).toString(), u"https://git.example.com/acme/shop.git"_s);
        QCOMPARE(projects.at(1).toObject().value(u"type"_s).toString(), u"api"_s);
        QCOMPARE(source(1).value(u"kind"_s).toString(), u"image"_s);
        QCOMPARE(source(1).value(u"location"_s).toString(), u"nginx:1.25"_s);
        QCOMPARE(projects.at(2).toObject().value(u"type"_s).toString(), u"static-site"_s);
        QCOMPARE(source(2).value(u"kind"_s).toString(), u"folder"_s);
        QCOMPARE(source(2).value(u"location"_s).toString(), QDir(folder.path()).absolutePath());
        QCOMPARE(source(3).value(u"kind"_s).toString(), u"git"_s);
        QCOMPARE(source(4).value(u"kind"_s).toString(), u"template"_s);
        QCOMPARE(source(4).value(u"location"_s).toString(), u"django"_s);
        QCOMPARE(projects.at(5).toObject().value(u"type"_s).toString(), u"worker"_s);
        QCOMPARE(source(5).value(u"kind"_s).toString(), u"none"_s);
        QVERIFY(source(5).value(u"location"_s).isNull());
    }

    void projects_add_relativeFolderSource()
    {
        QVERIFY(QDir(m_root->path()).mkpath(u"app/src"_s));
        QVERIFY(!ok({u"projects"_s, u"add"_s, u"rel"_s, u"--source"_s, u"./app"_s}).startsWith(u"<failed>"_s));
        const auto p = findByName(u"projects"_s, u"rel"_s);
        QVERIFY(p);
        const QJsonObject source = p->value(u"source"_s).toObject();
        QCOMPARE(source.value(u"kind"_s).toString(), u"folder"_s);
        QCOMPARE(source.value(u"location"_s).toString(), m_root->filePath(u"app"_s));
    }

    void projects_add_everyType_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : hydron::projectTypeNames())
            QTest::newRow(qPrintable(type)) << type;
    }

    void projects_add_everyType()
    {
        QFETCH(QString, type);
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"p"_s, u"--type"_s, type}), u"Added project \"p\" (%1).\n"_s.arg(type));
        QCOMPARE(findByName(u"projects"_s, u"p"_s)->value(u"type"_s).toString(), type);
    }

    void projects_add_trimsAndKeepsUnicode()
    {
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"  Café Ünïcode  "_s}),
                 u"Added project \"Café Ünïcode\" (web-app).\n"_s);
        QVERIFY(findByName(u"projects"_s, u"Café Ünïcode"_s));
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"--"_s, u"-dash"_s}), u"Added project \"-dash\" (web-app).\n"_s);
        const QString longest(100, u'n');
        QCOMPARE(ok({u"projects"_s, u"add"_s, longest}), u"Added project \"%1\" (web-app).\n"_s.arg(longest));
    }

    void projects_add_badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringList{u""_s} << u"The project name is empty."_s;
        QTest::newRow("blank") << QStringList{u"   "_s} << u"The project name is empty."_s;
        QTest::newRow("too long") << QStringList{QString(101, u'x')}
                                  << u"The project name is 101 characters long; at most 100 are allowed."_s;
        QTest::newRow("control character")
            << QStringList{u"a\u0007b"_s} << u"The project name contains a control character (U+0007 at position 2)."_s;
        QTest::newRow("tab") << QStringList{u"a\tb"_s}
                             << u"The project name contains a control character (U+0009 at position 2)."_s;
        QTest::newRow("duplicate ignoring case")
            << QStringList{u"SHOP"_s} << u"A project named \"shop\" already exists. Choose another name."_s;
        QTest::newRow("source not an image")
            << QStringList{u"x"_s, u"--source"_s, u"Hello World"_s}
            << u"\"Hello World\" is not a Git URL, an existing folder or a Docker image reference."_s;
        QTest::newRow("missing folder") << QStringList{u"x"_s, u"--source"_s, u"./missing"_s}
                                        << u"The folder %1 does not exist."_s.arg(u"<root>/missing"_s);
        QTest::newRow("file as folder")
            << QStringList{u"x"_s, u"--source"_s, u"./afile"_s}
            << u"%1 is a file, not a folder. Give the project's folder, a Git URL or a Docker image."_s.arg(
                   u"<root>/afile"_s);
        QTest::newRow("empty template") << QStringList{u"x"_s, u"--source"_s, u"template:"_s}
                                        << u"\"template:\" names no template; write template:ID."_s;
    }

    void projects_add_badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFile file(m_root->filePath(u"afile"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!ok({u"projects"_s, u"add"_s, u"shop"_s}).startsWith(u"<failed>"_s));
        const QString before = ok({u"projects"_s, u"list"_s, u"--json"_s});

        verifyFailure(cli(QStringList{u"projects"_s, u"add"_s} + arguments),
                      QString(message).replace(u"<root>"_s, m_root->path()));
        QCOMPARE(ok({u"projects"_s, u"list"_s, u"--json"_s}), before);
    }

    void projects_table_isAligned()
    {
        ok({u"projects"_s, u"add"_s, u"shop"_s, u"--source"_s, u"https://git.example.com/acme/shop.git"_s});
        ok({u"projects"_s, u"add"_s, u"a-much-longer-project-name"_s, u"--type"_s, u"microservice"_s});
        const QStringList lines = ok({u"projects"_s, u"list"_s}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).simplified(), u"NAME TYPE SOURCE SERVICES SERVERS LAST RUN"_s);
        QVERIFY(lines.at(1).startsWith(u"shop "_s));
        QVERIFY(lines.at(2).startsWith(u"a-much-longer-project-name  microservice"_s));
        // Every column starts at the same offset on every line.
        const qsizetype typeColumn = lines.at(0).indexOf(u"TYPE"_s);
        QCOMPARE(lines.at(1).indexOf(u"web-app"_s), typeColumn);
        QCOMPARE(lines.at(2).indexOf(u"microservice"_s), typeColumn);
        const qsizetype sourceColumn = lines.at(0).indexOf(u"SOURCE"_s);
        QCOMPARE(lines.at(1).indexOf(u"https://"_s), sourceColumn);
        QCOMPARE(lines.at(2).indexOf(u'-', sourceColumn), sourceColumn);
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(u' '), "no trailing blanks");
    }

    void projects_remove()
    {
        ok({u"projects"_s, u"add"_s, u"shop"_s});
        ok({u"projects"_s, u"add"_s, u"blog"_s});
        ok({u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s});
        ok({u"servers"_s, u"link"_s, u"web"_s, u"shop"_s, u"blog"_s});
        QCOMPARE(ok({u"projects"_s, u"remove"_s, u"SHOP"_s}), u"Removed project \"shop\".\n"_s);
        const QJsonArray projects = listJson(u"projects"_s);
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.at(0).toObject().value(u"name"_s).toString(), u"blog"_s);
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"projects"_s)), QStringList{u"blog"_s});

        verifyFailure(cli({u"projects"_s, u"remove"_s, u"shop"_s}),
                      u"There is no project named \"shop\". See \"hydron-cli projects list\"."_s);
    }

    void projects_lastRun()
    {
        ok({u"projects"_s, u"add"_s, u"shop"_s});
        ok({u"projects"_s, u"add"_s, u"idle"_s});
        {
            auto core = openCore();
            QVERIFY(core);
            const auto shop = core->projects().findByName(u"shop"_s);
            QVERIFY(shop);
            hydron::Run run;
            run.projectId = shop->id;
            run.status = hydron::RunStatus::Completed;
            QVERIFY(core->runs().add(run));
            run.status = hydron::RunStatus::Failed;
            QVERIFY(core->runs().add(run));
        }
        QCOMPARE(findByName(u"projects"_s, u"shop"_s)->value(u"last_run"_s).toString(), u"failed"_s);
        QVERIFY(findByName(u"projects"_s, u"idle"_s)->value(u"last_run"_s).isNull());
        const QStringList lines = ok({u"projects"_s, u"list"_s}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.at(1).endsWith(u"  failed"_s));
        QVERIFY(lines.at(2).endsWith(u"  -"_s));
    }

    // --- servers ------------------------------------------------------------------------

    void servers_emptyList()
    {
        QCOMPARE(ok({u"servers"_s, u"list"_s}), u"No servers.\n"_s);
        QVERIFY(listJson(u"servers"_s).isEmpty());
    }

    void servers_add_addressForms_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ssh url") << u"ssh://deploy@web.example.com:2222"_s << u"deploy"_s << u"web.example.com"_s
                                 << 2222;
        QTest::newRow("ssh url without port") << u"ssh://ops@10.1.2.3"_s << u"ops"_s << u"10.1.2.3"_s << 22;
        QTest::newRow("user@host") << u"admin@10.0.0.7"_s << u"admin"_s << u"10.0.0.7"_s << 22;
        QTest::newRow("host") << u"web.example.com"_s << u"root"_s << u"web.example.com"_s << 22;
        QTest::newRow("host:port") << u"web.example.com:2200"_s << u"root"_s << u"web.example.com"_s << 2200;
        QTest::newRow("ipv6") << u"deploy@[2001:db8::1]:2022"_s << u"deploy"_s << u"2001:db8::1"_s << 2022;
    }

    void servers_add_addressForms()
    {
        QFETCH(QString, address);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
        QCOMPARE(ok({u"servers"_s, u"add"_s, u"web"_s, address}),
                 u"Added server \"web\" (ssh://%1@%2:%3, SSH agent).\n"_s.arg(user, shownHost).arg(port));
        const auto s = findByName(u"servers"_s, u"web"_s);
        QVERIFY(s);
        QCOMPARE(s->value(u"user"_s).toString(), user);
        QCOMPARE(s->value(u"host"_s).toString(), host);
        QCOMPARE(s->value(u"port"_s).toInt(), port);
        QCOMPARE(s->value(u"auth"_s).toString(), u"agent"_s);
        QVERIFY(s->value(u"key_file"_s).isNull());
    }

    void servers_json_shape()
    {
        const QString key = m_root->filePath(u"id_ed25519"_s);
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        file.close();
        ok({u"projects"_s, u"add"_s, u"shop"_s});
        QCOMPARE(ok({u"servers"_s, u"add"_s, u"db-1"_s, u"ops@db.example.com:2201"_s, u"--key"_s, key, u"--tag"_s,
                     u"prod"_s, u"--tag=EU"_s, u"--tag"_s, u"prod"_s}),
                 u"Added server \"db-1\" (ssh://ops@db.example.com:2201, key %1).\n"_s.arg(key));
        ok({u"servers"_s, u"link"_s, u"db-1"_s, u"shop"_s});

        const QJsonArray servers = listJson(u"servers"_s);
        QCOMPARE(servers.size(), 1);
        const QJsonObject s = servers.at(0).toObject();
        const QSet<QString> serverKeys{u"id"_s,       u"name"_s,     u"host"_s,       u"port"_s,       u"user"_s,
                                       u"auth"_s,     u"key_file"_s, u"host_key"_s,   u"tags"_s,       u"status"_s,
                                       u"projects"_s, u"spec"_s,     u"created_at"_s, u"updated_at"_s, u"transport"_s};
        QCOMPARE(keysOf(s), serverKeys);
        QCOMPARE(s.value(u"transport"_s).toString(), u"ssh"_s);
        QVERIFY(s.value(u"id"_s).isDouble());
        QVERIFY(s.value(u"id"_s).toInteger() > 0);
        QCOMPARE(s.value(u"name"_s).toString(), u"db-1"_s);
        QCOMPARE(s.value(u"host"_s).toString(), u"db.example.com"_s);
        QVERIFY(s.value(u"port"_s).isDouble());
        QCOMPARE(s.value(u"port"_s).toInt(), 2201);
        QCOMPARE(s.value(u"user"_s).toString(), u"ops"_s);
        QCOMPARE(s.value(u"auth"_s).toString(), u"key-file"_s);
        QCOMPARE(s.value(u"key_file"_s).toString(), key);
        QVERIFY(s.value(u"host_key"_s).isNull());
        QCOMPARE(strings(s.value(u"tags"_s)), (QStringList{u"EU"_s, u"prod"_s}));
        QCOMPARE(s.value(u"status"_s).toString(), u"unknown"_s);
        QCOMPARE(strings(s.value(u"projects"_s)), QStringList{u"shop"_s});
        const QJsonObject spec = s.value(u"spec"_s).toObject();
        QCOMPARE(keysOf(spec), (QSet<QString>{u"cpus"_s, u"memory_mb"_s, u"disk_gb"_s, u"location"_s, u"os"_s}));
        for (const QString &k : spec.keys())
            QVERIFY2(spec.value(k).isNull(), qPrintable(k));
        QVERIFY(isIsoUtc(s.value(u"created_at"_s)));
        QVERIFY(isIsoUtc(s.value(u"updated_at"_s)));

        const auto project = findByName(u"projects"_s, u"shop"_s);
        QCOMPARE(strings(project->value(u"servers"_s)), QStringList{u"db-1"_s});

        const QStringList lines = ok({u"servers"_s, u"list"_s}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).simplified(), u"NAME ADDRESS AUTH TAGS PROJECTS STATUS"_s);
        QCOMPARE(lines.at(1).simplified(),
                 u"db-1 ssh://ops@db.example.com:2201 key %1 EU, prod shop unknown"_s.arg(key));
        QCOMPARE(lines.at(1).indexOf(u"ssh://"_s), lines.at(0).indexOf(u"ADDRESS"_s));
    }

    void servers_add_keyFileErrors()
    {
        QVERIFY(QDir(m_root->path()).mkpath(u"keys"_s));
        verifyFailure(cli({u"servers"_s, u"add"_s, u"web"_s, u"h"_s, u"--key"_s, m_root->filePath(u"nope"_s)}),
                      u"The key file %1 does not exist."_s.arg(m_root->filePath(u"nope"_s)));
        verifyFailure(cli({u"servers"_s, u"add"_s, u"web"_s, u"h"_s, u"--key"_s, m_root->filePath(u"keys"_s)}),
                      u"The key file %1 is a folder, not a file."_s.arg(m_root->filePath(u"keys"_s)));
        QVERIFY(listJson(u"servers"_s).isEmpty());
    }

    void servers_add_unreadableKeyFile()
    {
        const QString key = m_root->filePath(u"locked_key"_s);
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::Permissions{}));
        if (file.open(QIODevice::ReadOnly))
            QSKIP("this user can read a file with mode 000 (root), so an unreadable key cannot be made");
        const Outcome o = cli({u"servers"_s, u"add"_s, u"web"_s, u"h"_s, u"--key"_s, key});
        verifyFailure(o, u"The key file %1 cannot be read. Check its permissions, or use the SSH agent "
                         "(leave out --key)."_s.arg(key));
        QCOMPARE(o.err.section(u'\n', 1, 1), u"  Permission denied"_s);
    }

    void servers_add_badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << QStringList{u""_s, u"h"_s} << u"The server name is empty."_s;
        QTest::newRow("long name") << QStringList{QString(101, u's'), u"h"_s}
                                   << u"The server name is 101 characters long; at most 100 are allowed."_s;
        QTest::newRow("control character") << QStringList{u"we\u001Bb"_s, u"h"_s}
                                           << u"The server name contains a control character (U+001b at position 3)."_s;
        QTest::newRow("duplicate") << QStringList{u"WEB"_s, u"other.example.com"_s}
                                   << u"A server named \"web\" already exists. Choose another name."_s;
        QTest::newRow("empty address") << QStringList{u"x"_s, u" "_s} << u"The server address is empty."_s;
        QTest::newRow("bad host") << QStringList{u"x"_s, u"bad host"_s}
                                  << u"\"bad host\" is not a valid host name or IP address."_s;
        QTest::newRow("shell in host") << QStringList{u"x"_s, u"root@$(reboot)"_s}
                                       << u"\"$(reboot)\" is not a valid host name or IP address."_s;
        QTest::newRow("port zero") << QStringList{u"x"_s, u"h:0"_s} << u"The port 0 is outside 1–65535."_s;
        QTest::newRow("port too big") << QStringList{u"x"_s, u"h:65536"_s} << u"The port 65536 is outside 1–65535."_s;
        QTest::newRow("port not a number") << QStringList{u"x"_s, u"h:ssh"_s} << u"The port \"ssh\" is not a number."_s;
        QTest::newRow("bad user") << QStringList{u"x"_s, u"Bad!@h"_s} << u"\"Bad!\" is not a valid user name."_s;
        QTest::newRow("not ssh") << QStringList{u"x"_s, u"https://h.example.com"_s}
                                 << u"\"https://h.example.com\" is not an SSH address; write ssh://user@host:port or "
                                    "user@host."_s;
        QTest::newRow("tag with comma") << QStringList{u"x"_s, u"h"_s, u"--tag"_s, u"a,b"_s}
                                        << u"The tag \"a,b\" contains a comma; tags are separated by commas."_s;
        QTest::newRow("tag too long") << QStringList{u"x"_s, u"h"_s, u"--tag"_s, QString(101, u't')}
                                      << u"The tag is 101 characters long; at most 100 are allowed."_s;
    }

    void servers_add_badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        ok({u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s});
        verifyFailure(cli(QStringList{u"servers"_s, u"add"_s} + arguments), message);
        QCOMPARE(listJson(u"servers"_s).size(), 1);
    }

    void servers_tag()
    {
        ok({u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s, u"--tag"_s, u"eu"_s});
        QCOMPARE(ok({u"servers"_s, u"tag"_s, u"web"_s, u"prod"_s, u"fast"_s, u"EU"_s}),
                 u"Server \"web\" tags: eu, fast, prod.\n"_s);
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"tags"_s)),
                 (QStringList{u"eu"_s, u"fast"_s, u"prod"_s}));
        QCOMPARE(ok({u"servers"_s, u"tag"_s, u"web"_s, u"--remove"_s, u"FAST"_s}),
                 u"Server \"web\" tags: eu, prod.\n"_s);
        QCOMPARE(ok({u"servers"_s, u"tag"_s, u"web"_s, u"eu"_s, u"prod"_s, u"--remove"_s}),
                 u"Server \"web\" tags: none.\n"_s);
        QVERIFY(findByName(u"servers"_s, u"web"_s)->value(u"tags"_s).toArray().isEmpty());

        ok({u"servers"_s, u"tag"_s, u"web"_s, u"prod"_s});
        verifyFailure(cli({u"servers"_s, u"tag"_s, u"web"_s, u"--remove"_s, u"prod"_s, u"staging"_s}),
                      u"The server \"web\" has no tag \"staging\" (its tags: prod)."_s);
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"tags"_s)), QStringList{u"prod"_s});
        verifyFailure(cli({u"servers"_s, u"tag"_s, u"web"_s, u"a,b"_s}),
                      u"The tag \"a,b\" contains a comma; tags are separated by commas."_s);
        verifyFailure(cli({u"servers"_s, u"tag"_s, u"web"_s, u" "_s}), u"The tag is empty."_s);
        verifyFailure(cli({u"servers"_s, u"tag"_s, u"nope"_s, u"prod"_s}),
                      u"There is no server named \"nope\". See \"hydron-cli servers list\"."_s);
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"tags"_s)), QStringList{u"prod"_s});
    }

    void servers_linkAndUnlink()
    {
        ok({u"projects"_s, u"add"_s, u"shop"_s});
        ok({u"projects"_s, u"add"_s, u"blog"_s});
        ok({u"projects"_s, u"add"_s, u"docs"_s});
        ok({u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s});
        ok({u"servers"_s, u"add"_s, u"edge"_s, u"edge.example.com"_s});
        QCOMPARE(ok({u"servers"_s, u"link"_s, u"web"_s, u"blog"_s, u"SHOP"_s}),
                 u"Server \"web\" projects: shop, blog.\n"_s);
        QCOMPARE(ok({u"servers"_s, u"link"_s, u"web"_s, u"shop"_s}), u"Server \"web\" projects: shop, blog.\n"_s);
        QCOMPARE(ok({u"servers"_s, u"link"_s, u"edge"_s, u"shop"_s}), u"Server \"edge\" projects: shop.\n"_s);
        QCOMPARE(strings(findByName(u"projects"_s, u"shop"_s)->value(u"servers"_s)),
                 (QStringList{u"web"_s, u"edge"_s}));
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"projects"_s)),
                 (QStringList{u"shop"_s, u"blog"_s}));

        // A failing link changes nothing, even for the names before the unknown one.
        verifyFailure(cli({u"servers"_s, u"link"_s, u"web"_s, u"docs"_s, u"nope"_s}),
                      u"There is no project named \"nope\". See \"hydron-cli projects list\"."_s);
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"projects"_s)),
                 (QStringList{u"shop"_s, u"blog"_s}));
        verifyFailure(cli({u"servers"_s, u"link"_s, u"nope"_s, u"docs"_s}),
                      u"There is no server named \"nope\". See \"hydron-cli servers list\"."_s);

        QCOMPARE(ok({u"servers"_s, u"unlink"_s, u"web"_s, u"shop"_s}), u"Server \"web\" projects: blog.\n"_s);
        verifyFailure(cli({u"servers"_s, u"unlink"_s, u"web"_s, u"blog"_s, u"docs"_s}),
                      u"The server \"web\" is not linked to the project \"docs\"."_s);
        QCOMPARE(strings(findByName(u"servers"_s, u"web"_s)->value(u"projects"_s)), QStringList{u"blog"_s});
        QCOMPARE(ok({u"servers"_s, u"unlink"_s, u"web"_s, u"blog"_s}), u"Server \"web\" projects: none.\n"_s);
        QCOMPARE(strings(findByName(u"projects"_s, u"shop"_s)->value(u"servers"_s)), QStringList{u"edge"_s});
    }

    void servers_remove()
    {
        ok({u"projects"_s, u"add"_s, u"shop"_s});
        ok({u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s});
        ok({u"servers"_s, u"add"_s, u"db"_s, u"db.example.com"_s});
        ok({u"servers"_s, u"link"_s, u"web"_s, u"shop"_s});
        QCOMPARE(ok({u"servers"_s, u"remove"_s, u"Web"_s}), u"Removed server \"web\".\n"_s);
        const QJsonArray servers = listJson(u"servers"_s);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.at(0).toObject().value(u"name"_s).toString(), u"db"_s);
        QVERIFY(findByName(u"projects"_s, u"shop"_s)->value(u"servers"_s).toArray().isEmpty());
        verifyFailure(cli({u"servers"_s, u"remove"_s, u"web"_s}),
                      u"There is no server named \"web\". See \"hydron-cli servers list\"."_s);
    }

    // --- the data folder ----------------------------------------------------------------

    void dataDir_optionAnywhere()
    {
        const QString other = m_root->filePath(u"other"_s);
        QCOMPARE(run({u"projects"_s, u"add"_s, u"a"_s, u"--data-dir"_s, other}).exitCode, 0);
        QCOMPARE(run({u"projects"_s, u"add"_s, u"b"_s, u"--data-dir="_s + other}).exitCode, 0);
        QCOMPARE(run({u"--data-dir="_s + other, u"projects"_s, u"add"_s, u"c"_s}).exitCode, 0);
        const Outcome o = run({u"projects"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, other});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 3);
        QVERIFY(QFileInfo::exists(other + u"/hydron.db"_s));
    }

    void dataDir_precedence()
    {
        const QString fromEnv = m_root->filePath(u"env"_s);
        const QString fromOption = m_root->filePath(u"option"_s);
        const QHash<QString, QString> env{{u"HYDRON_DATA_DIR"_s, fromEnv}};

        QCOMPARE(run({u"projects"_s, u"add"_s, u"in-env"_s}, env).exitCode, 0);
        QCOMPARE(run({u"projects"_s, u"add"_s, u"in-option"_s, u"--data-dir"_s, fromOption}, env).exitCode, 0);
        QCOMPARE(run({u"projects"_s, u"add"_s, u"in-default"_s}).exitCode, 0);

        auto names = [&](const QStringList &extra, const QHash<QString, QString> &environment) {
            const Outcome o = run(QStringList{u"projects"_s, u"list"_s, u"--json"_s} + extra, environment);
            QStringList out;
            for (const QJsonValue &v : QJsonDocument::fromJson(o.out.toUtf8()).array())
                out << v.toObject().value(u"name"_s).toString();
            return out;
        };
        QCOMPARE(names({}, env), QStringList{u"in-env"_s});
        QCOMPARE(names({u"--data-dir"_s, fromOption}, env), QStringList{u"in-option"_s});
        QCOMPARE(names({}, {}), QStringList{u"in-default"_s});
        // Without either, the folder is $XDG_DATA_HOME/hydron.
        QVERIFY(QFileInfo::exists(m_root->filePath(u"xdg/hydron/hydron.db"_s)));
    }

    void dataDir_insideAFile_fails()
    {
        QFile file(m_root->filePath(u"plain"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString inside = m_root->filePath(u"plain/data"_s);
        const Outcome o = run({u"--data-dir"_s, inside, u"projects"_s, u"list"_s});
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.out, QString());
        QCOMPARE(o.err, u"hydron-cli: Hydron cannot create its data folder %1. Check the permissions of the folders "
                        "above it, or choose another folder with --data-dir or HYDRON_DATA_DIR.\n"
                        "  %2 is a file, not a folder\n"_s.arg(inside, file.fileName()));

        const Outcome direct = run({u"projects"_s, u"list"_s}, {{u"HYDRON_DATA_DIR"_s, file.fileName()}});
        verifyFailure(direct, u"The data folder %1 is a file, not a folder. Choose another folder with --data-dir "
                              "or HYDRON_DATA_DIR."_s.arg(file.fileName()));
    }

    void dataDir_readOnly_fails()
    {
        QVERIFY(QDir().mkpath(m_data));
        QVERIFY(QFile::setPermissions(m_data, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(m_data + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QFile::setPermissions(m_data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("this user can write into a read-only folder (root), so an unwritable folder cannot be made");
        }
        const Outcome o = cli({u"projects"_s, u"list"_s});
        QFile::setPermissions(m_data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        verifyFailure(o, u"Hydron cannot write to its data folder %1. Make it writable, or choose another folder "
                         "with --data-dir or HYDRON_DATA_DIR."_s.arg(m_data));
    }

    void database_newerSchema_refusedAndUntouched()
    {
        {
            auto core = openCore();
            QVERIFY(core);
            QVERIFY(core->projects().add(hydron::Project{.name = u"kept"_s}));
        }
        const QString dbPath = m_data + u"/hydron.db"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        {
            QFile file(dbPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray header = file.read(100);
            QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), 99u); // the precondition holds
        }
        QVERIFY(!QFileInfo::exists(dbPath + u"-wal"_s));
        const QByteArray before = sha256(dbPath);
        QVERIFY(!before.isEmpty());

        const QString message = u"The database %1 was written by a newer version of Hydron (schema version 99; this "
                                "version knows up to %2). Hydron has left it untouched. Update Hydron to open it, or "
                                "choose another data folder."_s.arg(dbPath)
                                    .arg(hydron::Database::latestSchemaVersion());
        verifyFailure(cli({u"projects"_s, u"list"_s}), message);
        verifyFailure(cli({u"projects"_s, u"add"_s, u"new"_s}), message);
        verifyFailure(cli({u"servers"_s, u"list"_s, u"--json"_s}), message);
        QCOMPARE(sha256(dbPath), before);
        QVERIFY(!QFileInfo::exists(dbPath + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(dbPath + u"-shm"_s));
    }

    void database_corrupt_refusedAndUntouched()
    {
        QVERIFY(QDir().mkpath(m_data));
        const QString dbPath = m_data + u"/hydron.db"_s;
        QByteArray noise(8192, '\0');
        QRandomGenerator generator(20260101);
        for (char &c : noise)
            c = static_cast<char>(generator.bounded(256));
        noise[0] = 'X'; // never the SQLite magic, whatever the seed gives
        QFile file(dbPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(noise), noise.size());
        file.close();
        const QByteArray before = sha256(dbPath);

        for (const QStringList &args : {QStringList{u"projects"_s, u"list"_s},
                                        QStringList{u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s}}) {
            const Outcome o = cli(args);
            verifyFailure(o, u"The database %1 is damaged or is not a Hydron database. Hydron has not changed it. "
                             "Move it aside (or restore it from a backup) and start Hydron again to begin with an "
                             "empty store."_s.arg(dbPath));
            QCOMPARE(o.err.section(u'\n', 1), u"  the file does not start with the SQLite header\n"_s);
        }
        QCOMPARE(sha256(dbPath), before);
        QVERIFY(!QFileInfo::exists(dbPath + u"-wal"_s));
    }

    // --- one store for the CLI and the GUI ---------------------------------------------

    void sharedData_cliChangesVisibleToCore()
    {
        ok({u"projects"_s, u"add"_s, u"shop"_s, u"--type"_s, u"api"_s, u"--source"_s, u"nginx:1.25"_s});
        ok({u"servers"_s, u"add"_s, u"web"_s, u"deploy@web.example.com:2222"_s, u"--tag"_s, u"prod"_s});
        ok({u"servers"_s, u"link"_s, u"web"_s, u"shop"_s});
        auto core = openCore();
        QVERIFY(core);
        const auto project = core->projects().findByName(u"shop"_s);
        QVERIFY(project);
        QCOMPARE(project->type, hydron::ProjectType::Api);
        QCOMPARE(project->source.kind, hydron::ProjectSource::Kind::Image);
        QCOMPARE(project->source.location, u"nginx:1.25"_s);
        const auto server = core->servers().findByName(u"web"_s);
        QVERIFY(server);
        QCOMPARE(server->user, u"deploy"_s);
        QCOMPARE(server->port, 2222);
        QCOMPARE(server->tags, QStringList{u"prod"_s});
        QCOMPARE(server->projectIds, QList<qint64>{project->id});
    }

    void sharedData_coreChangesVisibleToCli()
    {
        auto core = openCore(); // kept open while the CLI reads and writes
        QVERIFY(core);
        auto added = core->projects().add(hydron::Project{.name = u"from-gui"_s, .type = hydron::ProjectType::Worker});
        QVERIFY(added);
        hydron::Server server;
        server.name = u"gui-server"_s;
        server.host = u"gui.example.com"_s;
        server.projectIds = {added->id};
        QVERIFY(core->servers().add(server));

        const auto p = findByName(u"projects"_s, u"from-gui"_s);
        QVERIFY(p);
        QCOMPARE(p->value(u"type"_s).toString(), u"worker"_s);
        QCOMPARE(p->value(u"id"_s).toInteger(), added->id);
        QCOMPARE(strings(p->value(u"servers"_s)), QStringList{u"gui-server"_s});
        QCOMPARE(ok({u"projects"_s, u"add"_s, u"from-cli"_s}), u"Added project \"from-cli\" (web-app).\n"_s);
    }

    void sharedData_openCoreFollowsCliAfterRefresh()
    {
        auto core = openCore();
        QVERIFY(core);
        QSignalSpy changed(core.get(), &CoreServices::changedElsewhere);
        QSignalSpy added(&core->projects(), &hydron::ProjectStore::added);
        QSignalSpy removed(&core->projects(), &hydron::ProjectStore::removed);
        QVERIFY(!core->refreshIfChangedElsewhere());

        ok({u"projects"_s, u"add"_s, u"shop"_s});
        QVERIFY(!core->projects().findByName(u"shop"_s)); // not before a refresh
        QVERIFY(core->refreshIfChangedElsewhere());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(added.count(), 1);
        QVERIFY(core->projects().findByName(u"shop"_s));

        ok({u"servers"_s, u"add"_s, u"web"_s, u"web.example.com"_s});
        ok({u"servers"_s, u"link"_s, u"web"_s, u"shop"_s});
        QVERIFY(core->refreshIfChangedElsewhere());
        const auto server = core->servers().findByName(u"web"_s);
        QVERIFY(server);
        QCOMPARE(server->projectIds.size(), 1);

        ok({u"projects"_s, u"remove"_s, u"shop"_s});
        QVERIFY(core->refreshIfChangedElsewhere());
        QCOMPARE(removed.count(), 1);
        QVERIFY(!core->projects().findByName(u"shop"_s));
        QVERIFY(core->servers().findByName(u"web"_s)->projectIds.isEmpty());
        QVERIFY(!core->refreshIfChangedElsewhere());
    }

    // --- analyze ------------------------------------------------------------------------

    static QString fixture(const QString &name)
    {
        return QStringLiteral(HYDRON_ANALYSIS_DATA_DIR) + u"/repos/"_s + name;
    }

    static QJsonObject expectedAnalysis(const QString &name)
    {
        QFile file(QStringLiteral(HYDRON_ANALYSIS_DATA_DIR) + u"/expected/"_s + name + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static QJsonObject jsonObject(const QString &text)
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning().noquote() << "not a JSON object:" << text.left(400);
        return doc.object();
    }

    // Runs git in `dir`; false (with a warning) when it fails.
    static bool git(const QString &dir, const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
        env.insert(u"GIT_AUTHOR_NAME"_s, u"Test"_s);
        env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@example.invalid"_s);
        env.insert(u"GIT_COMMITTER_NAME"_s, u"Test"_s);
        env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@example.invalid"_s);
        process.setProcessEnvironment(env);
        process.start(u"git"_s, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning().noquote() << "git" << arguments.join(u' ') << process.readAllStandardError();
            return false;
        }
        return true;
    }

    static bool copyTree(const QString &from, const QString &to)
    {
        QDir().mkpath(to);
        const QDir source(from);
        for (const QFileInfo &info : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            const QString target = to + u'/' + info.fileName();
            if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
                return false;
        }
        return true;
    }

    // The JSON contract: exactly the documented keys, and the same object the fixture tests
    // expect from the library (so the README's shape and the CLI's output cannot drift).
    void analyze_folder_json_isTheDocumentedObject()
    {
        const QJsonObject result = jsonObject(ok({u"analyze"_s, fixture(u"compose-multi"_s), u"--json"_s}));
        QCOMPARE(keysOf(result),
                 (QSet<QString>{u"services"_s, u"backing"_s, u"external"_s, u"monorepo"_s, u"warnings"_s}));
        const QSet<QString> serviceKeys{u"name"_s,
                                        u"path"_s,
                                        u"kind"_s,
                                        u"language"_s,
                                        u"language_version"_s,
                                        u"framework"_s,
                                        u"package_manager"_s,
                                        u"port"_s,
                                        u"port_env"_s,
                                        u"health"_s,
                                        u"env"_s,
                                        u"env_required"_s,
                                        u"dockerfile"_s,
                                        u"start"_s,
                                        u"build"_s,
                                        u"depends_on"_s,
                                        u"evidence"_s};
        QVERIFY(!result.value(u"services"_s).toArray().isEmpty());
        for (const QJsonValue &service : result.value(u"services"_s).toArray())
            QCOMPARE(keysOf(service.toObject()), serviceKeys);
        QCOMPARE(result, expectedAnalysis(u"compose-multi"_s));
    }

    void analyze_folder_text_isReadable()
    {
        const QString out = ok({u"analyze"_s, fixture(u"compose-multi"_s)});
        QVERIFY2(out.startsWith(fixture(u"compose-multi"_s) + u'\n'), qPrintable(out));
        QVERIFY2(out.contains(u"api (backend) api"_s), qPrintable(out));
        QVERIFY2(out.contains(u"backing: db (postgres 16)"_s), qPrintable(out));
    }

    // A relative folder named without ./ is a folder, not an image of that name.
    void analyze_relativeFolder()
    {
        QVERIFY(copyTree(fixture(u"compose-multi"_s), m_root->filePath(u"shop"_s)));
        const QJsonObject result = jsonObject(ok({u"analyze"_s, u"shop"_s, u"--json"_s}));
        QCOMPARE(result, expectedAnalysis(u"compose-multi"_s));
    }

    // A Git URL is cloned into the data folder's cache at the requested ref, then analysed.
    void analyze_gitUrl_atRef()
    {
        const QString work = m_root->filePath(u"work"_s);
        QVERIFY(copyTree(fixture(u"compose-multi"_s), work));
        QVERIFY(git(work, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
        QVERIFY(git(work, {u"add"_s, u"-A"_s}));
        QVERIFY(git(work, {u"commit"_s, u"-q"_s, u"-m"_s, u"compose app"_s}));
        QVERIFY(git(work, {u"tag"_s, u"v1"_s}));
        // main moves on to a different app; v1 keeps the compose one.
        QVERIFY(git(work, {u"rm"_s, u"-rq"_s, u"."_s}));
        QVERIFY(copyTree(fixture(u"flask-pipenv"_s), work));
        QVERIFY(git(work, {u"add"_s, u"-A"_s}));
        QVERIFY(git(work, {u"commit"_s, u"-q"_s, u"-m"_s, u"flask app"_s}));
        // Named like the fixture, whose root service takes the folder's name.
        const QString bare = m_root->filePath(u"flask-pipenv.git"_s);
        QVERIFY(git(m_root->path(), {u"clone"_s, u"-q"_s, u"--bare"_s, work, bare}));
        const QString url = u"file://"_s + bare;

        const QJsonObject atTag = jsonObject(ok({u"analyze"_s, url, u"--ref"_s, u"v1"_s, u"--json"_s}));
        QCOMPARE(atTag, expectedAnalysis(u"compose-multi"_s));
        const QJsonObject atMain = jsonObject(ok({u"analyze"_s, url, u"--json"_s}));
        QCOMPARE(atMain, expectedAnalysis(u"flask-pipenv"_s));
        // The clone lives in the data folder's cache, where the app finds it too.
        QVERIFY(QDir(m_data + u"/sources"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1);

        const QString text = ok({u"analyze"_s, url, u"--ref=v1"_s});
        QVERIFY2(text.startsWith(url + u" at "_s), qPrintable(text));
        QVERIFY2(text.contains(u"(refs/tags/v1)"_s), qPrintable(text));

        const Outcome missingRef = cli({u"analyze"_s, url, u"--ref"_s, u"no-such-branch"_s});
        QCOMPARE(missingRef.exitCode, 1);
        QVERIFY2(missingRef.err.contains(u"no-such-branch"_s), qPrintable(missingRef.err));
    }

    void analyze_badSources_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder") << QStringList{u"./nowhere"_s} << u"The folder %1/nowhere does not exist."_s;
        QTest::newRow("image") << QStringList{u"nginx:1.27"_s}
                               << u"\"nginx:1.27\" is a Docker image reference: there is no code to analyze. Give a "
                                  "folder or a Git URL."_s;
        QTest::newRow("template") << QStringList{u"template:ghost"_s}
                                  << u"\"template:ghost\" is a template: its services are already known. Give a "
                                     "folder or a Git URL."_s;
        QTest::newRow("ref on a plain folder")
            << QStringList{u"."_s, u"--ref"_s, u"main"_s} << u"--ref needs a Git repository, and %1 is not one."_s;
    }

    void analyze_badSources()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        if (message.contains(u"%1"))
            message = message.arg(m_root->path());
        verifyFailure(cli(QStringList{u"analyze"_s} + arguments), message);
    }

    void analyze_unreachableRepository_fails()
    {
        const Outcome o = cli({u"analyze"_s, u"file://"_s + m_root->filePath(u"missing.git"_s)});
        QCOMPARE(o.exitCode, 1);
        QCOMPARE(o.out, QString());
        QVERIFY2(o.err.startsWith(u"hydron-cli: "_s), qPrintable(o.err));
    }

    void logs_goToTheDataFolderNotStderr()
    {
        const Outcome o =
            run({u"projects"_s, u"add"_s, u"shop"_s, u"--data-dir"_s, m_data}, {{u"HYDRON_LOG_LEVEL"_s, u"debug"_s}});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.err, QString());
        QFile log(m_data + u"/logs/hydron.log"_s);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("opened data folder"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
