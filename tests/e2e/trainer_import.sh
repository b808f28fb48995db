#!/usr/bin/env bash
# Trainer mode's course import, on the real kiosk under Xvfb, in Indonesian and English:
#  - the trainer PIN opens trainer mode; "Impor kursus" imports a folder holding a
#    tampered package (a lesson changed after signing) and a signed one;
#  - the tab shows the import's progress bars, full at its end, then one installed
#    and one refused as damaged or changed, with the reason;
#  - a learner who enrols afterwards finds the course on the home screen, and the
#    trainer sees them in "Hasil peserta";
#  - every trainer tab is saved as a screenshot under BUILD/screenshots/trainer/.
# Usage: trainer_import.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/trainer
mkdir -p "$shots"

cat >"$work/steps.json" <<'JSON'
[
  {"click": "@login.trainer"},
  {"click": "PIN"}, {"type": "97531086"}, {"key": "Enter"},
  {"expect": "@trainer.title"},
  {"click": "@trainer.tab_import"},
  {"expect": "@import.hint"},
  {"click": "@import.path"}, {"type": "@USB@"},
  {"click": "@import.from_path"},
  {"expect": "@import.summary|installed=1|refused=1", "timeout_ms": 30000},
  {"expect": "@import.finished|count=2"},
  {"expect": "@import.refused|file=1-pelayanan-prima-rusak.pelita"},
  {"expect": "@import.refused_tampered"},
  {"expect": "does not match its SHA-256"},
  {"expect": "@import.installed|title=@TITLE@|version=1.0.0"},
  {"expect": "@import.signed_by|name=pelita-demo"},
  {"screenshot": "@SHOTS@/import-@LANG@.png"},
  {"click": "@trainer.leave"},
  {"click": "@learners.enrol"},
  {"click": "NIP"}, {"type": "198501012010011001"},
  {"click": "@enrol.name"}, {"type": "Dra. Siti Rahmah, M.Si."},
  {"click": "@enrol.unit"}, {"type": "Dinas Kesehatan"},
  {"click": "@enrol.position"}, {"type": "Analis Kebijakan"},
  {"click": "@enrol.pin"}, {"type": "246810"},
  {"click": "@enrol.pin_again"}, {"type": "246810"},
  {"click": "@enrol.save"},
  {"expect": "@TITLE@", "note": "the course just installed is on the learner's home"},
  {"click": "@home.sign_out"},
  {"click": "@login.trainer"},
  {"click": "PIN"}, {"type": "97531086"}, {"key": "Enter"},
  {"expect": "@trainer.pin_ok"},
  {"screenshot": "@SHOTS@/learners-@LANG@.png"},
  {"click": "@trainer.tab_results"},
  {"expect": "Dra. Siti Rahmah, M.Si."},
  {"expect": "@results.status_new"},
  {"expect": "@results.count|shown=1|total=1"},
  {"screenshot": "@SHOTS@/results-@LANG@.png"},
  {"click": "@trainer.tab_sync"},
  {"expect": "@sync_panel.state_not_configured"},
  {"expect": "@sync_panel.quarantine_none"},
  {"screenshot": "@SHOTS@/sync-@LANG@.png"},
  {"click": "@trainer.tab_settings"},
  {"expect": "@keys.title"},
  {"expect": "pelita-demo"},
  {"screenshot": "@SHOTS@/settings-@LANG@.png"},
  {"quit": 0}
]
JSON

run() { # run LANG: a fresh kiosk trusting the demo publisher, the whole path in LANG
  local lang=$1 data=$work/kiosk-$1 usb=$work/usb-$1
  mkdir -p "$data/trusted-keys" "$usb"
  cp "$bin/../share/pelita/keys/pelita-demo.pub" "$data/trusted-keys/"
  echo 97531086 | "$bin/pelita" config --data "$data" --trainer-pin - --lang "$lang" >/dev/null
  cp "$bin/../share/pelita/demo-course.pelita" "$usb/2-pelayanan-prima.pelita"
  # The same package with one lesson changed: course.json and its signature untouched.
  python3 - "$usb/2-pelayanan-prima.pelita" "$usb/1-pelayanan-prima-rusak.pelita" <<'PY'
import sys, zipfile
src, dst = sys.argv[1:3]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for info in zin.infolist():
        data = zin.read(info)
        if info.filename.startswith("lessons/"):
            data = data.replace(b"pelayanan", b"PELAYANAN", 1)
        zout.writestr(info, data)
PY
  local title
  title=$(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['title']; print(t['id-ID' if sys.argv[2]=='id' else 'en-US'])" \
    "$src/assets/demo-course/course.json" "$lang")
  python3 "$src/tests/e2e/trainer_steps.py" "$work/steps.json" "$src/assets/i18n" "$lang" "$shots" "$work/$lang.json"
  sed -i "s|@USB@|$usb|g; s|@TITLE@|$title|g" "$work/$lang.json"
  xvfb_kiosk "$bin/pelita" --data "$data" --automate "$work/$lang.json" >"$work/$lang.log" 2>&1 \
    || fail "$lang script failed: $(tail -40 "$work/$lang.log")"
  [[ $(ls "$data/courses") == pelayanan-prima ]] || fail "the course is not installed once: $(ls -a "$data/courses")"
  echo "trainer import ($lang): ok"
}

run id
run en
