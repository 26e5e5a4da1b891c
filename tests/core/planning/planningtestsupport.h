// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QString>

namespace hydron::test {

// tests/data/analysis/repos and tests/data/planning.
QString analysisRepos();
QString planningData();

// A project made the way the app makes one: analysis of a fixture repository, its services
// mapped with toService() (backing services included), source Folder.
Project projectFromFixture(const QString &name);

// Where two pretty-printed documents first differ, with a few lines around it.
QString firstDifference(const QByteArray &expected, const QByteArray &actual);

} // namespace hydron::test
