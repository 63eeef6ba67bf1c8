#!/usr/bin/env bash
# PostgreSQL restarted in the middle of a load run. A throwaway cluster (bench/faults/cluster.sh,
# port 55432, never the machine's server) with the 1,000-practitioner dataset; the app on it; the
# load driver's timeline mode (all main endpoints mixed) for the whole run; the cluster stopped
# ("pg_ctl stop -m fast") after `before` seconds and started again `down` seconds later. Prints the
# answers and errors per second and PASS when every failed request was in flight while the
# database was down (sent before it was started again, answered or failed after it was stopped) and
# the app answered again by itself within `grace` seconds of the start.
#
#   bash bench/faults/db-restart.sh     # users=16 warmup=15 duration=45 before=15 down=5 grace=5 timeout=30
#
# Settings (name=value): users, warmup, duration, before, down, grace, timeout (seconds before the
# driver gives up on a request and counts an error), port (default 18181), out (directory for
# logs). The cluster is left running for the next check; "bash bench/faults/cluster-remove.sh"
# removes it.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/load/lib.sh
settings "$@"
users=${users:-16}; duration=${duration:-45}; before=${before:-15}; down=${down:-5}; grace=${grace:-5}
warmup=${warmup:-15}; timeout=${timeout:-30}
port=${port:-18181}
source bench/faults/cluster.sh
out=${out:-$(mktemp -d)}
mkdir -p "$out"
app=""
trap 'stop_app; cluster_start 2>/dev/null || true' EXIT
build_jar
cluster_up
db=constellation_national_1000
seed_db "$db" 1000 "$port" "$out/app.log"
users_file "$db" "$users" "$out/users.txt"
start_app "$db" "$port" 1g "$out/app.log"
echo "   the app answers on port $port; load average $(cut -d' ' -f1-3 /proc/loadavg)"

"$java25" bench/load/LoadDriver.java mode=timeline base="http://127.0.0.1:$port" users-file="$out/users.txt" \
  users="$users" duration="$duration" warmup="$warmup" timeout="$timeout" errors-file="$out/errors.txt" \
  > "$out/timeline.txt" 2>&1 &
driver=$!
# the timeline starts once every user has signed in
until grep -qs '^timeline start' "$out/timeline.txt"; do kill -0 "$driver" 2>/dev/null || { cat "$out/timeline.txt"; exit 1; }; sleep 0.25; done
t0=$(sed -n 's/^timeline start \([0-9]*\).*/\1/p' "$out/timeline.txt")
sleep "$before"
stopped=$(date +%s%3N)
cluster_stop fast
sleep "$down"
cluster_start
started=$(date +%s%3N)
wait "$driver"
cat "$out/timeline.txt"

# seconds of the timeline (each request counted in the second its answer or failure came)
down_from=$(( (stopped - t0) / 1000 ))
down_to=$(( (started - t0) / 1000 ))
echo
printf 'database stopped at second %.1f, started again at second %.1f\n' \
  "$(awk -v a="$stopped" -v b="$t0" 'BEGIN {print (a - b) / 1000}')" "$(awk -v a="$started" -v b="$t0" 'BEGIN {print (a - b) / 1000}')"
# a failed request is the outage's when it was in flight while the database was down (sent before
# the start, answered after the stop); any other failure fails the check
awk -v stopped="$stopped" -v started="$started" '
  { if ($1 <= started && $2 >= stopped) outage++; else { other++; print "   failure outside the outage: " $0 } }
  END { printf "failed requests: %d in flight while the database was down, %d others\n", outage, other }' \
  "$out/errors.txt" | tee "$out/verdict.txt"
other=$(awk '{ if ($1 <= '"$started"' && $2 >= '"$stopped"') ; else n++ } END { print n + 0 }' "$out/errors.txt")
# answering again: the first second after the start with answers, and none failing after it
awk -F'|' -v to="$down_to" -v grace="$grace" -v other="$other" '
  /^\| [0-9]+ \|/ { s = $2 + 0; ok = $3 + 0; err = $4 + 0
    if (s > to && ok > 0 && back == "") back = s - to
    if (back != "" && s > to + back) { lateok += ok; lateerr += err } }
  END {
    printf "answering again in second %s after the start (%d answered after that, %d failed)\n", back == "" ? "never" : back, lateok, lateerr
    verdict = (other == 0 && back != "" && back <= grace && lateok > 0) ? "PASS" : "FAIL"
    printf "%s: database restarted during load (errors only from requests in flight while it was down; answering again within %d s)\n", verdict, grace
    exit verdict == "PASS" ? 0 : 1 }' "$out/timeline.txt"
