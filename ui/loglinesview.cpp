// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loglinesview.h"

#include "ui/ansitext.h"
#include "ui/models/runlogmodel.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace hydron::ui {

LogLinesView::LogLinesView(RunLogModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_rowHeight = fontMetrics().height() + 2;
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'M') * 4);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateScrollBars();
        viewport()->update();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_current = -1;
        m_anchor = -1;
        m_hasSelection = false;
        m_widest = 0;
        updateScrollBars();
        viewport()->update();
    });
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        // A scroll the user made (wheel, drag, keys): tell whether the end is in view.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT userScrolled(isAtBottom()); }, Qt::QueuedConnection);
    });
    updateScrollBars();
}

int LogLinesView::visibleRows() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

void LogLinesView::updateScrollBars()
{
    const int rows = m_model->rowCount();
    QScrollBar *v = verticalScrollBar();
    const QSignalBlocker blocker(v);
    v->setRange(0, std::max(0, rows - visibleRows()));
    v->setPageStep(visibleRows());
    v->setSingleStep(3);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, m_widest + 12 - viewport()->width()));
    h->setPageStep(viewport()->width());
}

bool LogLinesView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

void LogLinesView::scrollToBottom()
{
    updateScrollBars();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LogLinesView::scrollToRow(int row)
{
    verticalScrollBar()->setValue(std::max(0, row - visibleRows() / 2));
}

void LogLinesView::setCurrentRow(int row, bool extendSelection)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    row = std::clamp(row, 0, rows - 1);
    if (!extendSelection || m_anchor < 0)
        m_anchor = row;
    m_current = row;
    m_hasSelection = true;
    const int first = verticalScrollBar()->value();
    if (row < first)
        verticalScrollBar()->setValue(row);
    else if (row >= first + visibleRows())
        verticalScrollBar()->setValue(row - visibleRows() + 1);
    viewport()->update();
}

QList<int> LogLinesView::selectedRows() const
{
    QList<int> rows;
    if (!m_hasSelection || m_current < 0)
        return rows;
    const int rowCount = m_model->rowCount();
    const int first = std::clamp(std::min(m_anchor, m_current), 0, std::max(0, rowCount - 1));
    const int last = std::clamp(std::max(m_anchor, m_current), 0, std::max(0, rowCount - 1));
    for (int r = first; r <= last && r < rowCount; ++r)
        rows << r;
    return rows;
}

void LogLinesView::selectRows(int first, int last)
{
    m_anchor = first;
    m_current = last;
    m_hasSelection = true;
    viewport()->update();
}

void LogLinesView::clearSelection()
{
    m_hasSelection = false;
    viewport()->update();
}

void LogLinesView::setHighlight(const QString &text)
{
    m_highlight = text;
    viewport()->update();
}

int LogLinesView::rowAt(int y) const
{
    return verticalScrollBar()->value() + y / m_rowHeight;
}

void LogLinesView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int first = verticalScrollBar()->value();
    const int rows = m_model->rowCount();
    const int last = std::min(rows - 1, first + visibleRows());
    const int dx = horizontalScrollBar()->value();
    for (int row = first; row <= last; ++row) {
        const QRect rect(-dx, (row - first) * m_rowHeight, viewport()->width() + dx, m_rowHeight);
        paintRow(painter, row, rect);
    }
}

void LogLinesView::paintRow(QPainter &painter, int row, const QRect &rect)
{
    const QModelIndex index = m_model->index(row);
    const QPalette &pal = palette();
    const bool selected =
        m_hasSelection && row >= std::min(m_anchor, m_current) && row <= std::max(m_anchor, m_current);
    if (selected)
        painter.fillRect(rect, pal.brush(QPalette::Highlight));
    const AnsiText line = AnsiText::parse(index.data(RunLogModel::RawTextRole).toString());
    const auto stream = static_cast<LogLine::Stream>(index.data(RunLogModel::StreamRole).toInt());
    QColor base = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    if (!selected && stream == LogLine::Stream::Stderr)
        base = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
    if (!selected && stream == LogLine::Stream::System)
        base = pal.color(QPalette::PlaceholderText);

    const QFontMetrics metrics = fontMetrics();
    const int left = rect.left() + 6;
    const int baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2;
    m_widest = std::max(m_widest, metrics.horizontalAdvance(line.text) + 6);

    if (!m_highlight.isEmpty()) {
        qsizetype from = 0;
        while ((from = line.text.indexOf(m_highlight, from, Qt::CaseInsensitive)) >= 0) {
            const int x = left + metrics.horizontalAdvance(line.text.left(from));
            const int w = metrics.horizontalAdvance(line.text.mid(from, m_highlight.size()));
            painter.fillRect(QRect(x, rect.top() + 1, w, rect.height() - 2), QColor(0xff, 0xd5, 0x4f, 160));
            from += m_highlight.size();
        }
    }
    auto drawPiece = [&](qsizetype start, qsizetype length, const AnsiSpan *span) {
        if (length <= 0)
            return;
        const QString piece = line.text.mid(start, length);
        QFont pieceFont = font();
        if (span) {
            pieceFont.setBold(span->bold);
            pieceFont.setItalic(span->italic);
            pieceFont.setUnderline(span->underline);
        }
        const int x = left + metrics.horizontalAdvance(line.text.left(start));
        const int w = metrics.horizontalAdvance(piece);
        if (span && span->background.isValid() && !selected)
            painter.fillRect(QRect(x, rect.top(), w, rect.height()), span->background);
        painter.setFont(pieceFont);
        painter.setPen(span && span->foreground.isValid() && !selected ? span->foreground : base);
        painter.drawText(x, baseline, piece);
    };
    qsizetype at = 0;
    for (const AnsiSpan &span : line.spans) {
        drawPiece(at, span.start - at, nullptr);
        drawPiece(span.start, span.length, &span);
        at = span.start + span.length;
    }
    drawPiece(at, line.text.size() - at, nullptr);
    if (row == m_current && hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRect(viewport()->rect().left(), rect.top(), viewport()->width() - 1, rect.height() - 1));
    }
}

void LogLinesView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (atBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LogLinesView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LogLinesView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const int row = rowAt(event->position().toPoint().y());
    if (row < m_model->rowCount())
        setCurrentRow(row, event->modifiers() & Qt::ShiftModifier);
}

void LogLinesView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    setCurrentRow(rowAt(event->position().toPoint().y()), true);
}

void LogLinesView::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const int current = std::max(0, m_current);
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentRow(current - 1, extend);
        break;
    case Qt::Key_Down:
        setCurrentRow(current + 1, extend);
        break;
    case Qt::Key_PageUp:
        setCurrentRow(current - visibleRows(), extend);
        break;
    case Qt::Key_PageDown:
        setCurrentRow(current + visibleRows(), extend);
        break;
    case Qt::Key_Home:
        setCurrentRow(0, extend);
        break;
    case Qt::Key_End:
        setCurrentRow(m_model->rowCount() - 1, extend);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    Q_EMIT userScrolled(isAtBottom());
}

void LogLinesView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_rowHeight = fontMetrics().height() + 2;
        updateScrollBars();
    }
}

} // namespace hydron::ui
