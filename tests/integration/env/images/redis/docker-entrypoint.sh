#!/bin/sh
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the official redis image does for apps: its redis-server is built with protected mode
# off and listens on all addresses, whatever arguments a plan gives it (redis-server
# --appendonly yes), and it runs as the redis user. Later arguments still win.
set -e
if [ "${1:-}" = redis-server ]; then
    shift
    set -- redis-server --protected-mode no --bind '* -::*' "$@"
    if [ "$(id -u)" = 0 ]; then
        chown -R redis:redis /data 2>/dev/null || true
        exec setpriv --reuid=redis --regid=redis --init-groups "$@"
    fi
fi
exec "$@"
