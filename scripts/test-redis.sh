#!/usr/bin/env bash
# A throwaway Redis for the test suite: Debian's redis-server, its own directory, listening on
# 127.0.0.1 only, nothing written to disk. The rate-limit tests count in it from several processes,
# as production's workers do. Usage: test-redis.sh start|stop|url
set -euo pipefail

PORT="${TEST_REDIS_PORT:-56379}"
RUN_DIR="${TEST_REDIS_DIR:-/tmp/clusterpolisee-test-redis}"

install() {
    if ! command -v redis-server >/dev/null; then
        echo "Installing Redis from Debian's packages…"
        if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
    fi
}

start() {
    install
    stop
    rm -rf "$RUN_DIR"
    mkdir -p "$RUN_DIR"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$PORT" --dir "$RUN_DIR" \
        --pidfile "$RUN_DIR/redis.pid" --logfile "$RUN_DIR/redis.log" --save "" --appendonly no
    for _ in $(seq 50); do
        redis-cli -p "$PORT" ping >/dev/null 2>&1 && { echo "Redis ready at $(url)"; return; }
        sleep 0.1
    done
    echo "Redis did not start; see $RUN_DIR/redis.log" >&2
    exit 1
}

stop() {
    local pid
    pid=$(cat "$RUN_DIR/redis.pid" 2>/dev/null) || return 0
    # Only our server: a stale pid file may name another process by now.
    if [ "$(ps -p "$pid" -o comm= 2>/dev/null)" = "redis-server" ]; then
        kill "$pid"
        # Gone before a new server takes the port (a restart under load found it still bound).
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/redis.pid"
}

url() {
    echo "redis://127.0.0.1:$PORT/0"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
