// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CoreServices &core, QWidget *parent = nullptr);

private:
    CoreServices &m_core;
};

} // namespace hydron::ui
