// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/run.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace hydron {
class CoreServices;
struct Plan;
struct Project;
struct Server;
namespace source {
class CloneJob;
}
} // namespace hydron

namespace hydron::deploy {

struct DeployRequest
{
    Run::Kind kind = Run::Kind::Deploy; // Deploy, Redeploy or Rollback
    qint64 projectId = 0;
    qint64 serverId = 0;
    QString rollbackTarget; // Rollback: the kept release to return to; empty: the previous one
};

// Why a deploy of `projectId` cannot start now, checked without any I/O (the plan and the
// project's runs as the stores hold them); nullopt: it may start. Deploy and Redeploy need the
// latest plan approved and current; every kind needs the server and no active run of the
// project or on the server. DeployStarter starts with this check; views use it to enable
// their buttons.
[[nodiscard]] std::optional<Error> deployBlocker(CoreServices &core, const DeployRequest &request);

// A release of a project kept on a server for rollback (newest first in lists).
struct KeptRelease
{
    QString id;           // the content-addressed release id ("a1b2c3d4e5f6")
    QDateTime deployedAt; // UTC, when it last became current
    bool current = false; // serving now
    bool kept = true;     // its containers' record is still on the server (false: cleaned up)

    friend bool operator==(const KeptRelease &, const KeptRelease &) = default;
};

using ReleasesCallback = std::function<void(Result<QList<KeptRelease>>)>;

// Reads the releases of `project` on `server` (/opt/hydron/projects/<slug>/releases.log, current,
// releases/<id>/containers) through the server's transport, without blocking: each file is read
// on the transport's own thread and the next read starts from the answer. Newest first, each
// release once. A project that never deployed there gives an empty list. `callback` runs once, in
// `context`, never after `context` is destroyed.
void listReleases(CoreServices &core, const Project &project, const Server &server, QObject *context,
                  ReleasesCallback callback);

// Prepares and starts a Deploy, Redeploy or Rollback run (CONVENTIONS rule 6): checks the plan,
// the server and that nothing of the project runs (deployBlocker); reads the plan's secret
// values from the keychain (plansecrets.h; generated ones are made and stored once) and hands
// them to CoreServices; resolves the folder the images are built from — a Folder source's
// location, a Git source's clone in the source cache fetched at the project's ref (on the Git
// thread, with progress), nothing for image and template sources — and gives it to
// CoreServices; then starts the run on the engine. Starts when control returns to the event
// loop, so connect first. Emits started(), progress(text) per stage, and exactly one
// finished(): the run as stored (it then goes on in the engine) or an error. cancel() ends the
// preparation with Error::Code::Cancelled and starts nothing; once the run exists it is the
// run's to stop (RunEngine::stop). Never blocks the thread it lives on.
class DeployStarter final : public QObject
{
    Q_OBJECT

public:
    DeployStarter(CoreServices &core, DeployRequest request, QObject *parent = nullptr);
    ~DeployStarter() override;

    [[nodiscard]] const DeployRequest &request() const { return m_request; }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    void cancel();

Q_SIGNALS:
    void started();
    // What it does now ("Reading secrets from the keychain", "Fetching the repository: 40%").
    void progress(const QString &text);
    void finished(const hydron::Result<hydron::Run> &result);

private:
    void start();
    void readSecrets(const Project &project);
    void resolveSource(const Project &project);
    void fetch(const Project &project);
    void launch(const QString &sourceRoot);
    void finish(const Result<Run> &result);

    CoreServices &m_core;
    DeployRequest m_request;
    QPointer<source::CloneJob> m_clone;
    QObject *m_guard = nullptr; // context of the keychain callbacks; deleted on cancel
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace hydron::deploy

template<>
struct QTypeTraits::has_operator_equal<hydron::Result<hydron::Run>> : std::false_type
{
};
