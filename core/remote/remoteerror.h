// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <optional>

// What exactly went wrong with a connection or a command, beyond Error::Code. The kind
// travels inside Error::detail as its first word ("host-key-changed: …"), so it survives
// queued signals, the run engine and the store; read it back with failureOf().
namespace hydron::remote {

enum class Failure
{
    Other,
    HostNotFound,   // the name does not resolve
    Unreachable,    // no route, network down
    Refused,        // nothing listens on the port
    ConnectTimeout, // no SSH answer within the connect timeout
    HostKeyUnknown, // no fingerprint pinned yet: ask the user (detail carries "presented=SHA256:…")
    HostKeyChanged, // pinned and different: refused (detail carries pinned= and presented=)
    AuthFailed,     // the server accepted none of the keys offered
    KeyFile,        // the key file is missing, unreadable, or its passphrase is wrong
    ConnectionLost, // the connection dropped while in use
    Protocol,       // the SSH session or a channel failed otherwise
    RemoteFile,     // an SFTP operation failed (no such file, permission, too large)
    CommandTimeout, // the command ran longer than its timeout and was stopped
    Cancelled,      // cancelled by the caller
};

[[nodiscard]] QString failureName(Failure failure);
[[nodiscard]] Failure failureOf(const Error &error);

// An Error whose detail starts with the failure's name.
[[nodiscard]] Error remoteError(Failure failure, Error::Code code, const QString &message,
                                const QString &technical = {});

struct HostKeyMismatch
{
    QString pinned;    // empty for HostKeyUnknown
    QString presented; // what the server showed: "SHA256:…"
};

// The fingerprints of a HostKeyUnknown or HostKeyChanged error.
[[nodiscard]] std::optional<HostKeyMismatch> hostKeyMismatchOf(const Error &error);

} // namespace hydron::remote
