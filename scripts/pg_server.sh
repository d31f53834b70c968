#!/usr/bin/env bash
# Throwaway PostgreSQL server for tests and benchmarks. Source it, then `pg_start` / `pg_stop`.
# pg_start exports TEST_POSTGRES_URL (postgresql+psycopg://postgres@127.0.0.1:PORT/netest_test)
# and PG_BINDIR, PG_DIR, PG_PORT. pg_pause / pg_resume stop and restart the same server (same
# port and data) so tests can check that the app survives the database going away.
_pg_run() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_start() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$bindir" && -x "$bindir/initdb" ]] || { echo "pg_server: no PostgreSQL binaries" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/netest-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  [[ $(id -u) -eq 0 ]] && chown postgres "$PG_DIR"
  _pg_run "$bindir/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; return 1; }
  export PG_BINDIR="$bindir" PG_DIR PG_PORT
  pg_resume || return 1
  _pg_run "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres netest_test || return 1
  export TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/netest_test"
}
pg_resume() {
  _pg_run "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=300 -c fsync=off" start >/dev/null || { cat "$PG_DIR/server.log" >&2; return 1; }
}
pg_pause() {
  _pg_run "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
}
pg_stop() {
  [[ -n "${PG_DIR:-}" && -d "$PG_DIR" ]] || return 0
  _pg_run "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
