// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fills a data folder with a few realistic projects and servers, for screenshots and for trying
// the GUI: seed_demo DIR, then hydron --data-dir DIR.
#include "core/coreservices.h"
#include "seeddata.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: seed_demo DATA_DIR\n");
        return 2;
    }
    auto core = hydron::CoreServices::open(args.at(1), {.fileLogging = false, .markInterrupted = false});
    if (!core) {
        std::fprintf(stderr, "seed_demo: %s\n", qPrintable(core.error().toString()));
        return 1;
    }
    if (auto seeded = hydron::bench::seedDemo(**core); !seeded) {
        std::fprintf(stderr, "seed_demo: %s\n", qPrintable(seeded.error().toString()));
        return 1;
    }
    return 0;
}
