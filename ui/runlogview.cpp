// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runlogview.h"

#include "ui/ansitext.h"
#include "ui/icons.h"
#include "ui/models/runlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

// Paints one log line: its ANSI spans, stderr lines in the error colour, matches of the find
// text highlighted. Text is drawn piece by piece in the fixed-pitch font.
class RunLogView::LineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString highlight;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        const QPalette &palette = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(option.rect, palette.brush(QPalette::Highlight));
        const AnsiText line = AnsiText::parse(index.data(RunLogModel::RawTextRole).toString());
        const auto stream = static_cast<LogLine::Stream>(index.data(RunLogModel::StreamRole).toInt());
        QColor base = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
        if (!selected && stream == LogLine::Stream::Stderr)
            base =
                palette.color(QPalette::Text).lightness() > 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
        if (!selected && stream == LogLine::Stream::System)
            base = palette.color(QPalette::PlaceholderText);

        QFont font = option.font;
        const QFontMetrics plainMetrics(font);
        const int left = option.rect.left() + 6;
        const int baseline =
            option.rect.top() + (option.rect.height() + plainMetrics.ascent() - plainMetrics.descent()) / 2;

        // Find highlights first, under the text.
        if (!highlight.isEmpty()) {
            qsizetype from = 0;
            while ((from = line.text.indexOf(highlight, from, Qt::CaseInsensitive)) >= 0) {
                const int x = left + plainMetrics.horizontalAdvance(line.text.left(from));
                const int w = plainMetrics.horizontalAdvance(line.text.mid(from, highlight.size()));
                painter->fillRect(QRect(x, option.rect.top() + 1, w, option.rect.height() - 2),
                                  QColor(0xff, 0xd5, 0x4f, 160));
                from += highlight.size();
            }
        }

        auto drawPiece = [&](qsizetype start, qsizetype length, const AnsiSpan *span) {
            if (length <= 0)
                return;
            const QString piece = line.text.mid(start, length);
            QFont pieceFont = font;
            if (span) {
                pieceFont.setBold(span->bold);
                pieceFont.setItalic(span->italic);
                pieceFont.setUnderline(span->underline);
            }
            const int x = left + plainMetrics.horizontalAdvance(line.text.left(start));
            const int w = plainMetrics.horizontalAdvance(piece);
            if (span && span->background.isValid() && !selected)
                painter->fillRect(QRect(x, option.rect.top(), w, option.rect.height()), span->background);
            painter->setFont(pieceFont);
            painter->setPen(span && span->foreground.isValid() && !selected ? span->foreground : base);
            painter->drawText(x, baseline, piece);
        };
        qsizetype at = 0;
        for (const AnsiSpan &span : line.spans) {
            drawPiece(at, span.start - at, nullptr);
            drawPiece(span.start, span.length, &span);
            at = span.start + span.length;
        }
        drawPiece(at, line.text.size() - at, nullptr);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        return {metrics.horizontalAdvance(index.data().toString()) + 12, metrics.height() + 2};
    }
};

RunLogView::RunLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunLogModel(this))
    , m_list(new QListView(this))
    , m_stepFilter(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_findPrevious(new QToolButton(this))
    , m_findNext(new QToolButton(this))
    , m_follow(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_findStatus(new QLabel(this))
    , m_scrollTimer(new QTimer(this))
    , m_delegate(new LineDelegate(this))
{
    m_stepFilter->setObjectName(u"logStepFilter"_s);
    m_stepFilter->setToolTip(tr("Show the lines of one step"));
    m_stepFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSteps({});

    m_find->setObjectName(u"logFind"_s);
    m_find->setPlaceholderText(tr("Find in log"));
    m_find->setClearButtonEnabled(true);
    m_find->addAction(icons::themed(u"search"_s), QLineEdit::LeadingPosition);
    m_findPrevious->setText(tr("Previous"));
    m_findPrevious->setToolTip(tr("Previous match (Shift+Enter)"));
    m_findNext->setText(tr("Next"));
    m_findNext->setToolTip(tr("Next match (Enter)"));
    m_findStatus->setObjectName(u"logFindStatus"_s);

    m_follow->setObjectName(u"logFollow"_s);
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest line in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_copy->setObjectName(u"logCopy"_s);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected lines, or every line shown when none is selected"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_list->setObjectName(u"logLines"_s);
    m_list->setFont(mono);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setWordWrap(false);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Run log"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(6);
    bar->addWidget(m_stepFilter);
    bar->addWidget(m_find, 1);
    bar->addWidget(m_findPrevious);
    bar->addWidget(m_findNext);
    bar->addWidget(m_findStatus);
    bar->addStretch();
    bar->addWidget(m_follow);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    m_scrollTimer->setSingleShot(true);
    m_scrollTimer->setInterval(33);
    connect(m_scrollTimer, &QTimer::timeout, this, [this] {
        m_programmaticScroll = true;
        m_list->scrollToBottom();
        m_programmaticScroll = false;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunLogView::scheduleScroll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunLogView::scheduleScroll);
    // Scrolling up stops following; scrolling back to the end follows again.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_programmaticScroll)
            return;
        m_follow->setChecked(value >= m_list->verticalScrollBar()->maximum());
    });
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            scheduleScroll();
    });
    connect(m_stepFilter, &QComboBox::currentIndexChanged, this,
            [this](int) { m_model->setStepFilter(m_stepFilter->currentData().toInt()); });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delegate->highlight = text;
        m_list->viewport()->update();
        if (text.isEmpty())
            m_findStatus->clear();
    });
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext(m_find->text(), QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { findNext(m_find->text()); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(m_find->text(), true); });
    connect(m_copy, &QToolButton::clicked, this, &RunLogView::copy);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_list);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &RunLogView::copy);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
}

void RunLogView::setSteps(const QStringList &names)
{
    const int current =
        m_stepFilter->currentData().isValid() ? m_stepFilter->currentData().toInt() : RunLogModel::AllSteps;
    const QSignalBlocker blocker(m_stepFilter);
    m_stepFilter->clear();
    m_stepFilter->addItem(tr("All steps"), RunLogModel::AllSteps);
    for (int i = 0; i < names.size(); ++i)
        m_stepFilter->addItem(tr("%1. %2").arg(i + 1).arg(names.at(i)), i);
    const int index = m_stepFilter->findData(current);
    m_stepFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_model->setStepFilter(RunLogModel::AllSteps);
}

void RunLogView::showStep(int position)
{
    const int index = m_stepFilter->findData(position);
    m_stepFilter->setCurrentIndex(index < 0 ? 0 : index);
}

bool RunLogView::isFollowing() const
{
    return m_follow->isChecked();
}

void RunLogView::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

bool RunLogView::findNext(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    if (m_find->text() != text)
        m_find->setText(text);
    const QModelIndex current = m_list->currentIndex();
    int from = backwards ? m_model->rowCount() - 1 : 0;
    if (current.isValid())
        from = backwards ? current.row() - 1 : current.row() + 1;
    const QModelIndex found = m_model->find(text, from, backwards);
    updateFindStatus(found.isValid());
    if (!found.isValid())
        return false;
    m_follow->setChecked(false);
    m_list->setCurrentIndex(found);
    m_list->scrollTo(found, QAbstractItemView::PositionAtCenter);
    return true;
}

void RunLogView::updateFindStatus(bool found)
{
    m_findStatus->setText(found ? QString() : tr("No match"));
}

QString RunLogView::textToCopy() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty()) {
        rows.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    return m_model->plainText(rows);
}

void RunLogView::copy()
{
    QApplication::clipboard()->setText(textToCopy());
}

void RunLogView::scheduleScroll()
{
    if (m_follow->isChecked() && !m_scrollTimer->isActive())
        m_scrollTimer->start();
}

} // namespace hydron::ui
