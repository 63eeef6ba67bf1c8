#!/usr/bin/env bash
# The constellation at national scale: for each size, a fresh PostgreSQL database built by the app's
# own migrations, filled by bench/national/generate.sql, analysed, then the app started on it and
# the constellation API timed with curl as the steward. Prints a summary of the data and a Markdown
# table of the figures.
#
#   bash bench/constellation-bench.sh                                   # sizes=1000
#   bash bench/constellation-bench.sh sizes=1000,10000,100000 xmx=1g
#
# Settings (name=value arguments or environment variables):
#   sizes      practitioners per run, comma-separated (default 1000); the database of a size is
#              constellation_national_<size>, dropped and made again
#   seed       the generator's seed (default 1)
#   xmx        the app's maximum heap for the timed run (default 1g)
#   calls      timed calls after the first (default 5; the median is reported)
#   paths      paths to time (default: the map, coverage, boundary spanners and health over the API, the
#              map page, then the list of communities and the levels of scale, the trivial endpoint of
#              the same app); /api/ paths are called with the steward's token, pages with a session
#   fresh      calls of each constellation path on a freshly built snapshot, each after the
#              snapshot's time to live has passed (default 3; 0 skips them)
#   ttl        the app's constellation.snapshot-ttl in seconds (default 30, the app's default)
#   settle     seconds to wait after the app answers before the first call (default 0): the first
#              snapshot, its answers and the boundary spanners are prepared in the background after
#              start, so a first call later than that shows what a person arriving then waits for
#   keep       "yes" keeps the app running on the last database (default: stopped)
#   reuse      "yes" skips making and filling a database that already has practitioners
# PostgreSQL is reached as postgres on 127.0.0.1:5432 (PGHOST, PGPORT, PGUSER override); the app
# needs JDK 25 (/usr/lib/jvm/temurin-25-jdk-amd64 or another JDK 25 there) and is built if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

for arg in "$@"; do
  case "$arg" in
    *=*) declare "${arg%%=*}=${arg#*=}" ;;
    *) echo "unknown argument: $arg (use name=value)"; exit 2 ;;
  esac
done
sizes=${sizes:-1000}
seed=${seed:-1}
xmx=${xmx:-1g}
calls=${calls:-5}
paths=${paths:-/api/v1/constellation,/api/v1/coverage,/api/v1/boundary-spanners,/api/v1/community-health,/constellation,/api/v1/communities,/api/v1/scales}
fresh=${fresh:-3}
ttl=${ttl:-30}
keep=${keep:-no}
settle=${settle:-0}
reuse=${reuse:-no}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
STEWARD_TOKEN=cst_national_steward_bench_token_0001
STEWARD_EMAIL=steward@national.example.org
PASSWORD=constellation

java25=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)
[ -x "$java25" ] || { echo "JDK 25 is needed under /usr/lib/jvm"; exit 1; }
jcmd25="$(dirname "$java25")/jcmd"
pg_isready -q || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT"; exit 1; }
if ! ls target/constellation-*.jar >/dev/null 2>&1 \
  || [ -n "$(find src/main pom.xml -newer "$(ls target/constellation-*.jar | head -n 1)" -type f | head -n 1)" ]; then
  echo "building the app (./mvnw -B -q package -DskipTests)"
  ./mvnw -B -q package -DskipTests
fi
jar=$(ls target/constellation-*.jar | head -n 1)
work=$(mktemp -d)
app=""
stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app" 2>/dev/null || true
  fi
  app=""
}
trap 'stop_app; rm -rf "$work"' EXIT

free_port() {
  local port
  for port in $(seq 18300 18399); do
    ss -ltn "( sport = :$port )" 2>/dev/null | grep -q ":$port" || { echo "$port"; return; }
  done
  echo "no free port in 18300-18399" >&2; exit 1
}

# start_app <db> <heap>: starts the jar on the database and waits until it answers
start_app() {
  port=$(free_port)
  base="http://127.0.0.1:$port"
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    "$java25" "-Xmx$2" -jar "$jar" --server.port="$port" --constellation.demo-data=false \
    --constellation.snapshot-ttl="PT${ttl}S" \
    --logging.level.root=WARN > "$work/app-$1.log" 2>&1 &
  app=$!
  local started=$SECONDS
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base/sign-in" && { startup=$((SECONDS - started)); return; }
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; its log:"; tail -n 40 "$work/app-$1.log"; exit 1; }
    sleep 0.5
  done
  echo "the app did not answer within 120 s"; tail -n 40 "$work/app-$1.log"; exit 1
}

# time_call <path>: "<http code> <seconds>"
time_call() {
  case "$1" in
    /api/*) curl -s -o "$work/body" -w '%{http_code} %{time_total}' --max-time 600 \
              -H "Authorization: Bearer $STEWARD_TOKEN" "$base$1" ;;
    *) curl -s -o "$work/body" -w '%{http_code} %{time_total}' --max-time 600 -b "$work/cookies" "$base$1" ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ms() { awk -v s="$1" 'BEGIN {if (s == "-") print "-"; else printf "%.0f ms", s * 1000}'; }
heap_used_mib() { "$jcmd25" "$app" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -n 1 | awk '{printf "%.0f", $2 / 1024}'; }
rss_mib() { awk -v f="$1" '$1 == f":" {printf "%.0f", $2 / 1024}' "/proc/$app/status"; }

results="$work/results.md"
data="$work/data.md"
IFS=, read -r -a size_list <<<"$sizes"
IFS=, read -r -a path_list <<<"$paths"
for n in "${size_list[@]}"; do
  db="constellation_national_$n"
  existing=$(psql -d "$db" -tAc "select count(*) from practitioners" 2>/dev/null || echo 0)
  if [ "$reuse" = yes ] && [ "${existing:-0}" -gt 0 ]; then
    echo "== $n practitioners: reusing $db"
    generated="(reused)"; analysed="(reused)"
  else
    echo "== $n practitioners: database $db"
    psql -d postgres -qc "drop database if exists $db with (force)"
    psql -d postgres -qc "create database $db"
    echo "   migrating (the app's Flyway migrations)"
    start_app "$db" 512m
    stop_app
    echo "   generating (seed $seed)"
    t=$(date +%s.%N)
    psql -d "$db" -q -v n="$n" -v seed="$seed" -f bench/national/generate.sql > "$work/generate-$n.log"
    generated=$(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f s", b - a}')
    t=$(date +%s.%N)
    psql -d "$db" -qc "vacuum analyze"
    analysed=$(awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f s", b - a}')
    echo "   generated in $generated, vacuum analyze $analysed"
  fi
  psql -d "$db" -f bench/national/summary.sql | tee "$work/summary-$n.txt"
  size=$(psql -d "$db" -tAc "select pg_size_pretty(pg_database_size(current_database()))")
  counts=$(psql -d "$db" -tAF' ' -c "select (select count(*) from practitioners), (select count(*) from communities),
    (select count(*) from memberships), (select count(*) from threads) + (select count(*) from replies),
    (select count(*) from gatherings), (select count(*) from places)")
  read -r c_people c_comm c_memb c_posts c_gath c_places <<<"$counts"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$c_places" "$c_people" "$c_comm" "$c_memb" \
    "$c_posts" "$c_gath" "$generated" "$size" >> "$data"

  echo "   starting the app with -Xmx$xmx"
  start_app "$db" "$xmx"
  echo "   answering after ${startup} s on $base (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # the data is usable: the steward signs in with the password and reads the communities with the token
  jar_cookies="$work/cookies"
  csrf=$(curl -fs -c "$jar_cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  signin=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{http_code} %{redirect_url}' \
    -d "username=$STEWARD_EMAIL&password=$PASSWORD&_csrf=$csrf" "$base/sign-in")
  page=$(curl -s -b "$jar_cookies" -o /dev/null -w '%{http_code}' "$base/communities")
  api=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $STEWARD_TOKEN" "$base/api/v1/communities")
  echo "   sign-in: $signin; /communities page: $page; /api/v1/communities with the token: $api"
  case "$signin" in 302*sign-in?error*|4*|5*) echo "   the steward could not sign in"; exit 1 ;; esac
  [ "$page" = 200 ] && [ "$api" = 200 ] || { echo "   the app did not serve the generated data"; exit 1; }

  declare -A first_of=() warm_of=() code_of=() bytes_of=() fresh_of=()
  [ "$settle" = 0 ] || { echo "   waiting $settle s before the first calls"; sleep "$settle"; }
  for path in "${path_list[@]}"; do
    read -r code first <<<"$(time_call "$path")"
    code_of[$path]=$code; first_of[$path]=$first; bytes_of[$path]=$(stat -c %s "$work/body")
    [ "$code" = 200 ] || continue
    : > "$work/times"
    for _ in $(seq 1 "$calls"); do
      read -r code t <<<"$(time_call "$path")"
      echo "$t" >> "$work/times"
    done
    warm_of[$path]=$(median < "$work/times")
    echo "   $path: first call $(ms "$first"), median $(ms "${warm_of[$path]}")"
  done
  # the same calls on a snapshot built for them: wait out its time to live before each
  if [ "$fresh" -gt 0 ]; then
    for path in "${path_list[@]}"; do
      case "$path" in /api/v1/constellation|/api/v1/coverage|/api/v1/boundary-spanners|/api/v1/community-health|/constellation) ;; *) continue ;; esac
      [ "${code_of[$path]}" = 200 ] || continue
      : > "$work/times"
      for _ in $(seq 1 "$fresh"); do
        sleep $((ttl + 1))
        read -r code t <<<"$(time_call "$path")"
        echo "$t" >> "$work/times"
      done
      fresh_of[$path]=$(median < "$work/times")
      echo "   $path on a fresh snapshot: median $(ms "${fresh_of[$path]}")"
    done
  fi
  for path in "${path_list[@]}"; do
    if [ "${code_of[$path]}" != 200 ]; then
      printf '| %s | `%s` | HTTP %s | - | - | - | - |\n' "$n" "$path" "${code_of[$path]}" >> "$results"
    else
      printf '| %s | `%s` | %s | %s | %s | %s | %s KiB |\n' "$n" "$path" 200 "$(ms "${first_of[$path]}")" \
        "$(ms "${warm_of[$path]}")" "$(ms "${fresh_of[$path]:--}")" \
        "$(awk -v b="${bytes_of[$path]}" 'BEGIN {printf "%.0f", b / 1024}')" >> "$results"
    fi
  done
  heap=$(heap_used_mib); "$jcmd25" "$app" GC.run > /dev/null 2>&1 || true; live=$(heap_used_mib)
  printf '| %s | -Xmx%s | %s MiB | %s MiB | %s MiB | %s MiB | %s s |\n' "$n" "$xmx" "$(rss_mib VmRSS)" "$(rss_mib VmHWM)" \
    "${heap:--}" "${live:--}" "$startup" >> "$work/memory.md"
  if [ "$keep" = yes ] && [ "$n" = "${size_list[-1]}" ]; then
    echo "   the app keeps running on $base (pid $app)"; trap 'rm -rf "$work"' EXIT; app=""
  else
    stop_app
  fi
done

echo
echo "Dataset (seed $seed; generator time is the psql run, without the migrations and VACUUM ANALYZE):"
echo
echo "| practitioners | places | practitioner rows | communities | memberships | posts | gatherings | generated in | database size |"
echo "|---|---|---|---|---|---|---|---|---|"
cat "$data"
echo
echo "As the steward ($(nproc) cores, -Xmx$xmx, snapshot time to live $ttl s): the first call after start-up ($settle s after the app first answered),"
echo "the median of the $calls calls that follow it, and the median of $fresh calls each on a freshly built snapshot:"
echo
echo "| practitioners | path | status | first call | median | fresh snapshot | body |"
echo "|---|---|---|---|---|---|---|"
cat "$results"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Memory of the app after the calls (RSS and its peak from /proc; heap used from jcmd GC.heap_info, then after a full GC):"
echo
echo "| practitioners | heap limit | RSS | RSS peak | heap used | heap after GC | start-up |"
echo "|---|---|---|---|---|---|---|"
cat "$work/memory.md"
