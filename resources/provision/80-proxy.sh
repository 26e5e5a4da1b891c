#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# proxy: Caddy as the reverse proxy in front of every project, ready for later deploys.
# - Docker network `hydron` (label dev.hydron.managed=true): projects attach their public
#   services to it;
# - /opt/hydron/proxy/Caddyfile importing every /opt/hydron/proxy/sites/*.caddy (one file per
#   project, written by deploys), validated with `caddy validate` before it is used;
# - volumes hydron-caddy-data (/data: certificates) and hydron-caddy-config (/config);
# - container `hydron-proxy` (labels dev.hydron.managed=true, dev.hydron.role=proxy), ports
#   80, 443 and 443/udp, restart unless-stopped; /opt/hydron/proxy is mounted read-only at
#   /etc/caddy. A container whose settings differ from these is recreated; a changed
#   Caddyfile is reloaded without a restart (`caddy reload`).
# Needs the docker and layout steps. Deploys add a site with
#   write /opt/hydron/proxy/sites/PROJECT.caddy, then
#   docker exec hydron-proxy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile
# Inputs: HYDRON_PROXY_IMAGE (default caddy:2; pulled when missing),
#         HYDRON_ACME_EMAIL (optional: the address Let's Encrypt may write to).
set -euo pipefail
declare -F hy_result >/dev/null || { echo "send common.sh before this step (see README.md)" >&2; exit 64; }
HY_STEP=proxy

name=hydron-proxy
network=hydron
dir=/opt/hydron/proxy

caddy_reload() { docker exec "$name" caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile >/dev/null 2>&1; }

ensure_network() {
    if docker network inspect "$network" >/dev/null 2>&1; then
        [ "$(docker network inspect -f '{{index .Labels "dev.hydron.managed"}}' "$network")" = true ] \
            || hy_fail "$HY_EXIT_REFUSED" "a Docker network named '$network' exists that Hydron did not create; rename or remove it"
        hy_unchanged "Docker network $network exists"
    else
        docker network create --label dev.hydron.managed=true "$network" >/dev/null
        hy_changed "created Docker network $network"
    fi
}

ensure_volume() {
    local vol="$1"
    if docker volume inspect "$vol" >/dev/null 2>&1; then
        hy_unchanged "Docker volume $vol exists"
    else
        docker volume create --label dev.hydron.managed=true "$vol" >/dev/null
        hy_changed "created Docker volume $vol"
    fi
}

ensure_image() {
    local image="$1"
    if docker image inspect "$image" >/dev/null 2>&1; then
        hy_unchanged "image $image is present"
        return 0
    fi
    docker pull -q "$image" >/dev/null 2>&1 \
        || hy_fail "$HY_EXIT_UNAVAILABLE" "the proxy image $image is not on the server and could not be pulled"
    hy_changed "pulled image $image"
}

# Validates a Caddyfile folder with the proxy image itself, before it is put in place.
validate_caddyfile() {
    local image="$1" folder="$2" out
    out="$(docker run --rm --network none -v "$folder:/etc/caddy:ro" --label dev.hydron.managed=true \
        "$image" caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile 2>&1)" \
        || hy_fail "$HY_EXIT_FAILED" "caddy validate rejected the Caddyfile: $(tail -n 3 <<<"$out" | tr '\n' ' ')"
}

main() {
    hy_load_env "${1:-}"
    hy_require_root
    local image="${HYDRON_PROXY_IMAGE:-caddy:2}" email="${HYDRON_ACME_EMAIL:-}"
    hy_require_match image '^[a-z0-9][a-z0-9._/:@-]*$' "a Docker image reference"
    [ -z "$email" ] || hy_require_match email '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$' "an e-mail address"
    docker info >/dev/null 2>&1 || hy_fail "$HY_EXIT_UNAVAILABLE" "Docker is not running (run the docker step first)"
    [ -d "$dir/sites" ] || hy_fail "$HY_EXIT_UNAVAILABLE" "$dir/sites is missing (run the layout step first)"

    ensure_image "$image"
    ensure_network
    ensure_volume hydron-caddy-data
    ensure_volume hydron-caddy-config

    local global="{
	# Caddy's admin API stays inside the container (caddy reload uses it).
	admin localhost:2019"
    [ -z "$email" ] || global+="
	email $email"
    local caddyfile="# Managed by Hydron (provisioning step proxy); rewritten on every provisioning.
# Each project's sites live in /opt/hydron/proxy/sites/PROJECT.caddy (here /etc/caddy/sites).
$global
}

import /etc/caddy/sites/*.caddy"
    local caddyfile_changed=0
    if [ -f "$dir/Caddyfile" ] && [ "$(cat "$dir/Caddyfile")" = "$caddyfile" ]; then
        hy_unchanged "$dir/Caddyfile is in place"
    else
        local staging
        staging="$(mktemp -d /run/hydron-proxy-check.XXXXXX)"
        printf '%s\n' "$caddyfile" >"$staging/Caddyfile"
        cp -a "$dir/sites" "$staging/sites"
        validate_caddyfile "$image" "$staging"
        rm -rf "$staging"
        hy_write_file "$dir/Caddyfile" 0644 "$caddyfile" || true
        hy_changed "wrote $dir/Caddyfile (imports $dir/sites/*.caddy; caddy validate passed)"
        caddyfile_changed=1
    fi

    # Everything that defines the container, hashed into a label: a difference means recreate.
    local spec
    spec="image=$image network=$network ports=80,443,443/udp mount=$dir:/etc/caddy:ro volumes=hydron-caddy-data:/data,hydron-caddy-config:/config restart=unless-stopped"
    local hash
    hash="$(printf '%s' "$spec" | sha256sum | cut -c1-16)"

    if docker container inspect "$name" >/dev/null 2>&1; then
        [ "$(docker inspect -f '{{index .Config.Labels "dev.hydron.managed"}}' "$name")" = true ] \
            || hy_fail "$HY_EXIT_REFUSED" "a container named $name exists that Hydron did not create; rename or remove it"
        if [ "$(docker inspect -f '{{index .Config.Labels "dev.hydron.spec"}}' "$name")" != "$hash" ]; then
            docker rm -f "$name" >/dev/null
            hy_changed "removed $name: its settings differed from Hydron's ($spec)"
        fi
    fi
    if docker container inspect "$name" >/dev/null 2>&1; then
        if [ "$(docker inspect -f '{{.State.Running}}' "$name")" = true ]; then
            hy_unchanged "container $name is running ($image)"
            if [ "$caddyfile_changed" = 1 ]; then
                caddy_reload || hy_fail "$HY_EXIT_FAILED" "caddy reload failed in $name"
                hy_changed "reloaded Caddy's configuration in $name"
            fi
        else
            docker start "$name" >/dev/null
            hy_changed "started container $name"
        fi
    else
        docker run -d --name "$name" \
            --label dev.hydron.managed=true --label dev.hydron.role=proxy --label "dev.hydron.spec=$hash" \
            --restart unless-stopped --network "$network" \
            -p 80:80 -p 443:443 -p 443:443/udp \
            -v "$dir:/etc/caddy:ro" -v hydron-caddy-data:/data -v hydron-caddy-config:/config \
            "$image" caddy run --config /etc/caddy/Caddyfile --adapter caddyfile >/dev/null \
            || hy_fail "$HY_EXIT_FAILED" "could not start $name (are ports 80/443 used by another program?)"
        hy_changed "started container $name ($image) on network $network, ports 80 and 443"
    fi

    # It must stay up: a bad configuration makes Caddy exit at once.
    local _
    for _ in $(seq 1 20); do
        docker exec "$name" caddy version >/dev/null 2>&1 && break
        sleep 0.5
    done
    sleep 1
    [ "$(docker inspect -f '{{.State.Running}} {{.State.Restarting}}' "$name")" = "true false" ] || {
        docker logs --tail 10 "$name" >&2 2>&1 || true
        hy_fail "$HY_EXIT_FAILED" "$name is not running (docker logs $name)"
    }
    hy_fact proxy_image "$image"
}

main "$@" </dev/null
