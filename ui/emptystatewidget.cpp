// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/emptystatewidget.h"

#include "ui/icons.h"
#include "ui/style.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

EmptyStateWidget::EmptyStateWidget(const QString &iconName, QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(10);
    layout->addStretch(2);

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    layout->addSpacing(6);

    m_title = new QLabel(this);
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    style::setFontScale(m_title, 1.3, QFont::DemiBold);
    layout->addWidget(m_title);

    m_text = new style::SecondaryLabel(this);
    m_text->setObjectName(u"emptyStateText"_s);
    m_text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A readable line length: as wide as the space allows, up to 520 pixels, centred. (An
    // alignment in addWidget would size the wrapped label to its one-line hint instead.)
    m_text->setMaximumWidth(520);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);

    layout->addStretch(3);
    updateColors();
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

QPushButton *EmptyStateWidget::setAction(const QString &text, const QString &iconName, const QString &objectName)
{
    if (!m_action) {
        m_action = new QPushButton(this);
        auto *layout = static_cast<QVBoxLayout *>(this->layout());
        // Below the text, above the bottom stretch.
        layout->insertSpacing(layout->count() - 1, 8);
        layout->insertWidget(layout->count() - 1, m_action, 0, Qt::AlignHCenter);
    }
    m_action->setText(text);
    m_action->setIcon(icons::themed(iconName));
    m_action->setObjectName(objectName);
    m_action->setDefault(true);
    return m_action;
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
}

void EmptyStateWidget::updateColors()
{
    const int size = 56;
    const QPixmap pixmap = icons::themed(m_iconName).pixmap(QSize(size, size), devicePixelRatioF(), QIcon::Disabled);
    m_icon->setPixmap(pixmap);
}

} // namespace hydron::ui
