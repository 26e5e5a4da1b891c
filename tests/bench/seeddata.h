// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace hydron {
class CoreServices;
}

// Fills a data folder through the real stores, for the startup benchmark and for screenshots.
namespace hydron::bench {

struct SeedSize
{
    int projects = 500;
    int servicesPerProject = 3; // 2 or 3, alternating
    int servers = 50;
    int runs = 600; // spread over the projects, with steps
};

// Many generated projects, services, servers with tags and links, and runs.
Result<void> seedLarge(CoreServices &core, const SeedSize &size);
// A handful of realistic projects with services, a plan, a chat and runs, and a few servers.
Result<void> seedDemo(CoreServices &core);

} // namespace hydron::bench
