// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hydron-cli/commandrunner.h"

#include "core/coreservices.h"
#include "core/model/names.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

QString expandHome(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

bool looksLikePath(const QString &text)
{
    return text.startsWith(u'/') || text.startsWith(u"./") || text.startsWith(u"../") || text.startsWith(u"~/") ||
           text == u"." || text == u".." || text == u"~";
}

// A Docker image reference: [registry[:port]/]path[:tag][@digest], path components lower case.
bool isImageReference(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?/)?"
        "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$"_s);
    return text.size() <= 255 && pattern.match(text).hasMatch();
}

QString joinedOrNone(const QStringList &items, const QString &none)
{
    return items.isEmpty() ? none : items.join(u", "_s);
}

} // namespace

CommandRunner::CommandRunner(CoreServices &core)
    : m_core(core)
{}

Result<QString> CommandRunner::run(const Invocation &invocation)
{
    if (!invocation.command)
        return fail(Error::Code::Internal, tr("No command to run."));
    const QStringList &args = invocation.arguments;
    switch (invocation.command->command) {
    case Command::ProjectsList:
        return invocation.flag(u"json"_s) ? Formatter::projectsJson(projectListings())
                                          : Formatter::projectsTable(projectListings());
    case Command::ProjectsAdd:
        return addProject(invocation);
    case Command::ProjectsRemove:
        return removeProject(args.at(0));
    case Command::ServersList:
        return invocation.flag(u"json"_s) ? Formatter::serversJson(serverListings())
                                          : Formatter::serversTable(serverListings());
    case Command::ServersAdd:
        return addServer(invocation);
    case Command::ServersRemove:
        return removeServer(args.at(0));
    case Command::ServersTag:
        return tagServer(invocation);
    case Command::ServersLink:
        return linkServer(invocation, true);
    case Command::ServersUnlink:
        return linkServer(invocation, false);
    case Command::ServersCheck:
        return checkServer(invocation);
    case Command::ServersUnlock:
        return unlockServer(invocation);
    case Command::Analyze:
        return analyze(invocation);
    case Command::Provision:
        return provision(invocation);
    case Command::Runs:
        return listRuns(invocation);
    case Command::Logs:
        return showLogs(invocation);
    case Command::Plan:
        return plan(invocation);
    case Command::EnvSet:
        return setEnv(invocation);
    case Command::EnvList:
        return listEnv(invocation);
    case Command::Chat:
        return chat(invocation);
    case Command::Deploy:
        return deploy(invocation);
    case Command::Releases:
        return releases(invocation);
    case Command::Rollback:
        return rollback(invocation);
    case Command::SettingsShow:
        return showSettings();
    case Command::SettingsSetKey:
        return setApiKey();
    case Command::SettingsRemoveKey:
        return removeApiKey();
    }
    return fail(Error::Code::Internal, tr("No command to run."));
}

QList<ProjectListing> CommandRunner::projectListings() const
{
    const QHash<qint64, RunStatus> lastRuns = m_core.runs().lastStatusByProject();
    QList<ProjectListing> out;
    for (const Project &p : m_core.projects().projects()) {
        ProjectListing listing{p, {}, std::nullopt};
        for (const Server &s : m_core.servers().serversForProject(p.id))
            listing.servers << s.name;
        if (const auto it = lastRuns.constFind(p.id); it != lastRuns.cend())
            listing.lastRun = *it;
        out << listing;
    }
    return out;
}

QList<ServerListing> CommandRunner::serverListings() const
{
    QList<ServerListing> out;
    for (const Server &s : m_core.servers().servers()) {
        ServerListing listing{s, {}};
        for (qint64 id : s.projectIds) {
            if (const auto p = m_core.projects().find(id))
                listing.projects << p->name;
        }
        out << listing;
    }
    return out;
}

Result<ProjectSource> CommandRunner::sourceFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The source is empty."));
    if (looksLikePath(trimmed)) {
        const QFileInfo info(expandHome(trimmed));
        if (!info.exists())
            return fail(Error::Code::InvalidInput, tr("The folder %1 does not exist.").arg(info.absoluteFilePath()));
        if (!info.isDir())
            return fail(Error::Code::InvalidInput,
                        tr("%1 is a file, not a folder. Give the project's folder, a Git URL or a Docker image.")
                            .arg(info.absoluteFilePath()));
        return ProjectSource{ProjectSource::Kind::Folder, QDir::cleanPath(info.absoluteFilePath()), {}};
    }
    // An image pinned by digest looks like an scp-style Git address (name@host:path) to
    // ProjectSource::fromUserText; a well-formed image reference is an image.
    static const QRegularExpression digest(u"@sha256:[a-f0-9]{64}$"_s);
    if (digest.match(trimmed).hasMatch() && isImageReference(trimmed))
        return ProjectSource{ProjectSource::Kind::Image, trimmed, {}};
    ProjectSource source = ProjectSource::fromUserText(trimmed);
    if (source.kind == ProjectSource::Kind::Template && source.location.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("\"%1\" names no template; write template:ID.").arg(trimmed));
    if (source.kind == ProjectSource::Kind::Image && !isImageReference(source.location))
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not a Git URL, an existing folder or a Docker image reference.").arg(trimmed));
    return source;
}

Result<QString> CommandRunner::checkedKeyFile(const QString &path)
{
    const QFileInfo info(expandHome(path.trimmed()));
    const QString absolute = info.absoluteFilePath();
    if (!info.exists())
        return fail(Error::Code::InvalidInput, tr("The key file %1 does not exist.").arg(absolute));
    if (info.isDir())
        return fail(Error::Code::InvalidInput, tr("The key file %1 is a folder, not a file.").arg(absolute));
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    tr("The key file %1 cannot be read. Check its permissions, or use the SSH agent (leave out --key).")
                        .arg(absolute),
                    file.errorString());
    return QDir::cleanPath(absolute);
}

Result<Project> CommandRunner::projectNamed(const QString &name) const
{
    if (auto p = m_core.projects().findByName(name))
        return *p;
    return fail(Error::Code::NotFound,
                tr("There is no project named \"%1\". See \"hydron-cli projects list\".").arg(name.trimmed()));
}

Result<Server> CommandRunner::serverNamed(const QString &name) const
{
    if (auto s = m_core.servers().findByName(name))
        return *s;
    return fail(Error::Code::NotFound,
                tr("There is no server named \"%1\". See \"hydron-cli servers list\".").arg(name.trimmed()));
}

Result<QString> CommandRunner::addProject(const Invocation &invocation)
{
    Project project;
    project.name = invocation.arguments.at(0);
    if (invocation.flag(u"type"_s)) {
        const auto type = projectTypeFromName(invocation.value(u"type"_s));
        if (!type)
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not a project type.").arg(invocation.value(u"type"_s)));
        project.type = *type;
    }
    if (invocation.flag(u"source"_s)) {
        auto source = sourceFromText(invocation.value(u"source"_s));
        if (!source)
            return std::unexpected(source.error());
        project.source = *source;
    }
    auto added = m_core.projects().add(project);
    if (!added)
        return std::unexpected(added.error());
    return tr("Added project \"%1\" (%2).").arg(added->name, projectTypeName(added->type)) + u'\n';
}

Result<QString> CommandRunner::removeProject(const QString &name)
{
    auto project = projectNamed(name);
    if (!project)
        return std::unexpected(project.error());
    if (auto removed = m_core.projects().remove(project->id); !removed)
        return std::unexpected(removed.error());
    return tr("Removed project \"%1\".").arg(project->name) + u'\n';
}

Result<QString> CommandRunner::addServer(const Invocation &invocation)
{
    if (invocation.arguments.size() == 1) { // "servers add local" (the parser allows nothing else)
        for (const QString &option : {u"key"_s, u"accept-host-key"_s}) {
            if (invocation.flag(option))
                return fail(Error::Code::InvalidInput,
                            tr("--%1 does not apply to this computer: it is reached without SSH.").arg(option));
        }
        Server local = Server::local();
        local.tags = invocation.values(u"tag"_s);
        auto added = m_core.servers().add(local);
        if (!added)
            return std::unexpected(added.error());
        return tr("Added server \"%1\" (this computer: commands run here, without SSH).").arg(added->name) + u'\n';
    }
    auto address = SshAddress::parse(invocation.arguments.at(1));
    if (!address)
        return std::unexpected(address.error());
    Server server;
    server.name = invocation.arguments.at(0);
    server.host = address->host;
    server.port = address->port;
    server.user = address->user;
    server.tags = invocation.values(u"tag"_s);
    if (invocation.flag(u"key"_s)) {
        auto key = checkedKeyFile(invocation.value(u"key"_s));
        if (!key)
            return std::unexpected(key.error());
        server.auth = AuthMethod::KeyFile;
        server.keyFile = *key;
    }
    if (invocation.flag(u"accept-host-key"_s)) {
        auto fingerprint = checkedFingerprint(invocation.value(u"accept-host-key"_s));
        if (!fingerprint)
            return std::unexpected(fingerprint.error());
        server.hostKeyFingerprint = *fingerprint;
    }
    auto added = m_core.servers().add(server);
    if (!added)
        return std::unexpected(added.error());
    const SshAddress stored{added->user, added->host, added->port};
    const QString auth = added->auth == AuthMethod::KeyFile ? tr("key %1").arg(added->keyFile) : tr("SSH agent");
    return tr("Added server \"%1\" (%2, %3).").arg(added->name, stored.toString(), auth) + u'\n';
}

Result<QString> CommandRunner::removeServer(const QString &name)
{
    auto server = serverNamed(name);
    if (!server)
        return std::unexpected(server.error());
    if (auto removed = m_core.servers().remove(server->id); !removed)
        return std::unexpected(removed.error());
    return tr("Removed server \"%1\".").arg(server->name) + u'\n';
}

Result<QString> CommandRunner::tagServer(const Invocation &invocation)
{
    auto server = serverNamed(invocation.arguments.at(0));
    if (!server)
        return std::unexpected(server.error());
    QStringList tags;
    for (const QString &tag : invocation.arguments.mid(1)) {
        auto valid = validateName(tag, tr("tag"));
        if (!valid)
            return std::unexpected(valid.error());
        tags << *valid;
    }

    Result<Server> changed;
    if (invocation.flag(u"remove"_s)) {
        for (const QString &tag : std::as_const(tags)) {
            if (!server->tags.contains(tag, Qt::CaseInsensitive))
                return fail(Error::Code::NotFound, tr("The server \"%1\" has no tag \"%2\" (its tags: %3).")
                                                       .arg(server->name, tag, joinedOrNone(server->tags, tr("none"))));
        }
        changed = m_core.servers().removeTags(server->id, tags);
    } else {
        changed = m_core.servers().addTags(server->id, tags);
    }
    if (!changed)
        return std::unexpected(changed.error());
    return tr("Server \"%1\" tags: %2.").arg(changed->name, joinedOrNone(changed->tags, tr("none"))) + u'\n';
}

Result<QString> CommandRunner::linkServer(const Invocation &invocation, bool link)
{
    auto server = serverNamed(invocation.arguments.at(0));
    if (!server)
        return std::unexpected(server.error());
    QList<qint64> ids = server->projectIds;
    for (const QString &name : invocation.arguments.mid(1)) {
        auto project = projectNamed(name);
        if (!project)
            return std::unexpected(project.error());
        if (link) {
            if (!ids.contains(project->id))
                ids << project->id;
        } else if (!ids.removeOne(project->id)) {
            return fail(Error::Code::NotFound,
                        tr("The server \"%1\" is not linked to the project \"%2\".").arg(server->name, project->name));
        }
    }
    auto changed = m_core.servers().setLinkedProjects(server->id, ids);
    if (!changed)
        return std::unexpected(changed.error());
    QStringList names;
    for (qint64 id : changed->projectIds) {
        if (const auto p = m_core.projects().find(id))
            names << p->name;
    }
    return tr("Server \"%1\" projects: %2.").arg(changed->name, joinedOrNone(names, tr("none"))) + u'\n';
}

} // namespace hydron::cli
