// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deploy/provisioning.h"

#include "core/deploy/serverprobe.h"
#include "core/store/serverstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::deploy {
namespace {

struct ProvisionStep
{
    const char *file;
    const char *name;
    const char *label;
    bool root;
    bool skipOnLocal;
};

constexpr std::array<ProvisionStep, 9> provisionSteps{{
    {"00-os-check.sh", "os-check", QT_TRANSLATE_NOOP("hydron::Provision", "Check the operating system"), false, false},
    {"10-base-packages.sh", "base-packages", QT_TRANSLATE_NOOP("hydron::Provision", "Install the base packages"), true,
     false},
    {"20-docker.sh", "docker", QT_TRANSLATE_NOOP("hydron::Provision", "Install and start Docker"), true, false},
    {"30-firewall.sh", "firewall", QT_TRANSLATE_NOOP("hydron::Provision", "Set up the firewall"), true, true},
    {"40-ssh-hardening.sh", "ssh-hardening", QT_TRANSLATE_NOOP("hydron::Provision", "Harden SSH"), true, true},
    {"50-swap.sh", "swap", QT_TRANSLATE_NOOP("hydron::Provision", "Add swap when memory is low"), true, true},
    {"60-unattended-upgrades.sh", "unattended-upgrades",
     QT_TRANSLATE_NOOP("hydron::Provision", "Turn on security upgrades"), true, true},
    {"70-layout.sh", "layout", QT_TRANSLATE_NOOP("hydron::Provision", "Create Hydron's folders"), true, false},
    {"80-proxy.sh", "proxy", QT_TRANSLATE_NOOP("hydron::Provision", "Start the reverse proxy"), true, false},
}};

} // namespace

Result<QString> provisionScript(const QString &fileName)
{
    QFile file(u":/provision/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Internal,
                    QCoreApplication::translate("hydron::Provision", "The provisioning script %1 is missing from this "
                                                                     "build of Hydron.")
                        .arg(fileName));
    return QString::fromUtf8(file.readAll());
}

QString envFileLine(const QString &name, const QString &value)
{
    static const QRegularExpression bare(u"^[A-Za-z0-9_./:@%+,=-]*$"_s);
    if (bare.match(value).hasMatch())
        return name + u'=' + value + u'\n';
    QString quoted = value;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return name + u"='"_s + quoted + u"'\n"_s;
}

ProvisionRecipe::ProvisionRecipe(ServerStore &servers, ProvisionOptions options)
    : m_servers(servers)
    , m_options(std::move(options))
{}

QByteArray ProvisionRecipe::envFile(const Server &server) const
{
    QList<std::pair<QString, QString>> values;
    if (!server.isLocal()) {
        values.append({u"HYDRON_SSH_PORT"_s, QString::number(server.port)});
        values.append({u"HYDRON_SSH_USER"_s, server.user});
    }
    for (const auto &[name, value] : m_options.environment) {
        values.removeIf([&](const auto &v) { return v.first == name; });
        values.append({name, value});
    }
    QString text = u"# Written by Hydron for provisioning; read by common.sh, never sourced.\n"_s;
    for (const auto &[name, value] : values)
        text += envFileLine(name, value);
    return text.toUtf8();
}

Result<QList<runs::StepDefinition>> ProvisionRecipe::compile(const runs::RecipeContext &context) const
{
    auto common = provisionScript(u"common.sh"_s);
    if (!common)
        return std::unexpected(common.error());
    for (const auto &[name, value] : m_options.environment) {
        if (!name.startsWith(u"HYDRON_"))
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::Provision",
                                                    "Provisioning settings are HYDRON_ variables; %1 is not one.")
                            .arg(name));
    }
    const QByteArray env = envFile(context.server);
    QList<runs::StepDefinition> steps;
    for (const ProvisionStep &p : provisionSteps) {
        auto script = provisionScript(QString::fromLatin1(p.file));
        if (!script)
            return std::unexpected(script.error());
        runs::StepDefinition d;
        d.name = QString::fromLatin1(p.name);
        d.label = QCoreApplication::translate("hydron::Provision", p.label);
        d.script = *common + u'\n' + *script;
        d.envFile = env;
        d.needsRoot = p.root;
        d.idempotent = true;
        d.timeout = m_options.stepTimeout;
        if (p.skipOnLocal && context.server.isLocal())
            d.skipReason = QCoreApplication::translate(
                "hydron::Provision", "Hydron does not change how this computer is reached or updated.");
        steps.append(d);
    }
    runs::StepDefinition inventory;
    inventory.name = u"inventory"_s;
    inventory.label = QCoreApplication::translate("hydron::Provision", "Record the server's resources");
    inventory.script = probeScript(false);
    inventory.timeout = std::chrono::minutes(2);
    steps.append(inventory);
    return steps;
}

Result<void> ProvisionRecipe::completed(const runs::RecipeContext &context, const QHash<QString, QString> &facts)
{
    auto server = m_servers.find(context.server.id);
    if (!server)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::Provision", "The server was removed during provisioning."));
    const ServerFacts f = factsFrom(facts);
    server->spec = f.spec(server->spec);
    server->status = ServerStatus::Provisioned;
    if (auto saved = m_servers.update(*server); !saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace hydron::deploy
