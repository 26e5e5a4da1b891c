// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace hydron {

inline constexpr int MaxNameLength = 100;

// Checks a user-given name (project, server, service, tag, chat). Returns the name trimmed of
// surrounding white space, or an error saying exactly what is wrong: empty, longer than
// MaxNameLength characters, or containing a control character. `what` names the thing in the
// message ("project name", "tag").
[[nodiscard]] Result<QString> validateName(const QString &name, const QString &what);

} // namespace hydron
