#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL server from Debian's packages, with a role and
# database for the test suites. Prints the connection URL on its last line.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >/dev/null
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='civic'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE civic LOGIN SUPERUSER PASSWORD 'civic'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='civic_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O civic civic_test"
echo "postgres://civic:civic@127.0.0.1:5432/civic_test"
