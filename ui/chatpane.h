// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;
class QStackedWidget;

namespace hydron {
class ChatStore;
}

namespace hydron::ui {

class ChatListModel;
class EmptyStateWidget;
class MessageListModel;

// The project's conversations with the assistant: the list of chats and the selected chat's
// messages, read-only. Talking to the assistant arrives in a later version, so there is no
// input box; the pane says so when the project has no chat.
class ChatPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPane(ChatStore &chats, QWidget *parent = nullptr);

    void setProjectId(qint64 projectId);
    void refresh(); // after another process wrote

    [[nodiscard]] ChatListModel *chatModel() const { return m_chatModel; }
    [[nodiscard]] MessageListModel *messageModel() const { return m_messageModel; }

private:
    void updateState();
    void showSelectedChat();

    ChatListModel *m_chatModel = nullptr;
    MessageListModel *m_messageModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_chats = nullptr;
    QListView *m_messages = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    EmptyStateWidget *m_noMessages = nullptr;
    QStackedWidget *m_messageStack = nullptr;
};

} // namespace hydron::ui
