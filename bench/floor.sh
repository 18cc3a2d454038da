#!/usr/bin/env bash
# What storing the articles costs SQLite alone, with no API, parsing or rendering around it: every row of the seeded source
# database is copied into a freshly migrated one with set-based INSERT ... SELECT, a batch of articles per transaction,
# with the CMS's indexes, triggers, foreign keys and search index. No importer writing this schema can be faster on this
# machine. See bench/README.md, "What the storage alone costs".
#   bench/floor.sh                          100,000 seeded articles, batches of 500 (an import's batch)
#   ARTICLES=20000 BATCH=32 bench/floor.sh  batches the size of create's group commits
#   SHAPE=minimal BATCH=5000 bench/floor.sh the least an import of these articles with authors, tags and a search index
#                                           could write: no revisions, the body as Markdown alone, a search index that
#                                           keeps no copy of the text (contentless FTS5) and merges its segments 16 at a
#                                           time instead of 4
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/exchange-data.sh"
BATCH=${BATCH:-500}
[[ $BATCH =~ ^[0-9]+$ ]] && [ "$BATCH" -ge 1 ] && [ "$BATCH" -le 5000 ] || die "BATCH must be 1 to 5000"
SHAPE=${SHAPE:-cms}
[[ $SHAPE =~ ^(cms|minimal)$ ]] || die "SHAPE must be cms or minimal"
FLOOR_DB=$DATA/floor.db
REPORT=$DATA/floor.md

need sqlite3

rm -f "$FLOOR_DB" "$FLOOR_DB"-wal "$FLOOR_DB"-shm
dotnet "$API_DLL" migrate --db "$FLOOR_DB" >/dev/null
bodies="*" steps="bodies:article_bodies bylines:article_authors tags:article_tags teasers:article_read_also revisions:article_revisions"
if [ "$SHAPE" = minimal ]; then
  bodies="article_id, '', NULL, markdown" steps=${steps% revisions:*}
  sqlite3 "$FLOOR_DB" "DROP TRIGGER article_search_follows_delete; DROP TABLE article_search;
    CREATE VIRTUAL TABLE article_search USING fts5 (title, subtitle, excerpt, body, tags, authors, content = '',
      tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16);"
fi
cat "$SOURCE_DB" >/dev/null
read -r last total <<<"$(sqlite3 -separator ' ' "$SOURCE_DB" "SELECT max(rowid), count(*) FROM articles")"

# The session settings the CMS writes with (SqliteDialect, SqliteImportStore); each statement is timed by the shell.
{
  echo "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 100000; PRAGMA cache_size = -32768;"
  echo "ATTACH '$SOURCE_DB' AS src;"
  echo "INSERT INTO main.authors SELECT * FROM src.authors; INSERT INTO main.tags SELECT * FROM src.tags;"
  echo ".timer on"
  for ((lo = 0; lo < last; lo += BATCH)); do
    batch="SELECT id FROM src.articles WHERE rowid > $lo AND rowid <= $((lo + BATCH))"
    echo ".print @begin"
    echo "BEGIN IMMEDIATE;"
    echo ".print @articles"
    echo "INSERT INTO main.articles SELECT * FROM src.articles WHERE rowid > $lo AND rowid <= $((lo + BATCH));"
    for step in $steps search:article_search_rows; do
      columns="*"; [ "${step%%:*}" = bodies ] && columns=$bodies
      echo ".print @${step%%:*}"
      echo "INSERT INTO main.${step#*:} SELECT $columns FROM src.${step#*:} WHERE article_id IN ($batch);"
    done
    cat <<SQL
INSERT INTO main.article_search (rowid, title, subtitle, excerpt, body, tags, authors)
  SELECT rowid, title, subtitle, excerpt, body, tags, authors FROM src.article_search
  WHERE rowid IN (SELECT search_row FROM src.article_search_rows WHERE article_id IN ($batch));
.print @commit
COMMIT;
SQL
  done
} >"$DATA/floor.sql"

echo "== copying $total articles into $FLOOR_DB, $BATCH per transaction"
start=$(date +%s%N)
sqlite3 "$FLOOR_DB" <"$DATA/floor.sql" >"$DATA/floor.log"
seconds=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
copied=$(sqlite3 "$FLOOR_DB" "SELECT count(*) FROM articles")
[ "$copied" = "$total" ] || die "copied $copied articles of $total"

# Each step's time is the sum of the "Run Time: real" lines after its label.
steps=$(awk -v n="$copied" '
  /^@/ { step = substr($0, 2); next }
  /^Run Time: real/ { spent[step] += $4; if (!(step in seen)) { seen[step] = 1; order[++count] = step } }
  END { for (i = 1; i <= count; i++) printf "| %s | %.3f |\n", order[i], 1000 * spent[order[i]] / n }' "$DATA/floor.log")
cat >"$REPORT" <<REPORT
# What the storage alone costs, $copied articles ($(date -u +%F))

Set-based copies from the seeded database into an empty one ($SHAPE shape), $BATCH articles per transaction, by the sqlite3 shell
$(sqlite3 --version | cut -d' ' -f1), on $(nproc) cores. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).

| Step | ms per article |
| --- | ---: |
$steps

All steps: $seconds s, $(awk -v n="$copied" -v s="$seconds" 'BEGIN { printf "%\047.0f", n / s }') articles/s; the database is $(du -m "$FLOOR_DB" | cut -f1) MB.
REPORT
cat "$REPORT"
rm -f "$FLOOR_DB" "$FLOOR_DB"-wal "$FLOOR_DB"-shm
