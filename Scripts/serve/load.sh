#!/usr/bin/env bash
# Load check of `zhextract serve` on loopback only, bounded in time and in requests:
#   Scripts/serve/load.sh [BINARY] [ARTICLE]
# For --workers 1 and 2: requests per second and p50/p90/p99 latency of POST /v1/extract with
# one article (wrk, 1 thread, 4 connections, 20 s each); then, with --workers 2, rounds of
# 10 s until at least 100,000 requests have been answered, printing the server's resident
# memory after each round (no growth = flat after the first rounds). Needs wrk (Debian: wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
BINARY=${1:-.build/release/zhextract}
export ARTICLE=${2:-Corpus/000_29634d34a6003d8f.txt}
DURATION=${DURATION:-20}
TOTAL=${TOTAL:-100000}
MAX_ROUNDS=${MAX_ROUNDS:-60}
LOG=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$LOG"' EXIT
command -v wrk >/dev/null || { echo "load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }

start() {  # start WORKERS: a server on a free loopback port; sets SERVER and PORT
  "$BINARY" serve --host 127.0.0.1 --port 0 --workers "$1" 2> "$LOG/server.log" &
  SERVER=$!
  for _ in $(seq 600); do
    grep -q '"event":"ready"' "$LOG/server.log" 2>/dev/null && break
    sleep 0.1
  done
  PORT=$(grep -o '"event":"listening".*"port":[0-9]*' "$LOG/server.log" | grep -o '"port":[0-9]*' | cut -d: -f2)
  [ -n "$PORT" ] || { cat "$LOG/server.log" >&2; exit 1; }
}
stop() { kill -TERM "$SERVER"; wait "$SERVER" || true; }
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$SERVER/status"; }
run() { wrk -t1 -c4 -d"$1"s --timeout 10s -s Scripts/serve/post-article.lua "http://127.0.0.1:$PORT/v1/extract" | grep '^RESULT'; }

echo "binary: $BINARY; article: $ARTICLE ($(wc -c < "$ARTICLE") bytes); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for workers in 1 2; do
  start "$workers"
  run 3 > /dev/null  # warm-up
  echo "workers=$workers $(run "$DURATION")"
  stop
done

start 2
echo "memory: after start $(rss)"
answered=0
round=0
while [ "$answered" -lt "$TOTAL" ] && [ "$round" -lt "$MAX_ROUNDS" ]; do
  round=$((round + 1))
  line=$(run 10)
  n=$(echo "$line" | grep -o 'requests=[0-9]*' | cut -d= -f2)
  answered=$((answered + n))
  echo "memory: after $answered requests $(rss)   ($line)"
done
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^zhextract_(http_requests_total|documents_total|errors_total)' || true
stop
