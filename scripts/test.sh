#!/usr/bin/env bash
# Starts what the tests need (PostgreSQL, Redis and the search server; SMTP is started by the suite
# itself), runs pytest and stops the services again, whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/test-db.sh start
trap 'scripts/test-db.sh stop' EXIT
# Redis, where the rate-limit tests count from several processes (as production's workers do).
scripts/test-redis.sh start
trap 'scripts/test-redis.sh stop; scripts/test-db.sh stop' EXIT
# The real search server (OpenSearch from Maven Central, Java from PyPI) beside PostgreSQL.
scripts/search-server.sh start >/dev/null
trap 'scripts/search-server.sh stop; scripts/test-redis.sh stop; scripts/test-db.sh stop' EXIT

export DATABASE_URL="$(scripts/test-db.sh url)"
export REDIS_URL="$(scripts/test-redis.sh url)"
export SEARCH_URL="$(scripts/search-server.sh url)"
export DJANGO_SETTINGS_MODULE=config.settings.test

if [ "${1:-}" = "--bench" ]; then
    shift
    # Not exec: the EXIT trap must still stop the servers afterwards.
    .venv/bin/python -m tests.bench "$@"
    exit
fi
.venv/bin/python manage.py check --settings=config.settings.test
.venv/bin/python manage.py makemigrations --check --dry-run --settings=config.settings.test >/dev/null \
    || { echo "Model changes without migrations: run makemigrations." >&2; exit 1; }
if [ $# -gt 0 ]; then
    .venv/bin/pytest "$@"
    exit
fi
# The whole suite: one process per core (pytest-xdist; each has its own database, indexes and
# Redis database, a test module stays in one process), then, alone, the tests that need the machine
# to themselves (marked `exclusive`). Both parts always run; either failing fails the suite.
# The two runs share what costs minutes to make (the `make run` installation of the journey tests).
TEST_SHARED_DIR="$(mktemp -d)"
export TEST_SHARED_DIR
trap 'rm -rf "$TEST_SHARED_DIR"; scripts/search-server.sh stop; scripts/test-redis.sh stop; scripts/test-db.sh stop' EXIT
# The test databases are migrated once, then copied for each process (migrating takes 40 s a process);
# pytest-django finds them under its own names (test_<name>, _gw<N> per parallel process) and keeps them.
processes="${TEST_PROCESSES:-$(nproc)}"
test_db="test_${DATABASE_URL##*/}"
scripts/test-db.sh createdb "$test_db"
DATABASE_URL="${DATABASE_URL%/*}/$test_db" .venv/bin/python manage.py migrate --verbosity 0 --settings=config.settings.test
for ((n = 0; n < processes; n++)); do scripts/test-db.sh createdb "${test_db}_gw$n" "$test_db"; done
status=0
.venv/bin/pytest --reuse-db --numprocesses "$processes" --dist loadfile --durations 15 \
    -m "not stack and not exclusive" || status=$?
.venv/bin/pytest --reuse-db -m exclusive || status=$?
exit "$status"
