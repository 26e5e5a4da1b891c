// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/run.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace hydron {

class Database;

// Runs and their steps. Runs are read from the database on demand (there can be many); each
// change is written in its own transaction as it happens, so a crash loses nothing committed.
class RunStore final : public QObject
{
    Q_OBJECT

public:
    explicit RunStore(Database &database, QObject *parent = nullptr);

    // This process's identity as a run holder: "pid@host".
    [[nodiscard]] static QString currentHolder();

    Result<Run> add(Run run); // stores the run and its steps, held by this process
    Result<Run> setStatus(qint64 runId, RunStatus status);
    Result<Run> setStep(qint64 runId, int position, const Step &step);

    [[nodiscard]] std::optional<Run> find(qint64 runId) const;
    [[nodiscard]] QList<Run> runs(qint64 projectId = 0, qint64 serverId = 0, int limit = 200) const;
    // The status of the newest run of every project that has one, in a single query.
    [[nodiscard]] QHash<qint64, RunStatus> lastStatusByProject() const;

    // Marks runs left started or in progress by a process that is gone as interrupted.
    // Returns how many were marked.
    Result<int> markInterrupted();

Q_SIGNALS:
    void aboutToAdd(const hydron::Run &run);
    void added(const hydron::Run &run);
    void changed(const hydron::Run &run);

private:
    Result<QList<Run>> query(const QString &where, const QVariantList &bindings, int limit) const;

    Database &m_database;
};

} // namespace hydron
