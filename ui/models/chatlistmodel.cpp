// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/chatlistmodel.h"

#include "core/store/chatstore.h"
#include "ui/models/rowsync.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ChatListModel::ChatListModel(ChatStore &chats, QObject *parent)
    : QAbstractListModel(parent)
    , m_chats(chats)
{
    connect(&m_chats, &ChatStore::added, this, [this](const Chat &chat) {
        if (chat.projectId != m_projectId || m_projectId <= 0 || rowOf(chat.id) >= 0)
            return;
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), row, row);
        m_rows.append(chat);
        endInsertRows();
    });
    connect(&m_chats, &ChatStore::changed, this, [this](const Chat &chat) {
        const int row = rowOf(chat.id);
        if (row < 0)
            return;
        m_rows[row] = chat;
        Q_EMIT dataChanged(index(row), index(row));
    });
    connect(&m_chats, &ChatStore::removed, this, [this](qint64 chatId) {
        const int row = rowOf(chatId);
        if (row < 0)
            return;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
}

void ChatListModel::setProjectId(qint64 projectId)
{
    beginResetModel();
    m_projectId = projectId;
    m_rows = projectId > 0 ? m_chats.chats(projectId) : QList<Chat>();
    endResetModel();
}

void ChatListModel::refresh()
{
    if (m_projectId <= 0)
        return;
    RowSync::apply(*this, m_rows, m_chats.chats(m_projectId), [](const Chat &chat) { return chat.id; });
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chat &chat = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return chat.title;
    case Qt::ToolTipRole:
        return tr("Started %1").arg(QLocale().toString(chat.createdAt.toLocalTime(), QLocale::ShortFormat));
    case IdRole:
        return chat.id;
    default:
        return {};
    }
}

Qt::ItemFlags ChatListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

// Renaming in place: the store renames (and announces the change, which updates the row).
bool ChatListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString title = value.toString().trimmed();
    const Chat &chat = m_rows.at(index.row());
    if (title.isEmpty() || title == chat.title)
        return false;
    auto renamed = m_chats.rename(chat.id, title);
    if (!renamed)
        return false;
    const int row = rowOf(chat.id);
    if (row >= 0) {
        m_rows[row] = *renamed;
        Q_EMIT dataChanged(this->index(row), this->index(row));
    }
    return true;
}

int ChatListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

qint64 ChatListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return 0;
    return m_rows.at(index.row()).id;
}

} // namespace hydron::ui
