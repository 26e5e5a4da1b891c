// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/passphraseprovider.h"

#include <QPointer>

#include <chrono>

class QObject;

namespace hydron::secrets {
class SecretStore;
struct SecretKey;
} // namespace hydron::secrets

namespace hydron::remote {

// Passphrases of encrypted SSH key files from the keychain, under ("ssh-key", <key file>) —
// the entry the New Project wizard's Git SSH keys use too, so one stored passphrase serves both.
// SshTransport asks on its worker thread; the keychain answers on the thread that owns the
// store (`storeThread`, the GUI thread in the app), so the request is posted there and the
// worker waits for the answer, at most `timeout`. The GUI thread never waits.
class KeychainPassphraseProvider final : public PassphraseProvider
{
public:
    KeychainPassphraseProvider(secrets::SecretStore &store, QObject *storeThread,
                               std::chrono::milliseconds timeout = std::chrono::seconds(20));

    [[nodiscard]] static secrets::SecretKey keyFor(const QString &keyFile);

    [[nodiscard]] std::optional<QString> passphrase(const QString &keyFile) override;

private:
    secrets::SecretStore &m_store;
    QPointer<QObject> m_storeThread;
    std::chrono::milliseconds m_timeout;
};

} // namespace hydron::remote
