#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# base-packages: installs what the other steps and a deploy rely on, when missing:
# ca-certificates curl gnupg ufw iproute2 procps. Inputs: none.
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=base-packages

main() {
    hy_load_env "${1:-}"
    hy_require_root
    hy_install_packages ca-certificates curl gnupg ufw iproute2 procps
}

main "$@" </dev/null
