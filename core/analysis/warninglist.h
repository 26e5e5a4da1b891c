// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisresult.h"

#include <QHash>
#include <QMutex>

#include <array>

namespace hydron::analysis {

// Collects the warnings of one analysis. Problems that can happen thousands of times in a hostile
// tree (unreadable files, symlinks, binaries) are counted and reported once with the first file;
// the others are kept one per (code, file).
class WarningList final
{
public:
    enum class Counted
    {
        SymlinkOutside,
        SymlinkBroken,
        SpecialFile,
        Unreadable,
        NonUtf8Name,
        TooDeep,
        TooLarge,
        Binary,
    };

    void add(const QString &code, const QString &message, const QString &file = {});
    void count(Counted kind, const QString &file);

    [[nodiscard]] bool has(const QString &code) const;
    // The warnings in a stable order: counted ones first (in enum order), then the others as added.
    [[nodiscard]] QList<Warning> list() const;

private:
    struct Tally
    {
        qint64 count = 0;
        QString first;
    };

    mutable QMutex m_mutex;
    std::array<Tally, 8> m_tallies{};
    QList<Warning> m_warnings;
};

} // namespace hydron::analysis
