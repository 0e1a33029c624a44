#!/usr/bin/env bash
# Serves the site on its embedded defaults: the web server, the task worker that
# sends e-mail and updates the search index, and the scheduler of timed publishing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
# Only this machine can reach the dev server (DEBUG is on); HOST=0.0.0.0 opens it to the
# network, with ALLOWED_HOSTS set to the name others use to reach it.
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"
# E-mails the worker sends carry no request: their links point at this server.
export SITE_URL="${SITE_URL:-http://localhost:$PORT}"

pids=()
search_started=""
# A run directory of its own: `make test` on the same checkout starts (and stops) the suite's engine beside it.
search_server() { CLUSTERPOLISEE_SEARCH_RUN="${TMPDIR:-/tmp}/clusterpolisee-make-run-search-$PORT" $BIN/python scripts/search_server.py "$@"; }
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    [ -z "$search_started" ] || search_server stop >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

# The real search engine, as in production: stemming in every language, facets, highlights. The
# test suite's script starts it (OpenSearch; SEARCH_ENGINE=elasticsearch for Elasticsearch) unless
# SEARCH_URL names one already, or SEARCH=db asks for the database backend. When it cannot start,
# the site searches with the database backend and says so.
if [ "${SEARCH:-}" = "db" ]; then
    unset SEARCH_URL
elif [ -z "${SEARCH_URL:-}" ]; then
    echo "Starting the search engine (half a minute; SEARCH=db to do without)…"
    search_log="${VAR_DIR:-var}/search-server.log"
    if search_server start >"$search_log" 2>&1; then
        search_started=yes
        SEARCH_URL="$(search_server url)"
        # The script puts the compound word lists into the engine's config directory.
        export SEARCH_COMPOUND_WORDS=1
    else
        echo "The search engine did not start ($search_log): searching with the database instead." >&2
    fi
fi
if [ -n "${SEARCH_URL:-}" ]; then
    export SEARCH_URL
    # Its indexes live as long as the engine (a throwaway directory): filled from the database each start.
    $BIN/python manage.py rebuild_search_index \
        || echo "Could not index the site in the search engine: searching with the database until it can." >&2
fi

$BIN/python manage.py db_worker --queue-name '*' &
pids+=($!)

# Wagtail publishes scheduled pages and expires old ones when this command runs (its
# errors show, its report of what it did not); the forum's topic views counted since are written.
( while true; do
    $BIN/python manage.py publish_scheduled >/dev/null || true
    $BIN/python manage.py flush_topic_views || true
    sleep 60
done ) &
pids+=($!)

echo "ClusterPoliSEE is starting on http://$HOST:$PORT/ (admin: http://$HOST:$PORT/admin/)"
$BIN/python manage.py runserver "$HOST:$PORT"
