// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/recipe.h"

namespace hydron::runs {

RunRecipe::~RunRecipe() = default;

Result<void> RunRecipe::completed(const RecipeContext &, const QHash<QString, QString> &)
{
    return {};
}

} // namespace hydron::runs
