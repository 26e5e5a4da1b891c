// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QVBoxLayout;

namespace hydron::ui {

// The sidebar that switches between the main areas: one large button per checkable action,
// icon above text, on a background a shade off the window's, with a hairline on its right.
class NavigationBar final : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void addNavigationAction(QAction *action);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVBoxLayout *m_layout = nullptr;
};

} // namespace hydron::ui
