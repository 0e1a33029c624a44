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
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

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
