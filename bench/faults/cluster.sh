# A throwaway PostgreSQL 15 cluster for the fault checks, never the machine's own server: its data
# under /tmp/constellation-faults-pg, listening on 127.0.0.1:55432 only, run as user postgres.
# Source it from the project's root directory after bench/load/lib.sh.

pg_bin=${pg_bin:-/usr/lib/postgresql/15/bin}
cluster_dir=${cluster_dir:-/tmp/constellation-faults-pg}
cluster_port=${cluster_port:-55432}

as_postgres() { runuser -u postgres -- "$@"; }

# cluster_up: makes the cluster when it is missing, starts it when it is stopped, and points
# PGHOST/PGPORT at it
cluster_up() {
  if [ ! -f "$cluster_dir/data/PG_VERSION" ]; then
    echo "   making a throwaway cluster in $cluster_dir (port $cluster_port)"
    mkdir -p "$cluster_dir" && chown postgres: "$cluster_dir"
    as_postgres "$pg_bin/initdb" -D "$cluster_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
    cat >> "$cluster_dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $cluster_port
unix_socket_directories = '$cluster_dir'
max_connections = 100
shared_buffers = 128MB
fsync = on
synchronous_commit = on
CONF
  fi
  cluster_start
  export PGHOST=127.0.0.1 PGPORT=$cluster_port PGUSER=postgres
}

cluster_start() {
  if ! as_postgres "$pg_bin/pg_ctl" -D "$cluster_dir/data" status > /dev/null 2>&1; then
    as_postgres "$pg_bin/pg_ctl" -D "$cluster_dir/data" -l "$cluster_dir/server.log" -w -t 60 start > /dev/null
  fi
}

# cluster_stop [mode]: fast by default (what a restart by an operator does)
cluster_stop() {
  as_postgres "$pg_bin/pg_ctl" -D "$cluster_dir/data" -m "${1:-fast}" -w -t 60 stop > /dev/null
}

# cluster_destroy: stops the cluster and removes its files
cluster_destroy() {
  as_postgres "$pg_bin/pg_ctl" -D "$cluster_dir/data" -m immediate -w stop > /dev/null 2>&1 || true
  rm -rf "$cluster_dir"
}
