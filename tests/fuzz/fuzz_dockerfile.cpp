// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the Dockerfile parser and the health-check command reader.
#include "core/analysis/dockerfile.h"

#include <cstddef>
#include <cstdint>

using namespace hydron::analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dockerfile file = parseDockerfile(bytes);
    qsizetype n = file.error.size();
    for (const DockerfileStage &stage : file.stages) {
        n += stage.exposed.size() + stage.env.size() + stage.startCommand().value.size();
        n += probeFromCommand(stage.healthcheck.value).path.size();
    }
    n += probeFromCommand(QString::fromUtf8(bytes)).path.size();
    volatile qsizetype sink = n;
    (void)sink;
    return 0;
}
