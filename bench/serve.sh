#!/usr/bin/env bash
# Starts the packaged application on an existing volume data set for the load benchmarks, in the
# background, and waits until it is ready. Stop it with: kill $(cat target/bench/app-<port>.pid)
#   bench/serve.sh [data directory]          # data/volume on port 8184, heap 1 GiB
# Environment: PORT (8184), HEAP (1g), JAVA_OPTS (more JVM options, e.g. a flight recording),
# APP_ARGS (more application arguments). The open-data rate limit is lifted: every request of the
# benchmark comes from 127.0.0.1.
source "$(dirname "$0")/common.sh"
DATA="${1:-data/volume}"
PORT="${PORT:-8184}"
HEAP="${HEAP:-1g}"
[[ -d "$ROOT/$DATA" || -d "$DATA" ]] || { echo "No data set at $DATA: run bench/volume.sh first" >&2; exit 1; }
JAR=$(app_jar "pilotbridge-$PORT")
LOG="$OUT/app-$PORT.log"
cd "$ROOT"
# shellcheck disable=SC2086
nohup java -Xms"$HEAP" -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=volume --server.port="$PORT" \
  --pilotbridge.embedded-database.data-directory="$DATA" --pilotbridge.opendata.rate-limit.requests=1000000000 \
  ${APP_ARGS:-} > "$LOG" 2>&1 &
echo $! > "$OUT/app-$PORT.pid"
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; then
    echo "ready on port $PORT, pid $(cat "$OUT/app-$PORT.pid"), log $LOG"
    exit 0
  fi
  sleep 1
done
echo "not ready after 180 s, see $LOG" >&2
exit 1
