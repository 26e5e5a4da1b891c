// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hydron-cli/commandspec.h"

#include "core/model/project.h"

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

OptionSpec jsonOption()
{
    return {u"json"_s, {}, CommandTable::tr("print a JSON array instead of a table"), {}, false};
}

ArgumentSpec serverArgument()
{
    return {u"NAME"_s, CommandTable::tr("the server's name (ignoring case)"), false};
}

QString padded(const QString &text, qsizetype width)
{
    return text.size() >= width ? text + u"  "_s : text.leftJustified(width);
}

QString optionText(const OptionSpec &option)
{
    QString text = u"--"_s + option.name;
    if (option.takesValue())
        text += u' ' + option.valueName;
    return text;
}

} // namespace

const OptionSpec *CommandSpec::option(QStringView name) const
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const QList<CommandSpec> &CommandTable::commands()
{
    static const QList<CommandSpec> table{
        {Command::ProjectsList, u"projects"_s, u"list"_s, tr("List the projects."), {}, {jsonOption()}},
        {Command::ProjectsAdd,
         u"projects"_s,
         u"add"_s,
         tr("Add a project."),
         {{u"NAME"_s, tr("1 to 100 characters, unique ignoring case"), false}},
         {{u"type"_s, u"TYPE"_s, tr("what the project is (default: web-app)"), projectTypeNames(), false},
          {u"source"_s,
           u"SOURCE"_s,
           tr("a Git URL, a local folder, a Docker image reference or template:ID"),
           {},
           false}}},
        {Command::ProjectsRemove,
         u"projects"_s,
         u"remove"_s,
         tr("Remove a project and its links to servers."),
         {{u"NAME"_s, tr("the project's name (ignoring case)"), false}},
         {}},
        {Command::ServersList, u"servers"_s, u"list"_s, tr("List the servers."), {}, {jsonOption()}},
        {Command::ServersAdd,
         u"servers"_s,
         u"add"_s,
         tr("Add a server reached over SSH."),
         {{u"NAME"_s,
           tr("1 to 100 characters, unique ignoring case; \"servers add local\" (no ADDRESS) adds this "
              "computer, where commands run without SSH"),
           false},
          {u"ADDRESS"_s, tr("ssh://user@host:port, user@host, host or host:port (default user root, port 22)"), false}},
         {{u"key"_s, u"FILE"_s, tr("sign in with this private key file (default: the SSH agent)"), {}, false},
          {u"accept-host-key"_s,
           u"FP"_s,
           tr("pin this host key fingerprint (SHA256:…, as ssh-keygen -lf shows it on the server)"),
           {},
           false},
          {u"tag"_s, u"TAG"_s, tr("add a tag; repeat for several"), {}, true}}},
        {Command::ServersRemove,
         u"servers"_s,
         u"remove"_s,
         tr("Remove a server (the machine itself is not touched)."),
         {serverArgument()},
         {}},
        {Command::ServersTag,
         u"servers"_s,
         u"tag"_s,
         tr("Add tags to a server, or remove them with --remove."),
         {serverArgument(), {u"TAG"_s, tr("one or more tags"), true}},
         {{u"remove"_s, {}, tr("remove the tags instead of adding them"), {}, false}}},
        {Command::ServersLink,
         u"servers"_s,
         u"link"_s,
         tr("Link projects to a server."),
         {serverArgument(), {u"PROJECT"_s, tr("one or more project names"), true}},
         {}},
        {Command::ServersUnlink,
         u"servers"_s,
         u"unlink"_s,
         tr("Unlink projects from a server."),
         {serverArgument(), {u"PROJECT"_s, tr("one or more project names"), true}},
         {}},
        {Command::ServersCheck,
         u"servers"_s,
         u"check"_s,
         tr("Connect to a server and show its system, resources, Docker and status."),
         {serverArgument()},
         {{u"accept-host-key"_s, u"FP"_s, tr("pin this host key fingerprint first (SHA256:…)"), {}, false},
          {u"json"_s, {}, tr("print one JSON object"), {}, false}}},
        {Command::ServersUnlock,
         u"servers"_s,
         u"unlock"_s,
         tr("Release a server's run lock left by a run that is gone (see \"runs\" first)."),
         {serverArgument()},
         {}},
        {Command::Analyze,
         u"analyze"_s,
         {},
         tr("Find the services in a folder or Git repository (ports, health, env, databases)."),
         {{u"SOURCE"_s, tr("a folder, or a Git URL (https://, ssh://, git@host:path, file://)"), false}},
         {{u"ref"_s, u"REF"_s, tr("the branch, tag or commit to analyze (default: the default branch)"), {}, false},
          {u"accept-host-key"_s,
           u"FP"_s,
           tr("for an SSH Git URL: trust this host key fingerprint (SHA256:…)"),
           {},
           false},
          {u"json"_s, {}, tr("print one JSON object (its shape is documented in the README)"), {}, false}}},
        {Command::Provision,
         u"provision"_s,
         {},
         tr("Provision a server (Docker, firewall, SSH hardening, reverse proxy), streaming its steps and logs."),
         {serverArgument()},
         {{u"wait"_s, {}, tr("wait while another run holds the server instead of refusing"), {}, false}}},
        {Command::Runs,
         u"runs"_s,
         {},
         tr("List the runs, newest first."),
         {},
         {{u"project"_s, u"NAME"_s, tr("only this project's runs"), {}, false},
          {u"server"_s, u"NAME"_s, tr("only the runs on this server"), {}, false},
          {u"json"_s, {}, tr("print a JSON array instead of a table"), {}, false}}},
        {Command::Logs,
         u"logs"_s,
         {},
         tr("Print a run's log (secret values are masked)."),
         {{u"RUN"_s, tr("the run's number, as \"runs\" lists it"), false}},
         {{u"step"_s, u"N"_s, tr("only the lines of step N (1 is the first)"), {}, false}}},
        {Command::Plan,
         u"plan"_s,
         {},
         tr("Make a deployment plan for a source: server size, Dockerfiles, env, domains, health checks."),
         {{u"SOURCE"_s, tr("a folder, a Git URL, a Docker image reference or template:ID"), false}},
         {{u"ref"_s,
           u"REF"_s,
           tr("for a Git source: the branch, tag or commit (default: the default branch)"),
           {},
           false},
          {u"accept-host-key"_s,
           u"FP"_s,
           tr("for an SSH Git URL: trust this host key fingerprint (SHA256:…)"),
           {},
           false},
          {u"domain"_s, u"D"_s, tr("the public domain of the main service (others get SERVICE.D)"), {}, false},
          {u"out"_s,
           u"DIR"_s,
           tr("write docker-compose.yml, Caddyfile, .env.example and the Dockerfiles into DIR"),
           {},
           false},
          {u"port"_s, u"PORT"_s, tr("for an image: a port the container listens on; repeat for several"), {}, true},
          {u"json"_s, {}, tr("print the plan document (docs/plan-schema.md) instead of a summary"), {}, false}}},
        {Command::EnvSet,
         u"env"_s,
         u"set"_s,
         tr("Set an environment variable of a project's service; --secret keeps the value in the keychain."),
         {{u"PROJECT"_s, tr("the project's name (ignoring case)"), false},
          {u"NAME"_s, tr("the variable's name, e.g. DATABASE_URL"), false},
          {u"VALUE"_s, tr("its value"), false}},
         {{u"service"_s,
           u"S"_s,
           tr("the service (default: the services that read NAME, else the only app service)"),
           {},
           false},
          {u"secret"_s, {}, tr("store the value in the system keychain, never in the project"), {}, false}}},
        {Command::EnvList,
         u"env"_s,
         u"list"_s,
         tr("List a project's environment variables (secret values are masked)."),
         {{u"PROJECT"_s, tr("the project's name (ignoring case)"), false}},
         {jsonOption()}},
        {Command::Chat,
         u"chat"_s,
         {},
         tr("Ask the project's assistant (Claude with a key in the keychain or ANTHROPIC_API_KEY, else the offline "
            "assistant); the answer "
            "streams as it arrives and proposed changes print as action cards."),
         {{u"PROJECT"_s, tr("the project's name"), false}},
         {{u"message"_s, u"TEXT"_s, tr("what to say (required)"), {}, false},
          {u"chat"_s, u"NAME"_s, tr("the chat to continue or start (default: Chat)"), {}, false},
          {u"approve"_s, {}, tr("carry out the action cards of this answer (plan changes, runs)"), {}, false},
          {u"offline"_s, {}, tr("use the offline assistant even when a key is set"), {}, false}}},
        {Command::Deploy,
         u"deploy"_s,
         {},
         tr("Analyse, plan, provision if needed, build and deploy with zero downtime; exit 0 only when healthy."),
         {{u"SOURCE"_s,
           tr("a folder, a Git URL (https://, ssh://, git@host:path, file://), a Docker image reference or "
              "template:ID"),
           false}},
         {{u"server"_s, u"NAME"_s, tr("the server to deploy to (required)"), {}, false},
          {u"domain"_s, u"D"_s, tr("the public domain of the web service"), {}, false},
          {u"ref"_s, u"REF"_s, tr("the branch, tag or commit of a Git source"), {}, false},
          {u"accept-host-key"_s,
           u"FP"_s,
           tr("for an SSH Git URL: trust this host key fingerprint (SHA256:…)"),
           {},
           false},
          {u"port"_s, u"PORT"_s, tr("for an image: a port the container listens on; repeat for several"), {}, true},
          {u"yes"_s, {}, tr("approve the plan and deploy (without it the plan is only shown)"), {}, false}}},
        {Command::Releases,
         u"releases"_s,
         {},
         tr("List a project's releases on its server, newest first (current, kept for rollback, removed)."),
         {{u"PROJECT"_s, tr("the project's name (ignoring case)"), false}},
         {{u"server"_s, u"NAME"_s, tr("the server (default: the one the project is on)"), {}, false}}},
        {Command::Rollback,
         u"rollback"_s,
         {},
         tr("Switch a project back to a kept release as a run (default: the previous one)."),
         {{u"PROJECT"_s, tr("the project's name (ignoring case)"), false}},
         {{u"to"_s, u"RELEASE"_s, tr("the release to return to, as \"releases\" lists it"), {}, false},
          {u"server"_s, u"NAME"_s, tr("the server (default: the one the project is on)"), {}, false}}},
        {Command::SettingsShow,
         u"settings"_s,
         u"show"_s,
         tr("Show the settings and where the assistant's API key comes from (masked)."),
         {},
         {}},
        {Command::SettingsSetKey,
         u"settings"_s,
         u"set-key"_s,
         tr("Store the Claude API key read from standard input (one line) in the system keychain."),
         {},
         {}},
        {Command::SettingsRemoveKey,
         u"settings"_s,
         u"remove-key"_s,
         tr("Remove the Claude API key from the system keychain."),
         {},
         {}},
    };
    return table;
}

QStringList CommandTable::groups()
{
    QStringList out;
    for (const CommandSpec &spec : commands()) {
        if (!out.contains(spec.group))
            out << spec.group;
    }
    return out;
}

QStringList CommandTable::actions(const QString &group)
{
    QStringList out;
    for (const CommandSpec &spec : commands()) {
        if (spec.group == group)
            out << spec.action;
    }
    return out;
}

const CommandSpec *CommandTable::find(const QString &group, const QString &action)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.group == group && spec.action == action)
            return &spec;
    }
    return nullptr;
}

QString CommandTable::usage(const CommandSpec &spec)
{
    return u"hydron-cli "_s + synopsis(spec);
}

QString CommandTable::synopsis(const CommandSpec &spec)
{
    QStringList parts{spec.path()};
    for (const ArgumentSpec &a : spec.arguments)
        parts << (a.variadic ? a.name + u"..."_s : a.name);
    for (const OptionSpec &o : spec.options)
        parts << u'[' + optionText(o) + u']' + (o.repeatable ? u"..."_s : QString());
    return parts.join(u' ');
}

QString CommandTable::mainHelp()
{
    QString text = tr("Usage: hydron-cli [--data-dir DIR] COMMAND [ARGUMENTS] [OPTIONS]\n"
                      "\n"
                      "Manage Hydron's projects and servers from a terminal. hydron-cli and the Hydron app "
                      "share one data folder,\nso a change made here shows in the app and the other way round.\n"
                      "\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const CommandSpec &spec : commands())
        width = std::max(width, spec.path().size());
    for (const CommandSpec &spec : commands())
        text += u"  "_s + padded(spec.path(), width + 2) + spec.summary + u'\n';
    text += tr("\n"
               "Global options (before or after the command):\n"
               "  --data-dir DIR  the data folder; default: $HYDRON_DATA_DIR, else ~/.local/share/hydron\n"
               "  -h, --help      show this help, or a command's help: hydron-cli servers add --help\n"
               "  --version       show the version\n"
               "\n"
               "Exit status: 0 success, 1 the operation failed, 2 the command line is wrong.\n"
               "Diagnostics are written to DIR/logs/hydron.log (more with HYDRON_LOG_LEVEL=debug).\n");
    return text;
}

QString CommandTable::groupHelp(const QString &group)
{
    QString text = tr("Usage: hydron-cli %1 SUBCOMMAND [ARGUMENTS] [OPTIONS]\n\nSubcommands:\n").arg(group);
    for (const CommandSpec &spec : commands()) {
        if (spec.group == group)
            text += u"  "_s + synopsis(spec) + u"\n      "_s + spec.summary + u'\n';
    }
    text += tr("\nRun \"hydron-cli %1 SUBCOMMAND --help\" for details.\n").arg(group);
    return text;
}

QString CommandTable::commandHelp(const CommandSpec &spec)
{
    QString text = tr("Usage: %1\n\n%2\n").arg(usage(spec), spec.summary);
    qsizetype width = 0;
    for (const ArgumentSpec &a : spec.arguments)
        width = std::max(width, a.name.size());
    for (const OptionSpec &o : spec.options)
        width = std::max(width, optionText(o).size());
    if (!spec.arguments.isEmpty()) {
        text += tr("\nArguments:\n");
        for (const ArgumentSpec &a : spec.arguments)
            text += u"  "_s + padded(a.name, width + 2) + a.help + u'\n';
    }
    if (!spec.options.isEmpty()) {
        text += tr("\nOptions:\n");
        for (const OptionSpec &o : spec.options) {
            QString help = o.help;
            if (!o.allowedValues.isEmpty())
                help += u"; "_s + tr("one of: %1").arg(o.allowedValues.join(u", "_s));
            text += u"  "_s + padded(optionText(o), width + 2) + help + u'\n';
        }
    }
    text += tr("\nGlobal options: --data-dir DIR, --help, --version.\n");
    return text;
}

} // namespace hydron::cli
