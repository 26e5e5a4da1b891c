// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::ui {

Sparkline::Sparkline(QString title, QWidget *parent)
    : QWidget(parent)
    , m_title(std::move(title))
{
    setAccessibleName(m_title);
}

void Sparkline::addSample(double percent, const QString &valueText)
{
    m_samples.append(std::clamp(percent, 0.0, 100.0));
    if (m_samples.size() > Capacity)
        m_samples.remove(0, m_samples.size() - Capacity);
    m_valueText = valueText;
    setAccessibleDescription(valueText);
    update();
}

void Sparkline::clear()
{
    m_samples.clear();
    m_valueText.clear();
    update();
}

QSize Sparkline::sizeHint() const
{
    return {220, fontMetrics().height() * 2 + 48};
}

QSize Sparkline::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 2 + 32};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(frame, 6, 6);

    const int margin = 8;
    const QFontMetrics fm = fontMetrics();
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(margin, margin, width() - 2 * margin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    QFont strong = font();
    strong.setBold(true);
    p.setFont(strong);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(margin, margin, width() - 2 * margin, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               m_valueText.isEmpty() ? u"–"_s : m_valueText);

    const QRectF chart(margin, margin + fm.height() + 6, width() - 2 * margin, height() - 2 * margin - fm.height() - 6);
    if (m_samples.size() < 2 || chart.height() < 4)
        return;
    const double step = chart.width() / (Capacity - 1);
    const double x0 = chart.right() - step * static_cast<double>(m_samples.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const QPointF point(x0 + step * static_cast<double>(i),
                            chart.bottom() - chart.height() * m_samples.at(i) / 100.0);
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath area = line;
    area.lineTo(chart.right(), chart.bottom());
    area.lineTo(x0, chart.bottom());
    area.closeSubpath();
    QColor accent = pal.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(50);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(area);
    p.setPen(QPen(accent, 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
}

} // namespace hydron::ui
