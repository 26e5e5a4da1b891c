#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# firewall: ufw denying incoming traffic except SSH, HTTP and HTTPS. The rules for the SSH
# port in use, 80/tcp and 443 (tcp and udp, for HTTP/3) are added BEFORE ufw is enabled, so
# the running session is never cut; the step refuses to enable ufw when it cannot tell the
# SSH port.
# Inputs: HYDRON_SSH_PORT (default: the server port of SSH_CONNECTION, i.e. this session's).
# Note: ports that Docker publishes bypass ufw (Docker writes its own iptables rules); Hydron
# publishes only the proxy's 80/443.
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=firewall

# Prints the SSH port (run in a command substitution: it must not call hy_fail).
ssh_port() {
    if [ -n "${HYDRON_SSH_PORT:-}" ]; then
        echo "$HYDRON_SSH_PORT"
        return 0
    fi
    # SSH_CONNECTION: client-address client-port server-address server-port
    local port
    port="$(awk '{ print $4 }' <<<"${SSH_CONNECTION:-}")"
    [[ "$port" =~ ^[0-9]+$ ]] && { echo "$port"; return 0; }
    return 1
}

allow() {
    local rule="$1" comment="$2"
    # `ufw show added` lists the rules even while ufw is inactive.
    if ufw show added 2>/dev/null | grep -E "^ufw allow ${rule//\//\\/}( |$)" >/dev/null; then
        hy_unchanged "ufw allows $rule ($comment)"
    else
        ufw allow "$rule" comment "hydron: $comment" >/dev/null
        hy_changed "ufw now allows $rule ($comment)"
    fi
}

main() {
    hy_load_env "${1:-}"
    hy_require_root
    if [ -n "${HYDRON_SSH_PORT:-}" ]; then
        hy_require_match HYDRON_SSH_PORT '^[1-9][0-9]{0,4}$' "a port number"
        [ "$HYDRON_SSH_PORT" -le 65535 ] || hy_fail "$HY_EXIT_BAD_INPUT" "HYDRON_SSH_PORT must be at most 65535"
    fi
    command -v ufw >/dev/null 2>&1 || hy_install_packages ufw
    local port
    port="$(ssh_port)" || hy_fail "$HY_EXIT_REFUSED" \
        "cannot tell which port this SSH session uses (no HYDRON_SSH_PORT, no SSH_CONNECTION); not enabling a firewall that could cut it"

    # Rules first, so that enabling can never lock the session out.
    allow "$port/tcp" "SSH"
    allow 80/tcp "HTTP"
    allow 443/tcp "HTTPS"
    allow 443/udp "HTTP/3"

    if grep -q '^DEFAULT_INPUT_POLICY="DROP"' /etc/default/ufw; then
        hy_unchanged "ufw denies other incoming traffic"
    else
        ufw default deny incoming >/dev/null
        hy_changed "ufw now denies other incoming traffic"
    fi

    if ufw status | grep '^Status: active' >/dev/null; then
        hy_unchanged "ufw is active"
    else
        ufw --force enable >/dev/null
        ufw status | grep '^Status: active' >/dev/null || hy_fail "$HY_EXIT_FAILED" "ufw did not become active"
        hy_changed "enabled ufw"
    fi
    hy_fact ssh_port "$port"
}

main "$@" </dev/null
