#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# os-check: refuses anything but Debian 11/12 and Ubuntu 22.04/24.04 (exit 10, nothing
# changed) and reports facts about the server. Changes nothing.
# Inputs: HYDRON_OS_RELEASE_FILE (default /etc/os-release; tests point it at a fixture).
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=os-check

# Reads KEY from an os-release file without running it.
os_release_value() {
    local key="$1" file="$2" line value
    line="$(grep -E "^${key}=" "$file" | tail -n1)" || return 0
    value="${line#*=}"
    value="${value#\"}"; value="${value%\"}"
    value="${value#\'}"; value="${value%\'}"
    printf '%s' "$value"
}

main() {
    hy_load_env "${1:-}"
    local file="${HYDRON_OS_RELEASE_FILE:-/etc/os-release}"
    [ -r "$file" ] || file=/usr/lib/os-release
    [ -r "$file" ] || hy_fail "$HY_EXIT_UNSUPPORTED" \
        "cannot tell the operating system: no /etc/os-release. Hydron provisions Debian 11/12 and Ubuntu 22.04/24.04 only; nothing was changed."
    local id version codename pretty
    id="$(os_release_value ID "$file")"
    version="$(os_release_value VERSION_ID "$file")"
    codename="$(os_release_value VERSION_CODENAME "$file")"
    pretty="$(os_release_value PRETTY_NAME "$file")"
    case "$id:$version" in
        debian:11|debian:12|ubuntu:22.04|ubuntu:24.04) ;;
        *) hy_fail "$HY_EXIT_UNSUPPORTED" \
            "unsupported operating system: ${pretty:-unknown} (ID=${id:-?} VERSION_ID=${version:-?}). Hydron provisions Debian 11/12 and Ubuntu 22.04/24.04 only; nothing was changed." ;;
    esac
    hy_unchanged "${pretty:-$id $version} is supported"
    hy_fact os "$id"
    hy_fact os_version "$version"
    hy_fact os_codename "$codename"
    hy_fact arch "$(dpkg --print-architecture 2>/dev/null || uname -m)"
    hy_fact kernel "$(uname -r)"
    if hy_is_systemd; then hy_fact init systemd; else hy_fact init other; fi
    if hy_in_container; then hy_fact container yes; else hy_fact container no; fi
    hy_fact memory_mb "$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
    hy_fact cpus "$(nproc)"
    hy_fact root_disk_free_mb "$(df -Pm / | awk 'NR == 2 { print $4 }')"
    if [ "$(id -u)" -ne 0 ]; then hy_note "not running as root: the other steps need root (sudo -n)"; fi
}

main "$@" </dev/null
