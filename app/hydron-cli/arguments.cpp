// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hydron-cli/arguments.h"

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

std::unexpected<UsageError> usageError(QString message, QString hint)
{
    return std::unexpected(UsageError{std::move(message), std::move(hint)});
}

QString tryHelp(const Invocation &invocation)
{
    if (invocation.command)
        return ArgumentParser::tr("Try \"hydron-cli %1 --help\".").arg(invocation.command->path());
    if (!invocation.group.isEmpty())
        return ArgumentParser::tr("Try \"hydron-cli %1 --help\".").arg(invocation.group);
    return ArgumentParser::tr("Try \"hydron-cli --help\".");
}

bool looksLikeOption(const QString &arg)
{
    return arg.startsWith(u'-') && arg.size() > 1;
}

QString usageHint(const CommandSpec &spec)
{
    return ArgumentParser::tr("Usage: %1").arg(CommandTable::usage(spec));
}

} // namespace

std::expected<Invocation, UsageError> ArgumentParser::parse(const QStringList &arguments)
{
    Invocation inv;
    bool help = false;
    bool version = false;
    bool dataDirGiven = false;
    bool optionsEnded = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool isOption = !optionsEnded && looksLikeOption(arg);

        if (!isOption) {
            if (inv.group.isEmpty()) {
                if (!CommandTable::groups().contains(arg))
                    return usageError(
                        tr("unknown command \"%1\"").arg(arg),
                        tr("Commands: %1. Try \"hydron-cli --help\".").arg(CommandTable::groups().join(u", "_s)));
                inv.group = arg;
                inv.command = CommandTable::find(arg, {}); // a one-word command ("analyze")
            } else if (!inv.command) {
                inv.command = CommandTable::find(inv.group, arg);
                if (!inv.command)
                    return usageError(
                        tr("unknown command \"%1 %2\"").arg(inv.group, arg),
                        tr("\"%1\" subcommands: %2.").arg(inv.group, CommandTable::actions(inv.group).join(u", "_s)));
            } else {
                inv.arguments << arg;
            }
            continue;
        }

        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (arg == u"-h" || arg == u"--help") {
            help = true;
            continue;
        }
        if (!arg.startsWith(u"--"))
            return usageError(tr("unknown option %1").arg(arg), tryHelp(inv));

        const qsizetype equals = arg.indexOf(u'=');
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        const std::optional<QString> inlineValue =
            equals < 0 ? std::nullopt : std::optional<QString>(arg.mid(equals + 1));

        // Reads the value of an option that takes one: "--name=value" or "--name value".
        auto takeValue = [&]() -> std::expected<QString, UsageError> {
            QString value;
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size() && !looksLikeOption(arguments.at(i + 1))) {
                value = arguments.at(++i);
            } else {
                return usageError(tr("option --%1 needs a value").arg(name), tryHelp(inv));
            }
            if (value.trimmed().isEmpty())
                return usageError(tr("option --%1 needs a value, not an empty text").arg(name), tryHelp(inv));
            return value;
        };

        if (name == u"version") {
            if (inlineValue)
                return usageError(tr("option --version takes no value"), tryHelp(inv));
            version = true;
            continue;
        }
        if (name == u"data-dir") {
            if (dataDirGiven)
                return usageError(tr("option --data-dir is given more than once"), tryHelp(inv));
            auto value = takeValue();
            if (!value)
                return std::unexpected(value.error());
            inv.dataDir = *value;
            dataDirGiven = true;
            continue;
        }

        const OptionSpec *option = inv.command ? inv.command->option(name) : nullptr;
        if (!option) {
            if (inv.command)
                return usageError(tr("unknown option --%1 for \"%2\"").arg(name, inv.command->path()),
                                  usageHint(*inv.command));
            return usageError(tr("unknown option --%1").arg(name),
                              inv.group.isEmpty()
                                  ? tr("Options of a command go after it, as in \"hydron-cli projects list --json\".")
                                  : tryHelp(inv));
        }
        if (inv.options.contains(option->name) && !option->repeatable)
            return usageError(tr("option --%1 is given more than once").arg(name), usageHint(*inv.command));
        if (!option->takesValue()) {
            if (inlineValue)
                return usageError(tr("option --%1 takes no value").arg(name), usageHint(*inv.command));
            inv.options[option->name] << QString();
            continue;
        }
        auto value = takeValue();
        if (!value)
            return std::unexpected(value.error());
        if (!option->allowedValues.isEmpty() && !option->allowedValues.contains(*value))
            return usageError(tr("\"%1\" is not a valid value for --%2").arg(*value, name),
                              tr("Choose one of: %1.").arg(option->allowedValues.join(u", "_s)));
        inv.options[option->name] << *value;
    }

    if (version) {
        inv.kind = Invocation::Kind::Version;
        return inv;
    }
    if (help) {
        inv.kind = Invocation::Kind::Help;
        return inv;
    }
    if (inv.group.isEmpty())
        return usageError(tr("no command given"),
                          tr("Commands: %1. Try \"hydron-cli --help\".").arg(CommandTable::groups().join(u", "_s)));
    if (!inv.command)
        return usageError(
            tr("\"%1\" needs a subcommand: %2").arg(inv.group, CommandTable::actions(inv.group).join(u", "_s)),
            tryHelp(inv));

    const CommandSpec &spec = *inv.command;
    // "servers add local" needs no address: it is this computer.
    const bool localServer = spec.command == Command::ServersAdd && inv.arguments.size() == 1 &&
                             inv.arguments.at(0).trimmed().compare(u"local"_s, Qt::CaseInsensitive) == 0;
    if (inv.arguments.size() < spec.minimumArguments() && !localServer) {
        const ArgumentSpec &missing = spec.arguments.at(inv.arguments.size());
        return usageError(tr("missing %1 for \"%2\"").arg(missing.name, spec.path()), usageHint(spec));
    }
    if (!spec.variadic() && inv.arguments.size() > spec.arguments.size())
        return usageError(
            tr("unexpected argument \"%1\" for \"%2\"").arg(inv.arguments.at(spec.arguments.size()), spec.path()),
            usageHint(spec));
    return inv;
}

} // namespace hydron::cli
