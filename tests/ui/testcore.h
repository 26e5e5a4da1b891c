// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coreservices.h"
#include "core/model/project.h"
#include "core/model/server.h"

#include <QTest>

#include <memory>

// Helpers shared by the GUI tests: real core services on a temporary data folder.
namespace hydron::test {

inline std::unique_ptr<CoreServices> openCore(const QString &dataDir)
{
    auto core = CoreServices::open(dataDir, {.fileLogging = false, .markInterrupted = true});
    if (!core) {
        qWarning("cannot open core services on %s: %s", qPrintable(dataDir), qPrintable(core.error().toString()));
        return nullptr;
    }
    return std::move(*core);
}

inline Service makeService(const QString &name, QList<int> ports = {}, QList<EnvVar> env = {})
{
    Service s;
    s.name = name;
    s.ports = std::move(ports);
    s.env = std::move(env);
    return s;
}

inline Project makeProject(const QString &name, QList<Service> services = {})
{
    Project p;
    p.name = name;
    p.type = ProjectType::Api;
    p.source = ProjectSource::fromUserText(QStringLiteral("https://example.com/%1.git").arg(name));
    p.services = std::move(services);
    return p;
}

inline Server makeServer(const QString &name, const QString &host, QStringList tags = {}, QList<qint64> projects = {})
{
    Server s;
    s.name = name;
    s.host = host;
    s.user = QStringLiteral("deploy");
    s.tags = std::move(tags);
    s.projectIds = std::move(projects);
    return s;
}

} // namespace hydron::test
