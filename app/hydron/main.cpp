// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coreservices.h"
#include "core/datadir.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hydron"));
    auto dir = hydron::DataDir::resolve();
    if (!dir)
        return 1;
    auto core = hydron::CoreServices::open(*dir);
    if (!core)
        return 1;
    hydron::ui::MainWindow window(**core);
    window.show();
    return QApplication::exec();
}
