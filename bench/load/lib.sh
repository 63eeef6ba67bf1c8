# Shared by bench/load/load.sh and the scripts in bench/faults/: the app's jar, starting and
# stopping it on a database, filling a database with bench/national/generate.sql, and the users
# file that bench/load/LoadDriver.java reads. Source it from the project's root directory.
# PostgreSQL is reached with PGHOST, PGPORT and PGUSER (default 127.0.0.1, 5432, postgres).

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
java25=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)
[ -x "$java25" ] || { echo "JDK 25 is needed under /usr/lib/jvm"; exit 1; }

# settings "$@": each name=value argument becomes a variable of that name (the scripts' settings)
settings() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      *=*) declare -g "${arg%%=*}=${arg#*=}" ;;
      *) echo "unknown argument: $arg (use name=value)"; exit 2 ;;
    esac
  done
}

# build_jar: packages the app when there is no jar or the sources are newer than it
build_jar() {
  if ! ls target/constellation-*.jar >/dev/null 2>&1 \
    || [ -n "$(find src/main pom.xml -newer "$(ls target/constellation-*.jar | head -n 1)" -type f | head -n 1)" ]; then
    echo "building the app (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
  fi
  jar=$(ls target/constellation-*.jar | head -n 1)
}

# every simulated user signs in and creates a token from this one address: the rate limits on
# signing in and tokens (docs/security.md) are off for the measured app
no_rate_limits=(--constellation.limits.sign-in.per-account=0 --constellation.limits.sign-in.per-address=0
  --constellation.limits.tokens.per-account=0 --constellation.limits.tokens.per-address=0)

# start_app <db> <port> <heap> <log> [more arguments]: starts the jar on the database (sets $app to
# its pid) and waits until it answers; the heap is fixed (-Xms = -Xmx), as a production JVM's is;
# JVM_OPTS, when set, are given to the JVM
start_app() {
  local db=$1 port=$2 heap=$3 log=$4; shift 4
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    "$java25" "-Xms$heap" "-Xmx$heap" ${JVM_OPTS:-} -jar "$jar" --server.port="$port" --constellation.demo-data=false \
    --logging.level.root=WARN "${no_rate_limits[@]}" "$@" >> "$log" 2>&1 &
  app=$!
  wait_app "$port" "$log"
}

# wait_app <port> <log>: waits until the app answers on the port (at most 180 s)
wait_app() {
  local started=$SECONDS
  for _ in $(seq 1 360); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/sign-in" && { startup=$((SECONDS - started)); return; }
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; its log:"; tail -n 40 "$2"; exit 1; }
    sleep 0.5
  done
  echo "the app did not answer within 180 s"; tail -n 40 "$2"; exit 1
}

stop_app() {
  if [ -n "${app:-}" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    for _ in $(seq 1 60); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$app" 2>/dev/null || true
  fi
  app=""
}

# seed_db <db> <n> <port> <log>: makes the database and fills it (the app's migrations, then the
# generator with seed 1, then VACUUM ANALYZE) unless it already has practitioners and partnerships
seed_db() {
  local db=$1 n=$2 port=$3 log=$4 existing
  existing=$(psql -d "$db" -tAc "select count(*) from practitioners where exists (select 1 from partnerships)" 2>/dev/null || echo 0)
  if [ "${existing:-0}" -gt 0 ]; then
    echo "   reusing $db ($existing practitioners)"
    return
  fi
  echo "   making $db: the app's migrations, then bench/national/generate.sql with n=$n seed=1"
  psql -d postgres -qc "drop database if exists $db with (force)"
  psql -d postgres -qc "create database $db"
  start_app "$db" "$port" 512m "$log"
  stop_app
  local t=$SECONDS
  psql -d "$db" -q -v n="$n" -v seed=1 -f bench/national/generate.sql >> "$log"
  psql -d "$db" -qc "vacuum analyze"
  echo "   filled in $((SECONDS - t)) s, $(psql -d "$db" -tAc "select pg_size_pretty(pg_database_size(current_database()))")"
}

# users_file <db> <count> <file> [spread]: who requests what under load, one person a line,
# "who email name=id ...", read by bench/load/LoadDriver.java, which fills each {name} of a route's
# path (bench/load/routes.tsv) from it and has each route requested by <count> people who have
# its ids. <count> people of each kind, each a different person (members: eight times as many, as
# not every member wrote an artifact or a story):
#   member: a partner in an active partnership and an active member of communities with threads: the
#     largest of those communities (community), its busiest thread (thread), and what they read or
#     wrote there and in their partnership (reply, myThread, gathering, session: the last held,
#     commitment, routine,
#     partner, script), their own journal and notices (entry, bewilderment, notice), the community's
#     repertoire and stories (artifact, term, work, story; myArtifact, myWork, myStory: their own), a convener (socialArtist), a fellow
#     partner's profile (practitioner), their place and a concern (place, issue);
#   convener: a convener of a community (community: the largest they convene, and its latest gathering);
#   steward and sponsor: the dataset's stewards and sponsors (community: the largest community);
#   visitor: nobody signed in.
# With spread "yes" a member's community and thread are drawn by the practitioner's id (the same each
# time) instead, so that writers (mode=write) do not all queue on one thread's row.
users_file() {
  local order="cm.members desc, m.community_id" thread_order="t.reply_count desc, t.id"
  if [ "${4:-}" = yes ]; then
    order="(m.community_id * 7919 + pr.id * 104729) % 1000003, m.community_id"
    thread_order="(t.id * 7919 + pr.id * 104729) % 1000003, t.id"
  fi
  psql -d "$1" -tAq -v ON_ERROR_STOP=1 <<SQL | awk 'NF' > "$3"
    create temp view sizes as
      select community_id, count(*) as members from memberships where status = 'ACTIVE' group by community_id;
    create temp view largest as select community_id from sizes order by members desc, community_id limit 1;
    select concat_ws(' ', 'member', a.email, 'community=' || c.community_id, 'thread=' || c.thread_id,
             'myThread=' || (select t.id from threads t where t.author_id = pr.id order by t.id limit 1),
             'reply=' || (select r.id from replies r join threads t on t.id = r.thread_id
                          join memberships mm on mm.community_id = t.community_id and mm.practitioner_id = pr.id
                                              and mm.status = 'ACTIVE'
                          where r.author_id = pr.id order by r.id limit 1),
             'gathering=' || (select g.id from gatherings g where g.community_id = c.community_id order by g.starts_at desc limit 1),
             'partnership=' || pa.partnership_id,
             'partner=' || (select o.practitioner_id from partners o where o.partnership_id = pa.partnership_id
                            and o.status = 'ACTIVE' and o.practitioner_id <> pr.id order by o.practitioner_id limit 1),
             'practitioner=' || (select o.practitioner_id from partners o where o.partnership_id = pa.partnership_id
                            and o.practitioner_id <> pr.id order by o.practitioner_id desc limit 1),
             'session=' || (select max(s.number) from partnership_sessions s where s.partnership_id = pa.partnership_id
                            and s.status = 'HELD'),
             'frame=' || (select min(f.id) from partnership_frames f where f.partnership_id = pa.partnership_id),
             'commitment=' || (select min(k.id) from session_commitments k where k.partnership_id = pa.partnership_id),
             'routine=' || (select min(r.id) from routines r where r.partnership_id = pa.partnership_id),
             'libraryRoutine=' || (select min(r.id) from routines r where r.partnership_id is null),
             'script=' || (select v.script_id from partnerships ps join opening_script_versions v on v.id = ps.script_version_id
                           where ps.id = pa.partnership_id),
             'socialArtist=' || (select min(m2.practitioner_id) from memberships m2 where m2.community_id = c.community_id
                                 and m2.convener and m2.status = 'ACTIVE'),
             'entry=' || (select min(j.id) from journal_entries j where j.practitioner_id = pr.id),
             'bewilderment=' || (select min(b.id) from bewilderments b where b.practitioner_id = pr.id),
             'notice=' || (select max(n.id) from notices n where n.recipient_id = pr.account_id),
             'artifact=' || (select min(x.id) from artifacts x where x.community_id = c.community_id),
             'term=' || (select min(x.id) from glossary_terms x where x.community_id = c.community_id and x.created_by = pr.id),
             'work=' || (select min(x.id) from practice_work x where x.community_id = c.community_id),
             'story=' || (select min(x.id) from value_stories x where x.community_id = c.community_id),
             'myArtifact=' || (select min(x.id) from artifacts x where x.created_by = pr.id),
             'myWork=' || (select min(x.id) from practice_work x where x.proposed_by = pr.id),
             'myStory=' || (select min(x.id) from value_stories x where x.author_id = pr.id),
             'stage=' || (select min(s.id) from journey_stages s),
             'place=' || pr.home_place_id,
             'issue=' || (select min(pc.issue_id) from practitioner_concerns pc where pc.practitioner_id = pr.id),
             'level=' || (select min(l.id) from levels l))
    from practitioners pr
    join accounts a on a.id = pr.account_id
    join lateral (select partnership_id from partners where practitioner_id = pr.id and status = 'ACTIVE'
                  order by partnership_id limit 1) pa on true
    join lateral (select m.community_id, (select t.id from threads t where t.community_id = m.community_id
                                           order by $thread_order limit 1) as thread_id
                  from memberships m join sizes cm on cm.community_id = m.community_id
                  where m.practitioner_id = pr.id and m.status = 'ACTIVE'
                    and exists (select 1 from threads t where t.community_id = m.community_id)
                  order by $order limit 1) c on true
    where a.email like 'p%@national.example.org'
    order by pr.id limit $2 * 8;
    select concat_ws(' ', 'convener', a.email, 'community=' || c.community_id,
             'gathering=' || (select g.id from gatherings g where g.community_id = c.community_id
                              order by g.starts_at desc limit 1))
    from practitioners pr join accounts a on a.id = pr.account_id
    join lateral (select m.community_id from memberships m join sizes cm on cm.community_id = m.community_id
                  where m.practitioner_id = pr.id and m.convener and m.status = 'ACTIVE'
                  order by cm.members desc, m.community_id limit 1) c on true
    where a.email like 'p%@national.example.org'
    order by pr.id limit $2;
    select concat_ws(' ', case when r.role = 'STEWARD' then 'steward' else 'sponsor' end, a.email,
             'community=' || (select community_id from largest),
             'run=' || (select max(f.id) from formation_runs f),
             'script=' || (select min(s.id) from opening_scripts s),
             'stage=' || (select min(s.id) from journey_stages s),
             'place=' || coalesce(pr.home_place_id, (select min(id) from places)),
             'issue=' || (select min(id) from issues),
             'level=' || (select min(l.id) from levels l))
    from accounts a join account_roles r on r.account_id = a.id and r.role in ('STEWARD', 'SPONSOR')
    join practitioners pr on pr.account_id = a.id
    order by r.role, a.id;
    select 'visitor' from generate_series(1, $2);
SQL
  grep -q '^member ' "$3" || { echo "no users with a partnership and a community in $1"; exit 1; }
}
