#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# unattended-upgrades: daily automatic upgrades from the security archive only.
# - installs unattended-upgrades when missing;
# - /etc/apt/apt.conf.d/20auto-upgrades turns the daily run on;
# - /etc/apt/apt.conf.d/52hydron-security-only replaces the distribution's origin list with
#   the security origins (#clear), so point releases and other archives are never applied
#   unattended;
# - with systemd, the apt-daily-upgrade timer is enabled; without systemd, Debian's
#   /etc/cron.daily/apt-compat runs it when cron is installed, otherwise nothing schedules it
#   and the step says so (skipped).
# Inputs: none (the origins follow /etc/os-release).
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=unattended-upgrades

main() {
    hy_load_env "${1:-}"
    hy_require_root
    hy_install_packages unattended-upgrades

    local periodic='// Managed by Hydron (provisioning step unattended-upgrades).
APT::Periodic::Update-Package-Lists "1";
APT::Periodic::Unattended-Upgrade "1";'
    if hy_write_file /etc/apt/apt.conf.d/20auto-upgrades 0644 "$periodic"; then
        hy_changed "daily package-list update and unattended upgrade turned on (/etc/apt/apt.conf.d/20auto-upgrades)"
    else
        hy_unchanged "daily unattended upgrades are turned on"
    fi

    local id
    # shellcheck disable=SC1091
    id="$(. /etc/os-release && echo "$ID")"
    local origins
    # shellcheck disable=SC2016  # ${distro_codename} is for apt to expand
    case "$id" in
        debian) origins='        "origin=Debian,codename=${distro_codename}-security,label=Debian-Security";' ;;
        ubuntu) origins='        "origin=Ubuntu,archive=${distro_codename}-security";
        "origin=UbuntuESMApps,archive=${distro_codename}-apps-security";
        "origin=UbuntuESM,archive=${distro_codename}-infra-security";' ;;
        *) hy_fail "$HY_EXIT_UNSUPPORTED" "unsupported operating system '$id' (run os-check first)" ;;
    esac
    local security_only="// Managed by Hydron (provisioning step unattended-upgrades): security updates only.
#clear Unattended-Upgrade::Allowed-Origins;
#clear Unattended-Upgrade::Origins-Pattern;
Unattended-Upgrade::Origins-Pattern {
$origins
};"
    if hy_write_file /etc/apt/apt.conf.d/52hydron-security-only 0644 "$security_only"; then
        hy_changed "unattended upgrades limited to the security archive (/etc/apt/apt.conf.d/52hydron-security-only)"
    else
        hy_unchanged "unattended upgrades are limited to the security archive"
    fi
    # What apt will really use, after every file is read.
    if apt-config dump | grep -E '^Unattended-Upgrade::(Allowed-Origins|Origins-Pattern):: ' | grep -v -- '-security' >/dev/null; then
        hy_fail "$HY_EXIT_FAILED" "apt still lists a non-security origin for unattended upgrades: $(apt-config dump | grep -E '^Unattended-Upgrade::(Allowed-Origins|Origins-Pattern):: ' | grep -v -- '-security' | head -n 3 | tr '\n' ' ')"
    fi

    if hy_is_systemd; then
        if systemctl is-enabled --quiet apt-daily-upgrade.timer 2>/dev/null && systemctl is-enabled --quiet apt-daily.timer 2>/dev/null; then
            hy_unchanged "apt-daily and apt-daily-upgrade timers are enabled"
        else
            systemctl enable --now apt-daily.timer apt-daily-upgrade.timer >/dev/null 2>&1
            hy_changed "enabled the apt-daily and apt-daily-upgrade timers"
        fi
    elif command -v cron >/dev/null 2>&1 && [ -x /etc/cron.daily/apt-compat ]; then
        hy_unchanged "cron runs the daily apt job (/etc/cron.daily/apt-compat)"
    else
        hy_skipped "no systemd and no cron here: the configuration is in place but nothing runs it daily"
    fi
}

main "$@" </dev/null
