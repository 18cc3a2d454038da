# Sourced by bench/exchange.sh and bench/crash-import.sh: builds the API and the generator in Release and makes (or
# reuses) a seeded source database of $ARTICLES articles under bench/out/exchange/n$ARTICLES/.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
ARTICLES=${ARTICLES:-100000}
SEED=${SEED:-20231118}
API_DLL=$ROOT/Api/bin/Release/net10.0/Cms.Api.dll
SEED_DLL=$BENCH/Seed/bin/Release/net10.0/Cms.Bench.Seed.dll
DATA=$BENCH/out/exchange/n$ARTICLES
SOURCE_DB=$DATA/source.db

die() { echo "exchange: $*" >&2; exit 1; }
[[ $ARTICLES =~ ^[0-9]+$ ]] && [ "$ARTICLES" -ge 100 ] && [ "$ARTICLES" -le 2000000 ] || die "ARTICLES must be 100 to 2000000"
source "$BENCH/need.sh"
need /usr/bin/time time
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production
mkdir -p "$DATA"

echo "== building the API and the generator (Release)"
dotnet build "$ROOT/Api/Cms.Api.csproj" -c Release -nologo -v q -clp:ErrorsOnly >"$DATA/build.log" 2>&1 || { cat "$DATA/build.log" >&2; die "the API does not build"; }
dotnet build "$BENCH/Seed/Cms.Bench.Seed.csproj" -c Release -nologo -v q -clp:ErrorsOnly >>"$DATA/build.log" 2>&1 || { cat "$DATA/build.log" >&2; die "the generator does not build"; }

# The seeded database is made again when the generator or anything under Infrastructure (schema, storage code) changes.
FINGERPRINT=$(find "$ROOT/Infrastructure" "$BENCH/Seed" \( -name '*.sql' -o -name '*.cs' -o -name '*.csproj' \) -not -path '*/bin/*' -not -path '*/obj/*' \
  | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)
if [ -f "$SOURCE_DB" ] && [ "$(cat "$DATA/fingerprint" 2>/dev/null)" = "$FINGERPRINT-$SEED" ]; then
  echo "== reusing $SOURCE_DB"
else
  echo "== generating $ARTICLES articles into $SOURCE_DB"
  rm -f "$SOURCE_DB" "$SOURCE_DB"-wal "$SOURCE_DB"-shm
  dotnet "$SEED_DLL" --articles "$ARTICLES" --db "$SOURCE_DB" --keys "$DATA/keys" --seed "$SEED" | tail -1
  echo "$FINGERPRINT-$SEED" >"$DATA/fingerprint"
fi

# Runs the command-line tool under /usr/bin/time; sets SECONDS_TAKEN, PEAK_RSS_MB and TOOL_EXIT.
timed() {
  local log=$1; shift
  set +e
  /usr/bin/time -f "%e %M" -o "$DATA/time.out" dotnet "$API_DLL" "$@" 2>"$log.err" >"$log"
  TOOL_EXIT=$?
  set -e
  read -r SECONDS_TAKEN rss_kb <"$DATA/time.out"
  PEAK_RSS_MB=$((rss_kb / 1024))
}
