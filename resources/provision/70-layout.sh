#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# layout: Hydron's folders on the server, owned by root, with these modes:
#   /opt/hydron              0755   everything Hydron puts on the server lives under it
#   /opt/hydron/projects     0755   one folder per project (sources, compose files)
#   /opt/hydron/releases     0755   one folder per release, for rollback
#   /opt/hydron/proxy        0755   the proxy's Caddyfile
#   /opt/hydron/proxy/sites  0755   one PROJECT.caddy per project, imported by the Caddyfile
#   /opt/hydron/locks        0700   the per-server deploy lock
#   /opt/hydron/env          0700   env files of the services (may hold secrets)
# and /opt/hydron/.layout holding the layout's version (1).
# Inputs: none.
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=layout

ensure_dir() {
    local path="$1" mode="$2"
    if [ -d "$path" ] && [ "$(stat -c '%a %u %g' "$path")" = "${mode#0} 0 0" ]; then
        hy_unchanged "$path ($mode)"
        return 0
    fi
    [ -e "$path" ] && [ ! -d "$path" ] && hy_fail "$HY_EXIT_REFUSED" "$path exists and is not a folder"
    local what=created
    [ -d "$path" ] && what="fixed owner/mode of"
    mkdir -p "$path"
    chown root:root "$path"
    chmod "$mode" "$path"
    hy_changed "$what $path ($mode)"
}

main() {
    hy_load_env "${1:-}"
    hy_require_root
    ensure_dir /opt/hydron 0755
    ensure_dir /opt/hydron/projects 0755
    ensure_dir /opt/hydron/releases 0755
    ensure_dir /opt/hydron/proxy 0755
    ensure_dir /opt/hydron/proxy/sites 0755
    ensure_dir /opt/hydron/locks 0700
    ensure_dir /opt/hydron/env 0700
    if hy_write_file /opt/hydron/.layout 0644 1; then
        hy_changed "recorded layout version 1 in /opt/hydron/.layout"
    else
        hy_unchanged "layout version 1"
    fi
}

main "$@" </dev/null
