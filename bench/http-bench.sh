#!/usr/bin/env bash
# Measures the main API calls and pages of a running demo on loopback with wrk, next to a trivial
# endpoint of the same app (the levels of scale) as the ceiling. Prints a Markdown table.
#
#   ./mvnw -q package -DskipTests && bench/http-bench.sh            # starts the jar on a fresh H2 file
#   BASE=http://localhost:8080 bench/http-bench.sh                  # or measure an app already running
#
# Settings: DURATION (seconds per endpoint, default 10), CONNECTIONS (default 16), THREADS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }

started=""
if [ -z "${BASE:-}" ]; then
  PORT=${PORT:-18080}
  BASE="http://localhost:$PORT"
  data=$(mktemp -d)
  java25=$(ls -d /usr/lib/jvm/*25*/bin/java | head -n 1)
  "$java25" -jar target/constellation-*.jar --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$data/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --logging.level.root=WARN > "$data/app.log" 2>&1 &
  started=$!
  trap 'kill $started 2>/dev/null; rm -rf "$data"' EXIT
  for _ in $(seq 1 90); do curl -fs "$BASE/sign-in" >/dev/null 2>&1 && break; sleep 1; done
fi

# the demo loads while the server already answers: wait until its accounts exist
token=""
for _ in $(seq 1 120); do
  token=$(curl -fs -u member01@example.org:constellation -H 'Content-Type: application/json' \
    -d '{"name":"bench"}' "$BASE/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/') && break
  sleep 1
done
[ -n "$token" ] || { echo "could not sign in as member01"; exit 1; }
# and until its last part (notifications) is there
sleep 5
jar=$(mktemp)
csrf=$(curl -fs -c "$jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -b "$jar" -c "$jar" -o /dev/null -d "username=member01@example.org&password=constellation&_csrf=$csrf" "$BASE/sign-in"
session=$(awk '$6=="JSESSIONID"{print $7}' "$jar")

run() { # name, path, header
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$3" "$BASE$2")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/{print $5}' <<<"$out"); errors=${errors:-0}
  printf '| %s | `%s` | %s | %s | %s | %s |\n' "$1" "$2" "$rps" "$p50" "$p99" "$errors"
}

# a public demo community and its most recently active thread
community=$(curl -fs -H "Authorization: Bearer $token" "$BASE/api/v1/communities?q=Family+voice&size=1" \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
thread=$(curl -fs -H "Authorization: Bearer $token" "$BASE/api/v1/communities/$community/threads?size=1" \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)

# a partner of an active demo partnership (member05: "Keeping families at the centre of IEP meetings")
token05=$(curl -fs -u member05@example.org:constellation -H 'Content-Type: application/json' \
  -d '{"name":"bench"}' "$BASE/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
jar05=$(mktemp)
csrf=$(curl -fs -c "$jar05" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -b "$jar05" -c "$jar05" -o /dev/null -d "username=member05@example.org&password=constellation&_csrf=$csrf" "$BASE/sign-in"
session05=$(awk '$6=="JSESSIONID"{print $7}' "$jar05")
partnership=$(curl -fs -H "Authorization: Bearer $token05" "$BASE/api/v1/partnerships" \
  | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)

echo "| what | path | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
run "trivial (ceiling)" "/api/v1/scales" "Authorization: Bearer $token"
run "directory API, 24 a page" "/api/v1/practitioners?size=24" "Authorization: Bearer $token"
run "directory API, filtered" "/api/v1/practitioners?issue=4&level=4" "Authorization: Bearer $token"
run "issues API" "/api/v1/issues" "Authorization: Bearer $token"
run "directory page" "/practitioners" "Cookie: JSESSIONID=$session"
run "portfolio page" "/portfolio" "Cookie: JSESSIONID=$session"
run "profile page" "/profile" "Cookie: JSESSIONID=$session"
run "communities API" "/api/v1/communities" "Authorization: Bearer $token"
run "threads API" "/api/v1/communities/$community/threads" "Authorization: Bearer $token"
run "communities page" "/communities" "Cookie: JSESSIONID=$session"
run "community home page" "/communities/$community" "Cookie: JSESSIONID=$session"
run "thread page" "/threads/$thread" "Cookie: JSESSIONID=$session"
run "community search page" "/communities/$community/search?q=meeting" "Cookie: JSESSIONID=$session"
run "your partnerships page" "/partnerships" "Cookie: JSESSIONID=$session05"
run "partnership overview page" "/partnerships/$partnership" "Cookie: JSESSIONID=$session05"
run "opening page" "/partnerships/$partnership/opening" "Cookie: JSESSIONID=$session05"
run "sessions page" "/partnerships/$partnership/sessions" "Cookie: JSESSIONID=$session05"
run "partnership API" "/api/v1/partnerships/$partnership" "Authorization: Bearer $token05"
run "opening API" "/api/v1/partnerships/$partnership/opening" "Authorization: Bearer $token05"
