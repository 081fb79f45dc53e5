#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the API suite and prints the one line to eval:
#   eval "$(bash scripts/ci-postgres.sh)"
# Only that `export` line goes to stdout; everything else goes to stderr so that eval stays safe.
# Idempotent: a second run reuses the cluster it started before. Stop it with `--stop`.
# Trust authentication on loopback only: the cluster holds nothing but test data.
set -euo pipefail

root="${PARLEY_PG_DIR:-${TMPDIR:-/tmp}/parley-ci-postgres}"
data="$root/data"
database="${PARLEY_PG_DATABASE:-parley_test}"
log() { echo "ci-postgres: $*" >&2; }

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

bin="$(find_bin || true)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and this is not root: install the 'postgresql' package first."
    exit 1
  fi
  log "installing PostgreSQL with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
  bin="$(find_bin)"
fi

# initdb refuses to run as root, so root hands the cluster to the `postgres` user.
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "creating the postgres user"
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  as_owner() { runuser -u postgres -- "$@"; }
  mkdir -p "$root"
  chown postgres: "$root"
else
  as_owner() { "$@"; }
  mkdir -p "$root"
fi

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$data/PG_VERSION" ]; then as_owner "$bin/pg_ctl" -D "$data" -m fast stop >&2 || true; fi
  exit 0
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ ! -f "$data/PG_VERSION" ]; then
  log "initialising a cluster in $data"
  as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync >&2
fi

if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port="$(cat "$root/port")"
  log "reusing the cluster already running on port $port"
else
  port="${PARLEY_PG_PORT:-5433}"
  while port_in_use "$port"; do port=$((port + 1)); done
  log "starting PostgreSQL on 127.0.0.1:$port"
  # fsync off: a crash loses only test data, and the suite runs several times faster.
  as_owner "$bin/pg_ctl" -D "$data" -l "$root/postgres.log" -w -t 60 \
    -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
  echo "$port" >"$root/port"
fi

psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -X -q -tA)
if [ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  "${psql[@]}" -d postgres -c "CREATE DATABASE \"$database\"" >&2
fi

echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/$database"
