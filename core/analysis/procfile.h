// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/textutil.h"

#include <QByteArrayView>
#include <QList>

// A pure Procfile parser: "name: command" per line; comments and blank lines skipped; a later
// entry with the same name replaces the earlier one, as Heroku does.
namespace hydron::analysis {

struct ProcfileEntry
{
    QString name;
    Located command;
};

struct Procfile
{
    QString error; // set when the file holds no valid entry
    QList<ProcfileEntry> entries;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] Procfile parseProcfile(QByteArrayView text);

} // namespace hydron::analysis
