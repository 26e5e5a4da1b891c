// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/chatstore.h"

#include "core/model/json.h"
#include "core/model/names.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

Error gone()
{
    return Error{
        Error::Code::NotFound, QCoreApplication::translate("hydron::ChatStore", "The chat no longer exists."), {}};
}

Result<QString> checkedTitle(const QString &title)
{
    return validateName(title, QCoreApplication::translate("hydron::ChatStore", "chat name"));
}

} // namespace

ChatStore::ChatStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

QList<Chat> ChatStore::chats(qint64 projectId) const
{
    QList<Chat> out;
    auto query = m_database.exec(u"SELECT id, project_id, title, created_at FROM chats WHERE project_id = ? "
                                 "ORDER BY id"_s,
                                 {projectId});
    if (!query)
        return out;
    while (query->next())
        out.append(Chat{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                        fromIsoString(query->value(3).toString())});
    return out;
}

std::optional<Chat> ChatStore::find(qint64 chatId) const
{
    auto query = m_database.exec(u"SELECT id, project_id, title, created_at FROM chats WHERE id = ?"_s, {chatId});
    if (!query || !query->next())
        return std::nullopt;
    return Chat{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                fromIsoString(query->value(3).toString())};
}

Result<Chat> ChatStore::add(Chat chat)
{
    auto title = checkedTitle(chat.title);
    if (!title)
        return std::unexpected(title.error());
    chat.title = *title;
    chat.id = 0;
    chat.createdAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"INSERT INTO chats (project_id, title, created_at) VALUES (?, ?, ?)"_s,
                                     {chat.projectId, chat.title, toIsoString(chat.createdAt)});
        if (!query)
            return std::unexpected(query.error());
        chat.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT aboutToAdd(chat);
    Q_EMIT added(chat);
    return chat;
}

Result<Chat> ChatStore::rename(qint64 chatId, const QString &newTitle)
{
    auto chat = find(chatId);
    if (!chat)
        return std::unexpected(gone());
    auto title = checkedTitle(newTitle);
    if (!title)
        return std::unexpected(title.error());
    chat->title = *title;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"UPDATE chats SET title = ? WHERE id = ?"_s, {chat->title, chatId});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT changed(*chat);
    return *chat;
}

Result<void> ChatStore::remove(qint64 chatId)
{
    if (!find(chatId))
        return std::unexpected(gone());
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"DELETE FROM chats WHERE id = ?"_s, {chatId});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return done;
    Q_EMIT removed(chatId);
    return {};
}

QList<Message> ChatStore::messages(qint64 chatId) const
{
    QList<Message> out;
    auto query = m_database.exec(u"SELECT id, chat_id, role, content, tool_blocks, created_at FROM messages "
                                 "WHERE chat_id = ? ORDER BY id"_s,
                                 {chatId});
    if (!query)
        return out;
    while (query->next()) {
        Message m;
        m.id = query->value(0).toLongLong();
        m.chatId = query->value(1).toLongLong();
        const QString role = query->value(2).toString();
        for (auto r : {Message::Role::User, Message::Role::Assistant, Message::Role::System, Message::Role::Tool}) {
            if (Message::roleName(r) == role)
                m.role = r;
        }
        m.content = query->value(3).toString();
        m.toolBlocks = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).array();
        m.createdAt = fromIsoString(query->value(5).toString());
        out.append(m);
    }
    return out;
}

Result<Message> ChatStore::addMessage(Message message)
{
    if (!find(message.chatId))
        return std::unexpected(gone());
    message.id = 0;
    message.createdAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(
            u"INSERT INTO messages (chat_id, role, content, tool_blocks, created_at) VALUES (?, ?, ?, ?, ?)"_s,
            {message.chatId, Message::roleName(message.role), message.content,
             QString::fromUtf8(QJsonDocument(message.toolBlocks).toJson(QJsonDocument::Compact)),
             toIsoString(message.createdAt)});
        if (!query)
            return std::unexpected(query.error());
        message.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT messageAdded(message);
    return message;
}

} // namespace hydron
