#!/usr/bin/env bash
# Interoperability: pelita-server driven by @xapi/xapi (npm), a third-party xAPI
# client, through node. Usage: run.sh BIN_DIR SOURCE_DIR NPM_DIR
# NPM_DIR keeps the installed client between runs (npm ci only when the lock changed).
set -euo pipefail
bin=$1 src=$2 npm_dir=$3
source "$src/tests/e2e/common.sh"

command -v node >/dev/null || fail "node is not installed (tools/install-deps installs it)"
mkdir -p "$npm_dir"
if ! cmp -s "$src/tests/interop/package-lock.json" "$npm_dir/package-lock.json" || [[ ! -d $npm_dir/node_modules ]]; then
  cp "$src/tests/interop/package.json" "$src/tests/interop/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci of @xapi/xapi failed"
fi
cp "$src/tests/interop/xapi_client_check.mjs" "$npm_dir/"

start_server
creds=$("$bin/pelita-server" credential create --data "$work/server" --name interop --role admin)
export PELITA_URL=$url
PELITA_KEY=$(sed -n 's/^key=//p' <<<"$creds")
PELITA_SECRET=$(sed -n 's/^secret=//p' <<<"$creds")
export PELITA_KEY PELITA_SECRET
node "$npm_dir/xapi_client_check.mjs"
