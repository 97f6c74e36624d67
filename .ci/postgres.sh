# Sourced by .ci/run: makes a PostgreSQL server available for the store tests
# (test/store/postgres.test.ts, test/store/killResume.test.ts) and exports DOSSIER_TEST_PG.
# Idempotent: installs Debian's postgresql only when missing, creates a cluster only when there
# is none, starts it only when it is down (and then stops it again when .ci/run exits), and
# creates the role and database only when they do not exist yet.
pg_log() { echo "postgres: $*"; }
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  pg_log "installing postgresql from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  PG_VER="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  pg_log "creating cluster $PG_VER main"
  pg_createcluster "$PG_VER" main >/dev/null
fi
read -r PG_VER PG_NAME PG_PORT PG_STATUS _ < <(pg_lsclusters -h | head -n 1)
if [ "$PG_STATUS" != "online" ]; then
  pg_log "starting cluster $PG_VER $PG_NAME on port $PG_PORT"
  pg_ctlcluster "$PG_VER" "$PG_NAME" start
  trap 'pg_ctlcluster "$PG_VER" "$PG_NAME" stop || true' EXIT
else
  pg_log "cluster $PG_VER $PG_NAME already running on port $PG_PORT"
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 1
done
pg_psql() { (cd / && runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -tAq "$@"); }
if [ "$(pg_psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'dossier'")" != "1" ]; then
  pg_psql -c "CREATE ROLE dossier LOGIN PASSWORD 'dossier'"
fi
if [ "$(pg_psql -c "SELECT 1 FROM pg_database WHERE datname = 'dossier_test'")" != "1" ]; then
  pg_psql -c "CREATE DATABASE dossier_test OWNER dossier"
fi
export DOSSIER_TEST_PG="postgres://dossier:dossier@127.0.0.1:${PG_PORT}/dossier_test"
pg_log "DOSSIER_TEST_PG=postgres://dossier:***@127.0.0.1:${PG_PORT}/dossier_test"
