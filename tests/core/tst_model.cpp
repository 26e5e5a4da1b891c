// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/chat.h"
#include "core/model/plan.h"
#include "core/model/project.h"
#include "core/model/run.h"
#include "core/model/server.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

Service sampleService()
{
    Service s;
    s.name = u"api"_s;
    s.kind = ServiceKind::Api;
    s.source = ServiceSource::Git;
    s.path = u"services/api"_s;
    s.dockerfile = u"Dockerfile"_s;
    s.env = {{u"NODE_ENV"_s, u"production"_s, false}, {u"DATABASE_URL"_s, {}, true, true}};
    s.ports = {3000, 9229};
    s.portEnv = u"PORT"_s;
    s.health = {u"/healthz"_s, 15, 3};
    s.dependsOn = {u"db"_s};
    s.volumes = {u"uploads:/app/uploads"_s};
    s.language = u"typescript"_s;
    s.languageVersion = u"20"_s;
    s.framework = u"express"_s;
    s.packageManager = u"pnpm"_s;
    s.start = u"node dist/server.js"_s;
    s.build = u"pnpm run build"_s;
    return s;
}

template<typename T>
T roundTrip(const T &value)
{
    // Through bytes, as the store and the CLI see it.
    const QByteArray bytes = QJsonDocument(value.toJson()).toJson();
    auto back = T::fromJson(QJsonDocument::fromJson(bytes).object());
    if (!back)
        qFatal("round trip failed: %s", qPrintable(back.error().toString()));
    return *back;
}

} // namespace

class TestModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void service_roundTrip_keepsEveryField()
    {
        const Service s = sampleService();
        QCOMPARE(roundTrip(s), s);
    }

    void service_secretValue_neverSerialised()
    {
        Service s = sampleService();
        s.env[1].value = u"hunter2"_s; // a secret value that slipped in
        const QByteArray json = QJsonDocument(s.toJson()).toJson();
        QVERIFY(!json.contains("hunter2"));
    }

    void service_fromJson_badPort_saysWhich()
    {
        QJsonObject json = sampleService().toJson();
        json[u"ports"_s] = QJsonArray{80, 70000};
        auto s = Service::fromJson(json);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"ports"), qPrintable(s.error().message));
    }

    void service_fromJson_unknownKind_listsChoices()
    {
        QJsonObject json = sampleService().toJson();
        json[u"kind"_s] = u"daemon"_s;
        auto s = Service::fromJson(json);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"web, api, worker, static, job, backing"), qPrintable(s.error().message));
    }

    void service_fromJson_badVolume_saysWhich()
    {
        QJsonObject json = sampleService().toJson();
        json[u"volumes"_s] = QJsonArray{u"uploads"_s};
        auto s = Service::fromJson(json);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"volumes"), qPrintable(s.error().message));
    }

    void service_fromJson_olderDocument_getsEmptyNewFields()
    {
        // Services stored before language, volumes and the like existed still load.
        QJsonObject json = sampleService().toJson();
        for (const auto key : {u"port_env", u"volumes", u"language", u"language_version", u"framework",
                               u"package_manager", u"start", u"build"})
            json.remove(QString::fromUtf16(key));
        auto s = Service::fromJson(json);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        QVERIFY(s->volumes.isEmpty());
        QVERIFY(s->language.isEmpty());
        QCOMPARE(s->name, u"api"_s);
    }

    void project_roundTrip_keepsEveryField()
    {
        Project p;
        p.id = 7;
        p.name = u"Shop"_s;
        p.type = ProjectType::Microservice;
        p.source = {ProjectSource::Kind::Git, u"https://example.invalid/shop.git"_s, u"main"_s};
        p.services = {sampleService()};
        p.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        p.updatedAt = p.createdAt.addSecs(60);
        QCOMPARE(roundTrip(p), p);
    }

    void project_fromJson_wrongTypes_rejected()
    {
        QVERIFY(!Project::fromJson(QJsonObject{{u"name"_s, 5}}));
        QVERIFY(!Project::fromJson(QJsonObject{{u"name"_s, u"x"_s}, {u"type"_s, u"spaceship"_s}}));
        QVERIFY(!Project::fromJson(QJsonObject{{u"name"_s, u""_s}}));
        QVERIFY(!Project::fromJson(QJsonObject{{u"name"_s, u"x"_s}, {u"created_at"_s, u"yesterday"_s}}));
    }

    void projectSource_fromUserText_recognisesKinds()
    {
        QCOMPARE(ProjectSource::fromUserText(u"https://host.invalid/a/b.git"_s).kind, ProjectSource::Kind::Git);
        QCOMPARE(ProjectSource::fromUserText(u"git@host.invalid:a/b.git"_s).kind, ProjectSource::Kind::Git);
        QCOMPARE(ProjectSource::fromUserText(u"nginx:1.27"_s).kind, ProjectSource::Kind::Image);
        QCOMPARE(ProjectSource::fromUserText(u"  "_s).kind, ProjectSource::Kind::None);
        QTemporaryDir dir;
        QCOMPARE(ProjectSource::fromUserText(dir.path()).kind, ProjectSource::Kind::Folder);
    }

    void server_roundTrip_keepsEveryField()
    {
        Server s;
        s.id = 3;
        s.name = u"eu-1"_s;
        s.host = u"203.0.113.10"_s;
        s.port = 2222;
        s.user = u"deploy"_s;
        s.auth = AuthMethod::KeyFile;
        s.keyFile = u"/home/me/.ssh/id_ed25519"_s;
        s.hostKeyFingerprint = u"SHA256:abc"_s;
        s.tags = {u"eu"_s, u"prod"_s};
        s.spec = {2, 4096, 80, u"Falkenstein"_s};
        s.status = ServerStatus::Provisioned;
        s.projectIds = {1, 4};
        s.createdAt = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
        s.updatedAt = s.createdAt;
        QCOMPARE(roundTrip(s), s);
    }

    void server_validate_rejectsBadFields()
    {
        Server s;
        s.name = u"ok"_s;
        s.host = u"example.invalid"_s;
        QVERIFY(!s.validate());
        Server bad = s;
        bad.host = u"exa mple"_s;
        QVERIFY(bad.validate());
        bad = s;
        bad.host = u"-oProxyCommand=x"_s;
        QVERIFY(bad.validate());
        bad = s;
        bad.port = 0;
        QVERIFY(bad.validate());
        bad = s;
        bad.user = u"root;rm"_s;
        QVERIFY(bad.validate());
        bad = s;
        bad.auth = AuthMethod::KeyFile;
        QVERIFY(bad.validate());
        bad = s;
        bad.tags = {u"a,b"_s};
        QVERIFY(bad.validate());
    }

    void server_normalise_sortsAndDeduplicatesTags()
    {
        Server s;
        s.tags = {u"prod"_s, u" eu "_s, u"Prod"_s, u""_s};
        s.projectIds = {5, 1, 5};
        s.normalise();
        QCOMPARE(s.tags, (QStringList{u"eu"_s, u"prod"_s}));
        QCOMPARE(s.projectIds, (QList<qint64>{1, 5}));
    }

    void sshAddress_parse_acceptsForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("url") << u"ssh://deploy@example.invalid:2222"_s << u"deploy"_s << u"example.invalid"_s << 2222;
        QTest::newRow("url no user") << u"ssh://10.0.0.1"_s << u"root"_s << u"10.0.0.1"_s << 22;
        QTest::newRow("scp-like") << u"admin@host.invalid"_s << u"admin"_s << u"host.invalid"_s << 22;
        QTest::newRow("host:port") << u"host.invalid:2200"_s << u"root"_s << u"host.invalid"_s << 2200;
        QTest::newRow("ipv6") << u"[::1]:2222"_s << u"root"_s << u"::1"_s << 2222;
        QTest::newRow("ipv6 url") << u"ssh://me@[::1]:2022"_s << u"me"_s << u"::1"_s << 2022;
    }

    void sshAddress_parse_acceptsForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        auto address = SshAddress::parse(text);
        QVERIFY2(address.has_value(), qPrintable(address ? QString() : address.error().message));
        QCOMPARE(address->user, user);
        QCOMPARE(address->host, host);
        QCOMPARE(address->port, port);
    }

    void sshAddress_parse_rejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("http") << u"http://host.invalid"_s;
        QTest::newRow("port text") << u"host.invalid:ssh"_s;
        QTest::newRow("port range") << u"host.invalid:70000"_s;
        QTest::newRow("path") << u"ssh://host.invalid/etc"_s;
        QTest::newRow("space") << u"ho st"_s;
        QTest::newRow("option") << u"-oProxyCommand=sh"_s;
        QTest::newRow("bracket") << u"[::1"_s;
    }

    void sshAddress_parse_rejectsBadInput()
    {
        QFETCH(QString, text);
        auto address = SshAddress::parse(text);
        QVERIFY(!address);
        QVERIFY(!address.error().message.isEmpty());
    }

    void chatAndMessage_roundTrip()
    {
        Chat c{4, 2, u"Deploy questions"_s, QDateTime(QDate(2026, 2, 3), QTime(1, 2, 3), Qt::UTC)};
        QCOMPARE(roundTrip(c), c);
        Message m;
        m.id = 9;
        m.chatId = 4;
        m.role = Message::Role::Assistant;
        m.content = u"Here is the plan."_s;
        m.toolBlocks = QJsonArray{QJsonObject{{u"type"_s, u"tool_use"_s}, {u"name"_s, u"propose_plan"_s}}};
        m.createdAt = c.createdAt;
        QCOMPARE(roundTrip(m), m);
    }

    void plan_roundTripAndFingerprint()
    {
        Plan p;
        p.id = 1;
        p.projectId = 2;
        p.version = 3;
        p.status = Plan::Status::Approved;
        p.body = QJsonObject{{u"schema"_s, 1}};
        p.servicesFingerprint = Plan::fingerprint({sampleService()});
        p.createdAt = QDateTime(QDate(2026, 2, 3), QTime(1, 2, 3), Qt::UTC);
        QCOMPARE(roundTrip(p), p);

        QCOMPARE(Plan::fingerprint({sampleService()}), p.servicesFingerprint);
        Service changed = sampleService();
        changed.ports = {3001};
        QVERIFY(Plan::fingerprint({changed}) != p.servicesFingerprint);
        QVERIFY(!Plan::fromJson(QJsonObject{{u"version"_s, 0}}));
    }

    void run_roundTrip_withSteps()
    {
        Run r;
        r.id = 5;
        r.projectId = 2;
        r.serverId = 1;
        r.kind = Run::Kind::Provision;
        r.status = RunStatus::Interrupted;
        r.createdAt = QDateTime(QDate(2026, 2, 3), QTime(1, 2, 3), Qt::UTC);
        r.startedAt = r.createdAt.addSecs(1);
        Step done{u"OS check"_s, StepStatus::Completed, r.startedAt, r.startedAt.addSecs(2), 0};
        Step failed{u"Docker"_s, StepStatus::Failed, r.startedAt.addSecs(2), r.startedAt.addSecs(9), 100};
        Step pending{u"Firewall"_s, StepStatus::Pending, {}, {}, std::nullopt};
        r.steps = {done, failed, pending};
        QCOMPARE(roundTrip(r), r);
        QVERIFY(isFinished(RunStatus::Completed));
        QVERIFY(!isFinished(RunStatus::Paused));
        QVERIFY(!isFinished(RunStatus::Interrupted));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
