// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandocument.h"
#include "core/runs/recipe.h"

#include <QHash>

#include <chrono>
#include <functional>

namespace hydron {
class PlanStore;
class ProjectStore;
struct Project;
namespace secrets {
class SecretMasker;
}
} // namespace hydron

namespace hydron::deploy {

// Secret values for a plan (reference → value), read from the keychain before the run starts.
// Generated secrets must already be stored (planenv.h secretsToGenerate) so that every deploy
// gets the same value.
using SecretValues = std::function<Result<QHash<QString, QString>>(const Project &, const planning::PlanDocument &)>;

struct DeployOptions
{
    SecretValues secretValues; // null: the plan must need no secret
    // The local folder holding the project's source (a Git source's clone); null: a Folder
    // source's location (other sources can then deploy image services only).
    std::function<QString(const Project &)> sourceRoot;
    QString cacheDirectory;    // where build contexts are packed; empty: <temp>/hydron-deploy
    int keepReleases = 3;      // releases kept on the server for rollback
    int maxHealthInterval = 2; // seconds between health probes while a service starts
    std::chrono::milliseconds buildTimeout{30 * 60'000};
    std::chrono::milliseconds stepTimeout{10 * 60'000};
};

// One service as the deploy compiles it (for views, tests and the CLI).
struct CompiledService
{
    QString name;
    QString image;      // built: hydron/<project>-<service>:<buildHash>; else the plan's image
    QString container;  // app: <project>-<service>-<inputs>; backing: <project>-<service>
    QString buildHash;  // context + Dockerfile + args (empty for image services)
    QString inputs;     // buildHash/image + env + command + settings: what makes a new container
    QString contextTar; // the packed build context (built services)
    bool backing = false;
};

struct CompiledDeploy
{
    QString project;                 // the slug used on the server
    QString release;                 // content-addressed: the same inputs give the same release
    QList<CompiledService> services; // in start order
    QList<runs::StepDefinition> steps;
};

// Deploy and Redeploy (Run::Kind::Deploy / Redeploy): the project's latest approved plan as
// idempotent steps (resources/deploy/deploy.sh after resources/provision/common.sh):
//   prepare → build-<svc>… → start-<svc>… (dependency order; new app containers beside the old,
//   health-gated) → switch (the proxy's site file, caddy reload) → post-deploy-<svc>… → cleanup.
// Images are tagged by the hash of their build context, Dockerfile and arguments, and app
// containers are named by the hash of all their inputs, so a redeploy rebuilds only changed
// services and leaves unchanged containers running untouched. Values (env, secrets) reach the
// server only in the 0600 env files; secret values are added to the masker.
class DeployRecipe final : public runs::RunRecipe
{
public:
    DeployRecipe(Run::Kind kind, ProjectStore &projects, PlanStore &plans, secrets::SecretMasker *masker,
                 DeployOptions options = {});

    [[nodiscard]] Run::Kind kind() const override { return m_kind; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &context) const override;
    Result<void> completed(const runs::RecipeContext &context, const QHash<QString, QString> &facts) override;

    // The whole compilation for a project (the latest approved plan).
    [[nodiscard]] Result<CompiledDeploy> compileProject(qint64 projectId) const;
    [[nodiscard]] Result<CompiledDeploy> compilePlan(const Project &project, const planning::PlanDocument &plan) const;

    // Secret values (reference → value) the caller read from the keychain before starting a run
    // of the project, used when DeployOptions::secretValues is not set. Kept in memory only.
    void setSecretValues(qint64 projectId, const QHash<QString, QString> &values);

private:
    Run::Kind m_kind;
    ProjectStore &m_projects;
    PlanStore &m_plans;
    secrets::SecretMasker *m_masker;
    DeployOptions m_options;
    QHash<qint64, QHash<QString, QString>> m_secretValues;
};

// Rollback (Run::Kind::Rollback): starts a kept release's containers, health-gates them and
// switches the proxy back to them. The target is the one set with setTarget() for the project,
// else the release before the current one.
class RollbackRecipe final : public runs::RunRecipe
{
public:
    explicit RollbackRecipe(ProjectStore &projects);

    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Rollback; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &context) const override;
    void setTarget(qint64 projectId, const QString &release);

private:
    ProjectStore &m_projects;
    QHash<qint64, QString> m_targets;
};

// The project's name as Hydron uses it on servers: lowercase letters, digits and '-'.
[[nodiscard]] QString projectSlug(const QString &name);
// The files of `folder` (relative paths, sorted) that a build context holds: .dockerignore rules
// (and `extraIgnore`, a generated .dockerignore) applied; .git is never included.
[[nodiscard]] Result<QStringList> contextFiles(const QString &folder, const QString &extraIgnore = {});
// A reproducible tar (ustar; owner root, mtime 0) of those files plus `extra` (name → content).
[[nodiscard]] Result<QByteArray> contextTar(const QString &folder, const QStringList &files,
                                            const QMap<QString, QByteArray> &extra);

} // namespace hydron::deploy
