#!/usr/bin/env bash
# Benchmark: installing a ~512 MB package (mostly stored media) with `pelita import`
# against `cp` of the same file on the same disk, in the same run. The goal
# (DESIGN.md) is import <= 1.5x cp. cp does not fsync and the install does, so
# cp followed by `sync` of the copy is measured too: the fair baseline for bytes
# that must survive a power cut.
# Each of ROUNDS rounds (default 5) times, in turn, every figure below, so all see
# the same machine load; the medians are printed, with the breakdown that says
# where an import's time goes:
#   cp, cp + sync      the baselines;
#   sha256, N cores    read and hash the package with OpenSSL's SHA-256 (Python's
#                      hashlib), 256 KiB reads, on 1 thread and on one per core,
#                      each hashing its share: the floor of the import's read + hash;
#   verify             `pelita-pack verify`: read and hash every file, write nothing;
#   import             `pelita import` into an empty kiosk: verify + write + fsync + rename;
#   ... (BEFORE_BIN)   with BEFORE_BIN=DIR, the same verify and import by that build's
#                      `pelita-pack` and `pelita` (each when present), to compare a
#                      change with the code before it in one run.
#   cp, cold; import, cold   cp and import with the package first dropped from
#                      the page cache, so both read it from the disk, as from a
#                      USB stick just plugged in.
# Otherwise the package stays in the page cache (it was just written), as does a
# package copied from a USB stick a moment before; every timed write is synced
# away before the next step starts.
# Usage: package_install.sh BIN_DIR [WORK_PARENT]   (needs ~1.6 GB free there)
set -euo pipefail
bin=$1
rounds=${ROUNDS:-5}
work=$(mktemp -d "${2:-/tmp}/pelita-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
now() { date +%s.%N; }
# timed NAME COMMAND...: runs COMMAND, appends its seconds to NAME.times.
timed() {
  local name=$1 t0 t1
  shift
  t0=$(now)
  "$@" >/dev/null
  t1=$(now)
  python3 -c "print(f'{$t1 - $t0:.4f}')" >>"$name.times"
}
# fresh_outputs: removes the last step's copy and kiosk, makes an empty kiosk that
# trusts the bench key, and syncs, so that every writing step starts from the same
# state. A writer that starts just after another step's output was freed reuses
# those pages; one that starts later, on this VM, pays in kernel time to fault in
# pages the host took back (cp once measured 0.15 s or 1.35 s by that alone).
fresh_outputs() {
  rm -rf copy.pelita kiosk
  mkdir -p kiosk/trusted-keys && cp bench.pub kiosk/trusted-keys/
  sync
}

"$bin/pelita-pack" keygen bench >/dev/null
"$bin/pelita-pack" init kursus >/dev/null
mkdir kursus/media
for i in 1 2 3 4 5 6 7 8; do
  head -c 64M /dev/urandom >kursus/media/video-$i.mp4
  printf '\n[Video %s](../media/video-%s.mp4)\n' "$i" "$i" >>kursus/lessons/01-pendahuluan.md
done
"$bin/pelita-pack" build kursus -o kursus.pelita --key bench.key >/dev/null
rm -rf kursus/media
size=$(stat -c %s kursus.pelita)
sync

# evict FILE: drops FILE from the page cache, as for a package on a USB stick
# just plugged in (its pages are clean, so no root is needed).
evict() {
  python3 -c 'import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)' "$1"
}
copy_and_sync() { cp kursus.pelita copy.pelita && sync copy.pelita; }
cores=$(nproc)
# hash_alone THREADS: the package read and hashed as THREADS equal shares at once.
hash_alone() {
  python3 - "$1" kursus.pelita <<'PY'
import hashlib, os, sys, threading
threads, path = int(sys.argv[1]), sys.argv[2]
size = os.path.getsize(path)
def share(i):
    begin, end = size * i // threads, size * (i + 1) // threads
    h, buf = hashlib.sha256(), bytearray(256 << 10)
    with open(path, "rb", buffering=0) as f:
        f.seek(begin)
        while begin < end:
            n = f.readinto(memoryview(buf)[:min(len(buf), end - begin)])
            h.update(memoryview(buf)[:n])
            begin += n
all = [threading.Thread(target=share, args=(i,)) for i in range(threads)]
for t in all: t.start()
for t in all: t.join()
PY
}
for round in $(seq "$rounds"); do
  fresh_outputs
  timed cp cp kursus.pelita copy.pelita
  fresh_outputs
  timed cp_sync copy_and_sync
  timed sha256_1 hash_alone 1
  timed sha256_n hash_alone "$cores"
  timed verify "$bin/pelita-pack" verify kursus.pelita --trust bench.pub
  if [[ -x ${BEFORE_BIN:-/nonexistent}/pelita-pack ]]; then
    timed verify_before "$BEFORE_BIN/pelita-pack" verify kursus.pelita --trust bench.pub
  fi
  fresh_outputs
  timed import "$bin/pelita" import kursus.pelita --data kiosk
  fresh_outputs && evict kursus.pelita
  timed cp_cold cp kursus.pelita copy.pelita
  fresh_outputs && evict kursus.pelita
  timed import_cold "$bin/pelita" import kursus.pelita --data kiosk
  if [[ -x ${BEFORE_BIN:-/nonexistent}/pelita ]]; then
    fresh_outputs
    timed import_before "$BEFORE_BIN/pelita" import kursus.pelita --data kiosk
  fi
  echo "round $round of $rounds done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done

python3 - "$size" "$rounds" "$(cut -d' ' -f1-3 /proc/loadavg)" "$cores" <<'PY'
import os, statistics, sys
size, rounds, load, cores = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
mb = size / 1e6
names = ["cp", "cp_sync", "sha256_1", "sha256_n", "verify", "import", "cp_cold", "import_cold"]
names += [n for n in ("verify_before", "import_before") if os.path.exists(f"{n}.times")]
t = {n: [float(x) for x in open(f"{n}.times")] for n in names}
med = {n: statistics.median(v) for n, v in t.items()}
print(f"package: {mb:.0f} MB; {rounds} rounds; load average at the end {load}")
print(f"{'':22}{'median s':>9}{'min':>8}{'max':>8}{'MB/s':>7}")
rows = [("cp", "cp"), ("cp_sync", "cp + sync"), ("sha256_1", "sha256, 1 core"), ("sha256_n", f"sha256, {cores} cores"),
        ("verify", "pelita-pack verify"), ("import", "pelita import"), ("cp_cold", "cp, cold"),
        ("import_cold", "pelita import, cold")]
rows += [(n, label) for n, label in (("verify_before", "verify (BEFORE_BIN)"), ("import_before", "import (BEFORE_BIN)"))
         if n in t]
for n, label in rows:
    print(f"{label:22}{med[n]:9.3f}{min(t[n]):8.3f}{max(t[n]):8.3f}{mb / med[n]:7.0f}")
print(f"ratio import / cp:        {med['import'] / med['cp']:.2f}  (goal <= 1.5)")
print(f"ratio import / cp + sync: {med['import'] / med['cp_sync']:.2f}")
print(f"cold (package not in the page cache): import / cp: {med['import_cold'] / med['cp_cold']:.2f}")
for n in ("verify", "import"):
    if f"{n}_before" in t:
        print(f"{n} / {n} (BEFORE_BIN):    {med[n] / med[n + '_before']:.2f}")
if "import_before" in t:
    print(f"ratio import (BEFORE_BIN) / cp: {med['import_before'] / med['cp']:.2f};"
          f" / cp + sync: {med['import_before'] / med['cp_sync']:.2f}")
print(f"import - verify:          {med['import'] - med['verify']:.3f} s  (writing, fsync, rename)")
print(f"cp + sync - cp:           {med['cp_sync'] - med['cp']:.3f} s  (the disk's write-out of the same bytes)")
PY
