# Sourced by .ci/run: a C compiler and SQLite's extension header (Debian's libsqlite3-dev), which
# `npm run build` needs to build the store's FTS5 ranking function (native/dossier_rank.c,
# scripts/buildRank.mjs). Idempotent: installed only when missing.
if [ ! -f /usr/include/sqlite3ext.h ] || ! command -v cc >/dev/null 2>&1; then
  echo "sqlite-dev: installing libsqlite3-dev and gcc from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libsqlite3-dev gcc >/dev/null
fi
echo "sqlite-dev: $(test -f /usr/include/sqlite3ext.h && echo sqlite3ext.h present || echo missing), cc $(cc -dumpversion 2>/dev/null || echo missing)"
