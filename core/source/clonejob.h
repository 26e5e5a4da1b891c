// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/source/sshhostkey.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace hydron::source {

enum class CloneStage
{
    Connecting,  // opening the connection, logging in, listing the remote's branches and tags
    Receiving,   // objects arriving: done/total count objects
    Resolving,   // deltas being resolved: done/total count deltas
    CheckingOut, // files written into the working tree: done/total count files
};

// A translated label for a stage ("Receiving objects"), for progress displays.
[[nodiscard]] QString cloneStageLabel(CloneStage stage);

struct SshOptions
{
    // The login name; empty: the user in the URL, else "git".
    QString user;
    // Try the keys held by ssh-agent (SSH_AUTH_SOCK) first.
    bool useAgent = true;
    // Then this private key file, if set. Its passphrase, when it has one, comes from the
    // CredentialProvider. The public key defaults to privateKeyFile + ".pub" when that exists.
    QString privateKeyFile;
    QString publicKeyFile;
    // The host keys to accept, as "SHA256:…" fingerprints (pinned). An empty list accepts none:
    // the first connection ends with an error that names the presented key, and
    // CloneJob::hostKeyPresented() carries it, so the caller can ask the user and retry.
    QStringList trustedHostKeys;
};

struct CloneRequest
{
    QString url; // https://, http://, ssh://, user@host:path, git://, file:// or a local folder
    QString ref; // branch, tag or commit (full or abbreviated); empty: the remote's default branch
    SshOptions ssh;
};

struct CloneResult
{
    QString path;           // the working tree, inside the cache
    QString commit;         // the full SHA-1 checked out (HEAD is detached there)
    QString ref;            // what it was resolved from: "refs/heads/main", "refs/tags/v1.2", or the commit
    bool fromCache = false; // an existing clone was fetched into rather than a new one made

    friend bool operator==(const CloneResult &, const CloneResult &) = default;
};

class CloneJob;

namespace detail {
class CloneRunner;
}

// What the work behind a CloneJob sees: the cancel flag and the ways to report. Reports are
// throttled (about 20 a second) and delivered to the job's thread as queued signals. Only
// valid while the work function runs.
class CloneContext final
{
public:
    [[nodiscard]] bool isCancelled() const;
    void reportProgress(qint64 done, qint64 total, CloneStage stage, qint64 bytes = -1);
    void reportRemoteMessage(const QString &line);
    void reportHostKey(const SshHostKey &key, bool trusted);

private:
    friend class detail::CloneRunner;
    explicit CloneContext(detail::CloneRunner *runner);
    detail::CloneRunner *m_runner;
};

// One clone or fetch of a Git repository (CONVENTIONS rule 6). Created by a GitFetcher; starts
// when control returns to the event loop, so connect first. Emits started(), then progress,
// and exactly one finished(). cancel() is safe from any thread; the job then ends with
// Error::Code::Cancelled, and a clone that was being made is removed from the cache.
// Deleting a running job cancels it.
class CloneJob final : public QObject
{
    Q_OBJECT

public:
    // The work runs on `worker` (or, when it is null, on the job's own thread during the
    // deferred start). GitFetcher implementations (and test doubles) provide it.
    using Work = std::function<Result<CloneResult>(CloneContext &context)>;

    CloneJob(CloneRequest request, Work work, QThread *worker, QObject *parent = nullptr);
    ~CloneJob() override;

    [[nodiscard]] const CloneRequest &request() const { return m_request; }
    [[nodiscard]] bool isRunning() const { return m_started && !m_finished; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled->load(); }
    // The last host key the SSH server presented, when there was one.
    [[nodiscard]] std::optional<SshHostKey> presentedHostKey() const { return m_hostKey; }

    // Ends the job early. Thread-safe; takes effect at the next libgit2 callback.
    void cancel();
    // Ends a job whose work can no longer run (its worker thread is stopping): emits
    // finished(error) now unless the job already finished.
    void abandon(const Error &error);

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total, hydron::source::CloneStage stage);
    // Bytes received so far (while receiving objects).
    void bytesReceived(qint64 bytes);
    // A line the server printed ("Counting objects: …"), for a log view.
    void remoteMessage(const QString &line);
    // The SSH server's host key and whether it matched a trusted fingerprint.
    void hostKeyPresented(const hydron::source::SshHostKey &key, bool trusted);
    void finished(const hydron::Result<hydron::source::CloneResult> &result);

private:
    void start();
    void finish(const Result<CloneResult> &result);

    CloneRequest m_request;
    Work m_work;
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::optional<SshHostKey> m_hostKey;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace hydron::source

// Queued signals register their argument types with QMetaType, which asks whether a type has
// operator==. std::expected declares one that compiles only when its error type has one, and
// hydron::Error has none (yet: see the note in the report), so tell Qt not to look for it.
template<>
struct QTypeTraits::has_operator_equal<hydron::Result<hydron::source::CloneResult>> : std::false_type
{
};
