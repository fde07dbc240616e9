#!/usr/bin/env bash
# Start or stop the local Redis and PostgreSQL that the storage tests use.
#
#   bash scripts/services.sh start   # idempotent; prints the URLs
#   bash scripts/services.sh stop
#   bash scripts/services.sh status
#
# Redis 127.0.0.1:6390 (no persistence, dir /tmp/zongjie-redis) and PostgreSQL 15 on
# 127.0.0.1:5439 (data /tmp/zongjie-pg, trust auth on localhost, database zongjie_test).
# Both listen on 127.0.0.1 only. Ports and dirs can be changed through the variables below.
set -euo pipefail

REDIS_PORT="${ZONGJIE_REDIS_PORT:-6390}"
REDIS_DIR="${ZONGJIE_REDIS_DIR:-/tmp/zongjie-redis}"
PG_PORT="${ZONGJIE_PG_PORT:-5439}"
PG_DIR="${ZONGJIE_PG_DIR:-/tmp/zongjie-pg}"
PG_DB="zongjie_test"
PG_USER="postgres"

REDIS_URL="redis://127.0.0.1:${REDIS_PORT}"
PG_URL="postgresql://${PG_USER}@127.0.0.1:${PG_PORT}/${PG_DB}"

log() { printf '[services] %s\n' "$*" >&2; }
die() {
  printf '[services] ERROR: %s\n' "$*" >&2
  exit 1
}

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# Runs a command as the postgres user (PostgreSQL refuses to run as root).
as_pg() {
  if [[ "$(id -u)" == "0" ]]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

apt_updated=0
apt_install() {
  # Install first without refreshing the lists; refresh only when that fails.
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1; then
    if [[ "$apt_updated" == "0" ]]; then
      log "apt-get update"
      apt-get update -qq >/dev/null
      apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

redis_ping() {
  [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null || true)" == "PONG" ]]
}

start_redis() {
  if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    log "redis-server missing: installing it with apt-get"
    apt_install redis-server
  fi
  if redis_ping; then
    log "Redis already answering on 127.0.0.1:${REDIS_PORT}"
    return 0
  fi
  mkdir -p "$REDIS_DIR"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
    --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" \
    --save '' --appendonly no --protected-mode yes
  local i
  for i in $(seq 1 100); do
    if redis_ping; then
      log "Redis started on 127.0.0.1:${REDIS_PORT}"
      return 0
    fi
    sleep 0.1
  done
  tail -n 20 "$REDIS_DIR/redis.log" >&2 || true
  die "Redis did not answer on 127.0.0.1:${REDIS_PORT} within 10 s"
}

stop_redis() {
  if command -v redis-cli >/dev/null 2>&1 && redis_ping; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    log "Redis on 127.0.0.1:${REDIS_PORT} stopped"
  else
    log "Redis on 127.0.0.1:${REDIS_PORT} was not running"
  fi
}

start_pg() {
  local bin
  bin="$(find_pg_bin)" || {
    log "PostgreSQL missing: installing it with apt-get"
    apt_install postgresql
    bin="$(find_pg_bin)" || die "PostgreSQL binaries not found after installing"
  }
  if as_pg "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    log "PostgreSQL already answering on 127.0.0.1:${PG_PORT}"
  else
    if [[ ! -s "$PG_DIR/PG_VERSION" ]]; then
      log "initdb into $PG_DIR"
      rm -rf "$PG_DIR"
      mkdir -p "$PG_DIR"
      chown postgres: "$PG_DIR" 2>/dev/null || true
      chmod 700 "$PG_DIR"
      as_pg "$bin/initdb" -D "$PG_DIR" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$PG_DIR.initdb.log" 2>&1 ||
        as_pg "$bin/initdb" -D "$PG_DIR" -U "$PG_USER" --auth=trust -E UTF8 --locale=C \
          >"$PG_DIR.initdb.log" 2>&1 || {
        cat "$PG_DIR.initdb.log" >&2
        die "initdb failed"
      }
    fi
    # A stale pid file from a killed server would stop pg_ctl: remove it when no process has it.
    if [[ -f "$PG_DIR/postmaster.pid" ]]; then
      local pid
      pid="$(head -n 1 "$PG_DIR/postmaster.pid" 2>/dev/null || true)"
      if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$PG_DIR/postmaster.pid"
      fi
    fi
    as_pg "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p ${PG_PORT} -c unix_socket_directories=${PG_DIR} -c fsync=on" \
      start >/dev/null || {
      tail -n 30 "$PG_DIR/server.log" >&2 || true
      die "PostgreSQL did not start on 127.0.0.1:${PG_PORT}"
    }
    local i
    for i in $(seq 1 100); do
      as_pg "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
      sleep 0.1
    done
    as_pg "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" ||
      die "PostgreSQL did not answer on 127.0.0.1:${PG_PORT}"
    log "PostgreSQL started on 127.0.0.1:${PG_PORT}"
  fi
  local exists
  exists="$(as_pg "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'")"
  if [[ "$exists" != "1" ]]; then
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
    log "database ${PG_DB} created"
  fi
}

stop_pg() {
  local bin
  if bin="$(find_pg_bin)" && [[ -s "$PG_DIR/PG_VERSION" ]] &&
    as_pg "$bin/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null
    log "PostgreSQL on 127.0.0.1:${PG_PORT} stopped"
  else
    log "PostgreSQL on 127.0.0.1:${PG_PORT} was not running"
  fi
}

case "${1:-}" in
start)
  start_redis
  start_pg
  echo "TEST_REDIS_URL=${REDIS_URL}"
  echo "TEST_POSTGRES_URL=${PG_URL}"
  ;;
stop)
  stop_redis
  stop_pg
  ;;
status)
  if redis_ping; then echo "redis: up (${REDIS_URL})"; else echo "redis: down"; fi
  if bin="$(find_pg_bin)" && as_pg "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "postgres: up (${PG_URL})"
  else
    echo "postgres: down"
  fi
  ;;
*)
  echo "usage: bash scripts/services.sh start|stop|status" >&2
  exit 2
  ;;
esac
