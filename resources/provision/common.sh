# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Prelude of every provisioning step. The runner sends it in front of the step, as one bash
# program on standard input, with the env file's path as the only argument:
#
#     cat common.sh 20-docker.sh | ssh HOST 'bash -s -- /root/.hydron/provision.env'
#
# (as a non-root SSH user: 'sudo -n bash -s -- FILE'). See README.md for the contract.
set -euo pipefail
umask 022
export LC_ALL=C DEBIAN_FRONTEND=noninteractive
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# Exit codes shared by every step.
# shellcheck disable=SC2034  # each step uses some of them
readonly HY_EXIT_FAILED=1        # a command failed unexpectedly
readonly HY_EXIT_UNSUPPORTED=10  # the operating system is not one Hydron provisions
readonly HY_EXIT_NOT_ROOT=11     # not running as root
readonly HY_EXIT_BAD_INPUT=12    # the env file or an input value is invalid
readonly HY_EXIT_REFUSED=13      # refused for safety; nothing harmful was left behind
readonly HY_EXIT_UNAVAILABLE=14  # something the step needs is not available (package, image)

HY_STEP="${HY_STEP:-unknown}"
HY_CHANGED=0
HY_UNCHANGED=0
HY_SKIPPED=0
HY_STATUS=failed

# Human lines: what the step changed, what it found in place, what it skipped and why.
hy_changed()   { HY_CHANGED=$((HY_CHANGED + 1));     printf 'changed: %s\n' "$*"; }
hy_unchanged() { HY_UNCHANGED=$((HY_UNCHANGED + 1)); printf 'unchanged: %s\n' "$*"; }
hy_skipped()   { HY_SKIPPED=$((HY_SKIPPED + 1));     printf 'skipped: %s\n' "$*"; }
hy_note()      { printf 'note: %s\n' "$*"; }
# A fact for the application to show (one word key, value without newlines).
hy_fact()      { printf 'HYDRON-FACT %s=%s\n' "$1" "${2//$'\n'/ }"; }
# Nothing is left to do after this step: when it ends successfully, the run ends there, completed,
# and its remaining steps are marked skipped with this reason.
hy_done()      { printf 'HYDRON-DONE %s\n' "${*//$'\n'/ }"; }
# Ends the step with an error message and a distinct exit code.
hy_fail() {
    local code="$1"; shift
    printf 'error: %s\n' "$*" >&2
    case "$code" in "$HY_EXIT_REFUSED"|"$HY_EXIT_UNSUPPORTED") HY_STATUS=refused ;; esac
    exit "$code"
}

# The one machine-readable line every step ends with, whatever happens.
hy_result() {
    local rc=$?
    [ "$rc" -eq 0 ] && HY_STATUS=ok
    printf 'HYDRON-RESULT changed=%d unchanged=%d skipped=%d step=%s status=%s exit=%d\n' \
        "$HY_CHANGED" "$HY_UNCHANGED" "$HY_SKIPPED" "$HY_STEP" "$HY_STATUS" "$rc"
    exit "$rc"
}
trap hy_result EXIT

hy_require_root() {
    [ "$(id -u)" -eq 0 ] || hy_fail "$HY_EXIT_NOT_ROOT" \
        "this step must run as root (Hydron runs it through 'sudo -n' when the SSH user is not root)"
}

# Reads the env file without executing it. Lines are NAME=VALUE with NAME matching
# HYDRON_[A-Z0-9_]+ and VALUE either bare ([A-Za-z0-9_./:@%+,=-]*) or POSIX single-quoted
# ('text', with ' written as '\''). Anything else is refused, so a value can never run code.
# The file must not be readable or writable by group or others (Hydron uploads it as 0600).
hy_load_env() {
    local file="${1:-}"
    [ -n "$file" ] || return 0
    [ -f "$file" ] || hy_fail "$HY_EXIT_BAD_INPUT" "env file $file does not exist"
    local mode owner
    mode="$(stat -c '%a' "$file")"
    owner="$(stat -c '%u' "$file")"
    [ $((8#$mode & 8#077)) -eq 0 ] || hy_fail "$HY_EXIT_BAD_INPUT" "env file $file has mode $mode; it must be 0600"
    [ "$owner" -eq "$(id -u)" ] || [ "$owner" -eq 0 ] \
        || hy_fail "$HY_EXIT_BAD_INPUT" "env file $file belongs to uid $owner, not to this user or root"
    local line name raw value n=0
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        [[ "$line" =~ ^[[:space:]]*(#.*)?$ ]] && continue
        [[ "$line" =~ ^(HYDRON_[A-Z0-9_]+)=(.*)$ ]] \
            || hy_fail "$HY_EXIT_BAD_INPUT" "env file line $n is not HYDRON_NAME=VALUE"
        name="${BASH_REMATCH[1]}"
        raw="${BASH_REMATCH[2]}"
        if [[ "$raw" =~ ^[A-Za-z0-9_./:@%+,=-]*$ ]]; then
            value="$raw"
        else
            value=""
            while [ -n "$raw" ]; do
                if [[ "$raw" =~ ^\'([^\']*)\'(.*)$ ]]; then
                    value+="${BASH_REMATCH[1]}"
                    raw="${BASH_REMATCH[2]}"
                elif [ "${raw:0:2}" = "\\'" ]; then
                    value+="'"
                    raw="${raw:2}"
                else
                    hy_fail "$HY_EXIT_BAD_INPUT" "env file line $n ($name): value is neither bare nor single-quoted"
                fi
            done
        fi
        printf -v "$name" '%s' "$value"
        export "${name?}"
    done <"$file"
}

# Checks an input against a pattern; the message names the variable, never echoes a secret.
hy_require_match() {
    local name="$1" pattern="$2" what="$3"
    [[ "${!name}" =~ $pattern ]] || hy_fail "$HY_EXIT_BAD_INPUT" "$name must be $what"
}

hy_is_systemd() { [ -d /run/systemd/system ] && [ "$(cat /proc/1/comm 2>/dev/null)" = systemd ]; }

hy_in_container() {
    if command -v systemd-detect-virt >/dev/null 2>&1 && systemd-detect-virt --container --quiet 2>/dev/null; then
        return 0
    fi
    [ -f /.dockerenv ] || [ -f /run/.containerenv ] && return 0
    tr '\0' '\n' </proc/1/environ 2>/dev/null | grep '^container=' >/dev/null && return 0
    return 1
}

hy_pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep 'install ok installed' >/dev/null; }

# apt-get with a lock timeout (a fresh server often runs its first unattended upgrade).
hy_apt() { apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confold -y -q "$@"; }

# Installs the packages that are missing, reporting each one; apt lists are refreshed once.
HY_APT_UPDATED=0
hy_install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        if hy_pkg_installed "$pkg"; then hy_unchanged "package $pkg is installed"; else missing+=("$pkg"); fi
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    if [ "$HY_APT_UPDATED" = 0 ]; then
        hy_apt update >/dev/null || hy_fail "$HY_EXIT_UNAVAILABLE" "apt-get update failed"
        HY_APT_UPDATED=1
    fi
    hy_apt install --no-install-recommends "${missing[@]}" >/tmp/hydron-apt.log 2>&1 || {
        tail -n 20 /tmp/hydron-apt.log >&2
        hy_fail "$HY_EXIT_UNAVAILABLE" "apt-get could not install: ${missing[*]}"
    }
    for pkg in "${missing[@]}"; do hy_changed "installed package $pkg"; done
}

# Writes CONTENT to PATH with MODE when it differs; returns 0 when it wrote, 1 when the file
# was already identical. The write is atomic (temporary file in the same folder, then mv).
hy_write_file() {
    local path="$1" mode="$2" content="$3"
    if [ -f "$path" ] && [ "$(cat "$path")" = "$content" ] && [ "$(stat -c '%a' "$path")" = "${mode#0}" ]; then
        return 1
    fi
    local tmp
    tmp="$(mktemp "${path}.hydron.XXXXXX")"
    printf '%s\n' "$content" >"$tmp"
    chmod "$mode" "$tmp"
    mv -f "$tmp" "$path"
    return 0
}
