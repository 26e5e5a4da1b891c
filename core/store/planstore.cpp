// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/planstore.h"

#include "core/model/json.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hydron {

PlanStore::PlanStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

QList<Plan> PlanStore::select(const QString &where, const QVariantList &bindings) const
{
    QList<Plan> out;
    auto query = m_database.exec(u"SELECT id, project_id, version, status, body, services_fingerprint, created_at "
                                 "FROM plans "_s +
                                     where,
                                 bindings);
    if (!query)
        return out;
    while (query->next()) {
        QJsonObject json{{u"id"_s, query->value(0).toLongLong()},
                         {u"project"_s, query->value(1).toLongLong()},
                         {u"version"_s, query->value(2).toInt()},
                         {u"status"_s, query->value(3).toString()},
                         {u"body"_s, QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object()},
                         {u"services_fingerprint"_s, query->value(5).toString()},
                         {u"created_at"_s, query->value(6).toString()}};
        if (auto plan = Plan::fromJson(json))
            out.append(*plan);
    }
    return out;
}

QList<Plan> PlanStore::plans(qint64 projectId) const
{
    return select(u"WHERE project_id = ? ORDER BY version"_s, {projectId});
}

std::optional<Plan> PlanStore::latest(qint64 projectId) const
{
    const QList<Plan> found = select(u"WHERE project_id = ? ORDER BY version DESC LIMIT 1"_s, {projectId});
    return found.isEmpty() ? std::nullopt : std::optional<Plan>(found.first());
}

Result<Plan> PlanStore::add(Plan plan)
{
    plan.id = 0;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    auto done = m_database.transaction([&]() -> Result<void> {
        auto version = m_database.exec(u"SELECT COALESCE(MAX(version), 0) + 1 FROM plans WHERE project_id = ?"_s,
                                       {plan.projectId});
        if (!version)
            return std::unexpected(version.error());
        plan.version = version->next() ? version->value(0).toInt() : 1;
        auto query = m_database.exec(u"INSERT INTO plans (project_id, version, status, body, services_fingerprint, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                     {plan.projectId, plan.version, Plan::statusName(plan.status),
                                      QString::fromUtf8(QJsonDocument(plan.body).toJson(QJsonDocument::Compact)),
                                      plan.servicesFingerprint, toIsoString(plan.createdAt)});
        if (!query)
            return std::unexpected(query.error());
        plan.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        Error e = done.error();
        if (e.detail.contains(u"FOREIGN KEY"))
            e.message = QCoreApplication::translate("hydron::PlanStore", "The plan's project no longer exists.");
        return std::unexpected(e);
    }
    Q_EMIT aboutToAdd(plan);
    Q_EMIT added(plan);
    return plan;
}

Result<Plan> PlanStore::setStatus(qint64 planId, Plan::Status status)
{
    QList<Plan> found = select(u"WHERE id = ?"_s, {planId});
    if (found.isEmpty())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::PlanStore", "The plan no longer exists."));
    Plan plan = found.first();
    plan.status = status;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.exec(u"UPDATE plans SET status = ? WHERE id = ?"_s, {Plan::statusName(status), planId});
        if (!query)
            return std::unexpected(query.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    Q_EMIT changed(plan);
    return plan;
}

} // namespace hydron
