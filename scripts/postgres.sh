#!/usr/bin/env bash
# Installs PostgreSQL if missing and starts a throw-away test server on 127.0.0.1:55432 (trust auth).
# Idempotent: a server already answering on the port is left alone. Prints the connection string.
set -euo pipefail

PGPORT="${ARSHJUL_PG_PORT:-55432}"
PGDATA="${ARSHJUL_PGDATA:-/tmp/arshjul-pg/data}"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgres: installing PostgreSQL (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || true
  apt-get install -y -q postgresql >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

if runuser -u postgres -- "$PGBIN/pg_isready" -h 127.0.0.1 -p "$PGPORT" -q 2>/dev/null; then
  echo "postgres: already running on port $PGPORT" >&2
else
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    install -d -o postgres -g postgres -m 700 "$PGDATA"
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=300 -c fsync=off" start >&2
  echo "postgres: started on port $PGPORT (data in $PGDATA)" >&2
fi

echo "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
