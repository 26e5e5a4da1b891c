// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/actioncard.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace hydron {
class ChatStore;
class CoreServices;
namespace assistant {
class AssistantTools;
class Conversation;
class KeychainKeyProvider;
class LlmClient;
struct ResolvedKey;
} // namespace assistant
} // namespace hydron

namespace hydron::ui {

class ChatListModel;
class EmptyStateWidget;
class MessageListModel;

// The project's conversations with the assistant: several chats per project (new, rename by
// editing the list, delete), the selected chat's messages, the answer streaming in as Markdown,
// Stop generating, and action cards to approve or reject (plan changes with their diff).
// Claude answers when there is a key (ANTHROPIC_API_KEY, else the keychain's), the offline
// assistant otherwise. Nothing here
// blocks the GUI thread: the conversation is asynchronous and the stream view is repainted at
// most every `renderInterval`.
class ChatPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPane(CoreServices &core, QWidget *parent = nullptr);
    ~ChatPane() override;

    void setProjectId(qint64 projectId);
    void refresh(); // after another process wrote
    // Looks for the API key again (ANTHROPIC_API_KEY, else the keychain) and switches between
    // Claude and the offline assistant; the Settings dialog calls it after the key changed.
    void reloadKey();
    [[nodiscard]] bool isOnline() const { return m_online; }

    [[nodiscard]] ChatListModel *chatModel() const { return m_chatModel; }
    [[nodiscard]] MessageListModel *messageModel() const { return m_messageModel; }
    [[nodiscard]] assistant::Conversation *conversation() const { return m_conversation.get(); }
    // The streamed answer as rendered so far (for tests and the benchmark).
    [[nodiscard]] QTextBrowser *streamView() const { return m_stream; }

    // Sends `text` as if typed; false when it was refused (busy, empty, no project).
    bool send(const QString &text);
    void newChat();
    // When the project's latest run failed: recognises common failures in its masked log tail
    // locally (a note with suggested plan changes as cards) and, with a key, asks Claude too.
    // False when there is nothing to diagnose.
    bool diagnose();

Q_SIGNALS:
    // The stream view shows text up to this many characters of the current answer.
    void streamRendered(qsizetype characters);

private:
    void applyKey(const assistant::ResolvedKey &key);
    void updateDiagnose();
    void updateState();
    void showSelectedChat();
    void openConversation(qint64 chatId);
    void renameSelected();
    void deleteSelected();
    void renderStream();
    void resetStream();
    void addCardWidget(const assistant::ActionCard &card);
    void updateCardWidget(const assistant::ActionCard &card);
    void decide(const QString &cardId, bool approve);

    CoreServices &m_core;
    qint64 m_projectId = 0;
    std::unique_ptr<assistant::KeychainKeyProvider> m_keychain;
    std::unique_ptr<assistant::LlmClient> m_client;
    bool m_online = false;
    bool m_reloadAfterTurn = false;
    std::unique_ptr<assistant::AssistantTools> m_tools;
    std::unique_ptr<assistant::Conversation> m_conversation;

    ChatListModel *m_chatModel = nullptr;
    MessageListModel *m_messageModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_chats = nullptr;
    QListView *m_messages = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    EmptyStateWidget *m_noMessages = nullptr;
    QStackedWidget *m_messageStack = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_renameButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QPushButton *m_diagnoseButton = nullptr;
    QLabel *m_modeLabel = nullptr;
    QTextBrowser *m_stream = nullptr;
    QWidget *m_cardsArea = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QHash<QString, QPointer<QWidget>> m_cardWidgets;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_statusLabel = nullptr;

    QString m_streamText;
    qsizetype m_renderedSize = 0;
    qsizetype m_committed = 0;       // m_streamText[0, m_committed) is rendered for good
    qsizetype m_commitCandidate = 0; // the end of the last finished paragraph seen
    qsizetype m_scanPosition = 0;    // lines before this were scanned for fences and blank lines
    int m_tailPosition = 0;          // where the re-rendered tail starts in the document
    bool m_inFence = false;
    QTimer m_renderTimer;
    QElapsedTimer m_sinceRender; // since the stream view last took in text
};

} // namespace hydron::ui
