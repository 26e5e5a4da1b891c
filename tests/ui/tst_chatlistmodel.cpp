// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/chatstore.h"
#include "core/store/projectstore.h"
#include "testcore.h"
#include "ui/models/chatlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::ChatListModel;

class TestChatListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_core = test::openCore(m_dir->path());
        QVERIFY(m_core);
    }

    void cleanup()
    {
        m_core.reset();
        m_dir.reset();
    }

    void chats_ofTheProject_followTheStore()
    {
        auto project = m_core->projects().add(test::makeProject(u"shop"_s));
        auto other = m_core->projects().add(test::makeProject(u"other"_s));
        QVERIFY(project && other);
        QVERIFY(m_core->chats().add(Chat{0, project->id, u"First"_s, {}}));

        ChatListModel model(m_core->chats());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjectId(project->id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"First"_s);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto second = m_core->chats().add(Chat{0, project->id, u"Second"_s, {}});
        QVERIFY(second);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(1).data().toString(), u"Second"_s);
        QCOMPARE(model.idAt(model.index(1)), second->id);

        QVERIFY(m_core->chats().add(Chat{0, other->id, u"Elsewhere"_s, {}}));
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_core->chats().rename(second->id, u"Renamed"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1).data().toString(), u"Renamed"_s);

        // Renaming in place (the chat pane's list is editable).
        QVERIFY(model.flags(model.index(1)).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1), u"  Edited  "_s));
        QCOMPARE(model.index(1).data().toString(), u"Edited"_s);
        QCOMPARE(m_core->chats().find(second->id)->title, u"Edited"_s);
        QVERIFY(!model.setData(model.index(1), u"   "_s)); // an empty title is refused
        QCOMPARE(model.index(1).data(Qt::EditRole).toString(), u"Edited"_s);
        changed.clear();

        QVERIFY(m_core->chats().remove(second->id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);

        {
            auto cli = test::openCore(m_dir->path());
            QVERIFY(cli);
            QVERIFY(cli->chats().add(Chat{0, project->id, u"From the CLI"_s, {}}));
        }
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), u"From the CLI"_s);
        QCOMPARE(reset.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestChatListModel)
#include "tst_chatlistmodel.moc"
