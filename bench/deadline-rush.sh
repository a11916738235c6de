#!/usr/bin/env bash
# The deadline rush: 1,000 companies uploading their PDF and submitting for one challenge in its last
# minute, on a throw-away embedded database (DeadlineRushBenchmark). Prints throughput, latency
# percentiles and the zero-lost check; fails if a receipt has no stored version or the other way round.
#   bench/deadline-rush.sh
#   bench/deadline-rush.sh -Dbench.companies=1000 -Dbench.window-seconds=60 -Dbench.clients=200 \
#     -Dbench.file-kb=500,1000,2000,4000 -Dbench.jfr=target/bench/rush.jfr
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/classpath.sh"
CP=$(test_classpath)
LOG="$OUT/deadline-rush-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "$(now) load $(load)" | tee "$LOG"
java "$@" -cp "$CP" org.pilotbridge.bench.DeadlineRushBenchmark 2>&1 | grep -v '^WARNING' | tee -a "$LOG"
echo "$(now) load $(load)" | tee -a "$LOG"
