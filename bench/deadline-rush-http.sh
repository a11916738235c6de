#!/usr/bin/env bash
# The deadline rush over HTTP (HttpDeadlineRush): the packaged application runs as in production
# (java -jar) on a throw-away embedded PostgreSQL; a second node joins its database to prepare the
# agency, the challenge and the companies with their proposals; then every company signs in with an
# HTTP client of its own, opens its proposal form and, in the last minute before the deadline, uploads
# its PDF (with -Dbench.upload-in-rush=true) and clicks Submit, speaking Vaadin's protocol. Prints the
# clicks received in time and accepted, received in time and refused, received late, and lost.
#   bench/deadline-rush-http.sh                                   # 1,000 companies, PDFs uploaded before
#   bench/deadline-rush-http.sh -Dbench.upload-in-rush=true       # PDFs uploaded in the last minute too
#   bench/deadline-rush-http.sh -Dbench.companies=50 -Dbench.window-seconds=20
#   JAR=/tmp/before-703d70e/target/pilotbridge-0.1.0-SNAPSHOT.jar bench/deadline-rush-http.sh   # another build
# Options: -Dbench.companies=1000 -Dbench.window-seconds=60 -Dbench.lead-seconds=5 -Dbench.clients=0 (each company its own thread)
#   -Dbench.file-kb=500,1000,2000,4000. Environment: JAR (this worktree's jar, built if missing or with
# REBUILD=yes), PORT
# (8190), DB_PORT (8191), HEAP (2g), JAVA_OPTS and APP_ARGS (more JVM and application arguments), CP
# (the test class path, to skip building it).
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/classpath.sh"
PORT="${PORT:-8190}"
DB_PORT="${DB_PORT:-8191}"
HEAP="${HEAP:-2g}"
CP="${CP:-$(test_classpath)}"
if [[ -n "${JAR:-}" ]]; then
  COPY="$OUT/rush-http-$(basename "$(dirname "$(dirname "$JAR")")").jar"
  cp "$JAR" "$COPY"
  JAR="$COPY"
else
  JAR=$(app_jar rush-http)
fi
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
DATA=$(mktemp -d "$OUT/rush-http-data-$STAMP.XXXX")
APP_LOG="$OUT/rush-http-app-$STAMP.log"
LOG="$OUT/rush-http-$STAMP.log"
APP_PID=""
# Stops the application (which stops its PostgreSQL) and, should it not have, that PostgreSQL.
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  local postmaster="$DATA/postgres/postmaster.pid"
  if [[ -f "$postmaster" ]]; then
    local db_pid
    db_pid=$(head -1 "$postmaster")
    if [[ -n "$db_pid" ]] && kill -0 "$db_pid" 2>/dev/null; then
      kill "$db_pid"
      for _ in $(seq 1 30); do kill -0 "$db_pid" 2>/dev/null || break; sleep 1; done
    fi
  fi
  rm -rf "$DATA"
}
trap stop_app EXIT
for port in "$PORT" "$DB_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use: give other ones with PORT and DB_PORT" >&2
    exit 1
  fi
done
echo "$(now) load $(load); jar $JAR $*" | tee "$LOG"
# shellcheck disable=SC2086
java -Xms"$HEAP" -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
  --pilotbridge.embedded-database.port="$DB_PORT" --pilotbridge.embedded-database.data-directory="$DATA/postgres" \
  --pilotbridge.demo.enabled=false ${APP_ARGS:-} > "$APP_LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited, see $APP_LOG" >&2; exit 1; }
  sleep 1
done
echo "$(now) application ready on port $PORT (pid $APP_PID, log $APP_LOG)" | tee -a "$LOG"
# Since the embedded database has a superuser password, the jar keeps it next to its data.
DB_PASSWORD=$(cat "$DATA/postgres/pilotbridge-superuser.password" 2>/dev/null || true)
java -Djdk.httpclient.keepalive.timeout=5 -Dbench.base="http://127.0.0.1:$PORT" -Dbench.database="jdbc:postgresql://127.0.0.1:$DB_PORT/pilotbridge" \
  -Dbench.database-password="$DB_PASSWORD" \
  "$@" -cp "$CP" org.pilotbridge.bench.HttpDeadlineRush 2>&1 | grep -v '^WARNING' | tee -a "$LOG"
echo "$(now) load $(load)" | tee -a "$LOG"
