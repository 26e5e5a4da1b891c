// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/chat.h"

#include <QAbstractListModel>

namespace hydron {
class ChatStore;
} // namespace hydron

namespace hydron::ui {

// The chats of one project, oldest first (chat pane). Follows ChatStore's signals; refresh()
// reads them again after another process wrote.
class ChatListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit ChatListModel(ChatStore &chats, QObject *parent = nullptr);

    void setProjectId(qint64 projectId);
    [[nodiscard]] qint64 projectId() const { return m_projectId; }
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] qint64 idAt(const QModelIndex &index) const;

private:
    friend struct RowSync;
    [[nodiscard]] int rowOf(qint64 id) const;

    ChatStore &m_chats;
    qint64 m_projectId = 0;
    QList<Chat> m_rows;
};

} // namespace hydron::ui
