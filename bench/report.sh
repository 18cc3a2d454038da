#!/usr/bin/env bash
# Writes bench/out/report.md from what bench/run.sh recorded (out/run.env and out/results.txt), and prints it.
#   bench/report.sh [OUT]      OUT defaults to bench/out
set -euo pipefail
OUT=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/out}
[ -f "$OUT/run.env" ] && [ -f "$OUT/results.txt" ] || { echo "report: no run recorded in $OUT" >&2; exit 1; }
# shellcheck source=/dev/null
source "$OUT/run.env"
RESULTS=$OUT/results.txt
REPORT=$OUT/report.md
field() { sed -nE "s/.* $2=([^ ]*).*/\1/p" <<<"$1"; }
live_rps=$(awk -F'|' '$1 == "live" { print $6 }' "$RESULTS" | sed -nE 's/.* rps=([^ ]*).*/\1/p')
peak_mb=$(awk -v k="$PEAK_HWM_KB" 'BEGIN { printf "%.0f", k / 1024 }')
rss_mb=$(awk -v k="$PEAK_RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')

{
  echo "# Load benchmark — $REPORT_DATE"
  echo
  echo "$(printf "%'d" "$ARTICLES" 2>/dev/null || echo "$ARTICLES") published articles ($DB_MB MB SQLite file when generated; $GENERATED in ${GEN_SECONDS:-?} s, ${GEN_RATE:-?} articles/s)." \
       "wrk: $CONNECTIONS connections, $THREADS threads, ${RUN_SECONDS} s per row after ${WARMUP_SECONDS} s of warm-up, on 127.0.0.1." \
       "$CORES cores shared by wrk and the API; load average ${LOAD_BEFORE} before, ${LOAD_AFTER} after." \
       "Code: $COMMIT$([ "$CHANGED" -gt 0 ] && echo " plus $CHANGED uncommitted files under Api/, Domain/, Infrastructure/")."
  echo
  echo "| Endpoint | Mode | Requests/s | × /health/live | p50 ms | p99 ms | Errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
  while IFS='|' read -r id label mode cpu single line; do
    if [[ $line == NA* ]]; then
      echo "| \`$label\` | $mode | ${line#NA } | | | | |"
      continue
    fi
    awk -v label="$label" -v mode="$mode" -v live="$live_rps" \
        -v rps="$(field "$line" rps)" -v p50="$(field "$line" p50_ms)" -v p99="$(field "$line" p99_ms)" \
        -v errors="$(field "$line" errors)" -v status="$(field "$line" status_errors)" -v sock="$(field "$line" socket_errors)" \
        -v timeouts="$(field "$line" timeouts)" 'BEGIN {
      detail = errors == 0 ? "0" : sprintf("%d (HTTP ≥400: %d, socket: %d, timeouts: %d)", errors, status, sock, timeouts)
      lat50 = rps > 0 ? sprintf("%.2f", p50) : "—"; lat99 = rps > 0 ? sprintf("%.2f", p99) : "—"
      printf "| `%s` | %s | %.0f | %.2f× | %s | %s | %s |\n", label, mode, rps, (live > 0 ? rps / live : 0), lat50, lat99, detail }'
  done <"$RESULTS"
  echo
  echo "- **Peak RSS**: $peak_mb MB (kernel high-water mark VmHWM; largest VmRSS sampled every 200 ms: $rss_mb MB)"
  echo "- **Start-up**: $STARTUP_MS ms from launching \`dotnet Api/bin/Release/net10.0/Cms.Api.dll\` to the first 200 from \`/health/ready\`"
  echo
  echo "## Against the targets"
  echo
  while IFS='|' read -r id label mode cpu single line; do
    [[ $line == NA* ]] && continue
    awk -v id="$id" -v mode="$mode" -v label="$label" -v live="$live_rps" -v rps="$(field "$line" rps)" \
        -v p99="$(field "$line" p99_ms)" -v errors="$(field "$line" errors)" 'BEGIN {
      r = live > 0 ? rps / live : 0
      if (id == "slug") { want = mode == "hot" ? 0.5 : 0.3; limit = 10 }
      else if (id == "newest" || id == "pages" || id == "tag") { want = mode == "hot" ? 0.3 : 0.08; limit = 20 }
      else if (id == "common" || id == "rare") { want = -1; limit = 50 }
      else if (id == "create") { printf "- %s `%s`: %.0f/s, target ≥ 1000/s%s\n", (rps >= 1000 && errors == 0 ? "✅" : "❌"), label, rps, (errors > 0 ? ", with errors" : ""); exit }
      else exit
      ok = (want < 0 || r >= want) && rps > 0 && p99 < limit && errors == 0
      printf "- %s `%s` %s: %s %s (target < %d ms)%s\n", (ok ? "✅" : "❌"), label, mode,
        (want < 0 ? "" : sprintf("%.2f× (target ≥ %.2f×),", r, want)),
        (rps > 0 ? sprintf("p99 %.1f ms", p99) : "no answer within the run"), limit, (errors > 0 ? ", with errors" : "") }'
  done <"$RESULTS"
  awk -v mb="$peak_mb" 'BEGIN { printf "- %s peak RSS %d MB (target < 250 MB)\n", (mb < 250 ? "✅" : "❌"), mb }'
  awk -v ms="$STARTUP_MS" -v n="$ARTICLES" 'BEGIN { printf "- %s start-up %d ms (target < 1500 ms on 100,000 articles%s)\n", (ms < 1500 ? "✅" : "❌"), ms, (n == 100000 ? "" : "; this run had " n) }'
  echo
  echo "## Details"
  echo
  echo "| Endpoint | Mode | Requests | p90 ms | max ms | KB/answer | API CPU µs/request | One at a time, ms |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  while IFS='|' read -r id label mode cpu single line; do
    [[ $line == NA* ]] && continue
    awk -v label="$label" -v mode="$mode" -v cpu="$cpu" -v single="$single" -v n="$(field "$line" requests)" -v p90="$(field "$line" p90_ms)" \
        -v max="$(field "$line" max_ms)" -v bytes="$(field "$line" bytes)" 'BEGIN {
      if (n > 0) printf "| `%s` | %s | %d | %.2f | %.1f | %.1f | %d | %s |\n", label, mode, n, p90, max, bytes / n / 1024, cpu, single
      else printf "| `%s` | %s | 0 | — | — | — | — | %s |\n", label, mode, single }'
  done <"$RESULTS"
  echo
  echo "Hot: one URL again and again (article \`$HOT_SLUG\`, tag \`$HOT_TAG\`), served by the in-process cache as a popular page is." \
       "Cold: a random article slug, publication time (a page of the archive), page number (1–$PAGES) or tag for every request, each with" \
       "\`Cache-Control: no-cache\` so that the answer comes from the database. Fresh: the search for \`$HOT_WORD_TEXT\` (the word in most" \
       "bodies) or the phrase \`\"$RARE_PHRASE\"\`, also with \`no-cache\`. Numbered pages start from markers kept along the list, so a deep" \
       "page costs about what the first does; the cold list target applies to them as to the archive pages." \
       "KB/answer counts headers too. API CPU is the server's user+system time over the run divided by the requests wrk saw answered." \
       "One at a time: the median of five requests sent alone with curl (same URL for hot; five spread keys or pages for cold)."
} >"$REPORT"

cat "$REPORT"
echo
echo "(written to $REPORT)"
