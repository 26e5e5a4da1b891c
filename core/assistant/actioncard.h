// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

namespace hydron::assistant {

// Something the assistant wants to do that changes the plan or a server. It is shown to the
// user and runs only when the user approves it: never on the model's word alone.
struct ActionCard
{
    enum class Kind
    {
        ProposePlan, // a whole new plan (payload: {"plan": document})
        ModifyPlan,  // a change to the current plan (payload: {"plan": document after})
        StartRun,    // payload: {"kind": "deploy"|…, "server_id": N, "server": name}
    };
    enum class Status
    {
        Pending,
        Approved, // approved and carried out (outcome says what happened)
        Rejected,
        Failed,   // approved, but carrying it out failed (outcome says why)
        Starting, // approved; a deploy is being prepared (secrets, source) before its run starts
    };

    QString id; // unique within a chat ("card-<toolUseId>")
    Kind kind = Kind::StartRun;
    Status status = Status::Pending;
    QString title;   // one line: "Deploy shop to srv1"
    QString summary; // a few lines of what it does
    QString diff;    // plan changes: one line per changed field (PlanDiff::toText)
    QJsonObject payload;
    QString outcome; // after a decision: "Run #12 started", the failure…

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static QString statusName(Status status);
    [[nodiscard]] bool isPlanChange() const { return kind != Kind::StartRun; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ActionCard> fromJson(const QJsonObject &json);

    friend bool operator==(const ActionCard &, const ActionCard &) = default;
};

} // namespace hydron::assistant
