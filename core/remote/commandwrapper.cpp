// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/commandwrapper.h"

#include "core/remote/shellquote.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::remote {

QString processGroupMarker()
{
    return u"\x1ehydron-pgid "_s;
}

QString commandWrapperScript()
{
    // fd 3 keeps the real stderr for the script; the wrapper's own stderr goes to /dev/null so
    // bash's job-control notices ("[1]+ Done …") never reach the output. A signal that arrives
    // before the script started is remembered and passed on as soon as it has.
    return uR"(exec 3>&2 2>/dev/null
c=
stop=
trap 'stop=1; [ -z "$c" ] || kill -TERM -- "-$c"' TERM HUP INT
if [ -n "$1" ]; then cd -- "$1" 2>&3 || exit 1; fi
shift
set -m
bash --norc -c 'printf "\036hydron-pgid %s\n" "$$"; exec bash --norc -c "$@"' hydron "$@" 2>&3 3>&- &
c=$!
[ -z "$stop" ] || kill -TERM -- "-$c"
while :; do wait "$c"; s=$?; kill -0 "$c" || break; done
exit "$s")"_s;
}

QStringList wrapperArguments(const Command &command)
{
    // --norc: bash started under sshd reads ~/.bashrc once more otherwise; the login shell has
    // already done that (and exported what matters), so every extra read only costs time.
    return QStringList{u"--norc"_s,    u"-c"_s,    commandWrapperScript(), u"hydron"_s, command.workingDirectory,
                       command.script, u"hydron"_s} +
           command.arguments;
}

Result<void> validateEnvironment(const Command &command)
{
    static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    for (const auto &[key, value] : command.environment) {
        if (!name.match(key).hasMatch())
            return fail(
                Error::Code::InvalidInput,
                QCoreApplication::translate("hydron::Ssh", "“%1” is not a valid environment variable name.").arg(key));
    }
    return {};
}

Result<QString> remoteCommandLine(const Command &command)
{
    if (auto valid = validateEnvironment(command); !valid)
        return std::unexpected(valid.error());
    QStringList words{u"exec"_s};
    if (!command.environment.isEmpty()) {
        words << u"env"_s << u"--"_s;
        for (const auto &[key, value] : command.environment)
            words << key + u'=' + value;
    }
    words << u"bash"_s << wrapperArguments(command);
    return shellJoin(words);
}

} // namespace hydron::remote
