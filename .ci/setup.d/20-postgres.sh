#!/usr/bin/env bash
# PostgreSQL for the storage tests (Storage:Provider=postgres): Debian's package, its default cluster started as the
# postgres user (the server refuses to run as root), and a throwaway role that may create databases and schemas.
# Loopback only; the role's password is a fixed test value, not a secret. The tests find the server through
# MEDNUM49_TEST_POSTGRES, whose default (tests/Bot.Tests/Support/PostgresServer.cs) is this role on 127.0.0.1:5432.
# Idempotent: safe to run again on a machine where the cluster already runs.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "ci: installing PostgreSQL from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi

# Each test host keeps a small pool: leave room for several test runs at once.
conf="/etc/postgresql/$version/main/conf.d/mednum49-tests.conf"
if [ ! -f "$conf" ]; then
  mkdir -p "$(dirname "$conf")"
  printf "max_connections = 300\nlisten_addresses = 'localhost'\nfsync = on\n" > "$conf"
  if pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main restart
  fi
fi

if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
fi

port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port"

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtAc "$1"; }
psql_admin "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mednum49_test') THEN CREATE ROLE mednum49_test LOGIN CREATEDB PASSWORD 'mednum49_test'; END IF; END \$\$;"
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'mednum49_test'")" != "1" ]; then
  psql_admin "CREATE DATABASE mednum49_test OWNER mednum49_test"
fi
echo "ci: PostgreSQL $version on 127.0.0.1:$port, test database mednum49_test"
