// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/run.h"
#include "core/model/server.h"

#include <QColor>
#include <QFont>
#include <QLabel>

class QPalette;
class QLineEdit;
class QTableView;

// Small shared pieces of the look: every colour is derived from the palette, so light and dark
// palettes both work.
namespace hydron::ui::style {

// Linear mix: t = 0 gives a, t = 1 gives b.
[[nodiscard]] QColor mix(const QColor &a, const QColor &b, qreal t);
[[nodiscard]] bool isDark(const QPalette &palette);
// Text that matters less (captions, hints): the text colour moved towards the background.
[[nodiscard]] QColor secondaryTextColor(const QPalette &palette);
// A hairline between areas.
[[nodiscard]] QColor separatorColor(const QPalette &palette);

// A status colour readable on the palette's base colour.
[[nodiscard]] QColor runStatusColor(RunStatus status, const QPalette &palette);
[[nodiscard]] QColor stepStatusColor(StepStatus status, const QPalette &palette);
[[nodiscard]] QColor serverStatusColor(ServerStatus status, const QPalette &palette);
// A small round dot in `color`, for item views' decoration role.
[[nodiscard]] QIcon dot(const QColor &color);

// tr("%n thing(s)", nullptr, n) reads "1 thing" / "2 things" when no translation (not even an
// English one with plural forms) is loaded; translated text is returned as it is.
[[nodiscard]] QString counted(QString text, int n);

// Puts `content` on a framed panel in the palette's base colour (the look of the workspace's
// parts), and returns the panel.
QWidget *panel(QWidget *content, const QString &objectName, QWidget *parent);

// Keeps a small table's columns as wide as their content plus some air, the last column taking
// the rest; follows the model's changes. For tables of tens of rows, not thousands.
void fitColumnsToContents(QTableView *table, int air = 24);

// A search field: a magnifier in front and a clear button that shows while there is text. (Qt's
// own clear button loads a bitmap through the image plugins, which costs ~10 ms at startup.)
void makeSearchField(QLineEdit *edit);

// Scales the widget's font relative to the application font.
void setFontScale(QWidget *widget, qreal factor, QFont::Weight weight = QFont::Normal);

// A label in the secondary text colour that follows palette changes.
class SecondaryLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit SecondaryLabel(QWidget *parent = nullptr);
    explicit SecondaryLabel(const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
};

// A label drawn as an error message under a form field (empty and hidden when there is none).
class InlineErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit InlineErrorLabel(QWidget *parent = nullptr);
    void showError(const QString &message); // empty hides it

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
};

} // namespace hydron::ui::style
