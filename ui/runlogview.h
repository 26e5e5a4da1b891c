// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace hydron::ui {

class LogLinesView;
class RunLogModel;

// A run's log: ANSI colours, follow-tail, find (next / previous, matches highlighted), copy
// of the selected lines (or all shown when none are selected) and a per-step filter. Showing
// a million lines costs the view nothing extra: it paints only the visible rows (uniform
// sizes: LogLinesView), and following the tail scrolls at most ~30 times a second however fast
// lines come.
class RunLogView final : public QWidget
{
    Q_OBJECT

public:
    explicit RunLogView(QWidget *parent = nullptr);

    [[nodiscard]] RunLogModel *model() const { return m_model; }
    [[nodiscard]] LogLinesView *linesView() const { return m_list; }

    // The steps offered by the filter, by position.
    void setSteps(const QStringList &names);
    // Shows only step `position`'s lines (RunLogModel::AllSteps for all).
    void showStep(int position);

    [[nodiscard]] bool isFollowing() const;
    void setFollowing(bool follow);

    // Finds the next (or previous) line holding `text`, selects it and scrolls to it.
    bool findNext(const QString &text, bool backwards = false);
    // What Copy puts on the clipboard.
    [[nodiscard]] QString textToCopy() const;
    void copy();

private:
    void scheduleScroll();
    void updateFindStatus(bool found);

    RunLogModel *m_model = nullptr;
    LogLinesView *m_list = nullptr;
    QComboBox *m_stepFilter = nullptr;
    QLineEdit *m_find = nullptr;
    QToolButton *m_findPrevious = nullptr;
    QToolButton *m_findNext = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_copy = nullptr;
    QLabel *m_findStatus = nullptr;
    QTimer *m_scrollTimer = nullptr;
};

} // namespace hydron::ui
