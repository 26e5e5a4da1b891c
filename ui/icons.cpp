// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace hydron::ui::icons {
namespace {

class ThemedSvgIconEngine final : public QIconEngine
{
public:
    ThemedSvgIconEngine(QString name, QByteArray svg)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor color = colorFor(mode);
        const QSize pixels = (QSizeF(size) * scale).toSize();
        if (pixels.isEmpty())
            return {};
        const QString key =
            u"hydron-icon:%1:%2x%3:%4"_s.arg(m_name).arg(pixels.width()).arg(pixels.height()).arg(color.rgba(), 8, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            QByteArray svg = m_svg;
            svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
            QSvgRenderer renderer(svg);
            pixmap = QPixmap(pixels);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setOpacity(color.alphaF());
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
            p.end();
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new ThemedSvgIconEngine(m_name, m_svg); }
    QString key() const override { return u"hydron-themed-svg"_s; }
    QString iconName() override { return m_name; }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    QByteArray m_svg;
};

} // namespace

QIcon themed(const QString &name)
{
    QFile file(u":/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedSvgIconEngine(name, file.readAll()));
}

QIcon logo()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QSvgRenderer renderer(u":/icons/hydron.svg"_s);
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace hydron::ui::icons
