#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite: Debian's postgresql, its own
# data directory, listening on 127.0.0.1 only.
# Usage: test-db.sh start [--keep-data]|stop|restart [SECONDS DOWN]|url|createdb NAME [TEMPLATE]
# (--keep-data: start on the data of the last run if there is one; scripts/stack.sh keeps its database so)
set -euo pipefail

PORT="${TEST_DB_PORT:-54329}"
RUN_DIR="${TEST_DB_DIR:-/tmp/clusterpolisee-test-db}"
DATA_DIR="$RUN_DIR/data"
# PostgreSQL refuses to run as root, so the server runs as the postgres user Debian creates.
DB_USER_OS="postgres"

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && echo "$dir"
}

as_pg() {
    if [ "$(id -u)" = "0" ]; then runuser -u "$DB_USER_OS" -- "$@"; else "$@"; fi
}

install() {
    if [ -z "$(pg_bin)" ]; then
        echo "Installing PostgreSQL from Debian's packages…"
        if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    fi
}

run_server() {
    # fsync off: the data is thrown away after the run, and the suite runs faster without it.
    as_pg "$1/pg_ctl" -D "$DATA_DIR" -l "$RUN_DIR/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $PORT -k $RUN_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
}

start() {
    install
    local bin
    bin=$(pg_bin)
    stop >/dev/null 2>&1 || true
    if [ "${1:-}" = "--keep-data" ] && [ -f "$DATA_DIR/PG_VERSION" ]; then
        run_server "$bin"
        echo "PostgreSQL ready at $(url)"
        return
    fi
    rm -rf "$RUN_DIR"
    mkdir -p "$DATA_DIR"
    if [ "$(id -u)" = "0" ]; then chown -R "$DB_USER_OS" "$RUN_DIR"; else DB_USER_OS="$(id -un)"; fi
    as_pg "$bin/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    run_server "$bin"
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U postgres clusterpolisee
    echo "PostgreSQL ready at $(url)"
}

stop() {
    local bin
    bin=$(pg_bin) || return 0
    [ -d "$DATA_DIR" ] && as_pg "$bin/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
}

# Down for a few seconds, then up on the same data (fault tests: connections drop, the databases stay).
restart() {
    local bin
    bin=$(pg_bin)
    as_pg "$bin/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null
    sleep "${1:-0}"
    run_server "$bin"
}

url() {
    echo "postgres://postgres@127.0.0.1:$PORT/clusterpolisee"
}

# A new database, empty or a copy of TEMPLATE (a cheap file copy inside the server).
createdb() {
    as_pg "$(pg_bin)/createdb" -h 127.0.0.1 -p "$PORT" -U postgres ${2:+--template="$2"} "$1"
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop ;;
    restart) restart "${2:-0}" ;;
    url) url ;;
    createdb) createdb "$2" "${3:-}" ;;
    *) echo "usage: $0 start [--keep-data]|stop|restart [SECONDS DOWN]|url|createdb NAME [TEMPLATE]" >&2; exit 2 ;;
esac
