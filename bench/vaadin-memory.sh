#!/usr/bin/env bash
# Vaadin memory per session (VaadinMemoryBenchmark): live heap after a full GC with and without N
# sessions made by headless Chromium, for anonymous visitors browsing challenges and for signed-in
# evaluators scoring, against the application started by bench/serve.sh on the volume data set.
#   bench/vaadin-memory.sh                   # port 8184, 50 sessions of each kind
#   SESSIONS=100 bench/vaadin-memory.sh
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/classpath.sh"
PORT="${PORT:-8184}"
PID_FILE="$OUT/app-$PORT.pid"
[[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null || { echo "Start the application first: bench/serve.sh" >&2; exit 1; }
CP=$(test_classpath)
LOG="$OUT/vaadin-memory-$(date -u +%Y%m%dT%H%M%SZ).log"
java -Dbench.base="http://127.0.0.1:$PORT" -Dbench.pid="$(cat "$PID_FILE")" -Dbench.sessions="${SESSIONS:-50}" \
  -Dbench.warmup="${WARMUP:-5}" "$@" -cp "$CP" org.pilotbridge.bench.VaadinMemoryBenchmark 2>&1 \
  | grep -v '^WARNING\|^Dec\|^[A-Z][a-z][a-z] [0-9]' | tee "$LOG"
