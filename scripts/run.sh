#!/usr/bin/env bash
# Serves the site on its embedded defaults: the web server, the task worker that
# sends e-mail and updates the search index, and the scheduler of timed publishing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PORT="${PORT:-8000}"
# E-mails the worker sends carry no request: their links point at this server.
export SITE_URL="${SITE_URL:-http://localhost:$PORT}"

pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

$BIN/python manage.py db_worker --queue-name '*' &
pids+=($!)

# Wagtail publishes scheduled pages and expires old ones when this command runs.
( while true; do $BIN/python manage.py publish_scheduled >/dev/null 2>&1 || true; sleep 60; done ) &
pids+=($!)

echo "ClusterPoliSEE is starting on http://localhost:$PORT/ (admin: http://localhost:$PORT/admin/)"
$BIN/python manage.py runserver "0.0.0.0:$PORT"
