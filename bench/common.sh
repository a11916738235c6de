# Shared by the scripts of bench/: the JDK, the application jar and the load average.
# shellcheck shell=bash
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
OUT="${OUT:-$ROOT/target/bench}"
mkdir -p "$OUT"

# The packaged application, copied (under the given name) so that neither a rebuild nor another
# script pulls the jar from under a running JVM. With a Maven profile as second argument, the jar
# that profile builds in target/<profile>/ (the volume generator's: app_jar pilotbridge-volume volume).
app_jar() {
  local copy="$OUT/${1:-pilotbridge}.jar"
  local profile="${2:-}"
  local dir="$ROOT/target${profile:+/$profile}"
  local built
  built=$(ls "$dir"/pilotbridge-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$built" || "${REBUILD:-no}" == yes ]]; then
    (cd "$ROOT" && flock /tmp/pb-build.lock ./mvnw --batch-mode --no-transfer-progress -q package -DskipTests \
      ${profile:+-P"$profile"} >&2)
    built=$(ls "$dir"/pilotbridge-*.jar | grep -v original | head -1)
  fi
  cp "$built" "$copy"
  echo "$copy"
}

load() {
  cut -d' ' -f1-3 /proc/loadavg
}

now() {
  date -u +%Y-%m-%dT%H:%M:%SZ
}
