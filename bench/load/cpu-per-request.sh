#!/usr/bin/env bash
# The processor time one request of a page costs, in the app and in PostgreSQL: requests sent one
# after the other (no concurrency), after a warm-up, with the CPU ticks of the app's process and of
# all PostgreSQL processes read before and after. Unlike throughput under load, this changes little
# with what else the machine is doing, so it is the figure to compare two versions of a page by.
#
#   bash bench/load/cpu-per-request.sh                                   # size=1000, the pages below
#   bash bench/load/cpu-per-request.sh size=100000 paths=/constellation n=500 rounds=5
#
# Settings (name=value): size (the national dataset, seeded as load.sh does; default 1000), paths
# (comma-separated; {community} is the first community of the signed-in practitioner; default the
# ceiling, the community home and the map page), n (requests per round, default 300), rounds
# (default 4; the first ones warm the JIT up, read the last), port (default 18182), xmx (default 2g).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/load/lib.sh
settings "$@"
size=${size:-1000}
default_paths='/assets/css/app.css,/communities/{community},/constellation'
paths=${paths:-$default_paths}
n=${n:-300}
rounds=${rounds:-4}
port=${port:-18182}
xmx=${xmx:-2g}
pg_isready -q || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT"; exit 1; }
out=$(mktemp -d)
app=""
trap 'stop_app' EXIT
build_jar
db="constellation_national_$size"
seed_db "$db" "$size" "$port" "$out/app.log"
users_file "$db" 1 "$out/users.txt"
read -r email community _ < "$out/users.txt"
start_app "$db" "$port" "$xmx" "$out/app.log"
base="http://127.0.0.1:$port"
jar_cookies="$out/cookies"
csrf=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
curl -s -c "$jar_cookies" -b "$jar_cookies" -o /dev/null --data-urlencode "username=$email" \
  --data-urlencode "password=constellation" --data-urlencode "_csrf=$csrf" "$base/sign-in"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() { local t=0 p; for p in $(pgrep -u postgres); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
echo "$size practitioners, signed in as $email, $n requests a round, one at a time"
echo
echo "| path | round | app ms CPU / request | PostgreSQL ms CPU / request | ms / request |"
echo "|---|---|---|---|---|"
IFS=, read -r -a path_list <<<"$paths"
for path in "${path_list[@]}"; do
  placeholder='{community}'
  path=${path//"$placeholder"/$community}
  sep='?'; if [[ $path == *\?* ]]; then sep='&'; fi
  for round in $(seq 1 "$rounds"); do
    a0=$(ticks "$app"); p0=$(pg_ticks); t0=$(date +%s%N)
    codes=$(curl -s -b "$jar_cookies" -o /dev/null -w '%{http_code}\n' "$base$path${sep}round=[1-$n]" | sort -u | tr '\n' ' ') || true
    a1=$(ticks "$app"); p1=$(pg_ticks); t1=$(date +%s%N)
    [ "$codes" = "200 " ] || { echo "$path answered $codes"; exit 1; }
    awk -v a=$((a1 - a0)) -v p=$((p1 - p0)) -v t=$((t1 - t0)) -v n="$n" -v hz="$hz" -v path="$path" -v r="$round" \
      'BEGIN { printf "| `%s` | %d | %.1f | %.1f | %.1f |\n", path, r, 1000 * a / hz / n, 1000 * p / hz / n, t / 1e6 / n }'
  done
done
