// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisresult.h"
#include "core/analysis/fileindex.h"
#include "core/error.h"

#include <atomic>
#include <functional>

namespace hydron::analysis {

struct AnalysisOptions
{
    ScanLimits limits;
    // What a service at the repository root is called when nothing names it (a compose file,
    // a Procfile, a manifest); empty: the folder's name. A clone's folder in the cache has a
    // hashed name, so analyses of clones pass the repository's name here.
    QString rootName;
};

// done and total count the current stage's units (files); total is 0 while unknown. `stage` is
// translated text for display ("Scanning files", "Reading source files", …).
using AnalysisProgress = std::function<void(qint64 done, qint64 total, const QString &stage)>;

// Analyses the repository at `root`: the bounded walk, one pass over source files, one detector
// per ecosystem and the declared boundaries (compose, Procfile, Dockerfiles, deploy manifests),
// then the services with their evidence. Pure and CPU-bound: no GUI, no event loop, safe to run
// on any thread (QtConcurrent). Fails only when the root cannot be read or on cancel
// (Error::Code::Cancelled); everything else it could not read is a warning in the result.
[[nodiscard]] Result<AnalysisResult> analyze(const QString &root, const AnalysisOptions &options = {},
                                             const std::atomic<bool> *cancel = nullptr,
                                             const AnalysisProgress &progress = {});

// Whether a path is test, example or fixture code, whose env reads and ports say nothing about
// the deployed app ("src/app.test.ts", "tests/conftest.py", "internal/x_test.go").
[[nodiscard]] bool isTestPath(QStringView path);

} // namespace hydron::analysis
