// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>

namespace hydron::ui {

class RunLogModel;

// Shows a RunLogModel's lines, one fixed-height row each, painting only the rows in view: the
// cost of appending or scrolling does not grow with the number of lines (QListView lays out
// every row again on each insertion, which a million-line log cannot afford). The vertical
// scroll bar counts rows. Lines keep their ANSI colours; stderr lines take the error colour;
// matches of the highlight text are marked. A contiguous range of rows can be selected with
// the mouse (drag, Shift+click) or the keyboard (Shift+arrows); the current row has a frame.
class LogLinesView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogLinesView(RunLogModel *model, QWidget *parent = nullptr);

    [[nodiscard]] int currentRow() const { return m_current; }
    void setCurrentRow(int row, bool extendSelection = false);
    // The selected rows, first to last; empty when nothing is selected.
    [[nodiscard]] QList<int> selectedRows() const;
    void selectRows(int first, int last);
    void clearSelection();

    void scrollToRow(int row); // into the middle of the view
    void scrollToBottom();
    [[nodiscard]] bool isAtBottom() const;

    void setHighlight(const QString &text);
    [[nodiscard]] int rowHeight() const { return m_rowHeight; }

Q_SIGNALS:
    // The user scrolled: at the end, or away from it.
    void userScrolled(bool atBottom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();
    void paintRow(QPainter &painter, int row, const QRect &rect);
    [[nodiscard]] int rowAt(int y) const;
    [[nodiscard]] int visibleRows() const;

    RunLogModel *m_model;
    int m_rowHeight = 16;
    int m_widest = 0; // the widest line painted so far, for the horizontal scroll bar
    int m_current = -1;
    int m_anchor = -1;
    bool m_hasSelection = false;
    bool m_programmaticScroll = false;
    QString m_highlight;
};

} // namespace hydron::ui
