#!/usr/bin/env bash
# Crash safety of a bulk import: kill -9 the import mid-way, then show that the database passes SQLite's integrity and
# foreign-key checks, that every record in it is whole (exactly as in the file), and that importing the same file again
# completes it without duplicates. See bench/README.md, "Import and export".
#   bench/crash-import.sh                             100,000 seeded articles, killed after 15 s
#   ARTICLES=20000 KILL_AFTER=8 bench/crash-import.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/exchange-data.sh"
KILL_AFTER=${KILL_AFTER:-15}
[[ $KILL_AFTER =~ ^[0-9]+$ ]] && [ "$KILL_AFTER" -ge 1 ] && [ "$KILL_AFTER" -le 600 ] || die "KILL_AFTER must be 1 to 600 seconds"
EXPORT=$DATA/export.ndjson
CRASH_DB=$DATA/crash.db
rm -f "$CRASH_DB" "$CRASH_DB"-wal "$CRASH_DB"-shm "$DATA"/crash-*.ndjson
if [ ! -s "$EXPORT" ]; then
  echo "== exporting the source database to $EXPORT"
  dotnet "$API_DLL" export "$EXPORT" --db "$SOURCE_DB" 2>/dev/null
fi
records=$(wc -l <"$EXPORT")

echo "== importing $records records, to be killed with SIGKILL after $KILL_AFTER s"
dotnet "$API_DLL" import "$EXPORT" --db "$CRASH_DB" >"$DATA/crash-first.log" 2>"$DATA/crash-first.err" &
pid=$!
sleep "$KILL_AFTER"
kill -0 "$pid" 2>/dev/null || die "the import finished within $KILL_AFTER s; lower KILL_AFTER or raise ARTICLES"
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
last=$(tr "\r" "\n" <"$DATA/crash-first.err" | grep -v "^$" | tail -1 || true)
echo "   killed; its last progress line: ${last:-none yet}"

echo "== after the crash"
dotnet "$API_DLL" check --db "$CRASH_DB" 2>&1 | tail -1
dotnet "$API_DLL" export "$DATA/crash-after.ndjson" --db "$CRASH_DB" 2>/dev/null
kept=$(wc -l <"$DATA/crash-after.ndjson")
partial=$(LC_ALL=C comm -23 <(LC_ALL=C sort "$DATA/crash-after.ndjson") <(LC_ALL=C sort "$EXPORT") | wc -l)
echo "   $kept of $records records were committed; records not exactly as in the file (half-written): $partial"
[ "$partial" = 0 ] || die "a record in the database differs from the file"

echo "== the same file again"
set +e
dotnet "$API_DLL" import "$EXPORT" --db "$CRASH_DB" >"$DATA/crash-second.log" 2>/dev/null
second_exit=$?
set -e
echo "   exit $second_exit: $(tail -1 "$DATA/crash-second.log")"
[ "$second_exit" = 0 ] || die "the second import did not succeed"
dotnet "$API_DLL" export "$DATA/crash-final.ndjson" --db "$CRASH_DB" 2>/dev/null
cmp -s "$EXPORT" "$DATA/crash-final.ndjson" || die "the database after the second import does not export as the file"
dotnet "$API_DLL" check --db "$CRASH_DB" 2>&1 | tail -1
articles=$(dotnet "$API_DLL" stats --db "$CRASH_DB" 2>/dev/null | awk '/^articles/ { gsub(",", "", $2); print $2 }')
echo "   the database now exports byte for byte as the file: $articles articles for $ARTICLES in the file, no duplicates"
