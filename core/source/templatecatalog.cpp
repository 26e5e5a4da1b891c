// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/templatecatalog.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace hydron::source {

Result<TemplateCatalog> TemplateCatalog::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return fail(
            Error::Code::NotFound,
            QCoreApplication::translate("hydron::Templates", "The template folder %1 does not exist.").arg(directory));
    TemplateCatalog catalog;
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto loaded = AppTemplate::load(dir.filePath(file));
        if (!loaded)
            return std::unexpected(loaded.error());
        if (catalog.find(loaded->id()))
            return fail(
                Error::Code::InvalidInput,
                QCoreApplication::translate("hydron::Templates", "Two templates have the id %1.").arg(loaded->id()));
        catalog.m_templates.append(*loaded);
    }
    return catalog;
}

const AppTemplate *TemplateCatalog::find(const QString &id) const
{
    for (const AppTemplate &t : m_templates) {
        if (t.id() == id)
            return &t;
    }
    return nullptr;
}

QStringList TemplateCatalog::ids() const
{
    QStringList out;
    for (const AppTemplate &t : m_templates)
        out << t.id();
    return out;
}

} // namespace hydron::source
