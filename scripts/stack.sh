#!/usr/bin/env bash
# The production topology on this machine (`make stack`): PostgreSQL, Redis (the shared cache and
# rate-limit counters), a two-node OpenSearch cluster with one replica of every index, two gunicorn
# instances with production settings, two task workers, and Varnish in front of both gunicorns.
# Beside each gunicorn instance, a one-worker gunicorn (its refresh lane) serves only Varnish's
# background refetches of stale pages: a published change shows at once, however long the queue.
# State lives in $STACK_DIR (var/stack): the database and uploads survive a stop; the search
# indexes and the cache are rebuilt on every start.
#
#   scripts/stack.sh start              start everything (migrations, static files, demo content once)
#   scripts/stack.sh stop               stop everything
#   scripts/stack.sh status             what runs, and where
#   scripts/stack.sh env                the environment of the site's processes (source it to run manage.py)
#   scripts/stack.sh start-web N        start gunicorn instance N (1 or 2), and its refresh lane, again,
#                                       e.g. after a fault test
#   scripts/stack.sh start-worker N     start task worker N again
#   scripts/stack.sh start-search N     start search node N again (it rejoins the cluster)
#   scripts/stack.sh restart-redis      Redis down and up again (empty: it is only a cache)
#   scripts/stack.sh restart-db [SECS]  PostgreSQL down for SECS seconds, then up on the same data
#
# Ports (override when taken):
#   STACK_WEB_PORTS=8001,8002  STACK_REFRESH_PORTS=8011,8012  VARNISH_PORT=6081  STACK_DB_PORT=54330  STACK_REDIS_PORT=56380
#   STACK_SEARCH_PORTS=9211,9212  STACK_SEARCH_TRANSPORT_PORTS=9411,9412
# Others: STACK_WEB_WORKERS (gunicorn workers per instance, 2), STACK_SEARCH_JAVA_OPTS (heap per node),
# EMAIL_HOST/EMAIL_PORT (SMTP relay of the task workers; without them mail goes to the worker logs).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
BIN=$REPO/.venv/bin

STACK_DIR=$(realpath -m -- "${STACK_DIR:-var/stack}")
IFS=, read -r -a WEB_PORTS <<< "${STACK_WEB_PORTS:-8001,8002}"
IFS=, read -r -a REFRESH_PORTS <<< "${STACK_REFRESH_PORTS:-8011,8012}"
IFS=, read -r -a SEARCH_PORTS <<< "${STACK_SEARCH_PORTS:-9211,9212}"
IFS=, read -r -a TRANSPORT_PORTS <<< "${STACK_SEARCH_TRANSPORT_PORTS:-9411,9412}"
VARNISH_PORT=${VARNISH_PORT:-6081}
DB_PORT=${STACK_DB_PORT:-54330}
REDIS_PORT=${STACK_REDIS_PORT:-56380}
WEB_WORKERS=${STACK_WEB_WORKERS:-2}
SEARCH_JAVA_OPTS=${STACK_SEARCH_JAVA_OPTS:--Xms512m -Xmx512m}

log() { printf 'stack: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# The existing throwaway-server scripts, pointed at the stack's own ports and directories.
db() { TEST_DB_PORT=$DB_PORT TEST_DB_DIR=$STACK_DIR/postgres scripts/test-db.sh "$@"; }
redis() { TEST_REDIS_PORT=$REDIS_PORT TEST_REDIS_DIR=$STACK_DIR/redis scripts/test-redis.sh "$@"; }
search() { # N command...
    local n=$1; shift
    local seeds="127.0.0.1:${TRANSPORT_PORTS[0]},127.0.0.1:${TRANSPORT_PORTS[1]}"
    CLUSTERPOLISEE_SEARCH_RUN=$STACK_DIR/search-$n CLUSTERPOLISEE_SEARCH_PORT=${SEARCH_PORTS[$((n - 1))]} \
        CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT=${TRANSPORT_PORTS[$((n - 1))]} CLUSTERPOLISEE_SEARCH_SEEDS=$seeds \
        CLUSTERPOLISEE_SEARCH_NODE=node-$n CLUSTERPOLISEE_SEARCH_MANAGERS=node-1 \
        CLUSTERPOLISEE_SEARCH_CLUSTER=clusterpolisee-stack CLUSTERPOLISEE_SEARCH_JAVA_OPTS=$SEARCH_JAVA_OPTS \
        CLUSTERPOLISEE_SEARCH_TIMEOUT=${CLUSTERPOLISEE_SEARCH_TIMEOUT:-400} \
        env -u SEARCH_URL "$BIN/python" scripts/search_server.py "$@"  # the stack's own nodes, whatever SEARCH_URL says
}
search_url() { echo "http://127.0.0.1:${SEARCH_PORTS[0]},http://127.0.0.1:${SEARCH_PORTS[1]}"; }
varnish() {
    VARNISH_PORT=$VARNISH_PORT VARNISH_DIR=$STACK_DIR/varnish \
        VARNISH_BACKENDS="127.0.0.1:${WEB_PORTS[0]},127.0.0.1:${WEB_PORTS[1]}" \
        VARNISH_REFRESH_BACKENDS="127.0.0.1:${REFRESH_PORTS[0]},127.0.0.1:${REFRESH_PORTS[1]}" scripts/varnish.sh "$@"
}

port_free() {
    python3 -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null
}

alive() { # pid file -> the pid, if that process still runs
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

write_env() {
    mkdir -p "$STACK_DIR"
    # Generated once: sessions and signed links stay valid across restarts of the stack.
    [[ -s $STACK_DIR/secret-key ]] || { python3 -c 'import secrets; print(secrets.token_urlsafe(50))' > "$STACK_DIR/secret-key"; chmod 600 "$STACK_DIR/secret-key"; }
    local site_url=${SITE_URL:-http://localhost:$VARNISH_PORT}
    cat > "$STACK_DIR/env" <<EOF
export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY='$(cat "$STACK_DIR/secret-key")'
export ALLOWED_HOSTS=localhost,127.0.0.1
export SITE_URL=$site_url
export CSRF_TRUSTED_ORIGINS=$site_url,http://127.0.0.1:$VARNISH_PORT
export DATABASE_URL=$(db url)
export CACHE_URL=redis://127.0.0.1:$REDIS_PORT/0
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
export SEARCH_URL=$(search_url)
export SEARCH_REPLICAS=1
export SEARCH_COMPOUND_WORDS=1  # scripts/search_server.py gives each node the word lists
export VAR_DIR=$STACK_DIR
export STATIC_ROOT=$STACK_DIR/static
export MEDIA_ROOT=$STACK_DIR/media
export PRIVATE_MEDIA_ROOT=$STACK_DIR/private
# Varnish is the one proxy in front of gunicorn; no TLS on this machine.
export TRUSTED_PROXY_COUNT=1
export SECURE_SSL_REDIRECT=false
export SECURE_HSTS_SECONDS=0
export VARNISH_URL=http://127.0.0.1:$VARNISH_PORT
# Publishing purges the changed pages from Varnish (purging/).
export FRONTEND_CACHE_URL=http://127.0.0.1:$VARNISH_PORT
EOF
    if [[ -n ${EMAIL_HOST:-} ]]; then
        cat >> "$STACK_DIR/env" <<EOF
export EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
export EMAIL_HOST=$EMAIL_HOST
export EMAIL_PORT=${EMAIL_PORT:-25}
EOF
    fi
    # Extra settings for the site's processes (e.g. the benchmark's or the tests' limits).
    [[ -z ${STACK_EXTRA_ENV:-} ]] || printf '%s\n' "$STACK_EXTRA_ENV" >> "$STACK_DIR/env"
}

load_env() { # shellcheck disable=SC1091
    source "$STACK_DIR/env"
}

start_web() {
    start_gunicorn "web-$1" "${WEB_PORTS[$(($1 - 1))]}" "$WEB_WORKERS" "gunicorn $1"
    start_gunicorn "refresh-$1" "${REFRESH_PORTS[$(($1 - 1))]}" 1 "refresh lane $1"
}

start_gunicorn() { # name port workers description
    local name=$1 port=$2 workers=$3 description=$4
    if alive "$STACK_DIR/$name.pid" >/dev/null; then return; fi
    (load_env && cd "$REPO" && "$BIN/gunicorn" config.wsgi --bind "127.0.0.1:$port" --workers "$workers" \
        --pid "$STACK_DIR/$name.pid" --error-logfile "$STACK_DIR/$name.log" --daemon --timeout 30 \
        --control-socket "$STACK_DIR/$name.ctl")  # its own: the default path is one per user, not per instance
    for _ in $(seq 100); do
        python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$port" 2>/dev/null \
            && { log "$description on http://127.0.0.1:$port"; return; }
        sleep 0.2
    done
    die "$description did not start; see $STACK_DIR/$name.log"
}

start_worker() {
    local n=$1
    if alive "$STACK_DIR/worker-$n.pid" >/dev/null; then return; fi
    # The id names the worker (and its start), so its tasks can be told apart in the task table.
    (load_env && cd "$REPO" && exec setsid "$BIN/python" manage.py db_worker --queue-name '*' --interval 0.5 \
        --worker-id "worker-$n-$(date +%s%N)" >> "$STACK_DIR/worker-$n.log" 2>&1 < /dev/null) &
    echo $! > "$STACK_DIR/worker-$n.pid"
    log "task worker $n (pid $!)"
}

start_varnish() {
    [[ -x scripts/varnish.sh ]] || die "scripts/varnish.sh is missing"
    varnish start >/dev/null
    log "Varnish on $(varnish url)"
}

wait_green() { # every index has its replica on the other node
    local url=http://127.0.0.1:${SEARCH_PORTS[0]}
    python3 - "$url" <<'EOF'
import sys, time, urllib.request
deadline = time.monotonic() + 300
while True:
    try:
        with urllib.request.urlopen(sys.argv[1] + "/_cluster/health?wait_for_status=green&wait_for_nodes=2&timeout=5s", timeout=10) as r:
            if b'"status":"green"' in r.read():
                break
    except Exception:
        pass
    if time.monotonic() > deadline:
        sys.exit("the search cluster is not green after 300 s")
    time.sleep(1)
EOF
}

cmd_start() {
    local port
    for port in "${WEB_PORTS[@]}" "${REFRESH_PORTS[@]}" "${SEARCH_PORTS[@]}" "${TRANSPORT_PORTS[@]}" "$VARNISH_PORT" "$DB_PORT" "$REDIS_PORT"; do
        port_free "$port" || die "port $port is taken (stop the stack, or choose other ports: see scripts/stack.sh)"
    done
    write_env
    db start --keep-data >/dev/null
    redis start >/dev/null
    log "PostgreSQL on $(db url), Redis on $(redis url)"
    # The first node bootstraps the cluster alone; the second joins it (discovery on 127.0.0.1).
    search 1 start >/dev/null
    search 2 start >/dev/null
    log "search cluster on $(search_url)"
    (
        load_env
        "$BIN/python" manage.py migrate --no-input -v 0
        "$BIN/python" manage.py move_private_uploads
        "$BIN/python" manage.py collectstatic --no-input -v 0
        "$BIN/python" manage.py load_demo --if-empty
        # The search indexes are new on every start: fill them from the database.
        "$BIN/python" manage.py rebuild_search_index
    ) >> "$STACK_DIR/setup.log" 2>&1 || { tail -n 30 "$STACK_DIR/setup.log" >&2; die "setup failed"; }
    wait_green
    start_web 1
    start_web 2
    start_worker 1
    start_worker 2
    start_varnish
    local admin
    admin=$(load_env && "$BIN/python" manage.py ensure_admin)
    cat <<EOF

ClusterPoliSEE runs on $(. "$STACK_DIR/env" && echo "$VARNISH_URL")/ (Varnish in front of gunicorn on ports ${WEB_PORTS[*]})
$admin
Admin: $(. "$STACK_DIR/env" && echo "$VARNISH_URL")/admin/   Stop everything with: make stack-stop
EOF
}

stop_pid() { # pid file, name
    local pid
    if pid=$(alive "$1"); then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        log "stopped $2"
    fi
    rm -f "$1"
}

cmd_stop() {
    [[ -x scripts/varnish.sh ]] && varnish stop >/dev/null 2>&1 || true
    stop_pid "$STACK_DIR/web-1.pid" "gunicorn 1"
    stop_pid "$STACK_DIR/web-2.pid" "gunicorn 2"
    stop_pid "$STACK_DIR/refresh-1.pid" "refresh lane 1"
    stop_pid "$STACK_DIR/refresh-2.pid" "refresh lane 2"
    stop_pid "$STACK_DIR/worker-1.pid" "task worker 1"
    stop_pid "$STACK_DIR/worker-2.pid" "task worker 2"
    search 2 stop 2>/dev/null || true
    search 1 stop 2>/dev/null || true
    redis stop || true
    db stop || true
    log "stopped"
}

cmd_status() {
    local n pid
    for n in 1 2; do
        pid=$(alive "$STACK_DIR/web-$n.pid") && echo "gunicorn $n: pid $pid, http://127.0.0.1:${WEB_PORTS[$((n - 1))]}" || echo "gunicorn $n: down"
        pid=$(alive "$STACK_DIR/refresh-$n.pid") && echo "refresh lane $n: pid $pid, http://127.0.0.1:${REFRESH_PORTS[$((n - 1))]}" || echo "refresh lane $n: down"
        pid=$(alive "$STACK_DIR/worker-$n.pid") && echo "task worker $n: pid $pid" || echo "task worker $n: down"
    done
    python3 -c 'import sys,urllib.request; print(urllib.request.urlopen(sys.argv[1] + "/_cat/nodes?h=name,http", timeout=5).read().decode(), end="")' \
        "http://127.0.0.1:${SEARCH_PORTS[0]}" 2>/dev/null || echo "search node 1: down"
    echo "Varnish: $(varnish url 2>/dev/null || echo '?')"
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    env) [[ -f $STACK_DIR/env ]] || write_env; cat "$STACK_DIR/env" ;;
    start-web) start_web "${2:?N}" ;;
    start-worker) start_worker "${2:?N}" ;;
    restart-workers) # with EMAIL_HOST/EMAIL_PORT of the caller if set (the fault tests' SMTP server)
        stop_pid "$STACK_DIR/worker-1.pid" "task worker 1"; stop_pid "$STACK_DIR/worker-2.pid" "task worker 2"
        if [[ -n ${EMAIL_HOST:-} ]]; then
            printf 'export EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend\nexport EMAIL_HOST=%s\nexport EMAIL_PORT=%s\n' \
                "$EMAIL_HOST" "${EMAIL_PORT:-25}" >> "$STACK_DIR/env"
        fi
        [[ -z ${STACK_EXTRA_ENV:-} ]] || printf '%s\n' "$STACK_EXTRA_ENV" >> "$STACK_DIR/env"
        start_worker 1; start_worker 2 ;;
    start-search) search "${2:?N}" start >/dev/null && wait_green ;;
    restart-redis) redis stop && redis start >/dev/null ;;
    restart-db) db restart "${2:-0}" ;;
    *) echo "usage: $0 start|stop|status|env|start-web N|start-worker N|start-search N|restart-redis|restart-db [SECS]" >&2; exit 2 ;;
esac
