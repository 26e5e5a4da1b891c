// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/coreservices.h"

namespace hydron::ui {

MainWindow::MainWindow(CoreServices &core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hydron"));
}

} // namespace hydron::ui
