// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chatpane.h"

#include "ui/emptystatewidget.h"
#include "ui/icons.h"
#include "ui/messagedelegate.h"
#include "ui/models/chatlistmodel.h"
#include "ui/models/messagelistmodel.h"
#include "ui/style.h"

#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ChatPane::ChatPane(ChatStore &chats, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"chatPane"_s);
    m_chatModel = new ChatListModel(chats, this);
    m_messageModel = new MessageListModel(chats, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("Chat"), this);
    style::setFontScale(title, 1.1, QFont::DemiBold);
    layout->addWidget(title);

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyStateWidget(u"chat"_s, this);
    m_empty->setObjectName(u"chatEmptyState"_s);
    m_empty->setTitle(tr("No conversations yet"));
    m_empty->setText(tr("This is where you will ask the assistant to analyse, plan and deploy this project, and "
                        "approve what it proposes. Chatting with the assistant arrives in a later version of "
                        "Hydron; conversations saved for this project will be listed here."));
    m_stack->addWidget(m_empty);

    auto *content = new QSplitter(Qt::Vertical, this);
    content->setObjectName(u"chatSplitter"_s);
    content->setChildrenCollapsible(false);
    m_chats = new QListView(content);
    m_chats->setObjectName(u"chatList"_s);
    m_chats->setModel(m_chatModel);
    m_chats->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chats->setAccessibleName(tr("Chats"));
    m_chats->setFrameShape(QFrame::NoFrame);
    m_messageStack = new QStackedWidget(content);
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
    content->addWidget(m_chats);
    content->addWidget(m_messageStack);
    content->setStretchFactor(0, 1);
    content->setStretchFactor(1, 4);
    content->setSizes({90, 500});
    m_stack->addWidget(content);
    layout->addWidget(style::panel(m_stack, u"chatFrame"_s, this), 1);

    connect(m_chats->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChatPane::showSelectedChat);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_chatModel), static_cast<QAbstractItemModel *>(m_messageModel)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChatPane::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChatPane::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &ChatPane::updateState);
    }
    connect(m_messageModel, &QAbstractItemModel::rowsInserted, m_messages, [this] { m_messages->scrollToBottom(); });
    updateState();
}

void ChatPane::setProjectId(qint64 projectId)
{
    m_chatModel->setProjectId(projectId);
    m_messageModel->setChatId(0);
    m_chats->clearSelection();
    if (m_chatModel->rowCount() > 0)
        m_chats->setCurrentIndex(m_chatModel->index(m_chatModel->rowCount() - 1));
    updateState();
}

void ChatPane::refresh()
{
    m_chatModel->refresh();
    m_messageModel->refresh();
    if (m_messageModel->chatId() <= 0 && m_chatModel->rowCount() > 0)
        m_chats->setCurrentIndex(m_chatModel->index(m_chatModel->rowCount() - 1));
}

void ChatPane::showSelectedChat()
{
    const qint64 id = m_chatModel->idAt(m_chats->currentIndex());
    if (id != m_messageModel->chatId()) {
        m_messageModel->setChatId(id);
        m_messages->scrollToBottom();
    }
    updateState();
}

void ChatPane::updateState()
{
    m_stack->setCurrentIndex(m_chatModel->rowCount() == 0 ? 0 : 1);
    if (m_messageModel->chatId() > 0 && m_messageModel->rowCount() == 0) {
        m_noMessages->setText(tr("This chat has no messages yet."));
        m_messageStack->setCurrentWidget(m_noMessages);
    } else if (m_messageModel->chatId() <= 0) {
        m_noMessages->setText(tr("Choose a chat above to read it."));
        m_messageStack->setCurrentWidget(m_noMessages);
    } else {
        m_messageStack->setCurrentWidget(m_messages);
    }
}

} // namespace hydron::ui
