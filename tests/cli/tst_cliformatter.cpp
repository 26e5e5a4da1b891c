// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Output formatting on its own: the JSON shapes with their null rules and the aligned tables.
#include "app/hydron-cli/formatter.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using hydron::cli::Formatter;
using hydron::cli::ProjectListing;
using hydron::cli::ServerListing;

namespace {

QDateTime at(int second)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0, second, 250), QTimeZone::utc());
}

} // namespace

class TestCliFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_alignsColumnsWithoutTrailingBlanks()
    {
        const QString text =
            Formatter::table({u"A"_s, u"BB"_s, u"C"_s}, {{u"long-value"_s, u"x"_s, u"end"_s}, {u"s"_s, u""_s, u""_s}});
        QCOMPARE(text, u"A           BB  C\n"
                       "long-value  x   end\n"
                       "s           -   -\n"_s);
    }

    void table_replacesControlCharacters()
    {
        const QString text = Formatter::table({u"N"_s}, {{u"a\nb\tc"_s}});
        QCOMPARE(text, u"N\na\uFFFDb\uFFFDc\n"_s);
    }

    void emptyListings()
    {
        QCOMPARE(Formatter::projectsTable({}), u"No projects.\n"_s);
        QCOMPARE(Formatter::serversTable({}), u"No servers.\n"_s);
        QCOMPARE(QJsonDocument::fromJson(Formatter::projectsJson({}).toUtf8()).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(Formatter::serversJson({}).toUtf8()).isArray());
    }

    void projectJson_shapeAndNulls()
    {
        hydron::Project p;
        p.id = 7;
        p.name = u"shop"_s;
        p.type = hydron::ProjectType::StaticSite;
        p.source = {hydron::ProjectSource::Kind::Git, u"https://git.example.com/shop.git"_s, u"main"_s};
        p.services = {hydron::Service{}, hydron::Service{}};
        p.createdAt = at(1);
        p.updatedAt = at(2);
        const QJsonObject json = Formatter::projectJson({p, {u"web"_s, u"edge"_s}, hydron::RunStatus::InProgress});
        QCOMPARE(json.value(u"id"_s).toInteger(), 7);
        QCOMPARE(json.value(u"name"_s).toString(), u"shop"_s);
        QCOMPARE(json.value(u"type"_s).toString(), u"static-site"_s);
        QCOMPARE(json.value(u"source"_s).toObject(),
                 (QJsonObject{{u"kind"_s, u"git"_s},
                              {u"location"_s, u"https://git.example.com/shop.git"_s},
                              {u"ref"_s, u"main"_s}}));
        QCOMPARE(json.value(u"services"_s).toInt(), 2);
        QCOMPARE(json.value(u"servers"_s).toArray(), (QJsonArray{u"web"_s, u"edge"_s}));
        QCOMPARE(json.value(u"last_run"_s).toString(), u"in-progress"_s);
        QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-03-01T12:00:01.250Z"_s);
        QCOMPARE(json.value(u"updated_at"_s).toString(), u"2026-03-01T12:00:02.250Z"_s);
        QCOMPARE(json.size(), 9);

        hydron::Project bare;
        bare.id = 1;
        bare.name = u"bare"_s;
        bare.source.location = u"left over"_s; // no kind: the location is not shown
        const QJsonObject none = Formatter::projectJson({bare, {}, std::nullopt});
        const QJsonObject source = none.value(u"source"_s).toObject();
        QCOMPARE(source.value(u"kind"_s).toString(), u"none"_s);
        QVERIFY(source.value(u"location"_s).isNull());
        QVERIFY(source.value(u"ref"_s).isNull());
        QVERIFY(none.value(u"last_run"_s).isNull());
        QVERIFY(none.value(u"created_at"_s).isNull());
        QVERIFY(none.value(u"servers"_s).isArray());
    }

    void serverJson_shapeAndNulls()
    {
        hydron::Server s;
        s.id = 3;
        s.name = u"web"_s;
        s.host = u"web.example.com"_s;
        s.port = 2222;
        s.user = u"deploy"_s;
        s.auth = hydron::AuthMethod::Agent;
        s.keyFile = u"/stale/key"_s; // ignored while the agent signs in
        s.tags = {u"eu"_s, u"prod"_s};
        s.spec = {2, 4096, 0, u"fsn1"_s};
        s.status = hydron::ServerStatus::NotProvisioned;
        s.hostKeyFingerprint = u"SHA256:abc"_s;
        s.createdAt = at(3);
        s.updatedAt = at(4);
        const QJsonObject json = Formatter::serverJson({s, {u"shop"_s}});
        QCOMPARE(json.size(), 15);
        QCOMPARE(json.value(u"transport"_s).toString(), u"ssh"_s);
        QCOMPARE(json.value(u"id"_s).toInteger(), 3);
        QCOMPARE(json.value(u"port"_s).toInt(), 2222);
        QCOMPARE(json.value(u"user"_s).toString(), u"deploy"_s);
        QCOMPARE(json.value(u"auth"_s).toString(), u"agent"_s);
        QVERIFY(json.value(u"key_file"_s).isNull());
        QCOMPARE(json.value(u"host_key"_s).toString(), u"SHA256:abc"_s);
        QCOMPARE(json.value(u"tags"_s).toArray(), (QJsonArray{u"eu"_s, u"prod"_s}));
        QCOMPARE(json.value(u"status"_s).toString(), u"not-provisioned"_s);
        QCOMPARE(json.value(u"projects"_s).toArray(), QJsonArray{u"shop"_s});
        const QJsonObject spec = json.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"cpus"_s).toInt(), 2);
        QCOMPARE(spec.value(u"memory_mb"_s).toInt(), 4096);
        QVERIFY(spec.value(u"disk_gb"_s).isNull());
        QCOMPARE(spec.value(u"location"_s).toString(), u"fsn1"_s);
        QCOMPARE(json.value(u"updated_at"_s).toString(), u"2026-03-01T12:00:04.250Z"_s);

        s.auth = hydron::AuthMethod::KeyFile;
        s.hostKeyFingerprint.clear();
        const QJsonObject keyed = Formatter::serverJson({s, {}});
        QCOMPARE(keyed.value(u"auth"_s).toString(), u"key-file"_s);
        QCOMPARE(keyed.value(u"key_file"_s).toString(), u"/stale/key"_s);
        QVERIFY(keyed.value(u"host_key"_s).isNull());
    }

    void tables_showEveryColumn()
    {
        hydron::Project p;
        p.name = u"api"_s;
        p.type = hydron::ProjectType::Api;
        p.source = {hydron::ProjectSource::Kind::Image, u"nginx:1.25"_s, {}};
        const QStringList projectLines =
            Formatter::projectsTable({{p, {u"web"_s}, hydron::RunStatus::Completed}}).split(u'\n');
        QCOMPARE(projectLines.at(1).simplified(), u"api api image nginx:1.25 0 web completed"_s);

        hydron::Server s;
        s.name = u"web"_s;
        s.host = u"2001:db8::1"_s;
        s.auth = hydron::AuthMethod::KeyFile;
        s.keyFile = u"/k"_s;
        const QStringList serverLines = Formatter::serversTable({{s, {}}}).split(u'\n');
        QCOMPARE(serverLines.at(0).simplified(), u"NAME ADDRESS AUTH TAGS PROJECTS STATUS"_s);
        QCOMPARE(serverLines.at(1).simplified(), u"web ssh://root@[2001:db8::1]:22 key /k - - unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliFormatter)
#include "tst_cliformatter.moc"
