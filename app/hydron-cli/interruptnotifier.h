// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace hydron::cli {

// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal while it exists, so a long command can
// cancel its job and end cleanly (a clone removes its half-made folder, a run releases its
// server lock) instead of dying in the middle. The previous handlers come back when it is
// destroyed. One at a time per process.
class InterruptNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    [[nodiscard]] bool isInterrupted() const { return m_interrupted; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace hydron::cli
