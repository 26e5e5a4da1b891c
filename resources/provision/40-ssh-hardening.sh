#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ssh-hardening: no password or keyboard-interactive logins, root by key only, through the
# drop-in /etc/ssh/sshd_config.d/00-hydron.conf. sshd keeps the FIRST value it reads for a
# keyword and reads the drop-ins in name order before sshd_config's own lines, so the drop-in
# sorts first (a cloud image's 50-cloud-init.conf saying "PasswordAuthentication yes" would
# otherwise win).
# Safety: refuses when the SSH user has no authorized key (it could lock them out); validates
# with `sshd -t` and checks the effective values with `sshd -T` before reloading, and puts the
# previous file back when either fails; reloads sshd without dropping open sessions.
# Inputs: HYDRON_SSH_USER (default: SUDO_USER, else the current user).
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=ssh-hardening

dropin=/etc/ssh/sshd_config.d/00-hydron.conf
want='# Managed by Hydron (provisioning step ssh-hardening); rewritten on every provisioning.
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password'

check_user_has_key() {
    local user="${HYDRON_SSH_USER:-${SUDO_USER:-$(id -un)}}"
    hy_require_match user '^[a-z_][a-z0-9_.-]*[$]?$' "a user name"
    local home
    home="$(getent passwd "$user" | cut -d: -f6)" || true
    [ -n "$home" ] || hy_fail "$HY_EXIT_REFUSED" "user $user does not exist here; not disabling password logins"
    local keys="$home/.ssh/authorized_keys"
    if ! grep -Eq '^[^#]*(ssh-|ecdsa-|sk-)' "$keys" 2>/dev/null; then
        hy_fail "$HY_EXIT_REFUSED" "$user has no key in $keys; disabling password logins could lock them out, so nothing was changed"
    fi
    hy_unchanged "$user has an authorized key in $keys"
}

# The effective values, as sshd itself computes them.
effective_ok() {
    local t
    t="$(sshd -T -C user=root,host=localhost,addr=127.0.0.1 2>/dev/null)" || return 1
    grep -qx 'passwordauthentication no' <<<"$t" \
        && grep -qx 'kbdinteractiveauthentication no' <<<"$t" \
        && grep -Eqx 'permitrootlogin (prohibit-password|without-password)' <<<"$t"
}

reload_sshd() {
    if hy_is_systemd; then
        local unit
        for unit in ssh sshd; do
            if systemctl is-active --quiet "$unit.service" 2>/dev/null; then
                systemctl reload "$unit.service"
                hy_changed "reloaded $unit.service (open sessions stay connected)"
                return 0
            fi
        done
        hy_note "ssh.service is not running (socket activation): new connections read the new settings"
        return 0
    fi
    local pid
    pid="$(cat /run/sshd.pid 2>/dev/null || true)"
    if [[ "$pid" =~ ^[0-9]+$ ]] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = sshd ]; then
        # SIGHUP makes the listening sshd re-read its configuration; sessions are other processes.
        kill -HUP "$pid"
        hy_changed "sent SIGHUP to sshd $pid to reload its configuration (open sessions stay connected)"
    else
        hy_fail "$HY_EXIT_FAILED" "cannot find the running sshd (no /run/sshd.pid); the new settings are written but not yet in effect"
    fi
}

# sshd re-executes itself on reload and does not listen for a moment: the step ends only once
# it accepts connections again, so the next step's connection is not refused.
wait_for_listener() {
    local port
    port="$(sshd -T 2>/dev/null | awk '$1 == "port" && !seen { print $2; seen = 1 }')"
    [[ "$port" =~ ^[0-9]+$ ]] || return 0
    sleep 0.3
    local _
    for _ in $(seq 1 40); do
        if ss -ltnH "sport = :$port" 2>/dev/null | grep . >/dev/null \
            && timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port && head -c 4 <&3" 2>/dev/null | grep '^SSH-' >/dev/null; then
            return 0
        fi
        sleep 0.25
    done
    hy_note "sshd does not answer on 127.0.0.1:$port 10 s after the reload (it may listen on another address only)"
}

main() {
    hy_load_env "${1:-}"
    hy_require_root
    command -v sshd >/dev/null 2>&1 || hy_fail "$HY_EXIT_UNAVAILABLE" "sshd (openssh-server) is not installed"
    grep -Eiq '^[[:space:]]*Include[[:space:]]+/etc/ssh/sshd_config\.d/\*\.conf' /etc/ssh/sshd_config \
        || hy_fail "$HY_EXIT_REFUSED" "/etc/ssh/sshd_config does not include /etc/ssh/sshd_config.d/*.conf; Hydron's drop-in would be ignored, so nothing was changed"
    check_user_has_key
    mkdir -p /run/sshd

    if [ -f "$dropin" ] && [ "$(cat "$dropin")" = "$want" ]; then
        hy_unchanged "$dropin is in place"
        effective_ok || hy_fail "$HY_EXIT_REFUSED" \
            "$dropin is in place but sshd's effective settings differ: another file sets these first ($(grep -Eils '^[[:space:]]*(PasswordAuthentication|KbdInteractiveAuthentication|PermitRootLogin)' /etc/ssh/sshd_config /etc/ssh/sshd_config.d/*.conf | tr '\n' ' '))"
        hy_unchanged "sshd refuses passwords and allows root by key only"
        return 0
    fi

    local backup=""
    if [ -f "$dropin" ]; then backup="$(mktemp /run/hydron-sshd-dropin.XXXXXX)"; cp -p "$dropin" "$backup"; fi
    restore() {
        if [ -n "$backup" ]; then mv -f "$backup" "$dropin"; else rm -f "$dropin"; fi
    }
    hy_write_file "$dropin" 0644 "$want" || true
    local out
    if ! out="$(sshd -t 2>&1)"; then
        restore
        hy_fail "$HY_EXIT_REFUSED" "sshd -t rejected the configuration, the previous file was put back: $out"
    fi
    if ! effective_ok; then
        restore
        hy_fail "$HY_EXIT_REFUSED" \
            "another sshd setting takes precedence over $dropin, the previous file was put back; look at: $(grep -Eils '^[[:space:]]*(PasswordAuthentication|KbdInteractiveAuthentication|PermitRootLogin)' /etc/ssh/sshd_config /etc/ssh/sshd_config.d/*.conf | tr '\n' ' ')"
    fi
    [ -z "$backup" ] || rm -f "$backup"
    hy_changed "wrote $dropin: PasswordAuthentication no, KbdInteractiveAuthentication no, PermitRootLogin prohibit-password (sshd -t passed)"
    reload_sshd
    wait_for_listener
}

main "$@" </dev/null
