// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hydron::source {

// A login for an HTTPS Git host: a user name (many hosts accept any, e.g. "x-access-token" on
// GitHub, "oauth2" on GitLab) and a personal access token.
struct HttpsCredential
{
    QString username;
    QString token;
};

// Where the fetcher gets secrets it must not keep: HTTPS tokens and SSH key passphrases. The
// keychain (secrets/) implements it; tests give a double. Hydron hands what it returns to
// libgit2 for one connection only: never to a URL, .git/config or a log.
//
// Threading: called on the Git worker thread while a clone or fetch is running, so it must be
// thread-safe and must not wait for the GUI thread (a keychain-backed implementation reads the
// secret beforehand, or from a store that answers synchronously off the GUI thread).
class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;

    // The token for `host`; `url` (never carrying a secret) says which repository asks.
    // std::nullopt when none is stored.
    [[nodiscard]] virtual std::optional<HttpsCredential> httpsCredential(const QString &host, const QString &url) = 0;
    // The passphrase of an encrypted SSH private key; std::nullopt when the user has none to give.
    [[nodiscard]] virtual std::optional<QString> sshKeyPassphrase(const QString &privateKeyFile) = 0;
};

} // namespace hydron::source
