// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/messagelistmodel.h"

#include "core/store/chatstore.h"
#include "ui/models/rowsync.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hydron::ui {

MessageListModel::MessageListModel(ChatStore &chats, QObject *parent)
    : QAbstractListModel(parent)
    , m_chats(chats)
{
    connect(&m_chats, &ChatStore::messageAdded, this, [this](const Message &message) {
        if (message.chatId != m_chatId || m_chatId <= 0 || !isShown(message))
            return;
        for (const Message &m : std::as_const(m_rows)) {
            if (m.id == message.id)
                return;
        }
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), row, row);
        m_rows.append(message);
        endInsertRows();
    });
    connect(&m_chats, &ChatStore::removed, this, [this](qint64 chatId) {
        if (chatId == m_chatId)
            setChatId(0);
    });
}

void MessageListModel::setChatId(qint64 chatId)
{
    beginResetModel();
    m_chatId = chatId;
    m_rows = chatId > 0 ? shown(m_chats.messages(chatId)) : QList<Message>();
    endResetModel();
}

void MessageListModel::refresh()
{
    if (m_chatId <= 0)
        return;
    RowSync::apply(*this, m_rows, shown(m_chats.messages(m_chatId)), [](const Message &m) { return m.id; });
}

bool MessageListModel::isShown(const Message &message)
{
    if (message.role == Message::Role::Tool || message.content.trimmed().isEmpty())
        return false;
    // Action cards are stored as system messages; the pane shows them as cards.
    for (const QJsonValue &block : message.toolBlocks) {
        if (block.toObject().value(u"type"_s).toString() == u"hydron_action_card")
            return false;
    }
    return true;
}

QList<Message> MessageListModel::shown(const QList<Message> &messages)
{
    QList<Message> out;
    for (const Message &message : messages) {
        if (isShown(message))
            out.append(message);
    }
    return out;
}

QString MessageListModel::authorLabel(Message::Role role)
{
    switch (role) {
    case Message::Role::User:
        return tr("You");
    case Message::Role::Assistant:
        return tr("Assistant");
    case Message::Role::System:
        return tr("Hydron");
    case Message::Role::Tool:
        return tr("Tool result");
    }
    return {};
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return message.content;
    case Qt::ToolTipRole:
        return tr("%1, %2").arg(authorLabel(message.role),
                                QLocale().toString(message.createdAt.toLocalTime(), QLocale::ShortFormat));
    case RoleRole:
        return static_cast<int>(message.role);
    case AuthorRole:
        return authorLabel(message.role);
    case TimeRole:
        return message.createdAt;
    default:
        return {};
    }
}

} // namespace hydron::ui
