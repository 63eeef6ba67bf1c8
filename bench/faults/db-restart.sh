#!/usr/bin/env bash
# PostgreSQL restarted in the middle of a load run. A throwaway cluster (bench/faults/cluster.sh,
# port 55432, never the machine's server) with the 1,000-practitioner dataset; the app on it; the
# load driver's timeline mode (all main endpoints mixed) for the whole run; the cluster stopped
# ("pg_ctl stop -m fast") after `before` seconds and started again `down` seconds later. Prints the
# errors per second and PASS when there were errors only while the database was down (and up to
# `grace` seconds after it was back) and the app answered again by itself within those seconds.
#
#   bash bench/faults/db-restart.sh     # users=16 warmup=15 duration=45 before=15 down=5 grace=5 timeout=30
#
# Settings (name=value): users, warmup, duration, before, down, grace, timeout (seconds before the
# driver gives up on a request and counts an error), port (default 18181),
# keep=yes (keep the cluster afterwards; by default it is left running for the next check and
# removed with "bash bench/faults/cluster-remove.sh"), out (directory for logs).
set -euo pipefail
cd "$(dirname "$0")/../.."
for arg in "$@"; do
  case "$arg" in *=*) declare "${arg%%=*}=${arg#*=}" ;; *) echo "unknown argument: $arg"; exit 2 ;; esac
done
users=${users:-16}; duration=${duration:-45}; before=${before:-15}; down=${down:-5}; grace=${grace:-5}
warmup=${warmup:-15}; timeout=${timeout:-30}
port=${port:-18181}
source bench/load/lib.sh
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
  users="$users" duration="$duration" warmup="$warmup" timeout="$timeout" > "$out/timeline.txt" 2>&1 &
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
echo "database stopped at second $down_from.$(( (stopped - t0) % 1000 / 100 )), started again at second $down_to.$(( (started - t0) % 1000 / 100 ))"
awk -F'|' -v from="$down_from" -v to="$down_to" -v grace="$grace" '
  /^\| [0-9]+ \|/ { s = $2 + 0; ok = $3 + 0; err = $4 + 0
    if (s < from && err > 0) early += err
    if (s >= from && s <= to) during += err
    if (s > to && s <= to + grace) { after += err; if (err == 0 && ok > 0 && back == "") back = s - to }
    if (s > to + grace) { late += err; lateok += ok }
    total += err }
  END {
    if (back == "") back = "never"
    printf "errors: %d before the stop, %d while down, %d in the %d s after the start, %d later (%d answered later)\n", early, during, after, grace, late, lateok
    printf "first second without errors after the start: %s s after it\n", back
    verdict = (early == 0 && late == 0 && back != "never" && lateok > 0) ? "PASS" : "FAIL"
    printf "%s: database restarted during load (errors only while it was down and up to %d s after)\n", verdict, grace
    exit verdict == "PASS" ? 0 : 1 }' "$out/timeline.txt"
