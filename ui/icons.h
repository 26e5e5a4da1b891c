// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace hydron::ui::icons {

// An icon from resources/icons/<name>.svg. Its strokes use `currentColor`, which is drawn in the
// palette's text colour at paint time, so the icon follows light and dark palettes and is
// rendered from the vector at the exact device pixel size (crisp on high-DPI screens).
[[nodiscard]] QIcon themed(const QString &name);

// The application's logo, in its own colours.
[[nodiscard]] QIcon logo();

} // namespace hydron::ui::icons
