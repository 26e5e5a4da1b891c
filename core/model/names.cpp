// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/names.h"

#include <QCoreApplication>

namespace hydron {

Result<QString> validateName(const QString &name, const QString &what)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Names", "The %1 is empty.").arg(what));
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar ch = trimmed.at(i);
        const auto category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::Names",
                                                    "The %1 contains a control character (U+%2 at position %3).")
                            .arg(what)
                            .arg(ch.unicode(), 4, 16, QLatin1Char('0'))
                            .arg(i + 1));
        }
    }
    const qsizetype length = trimmed.toUcs4().size();
    if (length > MaxNameLength)
        return fail(
            Error::Code::InvalidInput,
            QCoreApplication::translate("hydron::Names", "The %1 is %2 characters long; at most %3 are allowed.")
                .arg(what)
                .arg(length)
                .arg(MaxNameLength));
    return trimmed;
}

} // namespace hydron
