// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/plan.h"

#include <QObject>

#include <optional>

namespace hydron {

class Database;

// Every version of every project's plan; a new version never overwrites an old one.
class PlanStore final : public QObject
{
    Q_OBJECT

public:
    explicit PlanStore(Database &database, QObject *parent = nullptr);

    [[nodiscard]] QList<Plan> plans(qint64 projectId) const; // oldest first
    [[nodiscard]] std::optional<Plan> latest(qint64 projectId) const;
    // Stores the plan as the project's next version.
    Result<Plan> add(Plan plan);
    Result<Plan> setStatus(qint64 planId, Plan::Status status);

Q_SIGNALS:
    void aboutToAdd(const hydron::Plan &plan);
    void added(const hydron::Plan &plan);
    void changed(const hydron::Plan &plan);

private:
    [[nodiscard]] QList<Plan> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace hydron
