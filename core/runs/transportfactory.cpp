// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/transportfactory.h"

#include "core/remote/localtransport.h"

namespace hydron::runs {

std::unique_ptr<remote::Transport> transportFor(const Server &server, const remote::SshOptions &options)
{
    if (server.isLocal())
        return std::make_unique<remote::LocalTransport>();
    return std::make_unique<remote::SshTransport>(server, options);
}

} // namespace hydron::runs
