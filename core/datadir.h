// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace hydron {

// Where Hydron keeps its database, run logs, settings and diagnostics: the --data-dir option,
// else HYDRON_DATA_DIR, else the platform's application data folder
// (~/.local/share/hydron on Linux).
class DataDir final
{
public:
    // Returns the absolute folder, created if missing and proven writable.
    [[nodiscard]] static Result<QString> resolve(const QString &commandLineOverride = {});
    [[nodiscard]] static QString defaultLocation();
    // Creates the folder when missing and writes and removes a probe file.
    [[nodiscard]] static Result<void> ensureWritable(const QString &dir);
};

} // namespace hydron
