// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style.h"

#include "ui/icons.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QPainter>
#include <QPalette>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui::style {
namespace {

// Hues for statuses, one for light and one for dark backgrounds.
QColor tone(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}

QColor green(const QPalette &p)
{
    return tone(p, 0xff1a7f37, 0xff4ac26b);
}
QColor red(const QPalette &p)
{
    return tone(p, 0xffcf222e, 0xffff7b72);
}
QColor blue(const QPalette &p)
{
    return tone(p, 0xff0969da, 0xff58a6ff);
}
QColor amber(const QPalette &p)
{
    return tone(p, 0xff9a6700, 0xffd29922);
}
QColor grey(const QPalette &p)
{
    return secondaryTextColor(p);
}

} // namespace

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() + (y.redF() - x.redF()) * t),
                            static_cast<float>(x.greenF() + (y.greenF() - x.greenF()) * t),
                            static_cast<float>(x.blueF() + (y.blueF() - x.blueF()) * t),
                            static_cast<float>(x.alphaF() + (y.alphaF() - x.alphaF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor secondaryTextColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.38);
}

QColor separatorColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.16);
}

QColor runStatusColor(RunStatus status, const QPalette &palette)
{
    switch (status) {
    case RunStatus::Completed:
        return green(palette);
    case RunStatus::Failed:
        return red(palette);
    case RunStatus::Started:
    case RunStatus::InProgress:
        return blue(palette);
    case RunStatus::Paused:
        return amber(palette);
    case RunStatus::Stopped:
    case RunStatus::Interrupted:
        return grey(palette);
    }
    return grey(palette);
}

QColor stepStatusColor(StepStatus status, const QPalette &palette)
{
    switch (status) {
    case StepStatus::Completed:
        return green(palette);
    case StepStatus::Failed:
        return red(palette);
    case StepStatus::Started:
    case StepStatus::InProgress:
        return blue(palette);
    case StepStatus::Pending:
    case StepStatus::Stopped:
    case StepStatus::Skipped:
        return grey(palette);
    }
    return grey(palette);
}

QColor serverStatusColor(ServerStatus status, const QPalette &palette)
{
    switch (status) {
    case ServerStatus::Online:
    case ServerStatus::Provisioned:
        return green(palette);
    case ServerStatus::Offline:
        return red(palette);
    case ServerStatus::NotProvisioned:
        return amber(palette);
    case ServerStatus::Unknown:
        return grey(palette);
    }
    return grey(palette);
}

QIcon dot(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    if (const auto it = cache.constFind(color.rgba()); it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal d = size * 0.5;
        painter.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(color.rgba(), icon);
    return icon;
}

QString counted(QString text, int n)
{
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

QWidget *panel(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Plain);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    content->setParent(frame);
    layout->addWidget(content);
    return frame;
}

void fitColumnsToContents(QTableView *table, int air)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    auto fit = [table, header, air] {
        QAbstractItemModel *model = table->model();
        if (!model)
            return;
        // The last column too: a stretched last section never gets narrower than its own size.
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->isColumnHidden(column))
                continue;
            header->resizeSection(column, std::max(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column),
                                                   header->sectionSizeHint(column)) +
                                              air);
        }
    };
    QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, table, fit);
    fit();
}

void makeSearchField(QLineEdit *edit)
{
    edit->addAction(icons::themed(u"search"_s), QLineEdit::LeadingPosition);
    QAction *clear = edit->addAction(icons::themed(u"clear"_s), QLineEdit::TrailingPosition);
    clear->setObjectName(u"clearAction"_s);
    clear->setToolTip(QApplication::translate("hydron::ui::style", "Clear"));
    clear->setVisible(false);
    QObject::connect(clear, &QAction::triggered, edit, &QLineEdit::clear);
    QObject::connect(edit, &QLineEdit::textChanged, clear,
                     [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
}

void setFontScale(QWidget *widget, qreal factor, QFont::Weight weight)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    widget->setFont(font);
}

SecondaryLabel::SecondaryLabel(QWidget *parent)
    : SecondaryLabel(QString(), parent)
{}

SecondaryLabel::SecondaryLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    applyColor();
}

void SecondaryLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColor();
}

void SecondaryLabel::applyColor()
{
    QPalette palette = this->palette();
    // Both roles: on a base-coloured panel a label draws with Text instead of WindowText.
    const QColor color = secondaryTextColor(QApplication::palette());
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    setPalette(palette);
}

InlineErrorLabel::InlineErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    applyColor();
}

void InlineErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColor();
}

void InlineErrorLabel::applyColor()
{
    QPalette palette = this->palette();
    const QColor color = runStatusColor(RunStatus::Failed, QApplication::palette());
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    setPalette(palette);
}

} // namespace hydron::ui::style
