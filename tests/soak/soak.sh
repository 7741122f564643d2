#!/usr/bin/env bash
# Soak test (not part of the default test run): the portal in Release on loopback, under mixed load from wrk for
# SOAK_MINUTES (default 10). Passes when no response is 5xx, no socket error occurs, and the process's memory is flat:
# the resident set at the end is within SOAK_MEMORY_GROWTH_PERCENT (default 20) of the resident set after warm-up.
#
#   tests/soak/soak.sh                  # 10 minutes
#   SOAK_MINUTES=3 tests/soak/soak.sh   # shorter
#
# Needs wrk (Debian: apt-get install wrk) and the .NET SDK. Writes only under a temp directory, which it removes.
set -euo pipefail

minutes=${SOAK_MINUTES:-10}
growth_limit=${SOAK_MEMORY_GROWTH_PERCENT:-20}
connections=${SOAK_CONNECTIONS:-16}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/ep-soak.XXXXXX)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"

echo "Publishing the portal (Release)…"
dotnet publish "$root/src/EnforcementPortal.Web" -c Release -o "$work/app" --nologo >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log" >&2; exit 1; }

# Production settings, on a throwaway SQLite database with the demo bureau (its accounts sign the load in).
export ASPNETCORE_ENVIRONMENT=Production
export ASPNETCORE_URLS="$base"
export AllowedHosts="127.0.0.1"
export Documents__PublicBaseUrl="$base"
export Database__Provider=Sqlite
export ConnectionStrings__Sqlite="Data Source=$work/portal.db"
export Database__SeedDemoData=true
export Storage__Root="$work/files"
export Logging__FilePath="$work/logs/portal-.json"
export Serilog__MinimumLevel__Default=Warning
export Security__SignInAttemptsPerMinute=1000
(cd "$work/app" && exec dotnet EnforcementPortal.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 180); do
  curl -fs "$base/health/ready" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/health/ready" >/dev/null || { echo "the portal did not become ready" >&2; exit 1; }
# The process that serves: dotnet itself (exec'd in the subshell).
server_pid=$app_pid

# Sign in as the demo section chief, keep the cookie and the antiforgery token of the session.
jar="$work/cookies"
login=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login")
token=$(printf '%s' "$login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
password=$(grep -o 'Password = "[^"]*"' "$root/src/EnforcementPortal.Infrastructure/Seeding/DemoPeople.cs" | head -n1 | sed 's/.*= "//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "UserName=fc.chief" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
cases_page=$(curl -fs -b "$jar" "$base/Cases")
export SOAK_CASES=$(printf '%s' "$cases_page" | grep -o '/Cases/Details/[0-9a-f-]\{36\}' | sed 's#/Cases/Details/##' | sort -u | head -n 40 | paste -sd, -)
[ -n "$SOAK_CASES" ] || { echo "no case found for the load" >&2; exit 1; }
new_page=$(curl -fs -b "$jar" "$base/Cases/New")
export SOAK_TOKEN=$(printf '%s' "$new_page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
# The sign-in cookie is HttpOnly: curl's jar writes it on a line starting "#HttpOnly_", which is no comment.
export SOAK_COOKIE=$(awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 { sub(/^#HttpOnly_/, ""); printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")
signed_in=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SOAK_COOKIE" "$base/Cases")
[ "$signed_in" = 200 ] || { echo "the load's cookie does not open /Cases (HTTP $signed_in): the soak would measure redirects" >&2; exit 1; }

rss() { awk '/VmRSS/ { print $2 }' "/proc/$server_pid/status"; }
echo "Warm-up (30 s)…"
wrk -t2 -c"$connections" -d30s -s "$root/tests/soak/mixed.lua" "$base" >/dev/null
warm=$(rss)
echo "Soak: $minutes min, $connections connections; resident set after warm-up ${warm} kB"
( while kill -0 "$server_pid" 2>/dev/null; do echo "$(date -u +%H:%M:%S) $(rss)"; sleep 15; done ) >"$work/memory.log" &
sampler=$!
wrk -t2 -c"$connections" -d"${minutes}m" --timeout 10s --latency -s "$root/tests/soak/mixed.lua" "$base" | tee "$work/wrk.txt"
kill "$sampler" 2>/dev/null || true
end=$(rss)
peak=$(awk '{ if ($2 > m) m = $2 } END { print m }' "$work/memory.log")
echo "Resident set: after warm-up ${warm} kB, peak ${peak} kB, at the end ${end} kB"
echo "Memory samples (every 15 s):"; awk '{ printf "%s ", $2 } END { print "" }' "$work/memory.log"

summary=$(grep '^SOAK ' "$work/wrk.txt")
fivexx=$(printf '%s' "$summary" | sed 's/.* 5xx=\([0-9]*\).*/\1/')
socket=$(printf '%s' "$summary" | sed 's/.* socket_errors=\([0-9]*\).*/\1/')
growth=$(( (end - warm) * 100 / warm ))
status=0
[ "$fivexx" -eq 0 ] || { echo "FAIL: $fivexx responses were 5xx"; status=1; }
[ "$socket" -eq 0 ] || { echo "FAIL: $socket socket errors"; status=1; }
[ "$growth" -le "$growth_limit" ] || { echo "FAIL: memory grew ${growth}% (limit ${growth_limit}%)"; status=1; }
grep -q '"Level":"\(Error\|Fatal\)"' "$work"/logs/*.json 2>/dev/null && { echo "Errors in the log:"; grep '"Level":"\(Error\|Fatal\)"' "$work"/logs/*.json | head -n 5; }
[ "$status" -eq 0 ] && echo "PASS: zero 5xx, memory growth ${growth}% after warm-up"
exit "$status"
