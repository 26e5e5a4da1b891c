// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coreservices.h"
#include "core/store/chatstore.h"
#include "core/store/database.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

std::unique_ptr<CoreServices> openCore(const QString &dir)
{
    auto core = CoreServices::open(dir, {.fileLogging = false});
    if (!core)
        qFatal("cannot open core: %s", qPrintable(core.error().toString()));
    return std::move(*core);
}

Server server(const QString &name, const QStringList &tags = {})
{
    Server s;
    s.name = name;
    s.host = u"203.0.113.5"_s;
    s.tags = tags;
    return s;
}

} // namespace

class TestStores final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projects_add_announcesAndPersists()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        ProjectStore &store = core->projects();
        QSignalSpy aboutToAdd(&store, &ProjectStore::aboutToAdd);
        QSignalSpy added(&store, &ProjectStore::added);
        int countDuringAboutToAdd = -1;
        connect(&store, &ProjectStore::aboutToAdd, this, [&] { countDuringAboutToAdd = int(store.projects().size()); });

        auto p = store.add(Project{.name = u"  Shop "_s, .type = ProjectType::Api});
        QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->name, u"Shop"_s);
        QVERIFY(p->id > 0);
        QVERIFY(p->createdAt.isValid());
        QCOMPARE(aboutToAdd.count(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(countDuringAboutToAdd, 0);
        QCOMPARE(store.projects().size(), 1);

        core.reset();
        core = openCore(dir.path());
        auto reloaded = core->projects().find(p->id);
        QVERIFY(reloaded);
        QCOMPARE(*reloaded, *p);
    }

    void projects_duplicateName_ignoringCase_refused()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        QVERIFY(core->projects().add(Project{.name = u"Shop"_s}));
        auto again = core->projects().add(Project{.name = u"shop"_s});
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QCOMPARE(again.error().message, u"A project named \"Shop\" already exists. Choose another name."_s);
        QCOMPARE(core->projects().projects().size(), 1);
    }

    void projects_badNames_refusedWithReason()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        for (const QString &bad : {QString(), QString(101, u'x'), u"tab\there"_s}) {
            auto p = core->projects().add(Project{.name = bad});
            QVERIFY(!p);
            QCOMPARE(p.error().code, Error::Code::InvalidInput);
        }
        QVERIFY(core->projects().projects().isEmpty());
    }

    void projects_renameAndRemove()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        ProjectStore &store = core->projects();
        auto a = store.add(Project{.name = u"a"_s});
        auto b = store.add(Project{.name = u"b"_s});
        QVERIFY(a && b);
        QSignalSpy changed(&store, &ProjectStore::changed);
        auto renamed = store.rename(a->id, u"alpha"_s);
        QVERIFY(renamed);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.find(a->id)->name, u"alpha"_s);
        QVERIFY(!store.rename(a->id, u"B"_s));    // taken
        QVERIFY(store.rename(a->id, u"ALPHA"_s)); // its own name in another case is fine
        QVERIFY(!store.rename(a->id, QString()));

        QSignalSpy aboutToRemove(&store, &ProjectStore::aboutToRemove);
        QSignalSpy removed(&store, &ProjectStore::removed);
        QVERIFY(store.remove(b->id));
        QCOMPARE(aboutToRemove.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toLongLong(), b->id);
        QVERIFY(!store.remove(b->id));
        QCOMPARE(store.remove(b->id).error().code, Error::Code::NotFound);
    }

    void servers_addWithTagsAndLinks_persist()
    {
        QTemporaryDir dir;
        qint64 serverId = 0;
        qint64 projectId = 0;
        {
            auto core = openCore(dir.path());
            auto p = core->projects().add(Project{.name = u"shop"_s});
            QVERIFY(p);
            projectId = p->id;
            Server s = server(u"eu-1"_s, {u"prod"_s, u"eu"_s, u"PROD"_s});
            s.projectIds = {projectId};
            auto added = core->servers().add(s);
            QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message));
            QCOMPARE(added->tags, (QStringList{u"eu"_s, u"prod"_s}));
            serverId = added->id;
        }
        auto core = openCore(dir.path());
        auto s = core->servers().find(serverId);
        QVERIFY(s);
        QCOMPARE(s->tags, (QStringList{u"eu"_s, u"prod"_s}));
        QCOMPARE(s->projectIds, QList<qint64>{projectId});
        QCOMPARE(core->servers().serversForProject(projectId).size(), 1);
        QCOMPARE(core->servers().allTags(), (QStringList{u"eu"_s, u"prod"_s}));
    }

    void servers_duplicateName_refused()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        QVERIFY(core->servers().add(server(u"eu-1"_s)));
        auto again = core->servers().add(server(u"EU-1"_s));
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QVERIFY(again.error().message.contains(u"already exists"));
    }

    void servers_invalidFields_refused()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        Server s = server(u"x"_s);
        s.host = u"bad host"_s;
        QVERIFY(!core->servers().add(s));
        s = server(u"x"_s, {QString(101, u't')});
        QVERIFY(!core->servers().add(s));
        QVERIFY(core->servers().servers().isEmpty());
    }

    void servers_tagsAddRemove()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto s = core->servers().add(server(u"eu-1"_s, {u"eu"_s}));
        QVERIFY(s);
        QVERIFY(core->servers().addTags(s->id, {u"prod"_s, u"db"_s}));
        QCOMPARE(core->servers().find(s->id)->tags, (QStringList{u"db"_s, u"eu"_s, u"prod"_s}));
        QVERIFY(core->servers().removeTags(s->id, {u"EU"_s}));
        QCOMPARE(core->servers().find(s->id)->tags, (QStringList{u"db"_s, u"prod"_s}));
        QVERIFY(!core->servers().addTags(s->id, {u"bad\u0001tag"_s}));
        QCOMPARE(core->servers().find(s->id)->tags, (QStringList{u"db"_s, u"prod"_s}));
    }

    void servers_linkToMissingProject_refusedAndNothingChanged()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto s = core->servers().add(server(u"eu-1"_s));
        QVERIFY(s);
        auto linked = core->servers().setLinkedProjects(s->id, {4242});
        QVERIFY(!linked);
        QCOMPARE(linked.error().code, Error::Code::NotFound);
        QVERIFY(core->servers().find(s->id)->projectIds.isEmpty());
    }

    void removingProject_dropsServerLinks()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto p = core->projects().add(Project{.name = u"shop"_s});
        QVERIFY(p);
        Server s = server(u"eu-1"_s);
        s.projectIds = {p->id};
        auto added = core->servers().add(s);
        QVERIFY(added);
        QSignalSpy changed(&core->servers(), &ServerStore::changed);
        QVERIFY(core->projects().remove(p->id));
        QCOMPARE(changed.count(), 1);
        QVERIFY(core->servers().find(added->id)->projectIds.isEmpty());
        core.reset();
        core = openCore(dir.path());
        QVERIFY(core->servers().find(added->id)->projectIds.isEmpty());
    }

    void otherProcessChanges_areAnnounced()
    {
        QTemporaryDir dir;
        auto gui = openCore(dir.path());
        auto cli = openCore(dir.path());
        QVERIFY(!gui->refreshIfChangedElsewhere());

        QSignalSpy added(&gui->projects(), &ProjectStore::added);
        QSignalSpy serverAdded(&gui->servers(), &ServerStore::added);
        auto p = cli->projects().add(Project{.name = u"from-cli"_s});
        QVERIFY(p);
        QVERIFY(cli->servers().add(server(u"cli-server"_s)));
        QVERIFY(gui->refreshIfChangedElsewhere());
        QCOMPARE(added.count(), 1);
        QCOMPARE(serverAdded.count(), 1);
        QVERIFY(gui->projects().findByName(u"from-cli"_s));

        QSignalSpy changed(&gui->projects(), &ProjectStore::changed);
        QSignalSpy removed(&gui->projects(), &ProjectStore::removed);
        QVERIFY(cli->projects().rename(p->id, u"renamed"_s));
        QVERIFY(gui->refreshIfChangedElsewhere());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(gui->projects().find(p->id)->name, u"renamed"_s);
        QVERIFY(cli->projects().remove(p->id));
        QVERIFY(gui->refreshIfChangedElsewhere());
        QCOMPARE(removed.count(), 1);
        QVERIFY(gui->projects().projects().isEmpty());
        QVERIFY(!gui->refreshIfChangedElsewhere()); // own state is current
    }

    void runs_statusStepsAndLastStatus()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto p = core->projects().add(Project{.name = u"shop"_s});
        QVERIFY(p);
        Run run;
        run.projectId = p->id;
        run.kind = Run::Kind::Deploy;
        run.steps = {Step{.name = u"Build"_s}, Step{.name = u"Start"_s}};
        auto added = core->runs().add(run);
        QVERIFY(added);
        QVERIFY(core->runs().setStatus(added->id, RunStatus::InProgress));
        Step built{u"Build"_s, StepStatus::Completed, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(),
                   0};
        QVERIFY(core->runs().setStep(added->id, 0, built));
        QVERIFY(!core->runs().setStep(added->id, 5, built));
        auto stored = core->runs().find(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->status, RunStatus::InProgress);
        QVERIFY(stored->startedAt.isValid());
        QCOMPARE(stored->steps.at(0).status, StepStatus::Completed);
        QCOMPARE(stored->steps.at(0).exitCode, std::optional<int>(0));
        QCOMPARE(stored->steps.at(1).status, StepStatus::Pending);
        QCOMPARE(core->runs().lastStatusByProject().value(p->id), RunStatus::InProgress);
        QVERIFY(core->runs().setStatus(added->id, RunStatus::Failed));
        QVERIFY(core->runs().find(added->id)->finishedAt.isValid());
        QCOMPARE(core->runs().runs(p->id).size(), 1);

        // Removing the project keeps its runs' history.
        QVERIFY(core->projects().remove(p->id));
        QCOMPARE(core->runs().find(added->id)->projectId, 0);
    }

    void runs_heldByDeadProcess_markedInterrupted()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto alive = core->runs().add(Run{.status = RunStatus::InProgress});
        auto dead = core->runs().add(Run{.status = RunStatus::InProgress});
        auto done = core->runs().add(Run{.status = RunStatus::Completed});
        QVERIFY(alive && dead && done);
        // A pid that cannot be running: above the kernel's pid_max.
        QVERIFY(core->database().exec(u"UPDATE runs SET holder = ? WHERE id = ?"_s,
                                      {u"%1@%2"_s.arg(99999999).arg(QSysInfo::machineHostName()), dead->id}));
        auto marked = core->runs().markInterrupted();
        QVERIFY(marked);
        QCOMPARE(*marked, 1);
        QCOMPARE(core->runs().find(dead->id)->status, RunStatus::Interrupted);
        QCOMPARE(core->runs().find(alive->id)->status, RunStatus::InProgress);
        QCOMPARE(core->runs().find(done->id)->status, RunStatus::Completed);
    }

    void chats_crudAndMessages()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto p = core->projects().add(Project{.name = u"shop"_s});
        QVERIFY(p);
        auto chat = core->chats().add(Chat{.projectId = p->id, .title = u"Deploy"_s});
        QVERIFY(chat);
        QVERIFY(!core->chats().add(Chat{.projectId = p->id, .title = QString()}));
        QVERIFY(core->chats().rename(chat->id, u"Deploy help"_s));
        QVERIFY(core->chats().addMessage(Message{.chatId = chat->id, .content = u"hello"_s}));
        QCOMPARE(core->chats().messages(chat->id).size(), 1);
        QCOMPARE(core->chats().chats(p->id).first().title, u"Deploy help"_s);
        QVERIFY(core->chats().remove(chat->id));
        QVERIFY(core->chats().chats(p->id).isEmpty());
        QVERIFY(!core->chats().addMessage(Message{.chatId = chat->id, .content = u"late"_s}));
    }

    void plans_versionsAndStatus()
    {
        QTemporaryDir dir;
        auto core = openCore(dir.path());
        auto p = core->projects().add(Project{.name = u"shop"_s});
        QVERIFY(p);
        auto v1 = core->plans().add(Plan{.projectId = p->id, .body = QJsonObject{{u"a"_s, 1}}});
        auto v2 = core->plans().add(Plan{.projectId = p->id, .body = QJsonObject{{u"a"_s, 2}}});
        QVERIFY(v1 && v2);
        QCOMPARE(v1->version, 1);
        QCOMPARE(v2->version, 2);
        QCOMPARE(core->plans().latest(p->id)->body.value(u"a").toInt(), 2);
        QVERIFY(core->plans().setStatus(v2->id, Plan::Status::Approved));
        QCOMPARE(core->plans().latest(p->id)->status, Plan::Status::Approved);
        QCOMPARE(core->plans().plans(p->id).size(), 2);
        QVERIFY(!core->plans().add(Plan{.projectId = 999}));
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
