// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/remote/command.h"

#include <QStringList>

// Every command, local or remote, runs under one small bash wrapper so both behave alike:
// - the script runs in its own process group, announced as the first stdout line (which the
//   OutputCollector removes), so a cancel can signal the whole group: `kill -TERM -- -PGID`;
// - the wrapper forwards TERM/HUP/INT to that group (an SSH "signal" request reaches it);
// - it changes to the working directory and reports a failure on stderr with exit code 1;
// - the exit code is the script's; 128+N when it died of signal N.
namespace hydron::remote {

// The line prefix that announces the process group ("\x1e" + "hydron-pgid ").
[[nodiscard]] QString processGroupMarker();

// The bash source of the wrapper. Arguments: $1 working directory (may be empty), $2 the
// script, $3 the script's $0, $4… its arguments.
[[nodiscard]] QString commandWrapperScript();

// argv for a local `bash`: {"--norc", "-c", wrapper, "hydron", dir, script, "hydron", args…}.
[[nodiscard]] QStringList wrapperArguments(const Command &command);

// The exec line for a remote login shell: `exec env -- 'K=V' … bash -c '<wrapper>' …`,
// every word single-quoted. Fails on an invalid environment variable name.
[[nodiscard]] Result<QString> remoteCommandLine(const Command &command);

// Checks environment variable names ([A-Za-z_][A-Za-z0-9_]*).
[[nodiscard]] Result<void> validateEnvironment(const Command &command);

} // namespace hydron::remote
