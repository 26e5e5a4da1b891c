// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/planning/plandocument.h"

#include <QList>
#include <QString>

namespace hydron::planning {

// One typical virtual-server offer (resources/catalog/servers.json, built in as
// ":/catalog/servers.json"). Names are generic: Hydron sizes, the user buys where they like.
struct ServerOffer
{
    QString id;
    QString name;
    int cpus = 0;
    int memoryMb = 0;
    int diskGb = 0;
    QString location;
    double monthlyPrice = 0;

    friend bool operator==(const ServerOffer &, const ServerOffer &) = default;
};

class ServerCatalog final
{
public:
    static inline const QString BuiltInFile = QStringLiteral(":/catalog/servers.json");

    [[nodiscard]] static Result<ServerCatalog> load(const QString &file = BuiltInFile);
    [[nodiscard]] static Result<ServerCatalog> fromJson(const QJsonObject &json, const QString &context);

    [[nodiscard]] const QList<ServerOffer> &offers() const { return m_offers; }
    [[nodiscard]] QString currency() const { return m_currency; }
    [[nodiscard]] const ServerOffer *find(const QString &id) const;
    [[nodiscard]] QStringList locations() const; // sorted, unique

private:
    QList<ServerOffer> m_offers;
    QString m_currency;
};

// What a set of services needs from a server, with the parts that add up to it.
struct ServerNeeds
{
    int memoryMb = 0;
    int cpus = 1;
    int diskGb = 0;
    QStringList reasons; // translated sentences, one per part
};

[[nodiscard]] ServerNeeds estimateNeeds(const QList<PlanService> &services);

// The cheapest offer that meets the needs, preferring `location` (any location when none there
// fits or `location` is empty). Falls back to the largest offer, saying so in the reasoning.
[[nodiscard]] Result<ServerPlan> chooseServer(const ServerNeeds &needs, const ServerCatalog &catalog,
                                              const QString &location);

} // namespace hydron::planning
