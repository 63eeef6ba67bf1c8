#!/usr/bin/env bash
# Every page and API route under load: for each size, the national dataset in PostgreSQL
# (constellation_national_<n>, made with bench/national/generate.sql and reused when present), the
# app started on it, and bench/load/LoadDriver.java run against it with signed-in users: every GET
# route of bench/load/routes.tsv (the application's own routes, kept so by LoadRoutesIT), each
# requested by a different member, convener, steward, sponsor or visitor of the dataset with the
# ids that person may read. Prints each size's table, throughput at the last size against the
# first, the routes that miss a target, and the routes the dataset cannot fill.
#
# With more than one size the apps run side by side (ports port, port+1...) and the driver measures
# each endpoint on every size in turn, there and back (paired=yes, the default): the sizes then meet
# the same machine, which on these shared two-core machines changed speed by a third within a run
# when the sizes were measured one after the other (paired=no).
#
#   bash bench/load/load.sh                                    # every route, sizes=1000,100000 users=64
#   bash bench/load/load.sh routes=main duration=20 warmup=10  # the eleven main pages, longer
#   bash bench/load/load.sh sizes=1000 users=16 only='^/communities'
#
# Settings (name=value arguments or environment variables):
#   sizes      practitioners, comma-separated (default 1000,100000)
#   users      concurrent users (default 64)
#   routes     bench/load/routes.tsv (default: every route) or main (the eleven main pages)
#   only       a regular expression: only the routes it finds (e.g. '^/api/' or 'constellation')
#   duration   measured seconds per endpoint (default 2 for every route, 30 for main: 220 routes
#              at 2 s take about half an hour with both sizes)
#   warmup     seconds of warm-up per endpoint (default 1 for every route, 10 for main)
#   prewarm    seconds of all endpoints mixed before the first is measured (default 30): without
#              it the ceiling and the community home, measured first, ran while the new JVM was
#              still compiling the code all pages share
#   endpoints  which of LoadDriver's endpoints (default all)
#   port       the app's port (default 18181)
#   xmx        the app's heap, fixed (-Xms and -Xmx; default 2g: at national scale the constellation
#              keeps ~340 MiB and builds its next snapshot beside it; 1g spent the run in full
#              collections, and a heap left to grow from small was marked every 30-50 s)
#   paired     yes (default with more than one size): all sizes' apps at once, endpoints measured
#              in turn on each; no: one size after the other, each app alone on the machine
#   accesslog  yes: each app writes Tomcat's access log (access-<n>.log in out): time, status,
#              milliseconds, path, the session cookie sent and the one set (default no)
#   out        a directory to keep the tables, the app's logs and its garbage-collection logs
#              (gc-<n>.log) in (default: a temporary one)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/load/lib.sh
settings "$@"
sizes=${sizes:-1000,100000}
users=${users:-64}
routes=${routes:-bench/load/routes.tsv}
only=${only:-}
if [ "$routes" = main ]; then duration=${duration:-30}; warmup=${warmup:-10}; else duration=${duration:-2}; warmup=${warmup:-1}; fi
prewarm=${prewarm:-30}
endpoints=${endpoints:-}
port=${port:-18181}
xmx=${xmx:-2g}
paired=${paired:-yes}
accesslog=${accesslog:-no}
pg_isready -q || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT"; exit 1; }
out=${out:-$(mktemp -d)}
mkdir -p "$out"
app=""
apps=()
stop_apps() { for app in "${apps[@]}" ${app:+"$app"}; do stop_app; done; apps=(); }
trap 'stop_apps' EXIT
build_jar
# access_log <n>: the app's arguments for its access log, when asked for
access_log() {
  [ "$accesslog" = yes ] || return 0
  printf '%s\n' --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$out" \
    --server.tomcat.accesslog.prefix="access-$1" --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.file-date-format= \
    "--server.tomcat.accesslog.pattern=%{HH:mm:ss.SSS}t|%s|%{ms}Tms|%U|cookie=%{JSESSIONID}c|set=%{Set-Cookie}o"
}

IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  db="constellation_national_$n"
  echo "== $n practitioners"
  seed_db "$db" "$n" "$port" "$out/app-$n.log"
  users_file "$db" "$users" "$out/users-$n.txt"
done

if [ "$paired" = yes ] && [ "${#size_list[@]}" -gt 1 ]; then
  bases=() files=() i=0
  for n in "${size_list[@]}"; do
    JVM_OPTS="${JVM_OPTS:-} -Xlog:gc:file=$out/gc-$n.log:uptime" start_app "constellation_national_$n" $((port + i)) "$xmx" "$out/app-$n.log" $(access_log "$n")
    apps+=("$app"); app=""
    echo "   $n practitioners: the app answers on port $((port + i)) after ${startup} s (-Xmx$xmx)"
    bases+=("http://127.0.0.1:$((port + i))"); files+=("$out/users-$n.txt"); i=$((i + 1))
  done
  echo "   load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$java25" bench/load/LoadDriver.java base="$(IFS=,; echo "${bases[*]}")" users-file="$(IFS=,; echo "${files[*]}")" \
    names="$sizes" users="$users" duration="$duration" warmup="$warmup" prewarm="$prewarm" ${endpoints:+endpoints="$endpoints"} routes="$routes" ${only:+only="$only"} \
    label="practitioners, all sizes' apps at once ($(nproc) cores, -Xmx$xmx each, PostgreSQL at $PGHOST:$PGPORT)" | tee "$out/tables.txt"
  stop_apps
  echo
  echo "Tables and logs: $out"
  exit 0
fi

for n in "${size_list[@]}"; do
  db="constellation_national_$n"
  echo "== $n practitioners"
  JVM_OPTS="${JVM_OPTS:-} -Xlog:gc:file=$out/gc-$n.log:uptime" start_app "$db" "$port" "$xmx" "$out/app-$n.log" $(access_log "$n")
  echo "   the app answers on port $port after ${startup} s (-Xmx$xmx); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$java25" bench/load/LoadDriver.java base="http://127.0.0.1:$port" users-file="$out/users-$n.txt" users="$users" \
    duration="$duration" warmup="$warmup" prewarm="$prewarm" ${endpoints:+endpoints="$endpoints"} routes="$routes" ${only:+only="$only"} \
    label="$n practitioners ($(nproc) cores, -Xmx$xmx, PostgreSQL at $PGHOST:$PGPORT)" | tee "$out/table-$n.txt"
  stop_app
done

if [ "${#size_list[@]}" -gt 1 ]; then
  first=${size_list[0]}; last=${size_list[-1]}
  echo
  echo "Throughput with $last practitioners against $first (target: at least 80%):"
  echo
  echo "| endpoint | req/s at $first | req/s at $last | ratio |"
  echo "|---|---|---|---|"
  awk -F'|' -v a="$out/table-$first.txt" '
    FNR == 1 { f++ }
    $0 ~ /^\| [a-z-]+ \| `/ { name = $2; gsub(/ /, "", name); rps = $5; gsub(/ /, "", rps)
      if (f == 1) r1[name] = rps; else if (name in r1) printf "| %s | %s | %s | %.0f%% |\n", name, r1[name], rps, 100 * rps / r1[name] }
  ' "$out/table-$first.txt" "$out/table-$last.txt"
fi
echo
echo "Tables and logs: $out"
