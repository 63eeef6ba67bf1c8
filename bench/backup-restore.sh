#!/usr/bin/env bash
# Backs up a Constellation PostgreSQL database with pg_dump (custom format), restores it into a new
# database with pg_restore, compares the row count of every table, then starts the app on the
# restored copy and checks that a person signs in and reads a thread. Prints what it checked.
#
#   ./mvnw -q -B package -DskipTests && bench/backup-restore.sh
#       makes a demo database first (the app with its demo data), then backs it up and restores it
#   SOURCE_DB=constellation bench/backup-restore.sh
#       backs up and restores an existing database (it is only read)
#
# Settings: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; trust or ~/.pgpass for the password),
# DUMP (where the backup file goes, default a temporary file), KEEP=1 keeps the restored database.
# The app listens on a free port the system chooses (server.port=0): no fixed port is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/pg_dump" ] || bin=/usr/bin
for tool in pg_dump pg_restore psql; do
  command -v "$bin/$tool" >/dev/null || { echo "$tool is needed: apt-get install -y postgresql-client-15"; exit 1; }
done
java25=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)
[ -n "$java25" ] || { echo "a JDK 25 is needed under /usr/lib/jvm"; exit 1; }
jar=$(ls target/constellation-*.jar 2>/dev/null | grep -v plain | head -n 1)
[ -n "$jar" ] || { echo "build the app first: ./mvnw -q -B package -DskipTests"; exit 1; }

suffix=$(date +%s)_$$
restored=constellation_restored_$suffix
work=$(mktemp -d)
DUMP=${DUMP:-$work/constellation.dump}
made_source=""
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] || "$bin/psql" -q -d postgres -c "drop database if exists $restored with (force)" >/dev/null
  [ -n "$made_source" ] && "$bin/psql" -q -d postgres -c "drop database if exists $made_source with (force)" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# start_app <database> <demo-data> <log>: runs the jar on a free port; wait_port <log> prints the port
start_app() {
  "$java25" -jar "$jar" --server.port=0 --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" \
    --constellation.demo-data="$2" > "$3" 2>&1 &
  app=$!
}

wait_port() {
  for _ in $(seq 1 300); do
    port=$(grep -o 'Tomcat started on port[^0-9]*[0-9]*' "$1" | grep -o '[0-9]*$' | head -n 1 || true)
    [ -n "$port" ] && grep -q 'Started ConstellationApplication' "$1" && { echo "$port"; return; }
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; its log:" >&2; tail -n 40 "$1" >&2; exit 1; }
    sleep 1
  done
  echo "the app did not start in 5 minutes" >&2; exit 1
}

stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=""; }

token_for() { # base email: a personal access token, once the account exists
  for _ in $(seq 1 180); do
    t=$(curl -fs -u "$2:constellation" -H 'Content-Type: application/json' -d '{"name":"backup check"}' \
      "$1/api/v1/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p') && [ -n "$t" ] && { echo "$t"; return; }
    sleep 1
  done
  echo "could not sign in as $2" >&2; exit 1
}

counts() { # database: "table count" for every table but the sign-in sessions (not backed up), sorted
  "$bin/psql" -At -d "$1" -c "select table_name from information_schema.tables where table_schema = 'public' \
      and table_type = 'BASE TABLE' and table_name not like 'spring\_session%' order by table_name" | while read -r t; do
    echo "$t $("$bin/psql" -At -d "$1" -c "select count(*) from \"$t\"")"
  done
}

if [ -z "${SOURCE_DB:-}" ]; then
  SOURCE_DB=constellation_backup_demo_$suffix
  made_source=$SOURCE_DB
  "$bin/psql" -q -d postgres -c "create database $SOURCE_DB"
  echo "making a demo database $SOURCE_DB …"
  start_app "$SOURCE_DB" true "$work/source.log"
  wait_port "$work/source.log" >/dev/null
  # the demo data loads after the app says it started: wait until the rows stop growing
  last=-1
  for _ in $(seq 1 120); do
    now=$(counts "$SOURCE_DB" | awk '{s+=$2} END {print s}')
    [ "$now" = "$last" ] && [ "$now" -gt 1000 ] && break
    last=$now
    sleep 10
  done
  stop_app
fi

echo "backing up $SOURCE_DB to $DUMP …"
start=$(date +%s.%N)
"$bin/pg_dump" -Fc --exclude-table-data='spring_session*' -d "$SOURCE_DB" -f "$DUMP"
echo "  $(du -h "$DUMP" | cut -f1), $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s"
echo "restoring into $restored …"
start=$(date +%s.%N)
"$bin/psql" -q -d postgres -c "create database $restored"
"$bin/pg_restore" --no-owner --exit-on-error -d "$restored" "$DUMP"
echo "  $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s"

counts "$SOURCE_DB" > "$work/source.counts"
counts "$restored" > "$work/restored.counts"
if ! diff -u "$work/source.counts" "$work/restored.counts"; then
  echo "FAILED: the restored database differs from $SOURCE_DB (above)"; exit 1
fi
sessions=$("$bin/psql" -At -d "$restored" -c "select count(*) from spring_session")
[ "$sessions" = 0 ] || { echo "FAILED: $sessions sign-in sessions were restored"; exit 1; }
echo "every table has the same row count: $(wc -l < "$work/source.counts") tables, \
$(awk '{s+=$2} END {print s}' "$work/source.counts") rows"

echo "starting the app on $restored …"
start_app "$restored" false "$work/restored.log"
port=$(wait_port "$work/restored.log")
base="http://127.0.0.1:$port"
token=$(token_for "$base" member01@example.org)
set +o pipefail # "head -n 1" stops reading early, on purpose
thread=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/communities?size=50" \
  | grep -o '"id":[0-9]*' | cut -d: -f2 | while read -r c; do
      curl -fs -H "Authorization: Bearer $token" "$base/api/v1/communities/$c/threads?size=1" 2>/dev/null \
        | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2
    done | head -n 1)
set -o pipefail
[ -n "$thread" ] || { echo "FAILED: member01 finds no thread to read"; exit 1; }
cookies=$work/cookies
csrf=$(curl -fs -c "$cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -b "$cookies" -c "$cookies" -o /dev/null \
  -d "username=member01@example.org&password=constellation&_csrf=$csrf" "$base/sign-in"
status=$(curl -s -b "$cookies" -o "$work/thread.html" -w '%{http_code}' "$base/threads/$thread")
title=$(grep -o '<h1 id="thread-title">[^<]*' "$work/thread.html" | sed 's/.*>//')
[ "$status" = 200 ] && [ -n "$title" ] || { echo "FAILED: /threads/$thread answered $status"; exit 1; }
echo "member01 signed in on the restored copy and read thread $thread: \"$title\""
echo "OK: backup and restore of $SOURCE_DB checked"
