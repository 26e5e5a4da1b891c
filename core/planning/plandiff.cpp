// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/plandiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// The schema's key order, for readable diffs.
const QStringList serviceKeys{u"kind"_s,        u"backing"_s,   u"image"_s,       u"build"_s,
                              u"command"_s,     u"env"_s,       u"ports"_s,       u"public"_s,
                              u"public_port"_s, u"domains"_s,   u"health"_s,      u"depends_on"_s,
                              u"volumes"_s,     u"memory_mb"_s, u"post_deploy"_s, u"runtime"_s};

void compareObjects(const QString &prefix, const QJsonObject &a, const QJsonObject &b, const QStringList &order,
                    QList<FieldChange> &out)
{
    QStringList keys = order;
    for (const QString &k : a.keys() + b.keys()) {
        if (!keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue va = a.value(k), vb = b.value(k);
        if (va != vb)
            out.append(FieldChange{prefix + k, text(va), text(vb)});
    }
}

QMap<QString, QJsonObject> byName(const QJsonArray &array, const QString &key)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : array)
        out.insert(v.toObject().value(key).toString(), v.toObject());
    return out;
}

QList<FieldChange> diffService(const QJsonObject &a, const QJsonObject &b)
{
    QList<FieldChange> out;
    for (const QString &key : serviceKeys) {
        const QJsonValue va = a.value(key), vb = b.value(key);
        if (va == vb)
            continue;
        if (key == u"env") {
            // Per variable: "env.NAME".
            const auto ea = byName(va.toArray(), u"name"_s), eb = byName(vb.toArray(), u"name"_s);
            QStringList names = ea.keys();
            for (const QString &n : eb.keys()) {
                if (!names.contains(n))
                    names.append(n);
            }
            names.sort();
            for (const QString &n : std::as_const(names)) {
                if (ea.value(n) != eb.value(n))
                    out.append(FieldChange{u"env."_s + n, ea.contains(n) ? text(ea.value(n)) : QString(),
                                           eb.contains(n) ? text(eb.value(n)) : QString()});
            }
        } else if ((key == u"build" || key == u"health") && va.isObject() && vb.isObject()) {
            compareObjects(key + u'.', va.toObject(), vb.toObject(), {}, out);
        } else {
            out.append(FieldChange{key, text(va), text(vb)});
        }
    }
    return out;
}

} // namespace

PlanDiff diffPlans(const PlanDocument &before, const PlanDocument &after)
{
    PlanDiff diff;
    const QJsonObject a = before.toJson(), b = after.toJson();
    if (a.value(u"network"_s) != b.value(u"network"_s))
        diff.plan.append(FieldChange{u"network"_s, before.network, after.network});
    compareObjects(u"server."_s, a.value(u"server"_s).toObject(), b.value(u"server"_s).toObject(),
                   {u"offer_id"_s, u"offer_name"_s, u"cpus"_s, u"memory_mb"_s, u"disk_gb"_s, u"location"_s,
                    u"monthly_price"_s, u"currency"_s, u"server_name"_s, u"reasoning"_s},
                   diff.plan);
    const auto sa = byName(a.value(u"secrets"_s).toArray(), u"ref"_s);
    const auto sb = byName(b.value(u"secrets"_s).toArray(), u"ref"_s);
    QStringList refs = sa.keys();
    for (const QString &r : sb.keys()) {
        if (!refs.contains(r))
            refs.append(r);
    }
    refs.sort();
    for (const QString &r : std::as_const(refs)) {
        if (sa.value(r) != sb.value(r))
            diff.plan.append(FieldChange{u"secrets."_s + r, sa.contains(r) ? text(sa.value(r)) : QString(),
                                         sb.contains(r) ? text(sb.value(r)) : QString()});
    }

    const auto va = byName(a.value(u"services"_s).toArray(), u"name"_s);
    const auto vb = byName(b.value(u"services"_s).toArray(), u"name"_s);
    QStringList names = va.keys();
    for (const QString &n : vb.keys()) {
        if (!names.contains(n))
            names.append(n);
    }
    names.sort();
    for (const QString &n : std::as_const(names)) {
        if (!va.contains(n)) {
            diff.services.append(ServiceChange{n, ServiceChange::Kind::Added, {}});
        } else if (!vb.contains(n)) {
            diff.services.append(ServiceChange{n, ServiceChange::Kind::Removed, {}});
        } else if (va.value(n) != vb.value(n)) {
            diff.services.append(ServiceChange{n, ServiceChange::Kind::Changed, diffService(va.value(n), vb.value(n))});
        }
    }
    return diff;
}

QString PlanDiff::toText() const
{
    QStringList lines;
    const auto change = [](const FieldChange &f) -> QString {
        if (f.before.isEmpty())
            return tr("%1: set to %2").arg(f.field, f.after);
        if (f.after.isEmpty())
            return tr("%1: removed (was %2)").arg(f.field, f.before);
        return tr("%1: %2 → %3").arg(f.field, f.before, f.after);
    };
    for (const FieldChange &f : plan)
        lines.append(change(f));
    for (const ServiceChange &s : services) {
        switch (s.kind) {
        case ServiceChange::Kind::Added:
            lines.append(tr("+ service %1").arg(s.service));
            break;
        case ServiceChange::Kind::Removed:
            lines.append(tr("- service %1").arg(s.service));
            break;
        case ServiceChange::Kind::Changed:
            lines.append(tr("~ service %1").arg(s.service));
            for (const FieldChange &f : s.fields)
                lines.append(u"    "_s + change(f));
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace hydron::planning
