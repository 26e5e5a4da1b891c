// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/chatstore.h"
#include "core/store/projectstore.h"
#include "testcore.h"
#include "ui/models/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::MessageListModel;

class TestMessageListModel final : public QObject
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

    void messages_ofTheChat_followTheStore()
    {
        auto project = m_core->projects().add(test::makeProject(u"shop"_s));
        QVERIFY(project);
        auto chat = m_core->chats().add(Chat{0, project->id, u"Deploy"_s, {}});
        auto otherChat = m_core->chats().add(Chat{0, project->id, u"Other"_s, {}});
        QVERIFY(chat && otherChat);
        QVERIFY(m_core->chats().addMessage(message(chat->id, Message::Role::User, u"Deploy it"_s)));

        MessageListModel model(m_core->chats());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChatId(chat->id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Deploy it"_s);
        QCOMPARE(model.index(0).data(MessageListModel::AuthorRole).toString(), u"You"_s);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_core->chats().addMessage(message(chat->id, Message::Role::Assistant, u"Here is the plan."_s)));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(MessageListModel::RoleRole).toInt(), int(Message::Role::Assistant));

        QVERIFY(m_core->chats().addMessage(message(otherChat->id, Message::Role::User, u"elsewhere"_s)));
        QCOMPARE(model.rowCount(), 2);

        {
            auto cli = test::openCore(m_dir->path());
            QVERIFY(cli);
            QVERIFY(cli->chats().addMessage(message(chat->id, Message::Role::User, u"Approved."_s)));
        }
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data().toString(), u"Approved."_s);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(reset.size(), 0);
    }

    void toolTurnsAndCards_areNotRows()
    {
        auto project = m_core->projects().add(test::makeProject(u"shop"_s));
        QVERIFY(project);
        auto chat = m_core->chats().add(Chat{0, project->id, u"Deploy"_s, {}});
        QVERIFY(chat);
        MessageListModel model(m_core->chats());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChatId(chat->id);
        QVERIFY(m_core->chats().addMessage(message(chat->id, Message::Role::User, u"Deploy it"_s)));
        Message toolCall = message(chat->id, Message::Role::Assistant, {});
        toolCall.toolBlocks = {QJsonObject{
            {u"type"_s, u"tool_use"_s}, {u"id"_s, u"t1"_s}, {u"name"_s, u"start_run"_s}, {u"input"_s, QJsonObject{}}}};
        QVERIFY(m_core->chats().addMessage(toolCall));
        Message result = message(chat->id, Message::Role::Tool, {});
        result.toolBlocks = {QJsonObject{
            {u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, u"t1"_s}, {u"content"_s, u"shown as a card"_s}}};
        QVERIFY(m_core->chats().addMessage(result));
        Message card = message(chat->id, Message::Role::System, u"Deploy shop to local"_s);
        card.toolBlocks = {QJsonObject{{u"type"_s, u"hydron_action_card"_s}, {u"id"_s, u"card-t1"_s}}};
        QVERIFY(m_core->chats().addMessage(card));
        QVERIFY(m_core->chats().addMessage(message(chat->id, Message::Role::Assistant, u"Approve the card."_s)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), u"Approve the card."_s);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        model.setChatId(chat->id);
        QCOMPARE(model.rowCount(), 2);
    }

private:
    static Message message(qint64 chatId, Message::Role role, const QString &text)
    {
        Message m;
        m.chatId = chatId;
        m.role = role;
        m.content = text;
        return m;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
