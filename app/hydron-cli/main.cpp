// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hydron-cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hydron-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HYDRON_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    hydron::cli::Cli cli(out, err);
    return static_cast<int>(cli.run(QCoreApplication::arguments().mid(1)));
}
