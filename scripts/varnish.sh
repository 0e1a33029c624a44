#!/usr/bin/env bash
# A Varnish of its own in front of the application servers: Debian's varnishd (not the system
# service), a throwaway directory, the VCL of deploy/varnish/default.vcl with the backends filled in.
# Usage: varnish.sh start|stop|url
#   VARNISH_PORT      where it listens (default 6081)
#   VARNISH_LISTEN    on which address (default 127.0.0.1)
#   VARNISH_BACKENDS  host:port[,host:port…] of the application servers, taken in turn (default 127.0.0.1:8000)
#   VARNISH_REFRESH_BACKENDS  host:port[,…] of servers kept for refreshing stale pages (optional; see the VCL)
#   VARNISH_PURGERS   addresses or networks allowed to purge besides localhost, comma-separated
#   VARNISH_DIR       its directory (default /tmp/clusterpolisee-varnish-$VARNISH_PORT)
#   VARNISH_MEMORY    cache size (default 256m)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${VARNISH_PORT:-6081}"
LISTEN="${VARNISH_LISTEN:-127.0.0.1}"
BACKENDS="${VARNISH_BACKENDS:-127.0.0.1:8000}"
REFRESH_BACKENDS="${VARNISH_REFRESH_BACKENDS:-}"
PURGERS="${VARNISH_PURGERS:-}"
RUN_DIR="${VARNISH_DIR:-/tmp/clusterpolisee-varnish-$PORT}"
MEMORY="${VARNISH_MEMORY:-256m}"
TEMPLATE="deploy/varnish/default.vcl"

install() {
    # varnish-modules brings xkey, the tag invalidation the application uses.
    if ! command -v varnishd >/dev/null || [ ! -e "$(vmod_dir)/libvmod_xkey.so" ]; then
        echo "Installing Varnish from Debian's packages…"
        if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq varnish varnish-modules >/dev/null
    fi
}

# add_backends NAME LIST: a backend NAME<n> (probed on /healthz) per host:port of the comma-separated
# LIST, appended to $backends; the lines adding them to the director NAME in $added.
add_backends() {
    local name=$1 n=0 entry host port entries
    added=""
    IFS=',' read -ra entries <<<"$2"
    for entry in "${entries[@]}"; do
        entry="${entry// /}"
        [ -n "$entry" ] || continue
        host="${entry%:*}"
        port="${entry##*:}"
        [ "$host" != "$entry" ] || port=80
        n=$((n + 1))
        backends+="backend $name$n {\n    .host = \"$host\";\n    .port = \"$port\";\n    .probe = healthz;\n    .connect_timeout = 1s;\n    .first_byte_timeout = 60s;\n}\n"
        added+="    $name.add_backend($name$n);\n"
    done
}

vmod_dir() {
    ls -d /usr/lib/*/varnish/vmods 2>/dev/null | head -n 1
}

# The VCL with a backend (probed on /healthz) per host:port and the extra purgers.
render_vcl() {
    local backends="" director="" refresh_director="" purgers="" added entry entries
    add_backends app "$BACKENDS"
    director=$added
    [ -n "$director" ] || { echo "VARNISH_BACKENDS names no backend" >&2; exit 2; }
    add_backends refresh_lane "$REFRESH_BACKENDS"
    refresh_director=$added
    IFS=',' read -ra entries <<<"$PURGERS"
    for entry in "${entries[@]}"; do
        entry="${entry// /}"
        [ -n "$entry" ] || continue
        if [[ "$entry" == */* ]]; then
            purgers+="    \"${entry%/*}\"/${entry#*/};\n"
        else
            purgers+="    \"$entry\";\n"
        fi
    done
    awk -v backends="$backends" -v director="$director" -v refresh_director="$refresh_director" -v purgers="$purgers" '
        function expand(s) { gsub(/\\n/, "\n", s); sub(/\n$/, "", s); return s }
        /^@@BACKENDS@@$/ { print expand(backends); next }
        /^@@DIRECTOR@@$/ { print expand(director); next }
        /^@@REFRESH_DIRECTOR@@$/ { if (refresh_director != "") print expand(refresh_director); next }
        /^@@PURGERS@@$/ { if (purgers != "") print expand(purgers); next }
        { print }
    ' "$TEMPLATE"
}

start() {
    install
    stop
    rm -rf "$RUN_DIR"
    mkdir -p "$RUN_DIR"
    render_vcl >"$RUN_DIR/default.vcl"
    local jail=()
    # As root, varnishd drops to Debian's varnish user itself; otherwise it runs as the caller.
    if [ "$(id -u)" = "0" ]; then chmod 755 "$RUN_DIR"; else jail=(-j none); fi
    varnishd "${jail[@]}" -n "$RUN_DIR/work" -P "$RUN_DIR/varnishd.pid" \
        -a "$LISTEN:$PORT" -T none -f "$RUN_DIR/default.vcl" -s "malloc,$MEMORY" \
        -p vmod_path="$(vmod_dir)" >"$RUN_DIR/varnishd.log" 2>&1 \
        || { cat "$RUN_DIR/varnishd.log" >&2; echo "Varnish did not start" >&2; exit 1; }
    for _ in $(seq 50); do
        # Any answer will do (a synthetic 503 while no backend is up yet).
        if curl -s -o /dev/null "$(url)/healthz"; then
            echo "Varnish ready at $(url), in front of $BACKENDS"
            return
        fi
        sleep 0.1
    done
    echo "Varnish did not answer; see $RUN_DIR/varnishd.log" >&2
    exit 1
}

stop() {
    local pid
    pid=$(cat "$RUN_DIR/varnishd.pid" 2>/dev/null) || return 0
    # Only our manager process: a stale pid file may name another process by now.
    if [ "$(ps -p "$pid" -o comm= 2>/dev/null)" = "varnishd" ]; then
        kill "$pid"
        for _ in $(seq 50); do
            ps -p "$pid" >/dev/null 2>&1 || break
            sleep 0.1
        done
    fi
    rm -f "$RUN_DIR/varnishd.pid"
}

url() {
    echo "http://$LISTEN:$PORT"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
