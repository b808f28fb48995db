#!/usr/bin/env bash
# Browser end-to-end test of the /admin/ dashboard: a real pelita-server on
# loopback with a temp data dir, the demo roster, an admin and a reader account,
# and Debian's headless Chromium driven by playwright-core (npm, pinned in
# package-lock.json). Screenshots of every page go to SHOTS_DIR.
# Usage: run.sh BIN_DIR SOURCE_DIR NPM_DIR SHOTS_DIR
# A missing /usr/bin/chromium is installed by tools/install-deps. If that cannot
# be done, the test fails in CI (CI set) and is skipped (exit 77) elsewhere.
set -euo pipefail
bin=$1 src=$2 npm_dir=$3 shots=$4
source "$src/tests/e2e/common.sh"
started=$SECONDS

if [[ ! -x /usr/bin/chromium ]]; then
  "$src/tools/install-deps" >&2 || true
  if [[ ! -x /usr/bin/chromium ]]; then
    [[ -n ${CI:-} ]] && fail "/usr/bin/chromium is missing and tools/install-deps could not install it"
    echo "SKIP: /usr/bin/chromium is not installed and tools/install-deps could not install it"
    exit 77
  fi
fi
command -v node >/dev/null || fail "node is not installed (tools/install-deps installs it)"
command -v npm >/dev/null || fail "npm is not installed (tools/install-deps installs it)"
mkdir -p "$npm_dir"
if ! cmp -s "$src/tests/browser/package-lock.json" "$npm_dir/package-lock.json" || [[ ! -d $npm_dir/node_modules ]]; then
  cp "$src/tests/browser/package.json" "$src/tests/browser/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci of playwright-core failed"
fi
cp "$src"/tests/browser/*.mjs "$npm_dir/"

package="$bin/../share/pelita/demo-course.pelita"
[[ -f $package ]] || fail "the demo package $package is not built"
mkdir -p "$work/server/trusted-keys"
cp "$bin/../share/pelita/keys/pelita-demo.pub" "$work/server/trusted-keys/"
"$bin/pelita-server" roster import "$src/assets/demo-roster.csv" --data "$work/server" >/dev/null
start_server
export ADMIN_PASSWORD=sandi-admin-uji-peramban READER_PASSWORD=sandi-pembaca-uji-peramban
"$bin/pelita-server" admin-user add kepala --role admin --data "$work/server" <<<"$ADMIN_PASSWORD" 2>/dev/null
"$bin/pelita-server" admin-user add staf --role reader --data "$work/server" <<<"$READER_PASSWORD" 2>/dev/null

rm -rf "$shots" && mkdir -p "$shots"
PELITA_URL=$url PACKAGE=$package SHOTS=$shots KIOSK_KEY=$key KIOSK_SECRET=$secret \
  node "$npm_dir/admin_dashboard.mjs" || fail "the browser test failed (server log: $(tail -5 "$work/server.err"))"
echo "browser test: $((SECONDS - started)) s in all, including npm and the server's start"
