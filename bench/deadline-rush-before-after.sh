#!/usr/bin/env bash
# Takes the before/after figures of docs/benchmarks.md, "Deadline rush over HTTP", on an IDLE machine:
# the jar of commit 703d70e (before the time of receipt of DD020), built in a git worktree outside the
# project if it is not there yet, and the jar of this worktree, built afresh; then
# bench/deadline-rush-http.sh on each, without and with the PDFs uploaded in the last minute, one run
# after the other; at the end the four counts of each run. About 15 minutes per run with 1,000
# companies, an hour in all.
#   bench/deadline-rush-before-after.sh                      # 1,000 companies over 60 s
#   bench/deadline-rush-before-after.sh -Dbench.companies=50 -Dbench.window-seconds=20   # about 10 minutes
# Environment: BEFORE (703d70e), BEFORE_DIR (/tmp/before-<BEFORE>), REBUILD=yes (build the before jar
# again even if present). Logs: target/bench/rush-http-*.log, the summary in target/bench/rush-before-after-*.log
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/classpath.sh"
BEFORE="${BEFORE:-703d70e}"
BEFORE_DIR="${BEFORE_DIR:-/tmp/before-$BEFORE}"
jar_in() {
  ls "$1"/target/pilotbridge-*.jar 2>/dev/null | grep -v original | head -1 || true
}
package() {
  (cd "$1" && flock /tmp/pb-build.lock ./mvnw --batch-mode --no-transfer-progress -q package -DskipTests)
}
if [[ ! -d "$BEFORE_DIR" ]]; then
  git -C "$ROOT" worktree prune
  git -C "$ROOT" worktree add --detach "$BEFORE_DIR" "$BEFORE"
fi
if [[ "$(git -C "$BEFORE_DIR" rev-parse HEAD)" != "$(git -C "$ROOT" rev-parse "$BEFORE^{commit}")" ]]; then
  echo "$BEFORE_DIR is not a checkout of $BEFORE; remove it or set BEFORE_DIR" >&2
  exit 1
fi
if [[ "${REBUILD:-no}" == yes || -z "$(jar_in "$BEFORE_DIR")" ]]; then
  echo "$(now) building the jar of $BEFORE in $BEFORE_DIR"
  package "$BEFORE_DIR"
fi
echo "$(now) building the jar of this worktree ($(git -C "$ROOT" rev-parse --short HEAD))"
package "$ROOT"
# The benchmark's own class path, compiled once for the four runs (each would wait for the lock).
export CP="${CP:-$(test_classpath)}"
BEFORE_JAR=$(jar_in "$BEFORE_DIR")
AFTER_JAR=$(jar_in "$ROOT")
SUMMARY="$OUT/rush-before-after-$(date -u +%Y%m%dT%H%M%SZ).log"
for variant in false true; do
  for jar in "$BEFORE_JAR" "$AFTER_JAR"; do
    name=$([[ "$jar" == "$BEFORE_JAR" ]] && echo "before ($BEFORE)" || echo "after (this worktree)")
    RUN_LOG=$(mktemp "$OUT/rush-run.XXXX")
    echo "=== $(now) $name, PDFs uploaded in the rush: $variant ($jar)"
    JAR="$jar" "$ROOT/bench/deadline-rush-http.sh" -Dbench.upload-in-rush="$variant" "$@" | tee "$RUN_LOG"
    {
      echo "=== $name, PDFs uploaded in the rush: $variant"
      grep -E '^(Deadline rush over HTTP|received in time and|received late|lost  |click sent -> |upload sent -> )' "$RUN_LOG"
    } >> "$SUMMARY"
    rm -f "$RUN_LOG"
  done
done
echo
echo "Summary ($SUMMARY):"
cat "$SUMMARY"
