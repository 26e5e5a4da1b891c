// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/run.h"
#include "core/model/server.h"
#include "core/runs/stepdefinition.h"

#include <QHash>
#include <QList>

namespace hydron::runs {

// What a recipe compiles a run from. A project joins here once deploy runs exist.
struct RecipeContext
{
    Run run;       // the stored run (kind, ids; steps' statuses when resuming)
    Server server; // the server it runs on, as stored now
};

// Turns a run's kind (+ server, later project) into its step definitions. The RunEngine asks
// for them when a run starts and again when it resumes (possibly in a new process), so
// compile() must be deterministic: the same context gives the same step names in the same
// order. One recipe per Run::Kind, registered with RunEngine::addRecipe().
class RunRecipe
{
public:
    virtual ~RunRecipe();

    [[nodiscard]] virtual Run::Kind kind() const = 0;
    [[nodiscard]] virtual Result<QList<StepDefinition>> compile(const RecipeContext &context) const = 0;

    // Called on the engine's thread after the last step completed, before the run is marked
    // completed; `facts` merges every step's HYDRON-FACT lines (later steps win). An error
    // fails the run with its message.
    virtual Result<void> completed(const RecipeContext &context, const QHash<QString, QString> &facts);
};

} // namespace hydron::runs
