// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the docker-compose parser (yaml-cpp behind a bounded converter).
#include "core/analysis/composefile.h"

#include <cstddef>
#include <cstdint>

using namespace hydron::analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ComposeFile file = parseComposeFile(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    qsizetype n = file.error.size();
    for (const ComposeService &s : file.services)
        n += s.ports.size() + s.environment.size() + s.dependsOn.size() + s.context.size();
    volatile qsizetype sink = n;
    (void)sink;
    return 0;
}
