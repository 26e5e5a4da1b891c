// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/planning/plandocument.h"
#include "core/secrets/secretstore.h"

#include <QHash>

#include <functional>

class QObject;

namespace hydron {
struct Project;
}

namespace hydron::deploy {

// The keychain entry of a plan secret reference "service.NAME": the key the Environment tab,
// the New Project wizard and `hydron-cli env set --secret` write.
[[nodiscard]] secrets::SecretKey planSecretKey(qint64 projectId, const QString &ref);

// How to give a missing secret from a terminal (one line, for messages).
[[nodiscard]] QString envSetCommand(const QString &projectName, const QString &ref);

using PlanSecretsCallback = std::function<void(Result<QHash<QString, QString>>)>;

// Reads the values of every secret of `plan` (reference → value) from `store`, one after the
// other, without blocking: a secret the plan generates (`generate`) that is not stored yet is
// generated once, stored, and reused by every later deploy. Secrets the user must give that the
// keychain does not hold end in one InvalidInput error naming all of them (its detail says how
// to set each: the Environment tab or `hydron-cli env set …`); a keychain that cannot be reached
// ends in its own error. `callback` runs once, later, in `context` — never when `context` is
// destroyed first (destroy it to abandon the read).
void readPlanSecrets(secrets::SecretStore &store, const Project &project, const planning::PlanDocument &plan,
                     QObject *context, PlanSecretsCallback callback);

} // namespace hydron::deploy
