#!/usr/bin/env bash
# The public challenge API under a mix of addresses, side by side with /actuator/health/liveness in
# the same run: challenge records, searches for words of the titles (alone, open only, newest first)
# and filtered, sorted, paged lists, read in a different order by each client (bench/api-mix.lua),
# at each concurrency without and then with conditional requests (If-None-Match with the ETag each
# client got before). Against an application already running on the volume data set (bench/serve.sh),
# only ever on 127.0.0.1.
#   bench/api-mix.sh                           # http://127.0.0.1:8184, 10 s per point, 1 4 16 clients
#   BASE=http://127.0.0.1:18184 DURATION=20s CONCURRENCY="1 4 16 64" WARMUP=20s bench/api-mix.sh
# Writes the addresses used, the raw lines and a Markdown table with each figure as a ratio to
# liveness measured just before it at the same concurrency.
source "$(dirname "$0")/common.sh"
BASE="${BASE:-http://127.0.0.1:8184}"
DURATION="${DURATION:-10s}"
CONCURRENCY="${CONCURRENCY:-1 4 16}"
RECORDS="${RECORDS:-300}"
WORDS="${WORDS:-40}"
case "$BASE" in
  http://127.0.0.1:*) ;;
  *) echo "Only against http://127.0.0.1:<port>" >&2; exit 1 ;;
esac
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v jq > /dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 1; }

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
PATHS="$OUT/api-mix-paths-$STAMP.txt"
RAW="$OUT/api-mix-$STAMP.txt"
TABLE="$OUT/api-mix-$STAMP.md"

# The mix, from the data set itself: records of challenges in every state, words of their titles,
# and lists by status, sort and page. The same data set gives the same mix.
pages=$(( (RECORDS + 99) / 100 ))
: > "$PATHS.items"
for page in $(seq 0 $(( pages - 1 ))); do
  curl -sf "$BASE/api/challenges?size=100&sort=newest&page=$page" | jq -r '.items[] | [.reference, .title, (.cpvCodes[0] // "")] | @tsv' >> "$PATHS.items"
done
[[ -s "$PATHS.items" ]] || { echo "No challenge at $BASE/api/challenges" >&2; exit 1; }
{
  head -n "$RECORDS" "$PATHS.items" | cut -f1 | sed 's|^|/api/challenges/|'
  cut -f2 "$PATHS.items" | tr ' ' '\n' | tr -d '.,;:()' | tr 'A-Z' 'a-z' | grep -E '^[a-z]{5,}$' | sort | uniq -c \
    | sort -rn | head -n "$WORDS" | awk '{ print "/api/challenges?q=" $2; print "/api/challenges?status=open&q=" $2; print "/api/challenges?sort=newest&q=" $2 }'
  for status in open closed awarded withdrawn; do
    for sort in relevance deadline newest budget; do
      for page in 0 1 2; do echo "/api/challenges?status=$status&sort=$sort&page=$page"; done
    done
  done
  cut -f3 "$PATHS.items" | cut -c1-2 | grep -E '^[0-9]{2}$' | sort -u | sed 's|^|/api/challenges?cpvDivision=|'
  echo "/api/challenges"
} | awk 'BEGIN { srand(42) } { print rand() "\t" $0 }' | sort -k1,1 | cut -f2 > "$PATHS"
rm -f "$PATHS.items"
# Warm-up, not recorded: the JIT compiles the paths every point takes, and the first answers are rendered.
WARMUP="${WARMUP:-10s}"
wrk -t2 -c2 -d"$WARMUP" -s "$ROOT/bench/report.lua" "$BASE/actuator/health/liveness" > /dev/null
wrk -t2 -c2 -d"$WARMUP" -s "$ROOT/bench/api-mix.lua" "$BASE" -- "$PATHS" > /dev/null
echo "# $(now) $BASE, $(wc -l < "$PATHS") addresses ($(grep -c '^/api/challenges/' "$PATHS") records), $DURATION per point, load $(load)" | tee "$RAW"

for c in $CONCURRENCY; do
  for point in liveness api-mix api-mix-conditional; do
    before=$(load)
    case "$point" in
      liveness) line=$(wrk -t"$c" -c"$c" -d"$DURATION" --timeout 30s -s "$ROOT/bench/report.lua" "$BASE/actuator/health/liveness" | grep '^RESULT' | sed 's/$/ 0/') ;;
      api-mix) line=$(wrk -t"$c" -c"$c" -d"$DURATION" --timeout 30s -s "$ROOT/bench/api-mix.lua" "$BASE" -- "$PATHS" | grep '^RESULT') ;;
      api-mix-conditional) line=$(wrk -t"$c" -c"$c" -d"$DURATION" --timeout 30s -s "$ROOT/bench/api-mix.lua" "$BASE" -- "$PATHS" conditional | grep '^RESULT') ;;
    esac
    echo "$point $c ${line:-RESULT 0 0 0 0 0 0 0 -1 0} load $before" | tee -a "$RAW"
  done
done

# point c RESULT requests seconds rps p50 p90 p99 max errors 304s load l1 l5 l15
awk '
  /^#/ { next }
  { name=$1; c=$2; rps[name,c]=$6; p50[name,c]=$7; p90[name,c]=$8; p99[name,c]=$9; err[name,c]=$11; nm[name,c]=$12; req[name,c]=$4; ld[name,c]=$14;
    if (!(c in seenc)) { seenc[c]=1; cs[++m]=c } }
  END {
    print "| point | clients | req/s | p50 ms | p90 ms | p99 ms | errors | 304 share | req/s ÷ liveness | load (1 min) |"
    print "|---|---|---|---|---|---|---|---|---|---|"
    split("liveness api-mix api-mix-conditional", names, " ")
    for (j=1; j<=m; j++) for (i=1; i<=3; i++) { k=names[i] SUBSEP cs[j]; l="liveness" SUBSEP cs[j]
      if (!(k in rps)) continue
      ratio = (rps[l] > 0) ? sprintf("%.3f", rps[k]/rps[l]) : "";
      share = (req[k] > 0) ? sprintf("%.2f", nm[k]/req[k]) : "";
      printf "| %s | %s | %.0f | %.2f | %.2f | %.2f | %s | %s | %s | %s |\n", names[i], cs[j], rps[k], p50[k], p90[k], p99[k], err[k], share, ratio, ld[k] }
  }' "$RAW" | tee "$TABLE"
echo "addresses: $PATHS"
echo "raw: $RAW"
