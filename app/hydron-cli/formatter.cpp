// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hydron-cli/formatter.h"

#include "core/model/json.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

const QString Dash = u"-"_s;

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue positiveOrNull(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? Dash : text;
}

QString listOrDash(const QStringList &items)
{
    return items.isEmpty() ? Dash : items.join(u", "_s);
}

QString cell(QString text)
{
    for (QChar &ch : text) {
        const auto category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            ch = QChar::ReplacementCharacter;
    }
    return text;
}

QString sourceText(const ProjectSource &source)
{
    switch (source.kind) {
    case ProjectSource::Kind::None:
        return Dash;
    case ProjectSource::Kind::Git:
        return source.ref.isEmpty() ? source.location : source.location + u" ("_s + source.ref + u')';
    case ProjectSource::Kind::Folder:
        return source.location;
    case ProjectSource::Kind::Image:
        return u"image "_s + source.location;
    case ProjectSource::Kind::Template:
        return u"template "_s + source.location;
    }
    return source.location;
}

QString document(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

QJsonObject Formatter::projectJson(const ProjectListing &listing)
{
    const Project &p = listing.project;
    const bool hasSource = p.source.kind != ProjectSource::Kind::None;
    return QJsonObject{
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"type"_s, projectTypeName(p.type)},
        {u"source"_s,
         QJsonObject{{u"kind"_s, ProjectSource::kindName(p.source.kind)},
                     {u"location"_s, hasSource ? stringOrNull(p.source.location) : QJsonValue(QJsonValue::Null)},
                     {u"ref"_s, hasSource ? stringOrNull(p.source.ref) : QJsonValue(QJsonValue::Null)}}},
        {u"services"_s, static_cast<qint64>(p.services.size())},
        {u"servers"_s, QJsonArray::fromStringList(listing.servers)},
        {u"last_run"_s, listing.lastRun ? QJsonValue(runStatusName(*listing.lastRun)) : QJsonValue(QJsonValue::Null)},
        {u"created_at"_s, stringOrNull(toIsoString(p.createdAt))},
        {u"updated_at"_s, stringOrNull(toIsoString(p.updatedAt))},
    };
}

QJsonObject Formatter::serverJson(const ServerListing &listing)
{
    const Server &s = listing.server;
    return QJsonObject{
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"transport"_s, serverTransportName(s.transport)},
        {u"host"_s, s.host},
        {u"port"_s, s.port},
        {u"user"_s, s.user},
        {u"auth"_s, authMethodName(s.auth)},
        {u"key_file"_s, s.auth == AuthMethod::KeyFile ? stringOrNull(s.keyFile) : QJsonValue(QJsonValue::Null)},
        {u"host_key"_s, stringOrNull(s.hostKeyFingerprint)},
        {u"tags"_s, QJsonArray::fromStringList(s.tags)},
        {u"status"_s, serverStatusName(s.status)},
        {u"projects"_s, QJsonArray::fromStringList(listing.projects)},
        {u"spec"_s, QJsonObject{{u"cpus"_s, positiveOrNull(s.spec.cpus)},
                                {u"memory_mb"_s, positiveOrNull(s.spec.memoryMb)},
                                {u"disk_gb"_s, positiveOrNull(s.spec.diskGb)},
                                {u"location"_s, stringOrNull(s.spec.location)},
                                {u"os"_s, stringOrNull(s.spec.os)}}},
        {u"created_at"_s, stringOrNull(toIsoString(s.createdAt))},
        {u"updated_at"_s, stringOrNull(toIsoString(s.updatedAt))},
    };
}

QString Formatter::projectsJson(const QList<ProjectListing> &listings)
{
    QJsonArray array;
    for (const ProjectListing &listing : listings)
        array.append(projectJson(listing));
    return document(array);
}

QString Formatter::serversJson(const QList<ServerListing> &listings)
{
    QJsonArray array;
    for (const ServerListing &listing : listings)
        array.append(serverJson(listing));
    return document(array);
}

QString Formatter::projectsTable(const QList<ProjectListing> &listings)
{
    if (listings.isEmpty())
        return tr("No projects.") + u'\n';
    QList<QStringList> rows;
    for (const ProjectListing &l : listings) {
        rows << QStringList{l.project.name,
                            projectTypeName(l.project.type),
                            sourceText(l.project.source),
                            QString::number(l.project.services.size()),
                            listOrDash(l.servers),
                            l.lastRun ? runStatusName(*l.lastRun) : Dash};
    }
    return table({tr("NAME"), tr("TYPE"), tr("SOURCE"), tr("SERVICES"), tr("SERVERS"), tr("LAST RUN")}, rows);
}

QString Formatter::serversTable(const QList<ServerListing> &listings)
{
    if (listings.isEmpty())
        return tr("No servers.") + u'\n';
    QList<QStringList> rows;
    for (const ServerListing &l : listings) {
        const Server &s = l.server;
        const SshAddress address{s.user, s.host, s.port};
        QString auth = s.auth == AuthMethod::KeyFile ? tr("key %1").arg(s.keyFile) : tr("agent");
        if (s.isLocal())
            auth = Dash;
        rows << QStringList{s.name,
                            s.isLocal() ? tr("this computer") : address.toString(),
                            auth,
                            listOrDash(s.tags),
                            listOrDash(l.projects),
                            serverStatusName(s.status)};
    }
    return table({tr("NAME"), tr("ADDRESS"), tr("AUTH"), tr("TAGS"), tr("PROJECTS"), tr("STATUS")}, rows);
}

QString Formatter::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<QStringList> all{headers};
    for (const QStringList &row : rows) {
        QStringList cleaned;
        for (const QString &text : row)
            cleaned << cell(orDash(text));
        all << cleaned;
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : std::as_const(all)) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    QString out;
    for (const QStringList &row : std::as_const(all)) {
        QString line;
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            if (c > 0)
                line += u"  "_s;
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c)) : row.at(c);
        }
        out += line + u'\n';
    }
    return out;
}

} // namespace hydron::cli
