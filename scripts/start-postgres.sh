#!/usr/bin/env bash
# Installs (Debian's package) and starts a local PostgreSQL server for the backend tests, creates an
# empty database, and prints its SQLAlchemy URL on the last line. Needs root (CI runs as root).
# Usage: export FILMFACTS_TEST_POSTGRES=$(bash scripts/start-postgres.sh | tail -1)
set -euo pipefail
db=filmfacts_test
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$version" main >&2
fi
cluster=$(pg_lsclusters -h | head -1)
set -- $cluster
pg_ctlcluster "$1" "$2" start >&2 || true
for _ in $(seq 50); do pg_isready -q -h /var/run/postgresql && break; sleep 0.2; done
runuser -u postgres -- psql -q -h /var/run/postgresql -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$(id -un)') THEN CREATE ROLE \"$(id -un)\" SUPERUSER LOGIN; END IF; END\$\$;" >&2
runuser -u postgres -- dropdb -h /var/run/postgresql --if-exists "$db" >&2
runuser -u postgres -- createdb -h /var/run/postgresql -O "$(id -un)" "$db" >&2
echo "postgresql+psycopg:///$db?host=/var/run/postgresql"
