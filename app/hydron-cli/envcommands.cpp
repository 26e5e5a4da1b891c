// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli env set / env list: a project's services' environment. Plain values live in the
// project (the database); secret values live in the system keychain under
// project/<id>/service/<service>/<NAME>, as the New Project wizard stores them, and are only
// ever printed masked.
#include "app/hydron-cli/commandrunner.h"
#include "core/coreservices.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/store/projectstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

const QString MaskedValue = u"••••••"_s;

secrets::SecretKey secretKeyFor(const Project &project, const QString &service, const QString &name)
{
    return {u"project/%1/service/%2"_s.arg(project.id).arg(service), name};
}

bool isAppService(const Service &service)
{
    return service.kind != ServiceKind::Backing;
}

} // namespace

// Waits for one keychain call; the CLI has no GUI thread to keep responsive.
Result<void> waitForKeychain(const std::function<void(QObject *, secrets::SecretStore::DoneCallback)> &call)
{
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    call(&loop, [&](Result<void> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    if (!outcome)
        return fail(Error::Code::Internal, CommandRunner::tr("The keychain did not answer."));
    return *outcome;
}

secrets::SecretStore &CommandRunner::secretStore()
{
    if (!m_secrets) {
        auto store = std::make_unique<secrets::KeychainSecretStore>();
        m_secrets = store.get();
        m_ownedSecrets = std::move(store);
    }
    return *m_secrets;
}

Result<QString> CommandRunner::setEnv(const Invocation &invocation)
{
    auto found = projectNamed(invocation.arguments.at(0));
    if (!found)
        return std::unexpected(found.error());
    Project project = *found;
    const QString name = invocation.arguments.at(1).trimmed();
    const QString value = invocation.arguments.at(2);
    const bool secret = invocation.flag(u"secret"_s);
    static const QRegularExpression validName(u"^[A-Za-z_][A-Za-z0-9_]{0,254}$"_s);
    if (!validName.match(name).hasMatch())
        return fail(
            Error::Code::InvalidInput,
            tr("\"%1\" is not a variable name: use letters, digits and _, not starting with a digit.").arg(name));
    if (project.services.isEmpty())
        return fail(Error::Code::NotFound,
                    tr("The project \"%1\" has no services to set variables on.").arg(project.name));

    // Which services: the one named, else those that read the variable, else the only app service.
    QList<int> targets;
    if (invocation.flag(u"service"_s)) {
        const QString wanted = invocation.value(u"service"_s).trimmed();
        for (int i = 0; i < project.services.size(); ++i) {
            if (project.services.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
                targets << i;
        }
        if (targets.isEmpty()) {
            QStringList names;
            for (const Service &s : std::as_const(project.services))
                names << s.name;
            return fail(Error::Code::NotFound, tr("The project \"%1\" has no service \"%2\" (its services: %3).")
                                                   .arg(project.name, wanted, names.join(u", "_s)));
        }
    } else {
        for (int i = 0; i < project.services.size(); ++i) {
            for (const EnvVar &var : project.services.at(i).env) {
                if (var.name == name)
                    targets << i;
            }
        }
        if (targets.isEmpty()) {
            QList<int> apps;
            for (int i = 0; i < project.services.size(); ++i) {
                if (isAppService(project.services.at(i)))
                    apps << i;
            }
            if (apps.size() != 1)
                return fail(Error::Code::InvalidInput,
                            tr("No service reads %1 yet and the project has %n app service(s): name one with "
                               "--service.",
                               nullptr, int(apps.size()))
                                .arg(name));
            targets = apps;
        }
    }

    // The keychain first: when it fails, the project is left as it was.
    for (int i : std::as_const(targets)) {
        const Service &service = project.services.at(i);
        bool wasSecret = false;
        for (const EnvVar &var : service.env)
            wasSecret = wasSecret || (var.name == name && var.secret);
        const secrets::SecretKey key = secretKeyFor(project, service.name, name);
        Result<void> done;
        if (secret) {
            done = waitForKeychain([&](QObject *context, secrets::SecretStore::DoneCallback callback) {
                secretStore().write(key, value, context, std::move(callback));
            });
        } else if (wasSecret) { // now a plain value: the old secret goes
            done = waitForKeychain([&](QObject *context, secrets::SecretStore::DoneCallback callback) {
                secretStore().remove(key, context, std::move(callback));
            });
        }
        if (!done)
            return std::unexpected(done.error());
    }

    QStringList names;
    for (int i : std::as_const(targets)) {
        Service &service = project.services[i];
        auto it = std::find_if(service.env.begin(), service.env.end(), [&](const EnvVar &v) { return v.name == name; });
        if (it == service.env.end()) {
            service.env.append(EnvVar{name, {}, false, false});
            it = service.env.end() - 1;
        }
        it->secret = secret;
        it->value = secret ? QString() : value;
        names << service.name;
    }
    auto updated = m_core.projects().update(project);
    if (!updated)
        return std::unexpected(updated.error());
    const QString shown = secret ? MaskedValue : value;
    return (secret ? tr("Set %1=%2 on %3 (the value is in the system keychain).") : tr("Set %1=%2 on %3."))
               .arg(name, shown, names.join(u", "_s)) +
           u'\n';
}

Result<QString> CommandRunner::listEnv(const Invocation &invocation)
{
    auto project = projectNamed(invocation.arguments.at(0));
    if (!project)
        return std::unexpected(project.error());
    const bool json = invocation.flag(u"json"_s);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Service &service : std::as_const(project->services)) {
        for (const EnvVar &var : service.env) {
            if (json) {
                array.append(QJsonObject{
                    {u"service"_s, service.name},
                    {u"name"_s, var.name},
                    {u"value"_s, var.secret
                                     ? QJsonValue(MaskedValue)
                                     : (var.value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(var.value))},
                    {u"secret"_s, var.secret},
                    {u"required"_s, var.required},
                });
            } else {
                rows << QStringList{service.name, var.name,
                                    var.secret ? MaskedValue : (var.value.isEmpty() ? u"-"_s : var.value),
                                    var.secret ? tr("secret") : QString(), var.required ? tr("yes") : QString()};
            }
        }
    }
    if (json)
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (rows.isEmpty())
        return tr("The project \"%1\" has no environment variables.").arg(project->name) + u'\n';
    return Formatter::table({tr("SERVICE"), tr("NAME"), tr("VALUE"), tr("KIND"), tr("REQUIRED")}, rows);
}

} // namespace hydron::cli
