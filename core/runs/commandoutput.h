// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/remote/transport.h"

#include <QFuture>
#include <QStringList>

#include <memory>

namespace hydron::runs {

// The whole output of a short command (a lock, a probe): not for long logs.
struct CommandOutput
{
    remote::ExitInfo exit;
    QStringList out;
    QStringList err;
};

// A transport shared by jobs that may outlive their caller; it is deleted with deleteLater()
// once the last user lets go, so it never dies inside one of its own signals.
[[nodiscard]] std::shared_ptr<remote::Transport> shareTransport(std::unique_ptr<remote::Transport> transport);

// Runs `command` to its end and collects its lines. Call it on the transport's thread; the
// future finishes there. A non-zero exit is not an error here (see CommandOutput::exit).
[[nodiscard]] QFuture<Result<CommandOutput>> collectOutput(const std::shared_ptr<remote::Transport> &transport,
                                                           const remote::Command &command);

} // namespace hydron::runs
