#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# swap: a swap file (/swapfile, in /etc/fstab) when RAM is below the threshold and no swap is
# active. Inside a container swap belongs to the host's kernel, so the step reports
# "skipped: not permitted here" instead of touching it; a swapon the kernel refuses is
# reported the same way and its file removed.
# Inputs: HYDRON_SWAP_MIN_RAM_MB (default 2048: below it a swap file is made),
#         HYDRON_SWAP_SIZE_MB (default 2048).
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=swap

swapfile=/swapfile

main() {
    hy_load_env "${1:-}"
    hy_require_root
    local threshold="${HYDRON_SWAP_MIN_RAM_MB:-2048}" size="${HYDRON_SWAP_SIZE_MB:-2048}"
    hy_require_match threshold '^[0-9]{1,7}$' "a number of megabytes"
    hy_require_match size '^[1-9][0-9]{1,6}$' "a number of megabytes"
    local ram_mb swap_mb
    ram_mb="$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
    swap_mb="$(awk '/^SwapTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
    if [ "$swap_mb" -gt 0 ]; then
        hy_unchanged "swap is active (${swap_mb} MB)"
        return 0
    fi
    if [ "$ram_mb" -ge "$threshold" ]; then
        hy_unchanged "no swap needed: ${ram_mb} MB of RAM (threshold ${threshold} MB)"
        return 0
    fi
    if hy_in_container; then
        hy_skipped "not permitted here: ${ram_mb} MB of RAM and no swap, but this is a container and swap belongs to the host's kernel"
        return 0
    fi
    local free_mb
    free_mb="$(df -Pm / | awk 'NR == 2 { print $4 }')"
    if [ "$free_mb" -lt $((size + 1024)) ]; then
        hy_skipped "not enough disk for a ${size} MB swap file (${free_mb} MB free on /; at least $((size + 1024)) MB wanted)"
        return 0
    fi
    if [ ! -f "$swapfile" ] || [ "$(stat -c %s "$swapfile")" -ne $((size * 1024 * 1024)) ]; then
        rm -f "$swapfile"
        fallocate -l "${size}M" "$swapfile" 2>/dev/null || dd if=/dev/zero of="$swapfile" bs=1M count="$size" status=none
        chmod 600 "$swapfile"
        mkswap "$swapfile" >/dev/null
        hy_changed "created a ${size} MB swap file $swapfile"
    else
        chmod 600 "$swapfile"
    fi
    local err
    if ! err="$(swapon "$swapfile" 2>&1)"; then
        rm -f "$swapfile"
        hy_skipped "not permitted here: swapon refused ($err); the swap file was removed"
        return 0
    fi
    hy_changed "swap on $swapfile is active"
    if grep -Eq "^[[:space:]]*${swapfile}[[:space:]]" /etc/fstab; then
        hy_unchanged "$swapfile is in /etc/fstab"
    else
        printf '%s none swap sw 0 0\n' "$swapfile" >>/etc/fstab
        hy_changed "added $swapfile to /etc/fstab"
    fi
}

main "$@" </dev/null
