// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/chat.h"

#include <QAbstractListModel>

namespace hydron {
class ChatStore;
} // namespace hydron

namespace hydron::ui {

// The messages of one chat that a reader sees, oldest first, read-only (chat pane). Appends what
// ChatStore::messageAdded announces; refresh() reads them again after another process wrote.
class MessageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RoleRole = Qt::UserRole + 1, // int (Message::Role)
        AuthorRole,                  // "You", "Assistant", …
        TimeRole                     // QDateTime
    };

    explicit MessageListModel(ChatStore &chats, QObject *parent = nullptr);

    void setChatId(qint64 chatId);
    [[nodiscard]] qint64 chatId() const { return m_chatId; }
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString authorLabel(Message::Role role);
    // Whether a stored message is a row: tool results, tool-call-only turns and action cards
    // (shown by the chat pane as cards) are not.
    [[nodiscard]] static bool isShown(const Message &message);
    [[nodiscard]] static QList<Message> shown(const QList<Message> &messages);

private:
    friend struct RowSync;

    ChatStore &m_chats;
    qint64 m_chatId = 0;
    QList<Message> m_rows;
};

} // namespace hydron::ui
