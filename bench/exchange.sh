#!/usr/bin/env bash
# Bulk import and export benchmark with the command-line tool (the same code as /api/v1/import and /export); see
# bench/README.md, "Import and export".
#   bench/exchange.sh                        100,000 seeded articles
#   ARTICLES=20000 bench/exchange.sh         a reduced run
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/exchange-data.sh"
EXPORT=$DATA/export.ndjson
TARGET_DB=$DATA/target.db
REPORT=$DATA/report.md
rm -f "$EXPORT" "$DATA/again.ndjson" "$TARGET_DB" "$TARGET_DB"-wal "$TARGET_DB"-shm

echo "== export of the source database"
# Read from the operating system's page cache, as a running CMS's database is (and as bench/run.sh's reads are): the
# first export after a cold start also waits for the disk.
cat "$SOURCE_DB" >/dev/null
timed "$DATA/export.log" export "$EXPORT" --db "$SOURCE_DB"
[ "$TOOL_EXIT" = 0 ] || die "export failed: $(tail -3 "$DATA/export.log.err")"
records=$(wc -l <"$EXPORT")
export_seconds=$SECONDS_TAKEN export_rss=$PEAK_RSS_MB

echo "== import into an empty database"
timed "$DATA/import.log" import "$EXPORT" --db "$TARGET_DB"
[ "$TOOL_EXIT" = 0 ] || die "import failed ($TOOL_EXIT): $(tail -3 "$DATA/import.log")"
import_seconds=$SECONDS_TAKEN import_rss=$PEAK_RSS_MB

echo "== the same file again (every line unchanged)"
timed "$DATA/reimport.log" import "$EXPORT" --db "$TARGET_DB"
[ "$TOOL_EXIT" = 0 ] || die "second import failed ($TOOL_EXIT)"
grep -q "\"unchanged\":$records," "$DATA/reimport.log" || die "the second import changed something: $(tail -1 "$DATA/reimport.log")"
reimport_seconds=$SECONDS_TAKEN reimport_rss=$PEAK_RSS_MB

echo "== round trip and integrity"
dotnet "$API_DLL" export "$DATA/again.ndjson" --db "$TARGET_DB" 2>/dev/null
cmp -s "$EXPORT" "$DATA/again.ndjson" && round_trip="identical" || round_trip="DIFFERENT"
check=$(dotnet "$API_DLL" check --db "$TARGET_DB" 2>&1 | tail -1 | sed "s/^check: //")

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%\047.0f", n / s }'; }
cat >"$REPORT" <<REPORT
# Import and export, $ARTICLES seeded articles ($(date -u +%F))

$records NDJSON records ($ARTICLES articles, the rest authors and tags), $(du -m "$EXPORT" | cut -f1) MB.
Times are the tool's whole run (start-up and migration check included); RSS is the kernel's peak for the process.
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores.

| Run | Seconds | Articles/s | Records/s | Peak RSS | Target |
| --- | ---: | ---: | ---: | ---: | --- |
| Export | $export_seconds | $(rate "$ARTICLES" "$export_seconds") | $(rate "$records" "$export_seconds") | $export_rss MB | ≥ 20,000 articles/s |
| Import into an empty database | $import_seconds | $(rate "$ARTICLES" "$import_seconds") | $(rate "$records" "$import_seconds") | $import_rss MB | ≥ 5,000 articles/s, < 300 MB |
| Same file again (all unchanged) | $reimport_seconds | $(rate "$ARTICLES" "$reimport_seconds") | $(rate "$records" "$reimport_seconds") | $reimport_rss MB | |

Export, import, export again: $round_trip. Database check after the import: $check.
REPORT
cat "$REPORT"
