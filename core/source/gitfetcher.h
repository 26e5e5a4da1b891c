// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source/clonejob.h"

namespace hydron::source {

// Brings a Git repository's files to this computer at a given branch, tag or commit
// (CONVENTIONS rule 4: the real one is LibGit2Fetcher; tests and the UI may substitute).
class GitFetcher
{
public:
    virtual ~GitFetcher() = default;

    // Starts fetching `request` into the clone cache: a first request clones, later ones fetch
    // into the cached clone and check out the new ref (detached). The job starts when control
    // returns to the event loop; it is owned by `parent` (or by the caller when null).
    [[nodiscard]] virtual CloneJob *fetch(const CloneRequest &request, QObject *parent) = 0;

    // Trusts `fingerprint` ("SHA256:…") as the SSH host key of `url`'s host from now on, for
    // every later fetch from that host (by this fetcher or another on the same cache), as the
    // user accepted it. Fetchers without a persistent cache may ignore it.
    virtual Result<void> rememberHostKey(const QString &url, const QString &fingerprint)
    {
        (void)url;
        (void)fingerprint;
        return {};
    }
};

} // namespace hydron::source
