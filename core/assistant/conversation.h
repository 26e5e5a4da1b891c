// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/actioncard.h"
#include "core/assistant/messagerequest.h"
#include "core/assistant/messageresponse.h"
#include "core/error.h"
#include "core/model/chat.h"

#include <QObject>
#include <QPointer>

namespace hydron {
class ChatStore;
}

namespace hydron::assistant {

class AssistantTools;
class LlmClient;
class MessageJob;

// One chat with the assistant: send → stream → tool_use → run the tool → tool_result → continue,
// at most `maxRounds` requests per user message. Every message is stored in the ChatStore as it
// completes. Tools that would change the plan or a server give an ActionCard instead of acting;
// approve() carries a card out, reject() drops it. A plan the validator refuses goes back to the
// model as a tool error, at most `maxInvalidPlans` times per user message.
//
// Asynchronous on the thread that owns it: never blocks, never spins an event loop.
class Conversation final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int maxRounds = 8;
        int maxInvalidPlans = 2;
        int maxTokens = 4096;
        QString model; // empty: the client's default
    };

    // `client`, `tools` and `chats` must outlive the conversation. Loads the chat's stored
    // messages and action cards.
    Conversation(LlmClient &client, AssistantTools &tools, ChatStore &chats, qint64 chatId, Options options,
                 QObject *parent = nullptr);
    Conversation(LlmClient &client, AssistantTools &tools, ChatStore &chats, qint64 chatId, QObject *parent = nullptr);
    ~Conversation() override;

    [[nodiscard]] qint64 chatId() const { return m_chatId; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QList<ActionCard> cards() const { return m_cards; }
    [[nodiscard]] std::optional<ActionCard> card(const QString &id) const;

    // Values that must never reach the model (masked in every request as «secret:NAME»).
    void setSecrets(const QList<SecretValue> &secrets) { m_secrets = secrets; }

    // Starts a turn; refused while one is under way or for empty text.
    Result<void> send(const QString &text);
    // With `attachment` too: sent to the model after the text (masked like it), stored with the
    // message, but not shown in the chat (a log tail and a plan for Diagnose).
    Result<void> send(const QString &text, const QString &attachment);
    // Stops generating: the partial answer is kept, the turn ends with Cancelled.
    void stop();

    // Carries a pending card out (a plan saved, a run started); returns what happened. A
    // deploy, redeploy or rollback card needs its plan's secrets from the keychain and its source
    // first: it goes through deploy::DeployStarter asynchronously — approve() returns at once
    // with the card in Status::Starting, and cardChanged() later says Approved ("Run #N
    // started.") or Failed (the starter's message).
    Result<QString> approve(const QString &cardId);
    // Hydron's own words in the chat (the local diagnosis): stored as a system message, shown,
    // never sent to the model; `cards` (ids are given here) wait for a decision like the model's.
    QList<ActionCard> addNote(const QString &text, const QList<ActionCard> &cards);
    Result<void> reject(const QString &cardId);

    // The system prompt sent with each request.
    [[nodiscard]] QString systemPrompt() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    // Streamed text of the assistant's answer, as it arrives.
    void textDelta(const QString &text);
    void toolCalled(const QString &name, const QJsonObject &input);
    void messageStored(const hydron::Message &message);
    void cardAdded(const hydron::assistant::ActionCard &card);
    void cardChanged(const hydron::assistant::ActionCard &card);
    // The turn is over: success, or why not (Cancelled after stop()).
    void turnFinished(const hydron::Result<void> &result);

private:
    void request();
    void handleResponse(const Result<MessageResponse> &result);
    void runTools(const QList<ContentBlock> &toolUses);
    void toolsDone();
    void finishTurn(const Result<void> &result);
    Result<Message> store(Message::Role role, const QString &content, const QJsonArray &blocks);
    void storeCard(const ActionCard &card);
    void startDeploy(const ActionCard &card);
    void settleCard(const QString &cardId, ActionCard::Status status, const QString &outcome);

    LlmClient &m_client;
    AssistantTools &m_tools;
    ChatStore &m_chats;
    qint64 m_chatId = 0;
    Options m_options;
    QList<SecretValue> m_secrets;
    QList<ActionCard> m_cards;

    bool m_busy = false;
    int m_rounds = 0;
    int m_invalidPlans = 0;
    QPointer<MessageJob> m_job;
    QString m_partialText;
    // The tool calls of the current round and their results.
    QList<ContentBlock> m_pendingTools;
    QList<ContentBlock> m_toolResults;
    bool m_stopRequested = false;
    bool m_giveUp = false;
};

} // namespace hydron::assistant

// See messagejob.h: std::expected's operator== does not compile for hydron::Error.
template<>
struct QTypeTraits::has_operator_equal<hydron::Result<void>> : std::false_type
{
};
