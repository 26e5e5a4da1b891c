// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QObject>

#include <optional>

namespace hydron {

class Database;

// Projects with their services. Keeps every project in memory (they are small) in the order
// they were created; each change is written in a transaction and then announced.
class ProjectStore final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectStore(Database &database, QObject *parent = nullptr);

    // Reads every project; on a second call, compares with what is held and announces the
    // differences (used when another process changed the database).
    Result<void> load();

    [[nodiscard]] const QList<Project> &projects() const { return m_projects; }
    [[nodiscard]] std::optional<Project> find(qint64 id) const;
    [[nodiscard]] std::optional<Project> findByName(const QString &name) const;

    // Validates the name (and that no other project has it, ignoring case), stores and
    // returns the project with its id and times.
    Result<Project> add(Project project);
    // Saves every field of an existing project (rename, type, source, services).
    Result<Project> update(Project project);
    Result<Project> rename(qint64 id, const QString &name);
    Result<void> remove(qint64 id);

Q_SIGNALS:
    void aboutToAdd(const hydron::Project &project);
    void added(const hydron::Project &project);
    void changed(const hydron::Project &project);
    void aboutToRemove(const hydron::Project &project);
    void removed(qint64 id);

private:
    Result<Project> checked(Project project) const;
    [[nodiscard]] qsizetype indexOf(qint64 id) const;

    Database &m_database;
    QList<Project> m_projects;
    bool m_loaded = false;
};

} // namespace hydron
