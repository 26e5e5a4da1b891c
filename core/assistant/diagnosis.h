// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/run.h"
#include "core/planning/plandocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace hydron {
class CoreServices;
}

namespace hydron::assistant {

// What a failed run's log says went wrong, recognised locally (no model needed): a sentence for
// the user and, where the plan can fix it, a modify_plan change (AssistantTools::modifyPlan's
// "changes" entry) that becomes an action card like any other.
struct Finding
{
    enum class Kind
    {
        PortMismatch,       // the app listens elsewhere than the plan's port, or nothing answers
        OutOfMemory,        // exit 137 / OOMKilled / a heap out of memory
        MissingHealthRoute, // the health path answers 404
        BuildError,         // npm / pip / docker build failed
        DisallowedHost,     // Django's ALLOWED_HOSTS refuses the domain
    };

    Kind kind = Kind::BuildError;
    QString service;     // the plan's service it is about; empty when unknown
    QString title;       // one line
    QString explanation; // plain language: what happened and what would fix it
    QString evidence;    // the log line that shows it
    QJsonObject change;  // a modify_plan change ({"op": …}); empty when the plan cannot fix it

    [[nodiscard]] static QString kindName(Kind kind);
};

// Recognises common failures in `logTail` (masked lines, oldest first) against `plan` (may be
// null: no changes are suggested then). Pure: no I/O. At most one finding per kind, in the order
// of the kinds above.
[[nodiscard]] QList<Finding> diagnose(const QStringList &logTail, const planning::PlanDocument *plan);

// The project's latest run when it failed: its failed step and that step's last log lines
// (already masked by the run engine, masked again with the current secrets).
struct FailedRun
{
    Run run;
    int stepIndex = -1; // -1: the run failed outside a step
    QString stepName;
    QStringList tail;
};

class Diagnosis final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::assistant::Diagnosis)

public:
    // NotFound when the project's latest run did not fail (or there is none).
    [[nodiscard]] static Result<FailedRun> latestFailedRun(CoreServices &core, qint64 projectId, int maxLines = 60);
    // Findings as Markdown for the chat (a line when nothing is recognised).
    [[nodiscard]] static QString findingsText(const FailedRun &failed, const QList<Finding> &findings);
    // What goes to Claude: the request (shown in the chat) and, attached to it, the failed
    // step's masked log tail and the plan (no secret values).
    [[nodiscard]] static QString requestText(const FailedRun &failed);
    [[nodiscard]] static QString requestContext(const FailedRun &failed, const planning::PlanDocument *plan);
};

} // namespace hydron::assistant
