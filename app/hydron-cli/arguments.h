// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/hydron-cli/commandspec.h"

#include <QHash>

#include <expected>

namespace hydron::cli {

// What the command line asks for, once it has been checked against the command table.
struct Invocation
{
    enum class Kind
    {
        Run,
        Help,
        Version
    };

    Kind kind = Kind::Run;
    QString dataDir;                      // from --data-dir; empty when not given
    QString group;                        // set for group help ("projects --help") and for commands
    const CommandSpec *command = nullptr; // the command to run, or whose help to show
    QStringList arguments;                // positional arguments after the command words
    QHash<QString, QStringList> options;  // option name -> values (a flag has one empty value)

    [[nodiscard]] bool flag(const QString &name) const { return options.contains(name); }
    [[nodiscard]] QString value(const QString &name) const { return options.value(name).value(0); }
    [[nodiscard]] QStringList values(const QString &name) const { return options.value(name); }
};

// A command line that cannot be run: what is wrong, and one line that helps.
struct UsageError
{
    QString message;
    QString hint;

    friend bool operator==(const UsageError &, const UsageError &) = default;
};

// Parses hydron-cli's command line (without the program name) against CommandTable. Global
// options (--data-dir DIR or --data-dir=DIR, -h/--help, --version) may stand before or after
// the command; a command's options may stand anywhere after the command words; "--" ends the
// options, so a name that starts with a dash can still be given.
class ArgumentParser final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::cli::ArgumentParser)

public:
    [[nodiscard]] static std::expected<Invocation, UsageError> parse(const QStringList &arguments);
};

} // namespace hydron::cli
