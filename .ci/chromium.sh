# Sourced by .ci/run: Debian's chromium for the browser tests (test/server/browser.test.ts, driven
# by playwright-core; a browser is never downloaded). Idempotent: installed only when missing.
if [ ! -x /usr/bin/chromium ]; then
  echo "chromium: installing from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
