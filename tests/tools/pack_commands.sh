#!/usr/bin/env bash
# pelita-pack as a trainer runs it: init, keygen, build (good and broken), sign,
# verify (trusted, untrusted, damaged), inspect. Usage: pack_commands.sh BIN_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"
pack=$1/pelita-pack
work=$(mktemp -d /tmp/pelita-pack-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

for command in init build keygen sign verify inspect; do
  expect_exit 0 "$pack" "$command" --help; has "Usage: pelita-pack $command"
done
expect_exit 2 "$pack" frobnicate; has '"frobnicate" is not a command'
expect_exit 2 "$pack" build kursus; has "-o OUT.pelita is needed"
expect_exit 2 "$pack" verify a.pelita --colour; has 'unknown option "--colour"'

# A new course from the scaffold builds and verifies as it is.
expect_exit 0 "$pack" init kursus
[[ -f kursus/course.json && -f kursus/lessons/01-pendahuluan.md && -f kursus/quizzes/kuis-1.json ]] || fail "init left files out"
expect_exit 1 "$pack" init kursus; has "already exists"
expect_exit 0 "$pack" keygen penerbit
[[ $(stat -c %a penerbit.key) == 600 ]] || fail "penerbit.key is not mode 0600"
expect_exit 1 "$pack" keygen penerbit; has "already exists"
expect_exit 0 "$pack" keygen orang-lain
expect_exit 0 "$pack" build kursus -o kursus.pelita --key penerbit.key; has "signed by key"
expect_exit 0 "$pack" verify kursus.pelita --trust penerbit.pub; has "ok,"; has "(trusted: penerbit)"
expect_exit 0 "$pack" verify kursus.pelita
expect_exit 1 "$pack" verify kursus.pelita --trust orang-lain.pub; has "not trusted here"

# inspect, as text and JSON.
expect_exit 0 "$pack" inspect kursus.pelita; has "Judul Kursus (id-ID)"; has "lessons/01-pendahuluan.md"
expect_exit 0 "$pack" inspect kursus.pelita --json
python3 -c 'import json,sys; d=json.load(open("out.txt")); assert d["version"]=="1.0.0" and d["lessons"]==1 and len(d["files"])==2 and d["signature"]["state"]=="valid", d'

# Unsigned, then signed with sign.
expect_exit 0 "$pack" build kursus -o polos.pelita; has "not signed"
expect_exit 1 "$pack" verify polos.pelita; has "signature: is missing"
expect_exit 0 "$pack" sign polos.pelita --key penerbit.key
expect_exit 0 "$pack" verify polos.pelita --trust penerbit.pub

# A lesson that links a missing image fails the build with file and line.
printf '\nLihat bagan:\n\n![Bagan](../media/bagan.png)\n' >>kursus/lessons/01-pendahuluan.md
line=$(grep -n 'bagan.png' kursus/lessons/01-pendahuluan.md | cut -d: -f1)
expect_exit 1 "$pack" build kursus -o rusak.pelita
has "kursus/lessons/01-pendahuluan.md:$line: image \"media/bagan.png\" does not exist"
[[ ! -e rusak.pelita ]] || fail "a failed build left rusak.pelita"
mkdir -p kursus/media && head -c 3000 /dev/urandom >kursus/media/bagan.png
expect_exit 0 "$pack" build kursus -o dengan-gambar.pelita --key penerbit.key
expect_exit 0 "$pack" inspect dengan-gambar.pelita; has "media/bagan.png"

# A package changed after signing: each problem is printed, and verify fails.
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("kursus.pelita") as src, zipfile.ZipFile("diubah.pelita", "w") as out:
    for item in src.infolist():
        data = src.read(item)
        if item.filename == "lessons/01-pendahuluan.md":
            data = data.replace(b"Pendahuluan", b"PENDAHULUAN")
        out.writestr(item, data)
    out.writestr("catatan.txt", "tidak terdaftar")
PY
expect_exit 1 "$pack" verify diubah.pelita --trust penerbit.pub
has "diubah.pelita: lessons/01-pendahuluan.md: does not match its SHA-256"
has "diubah.pelita: catatan.txt: is in the package but not listed in course.json"
head -c 100 kursus.pelita >terpotong.pelita
expect_exit 1 "$pack" verify terpotong.pelita; has "not a complete zip file"
expect_exit 1 "$pack" inspect terpotong.pelita
echo "pelita-pack commands: all checks passed"
