// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/conversation.h"

#include "core/assistant/assistanttools.h"
#include "core/assistant/llmclient.h"
#include "core/assistant/messagejob.h"
#include "core/deploy/deploystarter.h"
#include "core/store/chatstore.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hydron::assistant {

Conversation::Conversation(LlmClient &client, AssistantTools &tools, ChatStore &chats, qint64 chatId, QObject *parent)
    : Conversation(client, tools, chats, chatId, Options{}, parent)
{}

Conversation::Conversation(LlmClient &client, AssistantTools &tools, ChatStore &chats, qint64 chatId, Options options,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tools(tools)
    , m_chats(chats)
    , m_chatId(chatId)
    , m_options(std::move(options))
{
    // Cards are stored as system messages (never sent to the model); the latest state of a card wins.
    for (const Message &message : m_chats.messages(m_chatId)) {
        if (message.role != Message::Role::System)
            continue;
        for (const QJsonValue &value : message.toolBlocks) {
            const QJsonObject object = value.toObject();
            if (object.value(u"type"_s).toString() != u"hydron_action_card")
                continue;
            auto card = ActionCard::fromJson(object);
            if (!card)
                continue;
            const auto it =
                std::find_if(m_cards.begin(), m_cards.end(), [&card](const ActionCard &c) { return c.id == card->id; });
            if (it != m_cards.end())
                *it = *card;
            else
                m_cards.append(*card);
        }
    }
}

Conversation::~Conversation()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

std::optional<ActionCard> Conversation::card(const QString &id) const
{
    for (const ActionCard &c : m_cards) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QString Conversation::systemPrompt() const
{
    QString prompt =
        tr("You are Hydron's deployment assistant. Hydron deploys the user's project from its source to a server the "
           "user owns, over SSH, in Docker containers. Work through the tools: read the project and plan before "
           "answering, change the plan with modify_plan or propose_plan, and start runs with start_run. Changes and "
           "runs become action cards the user approves; never say something ran or changed until the user approved "
           "it. Secret values are never shown to you: refer to secrets by name. Answer briefly in Markdown.");
    prompt += u"\n\n"_s + m_tools.projectBrief();
    QStringList decided;
    for (const ActionCard &c : m_cards) {
        if (c.status != ActionCard::Status::Pending)
            decided << u"- %1: %2 %3"_s.arg(c.title, ActionCard::statusName(c.status), c.outcome);
    }
    if (!decided.isEmpty())
        prompt += u"\n\n"_s + tr("The user's decisions on earlier action cards:") + u'\n' + decided.join(u'\n');
    return prompt;
}

Result<void> Conversation::send(const QString &text)
{
    return send(text, QString());
}

Result<void> Conversation::send(const QString &text, const QString &attachment)
{
    if (m_busy)
        return fail(Error::Code::InvalidInput, tr("The assistant is still answering; stop it or wait."));
    if (text.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("The message is empty."));
    // A secret value the user pasted is masked before it is stored or sent.
    QJsonArray blocks;
    if (!attachment.trimmed().isEmpty())
        blocks.append(ContentBlock::makeText(m_tools.masked(attachment)).toJson());
    auto stored = store(Message::Role::User, m_tools.masked(text.trimmed()), blocks);
    if (!stored)
        return std::unexpected(stored.error());
    m_busy = true;
    m_rounds = 0;
    m_invalidPlans = 0;
    m_stopRequested = false;
    m_giveUp = false;
    Q_EMIT busyChanged(true);
    request();
    return {};
}

void Conversation::stop()
{
    if (!m_busy)
        return;
    m_stopRequested = true;
    if (m_job)
        m_job->cancel(); // finishes with Cancelled, handled in handleResponse
}

void Conversation::request()
{
    if (m_rounds >= m_options.maxRounds) {
        finishTurn(fail(Error::Code::Unsupported,
                        tr("The assistant stopped after %1 steps without finishing; ask again more precisely.")
                            .arg(m_options.maxRounds)));
        return;
    }
    ++m_rounds;
    auto history = ApiMessage::fromChat(m_chats.messages(m_chatId));
    if (!history) {
        finishTurn(std::unexpected(history.error()));
        return;
    }
    MessageRequest req;
    req.model = m_options.model;
    req.system = systemPrompt();
    req.messages = *history;
    req.tools = AssistantTools::specs();
    req.maxTokens = m_options.maxTokens;
    req.secrets = m_secrets;
    m_partialText.clear();
    MessageJob *job = m_client.sendMessage(req);
    m_job = job;
    connect(job, &MessageJob::textDelta, this, [this](int, const QString &text) {
        m_partialText += text;
        Q_EMIT textDelta(text);
    });
    connect(job, &MessageJob::finished, this, &Conversation::handleResponse);
}

void Conversation::handleResponse(const Result<MessageResponse> &result)
{
    m_job = nullptr;
    if (!result) {
        if (!m_partialText.isEmpty())
            (void)store(Message::Role::Assistant, m_partialText, {});
        finishTurn(std::unexpected(result.error()));
        return;
    }
    QJsonArray toolBlocks;
    for (const ContentBlock &block : result->toolUses())
        toolBlocks.append(block.toJson());
    auto stored = store(Message::Role::Assistant, result->text(), toolBlocks);
    if (!stored) {
        finishTurn(std::unexpected(stored.error()));
        return;
    }
    const QList<ContentBlock> toolUses = result->toolUses();
    if (toolUses.isEmpty() || m_stopRequested) {
        if (!toolUses.isEmpty()) {
            // Every tool_use needs its tool_result in the history, even when the user stopped.
            QJsonArray results;
            for (const ContentBlock &use : toolUses)
                results.append(ContentBlock::makeToolResult(use.toolUseId, tr("Stopped by the user."), true).toJson());
            (void)store(Message::Role::Tool, {}, results);
        }
        finishTurn(m_stopRequested ? Result<void>(fail(Error::Code::Cancelled, tr("Stopped."))) : Result<void>{});
        return;
    }
    runTools(toolUses);
}

void Conversation::runTools(const QList<ContentBlock> &toolUses)
{
    m_pendingTools = toolUses;
    m_toolResults.clear();
    toolsDone();
}

// Runs the next pending tool (each may answer later), then sends the results back.
void Conversation::toolsDone()
{
    if (m_pendingTools.isEmpty()) {
        QJsonArray results;
        for (const ContentBlock &block : std::as_const(m_toolResults))
            results.append(block.toJson());
        auto stored = store(Message::Role::Tool, {}, results);
        if (!stored) {
            finishTurn(std::unexpected(stored.error()));
            return;
        }
        if (m_stopRequested) {
            finishTurn(fail(Error::Code::Cancelled, tr("Stopped.")));
            return;
        }
        if (m_giveUp) {
            finishTurn(fail(Error::Code::InvalidInput,
                            tr("The assistant proposed %1 invalid plans in a row; the plan was left as it was.")
                                .arg(m_invalidPlans)));
            return;
        }
        request();
        return;
    }
    const ContentBlock use = m_pendingTools.takeFirst();
    Q_EMIT toolCalled(use.toolName, use.toolInput);
    if (m_stopRequested) {
        m_toolResults.append(ContentBlock::makeToolResult(use.toolUseId, tr("Stopped by the user."), true));
        toolsDone();
        return;
    }
    QFuture<ToolOutcome> future = m_tools.call(use.toolName, use.toolInput);
    future.then(this, [this, use](const ToolOutcome &outcome) {
        QString content = outcome.content;
        if (outcome.invalidPlan) {
            ++m_invalidPlans;
            if (m_invalidPlans > m_options.maxInvalidPlans) {
                m_giveUp = true;
                content += u"\n\n"_s + tr("That was the last attempt: tell the user what could not be fixed.");
            }
        }
        if (outcome.card) {
            ActionCard card = *outcome.card;
            card.id = u"card-"_s + use.toolUseId;
            m_cards.append(card);
            storeCard(card);
            Q_EMIT cardAdded(card);
        }
        m_toolResults.append(ContentBlock::makeToolResult(use.toolUseId, content, outcome.isError));
        toolsDone();
    });
}

void Conversation::finishTurn(const Result<void> &result)
{
    m_busy = false;
    m_pendingTools.clear();
    Q_EMIT busyChanged(false);
    Q_EMIT turnFinished(result);
}

Result<Message> Conversation::store(Message::Role role, const QString &content, const QJsonArray &blocks)
{
    Message message;
    message.chatId = m_chatId;
    message.role = role;
    message.content = content;
    message.toolBlocks = blocks;
    auto stored = m_chats.addMessage(message);
    if (stored)
        Q_EMIT messageStored(*stored);
    return stored;
}

void Conversation::storeCard(const ActionCard &card)
{
    (void)store(Message::Role::System, card.title, QJsonArray{card.toJson()});
}

Result<QString> Conversation::approve(const QString &cardId)
{
    const auto it =
        std::find_if(m_cards.begin(), m_cards.end(), [&cardId](const ActionCard &c) { return c.id == cardId; });
    if (it == m_cards.end())
        return fail(Error::Code::NotFound, tr("There is no action card %1.").arg(cardId));
    if (it->status != ActionCard::Status::Pending)
        return fail(Error::Code::InvalidInput, tr("This action was already decided."));
    const auto runKind = Run::kindFromName(it->payload.value(u"kind"_s).toString());
    if (it->kind == ActionCard::Kind::StartRun && runKind &&
        (*runKind == Run::Kind::Deploy || *runKind == Run::Kind::Redeploy || *runKind == Run::Kind::Rollback)) {
        it->status = ActionCard::Status::Starting;
        it->outcome = tr("Starting…");
        const ActionCard changed = *it;
        storeCard(changed);
        Q_EMIT cardChanged(changed);
        startDeploy(changed);
        return changed.outcome;
    }
    auto outcome = m_tools.execute(*it);
    it->status = outcome ? ActionCard::Status::Approved : ActionCard::Status::Failed;
    it->outcome = outcome ? *outcome : outcome.error().message;
    const ActionCard changed = *it;
    storeCard(changed);
    Q_EMIT cardChanged(changed);
    return outcome;
}

void Conversation::startDeploy(const ActionCard &card)
{
    deploy::DeployRequest request;
    request.kind = *Run::kindFromName(card.payload.value(u"kind"_s).toString());
    request.projectId = m_tools.projectId();
    request.serverId = card.payload.value(u"server_id"_s).toInteger();
    request.rollbackTarget = card.payload.value(u"release"_s).toString();
    auto *starter = new deploy::DeployStarter(m_tools.core(), request, this);
    const QString id = card.id;
    connect(starter, &deploy::DeployStarter::progress, this, [this, id](const QString &text) {
        const auto it = std::find_if(m_cards.begin(), m_cards.end(), [&id](const ActionCard &c) { return c.id == id; });
        if (it == m_cards.end() || it->status != ActionCard::Status::Starting)
            return;
        it->outcome = text;
        Q_EMIT cardChanged(*it); // shown, not stored: only the outcome is kept
    });
    connect(starter, &deploy::DeployStarter::finished, this, [this, id, starter](const Result<Run> &run) {
        starter->deleteLater();
        if (run)
            settleCard(id, ActionCard::Status::Approved, tr("Run #%1 started.").arg(run->id));
        else
            settleCard(id, ActionCard::Status::Failed, run.error().message);
    });
}

void Conversation::settleCard(const QString &cardId, ActionCard::Status status, const QString &outcome)
{
    const auto it =
        std::find_if(m_cards.begin(), m_cards.end(), [&cardId](const ActionCard &c) { return c.id == cardId; });
    if (it == m_cards.end())
        return;
    it->status = status;
    it->outcome = outcome;
    const ActionCard changed = *it;
    storeCard(changed);
    Q_EMIT cardChanged(changed);
}

QList<ActionCard> Conversation::addNote(const QString &text, const QList<ActionCard> &cards)
{
    (void)store(Message::Role::System, m_tools.masked(text), {});
    QList<ActionCard> added;
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    for (ActionCard card : cards) {
        card.id = u"card-local-%1-%2"_s.arg(stamp).arg(added.size() + 1);
        card.status = ActionCard::Status::Pending;
        m_cards.append(card);
        storeCard(card);
        Q_EMIT cardAdded(card);
        added.append(card);
    }
    return added;
}

Result<void> Conversation::reject(const QString &cardId)
{
    const auto it =
        std::find_if(m_cards.begin(), m_cards.end(), [&cardId](const ActionCard &c) { return c.id == cardId; });
    if (it == m_cards.end())
        return fail(Error::Code::NotFound, tr("There is no action card %1.").arg(cardId));
    if (it->status != ActionCard::Status::Pending)
        return fail(Error::Code::InvalidInput, tr("This action was already decided."));
    it->status = ActionCard::Status::Rejected;
    it->outcome = tr("Rejected by the user.");
    const ActionCard changed = *it;
    storeCard(changed);
    Q_EMIT cardChanged(changed);
    return {};
}

} // namespace hydron::assistant
