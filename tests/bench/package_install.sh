#!/usr/bin/env bash
# Benchmark: installing a ~512 MB package (mostly stored media) with `pelita import`
# against `cp` of the same file on the same disk, in the same run. Prints both
# times and their ratio; the goal (DESIGN.md) is import <= 1.5x cp.
# cp does not fsync and the install does, so cp followed by `sync` of the copy is
# printed too: that is the fair baseline for bytes that must survive a power cut.
# Usage: package_install.sh BIN_DIR [WORK_PARENT]   (needs ~1.6 GB free there)
set -euo pipefail
bin=$1
work=$(mktemp -d "${2:-/tmp}/pelita-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
now() { date +%s.%N; }
seconds() { python3 -c "print(f'{$2 - $1:.3f}')"; }

"$bin/pelita-pack" keygen bench >/dev/null
"$bin/pelita-pack" init kursus >/dev/null
mkdir kursus/media
for i in 1 2 3 4 5 6 7 8; do
  head -c 64M /dev/urandom >kursus/media/video-$i.mp4
  printf '\n[Video %s](../media/video-%s.mp4)\n' "$i" "$i" >>kursus/lessons/01-pendahuluan.md
done
"$bin/pelita-pack" build kursus -o kursus.pelita --key bench.key >/dev/null
rm -rf kursus/media
mkdir -p kiosk/trusted-keys && cp bench.pub kiosk/trusted-keys/
size=$(stat -c %s kursus.pelita)
sync

t0=$(now); cp kursus.pelita copy.pelita; t1=$(now); sync copy.pelita; t2=$(now)
rm copy.pelita; sync
t3=$(now); "$bin/pelita" import kursus.pelita --data kiosk >/dev/null; t4=$(now)

cp_s=$(seconds "$t0" "$t1"); cp_sync_s=$(seconds "$t0" "$t2"); import_s=$(seconds "$t3" "$t4")
python3 - "$size" "$cp_s" "$cp_sync_s" "$import_s" <<'PY'
import sys
size, cp, cp_sync, imp = int(sys.argv[1]), *map(float, sys.argv[2:])
mb = size / 1e6
print(f"package:            {mb:.0f} MB")
print(f"cp:                 {cp:.3f} s  ({mb / cp:.0f} MB/s)")
print(f"cp + sync:          {cp_sync:.3f} s  ({mb / cp_sync:.0f} MB/s)")
print(f"pelita import:      {imp:.3f} s  ({mb / imp:.0f} MB/s; verify, unpack, fsync, rename)")
print(f"ratio import / cp:        {imp / cp:.2f}  (goal <= 1.5)")
print(f"ratio import / cp + sync: {imp / cp_sync:.2f}")
PY
