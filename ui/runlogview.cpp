// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/runlogview.h"

#include "ui/icons.h"
#include "ui/loglinesview.h"
#include "ui/models/runlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

RunLogView::RunLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunLogModel(this))
    , m_list(new LogLinesView(m_model, this))
    , m_stepFilter(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_findPrevious(new QToolButton(this))
    , m_findNext(new QToolButton(this))
    , m_follow(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_findStatus(new QLabel(this))
    , m_scrollTimer(new QTimer(this))
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

    m_list->setObjectName(u"logLines"_s);
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
    connect(m_scrollTimer, &QTimer::timeout, this, [this] { m_list->scrollToBottom(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunLogView::scheduleScroll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunLogView::scheduleScroll);
    // Scrolling up stops following; scrolling back to the end follows again.
    connect(m_list, &LogLinesView::userScrolled, this, [this](bool atBottom) { m_follow->setChecked(atBottom); });
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            scheduleScroll();
    });
    connect(m_stepFilter, &QComboBox::currentIndexChanged, this,
            [this](int) { m_model->setStepFilter(m_stepFilter->currentData().toInt()); });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_list->setHighlight(text);
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
    const int current = m_list->currentRow();
    int from = backwards ? m_model->rowCount() - 1 : 0;
    if (current >= 0)
        from = backwards ? current - 1 : current + 1;
    const QModelIndex found = m_model->find(text, from, backwards);
    updateFindStatus(found.isValid());
    if (!found.isValid())
        return false;
    m_follow->setChecked(false);
    m_list->setCurrentRow(found.row());
    m_list->scrollToRow(found.row());
    return true;
}

void RunLogView::updateFindStatus(bool found)
{
    m_findStatus->setText(found ? QString() : tr("No match"));
}

QString RunLogView::textToCopy() const
{
    QList<int> rows = m_list->selectedRows();
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
