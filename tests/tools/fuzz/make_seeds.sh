#!/usr/bin/env bash
# Writes a short seed corpus for package_reader_fuzz into DIR: a signed and an
# unsigned build of the demo course, and small broken variants of it.
# Usage: make_seeds.sh BIN_DIR SOURCE_DIR DIR
set -euo pipefail
bin=$1 src=$2 out=$3
mkdir -p "$out"
work=$(mktemp -d /tmp/pelita-fuzz-seeds.XXXXXX)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$bin/pelita-pack" keygen seed >/dev/null)
"$bin/pelita-pack" build "$src/assets/demo-course" -o "$out/demo-signed.pelita" --key "$work/seed.key" >/dev/null
"$bin/pelita-pack" build "$src/assets/demo-course" -o "$out/demo-unsigned.pelita" >/dev/null
head -c 2000 "$out/demo-signed.pelita" >"$out/truncated.pelita"
python3 - "$out" <<'PY'
import sys, zipfile
out = sys.argv[1]
with zipfile.ZipFile(f"{out}/demo-signed.pelita") as src, zipfile.ZipFile(f"{out}/hostile.pelita", "w") as z:
    for item in src.infolist():
        z.writestr(item, src.read(item))
    z.writestr("../escape.md", "# x")
    z.writestr("Lessons/01-asas-pelayanan.md", "# case")
PY
