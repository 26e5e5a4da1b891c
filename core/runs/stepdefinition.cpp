// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/stepdefinition.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::runs {

bool readProtocolLine(QStringView line, StepOutcome &outcome)
{
    if (!line.startsWith(u"HYDRON-"))
        return false;
    if (line.startsWith(u"HYDRON-FACT ")) {
        const QStringView rest = line.sliced(12);
        const qsizetype eq = rest.indexOf(u'=');
        if (eq <= 0)
            return false;
        outcome.facts.insert(rest.first(eq).toString(), rest.sliced(eq + 1).toString());
        return true;
    }
    if (line == u"HYDRON-DONE" || line.startsWith(u"HYDRON-DONE ")) {
        outcome.done = true;
        outcome.doneReason = line.sliced(11).trimmed().toString();
        return true;
    }
    if (line.startsWith(u"HYDRON-RESULT ")) {
        const auto words = line.sliced(14).split(u' ', Qt::SkipEmptyParts);
        for (QStringView word : words) {
            const qsizetype eq = word.indexOf(u'=');
            if (eq <= 0)
                continue;
            const QStringView key = word.first(eq);
            const QStringView value = word.sliced(eq + 1);
            if (key == u"changed")
                outcome.changed = value.toInt();
            else if (key == u"unchanged")
                outcome.unchanged = value.toInt();
            else if (key == u"skipped")
                outcome.skipped = value.toInt();
            else if (key == u"status")
                outcome.resultStatus = value.toString();
        }
        outcome.hasResult = true;
        return true;
    }
    return false;
}

QString outcomeSummary(const StepOutcome &outcome)
{
    return QCoreApplication::translate("hydron::RunEngine", "changed %1, unchanged %2, skipped %3")
        .arg(outcome.changed)
        .arg(outcome.unchanged)
        .arg(outcome.skipped);
}

} // namespace hydron::runs
