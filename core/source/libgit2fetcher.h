// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source/credentialprovider.h"
#include "core/source/gitfetcher.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace hydron::source {

// What this machine's libgit2 can do, from git_libgit2_features().
struct GitFeatures
{
    QString version; // "1.5.1"
    bool threads = false;
    bool https = false;
    bool ssh = false;
};

// The real GitFetcher over libgit2. All libgit2 work happens on one named worker thread
// ("hydron-git", CONVENTIONS rule 7), so jobs run one after the other; the GUI thread never
// waits for the network. Clones live in <cacheRoot>/<GitRemote::cacheKey()>/ (by default
// <data>/sources/…); a lock file beside each clone keeps two Hydron processes apart.
//
// Credentials: for SSH, ssh-agent first, then the key file of the request (its passphrase from
// the CredentialProvider); for HTTPS, a token from the CredentialProvider (or written into the
// URL by the user, which is then taken out of it). Each way is tried once, so a refused login
// ends with a clear error rather than libgit2 asking forever. Secrets reach libgit2 for the
// connection only; the remote URL in .git/config never carries one, and logs mask them.
// Tokens are sent over plain http:// only to a loopback host.
class LibGit2Fetcher final : public QObject, public GitFetcher
{
    Q_OBJECT

public:
    explicit LibGit2Fetcher(QString cacheRoot, std::shared_ptr<CredentialProvider> credentials = {},
                            QObject *parent = nullptr);
    // Cancels the jobs still running, waits for the worker thread, and ends the jobs that never
    // got to run with a Cancelled error.
    ~LibGit2Fetcher() override;

    // The request's trusted host keys are joined by the ones remembered for its host.
    [[nodiscard]] CloneJob *fetch(const CloneRequest &request, QObject *parent) override;
    // Kept in <cacheRoot>/known_hosts, one "host:port fingerprint" per line.
    Result<void> rememberHostKey(const QString &url, const QString &fingerprint) override;
    [[nodiscard]] QStringList rememberedHostKeys(const QString &url) const;

    // <dataDir>/sources
    [[nodiscard]] static QString defaultCacheRoot(const QString &dataDir);
    [[nodiscard]] QString cacheRoot() const { return m_cacheRoot; }
    // The folder a URL is (or would be) cloned into; empty when the URL does not parse.
    [[nodiscard]] QString cacheDirFor(const QString &url) const;

    [[nodiscard]] static GitFeatures features();

    // Makes libgit2 trust the certificate authorities in the PEM file `pemFile` for HTTPS, in
    // place of the system bundle it reads by default (libgit2 keeps one list for the whole
    // process). For a self-hosted Git server with a private CA, pass a file that holds the
    // system bundle and that CA.
    [[nodiscard]] static Result<void> setCertificateAuthorities(const QString &pemFile);

private:
    QString m_cacheRoot;
    std::shared_ptr<CredentialProvider> m_credentials;
    QThread m_thread;
    QList<QPointer<CloneJob>> m_jobs;
};

} // namespace hydron::source
