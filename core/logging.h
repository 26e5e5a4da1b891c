// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <memory>
#include <spdlog/logger.h>

// Diagnostics (not run logs, which are domain data in core/store/runlog.h): spdlog with one
// named logger per subsystem, a rotating file in the data folder plus stderr, and Qt's own
// messages routed in. The loggers are the one global the code base allows.
namespace hydron::logging {

enum class Channel
{
    Core,
    Db,
    Ssh,
    Git,
    Llm,
    Ui
};

struct Options
{
    QString directory; // where hydron.log rotates; empty: stderr only
    spdlog::level::level_enum level = spdlog::level::info;
    spdlog::level::level_enum stderrLevel = spdlog::level::warn;
};

// Sets up the sinks and routes qDebug()/qWarning() into the "ui" logger. Safe to call again
// (for example once the data folder is known); later calls replace the sinks.
Result<void> init(const Options &options);

// The logger for a channel; usable before init() (it then writes warnings to stderr).
[[nodiscard]] std::shared_ptr<spdlog::logger> logger(Channel channel);

// The level named by HYDRON_LOG_LEVEL (trace, debug, info, warn, error), or `fallback`.
[[nodiscard]] spdlog::level::level_enum levelFromEnvironment(spdlog::level::level_enum fallback);

} // namespace hydron::logging
