// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/names.h"
#include "core/source/templatecatalog.h"
#include "templatetestdata.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;
using namespace hydron::test;

namespace {

Result<AppTemplate> loadText(const QByteArray &text, const QString &fileName = u"t.json"_s)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return fail(Error::Code::Io, u"cannot write the test template"_s);
    file.close();
    return AppTemplate::load(file.fileName());
}

QHash<QString, QString> valuesOf(const QList<ResolvedEnvVar> &vars)
{
    QHash<QString, QString> out;
    for (const ResolvedEnvVar &v : vars)
        out.insert(v.service + u'.' + v.name, v.value);
    return out;
}

} // namespace

class TestTemplateCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_builtIn_everyTemplateParses()
    {
        auto catalog = TemplateCatalog::load();
        QVERIFY2(catalog.has_value(), qPrintable(catalog ? QString() : catalog.error().toString()));
        QVERIFY(catalog->templates().size() >= 8);
        for (const QString &id : {u"wordpress"_s, u"ghost"_s, u"n8n"_s, u"uptime-kuma"_s, u"plausible"_s, u"postgres"_s,
                                  u"redis"_s, u"node-postgres"_s})
            QVERIFY2(catalog->find(id), qPrintable(id));
    }

    // Every file in resources/templates is built in: none was forgotten in CMakeLists.txt.
    void load_builtIn_matchesSourceFolder()
    {
        const QDir source(QStringLiteral(HYDRON_TEMPLATES_SOURCE_DIR));
        QStringList files = source.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (QString &file : files)
            file.chop(5);
        auto catalog = TemplateCatalog::load();
        QVERIFY(catalog);
        QCOMPARE(catalog->ids(), files);
        auto fromDisk = TemplateCatalog::load(source.path());
        QVERIFY2(fromDisk, qPrintable(fromDisk ? QString() : fromDisk.error().toString()));
        QCOMPARE(fromDisk->ids(), files);
    }

    void builtIn_eachServiceFollowsTheRules()
    {
        auto catalog = TemplateCatalog::load();
        QVERIFY(catalog);
        static const QRegularExpression reference(u"\\$\\{[^}]*\\}"_s);
        for (const AppTemplate &t : catalog->templates()) {
            const QByteArray where = t.id().toUtf8();
            QVERIFY2(!t.services().isEmpty(), where.constData());
            QVERIFY2(!t.description().isEmpty(), where.constData());
            bool anyPublic = false;
            for (const TemplateService &s : t.services()) {
                const QByteArray at = where + ' ' + s.name.toUtf8();
                QVERIFY2(validateName(s.name, u"service name"_s).has_value(), at.constData());
                QVERIFY2(s.image.isPinned(), at.constData());
                QVERIFY2(s.image.tag() != u"latest"_s, at.constData());
                QVERIFY2(!s.health.httpPath.isEmpty() || !s.health.command.isEmpty(), at.constData());
                for (int port : s.ports)
                    QVERIFY2(port >= 1 && port <= 65535, at.constData());
                for (const QString &dependency : s.dependsOn)
                    QVERIFY2(t.service(dependency) != nullptr, at.constData());
                for (const TemplateVolume &v : s.volumes)
                    QVERIFY2(v.path.startsWith(u'/'), at.constData());
                for (const TemplateEnvVar &var : s.env) {
                    const QByteArray variable = at + ' ' + var.name.toUtf8();
                    // No real secret in a template: generated, required, or built from references.
                    if (var.secret) {
                        const bool literal = !var.generate && !var.required && !reference.match(var.value).hasMatch();
                        QVERIFY2(!literal, variable.constData());
                    }
                    if (var.generate)
                        QVERIFY2(var.secret, variable.constData());
                }
                anyPublic = anyPublic || s.isPublic;
                // The project model accepts what the template gives it.
                const Service service = s.toService();
                QCOMPARE(service.source, ServiceSource::Template);
                QCOMPARE(service.image, s.image.familiarName());
                auto roundTrip = Service::fromJson(service.toJson());
                QVERIFY2(roundTrip.has_value(), at.constData());
                QCOMPARE(*roundTrip, service);
                for (const EnvVar &var : service.env) {
                    if (var.secret)
                        QVERIFY(var.value.isEmpty());
                }
            }
            // Dependencies start first.
            const QStringList order = t.startOrder();
            QCOMPARE(order.size(), t.services().size());
            for (const TemplateService &s : t.services()) {
                for (const QString &dependency : s.dependsOn)
                    QVERIFY2(order.indexOf(dependency) < order.indexOf(s.name), where.constData());
            }
            if (t.id() != u"postgres"_s && t.id() != u"redis"_s)
                QVERIFY2(anyPublic, where.constData());
        }
    }

    void resolveEnvironment_sharesGeneratedSecrets()
    {
        auto catalog = TemplateCatalog::load();
        QVERIFY(catalog);
        const AppTemplate *wordpress = catalog->find(u"wordpress"_s);
        QVERIFY(wordpress);
        auto first = wordpress->resolveEnvironment({});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const auto values = valuesOf(*first);
        const QString password = values.value(u"db.MARIADB_PASSWORD"_s);
        QCOMPARE(password.size(), 32);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9]{32}$"_s).match(password).hasMatch());
        QCOMPARE(values.value(u"wordpress.WORDPRESS_DB_PASSWORD"_s), password);
        QCOMPARE(values.value(u"wordpress.WORDPRESS_DB_USER"_s), u"wordpress"_s);
        QVERIFY(values.value(u"db.MARIADB_ROOT_PASSWORD"_s) != password);
        for (const ResolvedEnvVar &var : *first) {
            if (var.name.endsWith(u"PASSWORD"_s))
                QVERIFY(var.secret);
        }
        // A second deployment gets new secrets.
        auto second = wordpress->resolveEnvironment({});
        QVERIFY(second);
        QVERIFY(valuesOf(*second).value(u"db.MARIADB_PASSWORD"_s) != password);
    }

    void resolveEnvironment_publicUrlAndBase64Secret()
    {
        auto catalog = TemplateCatalog::load();
        QVERIFY(catalog);
        const AppTemplate *plausible = catalog->find(u"plausible"_s);
        QVERIFY(plausible);
        auto missing = plausible->resolveEnvironment({});
        QVERIFY(!missing);
        QCOMPARE(missing.error().message,
                 u"The public URL of plausible is not known yet; it is needed for BASE_URL."_s);

        auto resolved = plausible->resolveEnvironment({{u"plausible.public_url"_s, u"https://stats.example.com"_s}});
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message));
        const auto values = valuesOf(*resolved);
        QCOMPARE(values.value(u"plausible.BASE_URL"_s), u"https://stats.example.com"_s);
        const QString password = values.value(u"db.POSTGRES_PASSWORD"_s);
        QCOMPARE(values.value(u"plausible.DATABASE_URL"_s),
                 u"postgres://postgres:%1@db:5432/plausible_db"_s.arg(password));
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9+/]{64}$"_s)
                    .match(values.value(u"plausible.SECRET_KEY_BASE"_s))
                    .hasMatch());
        const QStringList order = plausible->startOrder();
        QCOMPARE(order.last(), u"plausible"_s);
    }

    void resolveEnvironment_literalDollar()
    {
        auto t = loadText(validTestTemplate());
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        auto resolved = t->resolveEnvironment({{u"app.public_url"_s, u"https://app.test"_s}});
        QVERIFY(resolved);
        const auto values = valuesOf(*resolved);
        QCOMPARE(values.value(u"app.PRICE"_s), u"$5"_s);
        QCOMPARE(values.value(u"app.URL"_s), u"https://app.test"_s);
        QCOMPARE(values.value(u"app.DATABASE_URL"_s),
                 u"postgres://u:%1@db/app"_s.arg(values.value(u"db.POSTGRES_PASSWORD"_s)));
    }

    void secretGenerator_alphabets()
    {
        SecretGenerator hex{40, SecretGenerator::Alphabet::Hex};
        QVERIFY(QRegularExpression(u"^[0-9a-f]{40}$"_s).match(hex.generate()).hasMatch());
        SecretGenerator alnum;
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(alnum.generate());
        QCOMPARE(seen.size(), 50);
    }

    void load_invalid_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        for (const TemplateMutation &m : invalidTemplateMutations())
            QTest::newRow(m.name) << m.from << m.to << m.message;
    }

    void load_invalid()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QVERIFY2(validTestTemplate().contains(from), from.constData());
        QByteArray text = validTestTemplate();
        text.replace(text.indexOf(from), from.size(), to);
        auto t = loadText(text);
        QVERIFY(!t.has_value());
        QCOMPARE(t.error().code, Error::Code::InvalidInput);
        QCOMPARE(t.error().message, message);
    }

    void load_brokenJson_namesTheFile()
    {
        auto t = loadText(validTestTemplate().left(validTestTemplate().size() - 3));
        QVERIFY(!t.has_value());
        QVERIFY2(t.error().message.contains(u"t.json"_s), qPrintable(t.error().message));
    }

    void catalog_invalidFile_failsNamingIt()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(u"t.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(validTestTemplate());
        good.close();
        auto catalog = TemplateCatalog::load(dir.path());
        QVERIFY(catalog);
        QCOMPARE(catalog->ids(), QStringList{u"t"_s});

        QFile bad(dir.filePath(u"u.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(validTestTemplate().replace("\"id\": \"t\"", "\"id\": \"u\"").replace("[5432]", "[0]"));
        bad.close();
        auto broken = TemplateCatalog::load(dir.path());
        QVERIFY(!broken);
        QCOMPARE(broken.error().message, u"Template u, service db: the port 0 is not a number between 1 and 65535."_s);

        QVERIFY(!TemplateCatalog::load(dir.filePath(u"missing"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCatalog)
#include "tst_templatecatalog.moc"
