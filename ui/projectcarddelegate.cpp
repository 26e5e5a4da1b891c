// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projectcarddelegate.h"

#include "ui/models/projectlistmodel.h"
#include "ui/style.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr int Margin = 6;   // around the card, inside the grid cell
constexpr int Padding = 16; // inside the card
constexpr int Avatar = 40;

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

// A stable, pleasant colour per project name, readable behind white text in light and dark.
QColor avatarColor(const QString &name, bool dark)
{
    const int hue = static_cast<int>(qHash(name) % 360);
    return QColor::fromHsl(hue, dark ? 110 : 140, dark ? 95 : 110);
}

} // namespace

QSize ProjectCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return CardSize;
}

void ProjectCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool dark = style::isDark(palette);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QRectF card = QRectF(option.rect).adjusted(Margin + 0.5, Margin + 0.5, -Margin - 0.5, -Margin - 0.5);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The card.
    QColor border = style::separatorColor(palette);
    if (hovered)
        border = style::mix(border, palette.color(QPalette::Highlight), 0.55);
    if (selected)
        border = palette.color(QPalette::Highlight);
    QColor background = palette.color(QPalette::Base);
    if (selected)
        background = style::mix(background, palette.color(QPalette::Highlight), dark ? 0.18 : 0.08);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->setBrush(background);
    painter->drawRoundedRect(card, 10, 10);

    // The initial.
    const QString name = index.data(ProjectListModel::NameRole).toString();
    const QRectF avatar(card.left() + Padding, card.top() + Padding, Avatar, Avatar);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(name, dark));
    painter->drawRoundedRect(avatar, 9, 9);
    painter->setPen(Qt::white);
    painter->setFont(scaled(option.font, 1.25, QFont::DemiBold));
    painter->drawText(avatar, Qt::AlignCenter, name.left(1).toUpper());

    // Name and type.
    const QColor text = palette.color(QPalette::Text);
    const QColor secondary = style::mix(text, palette.color(QPalette::Base), 0.42);
    const qreal textLeft = avatar.right() + 12;
    const qreal textWidth = card.right() - Padding - textLeft;
    const QFont nameFont = scaled(option.font, 1.12, QFont::DemiBold);
    const QFontMetricsF nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(text);
    const QRectF nameRect(textLeft, avatar.top() - 1, textWidth, nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, textWidth));
    const QFontMetricsF metrics(option.font);
    painter->setFont(option.font);
    painter->setPen(secondary);
    const QRectF typeRect(textLeft, nameRect.bottom() + 2, textWidth, metrics.height());
    painter->drawText(
        typeRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(ProjectListModel::TypeLabelRole).toString(), Qt::ElideRight, textWidth));

    // The source, full width under the initial.
    const QFont smallFont = scaled(option.font, 0.92, QFont::Normal);
    const QFontMetricsF smallMetrics(smallFont);
    const qreal innerWidth = card.width() - 2 * Padding;
    const QRectF sourceRect(card.left() + Padding, avatar.bottom() + 10, innerWidth, smallMetrics.height());
    painter->setFont(smallFont);
    painter->drawText(
        sourceRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(index.data(ProjectListModel::SourceRole).toString(), Qt::ElideMiddle, innerWidth));

    // Bottom row: services on the left, the last run's status as a badge on the right.
    const qreal badgeHeight = smallMetrics.height() + 8;
    const qreal bottom = card.bottom() - Padding + 4;
    const QVariant status = index.data(ProjectListModel::LastRunStatusRole);
    const QString statusText = index.data(ProjectListModel::LastRunStatusTextRole).toString();
    const QColor statusColor =
        status.isValid() ? style::runStatusColor(static_cast<RunStatus>(status.toInt()), palette) : secondary;
    const qreal dotSize = 7;
    const qreal badgeWidth = std::min(smallMetrics.horizontalAdvance(statusText) + dotSize + 26, card.width() / 2);
    const QRectF badge(card.right() - Padding - badgeWidth + 4, bottom - badgeHeight, badgeWidth, badgeHeight);
    QColor badgeFill = statusColor;
    badgeFill.setAlphaF(dark ? 0.22f : 0.12f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeFill);
    painter->drawRoundedRect(badge, badgeHeight / 2, badgeHeight / 2);
    painter->setBrush(statusColor);
    painter->drawEllipse(QRectF(badge.left() + 10, badge.center().y() - dotSize / 2, dotSize, dotSize));
    painter->setFont(smallFont);
    painter->setPen(status.isValid() ? statusColor : secondary);
    const QRectF badgeText = badge.adjusted(10 + dotSize + 6, 0, -10, 0);
    painter->drawText(badgeText, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(statusText, Qt::ElideRight, badgeText.width()));

    painter->setPen(secondary);
    const QRectF servicesRect(card.left() + Padding, badge.top(), badge.left() - card.left() - Padding - 8,
                              badgeHeight);
    painter->drawText(servicesRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(ProjectListModel::ServiceCountTextRole).toString(),
                                              Qt::ElideRight, servicesRect.width()));

    if (option.state.testFlag(QStyle::State_HasFocus) && !selected) {
        painter->setBrush(Qt::NoBrush);
        QPen focus(palette.color(QPalette::Highlight), 1.0, Qt::DotLine);
        painter->setPen(focus);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 8, 8);
    }
    painter->restore();
}

} // namespace hydron::ui
