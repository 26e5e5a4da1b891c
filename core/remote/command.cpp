// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/command.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::remote {

Command Command::program(const QString &program, const QStringList &arguments)
{
    Command command;
    command.script = u"exec \"$@\""_s;
    command.arguments = QStringList{program} + arguments;
    return command;
}

QString exitMessage(int code, const QString &signal)
{
    if (!signal.isEmpty())
        return QCoreApplication::translate("hydron::Ssh", "Killed by signal %1").arg(signal);
    if (code == 0)
        return QCoreApplication::translate("hydron::Ssh", "Finished successfully");
    if (code > 128 && code < 128 + 65)
        return QCoreApplication::translate("hydron::Ssh", "Exited with code %1 (a process died of signal %2)")
            .arg(code)
            .arg(code - 128);
    return QCoreApplication::translate("hydron::Ssh", "Exited with code %1").arg(code);
}

} // namespace hydron::remote
