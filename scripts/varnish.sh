#!/usr/bin/env bash
# Varnish in front of the gunicorn instances of scripts/stack.sh: round robin over the backends,
# each probed, a sick one left out until it answers again. Usage: varnish.sh start|stop|url
# Environment: VARNISH_PORT (6081), VARNISH_BACKENDS=host:port,host:port, VARNISH_DIR (state),
# VARNISH_PROBE_URL (the path the health probe requests).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${VARNISH_PORT:-6081}
DIR=$(realpath -m -- "${VARNISH_DIR:-var/stack/varnish}")
BACKENDS=${VARNISH_BACKENDS:-127.0.0.1:8001,127.0.0.1:8002}
PROBE_URL=${VARNISH_PROBE_URL:-/robots.txt}

install() {
    if ! command -v varnishd >/dev/null; then
        echo "Installing Varnish from Debian's packages…" >&2
        if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq varnish >/dev/null
    fi
}

vcl() {
    local n=0 hostport
    echo 'vcl 4.1;'
    echo 'import directors;'
    echo "probe health { .url = \"$PROBE_URL\"; .interval = 1s; .timeout = 2s; .window = 3; .threshold = 2; }"
    IFS=, read -r -a list <<< "$BACKENDS"
    for hostport in "${list[@]}"; do
        n=$((n + 1))
        echo "backend web$n { .host = \"${hostport%:*}\"; .port = \"${hostport##*:}\"; .probe = health; .connect_timeout = 1s; .first_byte_timeout = 30s; }"
    done
    echo 'sub vcl_init { new web = directors.round_robin();'
    for ((i = 1; i <= n; i++)); do echo "  web.add_backend(web$i);"; done
    echo '}'
    cat <<'EOF'
sub vcl_recv {
    set req.backend_hint = web.backend();
    # A request whose backend fell over between two probes is tried once more on another backend.
    if (req.restarts == 0) { set req.http.X-Forwarded-Proto = "http"; }
}
sub vcl_backend_error {
    if (bereq.retries < 1) { return (retry); }
}
sub vcl_backend_response {
    if (beresp.status >= 500 && beresp.status != 503 && bereq.method == "GET" && bereq.retries < 1) { return (retry); }
}
EOF
}

start() {
    install
    stop
    mkdir -p "$DIR"
    vcl > "$DIR/default.vcl"
    varnishd -a "127.0.0.1:$PORT" -f "$DIR/default.vcl" -n "$DIR/work" -P "$DIR/varnishd.pid" \
        -s malloc,128m -p default_ttl=60
    for _ in $(seq 50); do
        python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$PORT" 2>/dev/null \
            && { url; return; }
        sleep 0.1
    done
    echo "Varnish did not start" >&2
    exit 1
}

stop() {
    local pid
    pid=$(cat "$DIR/varnishd.pid" 2>/dev/null) || return 0
    if [ "$(ps -p "$pid" -o comm= 2>/dev/null)" = "varnishd" ]; then kill "$pid"; fi
    rm -f "$DIR/varnishd.pid"
}

url() { echo "http://127.0.0.1:$PORT"; }

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
