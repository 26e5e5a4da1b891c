// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/navigationbar.h"

#include "ui/style.h"

#include <QAction>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 10, 7, 10);
    m_layout->setSpacing(4);
    m_layout->addStretch();
}

void NavigationBar::addNavigationAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIconSize(QSize(24, 24));
    button->setAutoRaise(true);
    button->setMinimumWidth(72);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_layout->insertWidget(m_layout->count() - 1, button);
}

void NavigationBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    painter.fillRect(rect(), style::mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.035));
    painter.fillRect(QRect(width() - 1, 0, 1, height()), style::separatorColor(p));
}

} // namespace hydron::ui
