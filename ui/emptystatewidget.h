// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace hydron::ui {

// What a view shows when it has nothing to show: an icon, a title, a sentence that says what
// to do next and, only where one exists, a button for that real action.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(const QString &iconName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;
    // Adds the button for the one action that helps here; the caller connects its clicked().
    QPushButton *setAction(const QString &text, const QString &iconName, const QString &objectName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QString m_iconName;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace hydron::ui
