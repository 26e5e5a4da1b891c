// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/plan.h"

#include "core/model/json.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

constexpr std::array<EnumName<Plan::Status>, 6> statusNames{{
    {Plan::Status::Generated, u"generated"},
    {Plan::Status::Reviewed, u"reviewed"},
    {Plan::Status::Modified, u"modified"},
    {Plan::Status::Approved, u"approved"},
    {Plan::Status::Executed, u"executed"},
    {Plan::Status::Stale, u"stale"},
}};

} // namespace

QString Plan::statusName(Status status)
{
    return enumToName(statusNames, status);
}

QString Plan::statusLabel(Status status)
{
    switch (status) {
    case Status::Generated:
        return QCoreApplication::translate("hydron::Plan", "Generated");
    case Status::Reviewed:
        return QCoreApplication::translate("hydron::Plan", "Reviewed");
    case Status::Modified:
        return QCoreApplication::translate("hydron::Plan", "Modified");
    case Status::Approved:
        return QCoreApplication::translate("hydron::Plan", "Approved");
    case Status::Executed:
        return QCoreApplication::translate("hydron::Plan", "Executed");
    case Status::Stale:
        return QCoreApplication::translate("hydron::Plan", "Stale");
    }
    return {};
}

QString Plan::fingerprint(const QList<Service> &services)
{
    QJsonArray array;
    for (const Service &s : services)
        array.append(s.toJson());
    // QJsonDocument writes object keys sorted, so equal services give equal bytes.
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject Plan::toJson() const
{
    QJsonObject json{{u"project"_s, projectId},
                     {u"version"_s, version},
                     {u"status"_s, statusName(status)},
                     {u"body"_s, body},
                     {u"services_fingerprint"_s, servicesFingerprint},
                     {u"created_at"_s, toIsoString(createdAt)}};
    if (id > 0)
        json.insert(u"id"_s, id);
    return json;
}

Result<Plan> Plan::fromJson(const QJsonObject &json)
{
    Plan p;
    JsonReader r(json, QCoreApplication::translate("hydron::Plan", "Plan"));
    p.id = r.integer(u"id");
    p.projectId = r.integer(u"project");
    p.version = static_cast<int>(r.integer(u"version", 1));
    p.status = r.enumeration(u"status", statusNames, Status::Generated);
    p.body = r.object(u"body");
    p.servicesFingerprint = r.string(u"services_fingerprint");
    p.createdAt = r.dateTime(u"created_at");
    if (r.ok() && p.version < 1)
        r.setError(u"version", u"must be 1 or more"_s);
    if (!r.ok())
        return std::unexpected(r.error());
    return p;
}

} // namespace hydron
