#!/usr/bin/env bash
# The public read path under load: wrk at increasing concurrency against each endpoint, side by side
# with /actuator/health/liveness in the same run, against an application already running (start it
# with bench/serve.sh on the volume data set). Only ever against 127.0.0.1.
#   bench/read-path.sh                      # http://127.0.0.1:8184, 10 s per point, concurrency 1 4 16 64 128
#   DURATION=20s CONCURRENCY="1 2 4 8 16 32 64 128" bench/read-path.sh
# Writes a Markdown table with throughput, latency percentiles and the ratios to liveness.
# The *-html points fetch the page the server sends (the list's HTML is the same for every visitor;
# a challenge's carries its title and description, read from the database). The *-ui points are new
# visitors opening the Vaadin view (bench/vaadin-visit.lua: the bootstrap request, then the navigation
# that builds the view); their requests per second count both requests, so visits per second are half.
# Run the *-ui points last (the default order): every visit leaves a session in memory until it
# times out.
source "$(dirname "$0")/common.sh"
BASE="${BASE:-http://127.0.0.1:8184}"
DURATION="${DURATION:-10s}"
CONCURRENCY="${CONCURRENCY:-1 4 16 64 128}"
QUERY="${QUERY:-water}"
case "$BASE" in
  http://127.0.0.1:*) ;;
  *) echo "Only against http://127.0.0.1:<port>" >&2; exit 1 ;;
esac
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# An open challenge of the data set and its OCDS process.
REF=$(curl -sf "$BASE/api/challenges?status=open&size=1" | jq -r '.items[0].reference // .content[0].reference // empty')
[[ -n "$REF" ]] || { echo "No open challenge at $BASE/api/challenges" >&2; exit 1; }
OCID=$(curl -sf "$BASE/api/challenges/$REF" | jq -r '.ocid // empty')
[[ -n "$OCID" ]] || OCID="ocds-pilotbridge-$REF"

declare -a NAMES=(liveness list-html page-html api-list api-search api-challenge ocds-releases ocds-record list-ui search-ui page-ui)
declare -A PATHS=(
  [liveness]="/actuator/health/liveness"
  [list-html]="/challenges"
  [page-html]="/challenges/$REF"
  [list-ui]="vaadin challenges"
  [search-ui]="vaadin challenges q=$QUERY"
  [page-ui]="vaadin challenges/$REF"
  [api-list]="/api/challenges"
  [api-search]="/api/challenges?q=$QUERY"
  [api-challenge]="/api/challenges/$REF"
  [ocds-releases]="/api/ocds/releases"
  [ocds-record]="/api/ocds/records/$OCID"
)
ONLY="${ONLY:-${NAMES[*]}}"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RAW="$OUT/read-path-$STAMP.txt"
TABLE="$OUT/read-path-$STAMP.md"
echo "# $(now) $BASE challenge $REF, $DURATION per point, load $(load)" | tee "$RAW"
for c in $CONCURRENCY; do
  threads=$(( c < 2 ? 1 : 2 ))
  for name in $ONLY; do
    path="${PATHS[$name]}"
    before=$(load)
    if [[ "$path" == vaadin* ]]; then
      # shellcheck disable=SC2086
      line=$(wrk -t"$c" -c"$c" -d"$DURATION" --timeout 30s -s "$ROOT/bench/vaadin-visit.lua" "$BASE" -- ${path#vaadin } \
        | grep '^RESULT' || echo "RESULT 0 0 0 0 0 0 0 -1")
    else
      line=$(wrk -t"$threads" -c"$c" -d"$DURATION" --timeout 30s -H 'Accept-Language: en' -s "$ROOT/bench/report.lua" \
        "$BASE$path" | grep '^RESULT' || echo "RESULT 0 0 0 0 0 0 0 -1")
    fi
    echo "$name $c $line load $before" | tee -a "$RAW"
  done
done

# name c RESULT requests seconds rps p50 p90 p99 max errors load l1 l5 l15
awk -v stamp="$(now)" '
  /^#/ { next }
  { name=$1; c=$2; rps[name,c]=$6; p50[name,c]=$7; p90[name,c]=$8; p99[name,c]=$9; err[name,c]=$11; ld[name,c]=$13;
    if (!(name in seen)) { seen[name]=1; order[++n]=name } if (!(c in seenc)) { seenc[c]=1; cs[++m]=c } }
  END {
    print "| endpoint | clients | req/s | p50 ms | p90 ms | p99 ms | errors | req/s ÷ liveness | p99 ÷ liveness | load (1 min) |"
    print "|---|---|---|---|---|---|---|---|---|---|"
    for (i=1; i<=n; i++) for (j=1; j<=m; j++) { k=order[i] SUBSEP cs[j]; l="liveness" SUBSEP cs[j]
      if (!(k in rps)) continue
      ratio = (rps[l] > 0) ? sprintf("%.3f", rps[k]/rps[l]) : "";
      pr = (p99[l] > 0) ? sprintf("%.1f", p99[k]/p99[l]) : "";
      printf "| %s | %s | %.0f | %.1f | %.1f | %.1f | %s | %s | %s | %s |\n", order[i], cs[j], rps[k], p50[k], p90[k], p99[k], err[k], ratio, pr, ld[k] }
  }' "$RAW" | tee "$TABLE"
echo "raw: $RAW"
