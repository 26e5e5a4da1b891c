# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The deploy steps (see README.md). Sent after resources/provision/common.sh and followed by one
# line that calls a step: `deploy_main STEP "$@"`. Every input comes from the env file (read,
# never sourced, by hy_load_env); lists and texts arrive base64-encoded and are decoded into
# arrays or files, never evaluated.
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }

hy_b64() { base64 -d <<<"${1:-}"; }
# Decodes a base64 list of NUL-terminated items into the array named $1.
hy_b64_list() {
    local -n out="$1"
    out=()
    [ -n "${2:-}" ] || return 0
    mapfile -d '' -t out < <(base64 -d <<<"$2")
}

# Whether the Docker engine answers. Every step asks, so the usual case is cheap: the engine's
# _ping on its default socket (about 15 ms on a test server) instead of `docker info` (about
# 45 ms, in each of a deploy's steps); `docker info` where the CLI may be pointed elsewhere.
# When the ping can go through the socket, docker_has asks the same way (HY_DOCKER_API=1).
HY_DOCKER_API=0
docker_api_usable() { [ -z "${DOCKER_HOST:-}" ] && [ -S /var/run/docker.sock ] && command -v curl >/dev/null 2>&1; }
docker_answers() {
    if docker_api_usable; then
        [ "$(curl -s -m 10 --unix-socket /var/run/docker.sock http://localhost/_ping 2>/dev/null)" = OK ] || return 1
        HY_DOCKER_API=1
    else
        docker info >/dev/null 2>&1
    fi
}
docker_down() { hy_fail "$HY_EXIT_UNAVAILABLE" "Docker is not running (provision the server first)"; }

# Whether Docker has the object: docker_has container|image|network|volume NAME (a name the
# step has validated). Through the engine's API on its socket where docker_answers could (one
# HTTP request, a few ms) instead of the CLI's inspect (30-45 ms on a test server); the CLI
# where the socket is not the one in use or the API answers anything but found / not found.
docker_has() {
    if [ "$HY_DOCKER_API" = 1 ]; then
        local code path
        case "$1" in
            container | image) path="/${1}s/$2/json" ;;
            network | volume) path="/${1}s/$2" ;;
            *) return 2 ;;
        esac
        code="$(curl -s -w '\n%{http_code}' -m 10 --unix-socket /var/run/docker.sock \
            "http://localhost$path" 2>/dev/null || true)"
        case "$code" in
            "" | *$'\n'000) docker_down ;; # no answer on the socket (the step's first question may be this)
            *$'\n'200) return 0 ;;
            # "No such container: x", "network x not found", … (not the router's "page not found").
            *page\ not\ found*) ;;
            *$'\n'404) return 1 ;;
        esac
    fi
    docker "$1" inspect "$2" >/dev/null 2>&1
}

# deploy_inputs [api]: with "api", a step whose first question to Docker is a docker_has skips
# the ping (docker_has tells the same when the engine does not answer on its socket).
deploy_inputs() {
    hy_require_root
    if [ "${1:-}" = api ] && docker_api_usable; then
        HY_DOCKER_API=1
    else
        docker_answers || docker_down
    fi
    hy_require_match HYDRON_PROJECT '^[a-z0-9][a-z0-9-]{0,62}$' "a project slug"
    PROJECT_DIR="/opt/hydron/projects/$HYDRON_PROJECT"
    ENV_DIR="/opt/hydron/env/$HYDRON_PROJECT"
    if [ -n "${HYDRON_RELEASE:-}" ]; then
        hy_require_match HYDRON_RELEASE '^[a-z0-9][a-z0-9-]{0,62}$' "a release id"
        RELEASE_DIR="$PROJECT_DIR/releases/$HYDRON_RELEASE"
    fi
}

# Creates the network when it is missing, in the background: ensure_network_done waits for it
# and reports (the volumes are made meanwhile).
NET_JOB=""
ensure_network() {
    local net="$1"
    if docker_has network "$net"; then
        hy_unchanged "Docker network $net exists"
    else
        docker network create --label dev.hydron.managed=true --label "dev.hydron.project=$HYDRON_PROJECT" \
            "$net" </dev/null >/dev/null &
        NET_JOB=$!
    fi
}
ensure_network_done() {
    [ -n "$NET_JOB" ] || return 0
    wait "$NET_JOB" || hy_fail "$HY_EXIT_FAILED" "docker could not create the network $1"
    NET_JOB=""
    hy_changed "created Docker network $1"
}

# Whether the release being deployed is the one serving, complete and healthy, so that a Redeploy
# has nothing to do: it is the current release (its switch or a rollback recorded it), the proxy's
# site file is the release's, the post-deploy commands of HYDRON_POST_DEPLOYED (containers)
# succeeded for it, the proxy runs, and every container of the release (HYDRON_SERVING:
# NAME=INPUTS …, backing services included) runs with exactly those inputs and is healthy (or has
# no health check). One docker call. Otherwise says what differs (a note) and returns 1.
release_serving() {
    local current="" site="/opt/hydron/proxy/sites/$HYDRON_PROJECT.caddy" item c
    local -A want=()
    for item in ${HYDRON_SERVING:-}; do
        [[ "$item" =~ ^([a-z0-9][a-z0-9_.-]{0,127})=([a-f0-9]{8,64})$ ]] \
            || hy_fail "$HY_EXIT_BAD_INPUT" "HYDRON_SERVING must be NAME=INPUTS items"
        want["${BASH_REMATCH[1]}"]="${BASH_REMATCH[2]}"
    done
    [ "${#want[@]}" -gt 0 ] || return 1
    [ -f "$PROJECT_DIR/current" ] && current="$(<"$PROJECT_DIR/current")"
    if [ "$current" != "$HYDRON_RELEASE" ]; then
        hy_note "release $HYDRON_RELEASE is not the one serving (the current one: ${current:-none}): deploying it"
        return 1
    fi
    if [ ! -f "$RELEASE_DIR/site.caddy" ] || [ ! -f "$site" ] || [ "$(<"$site")" != "$(<"$RELEASE_DIR/site.caddy")" ]; then
        hy_note "the proxy's site file is not release $HYDRON_RELEASE's: deploying it again"
        return 1
    fi
    for c in ${HYDRON_POST_DEPLOYED:-}; do
        [[ "$c" =~ ^[a-z0-9][a-z0-9_.-]{0,127}$ ]] || hy_fail "$HY_EXIT_BAD_INPUT" "invalid container name"
        if [ ! -f "$RELEASE_DIR/post-deploy.$c.done" ]; then
            hy_note "the post-deploy commands in $c did not complete for release $HYDRON_RELEASE: deploying it again"
            return 1
        fi
    done
    local out name status health inputs project seen=0
    if ! out="$(docker container inspect -f '{{.Name}}|{{.State.Status}}|{{if .State.Health}}{{.State.Health.Status}}{{end}}|{{index .Config.Labels "dev.hydron.inputs"}}|{{index .Config.Labels "dev.hydron.project"}}' \
        hydron-proxy "${!want[@]}" 2>/dev/null)"; then
        hy_note "a container of release $HYDRON_RELEASE (or the proxy) is missing: deploying it again"
        return 1
    fi
    while IFS='|' read -r name status health inputs project; do
        name="${name#/}"
        if [ "$name" = hydron-proxy ]; then
            [ "$status" = running ] || { hy_note "the proxy is $status: deploying again"; return 1; }
            continue
        fi
        if [ "$project" != "$HYDRON_PROJECT" ] || [ "$inputs" != "${want[$name]:-}" ]; then
            hy_note "$name does not have the inputs of release $HYDRON_RELEASE: deploying it again"
            return 1
        fi
        if [ "$status" != running ] || { [ -n "$health" ] && [ "$health" != healthy ]; }; then
            hy_note "$name is $status${health:+ ($health)}: deploying release $HYDRON_RELEASE again"
            return 1
        fi
        seen=$((seen + 1))
    done <<<"$out"
    [ "$seen" -eq "${#want[@]}" ]
}

step_prepare() {
    deploy_inputs api
    # A Redeploy (HYDRON_IF_SERVING=done) of the release that is serving, complete and healthy
    # ends the run here: nothing is rebuilt or restarted, no post-deploy command runs again.
    if [ "${HYDRON_IF_SERVING:-}" = "done" ] && release_serving; then
        hy_unchanged "release $HYDRON_RELEASE is serving: its containers run with the same inputs and are healthy"
        hy_fact release "$HYDRON_RELEASE"
        hy_done "nothing changed: release $HYDRON_RELEASE is serving and healthy"
        return 0
    fi
    hy_require_match HYDRON_NETWORK '^[a-z0-9][a-z0-9_.-]{0,62}$' "a network name"
    [ -d /opt/hydron/proxy/sites ] || hy_fail "$HY_EXIT_UNAVAILABLE" "/opt/hydron is missing: provision the server first"
    docker_has container hydron-proxy \
        || hy_fail "$HY_EXIT_UNAVAILABLE" "the proxy container hydron-proxy is missing: provision the server first"
    local d
    for d in "$PROJECT_DIR" "$PROJECT_DIR/releases" "$RELEASE_DIR"; do
        if [ -d "$d" ]; then hy_unchanged "$d exists"; else mkdir -p "$d" && chmod 755 "$d" && hy_changed "created $d"; fi
    done
    if [ -d "$ENV_DIR" ]; then hy_unchanged "$ENV_DIR exists"; else install -d -m 700 "$ENV_DIR" && hy_changed "created $ENV_DIR (0700)"; fi
    ensure_network "$HYDRON_NETWORK"
    local vol
    for vol in ${HYDRON_VOLUMES:-}; do
        [[ "$vol" =~ ^[a-z0-9][a-z0-9_.-]{0,127}$ ]] || hy_fail "$HY_EXIT_BAD_INPUT" "invalid volume name"
        if docker_has volume "$vol"; then
            hy_unchanged "Docker volume $vol exists"
        else
            docker volume create --label dev.hydron.managed=true --label "dev.hydron.project=$HYDRON_PROJECT" "$vol" >/dev/null
            hy_changed "created Docker volume $vol"
        fi
    done
    ensure_network_done "$HYDRON_NETWORK"
    hy_fact release "$HYDRON_RELEASE"
}

step_build() {
    deploy_inputs api
    hy_require_match HYDRON_SERVICE '^[a-z0-9][a-z0-9_-]{0,62}$' "a service name"
    hy_require_match HYDRON_IMAGE '^[a-z0-9][a-z0-9._/-]*:[a-z0-9]+$' "an image tag"
    local upload="${ENV_PATH%.env}.up.context.tar" tar="$RELEASE_DIR/$HYDRON_SERVICE.tar"
    if docker_has image "$HYDRON_IMAGE"; then
        hy_unchanged "image $HYDRON_IMAGE exists (its build context, Dockerfile and arguments did not change)"
        rm -f -- "$upload"
        return 0
    fi
    [ -f "$upload" ] || hy_fail "$HY_EXIT_BAD_INPUT" "the build context of $HYDRON_SERVICE was not uploaded"
    mkdir -p "$RELEASE_DIR"
    mv -f -- "$upload" "$tar"
    chmod 600 "$tar"
    local args=() buildargs=() a
    hy_b64_list buildargs "${HYDRON_BUILD_ARGS:-}"
    for a in "${buildargs[@]}"; do args+=(--build-arg "$a"); done
    hy_note "building $HYDRON_IMAGE from $(du -h "$tar" | cut -f1) of context"
    DOCKER_BUILDKIT=0 docker build --pull=false --force-rm \
        -f "${HYDRON_DOCKERFILE:-Dockerfile}" \
        --label dev.hydron.managed=true --label "dev.hydron.project=$HYDRON_PROJECT" \
        --label "dev.hydron.service=$HYDRON_SERVICE" --label "dev.hydron.release=$HYDRON_RELEASE" \
        "${args[@]}" -t "$HYDRON_IMAGE" - <"$tar" 2>&1 \
        || hy_fail "$HY_EXIT_FAILED" "docker build of $HYDRON_SERVICE failed (see the lines above)"
    docker_has image "$HYDRON_IMAGE" || hy_fail "$HY_EXIT_FAILED" "the image $HYDRON_IMAGE is missing after its build"
    hy_changed "built image $HYDRON_IMAGE"
}

# Waits until the container's health check passes, polling every 0.2 s for at most $2 seconds
# (a container without a check: running for 2 s); prints why not otherwise (returns 1).
# Docker runs the first check only one interval after the start. Until then the gate runs the
# same check itself at every poll (docker exec, as Docker runs a CMD-SHELL check: /bin/sh -c,
# as the container's user, within the check's timeout), so a service that is ready is taken at
# once; one passing check is also all that Docker's "healthy" needs. A failing check here never
# fails the gate: only Docker's own verdict (unhealthy, or not healthy in time) does.
# A caller that created the container itself may name its check: $3 the CMD-SHELL command ("" for
# none), $4 its timeout in seconds, and $5 = fresh when the container has just been started (no
# verdict of Docker's can exist yet: the first poll is the check alone, without an inspect).
# Otherwise the first inspect reads the check from the container along with its state.
# The container's check, run by the gate (uses health_gate's c, probe and probe_timeout).
health_probe() {
    [[ "$probe_timeout" =~ ^[1-9][0-9]*$ ]] || probe_timeout=30
    timeout -k 1 "$probe_timeout" docker exec "$c" /bin/sh -c "$probe" </dev/null >/dev/null 2>&1
}

health_gate() {
    local c="$1" limit="$2" state i checks="" probe="" probe_timeout=30 minutes deadline out fresh="${5:-}"
    if [ "$#" -ge 4 ]; then
        probe="$3"
        probe_timeout="$4"
        if [ -n "$probe" ]; then checks=xknown; else checks=x; fi
    fi
    deadline=$((SECONDS + limit))
    # A poll every 0.2 s: the pause runs while the poll asks Docker (an inspect and a docker exec
    # take 100 ms or more), not after it. It holds no output of the step's.
    # Where the check is known, the poll's inspect and check run side by side (the state still
    # decides first: the check's result counts only for a container that is starting).
    local nap="" passed fd
    for ((i = 0; SECONDS < deadline; i++)); do
        sleep 0.2 >/dev/null 2>&1 &
        nap=$!
        passed=""
        if [ "$i" -eq 0 ] && [ "$fresh" = fresh ] && [ -n "$probe" ]; then
            state="running starting"
            if health_probe; then passed=1; else passed=0; fi
        elif [ -n "$probe" ]; then
            exec {fd}< <(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$c" 2>/dev/null || echo gone)
            if health_probe; then passed=1; else passed=0; fi
            IFS= read -r -u "$fd" state || state=gone
            exec {fd}<&-
        elif [ -n "$checks" ]; then
            state="$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}' "$c" 2>/dev/null || echo gone)"
        else
            # One inspect: the state on the first line; then the check's timeout ("3s", "1m30s",
            # "0s" for Docker's default of 30 s) and a CMD-SHELL check's command, when it has one.
            out="$(docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}{{"\n"}}{{with .Config.Healthcheck}}{{.Timeout}}{{"\n"}}{{if .Test}}{{if eq (index .Test 0) "CMD-SHELL"}}{{index .Test 1}}{{end}}{{end}}{{end}}' "$c" 2>/dev/null || echo gone)"
            state="${out%%$'\n'*}"
            if [[ "$out" == *$'\n'* ]]; then
                checks="${out#*$'\n'}"
                probe=""
                if [[ "$checks" == *$'\n'* ]]; then probe="${checks#*$'\n'}"; fi
                checks="x${checks%%$'\n'*}"
                if [[ "$checks" =~ ^x([0-9]+m)?([0-9]+)(\.[0-9]+)?s$ ]]; then
                    minutes="${BASH_REMATCH[1]%m}"
                    probe_timeout=$((10#${minutes:-0} * 60 + 10#${BASH_REMATCH[2]} + (${#BASH_REMATCH[3]} > 0)))
                elif [[ "$checks" =~ ^x[0-9.]+(ms|us|µs|ns)$ ]]; then
                    probe_timeout=1
                fi
            fi
        fi
        case "$state" in
            "running healthy") break ;;
            "running ") [ "$checks" = x ] && [ "$i" -ge 10 ] && state="running healthy" && break ;;
            "running unhealthy") break ;;
            "running starting")
                if [ -z "$passed" ] && [ -n "$probe" ] && health_probe; then passed=1; fi
                if [ "$passed" = 1 ]; then
                    state="running healthy"
                    break
                fi
                ;;
            *) break ;;
        esac
        wait "$nap" || true
        nap=""
    done
    [ -z "$nap" ] || kill "$nap" 2>/dev/null || true
    [ "$state" != "running healthy" ] || return 0
    echo "error: $c did not become healthy (state: $state)" >&2
    echo "health log of $c:" >&2
    docker inspect -f '{{if .State.Health}}{{range .State.Health.Log}}{{.ExitCode}}: {{.Output}}{{"\n"}}{{end}}{{end}}' "$c" 2>&1 | sed 's/^/  health: /' >&2 || true
    echo "last 50 log lines of $c:" >&2
    docker logs --tail 50 "$c" 2>&1 | sed 's/^/  log: /' >&2 || true
    return 1
}

step_start() {
    deploy_inputs api
    hy_require_match HYDRON_SERVICE '^[a-z0-9][a-z0-9_-]{0,62}$' "a service name"
    hy_require_match HYDRON_CONTAINER '^[a-z0-9][a-z0-9_.-]{0,127}$' "a container name"
    hy_require_match HYDRON_INPUTS '^[a-f0-9]{8,64}$' "an input hash"
    hy_require_match HYDRON_NETWORK '^[a-z0-9][a-z0-9_.-]{0,62}$' "a network name"
    hy_require_match HYDRON_HEALTH_WAIT '^[0-9]{1,5}$' "a number of seconds"
    local c="$HYDRON_CONTAINER" role="${HYDRON_ROLE:-app}"
    local found running inputs project health=() probe=""
    [ -z "${HYDRON_HEALTH:-}" ] || probe="$(hy_b64 "$HYDRON_HEALTH")"
    # The check is the one this step gives the container (its command is part of the inputs).
    local check=("$probe" "${HYDRON_HEALTH_TIMEOUT:-5}")
    # A first deploy finds no container: asked through the API, that costs a few ms. One inspect
    # for what decides otherwise: running first, the project label last (read keeps the rest).
    if docker_has container "$c" && found="$(docker container inspect -f '{{.State.Running}}|{{index .Config.Labels "dev.hydron.inputs"}}|{{index .Config.Labels "dev.hydron.project"}}' "$c" 2>/dev/null)"; then
        IFS='|' read -r running inputs project <<<"$found"
        [ "$project" = "$HYDRON_PROJECT" ] \
            || hy_fail "$HY_EXIT_REFUSED" "a container named $c exists that is not Hydron's for this project"
        if [ "$inputs" = "$HYDRON_INPUTS" ]; then
            if [ "$running" = true ]; then
                hy_unchanged "container $c is running with the same inputs; left untouched"
            else
                docker start "$c" >/dev/null
                hy_changed "started container $c again"
            fi
            health_gate "$c" "$HYDRON_HEALTH_WAIT" "${check[@]}" || hy_fail "$HY_EXIT_FAILED" "$HYDRON_SERVICE is not healthy"
            hy_fact "container_$HYDRON_SERVICE" "$c"
            return 0
        fi
        docker rm -f "$c" >/dev/null
        hy_changed "removed $c: its inputs changed"
    fi
    local envfile="$ENV_DIR/$c.env"
    (umask 077 && hy_b64 "${HYDRON_ENV:-}" >"$envfile")
    chmod 600 "$envfile"
    local extra=() cmd=()
    hy_b64_list extra "${HYDRON_RUN_ARGS:-}"
    hy_b64_list cmd "${HYDRON_COMMAND:-}"
    if [ -n "$probe" ]; then
        health=(--health-cmd "$probe" --health-interval "${HYDRON_HEALTH_INTERVAL:-2}s"
            --health-timeout "${HYDRON_HEALTH_TIMEOUT:-5}s" --health-retries "${HYDRON_HEALTH_RETRIES:-3}"
            --health-start-period "${HYDRON_HEALTH_START:-5}s")
    fi
    # One `docker run` (create and start); a public container joins the proxy's network right
    # after (the engine takes one network at creation), before anything routes to it.
    docker run -d --name "$c" \
        --label dev.hydron.managed=true --label "dev.hydron.project=$HYDRON_PROJECT" \
        --label "dev.hydron.service=$HYDRON_SERVICE" --label "dev.hydron.release=$HYDRON_RELEASE" \
        --label "dev.hydron.inputs=$HYDRON_INPUTS" --label "dev.hydron.role=$role" \
        --restart unless-stopped --network "$HYDRON_NETWORK" --network-alias "$HYDRON_SERVICE" \
        --env-file "$envfile" "${health[@]}" "${extra[@]}" "$HYDRON_IMAGE" "${cmd[@]}" >/dev/null \
        || hy_fail "$HY_EXIT_FAILED" "docker could not start $c"
    if [ "${HYDRON_PUBLIC:-0}" = 1 ] && ! docker network connect hydron "$c"; then
        [ "$role" != app ] || docker rm -f "$c" >/dev/null 2>&1 || true
        hy_fail "$HY_EXIT_FAILED" "could not attach $c to the proxy's network"
    fi
    hy_changed "started container $c ($HYDRON_IMAGE) beside the running release"
    if ! health_gate "$c" "$HYDRON_HEALTH_WAIT" "${check[@]}" fresh; then
        if [ "$role" = app ]; then
            docker rm -f "$c" >/dev/null 2>&1 || true
            rm -f -- "$envfile"
            hy_note "removed $c; the release that was serving keeps serving"
        fi
        hy_fail "$HY_EXIT_FAILED" "$HYDRON_SERVICE did not become healthy in ${HYDRON_HEALTH_WAIT}s; the release that was serving keeps serving"
    fi
    hy_note "$c is healthy"
    hy_fact "container_$HYDRON_SERVICE" "$c"
}

caddy_reload() {
    docker exec hydron-proxy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile 2>&1
}

# Puts a site file in place and reloads Caddy; the previous file comes back when Caddy refuses it.
install_site() {
    local content="$1" site="/opt/hydron/proxy/sites/$HYDRON_PROJECT.caddy" backup=""
    if [ -f "$site" ] && [ "$(cat "$site")" = "$content" ]; then
        hy_unchanged "$site already routes to this release"
        return 0
    fi
    [ -f "$site" ] && { backup="$(mktemp)"; cp -a "$site" "$backup"; }
    hy_write_file "$site" 0644 "$content" || true
    local out
    if ! out="$(caddy_reload)"; then
        if [ -n "$backup" ]; then mv -f "$backup" "$site"; else rm -f "$site"; fi
        caddy_reload >/dev/null || true
        printf '%s\n' "$out" | tail -n 5 >&2
        hy_fail "$HY_EXIT_FAILED" "Caddy refused the new site file; the previous routes stay"
    fi
    [ -z "$backup" ] || rm -f "$backup"
    hy_changed "switched the proxy: $site now routes to the new containers (caddy reload)"
}

# Keeps the release's record and appends it to the history (the order rollback uses).
record_release() {
    local release="$1"
    printf '%s %s\n' "$(date -u +%s)" "$release" >>"$PROJECT_DIR/releases.log"
    printf '%s\n' "$release" >"$PROJECT_DIR/current"
}

step_switch() {
    deploy_inputs
    local site containers
    site="$(hy_b64 "${HYDRON_SITE:-}")"
    containers="${HYDRON_CONTAINERS:-}"
    [[ "$containers" =~ ^[a-z0-9_.\ -]*$ ]] || hy_fail "$HY_EXIT_BAD_INPUT" "invalid container list"
    printf '%s\n' "$site" >"$RELEASE_DIR/site.caddy"
    local list=()
    read -r -a list <<<"$containers"
    printf '%s\n' "${list[@]}" >"$RELEASE_DIR/containers"
    install_site "$site"
    if [ "$(cat "$PROJECT_DIR/current" 2>/dev/null)" = "$HYDRON_RELEASE" ]; then
        hy_unchanged "release $HYDRON_RELEASE is the current one"
    else
        record_release "$HYDRON_RELEASE"
        hy_changed "release $HYDRON_RELEASE is now the current one"
    fi
    hy_fact release "$HYDRON_RELEASE"
}

step_post_deploy() {
    deploy_inputs
    hy_require_match HYDRON_CONTAINER '^[a-z0-9][a-z0-9_.-]{0,127}$' "a container name"
    # Marks the release's post-deploy commands in this container done (prepare's no-change check).
    local cmds=() cmd marker="$RELEASE_DIR/post-deploy.$HYDRON_CONTAINER.done"
    rm -f -- "$marker"
    hy_b64_list cmds "${HYDRON_COMMANDS:-}"
    for cmd in "${cmds[@]}"; do
        hy_note "running in $HYDRON_CONTAINER: $cmd"
        docker exec "$HYDRON_CONTAINER" sh -c "$cmd" 2>&1 || hy_fail "$HY_EXIT_FAILED" "post-deploy command failed: $cmd"
        hy_changed "ran: $cmd"
    done
    if [ -d "$RELEASE_DIR" ]; then : >"$marker"; fi
}

# Stops the project's app containers that the current release does not use; removes the
# containers, images and folders of releases beyond the last HYDRON_KEEP.
step_cleanup() {
    deploy_inputs
    hy_require_match HYDRON_KEEP '^[1-9][0-9]?$' "a number of releases"
    local current keep=() r line
    current="$(cat "$PROJECT_DIR/current" 2>/dev/null || true)"
    [ -n "$current" ] || { hy_skipped "no current release"; return 0; }
    # The last HYDRON_KEEP distinct releases, newest first.
    while read -r _ r; do
        [[ " ${keep[*]} " == *" $r "* ]] && continue
        keep+=("$r")
        [ "${#keep[@]}" -ge "$HYDRON_KEEP" ] && break
    done < <(tac "$PROJECT_DIR/releases.log" 2>/dev/null)
    local live=() kept=()
    mapfile -t live <"$PROJECT_DIR/releases/$current/containers"
    for r in "${keep[@]}"; do
        [ -f "$PROJECT_DIR/releases/$r/containers" ] && mapfile -t -O "${#kept[@]}" kept <"$PROJECT_DIR/releases/$r/containers"
    done
    # Two listings, read at the same time: the project's containers (name, role, state, image)
    # and its images. Nothing else is asked of Docker unless there is something to remove.
    local images c role state image used=()
    images="$(mktemp)"
    docker images --filter "label=dev.hydron.project=$HYDRON_PROJECT" --format '{{.Repository}}:{{.Tag}}' >"$images" &
    local lister=$!
    while IFS=$'\t' read -r c role state image; do
        [ -n "$c" ] || continue
        if [ "$role" != app ] || [[ " ${live[*]} " == *" $c "* ]]; then
            used+=("$image")
        elif [[ " ${kept[*]} " == *" $c "* ]]; then
            used+=("$image")
            if [ "$state" = running ]; then
                docker stop -t 10 "$c" >/dev/null
                hy_changed "stopped $c (kept for rollback)"
            fi
        else
            docker rm -f "$c" >/dev/null
            rm -f -- "$ENV_DIR/$c.env"
            hy_changed "removed $c (its release is no longer kept)"
        fi
    done < <(docker ps -a --filter "label=dev.hydron.project=$HYDRON_PROJECT" \
        --format '{{.Names}}	{{.Label "dev.hydron.role"}}	{{.State}}	{{.Image}}')
    wait "$lister" || { rm -f -- "$images"; hy_fail "$HY_EXIT_FAILED" "docker could not list the project's images"; }
    for r in "$PROJECT_DIR"/releases/*/; do
        r="$(basename "$r")"
        [[ " ${keep[*]} " == *" $r "* ]] && continue
        rm -rf -- "${PROJECT_DIR:?}/releases/$r"
        hy_changed "removed release folder $r"
    done
    local img
    while read -r img; do
        [ -n "$img" ] || continue
        printf '%s\n' "${used[@]}" | grep -qxF -- "$img" && continue
        docker rmi "$img" >/dev/null 2>&1 && hy_changed "removed image $img"
    done <"$images"
    rm -f -- "$images"
    hy_fact releases_kept "${keep[*]}"
    true
}

step_rollback() {
    deploy_inputs
    local current target="${HYDRON_TARGET:-}" r
    current="$(cat "$PROJECT_DIR/current" 2>/dev/null || true)"
    if [ -z "$target" ]; then
        while read -r _ r; do
            [ "$r" != "$current" ] && [ -f "$PROJECT_DIR/releases/$r/containers" ] && { target="$r"; break; }
        done < <(tac "$PROJECT_DIR/releases.log" 2>/dev/null)
        [ -n "$target" ] || hy_fail "$HY_EXIT_BAD_INPUT" "there is no earlier release to roll back to"
    fi
    [[ "$target" =~ ^[a-z0-9][a-z0-9-]{0,62}$ ]] || hy_fail "$HY_EXIT_BAD_INPUT" "invalid release id"
    local dir="$PROJECT_DIR/releases/$target"
    { [ -f "$dir/containers" ] && [ -f "$dir/site.caddy" ]; } || hy_fail "$HY_EXIT_BAD_INPUT" "release $target is not kept on this server"
    local c running
    while read -r c; do
        [ -n "$c" ] || continue
        running="$(docker container inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" \
            || hy_fail "$HY_EXIT_FAILED" "container $c of release $target is gone"
        if [ "$running" = true ]; then
            hy_unchanged "$c is running"
        else
            docker start "$c" >/dev/null
            hy_changed "started $c"
        fi
        health_gate "$c" "${HYDRON_HEALTH_WAIT:-120}" || hy_fail "$HY_EXIT_FAILED" "$c of release $target is not healthy; nothing was switched"
    done <"$dir/containers"
    install_site "$(cat "$dir/site.caddy")"
    if [ "$current" != "$target" ]; then
        record_release "$target"
        hy_changed "release $target is now the current one"
    fi
    local live=()
    mapfile -t live <"$dir/containers"
    while read -r c; do
        [ -n "$c" ] || continue
        [[ " ${live[*]} " == *" $c "* ]] && continue
        docker stop -t 10 "$c" >/dev/null && hy_changed "stopped $c"
    done < <(docker ps --filter "label=dev.hydron.project=$HYDRON_PROJECT" --filter label=dev.hydron.role=app --format '{{.Names}}')
    hy_fact release "$target"
}

deploy_main() {
    local step="$1"
    shift
    HY_STEP="$step"
    hy_load_env "${1:-}"
    ENV_PATH="${1:-}"
    case "$step" in
        prepare) step_prepare ;;
        build) step_build ;;
        start) step_start ;;
        switch) step_switch ;;
        post-deploy) step_post_deploy ;;
        cleanup) step_cleanup ;;
        rollback) step_rollback ;;
        *) hy_fail "$HY_EXIT_BAD_INPUT" "unknown deploy step $step" ;;
    esac
}
