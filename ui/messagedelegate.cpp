// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/messagedelegate.h"

#include "core/model/chat.h"
#include "ui/models/messagelistmodel.h"
#include "ui/style.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr int Padding = 12;
constexpr int Gap = 4;

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

// The body as a document: the assistant writes Markdown (lists, code blocks), people plain text.
std::unique_ptr<QTextDocument> bodyDocument(const QModelIndex &index, const QFont &font, int width)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto role = static_cast<Message::Role>(index.data(MessageListModel::RoleRole).toInt());
    if (role == Message::Role::Assistant || role == Message::Role::System) // Hydron's notes are Markdown too
        document->setMarkdown(text);
    else
        document->setPlainText(text);
    document->setTextWidth(width);
    return document;
}

} // namespace

MessageDelegate::MessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

int MessageDelegate::textWidth() const
{
    return std::max(120, m_view->viewport()->width() - 2 * Padding);
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics header(boldFont(option.font));
    const auto document = bodyDocument(index, option.font, textWidth());
    const int height = static_cast<int>(std::ceil(document->size().height()));
    return {textWidth() + 2 * Padding, Padding + header.height() + Gap + height + Padding};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const auto role = static_cast<Message::Role>(index.data(MessageListModel::RoleRole).toInt());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QColor background = palette.color(QPalette::Base);
    if (role == Message::Role::User)
        background = style::mix(background, palette.color(QPalette::Highlight), style::isDark(palette) ? 0.16 : 0.07);
    else if (role != Message::Role::Assistant)
        background = style::mix(background, palette.color(QPalette::Text), 0.04);
    const QRectF bubble = QRectF(option.rect).adjusted(4.5, 3.5, -4.5, -3.5);
    painter->setPen(QPen(style::separatorColor(palette), 1.0));
    painter->setBrush(background);
    painter->drawRoundedRect(bubble, 8, 8);

    const QFont headerFont = boldFont(option.font);
    const QFontMetrics header(headerFont);
    const QRect inner = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    painter->setFont(headerFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString author = index.data(MessageListModel::AuthorRole).toString();
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), header.height()), Qt::AlignLeft, author);
    const QString when =
        QLocale().toString(index.data(MessageListModel::TimeRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
    painter->setFont(option.font);
    painter->setPen(style::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42));
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), header.height()), Qt::AlignRight, when);

    painter->setPen(palette.color(QPalette::Text));
    const QRect body(inner.left(), inner.top() + header.height() + Gap, inner.width(),
                     inner.height() - header.height() - Gap);
    const auto document = bodyDocument(index, option.font, body.width());
    painter->translate(body.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
    context.clip = QRectF(0, 0, body.width(), body.height());
    painter->setClipRect(context.clip);
    document->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace hydron::ui
