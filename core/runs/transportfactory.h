// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/server.h"
#include "core/remote/sshtransport.h"
#include "core/remote/transport.h"

#include <functional>
#include <memory>

namespace hydron::runs {

// The transport for a server: LocalTransport for the built-in "This computer"
// (Server::transport == Local), SshTransport otherwise. The caller owns it; delete it from
// the event loop (deleteLater), never from inside one of its own signals.
[[nodiscard]] std::unique_ptr<remote::Transport> transportFor(const Server &server,
                                                              const remote::SshOptions &options = {});

// How the engine and the probe make transports; tests and the app may give their own (SSH
// options with a passphrase provider, a shorter connect timeout…).
using TransportFactory = std::function<std::unique_ptr<remote::Transport>(const Server &)>;

} // namespace hydron::runs
