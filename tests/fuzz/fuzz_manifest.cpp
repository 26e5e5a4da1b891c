// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: every language manifest parser and deploy manifest parser over the same
// bytes. None may crash, hang or leak, whatever the input.
#include "core/analysis/deploymanifest.h"
#include "core/analysis/manifest.h"
#include "core/analysis/sourcescan.h"

#include <cstddef>
#include <cstdint>

using namespace hydron::analysis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto use = [](const Manifest &m) {
        // Touch the results so nothing is optimised away.
        volatile qsizetype n = m.dependencies.size() + m.scripts.size() + m.workspaces.size() + m.error.size();
        (void)n;
    };
    use(parsePackageJson(bytes));
    use(parsePnpmWorkspace(bytes));
    use(parsePyproject(bytes));
    use(parsePipfile(bytes));
    use(parseRequirements(bytes));
    use(parseGoMod(bytes));
    use(parseGoWork(bytes));
    use(parseGemfile(bytes));
    use(parseComposerJson(bytes));
    use(parseCargoToml(bytes));
    use(parsePomXml(bytes));
    use(parseCsproj(bytes));
    use(parseSolution(bytes));
    use(parseGradleBuild(bytes));
    use(parseGradleSettings(bytes));
    use(parseMixExs(bytes));
    for (const DeployManifest &m : {parseRenderYaml(bytes), parseFlyToml(bytes), parseRailwayToml(bytes),
                                    parseRailwayJson(bytes), parseAppJson(bytes)}) {
        volatile qsizetype n = m.services.size() + m.backing.size();
        (void)n;
    }
    volatile qsizetype n = parseEnvFile(bytes).size();
    (void)n;
    return 0;
}
