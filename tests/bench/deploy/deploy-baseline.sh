#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench_deploy's baseline: the pyapp fixture deployed by a plain shell script over OpenSSH, doing
# the work Hydron's deploy does on a provisioned server (build, start, health wait, proxy).
#   deploy-baseline.sh deploy SSH_CONFIG HOST CONTEXT_DIR
#       stream the build context into `docker build` (the same Dockerfile and builder as Hydron:
#       the classic one); start redis:7 on a network with a volume and wait for PONG; start the
#       web container (also on the proxy's network `hydron`) and wait for /health with a curl
#       loop; write a Caddy site for app.test and `caddy reload`; run the post-deploy command.
#       Prints `phase NAME MS` lines.
#   deploy-baseline.sh reset SSH_CONFIG HOST
#       (not measured) removes what this script and Hydron deployed for pyapp: containers,
#       built images and the builder cache, networks, volumes, /opt/hydron state, site files;
#       reloads Caddy. Both deploys then start from the same cold state.
# Both waits poll every 0.2 s, as Hydron's health gate does.
set -euo pipefail

cmd="${1:?deploy or reset}"
cfg="${2:?ssh_config}"
host="${3:?host}"
remote() { ssh -F "$cfg" "$host" "$@"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

case "$cmd" in
deploy)
    ctx="${4:?context dir}"
    start="$(now_ms)"
    # Docker applies the context's .dockerignore itself.
    tar -C "$ctx" -cf - . | remote 'docker build -q -t bench/pyapp-web:latest - >/dev/null'
    echo "phase upload+build $(($(now_ms) - start))"
    remote 'bash -s' <<'EOF'
set -euo pipefail
now_ms() { echo $(($(date +%s%N) / 1000000)); }
t="$(now_ms)"
docker network inspect bench-net >/dev/null 2>&1 || docker network create bench-net >/dev/null
docker volume inspect bench-redis-data >/dev/null 2>&1 || docker volume create bench-redis-data >/dev/null
docker run -d --name bench-redis --restart unless-stopped --network bench-net --network-alias redis \
    -v bench-redis-data:/data redis:7 >/dev/null
for i in $(seq 1 240); do
    docker exec bench-redis redis-cli ping 2>/dev/null | grep -q PONG && break
    [ "$i" -lt 240 ] || { echo "redis did not answer" >&2; exit 1; }
    sleep 0.2
done
echo "phase redis $(($(now_ms) - t))"
t="$(now_ms)"
umask 077
printf 'REDIS_HOST=redis\nSECRET_TOKEN=bench-token\n' >/root/bench-web.env
docker create --name bench-web --restart unless-stopped --network bench-net --network-alias web \
    --env-file /root/bench-web.env bench/pyapp-web:latest >/dev/null
docker network connect hydron bench-web
docker start bench-web >/dev/null
ip="$(docker inspect -f '{{(index .NetworkSettings.Networks "bench-net").IPAddress}}' bench-web)"
for i in $(seq 1 240); do
    curl -sf -m 3 -o /dev/null "http://$ip:8000/health" && break
    [ "$i" -lt 240 ] || { echo "web did not become healthy" >&2; exit 1; }
    sleep 0.2
done
echo "phase web $(($(now_ms) - t))"
t="$(now_ms)"
printf 'http://app.test {\n    reverse_proxy bench-web:8000\n}\n' >/opt/hydron/proxy/sites/bench.caddy
docker exec hydron-proxy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile >/dev/null 2>&1
docker exec bench-web sh -c 'test -f /app/app.py'
echo "phase proxy+post-deploy $(($(now_ms) - t))"
EOF
    ;;
reset)
    remote 'bash -s' <<'EOF'
set -uo pipefail
ids="$(docker ps -aq --filter label=dev.hydron.project=pyapp)"
[ -z "$ids" ] || docker rm -f $ids >/dev/null
docker rm -f bench-web bench-redis >/dev/null 2>&1
imgs="$(docker images -q --filter label=dev.hydron.project=pyapp | sort -u)"
[ -z "$imgs" ] || docker rmi -f $imgs >/dev/null
docker rmi -f bench/pyapp-web:latest >/dev/null 2>&1
docker image prune -f >/dev/null
docker builder prune -af >/dev/null 2>&1
docker network rm pyapp-internal bench-net >/dev/null 2>&1
docker volume rm pyapp-redis-data bench-redis-data >/dev/null 2>&1
rm -rf /opt/hydron/projects/pyapp /opt/hydron/env/pyapp /root/bench-web.env \
    /opt/hydron/proxy/sites/pyapp.caddy /opt/hydron/proxy/sites/bench.caddy
docker exec hydron-proxy caddy reload --config /etc/caddy/Caddyfile --adapter caddyfile >/dev/null 2>&1
sync
exit 0
EOF
    ;;
*)
    echo "usage: $0 deploy|reset SSH_CONFIG HOST [CONTEXT_DIR]" >&2
    exit 2
    ;;
esac
