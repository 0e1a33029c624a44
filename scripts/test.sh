#!/usr/bin/env bash
# Starts what the tests need (PostgreSQL, Redis and the search server; SMTP is started by the suite
# itself), runs pytest and stops the services again, whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/.."

# What takes long to start starts in the background while the databases are made ready: for the
# whole suite, the `make run` installation that the journey tests share (two minutes of one core),
# and the real search server (below).
search_starting=""
search_log="$(mktemp)"
# The engine of the runs (SEARCH_ENGINE, OpenSearch by default); the whole suite also runs the search
# tests against Elasticsearch. A server named by SEARCH_URL is used as it is: nothing started, nothing stopped.
engine="${SEARCH_ENGINE:-opensearch}"
search_given="${SEARCH_URL:-}"
search_server() { .venv/bin/python scripts/search_server.py "$@"; }
elasticsearch_starting=""
elasticsearch_log="$(mktemp)"
TEST_SHARED_DIR="$(mktemp -d)"
export TEST_SHARED_DIR
installing=""
if [ $# -eq 0 ]; then
    .venv/bin/python -m tests.journeys.stack "$TEST_SHARED_DIR/make-run-installed/var" \
        >"$TEST_SHARED_DIR/install.log" 2>&1 &
    installing=$!
fi
stop_all() {
    [ -z "$installing" ] || kill "$installing" 2>/dev/null || true
    [ -z "$search_starting" ] || wait "$search_starting" 2>/dev/null || true
    [ -z "$elasticsearch_starting" ] || wait "$elasticsearch_starting" 2>/dev/null || true
    # Each engine named: the last part of the suite exports SEARCH_ENGINE=elasticsearch.
    [ -n "$search_given" ] || SEARCH_ENGINE=$engine search_server stop || true
    [ -z "$elasticsearch_starting" ] || SEARCH_ENGINE=elasticsearch search_server stop || true
    scripts/test-redis.sh stop || true
    scripts/test-db.sh stop || true
    rm -rf "$TEST_SHARED_DIR" "$search_log" "$elasticsearch_log"
}
trap stop_all EXIT

scripts/test-db.sh start
# Redis, where the rate-limit tests count from several processes (as production's workers do).
scripts/test-redis.sh start
# The real search server (OpenSearch from Maven Central, Java from PyPI; half a minute), after the
# two above: on a fresh machine they install Debian packages, whose scripts add system users, as
# this one may (two at once would collide on the lock of /etc/passwd).
SEARCH_ENGINE=$engine search_server start >"$search_log" 2>&1 &
search_starting=$!
if [ $# -eq 0 ] && [ "$engine" = opensearch ] && [ -z "$search_given" ]; then
    SEARCH_ENGINE=elasticsearch search_server start >"$elasticsearch_log" 2>&1 &
    elasticsearch_starting=$!
fi
export DATABASE_URL="$(scripts/test-db.sh url)"
export REDIS_URL="$(scripts/test-redis.sh url)"
export DJANGO_SETTINGS_MODULE=config.settings.test

search_server_ready() {
    wait "$search_starting" || { cat "$search_log" >&2; echo "The search server did not start." >&2; exit 1; }
    cat "$search_log" >&2
    SEARCH_URL="$(SEARCH_ENGINE=$engine search_server url)"
    export SEARCH_URL
}

if [ "${1:-}" = "--bench" ]; then
    shift
    search_server_ready
    # Not exec: the EXIT trap must still stop the servers afterwards.
    .venv/bin/python -m tests.bench "$@"
    exit
fi
.venv/bin/python manage.py check --settings=config.settings.test
.venv/bin/python manage.py makemigrations --check --dry-run --settings=config.settings.test >/dev/null \
    || { echo "Model changes without migrations: run makemigrations." >&2; exit 1; }
if [ $# -gt 0 ]; then
    search_server_ready
    .venv/bin/pytest "$@"
    exit
fi
# The whole suite: one process per core (pytest-xdist; each has its own database, indexes and
# Redis database, a test module stays in one process), then, alone, the tests that need the machine
# to themselves (marked `exclusive`). Both parts always run; either failing fails the suite.
# The two runs share the `make run` installation started above (tests/journeys/conftest.py).
# The test databases are migrated once, then copied for each process (migrating takes 40 s a process);
# pytest-django finds them under its own names (test_<name>, _gw<N> per parallel process) and keeps them.
processes="${TEST_PROCESSES:-$(nproc)}"
test_db="test_${DATABASE_URL##*/}"
scripts/test-db.sh createdb "$test_db"
DATABASE_URL="${DATABASE_URL%/*}/$test_db" .venv/bin/python manage.py migrate --verbosity 0 --settings=config.settings.test
for ((n = 0; n < processes; n++)); do scripts/test-db.sh createdb "${test_db}_gw$n" "$test_db"; done
search_server_ready
status=0
.venv/bin/pytest --reuse-db --numprocesses "$processes" --dist loadfile --durations 15 \
    -m "not stack and not exclusive" || status=$?
# The installation is long done; had it failed, the journey tests made their own and reported why.
installing=""
.venv/bin/pytest --reuse-db --durations 8 -m exclusive || status=$?
# The search tests once more, against Elasticsearch: the same suite must pass on both engines. The
# outage tests stop and freeze the server through scripts/search_server.py, which SEARCH_ENGINE steers.
if [ -n "$elasticsearch_starting" ]; then
    wait "$elasticsearch_starting" || { cat "$elasticsearch_log" >&2; echo "Elasticsearch did not start." >&2; exit 1; }
    cat "$elasticsearch_log" >&2
    export SEARCH_ENGINE=elasticsearch
    # SEARCH_URL still names OpenSearch; without it the script gives Elasticsearch's address.
    SEARCH_URL="$(env -u SEARCH_URL .venv/bin/python scripts/search_server.py url)"
    # Only the tests that reach the server (marked `search_engine`); the others ran above already.
    .venv/bin/pytest --reuse-db --numprocesses "$processes" --dist loadfile tests/search \
        -m "search_engine and not stack and not exclusive" || status=$?
    .venv/bin/pytest --reuse-db tests/search -m "search_engine and exclusive" || status=$?
fi
exit "$status"
