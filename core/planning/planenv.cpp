// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/planenv.h"

#include "core/source/apptemplate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::planning {

Result<QList<ResolvedEnvVar>> resolveEnvironment(const PlanService &service,
                                                 const QHash<QString, QString> &secretValues)
{
    QList<ResolvedEnvVar> out;
    for (const PlanEnvVar &var : service.env) {
        QString missing;
        const auto lookup = [&](const QString &ref) -> QString {
            const auto it = secretValues.constFind(ref);
            if (it == secretValues.cend() && missing.isEmpty())
                missing = ref;
            return it == secretValues.cend() ? QString() : *it;
        };
        ResolvedEnvVar resolved{var.name, {}, var.isSensitive()};
        switch (var.kind) {
        case PlanEnvVar::Kind::Unset:
            continue;
        case PlanEnvVar::Kind::Literal:
            resolved.value = var.value;
            break;
        case PlanEnvVar::Kind::Secret:
            resolved.value = lookup(var.value);
            break;
        case PlanEnvVar::Kind::Template:
            if (!forEachTemplatePart(
                    var.value, [&](const QString &text) { resolved.value += text; },
                    [&](const QString &ref) { resolved.value += lookup(ref); }))
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("hydron::planning", "%1: the template of %2 is malformed.")
                                .arg(service.name, var.name));
            break;
        }
        if (!missing.isEmpty())
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("hydron::planning", "%1: %2 needs the secret \"%3\", which has no "
                                                                        "value yet.")
                            .arg(service.name, var.name, missing));
        out.append(resolved);
    }
    return out;
}

QList<PlanSecret> secretsToGenerate(const PlanDocument &plan, const QSet<QString> &stored)
{
    QList<PlanSecret> out;
    for (const PlanSecret &s : plan.secrets) {
        if (s.generate && !stored.contains(s.ref))
            out.append(s);
    }
    return out;
}

QList<PlanSecret> secretsToAsk(const PlanDocument &plan, const QSet<QString> &stored)
{
    QList<PlanSecret> out;
    for (const PlanSecret &s : plan.secrets) {
        if (!s.generate && !stored.contains(s.ref))
            out.append(s);
    }
    return out;
}

QString generateSecretValue(const SecretGenerate &generate)
{
    source::SecretGenerator g;
    g.length = generate.length;
    g.alphabet = generate.alphabet == u"hex"      ? source::SecretGenerator::Alphabet::Hex
                 : generate.alphabet == u"base64" ? source::SecretGenerator::Alphabet::Base64
                                                  : source::SecretGenerator::Alphabet::Alphanumeric;
    return g.generate();
}

} // namespace hydron::planning
