// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the Procfile parser and the shell word splitter used on its commands.
#include "core/analysis/procfile.h"

#include <cstddef>
#include <cstdint>

using namespace hydron::analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Procfile file = parseProcfile(bytes);
    qsizetype n = file.error.size();
    for (const ProcfileEntry &e : file.entries)
        n += e.name.size() + shellWords(e.command.value).size();
    volatile qsizetype sink = n;
    (void)sink;
    return 0;
}
