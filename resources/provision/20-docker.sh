#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# docker: a running Docker engine with log rotation.
# - Installs the distribution's docker.io when no engine is installed (an existing engine,
#   docker-ce included, is kept as it is).
# - /etc/docker/daemon.json with json-file log rotation; a daemon.json Hydron did not write is
#   left alone unless it already rotates logs (reported as skipped otherwise).
# - Starts the engine: with systemd when PID 1 is systemd; otherwise dockerd in the background
#   with a pidfile (/run/docker.pid) and a log (/var/log/hydron-dockerd.log), with
#   `--storage-driver vfs` only when overlay mounts are not available.
# Inputs: HYDRON_DOCKER_LOG_MAX_SIZE (default 10m), HYDRON_DOCKER_LOG_MAX_FILE (default 3).
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=docker

daemon_json=/etc/docker/daemon.json
pidfile=/run/docker.pid

docker_answers() { docker info >/dev/null 2>&1; }

wait_for_docker() {
    local _
    for _ in $(seq 1 120); do docker_answers && return 0; sleep 0.5; done
    return 1
}

install_engine() {
    if command -v dockerd >/dev/null 2>&1; then
        hy_unchanged "Docker engine is installed ($(dockerd --version 2>/dev/null | head -n1))"
        return 0
    fi
    # Without systemd, keep the package from starting the engine itself: this step starts it
    # with the right options. policy-rc.d is removed again on every exit path.
    local guard=0
    if ! hy_is_systemd && [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\n# temporary, written by Hydron while installing docker.io\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        guard=1
        trap 'rm -f /usr/sbin/policy-rc.d; hy_result' EXIT
    fi
    hy_install_packages docker.io
    if [ "$guard" = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap hy_result EXIT; fi
    command -v dockerd >/dev/null 2>&1 || hy_fail "$HY_EXIT_UNAVAILABLE" "docker.io was installed but dockerd is missing"
}

# Returns 0 when daemon.json was changed.
configure_log_rotation() {
    local size="${HYDRON_DOCKER_LOG_MAX_SIZE:-10m}" files="${HYDRON_DOCKER_LOG_MAX_FILE:-3}"
    [[ "$size" =~ ^[1-9][0-9]*[kmg]$ ]] || hy_fail "$HY_EXIT_BAD_INPUT" "HYDRON_DOCKER_LOG_MAX_SIZE must look like 10m"
    [[ "$files" =~ ^[1-9][0-9]?$ ]] || hy_fail "$HY_EXIT_BAD_INPUT" "HYDRON_DOCKER_LOG_MAX_FILE must be 1-99"
    local want
    want="$(printf '{\n  "log-driver": "json-file",\n  "log-opts": { "max-size": "%s", "max-file": "%s" }\n}' "$size" "$files")"
    mkdir -p /etc/docker
    local marker=/etc/docker/.hydron-daemon-json.sha256
    if [ -f "$daemon_json" ]; then
        if [ "$(cat "$daemon_json")" = "$want" ]; then
            hy_unchanged "$daemon_json rotates container logs (json-file, max-size $size, max-file $files)"
            return 1
        fi
        # Hydron's own earlier version (its hash recorded) may be replaced; anything else is the
        # owner's configuration.
        if ! { [ -f "$marker" ] && sha256sum --status -c "$marker" 2>/dev/null; }; then
            if grep -q '"max-size"' "$daemon_json"; then
                hy_unchanged "$daemon_json (not written by Hydron) already limits container log size"
            else
                hy_skipped "$daemon_json has settings Hydron did not write; log rotation was not added (add \"log-opts\": {\"max-size\": \"$size\", \"max-file\": \"$files\"} yourself)"
            fi
            return 1
        fi
    fi
    hy_write_file "$daemon_json" 0644 "$want" || true
    sha256sum "$daemon_json" >"$marker"
    hy_changed "wrote $daemon_json: json-file logs rotated at $size, $files files kept"
    return 0
}

overlay_available() {
    grep -qw overlay /proc/filesystems 2>/dev/null || modprobe overlay 2>/dev/null || return 1
    mkdir -p /var/lib/docker
    local d rc=1
    d="$(mktemp -d /var/lib/docker/.hydron-overlay-probe.XXXXXX)"
    mkdir "$d/lower" "$d/upper" "$d/work" "$d/merged"
    if mount -t overlay overlay -o "lowerdir=$d/lower,upperdir=$d/upper,workdir=$d/work" "$d/merged" 2>/dev/null; then
        umount "$d/merged"
        rc=0
    fi
    rm -rf "$d"
    return "$rc"
}

start_background() {
    local args=(--pidfile "$pidfile") why=""
    if ! grep -q '"storage-driver"' "$daemon_json" 2>/dev/null && ! overlay_available; then
        args+=(--storage-driver vfs)
        why=", storage driver vfs because overlay mounts are not available here"
    fi
    rm -f "$pidfile"
    setsid dockerd "${args[@]}" >>/var/log/hydron-dockerd.log 2>&1 </dev/null &
    wait_for_docker || {
        tail -n 15 /var/log/hydron-dockerd.log >&2 || true
        hy_fail "$HY_EXIT_FAILED" "dockerd did not answer within 60 s (see /var/log/hydron-dockerd.log)"
    }
    hy_changed "started dockerd in the background (pid $(cat "$pidfile"), pidfile $pidfile, log /var/log/hydron-dockerd.log$why)"
    hy_note "no systemd here: dockerd does not come back by itself after a reboot; provisioning again starts it"
}

stop_background() {
    local pid
    pid="$(cat "$pidfile" 2>/dev/null)" || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] || return 1
    kill -TERM "$pid"
    local _
    for _ in $(seq 1 60); do [ -d "/proc/$pid" ] || return 0; sleep 0.5; done
    return 1
}

start_engine() {
    local config_changed="$1"
    if hy_is_systemd; then
        if ! systemctl is-enabled --quiet docker 2>/dev/null; then
            systemctl enable docker >/dev/null 2>&1 && hy_changed "enabled the docker service at boot"
        else
            hy_unchanged "docker service is enabled at boot"
        fi
    fi
    if docker_answers; then
        if [ "$config_changed" = 1 ]; then
            local running
            running="$(docker ps -q | wc -l)"
            if [ "$running" -gt 0 ]; then
                hy_note "log rotation applies after the engine restarts; not restarted now because $running container(s) are running"
            elif hy_is_systemd; then
                systemctl restart docker
                wait_for_docker || hy_fail "$HY_EXIT_FAILED" "docker did not come back after a restart (journalctl -u docker)"
                hy_changed "restarted the docker service to apply $daemon_json"
            elif stop_background; then
                start_background
            else
                hy_note "the engine was not started by Hydron; restart it yourself to apply $daemon_json"
            fi
        else
            hy_unchanged "Docker engine is running ($(docker version -f '{{.Server.Version}}' 2>/dev/null), storage $(docker info -f '{{.Driver}}' 2>/dev/null))"
        fi
        return 0
    fi
    if hy_is_systemd; then
        systemctl start docker
        wait_for_docker || hy_fail "$HY_EXIT_FAILED" "docker did not start (see journalctl -u docker)"
        hy_changed "started the docker service"
    else
        start_background
    fi
}

main() {
    hy_load_env "${1:-}"
    hy_require_root
    install_engine
    local config_changed=0
    if configure_log_rotation; then config_changed=1; fi
    start_engine "$config_changed"
    hy_fact docker_version "$(docker version -f '{{.Server.Version}}' 2>/dev/null || echo unknown)"
    hy_fact docker_storage "$(docker info -f '{{.Driver}}' 2>/dev/null || echo unknown)"
}

main "$@" </dev/null
