# A throwaway PostgreSQL server for the extension's checks and benchmark.
# Sourced, not run:
#
#   . scripts/pg-temp-cluster.sh
#   pg_temp_start /tmp/somewhere      # initdb, start on 127.0.0.1, a free port
#   psql -c 'select 1'                # PGHOST, PGPORT, PGUSER are exported
#   pg_temp_stop                      # stop the server, remove the directory
#
# The server runs as the postgres user when this runs as root (PostgreSQL
# refuses to run as root), else as the current user. It listens on loopback
# only, with trust authentication, and lives entirely in the given directory.
# PG_CONFIG names the installation (default: the pg_config on PATH).

pg_temp_bindir() {
  "${PG_CONFIG:-pg_config}" --bindir
}

# pg_temp_as_owner CMD...: run CMD as the server's owner.
pg_temp_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on (from 54330 up).
pg_temp_free_port() {
  local port=54330
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}

pg_temp_start() {
  local dir=$1 bin
  bin=$(pg_temp_bindir)
  PG_TEMP_DIR=$dir
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
  fi
  pg_temp_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync \
    -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; return 1; }
  PGPORT=$(pg_temp_free_port)
  pg_temp_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories='$dir' -c fsync=off" \
    start >"$dir/pg_ctl.log" 2>&1 || { cat "$dir/pg_ctl.log" "$dir/server.log"; return 1; }
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
}

pg_temp_stop() {
  [ -n "${PG_TEMP_DIR:-}" ] || return 0
  if [ -f "$PG_TEMP_DIR/data/postmaster.pid" ]; then
    pg_temp_as_owner "$(pg_temp_bindir)/pg_ctl" -D "$PG_TEMP_DIR/data" -m fast -w stop \
      >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TEMP_DIR"
  PG_TEMP_DIR=
}
