// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/secrets/secretstore.h"
#include "core/source/clonejob.h"
#include "core/source/credentialprovider.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <memory>

namespace hydron::source {

// The CredentialProvider over the keychain (SecretStore). The keychain answers asynchronously
// on the GUI thread while libgit2 asks synchronously on the Git worker thread, so the secrets a
// clone may need are read beforehand with prepare(), kept in memory for the process only, and
// handed out under a mutex.
//
// Entries: an HTTPS token under ("git/<host>", "token") with its user name under
// ("git/<host>", "username") (default "x-access-token"); an SSH key's passphrase under
// ("ssh-key", <private key file>).
class KeychainCredentialProvider final : public CredentialProvider,
                                         public std::enable_shared_from_this<KeychainCredentialProvider>
{
public:
    static inline const QString DefaultHttpsUser = QStringLiteral("x-access-token");

    explicit KeychainCredentialProvider(secrets::SecretStore &store);

    [[nodiscard]] static secrets::SecretKey tokenKey(const QString &host);
    [[nodiscard]] static secrets::SecretKey usernameKey(const QString &host);
    [[nodiscard]] static secrets::SecretKey passphraseKey(const QString &privateKeyFile);

    using Done = std::function<void(Result<void>)>;

    // Reads what a clone of `request` may need (the HTTPS token of its host, or the passphrase
    // of its SSH key file) into memory, then calls `done` in `context`. A missing entry is no
    // error (the clone then goes without); a keychain that cannot be reached is, and the caller
    // may still go on without it.
    void prepare(const CloneRequest &request, QObject *context, Done done);
    // Stores a token the user gave in the keychain and keeps it for this process; `done` says
    // whether the keychain took it (the token is used for this process either way).
    void storeToken(const QString &host, const HttpsCredential &credential, QObject *context, Done done);

    [[nodiscard]] std::optional<HttpsCredential> httpsCredential(const QString &host, const QString &url) override;
    [[nodiscard]] std::optional<QString> sshKeyPassphrase(const QString &privateKeyFile) override;

private:
    void remember(const QString &host, const HttpsCredential &credential);

    secrets::SecretStore &m_store;
    QMutex m_mutex;
    QHash<QString, HttpsCredential> m_https; // by lower-case host
    QHash<QString, QString> m_passphrases;   // by key file
};

} // namespace hydron::source
