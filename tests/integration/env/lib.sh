# shellcheck shell=bash disable=SC2034
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared helpers of the hydron-test-* tools (sourced, never run).
# Everything here talks only to Hydron's own test Docker daemon, whose socket lives under
# HYDRON_TEST_DOCKER_DIR; an ambient DOCKER_HOST is ignored on purpose so that no other
# Docker daemon is ever touched.

HYDRON_TEST_DOCKER_DIR="${HYDRON_TEST_DOCKER_DIR:-/var/tmp/hydron-test-docker}"
HYDRON_TEST_SOCKET="$HYDRON_TEST_DOCKER_DIR/docker.sock"
HYDRON_TEST_PIDFILE="$HYDRON_TEST_DOCKER_DIR/docker.pid"
HYDRON_TEST_STATE_DIR="${HYDRON_TEST_STATE_DIR:-/var/tmp/hydron-test-state}"
HYDRON_TEST_CACHE_DIR="${HYDRON_TEST_CACHE_DIR:-/var/cache/hydron-test}"
# Label carried by every container, image and network the test tools create.
HYDRON_TEST_LABEL="dev.hydron.test=1"

# Exit code meaning "no Docker engine can be started on this machine" (ctest SKIP_RETURN_CODE).
HYDRON_TEST_SKIP=77

hy_log() { printf '%s: %s\n' "${HYDRON_TOOL:-hydron-test}" "$*" >&2; }
hy_die() { printf '%s: error: %s\n' "${HYDRON_TOOL:-hydron-test}" "$1" >&2; exit "${2:-1}"; }

# Monotonic seconds with millisecond precision, for timings.
hy_now() { date +%s.%N; }
hy_elapsed() { awk -v a="$1" -v b="$(hy_now)" 'BEGIN { printf "%.1f", b - a }'; }

# Runs a command as root: directly when we are root, through passwordless sudo otherwise.
hy_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        return 126
    fi
}
hy_can_root() { [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; }

# The Docker client matching Debian's engine (docker.io ships /usr/bin/docker). A newer client
# elsewhere on PATH also works through API negotiation, but its `build` wants buildx.
hy_docker_bin() {
    if [ -x /usr/bin/docker ]; then echo /usr/bin/docker; else command -v docker; fi
}
hy_docker() {
    if [ "$(id -u)" -ne 0 ] && [ -S "$HYDRON_TEST_SOCKET" ] && [ ! -w "$HYDRON_TEST_SOCKET" ]; then
        # The socket belongs to root: go through sudo (a user in group docker needs no sudo).
        hy_root env DOCKER_HOST="unix://$HYDRON_TEST_SOCKET" DOCKER_BUILDKIT=0 "$(hy_docker_bin)" "$@"
    else
        DOCKER_HOST="unix://$HYDRON_TEST_SOCKET" DOCKER_BUILDKIT=0 "$(hy_docker_bin)" "$@"
    fi
}
hy_docker_answers() {
    [ -S "$HYDRON_TEST_SOCKET" ] && hy_docker info >/dev/null 2>&1
}

# Installs the given Debian packages when missing (apt-get; no systemd needed).
hy_apt_install() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    hy_can_root || hy_die "missing Debian packages: ${missing[*]} (install them as root)"
    hy_log "installing ${missing[*]}"
    local log="${TMPDIR:-/tmp}/hydron-test-apt.$$.log"
    if ! hy_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >"$log" 2>&1; then
        hy_root apt-get update -qq >>"$log" 2>&1 || true
        hy_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >>"$log" 2>&1 || { tail -n 20 "$log" >&2; hy_die "apt-get could not install ${missing[*]}"; }
    fi
    rm -f "$log"
}

# Makes sure Hydron's test daemon runs (starting it through hydron-test-docker when not).
hy_require_docker() {
    if ! hy_docker_answers; then
        "$(dirname "${BASH_SOURCE[0]}")/hydron-test-docker" up >/dev/null
    fi
}
