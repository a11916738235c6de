#!/usr/bin/env bash
# Generates the volume data set through the application services, then stops, and says how long
# each step took. Usage: bench/volume.sh [scale] [data directory]
#   bench/volume.sh            # the full size: 200 agencies, 5,000 companies, 10,000 challenges, 50,000 proposals
#   bench/volume.sh 0.1 data/volume-0.1
# Environment: WORKERS (threads calling the services, default 3), PORT (default 8184).
source "$(dirname "$0")/common.sh"
SCALE="${1:-1.0}"
DATA="${2:-data/volume}"
WORKERS="${WORKERS:-3}"
PORT="${PORT:-8184}"
if [[ -e "$ROOT/$DATA" || -e "$DATA" ]]; then
  echo "$DATA exists: delete it to generate the data set again" >&2
  exit 1
fi
# The generator is not in the production jar: the Maven profile volume builds one with it (DD015).
JAR=$(app_jar "pilotbridge-volume" volume)
LOG="$OUT/volume-$SCALE-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "$(now) start, scale $SCALE, $WORKERS workers, load $(load)" | tee "$LOG"
(while sleep 60; do echo "$(now) load $(load)" >> "$LOG"; done) &
SAMPLER=$!
trap 'kill $SAMPLER' EXIT
started=$(date +%s)
cd "$ROOT"
java -jar "$JAR" --spring.profiles.active=volume --server.port="$PORT" \
  --pilotbridge.volume.scale="$SCALE" --pilotbridge.volume.workers="$WORKERS" \
  --pilotbridge.volume.exit-when-done=true --pilotbridge.embedded-database.data-directory="$DATA" >> "$LOG" 2>&1
elapsed=$(( $(date +%s) - started ))
echo "$(now) done in ${elapsed} s (including start and stop), load $(load)" | tee -a "$LOG"
grep -E "Generating the volume|Volume step|Volume data set generated" "$LOG" | sed 's/^.*VolumeData *: //'
echo "log: $LOG"
