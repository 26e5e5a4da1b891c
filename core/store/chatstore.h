// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/chat.h"

#include <QObject>

#include <optional>

namespace hydron {

class Database;

// A project's chats and their messages, read on demand.
class ChatStore final : public QObject
{
    Q_OBJECT

public:
    explicit ChatStore(Database &database, QObject *parent = nullptr);

    [[nodiscard]] QList<Chat> chats(qint64 projectId) const;
    [[nodiscard]] std::optional<Chat> find(qint64 chatId) const;
    Result<Chat> add(Chat chat);
    Result<Chat> rename(qint64 chatId, const QString &title);
    Result<void> remove(qint64 chatId);

    [[nodiscard]] QList<Message> messages(qint64 chatId) const;
    Result<Message> addMessage(Message message);

Q_SIGNALS:
    void aboutToAdd(const hydron::Chat &chat);
    void added(const hydron::Chat &chat);
    void changed(const hydron::Chat &chat);
    void removed(qint64 chatId);
    void messageAdded(const hydron::Message &message);

private:
    Database &m_database;
};

} // namespace hydron
