// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/transport.h"

namespace hydron::remote {

Transport::~Transport() = default;

} // namespace hydron::remote
