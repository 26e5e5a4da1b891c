// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source/apptemplate.h"

namespace hydron::source {

// The template gallery: every *.json file of a folder, by default the templates built into
// Hydron (resources/templates, embedded as ":/templates").
class TemplateCatalog final
{
public:
    static inline const QString BuiltInDirectory = QStringLiteral(":/templates");

    // Loads and checks every template; fails on the first one that does not parse, naming its
    // file, or when two files share an id.
    [[nodiscard]] static Result<TemplateCatalog> load(const QString &directory = BuiltInDirectory);

    [[nodiscard]] const QList<AppTemplate> &templates() const { return m_templates; }
    [[nodiscard]] const AppTemplate *find(const QString &id) const;
    [[nodiscard]] QStringList ids() const;

private:
    QList<AppTemplate> m_templates;
};

} // namespace hydron::source
