#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions reached through trap, check and all_of
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End-to-end test of resources/provision on a fresh Debian server container, over real
# OpenSSH, exactly as Hydron runs the steps: an env file uploaded first with mode 0600, then
# `cat common.sh STEP.sh | ssh … 'bash -s -- ENV_FILE'` for every step in name order.
#
# It provisions twice (the second pass must change nothing), then checks the result from the
# outside (firewall, SSH, password logins, sshd -t, nested Docker, the proxy) and the refusals
# (unsupported OS, unsafe env files, hardening without a key, no SSH port).
#
# Exit: 0 all passed, 1 something failed, 77 skipped (no Docker engine can be started here).
# Env: HYDRON_TEST_KEEP=1 keeps the server container and the test daemon for a look after.
set -uo pipefail

here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
repo="$(cd "$here/../../.." && pwd)"
envtools="$repo/tests/integration/env"
prov="$repo/resources/provision"
# shellcheck source=../env/lib.sh
. "$envtools/lib.sh"
HYDRON_TOOL=provision-test

passed=0
failed=0
t0="$(hy_now)"
work="$(mktemp -d "${TMPDIR:-/tmp}/hydron-provision-test.XXXXXX")"
server="prov-$$"
started_docker=0

say() { printf '\n== %s\n' "$*"; }
pass() { passed=$((passed + 1)); printf 'PASS: %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
# check DESCRIPTION COMMAND…: passes when the command succeeds.
check() { local d="$1"; shift; if "$@"; then pass "$d"; else fail "$d"; fi; }
# check_eq DESCRIPTION ACTUAL EXPECTED
check_eq() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1"; printf '      | got:      %s\n      | expected: %s\n' "$2" "$3"; fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ "${HYDRON_TEST_KEEP:-0}" = 1 ]; then
        hy_log "kept server $server (hydron-test-server down $server) and logs in $work"
    else
        "$envtools/hydron-test-server" down "$server" 2>/dev/null || true
        if [ "$started_docker" = 1 ]; then "$envtools/hydron-test-docker" down >/dev/null 2>&1 || true; fi
        rm -rf "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

finish() {
    printf '\nprovisioning test: %s s in all\n' "$(hy_elapsed "$t0")"
    printf '%d passed, %d failed\n' "$passed" "$failed"
    [ "$failed" -eq 0 ] && exit 0
    exit 1
}

srv_ssh() { "$envtools/hydron-test-server" ssh "$server" "$@"; }

# Uploads an env file (stdin) to PATH on the server with mode 0600, created that way.
upload_env() {
    srv_ssh "umask 077 && mkdir -p /root/.hydron && cat > '$1' && chmod 600 '$1'"
}

# run_step STEP_FILE REMOTE_ENV_FILE LOG: runs one step, output to LOG, returns its exit code.
run_step() {
    local step="$1" envfile="$2" log="$3"
    cat "$prov/common.sh" "$step" | srv_ssh "bash -s -- $envfile" >"$log" 2>&1
}
result_line() { grep '^HYDRON-RESULT ' "$1" | tail -n 1; }
result_field() { result_line "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }

# Password login as the image's password user (tester), through SSH_ASKPASS, no tty needed.
password_login() {
    local user="$1" port
    port="$("$envtools/hydron-test-server" info "$server" | sed -n 's/^port=//p')"
    SSH_ASKPASS="$work/askpass" SSH_ASKPASS_REQUIRE=force DISPLAY=none \
        timeout 20 ssh -F none -p "$port" -o PreferredAuthentications=password -o PubkeyAuthentication=no \
        -o NumberOfPasswordPrompts=1 -o IdentityAgent=none -o StrictHostKeyChecking=yes \
        -o "UserKnownHostsFile=$srv_state/known_hosts" -o ConnectTimeout=10 \
        "$user@127.0.0.1" 'id -un' </dev/null 2>&1
}

tcp_open() { timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
tcp_closed() { ! tcp_open "$@"; }
# all_of CONDITION…: every condition (a shell command line, evaluated here) holds.
all_of() { local c; for c in "$@"; do eval "$c" || { printf '      | not true: %s\n' "$c"; return 1; }; done; }

# ---------------------------------------------------------------------------------------------
say "Docker engine"
if ! hy_can_root; then
    echo "SKIP: the provisioning test needs root or passwordless sudo to start a Docker engine; none here"
    exit 77
fi
hy_docker_answers || started_docker=1
t="$(hy_now)"
out="$("$envtools/hydron-test-docker" up 2>&1)"
rc=$?
if [ "$rc" -eq 77 ]; then
    printf '%s\n' "$out"
    echo "SKIP: no Docker engine can be started on this machine (see above)"
    started_docker=0
    exit 77
elif [ "$rc" -ne 0 ]; then
    printf '%s\n' "$out"
    fail "hydron-test-docker up"
    finish
fi
pass "Hydron's test dockerd answers ($(hy_elapsed "$t") s)"

# Servers left behind by an earlier run that was killed (ctest's timeout sends SIGKILL).
for stale in $(hy_docker ps -a --filter "label=dev.hydron.test.server" --format '{{index .Labels "dev.hydron.test.server"}}'); do
    if [[ "$stale" =~ ^prov-([0-9]+)$ ]] && [ ! -d "/proc/${BASH_REMATCH[1]}" ]; then
        hy_log "removing server $stale left by a killed run"
        "$envtools/hydron-test-server" down "$stale" || true
    fi
done

say "Images"
t="$(hy_now)"
if "$envtools/hydron-test-images" base server busybox caddy; then
    pass "base, server, busybox and caddy images ready ($(hy_elapsed "$t") s)"
else
    fail "hydron-test-images"
    finish
fi

say "Fresh server"
port=""
for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 10000))
    if ! ss -ltnH "sport = :$p" 2>/dev/null | grep -q .; then port="$p"; break; fi
done
[ -n "$port" ] || { fail "no free port for the server"; finish; }
t="$(hy_now)"
if srv_state="$("$envtools/hydron-test-server" up "$server" "$port")"; then
    pass "server container $server answers ssh on 127.0.0.1:$port ($(hy_elapsed "$t") s)"
else
    fail "hydron-test-server up"
    finish
fi
container="hydron-test-$server"
ip="$(hy_docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$container")"
printf '#!/bin/sh\necho hydron-test-password\n' >"$work/askpass"
chmod 700 "$work/askpass"

# Before provisioning: what hardening and the firewall must take away is really there.
check_eq "before hardening, password login as tester works" "$(password_login tester | tail -n 1)" tester
srv_ssh '/usr/sbin/sshd -p 2222 -o PidFile=/run/sshd-2222.pid' </dev/null
check "before the firewall, a second listener (port 2222) is reachable from outside the server" tcp_open "$ip" 2222

# ---------------------------------------------------------------------------------------------
steps=("$prov"/[0-9][0-9]-*.sh)
printf "HYDRON_SSH_PORT=22\nHYDRON_PROXY_IMAGE='hydron-test/caddy:2'\n" | upload_env /root/.hydron/provision.env
check_eq "env file uploaded with mode 0600" "$(srv_ssh stat -c %a /root/.hydron/provision.env)" 600

provision_pass() {
    local n="$1" step name log rc pstart
    pstart="$(hy_now)"
    for step in "${steps[@]}"; do
        name="$(basename "$step" .sh)"
        log="$work/pass$n-$name.log"
        local s; s="$(hy_now)"
        run_step "$step" /root/.hydron/provision.env "$log"
        rc=$?
        printf '   %-24s %5s s  %s\n' "$name" "$(hy_elapsed "$s")" "$(result_line "$log")"
        if [ "$rc" -ne 0 ] || [ "$(result_field "$log" status)" != ok ]; then
            fail "pass $n: $name exited $rc"
            sed 's/^/      | /' "$log"
            return 1
        fi
        if [ "$n" = 1 ]; then
            grep -E '^(changed|skipped|note):' "$log" | sed 's/^/      /'
        fi
        if [ "$n" = 2 ] && [ "$(result_field "$log" changed)" != 0 ]; then
            fail "pass 2: $name changed something the second time"
            grep '^changed:' "$log" | sed 's/^/      | /'
        fi
        # The proxy image comes from the local build: no registry is reachable in tests.
        if [ "$n" = 1 ] && [ "$name" = 20-docker ]; then
            local l; l="$(hy_now)"
            if hy_docker save hydron-test/caddy:2 hydron-test/busybox:latest | srv_ssh 'docker load -q' >/dev/null; then
                printf '   %-24s %5s s\n' "(load test images)" "$(hy_elapsed "$l")"
            else
                fail "docker save | ssh docker load"
                return 1
            fi
        fi
    done
    pass "pass $n: every step succeeded ($(hy_elapsed "$pstart") s)"
}

say "Provisioning, pass 1"
provision_pass 1 || finish
say "Provisioning, pass 2 (must change nothing)"
if provision_pass 2; then
    second_ok=1
    for step in "${steps[@]}"; do
        [ "$(result_field "$work/pass2-$(basename "$step" .sh).log" changed)" = 0 ] || second_ok=0
    done
    check "pass 2: every step reports changed=0" [ "$second_ok" = 1 ]
fi

# ---------------------------------------------------------------------------------------------
say "The provisioned server"
ufw_status="$(srv_ssh 'ufw status' 2>&1)"
check "ufw is active" grep -q '^Status: active' <<<"$ufw_status"
for rule in 22/tcp 80/tcp 443/tcp; do
    check "ufw allows $rule" grep -Eq "^$rule +ALLOW +Anywhere" <<<"$ufw_status"
done
check "the firewall blocks a port it does not allow (2222 from outside the server)" tcp_closed "$ip" 2222
check "the firewall lets SSH (22) through from outside the server" tcp_open "$ip" 22
check "SSH with the key still works (new connection)" srv_ssh true
check "sshd -t passes" srv_ssh 'sshd -t'
out="$(password_login tester)"
check "password login as tester is refused: $(tail -n 1 <<<"$out")" \
    grep -q 'Permission denied (publickey)' <<<"$out"
out="$(password_login root)"
check "password login as root is refused" grep -q 'Permission denied (publickey)' <<<"$out"
check_eq "nested Docker runs a container (busybox imported locally)" \
    "$(srv_ssh docker run --rm hydron-test/busybox:latest echo hello-from-nested-docker)" hello-from-nested-docker
check_eq "Docker rotates container logs (max-size 10m, max-file 3 on the proxy)" \
    "$(srv_ssh "docker inspect -f '{{index .HostConfig.LogConfig.Config \"max-size\"}} {{index .HostConfig.LogConfig.Config \"max-file\"}}' hydron-proxy")" "10m 3"
origins="$(srv_ssh 'apt-config dump' | grep -E '^Unattended-Upgrade::(Origins-Pattern|Allowed-Origins):: ')"
check "unattended upgrades take only the security archive" \
    test -n "$origins" -a -z "$(grep -v -- -security <<<"$origins")"
check_eq "Hydron's folders exist with their modes" \
    "$(srv_ssh stat -c "'%n %a'" /opt/hydron/projects /opt/hydron/releases /opt/hydron/proxy/sites /opt/hydron/locks /opt/hydron/env | tr '\n' ' ')" \
    "/opt/hydron/projects 755 /opt/hydron/releases 755 /opt/hydron/proxy/sites 755 /opt/hydron/locks 700 /opt/hydron/env 700 "
check_eq "the proxy container runs with Hydron's labels on the hydron network" \
    "$(srv_ssh "docker inspect -f '{{.State.Running}} {{index .Config.Labels \"dev.hydron.managed\"}} {{index .Config.Labels \"dev.hydron.role\"}} {{range \$k, \$v := .NetworkSettings.Networks}}{{\$k}}{{end}}' hydron-proxy")" \
    "true true proxy hydron"
# A site file as a deploy will write it, then a reload: the proxy serves it.
printf 'http://hydron-test.invalid {\n\trespond "hydron-proxy-ok" 200\n}\n' \
    | srv_ssh 'cat > /opt/hydron/proxy/sites/hydron-test.caddy && docker exec hydron-proxy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile 2>/dev/null'
check_eq "the proxy serves a site imported from /opt/hydron/proxy/sites/*.caddy" \
    "$(srv_ssh "curl -s --max-time 10 -H 'Host: hydron-test.invalid' http://127.0.0.1/")" hydron-proxy-ok
srv_ssh 'rm -f /opt/hydron/proxy/sites/hydron-test.caddy && docker exec hydron-proxy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile 2>/dev/null' || true

# ---------------------------------------------------------------------------------------------
say "Refusals"
srv_ssh 'mkdir -p /root/.hydron/fixtures'
for f in "$here"/fixtures/os-release-*; do
    fixture="$(basename "$f")"
    srv_ssh "cat > /root/.hydron/fixtures/$fixture" <"$f"
done
os_check() {
    printf 'HYDRON_OS_RELEASE_FILE=/root/.hydron/fixtures/%s\n' "$1" | upload_env /root/.hydron/os.env
    run_step "$prov/00-os-check.sh" /root/.hydron/os.env "$work/os-$1.log"
}
for os in fedora-40 debian-10 ubuntu-20.04; do
    os_check "os-release-$os"
    rc=$?
    log="$work/os-os-release-$os.log"
    check "os-check refuses $os with exit 10 and a clear message" \
        all_of "[ $rc -eq 10 ]" \
        "grep -q '^error: unsupported operating system: .*Hydron provisions Debian 11/12 and Ubuntu 22.04/24.04 only; nothing was changed' '$log'" \
        "grep -q 'status=refused' '$log'"
done
grep '^error:' "$work/os-os-release-fedora-40.log" | sed 's/^/      /'
for os in debian-11 ubuntu-22.04 ubuntu-24.04; do
    os_check "os-release-$os"
    check "os-check accepts $os" [ $? -eq 0 ]
done

printf 'HYDRON_SSH_PORT=22\n' | upload_env /root/.hydron/open.env
srv_ssh 'chmod 644 /root/.hydron/open.env'
run_step "$prov/30-firewall.sh" /root/.hydron/open.env "$work/open.log"
check "an env file readable by others is refused (exit 12)" [ $? -eq 12 ]

# shellcheck disable=SC2016  # the value must reach the server unexpanded
printf 'HYDRON_SSH_PORT=$(touch /tmp/hydron-pwned)22\n' | upload_env /root/.hydron/inject.env
run_step "$prov/30-firewall.sh" /root/.hydron/inject.env "$work/inject.log"
rc=$?
check "an env value with shell syntax is refused (exit 12) and never runs" \
    all_of "[ $rc -eq 12 ]" "srv_ssh '! test -e /tmp/hydron-pwned'"
printf "HYDRON_SSH_PORT='22'\\\\''x'\n" | upload_env /root/.hydron/quoted.env
run_step "$prov/30-firewall.sh" /root/.hydron/quoted.env "$work/quoted.log"
rc=$?
check "a single-quoted value is decoded, then validated (22'x is not a port: exit 12)" \
    all_of "[ $rc -eq 12 ]" "grep -q 'HYDRON_SSH_PORT must be a port number' '$work/quoted.log'"

printf '' | upload_env /root/.hydron/empty.env
cat "$prov/common.sh" "$prov/30-firewall.sh" | srv_ssh 'bash -s -- /root/.hydron/empty.env' >"$work/fw-sshconn.log" 2>&1
rc=$?
check "without HYDRON_SSH_PORT the firewall step reads the port from SSH_CONNECTION" \
    all_of "[ $rc -eq 0 ]" "grep -q '^HYDRON-FACT ssh_port=22\$' '$work/fw-sshconn.log'" "grep -q 'changed=0' '$work/fw-sshconn.log'"
cat "$prov/common.sh" "$prov/30-firewall.sh" | srv_ssh 'env -u SSH_CONNECTION bash -s -- /root/.hydron/empty.env' >"$work/fw-noport.log" 2>&1
check "without any way to tell the SSH port the firewall step refuses (exit 13)" [ $? -eq 13 ]

printf 'HYDRON_SSH_USER=tester\n' | upload_env /root/.hydron/nokey.env
srv_ssh 'cp /etc/ssh/sshd_config.d/00-hydron.conf /root/.hydron/dropin.before'
run_step "$prov/40-ssh-hardening.sh" /root/.hydron/nokey.env "$work/nokey.log"
rc=$?
check "SSH hardening for a user without an authorized key is refused (exit 13) and changes nothing" \
    all_of "[ $rc -eq 13 ]" "grep -q 'could lock them out' '$work/nokey.log'" \
    "srv_ssh 'cmp -s /etc/ssh/sshd_config.d/00-hydron.conf /root/.hydron/dropin.before'"

swap_before="$(awk '/^SwapTotal:/ { print $2 }' /proc/meminfo)"
printf 'HYDRON_SWAP_MIN_RAM_MB=9999999\n' | upload_env /root/.hydron/swap.env
run_step "$prov/50-swap.sh" /root/.hydron/swap.env "$work/swap.log"
rc=$?
check "swap below the RAM threshold in a container: 'skipped: not permitted here', nothing changed" \
    all_of "[ $rc -eq 0 ]" "grep -q '^skipped: not permitted here' '$work/swap.log'" "grep -q 'changed=0' '$work/swap.log'" \
    "[ '$swap_before' = \"\$(awk '/^SwapTotal:/ { print \$2 }' /proc/meminfo)\" ]"

finish
