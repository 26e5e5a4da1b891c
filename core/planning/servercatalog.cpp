// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/servercatalog.h"

#include "core/model/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

constexpr int SystemMemoryMb = 512; // the OS, the Docker engine and the proxy
constexpr int SystemDiskGb = 10;

// Memory a build of this stack takes on the server, at its peak.
int buildPeakMb(const QString &stack)
{
    if (stack.startsWith(u"rust") || stack.startsWith(u"java"))
        return 2048;
    if (stack.startsWith(u"node") || stack.startsWith(u"static-node") || stack.startsWith(u"elixir"))
        return 1024;
    if (stack.startsWith(u"go") || stack.startsWith(u"ruby") || stack.startsWith(u"dotnet"))
        return 1024;
    if (stack.isEmpty())
        return 1024; // an existing Dockerfile: unknown, assume a typical build
    return 512;
}

QString megabytes(int mb)
{
    if (mb >= 1024 && mb % 1024 == 0)
        return tr("%1 GB").arg(mb / 1024);
    if (mb >= 1024)
        return tr("%1 GB").arg(QString::number(mb / 1024.0, 'f', 1));
    return tr("%1 MB").arg(mb);
}

} // namespace

Result<ServerCatalog> ServerCatalog::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("The server catalog %1 cannot be read.").arg(file), f.errorString());
    auto json = parseJsonObject(f.readAll(), file);
    if (!json)
        return std::unexpected(json.error());
    return fromJson(*json, file);
}

Result<ServerCatalog> ServerCatalog::fromJson(const QJsonObject &json, const QString &context)
{
    ServerCatalog catalog;
    JsonReader r(json, context);
    catalog.m_currency = r.requiredString(u"currency");
    const QJsonArray offers = r.array(u"offers");
    QSet<QString> ids;
    for (qsizetype i = 0; i < offers.size() && r.ok(); ++i) {
        JsonReader o(offers.at(i).toObject(), tr("%1, offer %2").arg(context).arg(i + 1));
        ServerOffer offer;
        offer.id = o.requiredString(u"id");
        offer.name = o.requiredString(u"name");
        offer.cpus = static_cast<int>(o.integer(u"cpus"));
        offer.memoryMb = static_cast<int>(o.integer(u"memory_mb"));
        offer.diskGb = static_cast<int>(o.integer(u"disk_gb"));
        offer.location = o.requiredString(u"location");
        offer.monthlyPrice = o.number(u"monthly_price");
        if (o.ok() && (offer.cpus < 1 || offer.memoryMb < 256 || offer.diskGb < 1))
            o.setError(u"memory_mb", u"cpus, memory_mb and disk_gb must be positive"_s);
        if (o.ok() && offer.monthlyPrice <= 0)
            o.setError(u"monthly_price", u"must be positive"_s);
        if (o.ok() && ids.contains(offer.id))
            o.setError(u"id", u"repeats \"%1\""_s.arg(offer.id));
        if (!o.ok())
            r.adopt(o.error());
        ids.insert(offer.id);
        catalog.m_offers.append(offer);
    }
    if (r.ok() && catalog.m_offers.isEmpty())
        r.setError(u"offers", u"is empty"_s);
    if (!r.ok())
        return std::unexpected(r.error());
    return catalog;
}

const ServerOffer *ServerCatalog::find(const QString &id) const
{
    for (const ServerOffer &o : m_offers) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

QStringList ServerCatalog::locations() const
{
    QStringList out;
    for (const ServerOffer &o : m_offers) {
        if (!out.contains(o.location))
            out.append(o.location);
    }
    out.sort();
    return out;
}

ServerNeeds estimateNeeds(const QList<PlanService> &services)
{
    ServerNeeds needs;
    int running = 0;
    int largestApp = 0;
    int buildPeak = 0;
    int builtImages = 0;
    int imageServices = 0;
    int dataVolumes = 0;
    int appServices = 0;
    QStringList parts;
    for (const PlanService &s : services) {
        running += s.memoryMb;
        parts.append(tr("%1 %2").arg(s.name, megabytes(s.memoryMb)));
        if (s.kind != ServiceKind::Backing) {
            ++appServices;
            largestApp = std::max(largestApp, s.memoryMb);
        }
        if (s.build) {
            ++builtImages;
            buildPeak = std::max(buildPeak, buildPeakMb(s.build->stack));
        } else {
            ++imageServices;
        }
        dataVolumes += static_cast<int>(s.volumes.size());
    }
    needs.memoryMb = SystemMemoryMb + running + largestApp + buildPeak;
    needs.reasons.append(
        parts.isEmpty()
            ? tr("No services run yet.")
            : tr("The services' memory limits add up to %1 (%2).").arg(megabytes(running), parts.join(u", ")));
    needs.reasons.append(tr("%1 go to the system, Docker and the reverse proxy.").arg(megabytes(SystemMemoryMb)));
    if (largestApp > 0)
        needs.reasons.append(tr("%1 let a new release start beside the old one, so deploys have no downtime.")
                                 .arg(megabytes(largestApp)));
    if (buildPeak > 0)
        needs.reasons.append(tr("%1 are kept for building images on the server.").arg(megabytes(buildPeak)));
    needs.cpus = std::max(1, (appServices + 2) / 3);
    if (buildPeak >= 2048)
        needs.cpus = std::max(needs.cpus, 2);
    needs.diskGb = SystemDiskGb + 3 * builtImages + imageServices + 5 * dataVolumes;
    needs.reasons.append(tr("Disk: %1 GB for the system, 3 GB per image built on the server (%2), 1 GB per image "
                            "pulled (%3), 5 GB per data volume (%4).")
                             .arg(SystemDiskGb)
                             .arg(builtImages)
                             .arg(imageServices)
                             .arg(dataVolumes));
    return needs;
}

Result<ServerPlan> chooseServer(const ServerNeeds &needs, const ServerCatalog &catalog, const QString &location)
{
    const auto fits = [&](const ServerOffer &o) {
        return o.memoryMb >= needs.memoryMb && o.cpus >= needs.cpus && o.diskGb >= needs.diskGb;
    };
    const auto cheapest = [&](bool sameLocation) -> const ServerOffer * {
        const ServerOffer *best = nullptr;
        for (const ServerOffer &o : catalog.offers()) {
            if (!fits(o) || (sameLocation && o.location != location))
                continue;
            if (!best || o.monthlyPrice < best->monthlyPrice ||
                (o.monthlyPrice == best->monthlyPrice && o.id < best->id))
                best = &o;
        }
        return best;
    };
    QStringList reasons = needs.reasons;
    const ServerOffer *offer = location.isEmpty() ? nullptr : cheapest(true);
    if (!offer) {
        offer = cheapest(false);
        if (offer && !location.isEmpty())
            reasons.append(tr("No offer in %1 is large enough, so the plan looks in every location.").arg(location));
    }
    if (!offer) {
        offer = &*std::ranges::max_element(
            catalog.offers(), {}, [](const ServerOffer &o) { return std::tuple(o.memoryMb, o.cpus, -o.monthlyPrice); });
        reasons.append(tr("No offer in the catalog is large enough; the largest one is chosen. Lower the memory "
                          "limits or split the project across servers."));
    } else {
        reasons.append(
            tr("The cheapest offer with at least %1 of memory, %2 vCPU and %3 GB of disk is %4 in %5 "
               "(%6 %7 a month).")
                .arg(megabytes(needs.memoryMb))
                .arg(needs.cpus)
                .arg(needs.diskGb)
                .arg(offer->name, offer->location, QString::number(offer->monthlyPrice, 'f', 2), catalog.currency()));
    }
    ServerPlan plan;
    plan.cpus = offer->cpus;
    plan.memoryMb = offer->memoryMb;
    plan.diskGb = offer->diskGb;
    plan.location = offer->location;
    plan.monthlyPrice = offer->monthlyPrice;
    plan.currency = catalog.currency();
    plan.offerId = offer->id;
    plan.offerName = offer->name;
    plan.reasoning = reasons.join(u' ');
    return plan;
}

} // namespace hydron::planning
