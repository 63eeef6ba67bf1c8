#!/usr/bin/env bash
# The app killed with kill -9 during a stream of writes. On the throwaway cluster of
# bench/faults/cluster.sh (port 55432) with the 1,000-practitioner dataset: the load driver's write
# mode (every user posts replies to a thread through the API and logs the id of each one the app
# acknowledged with 201) for the whole run; the app killed with SIGKILL after `before` seconds and
# started again at once; the writers stopped `after` seconds after it answers again; then every
# acknowledged reply looked up in the database. PASS when none is
# missing and writes were acknowledged both before the kill and after the restart.
#
#   bash bench/faults/kill-during-writes.sh              # users=32 before=20 after=20
#
# Settings (name=value): users, before, after, timeout (seconds the writer waits for an answer,
# default 60), port (default 18181), out (directory for logs). Each writer has a thread of its own
# community drawn by its id (bench/load/lib.sh users_file ... yes).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/load/lib.sh
settings "$@"
users=${users:-32}; before=${before:-20}; after=${after:-20}; timeout=${timeout:-60}; port=${port:-18181}
source bench/faults/cluster.sh
out=${out:-$(mktemp -d)}
mkdir -p "$out"
rm -f "$out/stop"
app=""
trap 'stop_app' EXIT
build_jar
cluster_up
db=constellation_national_1000
seed_db "$db" 1000 "$port" "$out/app.log"
users_file "$db" "$users" "$out/users.txt" yes
start_app "$db" "$port" 1g "$out/app.log"
echo "   the app answers on port $port; load average $(cut -d' ' -f1-3 /proc/loadavg)"
replies_before=$(psql -d "$db" -tAc "select count(*) from replies")

"$java25" bench/load/LoadDriver.java mode=write base="http://127.0.0.1:$port" users-file="$out/users.txt" \
  users="$users" duration=3600 timeout="$timeout" ack-file="$out/acks.txt" stop-file="$out/stop" > "$out/writer.txt" 2>&1 &
writer=$!
until grep -qs 'signed in' "$out/writer.txt"; do kill -0 "$writer" 2>/dev/null || { cat "$out/writer.txt"; exit 1; }; sleep 0.25; done
sleep "$before"
kill -9 "$app"
killed=$(date +%s%3N)
wait "$app" 2>/dev/null || true
sleep 1
acked_at_kill=$(wc -l < "$out/acks.txt")
echo "   killed the app (kill -9) with $acked_at_kill writes acknowledged"
start_app "$db" "$port" 1g "$out/app.log"
echo "   started again, answering after $(( ($(date +%s%3N) - killed) / 1000 )) s"
sleep "$after"
touch "$out/stop"
wait "$writer"
cat "$out/writer.txt"
acked=$(wc -l < "$out/acks.txt")

# every acknowledged id must be a reply in the database
psql -d "$db" -q -v ON_ERROR_STOP=1 > "$out/check.txt" <<SQL
create temp table acks (id bigint primary key);
\copy acks from '$out/acks.txt'
\pset tuples_only on
\pset format unaligned
select count(*) from acks;
select count(*) from acks a where not exists (select 1 from replies r where r.id = a.id);
select count(*) from replies;
SQL
read -r checked missing replies_after < <(tr '\n' ' ' < "$out/check.txt"; echo) || true
after_restart=$((acked - acked_at_kill))
echo
echo "acknowledged: $acked ($acked_at_kill before the kill, $after_restart after it); looked up: $checked; missing: $missing"
echo "replies in the database: $replies_before before the run, $replies_after after it"
if [ "$missing" = 0 ] && [ "$checked" = "$acked" ] && [ "$acked_at_kill" -gt 0 ] && [ "$after_restart" -gt 0 ]; then
  echo "PASS: killed during writes (every acknowledged write is there)"
else
  echo "FAIL: killed during writes"; exit 1
fi
