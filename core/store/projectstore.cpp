// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"

#include "core/model/json.h"
#include "core/model/names.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

QString servicesToText(const QList<Service> &services)
{
    QJsonArray array;
    for (const Service &s : services)
        array.append(s.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

ProjectStore::ProjectStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<void> ProjectStore::load()
{
    auto query = m_database.exec(u"SELECT id, name, type, source_kind, source_location, source_ref, services, "
                                 "created_at, updated_at FROM projects ORDER BY id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<Project> fresh;
    while (query->next()) {
        Project p;
        p.id = query->value(0).toLongLong();
        p.name = query->value(1).toString();
        p.type = projectTypeFromName(query->value(2).toString()).value_or(ProjectType::Other);
        p.source.kind = ProjectSource::kindFromName(query->value(3).toString()).value_or(ProjectSource::Kind::None);
        p.source.location = query->value(4).toString();
        p.source.ref = query->value(5).toString();
        const QJsonDocument services = QJsonDocument::fromJson(query->value(6).toString().toUtf8());
        for (const QJsonValue &v : services.array()) {
            auto service = Service::fromJson(v.toObject());
            if (!service)
                return fail(Error::Code::Corrupt,
                            QCoreApplication::translate("hydron::ProjectStore",
                                                        "The services of project \"%1\" cannot be read.")
                                .arg(p.name),
                            service.error().toString());
            p.services.append(*service);
        }
        p.createdAt = fromIsoString(query->value(7).toString());
        p.updatedAt = fromIsoString(query->value(8).toString());
        fresh.append(p);
    }

    if (!m_loaded) {
        m_projects = fresh;
        m_loaded = true;
        return {};
    }
    // Announce what another process changed: removals, changes, then additions.
    for (qsizetype i = m_projects.size() - 1; i >= 0; --i) {
        const Project old = m_projects.at(i);
        const auto still = std::find_if(fresh.cbegin(), fresh.cend(), [&](const Project &p) { return p.id == old.id; });
        if (still == fresh.cend()) {
            Q_EMIT aboutToRemove(old);
            m_projects.removeAt(i);
            Q_EMIT removed(old.id);
        } else if (*still != old) {
            m_projects[i] = *still;
            Q_EMIT changed(*still);
        }
    }
    for (const Project &p : std::as_const(fresh)) {
        if (indexOf(p.id) < 0) {
            Q_EMIT aboutToAdd(p);
            m_projects.append(p);
            Q_EMIT added(p);
        }
    }
    return {};
}

qsizetype ProjectStore::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        if (m_projects.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Project> ProjectStore::find(qint64 id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Project>(m_projects.at(i));
}

std::optional<Project> ProjectStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Project &p : m_projects) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

Result<Project> ProjectStore::checked(Project project) const
{
    auto name = validateName(project.name, QCoreApplication::translate("hydron::ProjectStore", "project name"));
    if (!name)
        return std::unexpected(name.error());
    project.name = *name;
    if (auto other = findByName(project.name); other && other->id != project.id)
        return fail(Error::Code::AlreadyExists,
                    QCoreApplication::translate("hydron::ProjectStore",
                                                "A project named \"%1\" already exists. Choose another name.")
                        .arg(other->name));
    return project;
}

Result<Project> ProjectStore::add(Project project)
{
    project.id = 0;
    auto valid = checked(std::move(project));
    if (!valid)
        return valid;
    Project p = *valid;
    p.createdAt = p.updatedAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"INSERT INTO projects (name, type, source_kind, source_location, source_ref, "
                                     "services, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                     {p.name, projectTypeName(p.type), ProjectSource::kindName(p.source.kind),
                                      p.source.location, p.source.ref, servicesToText(p.services),
                                      toIsoString(p.createdAt), toIsoString(p.updatedAt)});
        if (!query)
            return std::unexpected(query.error());
        p.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        if (findByName(p.name).has_value() || done.error().detail.contains(u"UNIQUE"))
            return fail(Error::Code::AlreadyExists,
                        QCoreApplication::translate("hydron::ProjectStore",
                                                    "A project named \"%1\" already exists. Choose another name.")
                            .arg(p.name));
        return std::unexpected(done.error());
    }
    Q_EMIT aboutToAdd(p);
    m_projects.append(p);
    Q_EMIT added(p);
    return p;
}

Result<Project> ProjectStore::update(Project project)
{
    const qsizetype index = indexOf(project.id);
    if (index < 0)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::ProjectStore", "The project no longer exists."));
    auto valid = checked(std::move(project));
    if (!valid)
        return valid;
    Project p = *valid;
    p.createdAt = m_projects.at(index).createdAt;
    p.updatedAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query =
            m_database.exec(u"UPDATE projects SET name = ?, type = ?, source_kind = ?, source_location = ?, "
                            "source_ref = ?, services = ?, updated_at = ? WHERE id = ?"_s,
                            {p.name, projectTypeName(p.type), ProjectSource::kindName(p.source.kind), p.source.location,
                             p.source.ref, servicesToText(p.services), toIsoString(p.updatedAt), p.id});
        if (!query)
            return std::unexpected(query.error());
        if (query->numRowsAffected() != 1)
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("hydron::ProjectStore", "The project no longer exists."));
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    m_projects[index] = p;
    Q_EMIT changed(p);
    return p;
}

Result<Project> ProjectStore::rename(qint64 id, const QString &name)
{
    auto current = find(id);
    if (!current)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::ProjectStore", "The project no longer exists."));
    current->name = name;
    return update(*current);
}

Result<void> ProjectStore::remove(qint64 id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::ProjectStore", "The project no longer exists."));
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"DELETE FROM projects WHERE id = ?"_s, {id});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return done;
    const Project old = m_projects.at(index);
    Q_EMIT aboutToRemove(old);
    m_projects.removeAt(index);
    Q_EMIT removed(id);
    return {};
}

} // namespace hydron
