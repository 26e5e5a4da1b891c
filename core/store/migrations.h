// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace hydron {

// Numbered schema migrations: migrations()[i] takes the schema from version i to i + 1.
// Never edit a released migration; append a new one.
[[nodiscard]] const QList<QStringList> &migrations();

} // namespace hydron
