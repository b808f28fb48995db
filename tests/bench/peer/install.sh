#!/usr/bin/env bash
# Installs the peer LRS for bench_lrs (xapi-statements, pinned in package-lock.json)
# into DIR, a folder of the build tree. Usage: install.sh DIR
# Never fails: without node, npm or the registry, bench_lrs reports that the peer
# did not run and still measures pelita-server. npm ci runs only when the lock changed.
set -uo pipefail
src=$(cd "$(dirname "$0")" && pwd) dir=$1
mkdir -p "$dir"
cp "$src/loopback.cjs" "$dir/"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "bench_lrs: node or npm is not installed (tools/install-deps); the peer LRS will not run"
  exit 0
fi
if cmp -s "$src/package-lock.json" "$dir/package-lock.json" && [[ -f $dir/node_modules/xapi-statements/dist/index.js ]]; then
  exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dir/"
if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); then
  rm -f "$dir/package-lock.json" # so the next run tries again
  echo "bench_lrs: npm ci of xapi-statements failed (offline?); the peer LRS will not run"
fi
exit 0
