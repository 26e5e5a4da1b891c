// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/recipe.h"

#include <QList>
#include <QPair>

#include <chrono>
#include <utility>

namespace hydron {
class ServerStore;
}

namespace hydron::deploy {

struct ProvisionOptions
{
    // Extra HYDRON_* values for the env file (README of resources/provision), e.g.
    // {"HYDRON_PROXY_IMAGE", "caddy:2"}; they win over the ones Hydron derives.
    QList<std::pair<QString, QString>> environment;
    std::chrono::milliseconds stepTimeout{20 * 60'000};
};

// Provisioning as a run (Run::Kind::Provision): the steps of resources/provision (built in
// as :/provision/*.sh), each sent as common.sh + step on standard input with one env file
// (HYDRON_SSH_PORT, HYDRON_SSH_USER, …) uploaded with mode 0600, through `sudo -n` when the
// SSH user is not root, then a last "inventory" step that reads CPU, RAM, disk and OS.
// On "This computer" the steps that would change how the machine is reached (firewall, SSH
// hardening, swap, unattended upgrades) are skipped.
// When the run completes, the server becomes Provisioned and its spec is stored.
class ProvisionRecipe final : public runs::RunRecipe
{
public:
    explicit ProvisionRecipe(ServerStore &servers, ProvisionOptions options = {});

    [[nodiscard]] Run::Kind kind() const override { return Run::Kind::Provision; }
    [[nodiscard]] Result<QList<runs::StepDefinition>> compile(const runs::RecipeContext &context) const override;
    Result<void> completed(const runs::RecipeContext &context, const QHash<QString, QString> &facts) override;

    // The env file for a server: HYDRON_NAME=VALUE lines, values bare or single-quoted.
    [[nodiscard]] QByteArray envFile(const Server &server) const;

private:
    ServerStore &m_servers;
    ProvisionOptions m_options;
};

// The text of a built-in provisioning script ("common.sh", "20-docker.sh").
[[nodiscard]] Result<QString> provisionScript(const QString &fileName);
// One env file line, the value quoted as resources/provision/common.sh reads it.
[[nodiscard]] QString envFileLine(const QString &name, const QString &value);

} // namespace hydron::deploy
