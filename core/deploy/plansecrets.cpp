// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deploy/plansecrets.h"

#include "core/model/project.h"
#include "core/planning/planenv.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace hydron::deploy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::deploy::PlanSecrets", text);
}

// The walk over the plan's secrets: one keychain call at a time, each answer continuing it.
struct SecretsWalk : std::enable_shared_from_this<SecretsWalk>
{
    secrets::SecretStore *store = nullptr;
    qint64 projectId = 0;
    QString projectName;
    QList<planning::PlanSecret> secrets;
    QPointer<QObject> context;
    PlanSecretsCallback callback;
    QHash<QString, QString> values;
    QStringList missing;
    qsizetype index = 0;

    void next()
    {
        if (!context)
            return;
        if (index >= secrets.size()) {
            finish();
            return;
        }
        const planning::PlanSecret secret = secrets.at(index);
        store->read(
            planSecretKey(projectId, secret.ref), context,
            [self = shared_from_this(), secret](Result<QString> read) { self->readDone(secret, std::move(read)); });
    }

    void readDone(const planning::PlanSecret &secret, Result<QString> read)
    {
        if (read && !read->isEmpty()) {
            values.insert(secret.ref, *read);
            ++index;
            next();
            return;
        }
        if (!read && read.error().code != Error::Code::NotFound) {
            end(std::unexpected(read.error()));
            return;
        }
        if (!secret.generate) {
            missing << secret.ref;
            ++index;
            next();
            return;
        }
        const QString value = planning::generateSecretValue(*secret.generate);
        store->write(planSecretKey(projectId, secret.ref), value, context,
                     [self = shared_from_this(), ref = secret.ref, value](Result<void> written) {
                         if (!written) {
                             self->end(std::unexpected(
                                 Error{written.error().code,
                                       tr("The generated value of %1 could not be stored in the keychain: %2")
                                           .arg(ref, written.error().message),
                                       written.error().detail}));
                             return;
                         }
                         self->values.insert(ref, value);
                         ++self->index;
                         self->next();
                     });
    }

    void finish()
    {
        if (missing.isEmpty()) {
            end(values);
            return;
        }
        QStringList how;
        for (const QString &ref : std::as_const(missing))
            how << envSetCommand(projectName, ref);
        end(fail(Error::Code::InvalidInput,
                 tr("The plan needs secret values that are not in the keychain: %1. Set them in the Environment tab "
                    "(or with hydron-cli env set … --secret), then try again.")
                     .arg(missing.join(u", "_s)),
                 how.join(u'\n')));
    }

    void end(Result<QHash<QString, QString>> result)
    {
        if (!context || !callback)
            return;
        PlanSecretsCallback done = std::move(callback);
        callback = nullptr;
        done(std::move(result));
    }
};

} // namespace

secrets::SecretKey planSecretKey(qint64 projectId, const QString &ref)
{
    const qsizetype dot = ref.indexOf(u'.');
    return {u"project/%1/service/%2"_s.arg(projectId).arg(ref.left(dot)), ref.mid(dot + 1)};
}

QString envSetCommand(const QString &projectName, const QString &ref)
{
    return u"hydron-cli env set \"%1\" %2 VALUE --service %3 --secret"_s.arg(projectName, ref.section(u'.', 1),
                                                                             ref.section(u'.', 0, 0));
}

void readPlanSecrets(secrets::SecretStore &store, const Project &project, const planning::PlanDocument &plan,
                     QObject *context, PlanSecretsCallback callback)
{
    auto walk = std::make_shared<SecretsWalk>();
    walk->store = &store;
    walk->projectId = project.id;
    walk->projectName = project.name;
    walk->secrets = plan.secrets;
    walk->context = context;
    walk->callback = std::move(callback);
    // Always answer later, even for a plan without secrets, so callers see one behaviour.
    QTimer::singleShot(0, context, [walk] { walk->next(); });
}

} // namespace hydron::deploy
