// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hydron::cli {

// Every command hydron-cli knows. The names, arguments and options below are a public
// contract: scripts depend on them.
enum class Command
{
    ProjectsList,
    ProjectsAdd,
    ProjectsRemove,
    ServersList,
    ServersAdd,
    ServersRemove,
    ServersTag,
    ServersLink,
    ServersUnlink,
    ServersCheck,
    ServersUnlock,
    Analyze,
    Provision,
    Runs,
    Logs,
    Plan,
    EnvSet,
    EnvList,
    Chat,
    Deploy,
    Releases,
    Rollback,
    SettingsShow,
    SettingsSetKey,
    SettingsRemoveKey,
};

struct OptionSpec
{
    QString name;      // without the dashes: "type"
    QString valueName; // "TYPE"; empty for a flag that takes no value
    QString help;
    QStringList allowedValues; // empty: any non-empty value
    bool repeatable = false;

    [[nodiscard]] bool takesValue() const { return !valueName.isEmpty(); }
};

struct ArgumentSpec
{
    QString name; // "NAME"
    QString help;
    bool variadic = false; // one or more; only the last argument can be
};

struct CommandSpec
{
    Command command = Command::ProjectsList;
    QString group;  // "projects"; for a one-word command, the command ("analyze")
    QString action; // "add"; empty for a one-word command
    QString summary;
    QList<ArgumentSpec> arguments;
    QList<OptionSpec> options;

    // "projects add", or "analyze" for a one-word command
    [[nodiscard]] QString path() const { return action.isEmpty() ? group : group + u' ' + action; }
    [[nodiscard]] const OptionSpec *option(QStringView name) const;
    [[nodiscard]] qsizetype minimumArguments() const { return arguments.size(); }
    [[nodiscard]] bool variadic() const { return !arguments.isEmpty() && arguments.constLast().variadic; }
};

// The command table and the help texts made from it.
class CommandTable final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::cli::CommandTable)

public:
    [[nodiscard]] static const QList<CommandSpec> &commands();
    [[nodiscard]] static QStringList groups();                      // "projects", "servers"
    [[nodiscard]] static QStringList actions(const QString &group); // "list", "add", …
    [[nodiscard]] static const CommandSpec *find(const QString &group, const QString &action);

    // "hydron-cli projects add NAME [--type TYPE] [--source SOURCE]"
    [[nodiscard]] static QString usage(const CommandSpec &spec);
    // The same without the program name: "projects add NAME [--type TYPE] [--source SOURCE]"
    [[nodiscard]] static QString synopsis(const CommandSpec &spec);
    [[nodiscard]] static QString mainHelp();
    [[nodiscard]] static QString groupHelp(const QString &group);
    [[nodiscard]] static QString commandHelp(const CommandSpec &spec);
};

} // namespace hydron::cli
