// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace hydron::ui {

// A small line chart of the last samples of one value between 0 and 100 (CPU, memory, disk
// use in per cent), with its title and current value. Used for a server's live resources.
class Sparkline final : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QString title, QWidget *parent = nullptr);

    void addSample(double percent, const QString &valueText);
    void clear();
    [[nodiscard]] const QList<double> &samples() const { return m_samples; }
    [[nodiscard]] QString valueText() const { return m_valueText; }

    static constexpr int Capacity = 60;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_valueText;
    QList<double> m_samples;
};

} // namespace hydron::ui
