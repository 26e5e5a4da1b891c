// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hydron::remote {

// Where SshTransport gets the passphrase of an encrypted key file (the keychain implements
// it; tests use a fixed one). Called on the SSH worker thread, never on the GUI thread, so
// it may block there while it asks the keychain.
class PassphraseProvider
{
public:
    virtual ~PassphraseProvider() = default;
    // The passphrase for `keyFile`, or nothing when none is known.
    [[nodiscard]] virtual std::optional<QString> passphrase(const QString &keyFile) = 0;
};

} // namespace hydron::remote
