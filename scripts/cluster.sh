#!/usr/bin/env bash
# NET-EST replicas behind HAProxy on this machine, all on one PostgreSQL.
#
#   scripts/cluster.sh start N PORT   N replicas + HAProxy on 127.0.0.1:PORT; returns once every
#                                     replica is ready (database reachable, model loaded) and
#                                     HAProxy sees them all UP
#   scripts/cluster.sh roll           restart the replicas one at a time: drain in HAProxy, stop,
#                                     start, wait until ready, put back, next
#   scripts/cluster.sh stop           stop what `start` started (and nothing else)
#   scripts/cluster.sh status         one line per replica: name, port, pid, HAProxy status
#
# PostgreSQL comes from DATABASE_URL, or a throwaway server (scripts/pg_server.sh) started here
# and stopped by `stop`. HAProxy (Debian's package; installed when missing and root) uses
# deploy/haproxy.cfg with the local bind address, admin socket and servers filled in: cookie
# stickiness, health checks on /_netest/ready. Pids, ports and logs live in the run directory,
# NETEST_CLUSTER_DIR (default: .cluster in the repository), so `roll` and `stop` touch only the
# processes this script started. Knobs: CLUSTER_DRAIN_SECONDS (10) how long a replica drains
# before it is stopped; CLUSTER_READY_TIMEOUT (180) seconds a replica may take to become ready.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
RUN=${NETEST_CLUSTER_DIR:-$ROOT/.cluster}
DRAIN_SECONDS=${CLUSTER_DRAIN_SECONDS:-10}
READY_TIMEOUT=${CLUSTER_READY_TIMEOUT:-180}
BACKEND=replicas

say() { echo "cluster: $*" >&2; }
die() { say "$*"; exit 1; }

# ------------------------------------------------------------------------------- helpers
haproxy_bin() { command -v haproxy || { [[ -x /usr/sbin/haproxy ]] && echo /usr/sbin/haproxy; } || true; }

ensure_haproxy() {
  [[ -n "$(haproxy_bin)" ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing haproxy (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }
  fi
  [[ -n "$(haproxy_bin)" ]] || die "haproxy is not installed (apt-get install haproxy)"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# http_ok URL: exit 0 when URL answers 200
http_ok() {
  python3 - "$1" <<'PY'
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=3) as r:
        sys.exit(0 if r.status == 200 else 1)
except Exception:
    sys.exit(1)
PY
}

# admin CMD: one command on HAProxy's runtime API, answer on stdout
admin() {
  python3 - "$RUN/haproxy.sock" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(5)
s.connect(sys.argv[1])
s.sendall(sys.argv[2].encode() + b"\n")
out = b""
while chunk := s.recv(65536):
    out += chunk
sys.stdout.write(out.decode())
PY
}

# stat NAME FIELD: a column of `show stat` for server NAME (5 scur, 18 status)
srv_stat() { admin "show stat" | awk -F, -v b="$BACKEND" -v s="$1" -v f="$2" '$1==b && $2==s {print $f}'; }

# ours PIDFILE PATTERN: the pid in PIDFILE if that process is alive and still ours
ours() {
  local pid
  [[ -f "$1" ]] || return 1
  pid=$(cat "$1")
  [[ -n "$pid" ]] && running "$pid" || return 1
  tr '\0' ' ' </proc/"$pid"/cmdline | grep -q -- "$2" || return 1
  echo "$pid"
}

# running PID: alive and not a zombie (a reparented child may wait a while to be reaped)
running() { [[ -r /proc/$1/stat ]] && [[ "$(sed 's/.*) //' /proc/"$1"/stat | cut -d' ' -f1)" != Z ]]; }

replicas() { local f; for f in "$RUN"/replica-*.port; do [[ -e "$f" ]] && basename "$f" .port | sed 's/^replica-//'; done | sort -n; }

# ------------------------------------------------------------------------------- replicas
replica_start() {   # replica_start I PORT
  local i=$1 port=$2 args
  mkdir -p "$RUN/data-$i"
  echo "$port" >"$RUN/replica-$i.port"
  args=$(cd "$ROOT" && "$PY" -c "import sys; from ops.serve import server_args; print(' '.join(server_args(int(sys.argv[1]), '127.0.0.1')))" "$port")
  # the README's command (ops.serve.server_args); own session so stop reaches its engine workers
  # one cookie secret for every replica: the XSRF cookie a browser got from one replica must
  # be valid on the replica it fails over to
  (cd "$ROOT" && exec setsid env DATABASE_URL="$(cat "$RUN/database_url")" NETEST_DATA_DIR="$RUN/data-$i" \
      STREAMLIT_SERVER_COOKIE_SECRET="$(cat "$RUN/cookie_secret")" \
      "$PY" -m streamlit $args >>"$RUN/replica-$i.log" 2>&1 </dev/null) &
  echo $! >"$RUN/replica-$i.pid"
}

replica_wait_ready() {   # replica_wait_ready I
  local i=$1 port deadline
  port=$(cat "$RUN/replica-$i.port")
  deadline=$((SECONDS + READY_TIMEOUT))
  until http_ok "http://127.0.0.1:$port/_netest/ready"; do
    ours "$RUN/replica-$i.pid" server.py >/dev/null || { tail -n 30 "$RUN/replica-$i.log" >&2; die "replica $i exited"; }
    ((SECONDS < deadline)) || die "replica $i not ready after ${READY_TIMEOUT}s (log: $RUN/replica-$i.log)"
    sleep 0.5
  done
}

replica_stop() {   # replica_stop I: SIGTERM to its process group, SIGKILL after 20 s
  local i=$1 pid deadline
  pid=$(ours "$RUN/replica-$i.pid" server.py) || { rm -f "$RUN/replica-$i.pid"; return 0; }
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + 20))
  while running "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$RUN/replica-$i.pid"
}

# ------------------------------------------------------------------------------- HAProxy
write_haproxy_cfg() {   # write_haproxy_cfg PORT: deploy/haproxy.cfg with the local lines
  local port=$1 servers="" i
  for i in $(replicas); do
    servers+="    server r$i 127.0.0.1:$(cat "$RUN/replica-$i.port")\n"
  done
  awk -v bind="    bind 127.0.0.1:$port" -v sock="    stats socket $RUN/haproxy.sock mode 600 level admin" \
      -v servers="$servers" '
    /cluster.sh: resolvers/ { next }
    /cluster.sh: bind/ { print bind; next }
    /cluster.sh: stats socket/ { print sock; next }
    /cluster.sh: servers/ { printf "%s", servers; next }
    /^    log stdout/ { next }
    { print }' "$ROOT/deploy/haproxy.cfg" >"$RUN/haproxy.cfg"
}

wait_up() {   # wait_up NAME: HAProxy's health checks see server NAME as UP
  local deadline=$((SECONDS + READY_TIMEOUT))
  until [[ "$(srv_stat "$1" 18)" == UP ]]; do
    ((SECONDS < deadline)) || die "HAProxy does not see $1 as UP"
    sleep 0.3
  done
}

# ------------------------------------------------------------------------------- commands
cmd_start() {
  local n=${1:-} port=${2:-} i hp
  [[ "$n" =~ ^[1-9][0-9]*$ && "$port" =~ ^[0-9]+$ ]] || die "usage: cluster.sh start N PORT"
  if ours "$RUN/haproxy.pid" haproxy >/dev/null; then die "already running (run dir $RUN); stop it first"; fi
  ensure_haproxy
  rm -f "$RUN"/*.pid "$RUN"/*.port "$RUN"/pg.env
  mkdir -p "$RUN"
  chmod 700 "$RUN"
  if [[ -n "${DATABASE_URL:-}" ]]; then
    echo "$DATABASE_URL" >"$RUN/database_url"
  else
    # shellcheck source=scripts/pg_server.sh
    source "$ROOT/scripts/pg_server.sh"
    pg_start || die "could not start PostgreSQL"
    printf 'PG_BINDIR=%q\nPG_DIR=%q\nPG_PORT=%q\n' "$PG_BINDIR" "$PG_DIR" "$PG_PORT" >"$RUN/pg.env"
    echo "$TEST_POSTGRES_URL" >"$RUN/database_url"
    say "PostgreSQL on 127.0.0.1:$PG_PORT (throwaway, stopped by 'stop')"
  fi
  python3 -c 'import secrets; print(secrets.token_urlsafe(32))' >"$RUN/cookie_secret"
  chmod 600 "$RUN/database_url" "$RUN/cookie_secret"
  # the first replica migrates the database alone; the others start together once it is ready
  replica_start 1 "$(free_port)"
  replica_wait_ready 1
  for ((i = 2; i <= n; i++)); do replica_start "$i" "$(free_port)"; done
  for ((i = 2; i <= n; i++)); do replica_wait_ready "$i"; done
  write_haproxy_cfg "$port"
  hp=$(haproxy_bin)
  "$hp" -c -q -f "$RUN/haproxy.cfg" || die "invalid HAProxy config $RUN/haproxy.cfg"
  (exec setsid "$hp" -db -f "$RUN/haproxy.cfg" >>"$RUN/haproxy.log" 2>&1 </dev/null) &
  echo $! >"$RUN/haproxy.pid"
  for i in $(replicas); do
    local deadline=$((SECONDS + 30))
    until [[ -S "$RUN/haproxy.sock" ]] && admin "show info" >/dev/null 2>&1; do
      ours "$RUN/haproxy.pid" haproxy >/dev/null || { cat "$RUN/haproxy.log" >&2; die "haproxy exited"; }
      ((SECONDS < deadline)) || die "haproxy admin socket missing"
      sleep 0.2
    done
    wait_up "r$i"
  done
  until http_ok "http://127.0.0.1:$port/_netest/ready"; do sleep 0.3; done
  say "ready: $n replicas behind http://127.0.0.1:$port (run dir $RUN)"
}

cmd_roll() {
  local i waited
  ours "$RUN/haproxy.pid" haproxy >/dev/null || die "not running (run dir $RUN)"
  for i in $(replicas); do
    say "r$i: draining"
    admin "set server $BACKEND/r$i state drain" >/dev/null
    waited=0
    while [[ "$(srv_stat "r$i" 5)" != 0 ]] && ((waited < DRAIN_SECONDS * 5)); do sleep 0.2; waited=$((waited + 1)); done
    admin "set server $BACKEND/r$i state maint" >/dev/null
    say "r$i: restarting"
    replica_stop "$i"
    replica_start "$i" "$(cat "$RUN/replica-$i.port")"
    replica_wait_ready "$i"
    admin "set server $BACKEND/r$i state ready" >/dev/null
    wait_up "r$i"
    say "r$i: back in service"
  done
}

cmd_stop() {
  local i pid
  if pid=$(ours "$RUN/haproxy.pid" haproxy); then
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 10))
    while running "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/haproxy.pid" "$RUN/haproxy.sock"
  for i in $(replicas); do replica_stop "$i"; rm -f "$RUN/replica-$i.port"; done
  if [[ -f "$RUN/pg.env" ]]; then
    # shellcheck source=scripts/pg_server.sh
    source "$ROOT/scripts/pg_server.sh"
    # shellcheck disable=SC1091
    source "$RUN/pg.env"
    export PG_BINDIR PG_DIR PG_PORT
    pg_stop
    rm -f "$RUN/pg.env"
  fi
  rm -f "$RUN/database_url" "$RUN/cookie_secret"
  say "stopped"
}

cmd_status() {
  local i pid
  for i in $(replicas); do
    pid=$(ours "$RUN/replica-$i.pid" server.py || echo -)
    echo "r$i port=$(cat "$RUN/replica-$i.port") pid=$pid haproxy=$(srv_stat "r$i" 18 2>/dev/null || echo ?)"
  done
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  roll) cmd_roll ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) die "usage: cluster.sh start N PORT | roll | stop | status" ;;
esac
