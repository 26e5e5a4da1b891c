// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/actioncard.h"
#include "core/assistant/messagerequest.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>

#include <optional>

namespace hydron {
class CoreServices;
struct Project;
} // namespace hydron

namespace hydron::assistant {

// What a tool call gives back: the tool_result text for the model (never a secret value), or an
// error the model should correct (isError), and — for tools that change the plan or a server —
// the action card the user has to approve first.
struct ToolOutcome
{
    QString content;
    bool isError = false;
    std::optional<ActionCard> card;
    // propose_plan / modify_plan whose plan the validator refused.
    bool invalidPlan = false;
};

// The tools the assistant (Claude or the offline rules) works through, over one project of the
// core services. Reading tools answer at once (analyze_source on a worker thread); the tools that
// change things only describe the change as an ActionCard; execute() carries an approved card
// out. Everything that goes back to the model passes the secret masker.
class AssistantTools final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::assistant::AssistantTools)

public:
    AssistantTools(CoreServices &core, qint64 projectId);

    [[nodiscard]] qint64 projectId() const { return m_projectId; }
    [[nodiscard]] CoreServices &core() const { return m_core; }
    [[nodiscard]] static QList<ToolSpec> specs();
    [[nodiscard]] static bool isKnown(const QString &name);

    [[nodiscard]] QFuture<ToolOutcome> call(const QString &name, const QJsonObject &input);

    // Carries out an approved card: stores the plan (status modified) or starts the run.
    // Returns a sentence saying what happened.
    [[nodiscard]] Result<QString> execute(const ActionCard &card);

    // `text` with every secret value the masker knows replaced ("[masked:NAME]").
    [[nodiscard]] QString masked(const QString &text) const;

    // A short description of the project, plan and servers for the system prompt.
    [[nodiscard]] QString projectBrief() const;

    // Individual tools (public for tests and the offline assistant).
    [[nodiscard]] ToolOutcome projectState() const;
    [[nodiscard]] ToolOutcome proposePlan(const QJsonObject &input) const;
    [[nodiscard]] ToolOutcome modifyPlan(const QJsonObject &input) const;
    [[nodiscard]] ToolOutcome explainPlan() const;
    [[nodiscard]] ToolOutcome listServers() const;
    [[nodiscard]] ToolOutcome serverStatus(const QJsonObject &input) const;
    [[nodiscard]] ToolOutcome runLogs(const QJsonObject &input) const;
    [[nodiscard]] ToolOutcome startRun(const QJsonObject &input) const;

private:
    [[nodiscard]] QFuture<ToolOutcome> analyzeGitSource(const Project &project) const;
    [[nodiscard]] ToolOutcome planCard(const QString &toolName, const QJsonObject &planJson, const QString &why) const;

    CoreServices &m_core;
    qint64 m_projectId = 0;
};

} // namespace hydron::assistant
