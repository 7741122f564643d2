#!/usr/bin/env bash
# Web benchmark: runs the portal (Release) against existing SQLite databases and measures each page with wrk on
# loopback, /healthz as the baseline in the same run. See docs/benchmarks.md.
#
#   tests/EnforcementPortal.Benchmarks/web-bench.sh DB [DB ...]     (DB "demo": the demo data, seeded on the spot)
#   DB is a SQLite file, or postgresql:Host=…;Port=…;Username=…;Password=…;Database=… (a generated PostgreSQL database;
#   psql must be installed; the evidence photos are looked for where the generator puts them by default).
#
# Environment: DURATION (wrk seconds per row, default 10), CONNECTIONS (default "1 8 32"), PORT (default 5310),
# CONFIG (Release), NO_BUILD=1 (skip the publish), OUT (a markdown file to append the table to), PASSWORD (of the
# generated users, default Demo@2026). Each database must hold the portal's schema and the users fc.officer1 (an officer),
# fc.chief (a chief), leader (a bureau leader), dispatcher (投诉受理员) and legal (法制审核员) — the demo logins the generator creates. SMOKE=1: DURATION=1, CONNECTIONS=8, and fails on any non-2xx answer.
# The table's last column is the portal's resident set (VmRSS) right after each row, to tell which page grows it.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: $0 DB [DB ...]" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
if [ "${SMOKE:-0}" = 1 ]; then DURATION=${DURATION:-1}; CONNECTIONS=${CONNECTIONS:-8}; fi
DURATION=${DURATION:-10}; CONNECTIONS=${CONNECTIONS:-"1 8 32"}; PORT=${PORT:-5310}; CONFIG=${CONFIG:-Release}
PASSWORD=${PASSWORD:-Demo@2026}
WEB=src/EnforcementPortal.Web
# Published as the Dockerfile publishes it (ReadyToRun for this machine's platform), into the project's bin folder.
PUBLISHED=$(pwd)/$WEB/bin/$CONFIG/web-bench-publish
[ "${NO_BUILD:-0}" = 1 ] || dotnet publish $WEB -c "$CONFIG" -r "$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')" --self-contained false \
  -p:PublishReadyToRun=true -p:UseAppHost=false -o "$PUBLISHED" -nologo -v q >/dev/null
DLL=$PUBLISHED/EnforcementPortal.Web.dll
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT
LUA=$WORK/report.lua
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, bad))
end
LUA
APP=
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

signin() { # user -> cookie header value
  local jar=$WORK/$1.jar token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode "Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
}

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version 2>/dev/null | head -1) SDK"
echo "Machine: $machine; date $(date -u +%F); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
TABLE=$WORK/table.md
{
  echo
  echo "Measured $(date -u '+%F %H:%M') UTC, commit $(git rev-parse --short HEAD), $machine, $CONFIG, wrk ${DURATION}s per row, 1 thread."
  echo
  echo "| database | page | conns | req/s | % of /healthz | p50 ms | p95 ms | errors | RSS after, MB |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
} > "$TABLE"
status=0
for db in "$@"; do
  if [ "$db" = demo ]; then
    # The demo data (about 1 200 cases) in a fresh file: the portal seeds it at its first start in Development.
    db=$WORK/demo.db
    ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=$BASE ConnectionStrings__Sqlite="Data Source=$db" \
      Storage__Root="$WORK/files" Logging__FilePath="$WORK/logs/seed-.json" dotnet "$DLL" --contentRoot "$(dirname "$DLL")" > "$WORK/seed.log" 2>&1 &
    APP=$!
    until curl -sf -o /dev/null "$BASE/healthz"; do kill -0 $APP 2>/dev/null || { cat "$WORK/seed.log" >&2; exit 1; }; sleep 0.2; done
    kill $APP; wait $APP 2>/dev/null || true; APP=
  fi
  if [[ "$db" == postgresql:* ]]; then
    # A PostgreSQL database the generator filled: postgresql:Host=…;Port=…;Username=…;Password=…;Database=…
    connection=${db#postgresql:}
    name=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<< "$connection")
    conninfo=$(sed 's/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/; s/;/ /g' <<< "$connection")
    sql() { psql "$conninfo" -At -c "$1"; }
    provider=(Database__Provider=PostgreSql "ConnectionStrings__PostgreSql=$connection")
    files=$WORK/files; [ -d "${TMPDIR:-/tmp}/ep-generated-files/$name" ] && files=${TMPDIR:-/tmp}/ep-generated-files/$name   # the generator's default
  else
    db=$(readlink -f "$db")
    name=$(basename "$db")
    sql() { sqlite3 "$db" "$1"; }
    provider=("ConnectionStrings__Sqlite=Data Source=$db")
    files=$WORK/files; [ -d "$db.files" ] && files=$db.files   # the generator's evidence photos (generate … writes DB.files)
  fi
  cases=$(sql 'SELECT count(*) FROM "Cases"')
  case_id=$(sql 'SELECT "Id" FROM "Cases" WHERE "Department" = 1 ORDER BY "CreatedAt" DESC LIMIT 1')
  start=$(date +%s.%N)
  env "${provider[@]}" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$BASE \
    Storage__Root="$files" Logging__FilePath="$WORK/logs/$name/portal-.json" Security__SignInAttemptsPerMinute=100000 \
    AllowedHosts=127.0.0.1 Documents__PublicBaseUrl=$BASE Database__SeedDemoData=false Maintenance__FileCheckDelaySeconds=5 dotnet "$DLL" --contentRoot "$(dirname "$DLL")" > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -sf -o /dev/null "$BASE/healthz"; do
    kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.05
  done
  startup=$(echo "$(date +%s.%N) - $start" | bc)
  # The file check runs once in the background after each start (docs/operations.md); it is started 5 s after the start here (after the first answer) and
  # waited for, so that it does not run under the first rows.
  for _ in $(seq 600); do grep -qs 'File check' "$WORK"/logs/"$name"/portal-*.json && break; sleep 0.2; done
  filecheck=$(echo "$(date +%s.%N) - $start" | bc)
  # A search term: the first four characters of the name of a 房产科 party (the officer's department), URL-encoded.
  term=$(sql 'SELECT substr(p."Name", 1, 4) FROM "Cases" c JOIN "Parties" p ON p."Id" = c."PartyId" WHERE c."Department" = 1 ORDER BY c."CreatedAt" DESC LIMIT 1')
  term=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$term")
  pages=(
    "/healthz (baseline)|/healthz|"
    "case list, officer|/Cases|fc.officer1"
    "case list, open only|/Cases?OpenOnly=true|fc.officer1"
    "case list, mine|/Cases?Mine=true|fc.officer1"
    "case list, leader|/Cases|leader"
    "chief's queue|/Cases/Queue|fc.chief"
    "leader's dashboard|/|leader"
    "case page|/Cases/Details/$case_id|fc.officer1"
    "case list, search by party name|/Cases?Search=$term|fc.officer1"
    "case list, overdue only|/Cases?OverdueOnly=true|fc.officer1"
    "overdue list (督办)|/Supervision|fc.chief"
    "complaint desk|/Complaints|dispatcher"
    "legal reviewer's queue|/LegalReviews|legal"
  )
  declare -A baseline=()
  for row in "${pages[@]}"; do
    IFS='|' read -r label path user <<< "$row"
    cookie=
    [ -z "$user" ] || cookie=$(signin "$user")
    code=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "$BASE$path")
    if [ "$code" != 200 ]; then echo "$label: HTTP $code" >&2; status=1; continue; fi
    for c in $CONNECTIONS; do
      # A fresh sign-in for each row, as a browser keeps the cookie the portal renews: wrk replays one cookie, and once
      # the security-stamp interval (60 s) has passed since it was issued, every request would re-validate the stamp
      # against the database and renew the cookie, which no real session does more than once a minute.
      [ -z "$user" ] || cookie=$(signin "$user")
      read -r _ rps p50 p95 errors < <(wrk -t1 -c"$c" -d"${DURATION}s" --timeout 10s -s "$LUA" ${cookie:+-H "Cookie: $cookie"} "$BASE$path" | grep '^BENCH')
      [ "$path" = /healthz ] && baseline[$c]=$rps
      share=$(echo "scale=1; 100 * $rps / ${baseline[$c]}" | bc)
      [ "$errors" = 0 ] || status=1
      rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$APP/status)
      echo "| $name ($cases cases) | $label | $c | $rps | $share% | $p50 | $p95 | $errors | $rss |" | tee -a "$TABLE"
    done
  done
  peak=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' /proc/$APP/status)
  kill $APP; wait $APP 2>/dev/null || true; APP=
  echo "| $name ($cases cases) | start-up to first answer: ${startup%??????} s; file check done at ${filecheck%??????} s; peak working set: $peak MB | | | | | | | |" | tee -a "$TABLE"
done
if [ -n "${OUT:-}" ]; then cat "$TABLE" >> "$OUT"; fi
exit $status
