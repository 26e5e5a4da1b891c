// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

namespace hydron::source {

// Where a Git repository lives, parsed from what the user typed: https:// and http://,
// ssh:// (and git+ssh://), the scp-like user@host:path, git://, file:// and local folders.
//
// Credentials never stay in the URL: a user name and password (or token) written into an
// http(s) URL are taken out of url() and kept apart in embeddedUser()/embeddedSecret(), so
// they reach neither .git/config nor a log. An ssh URL with a password is refused (Hydron logs
// in to SSH with keys only).
class GitRemote final
{
public:
    enum class Scheme
    {
        Https,
        Http,
        Ssh,
        Git,
        File,
        Local
    };

    [[nodiscard]] static Result<GitRemote> parse(const QString &text);

    [[nodiscard]] Scheme scheme() const { return m_scheme; }
    // What libgit2 is given and .git/config stores: no password or token, ever.
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] int port() const { return m_port; } // -1: the scheme's default
    [[nodiscard]] QString user() const { return m_user; }
    // The repository path (for Local and File: the absolute folder).
    [[nodiscard]] QString path() const { return m_path; }
    // The repository's name: the path's last part without ".git" ("shop" for
    // https://host/acme/shop.git); empty when the path has none.
    [[nodiscard]] QString repositoryName() const;
    [[nodiscard]] QString embeddedUser() const { return m_embeddedUser; }
    [[nodiscard]] QString embeddedSecret() const { return m_embeddedSecret; }

    [[nodiscard]] bool isSsh() const { return m_scheme == Scheme::Ssh; }
    [[nodiscard]] bool isHttp() const { return m_scheme == Scheme::Https || m_scheme == Scheme::Http; }
    [[nodiscard]] bool isLocal() const { return m_scheme == Scheme::File || m_scheme == Scheme::Local; }
    // True for hosts that never leave the machine (127.0.0.0/8, ::1, localhost).
    [[nodiscard]] bool isLoopback() const;

    // The URL in a form fit for logs and messages (the same as url(): secrets are never in it).
    [[nodiscard]] QString displayText() const { return m_url; }
    // A stable key for the clone cache: equal for spellings of the same repository
    // (case of scheme and host, default port, a trailing ".git" or "/"), different otherwise.
    [[nodiscard]] QString cacheKey() const;

private:
    Scheme m_scheme = Scheme::Local;
    QString m_url;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_path;
    QString m_embeddedUser;
    QString m_embeddedSecret;
    bool m_scpLike = false;
};

// Replaces every occurrence of each secret in `text` with "****"; secrets shorter than four
// characters are left alone (they would mask ordinary words).
[[nodiscard]] QString maskSecrets(QString text, const QStringList &secrets);

} // namespace hydron::source
