#!/usr/bin/env bash
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#
# Starts a throwaway PostgreSQL 15 cluster on a free loopback port, runs CMD with
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
# exported, then stops the cluster and removes its directory (also on failure and Ctrl-C).
# Exits with CMD's exit code.
#
# Everything here runs as root and PostgreSQL refuses to run as root, so the server runs as the
# `postgres` OS user (created if missing). The cluster is UTF-8 with LC_CTYPE C.UTF-8 (trigram
# similarity of non-Latin names needs a UTF-8 LC_CTYPE), trust auth, fsync off.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

log() { echo "with-postgres: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# --- binaries -----------------------------------------------------------------------------------
# On Debian the server binaries live in /usr/lib/postgresql/15/bin (not always on PATH).
for dir in /usr/lib/postgresql/15/bin /usr/local/pgsql/bin; do
  if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    PATH="$dir:$PATH"
    break
  fi
done
export PATH

if ! command -v initdb >/dev/null 2>&1 || ! command -v pg_ctl >/dev/null 2>&1; then
  log "initdb/pg_ctl not found, installing postgresql-15"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql-15 >&2
  PATH="/usr/lib/postgresql/15/bin:$PATH"
  export PATH
  command -v initdb >/dev/null 2>&1 || { log "initdb still missing after install"; exit 1; }
fi

# --- OS user --------------------------------------------------------------------------------------
if ! id -u postgres >/dev/null 2>&1; then
  log "creating the 'postgres' OS user"
  as_root useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if [ "$(id -un)" = "postgres" ]; then
  as_pg() { "$@"; }
elif [ "$(id -u)" -eq 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  # Not root and not postgres: PostgreSQL runs fine as an ordinary user.
  as_pg() { "$@"; }
fi

# --- free port ------------------------------------------------------------------------------------
free_port() {
  if command -v node >/dev/null 2>&1; then
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
  else
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
  fi
}

# --- cluster --------------------------------------------------------------------------------------
d="$(mktemp -d "${TMPDIR:-/tmp}/approdo-pg.XXXXXX")"
chmod 700 "$d"
started=0
cleaned=0

cleanup() {
  [ "$cleaned" -eq 1 ] && return 0
  cleaned=1
  if [ "$started" -eq 1 ]; then
    as_pg pg_ctl -D "$d/pg" -m immediate -w -t 30 stop >/dev/null 2>&1 || {
      log "pg_ctl stop failed; killing the postmaster"
      if [ -f "$d/pg/postmaster.pid" ]; then kill -9 "$(head -1 "$d/pg/postmaster.pid")" 2>/dev/null || true; fi
    }
  fi
  rm -rf "$d"
}

on_signal() {
  local sig="$1" code="$2"
  trap - INT TERM HUP
  # Stop the child command too if it is still running.
  if [ -n "${child:-}" ]; then kill -TERM "$child" 2>/dev/null || true; wait "$child" 2>/dev/null || true; fi
  cleanup
  log "interrupted by SIG$sig"
  exit "$code"
}

trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

if [ "$(id -u)" -eq 0 ]; then chown postgres "$d"; fi

if ! as_pg initdb -D "$d/pg" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >"$d/initdb.log" 2>&1; then
  log "initdb failed:"
  cat "$d/initdb.log" >&2
  exit 1
fi

# A port found free can be taken before the server binds it: retry a few times.
port=""
for attempt in 1 2 3 4 5; do
  port="$(free_port)"
  if as_pg pg_ctl -D "$d/pg" \
    -o "-p $port -k $d -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    -l "$d/log" -w -t 60 start >/dev/null 2>&1; then
    started=1
    break
  fi
  log "start on port $port failed (attempt $attempt)"
  tail -n 20 "$d/log" >&2 2>/dev/null || true
  # A failed start may still leave a running postmaster behind.
  as_pg pg_ctl -D "$d/pg" -m immediate -w stop >/dev/null 2>&1 || true
done
if [ "$started" -ne 1 ]; then
  log "could not start PostgreSQL; server log:"
  cat "$d/log" >&2 2>/dev/null || true
  exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
log "PostgreSQL $(as_pg postgres --version | awk '{print $3}') on 127.0.0.1:$port (data in $d/pg)"

# Run CMD in the background so signals reach our trap promptly; propagate its exit code.
set +e
"$@" <&0 &
child=$!
wait "$child"
rc=$?
# `wait` returns >128 when interrupted by a trapped signal; wait again for the real status.
while kill -0 "$child" 2>/dev/null; do
  wait "$child"
  rc=$?
done
child=""
set -e
exit "$rc"
