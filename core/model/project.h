// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/service.h"

#include <QDateTime>

namespace hydron {

enum class ProjectType
{
    WebApp,
    Microservice,
    Api,
    StaticSite,
    Worker,
    Other
};

[[nodiscard]] QString projectTypeName(ProjectType type);  // "web-app", "microservice", …
[[nodiscard]] QString projectTypeLabel(ProjectType type); // translated: "Web App", …
[[nodiscard]] std::optional<ProjectType> projectTypeFromName(QStringView name);
[[nodiscard]] QStringList projectTypeNames();

struct ProjectSource
{
    enum class Kind
    {
        None,
        Git,
        Folder,
        Image,
        Template
    };
    Kind kind = Kind::None;
    QString location; // URL, folder path, image reference or template id
    QString ref;      // branch, tag or commit for Git sources

    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(QStringView name);
    // Guesses the kind from what a user typed: a URL or scp-like address is Git, an
    // existing folder is a Folder. Returns None for an empty location.
    [[nodiscard]] static ProjectSource fromUserText(const QString &text);
    [[nodiscard]] QString displayText() const;

    friend bool operator==(const ProjectSource &, const ProjectSource &) = default;
};

struct Project
{
    qint64 id = 0; // 0 until stored
    QString name;
    ProjectType type = ProjectType::WebApp;
    ProjectSource source;
    QList<Service> services;
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Project> fromJson(const QJsonObject &json);

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace hydron
