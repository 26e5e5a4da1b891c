// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chatpane.h"

#include "core/assistant/assistanttools.h"
#include "core/assistant/claudeclient.h"
#include "core/assistant/conversation.h"
#include "core/assistant/diagnosis.h"
#include "core/assistant/keyprovider.h"
#include "core/assistant/offlineassistant.h"
#include "core/coreservices.h"
#include "core/planning/planner.h"
#include "core/store/chatstore.h"
#include "core/store/planstore.h"
#include "core/store/runstore.h"
#include "ui/emptystatewidget.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/messagedelegate.h"
#include "ui/models/chatlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/style.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr int renderIntervalMs = 8; // half a frame: text shows within the frame it arrived in

QToolButton *toolButton(const QString &objectName, const QString &icon, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(icons::themed(icon));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

// Ctrl+Enter (or Cmd+Enter) in the input sends.
class SendFilter final : public QObject
{
public:
    SendFilter(QPushButton *send, QObject *parent)
        : QObject(parent)
        , m_send(send)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers().testFlag(Qt::ControlModifier)) {
                if (m_send->isEnabled())
                    m_send->click();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPushButton *m_send;
};

} // namespace

ChatPane::ChatPane(CoreServices &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(u"chatPane"_s);
    ChatStore &chats = core.chats();
    m_chatModel = new ChatListModel(chats, this);
    m_messageModel = new MessageListModel(chats, this);

    // Offline until the key is found (the keychain answers asynchronously); see reloadKey().
    m_keychain = std::make_unique<assistant::KeychainKeyProvider>(core.secretStore());
    m_client = std::make_unique<assistant::OfflineAssistant>();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Chat"), this);
    style::setFontScale(title, 1.1, QFont::DemiBold);
    header->addWidget(title);
    m_modeLabel = new style::SecondaryLabel(this);
    m_modeLabel->setObjectName(u"chatModeLabel"_s);
    m_modeLabel->setText(tr("Offline assistant"));
    header->addWidget(m_modeLabel);
    header->addStretch(1);
    m_newButton = toolButton(u"chatNewButton"_s, u"add"_s, tr("New chat"), this);
    m_renameButton = toolButton(u"chatRenameButton"_s, u"edit"_s, tr("Rename chat"), this);
    m_deleteButton = toolButton(u"chatDeleteButton"_s, u"delete"_s, tr("Delete chat"), this);
    // Shown when the project's latest run failed (updateDiagnose), chats or not.
    m_diagnoseButton = new QPushButton(icons::themed(u"runs"_s), tr("Diagnose"), this);
    m_diagnoseButton->setObjectName(u"chatDiagnoseButton"_s);
    m_diagnoseButton->setToolTip(tr("The latest run failed: look at the failed step's log for common causes and "
                                    "suggest plan changes"));
    m_diagnoseButton->setVisible(false);
    header->addWidget(m_diagnoseButton);
    header->addWidget(m_newButton);
    header->addWidget(m_renameButton);
    header->addWidget(m_deleteButton);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateWidget(u"chat"_s, this);
    m_empty->setObjectName(u"chatEmptyState"_s);
    m_empty->setTitle(tr("No conversations yet"));
    m_empty->setText(tr("Start a chat (+) to ask the assistant to analyse, plan and deploy this project; what it "
                        "proposes to change appears as a card for you to approve."));
    m_stack->addWidget(m_empty);

    auto *content = new QSplitter(Qt::Vertical, this);
    content->setObjectName(u"chatSplitter"_s);
    content->setChildrenCollapsible(false);
    m_chats = new QListView(content);
    m_chats->setObjectName(u"chatList"_s);
    m_chats->setModel(m_chatModel);
    m_chats->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chats->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_chats->setAccessibleName(tr("Chats"));
    m_chats->setFrameShape(QFrame::NoFrame);

    auto *conversationArea = new QWidget(content);
    auto *conversationLayout = new QVBoxLayout(conversationArea);
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->setSpacing(4);
    m_messageStack = new QStackedWidget(conversationArea);
    m_messages = new QListView(m_messageStack);
    m_messages->setObjectName(u"messageList"_s);
    m_messages->setModel(m_messageModel);
    m_messages->setItemDelegate(new MessageDelegate(m_messages));
    m_messages->setSelectionMode(QAbstractItemView::NoSelection);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setWordWrap(true);
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setFrameShape(QFrame::NoFrame);
    m_messageStack->addWidget(m_messages);
    m_noMessages = new EmptyStateWidget(u"chat"_s, m_messageStack);
    m_noMessages->setObjectName(u"chatNoMessagesState"_s);
    m_noMessages->setTitle(tr("No messages in this chat"));
    m_messageStack->addWidget(m_noMessages);
    conversationLayout->addWidget(m_messageStack, 3);

    m_stream = new QTextBrowser(conversationArea);
    m_stream->setObjectName(u"chatStreamView"_s);
    m_stream->setAccessibleName(tr("The answer being written"));
    m_stream->setOpenExternalLinks(false);
    m_stream->setVisible(false);
    conversationLayout->addWidget(m_stream, 2);

    m_cardsArea = new QWidget(conversationArea);
    m_cardsArea->setObjectName(u"chatCardsArea"_s);
    m_cardsLayout = new QVBoxLayout(m_cardsArea);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(4);
    conversationLayout->addWidget(m_cardsArea);

    m_statusLabel = new style::SecondaryLabel(conversationArea);
    m_statusLabel->setObjectName(u"chatStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    conversationLayout->addWidget(m_statusLabel);

    auto *inputRow = new QHBoxLayout;
    m_input = new QPlainTextEdit(conversationArea);
    m_input->setObjectName(u"chatInput"_s);
    m_input->setPlaceholderText(tr("Ask to analyze, plan, add a database, set the domain, deploy… (Ctrl+Enter)"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setMaximumHeight(80);
    inputRow->addWidget(m_input, 1);
    auto *buttons = new QVBoxLayout;
    m_sendButton = new QPushButton(tr("Send"), conversationArea);
    m_sendButton->setObjectName(u"chatSendButton"_s);
    m_stopButton = new QPushButton(tr("Stop"), conversationArea);
    m_stopButton->setObjectName(u"chatStopButton"_s);
    m_stopButton->setToolTip(tr("Stop generating"));
    m_stopButton->setEnabled(false);
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_stopButton);
    inputRow->addLayout(buttons);
    conversationLayout->addLayout(inputRow);
    m_input->installEventFilter(new SendFilter(m_sendButton, m_input));

    content->addWidget(m_chats);
    content->addWidget(conversationArea);
    content->setStretchFactor(0, 1);
    content->setStretchFactor(1, 6);
    content->setSizes({70, 600});
    m_stack->addWidget(content);
    layout->addWidget(style::panel(m_stack, u"chatFrame"_s, this), 1);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(renderIntervalMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &ChatPane::renderStream);

    connect(m_chats->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChatPane::showSelectedChat);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_chatModel), static_cast<QAbstractItemModel *>(m_messageModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChatPane::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChatPane::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &ChatPane::updateState);
    }
    connect(m_messageModel, &QAbstractItemModel::rowsInserted, m_messages, [this] { m_messages->scrollToBottom(); });
    connect(m_newButton, &QToolButton::clicked, this, &ChatPane::newChat);
    connect(m_renameButton, &QToolButton::clicked, this, &ChatPane::renameSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &ChatPane::deleteSelected);
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        if (send(m_input->toPlainText()))
            m_input->clear();
    });
    connect(m_diagnoseButton, &QPushButton::clicked, this, [this] { (void)diagnose(); });
    connect(&core.runs(), &RunStore::added, this, &ChatPane::updateDiagnose);
    connect(&core.runs(), &RunStore::changed, this, &ChatPane::updateDiagnose);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_conversation)
            m_conversation->stop();
    });
    updateState();
    reloadKey();
}

ChatPane::~ChatPane()
{
    m_conversation.reset(); // before the client and tools it uses
}

void ChatPane::reloadKey()
{
    assistant::resolveApiKey(m_keychain.get(), this, [this](assistant::ResolvedKey key) { applyKey(key); });
}

void ChatPane::applyKey(const assistant::ResolvedKey &key)
{
    const bool online = key.source != assistant::KeySource::None;
    m_modeLabel->setText(online ? tr("Claude") : tr("Offline assistant"));
    if (online)
        m_modeLabel->setToolTip(
            tr("Answers come from Claude (the key from %1).").arg(assistant::keySourceName(key.source)));
    else
        m_modeLabel->setToolTip(
            tr("No API key (add one in Settings, or set ANTHROPIC_API_KEY): everyday requests are understood by "
               "rules; open questions need Claude.") +
            (key.keychainProblem.isEmpty() ? QString() : u"\n"_s + key.keychainProblem));
    if (online == m_online)
        return; // the client in use fits (it reads the key itself at every request)
    if (m_conversation && m_conversation->isBusy()) {
        m_reloadAfterTurn = true; // switch when the answer is over
        return;
    }
    m_online = online;
    const qint64 chatId = m_conversation ? m_conversation->chatId() : 0;
    m_conversation.reset(); // before the client it uses
    if (online)
        m_client = std::make_unique<assistant::ClaudeClient>(&m_core.settings(), m_keychain.get());
    else
        m_client = std::make_unique<assistant::OfflineAssistant>();
    if (chatId > 0)
        openConversation(chatId);
}

void ChatPane::setProjectId(qint64 projectId)
{
    m_projectId = projectId;
    m_conversation.reset();
    m_tools = projectId > 0 ? std::make_unique<assistant::AssistantTools>(m_core, projectId) : nullptr;
    m_chatModel->setProjectId(projectId);
    m_messageModel->setChatId(0);
    m_chats->clearSelection();
    if (m_chatModel->rowCount() > 0)
        m_chats->setCurrentIndex(m_chatModel->index(m_chatModel->rowCount() - 1));
    updateState();
    updateDiagnose();
}

void ChatPane::refresh()
{
    m_chatModel->refresh();
    m_messageModel->refresh();
    if (m_messageModel->chatId() <= 0 && m_chatModel->rowCount() > 0)
        m_chats->setCurrentIndex(m_chatModel->index(m_chatModel->rowCount() - 1));
}

void ChatPane::newChat()
{
    if (m_projectId <= 0)
        return;
    auto added = m_core.chats().add(Chat{0, m_projectId, tr("Chat %1").arg(m_chatModel->rowCount() + 1), {}});
    if (!added) {
        MessageBox::error(this, tr("New chat"), added.error());
        return;
    }
    for (int row = 0; row < m_chatModel->rowCount(); ++row) {
        if (m_chatModel->idAt(m_chatModel->index(row)) == added->id)
            m_chats->setCurrentIndex(m_chatModel->index(row));
    }
    m_input->setFocus();
}

void ChatPane::renameSelected()
{
    if (m_chats->currentIndex().isValid())
        m_chats->edit(m_chats->currentIndex());
}

void ChatPane::deleteSelected()
{
    const qint64 id = m_chatModel->idAt(m_chats->currentIndex());
    if (id <= 0)
        return;
    const QString title = m_chats->currentIndex().data().toString();
    MessageBox::confirm(this, tr("Delete chat"), tr("Delete the chat \"%1\" and all its messages?").arg(title),
                        tr("Delete"), [this, id](bool confirmed) {
                            if (!confirmed)
                                return;
                            if (m_conversation && m_conversation->chatId() == id)
                                m_conversation.reset();
                            if (auto removed = m_core.chats().remove(id); !removed)
                                MessageBox::error(this, tr("Delete chat"), removed.error());
                            else if (m_chatModel->rowCount() > 0)
                                m_chats->setCurrentIndex(m_chatModel->index(m_chatModel->rowCount() - 1));
                            updateState();
                        });
}

void ChatPane::showSelectedChat()
{
    const qint64 id = m_chatModel->idAt(m_chats->currentIndex());
    if (id != m_messageModel->chatId()) {
        m_messageModel->setChatId(id);
        m_messages->scrollToBottom();
        openConversation(id);
    }
    updateState();
}

void ChatPane::openConversation(qint64 chatId)
{
    m_conversation.reset();
    for (const auto &widget : std::as_const(m_cardWidgets))
        delete widget.data();
    m_cardWidgets.clear();
    resetStream();
    m_stream->setVisible(false);
    m_statusLabel->clear();
    if (chatId <= 0 || !m_tools)
        return;
    m_conversation = std::make_unique<assistant::Conversation>(*m_client, *m_tools, m_core.chats(), chatId);
    assistant::Conversation *conversation = m_conversation.get();
    connect(conversation, &assistant::Conversation::busyChanged, this, [this](bool busy) {
        m_sendButton->setEnabled(!busy);
        m_stopButton->setEnabled(busy);
        if (busy) {
            resetStream();
            m_stream->setVisible(true);
            m_statusLabel->setText(tr("The assistant is answering…"));
        }
        updateState();
    });
    connect(conversation, &assistant::Conversation::textDelta, this, [this](const QString &text) {
        m_streamText += text;
        // At most once a frame, and at once when the last render is a frame ago: text that comes
        // after a pause shows without waiting for a timer.
        if (m_renderTimer.isActive())
            return;
        const qint64 since = m_sinceRender.isValid() ? m_sinceRender.elapsed() : renderIntervalMs;
        if (since >= renderIntervalMs)
            renderStream();
        else
            m_renderTimer.start(int(renderIntervalMs - since));
    });
    connect(conversation, &assistant::Conversation::toolCalled, this, [this](const QString &name, const QJsonObject &) {
        // A new round starts after a tool: its text begins a new paragraph.
        m_streamText += u"\n\n"_s;
        m_statusLabel->setText(tr("Using %1…").arg(name));
    });
    connect(conversation, &assistant::Conversation::cardAdded, this, &ChatPane::addCardWidget);
    connect(conversation, &assistant::Conversation::cardChanged, this, &ChatPane::updateCardWidget);
    connect(conversation, &assistant::Conversation::turnFinished, this, [this](const Result<void> &result) {
        m_renderTimer.stop();
        renderStream();
        m_stream->setVisible(false); // the stored messages show the answer now
        m_statusLabel->setText(result                                          ? QString()
                               : result.error().code == Error::Code::Cancelled ? tr("Stopped.")
                                                                               : result.error().toString());
        if (m_reloadAfterTurn) {
            m_reloadAfterTurn = false;
            QTimer::singleShot(0, this, &ChatPane::reloadKey); // not inside the conversation's signal
        }
    });
    for (const assistant::ActionCard &card : conversation->cards()) {
        if (card.status == assistant::ActionCard::Status::Pending)
            addCardWidget(card);
    }
}

void ChatPane::updateDiagnose()
{
    bool failed = false;
    if (m_projectId > 0) {
        const QList<Run> latest = m_core.runs().runs(m_projectId, 0, 1);
        failed = !latest.isEmpty() && latest.first().status == RunStatus::Failed;
    }
    m_diagnoseButton->setVisible(failed);
}

bool ChatPane::diagnose()
{
    if (m_projectId <= 0 || !m_tools)
        return false;
    auto failed = assistant::Diagnosis::latestFailedRun(m_core, m_projectId);
    if (!failed) {
        m_statusLabel->setText(failed.error().message);
        updateDiagnose();
        return false;
    }
    std::optional<planning::PlanDocument> plan;
    if (const auto latest = m_core.plans().latest(m_projectId)) {
        if (auto document = planning::planDocument(*latest))
            plan = *document;
    }
    const QList<assistant::Finding> findings = assistant::diagnose(failed->tail, plan ? &*plan : nullptr);
    if (!m_conversation) {
        if (m_chatModel->rowCount() == 0)
            newChat();
        if (!m_conversation)
            return false;
    }
    QList<assistant::ActionCard> cards;
    for (const assistant::Finding &finding : findings) {
        if (finding.change.isEmpty())
            continue;
        const assistant::ToolOutcome outcome = m_tools->modifyPlan(
            QJsonObject{{u"changes"_s, QJsonArray{finding.change}}, {u"reason"_s, finding.explanation}});
        if (outcome.card)
            cards.append(*outcome.card);
    }
    (void)m_conversation->addNote(assistant::Diagnosis::findingsText(*failed, findings), cards);
    m_messageModel->refresh();
    // With a key, Claude looks too: the failed step's masked log tail and the plan.
    if (m_online && !m_conversation->isBusy())
        (void)m_conversation->send(assistant::Diagnosis::requestText(*failed),
                                   assistant::Diagnosis::requestContext(*failed, plan ? &*plan : nullptr));
    return true;
}

bool ChatPane::send(const QString &text)
{
    if (!m_conversation) {
        if (m_projectId <= 0)
            return false;
        if (m_chatModel->rowCount() == 0)
            newChat();
        if (!m_conversation)
            return false;
    }
    auto sent = m_conversation->send(text);
    if (!sent) {
        m_statusLabel->setText(sent.error().message);
        return false;
    }
    return true;
}

void ChatPane::renderStream()
{
    if (m_renderedSize == m_streamText.size())
        return;
    // Incremental Markdown, at most once a frame: whole paragraphs (ended by a blank line outside
    // a code fence) are rendered once and appended; only the unfinished tail is rendered again,
    // so a long answer costs the same per frame at its end as at its start.
    qsizetype lineStart = m_scanPosition;
    while (true) {
        const qsizetype newline = m_streamText.indexOf(u'\n', lineStart);
        if (newline < 0)
            break;
        const QStringView line = QStringView(m_streamText).mid(lineStart, newline - lineStart);
        if (line.trimmed().startsWith(u"```"))
            m_inFence = !m_inFence;
        else if (!m_inFence && line.trimmed().isEmpty())
            m_commitCandidate = newline + 1;
        lineStart = newline + 1;
    }
    m_scanPosition = lineStart;

    QScrollBar *bar = m_stream->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    QTextDocument *document = m_stream->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(m_tailPosition);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (m_commitCandidate > m_committed) {
        cursor.insertMarkdown(m_streamText.mid(m_committed, m_commitCandidate - m_committed));
        m_committed = m_commitCandidate;
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        m_tailPosition = cursor.position();
    }
    cursor.insertMarkdown(m_streamText.mid(m_committed));
    cursor.endEditBlock();
    if (atBottom)
        bar->setValue(bar->maximum());
    m_renderedSize = m_streamText.size();
    m_sinceRender.start();
    Q_EMIT streamRendered(m_renderedSize);
}

void ChatPane::resetStream()
{
    m_streamText.clear();
    m_renderedSize = 0;
    m_committed = 0;
    m_commitCandidate = 0;
    m_scanPosition = 0;
    m_tailPosition = 0;
    m_inFence = false;
    m_stream->clear();
}

void ChatPane::addCardWidget(const assistant::ActionCard &card)
{
    auto *frame = new QFrame(m_cardsArea);
    frame->setObjectName(u"chatCard"_s);
    frame->setProperty("cardId", card.id);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *title = new QLabel(card.title, frame);
    title->setObjectName(u"chatCardTitle"_s);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    style::setFontScale(title, 1.0, QFont::DemiBold);
    layout->addWidget(title);
    if (!card.summary.isEmpty()) {
        auto *summary = new style::SecondaryLabel(frame);
        summary->setText(card.summary);
        summary->setTextFormat(Qt::PlainText);
        summary->setWordWrap(true);
        layout->addWidget(summary);
    }
    if (!card.diff.isEmpty()) {
        auto *diff = new QPlainTextEdit(card.diff, frame);
        diff->setObjectName(u"chatCardDiff"_s);
        diff->setReadOnly(true);
        diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        diff->setMaximumHeight(110);
        layout->addWidget(diff);
    }
    auto *outcome = new style::SecondaryLabel(frame);
    outcome->setObjectName(u"chatCardOutcome"_s);
    outcome->setWordWrap(true);
    outcome->setTextFormat(Qt::PlainText);
    outcome->setVisible(false);
    layout->addWidget(outcome);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *reject = new QPushButton(tr("Reject"), frame);
    reject->setObjectName(u"chatCardRejectButton"_s);
    auto *approve = new QPushButton(tr("Approve"), frame);
    approve->setObjectName(u"chatCardApproveButton"_s);
    approve->setDefault(true);
    row->addWidget(reject);
    row->addWidget(approve);
    layout->addLayout(row);
    const QString id = card.id;
    connect(approve, &QPushButton::clicked, this, [this, id] { decide(id, true); });
    connect(reject, &QPushButton::clicked, this, [this, id] { decide(id, false); });
    m_cardsLayout->addWidget(frame);
    m_cardWidgets.insert(card.id, frame);
}

void ChatPane::updateCardWidget(const assistant::ActionCard &card)
{
    QWidget *frame = m_cardWidgets.value(card.id);
    if (!frame)
        return;
    for (auto *button : frame->findChildren<QPushButton *>())
        button->setVisible(card.status == assistant::ActionCard::Status::Pending);
    auto *outcome = frame->findChild<QLabel *>(u"chatCardOutcome"_s);
    switch (card.status) {
    case assistant::ActionCard::Status::Pending:
        break;
    case assistant::ActionCard::Status::Approved:
        outcome->setText(tr("Approved: %1").arg(card.outcome));
        break;
    case assistant::ActionCard::Status::Rejected:
        outcome->setText(tr("Rejected."));
        break;
    case assistant::ActionCard::Status::Failed:
        outcome->setText(tr("Approved, but it failed: %1").arg(card.outcome));
        break;
    case assistant::ActionCard::Status::Starting:
        outcome->setText(card.outcome); // "Starting…", then what the deploy starter is doing
        break;
    }
    outcome->setVisible(card.status != assistant::ActionCard::Status::Pending);
}

void ChatPane::decide(const QString &cardId, bool approve)
{
    if (!m_conversation)
        return;
    if (approve)
        (void)m_conversation->approve(cardId); // the card shows the outcome, failures included
    else
        (void)m_conversation->reject(cardId);
}

void ChatPane::updateState()
{
    m_stack->setCurrentIndex(m_chatModel->rowCount() == 0 ? 0 : 1);
    const bool hasChat = m_messageModel->chatId() > 0;
    m_newButton->setEnabled(m_projectId > 0);
    m_renameButton->setEnabled(hasChat);
    m_deleteButton->setEnabled(hasChat && !(m_conversation && m_conversation->isBusy()));
    if (hasChat && m_messageModel->rowCount() == 0) {
        m_noMessages->setText(tr("Say what you need below: \"deploy\", \"add postgres\", \"set the domain to …\"."));
        m_messageStack->setCurrentWidget(m_noMessages);
    } else if (!hasChat) {
        m_noMessages->setText(tr("Choose a chat above to read it."));
        m_messageStack->setCurrentWidget(m_noMessages);
    } else {
        m_messageStack->setCurrentWidget(m_messages);
    }
}

} // namespace hydron::ui
