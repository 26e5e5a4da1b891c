// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the analysis over every fixture repository in tests/data/analysis/repos/<name>/ and
// compares the JSON, evidence lines included, to tests/data/analysis/expected/<name>.json.
// With HYDRON_ANALYSIS_ACTUAL_DIR set, the actual JSON of each fixture is written there for
// review (never over the expected files).
#include "core/analysis/analyzer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::analysis;

namespace {

QString dataDir()
{
    return QStringLiteral(HYDRON_ANALYSIS_DATA_DIR);
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

// A line-by-line report of where two pretty-printed documents first differ.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = e.value(i), al = a.value(i);
        if (el != al) {
            QString out = u"first difference at line %1\n"_s.arg(i + 1);
            for (qsizetype k = std::max<qsizetype>(0, i - 4); k < std::min(std::max(e.size(), a.size()), i + 4); ++k)
                out += u"  expected: %1\n    actual: %2\n"_s.arg(QString::fromUtf8(e.value(k)),
                                                                 QString::fromUtf8(a.value(k)));
            return out;
        }
    }
    return {};
}

} // namespace

class TestAnalysisFixtures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every fixture has its expected document and the other way round.
    void fixtures_matchExpectations()
    {
        QStringList names = QDir(dataDir() + u"/repos"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QStringList expected = QDir(dataDir() + u"/expected"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (QString &e : expected)
            e.chop(5);
        QCOMPARE(expected, names);
        QVERIFY2(names.size() >= 25, "the fixture set is incomplete");
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names =
            QDir(dataDir() + u"/repos"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void fixtures()
    {
        QFETCH(QString, name);
        QElapsedTimer timer;
        timer.start();
        const auto result = analyze(dataDir() + u"/repos/"_s + name);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(timer.elapsed() < 10000, "a fixture took more than 10 s");
        const QByteArray actual = QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented);

        if (const QByteArray dir = qgetenv("HYDRON_ANALYSIS_ACTUAL_DIR"); !dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QFile out(QString::fromLocal8Bit(dir) + u'/' + name + u".json"_s);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
        }

        QFile file(dataDir() + u"/expected/"_s + name + u".json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"missing "_s + file.fileName()));
        QJsonParseError error;
        const QJsonDocument expectedDoc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QByteArray expected = expectedDoc.toJson(QJsonDocument::Indented);
        QVERIFY2(expected == actual, qPrintable(firstDifference(expected, actual)));
    }

    // The model's Service for a detected one: ports, health, Dockerfile relative to the service.
    void toService_mapsTheFindings()
    {
        const auto result = analyze(dataDir() + u"/repos/compose-multi"_s);
        QVERIFY(result);
        const auto it = std::find_if(result->services.cbegin(), result->services.cend(),
                                     [](const DetectedService &s) { return s.name == u"api"; });
        QVERIFY(it != result->services.cend());
        const Service service = it->toService();
        QCOMPARE(service.name, u"api"_s);
        QCOMPARE(service.path, u"backend"_s);
        QCOMPARE(service.kind, ServiceKind::Api);
        QCOMPARE(service.dockerfile, u"Dockerfile"_s);
        QCOMPARE(service.ports, QList<int>{5000});
        QCOMPARE(service.health.path, u"/api/health"_s);
        QCOMPARE(service.dependsOn, (QStringList{u"cache"_s, u"db"_s}));
        QCOMPARE(service.env.size(), 4); // two from the compose file, two from its env_file
        QVERIFY(!result->toText().isEmpty());
        QVERIFY(result->toText().contains(u"api (backend) api"_s));
        QVERIFY(result->toText().contains(u"backing: db (postgres 16)"_s));
        QCOMPARE(service.language, it->language);
        QCOMPARE(service.framework, it->framework);
        QCOMPARE(service.start, it->start);

        // The backing database becomes an image service with its port and a data volume.
        const auto db = std::find_if(result->backing.cbegin(), result->backing.cend(),
                                     [](const BackingService &b) { return b.name == u"db"; });
        QVERIFY(db != result->backing.cend());
        const Service database = db->toService();
        QCOMPARE(database.kind, ServiceKind::Backing);
        QCOMPARE(database.source, ServiceSource::Image);
        QCOMPARE(database.image, u"postgres:16"_s);
        QCOMPARE(database.ports, QList<int>{5432});
        QCOMPARE(database.volumes, QStringList{u"db-data:/var/lib/postgresql/data"_s});
    }

    void toService_backingWithoutVersion_getsDefaultTag_unknownKindNoImage()
    {
        BackingService redis;
        redis.name = u"cache"_s;
        redis.kind = u"redis"_s;
        QCOMPARE(redis.toService().image, u"redis:7"_s);
        BackingService mssql;
        mssql.name = u"sql"_s;
        mssql.kind = u"sqlserver"_s;
        QVERIFY(mssql.toService().image.isEmpty());
    }

    // A package that depends on a framework without holding an app is a library, not a service.
    void python_extensionLibrary_isNoService()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.path() + u"/setup.py"_s,
              "from setuptools import setup\nsetup(name='flask-ratelimit', install_requires=['flask'])\n");
        write(dir.path() + u"/flask_ratelimit/__init__.py"_s,
              "from flask import current_app\n\n\ndef limit(f):\n    return f\n");
        const auto result = analyze(dir.path());
        QVERIFY(result);
        QVERIFY(result->services.isEmpty());
    }

    // An app factory (create_app) is started through the factory.
    void python_appFactory_isStartedThroughIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.path() + u"/requirements.txt"_s, "flask\ngunicorn\n");
        write(dir.path() + u"/web/__init__.py"_s,
              "from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n\n"
              "    @app.get('/healthz')\n    def health():\n        return 'ok'\n\n    return app\n");
        const auto result = analyze(dir.path());
        QVERIFY(result);
        QCOMPARE(result->services.size(), 1);
        QCOMPARE(result->services[0].framework, u"flask"_s);
        QCOMPARE(result->services[0].start, u"gunicorn --bind 0.0.0.0:8000 \"web:create_app()\""_s);
        QCOMPARE(result->services[0].health, u"/healthz"_s);
    }

    // The analysis of a fixture is the same every time (no hash order leaks into the output).
    void fixtures_areDeterministic()
    {
        const QString root = dataDir() + u"/repos/compose-multi"_s;
        const auto a = analyze(root);
        const auto b = analyze(root);
        QVERIFY(a && b);
        QCOMPARE(QJsonDocument(a->toJson()).toJson(), QJsonDocument(b->toJson()).toJson());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisFixtures)
#include "tst_analysis_fixtures.moc"
