// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace hydron::ui {

// Paints a chat message: who wrote it and when, then the text wrapped to the view's width
// (the assistant's Markdown rendered: lists, emphasis, code blocks).
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MessageDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    [[nodiscard]] int textWidth() const;

    QAbstractItemView *m_view;
};

} // namespace hydron::ui
