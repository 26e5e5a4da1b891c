// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/model/run.h"
#include "core/model/server.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace hydron::cli {

// A project as the listings show it: with the names of its servers and its last run.
struct ProjectListing
{
    Project project;
    QStringList servers;
    std::optional<RunStatus> lastRun;
};

// A server as the listings show it: with the names of its linked projects.
struct ServerListing
{
    Server server;
    QStringList projects;
};

// Turns listings into text: JSON with stable snake_case keys (null where a value is not set
// or not known), or aligned columns for people. No I/O and no store access, so it can be
// tested on its own.
class Formatter final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::cli::Formatter)

public:
    [[nodiscard]] static QJsonObject projectJson(const ProjectListing &listing);
    [[nodiscard]] static QJsonObject serverJson(const ServerListing &listing);
    [[nodiscard]] static QString projectsJson(const QList<ProjectListing> &listings);
    [[nodiscard]] static QString serversJson(const QList<ServerListing> &listings);

    [[nodiscard]] static QString projectsTable(const QList<ProjectListing> &listings);
    [[nodiscard]] static QString serversTable(const QList<ServerListing> &listings);

    // Columns padded to their widest cell and separated by two spaces, headers first, no
    // trailing blanks; control characters in cells are shown as U+FFFD. Ends with a newline.
    [[nodiscard]] static QString table(const QStringList &headers, const QList<QStringList> &rows);
};

} // namespace hydron::cli
