#!/usr/bin/env bash
# Trainer mode's "Katalog kursus" tab on the real kiosk under Xvfb, against the
# real pelita-server on loopback, in Indonesian and English:
#  - the server publishes the demo course (not assigned to anyone) and imports the
#    demo roster;
#  - a fresh kiosk of the demo OPD syncs by itself: the tab offers the course as new,
#    not downloaded yet, and says how many of the OPD's
#    learners the roster pull brought;
#  - "Unduh" downloads, verifies and installs it: the tab says "Terpasang" and the
#    course is in the kiosk's courses folder, its files as the package lists them.
# Screenshots under BUILD/screenshots/catalogue/.
# Usage: trainer_catalogue.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/catalogue
mkdir -p "$shots"
opd="Sekretariat Daerah"
package=$bin/../share/pelita/demo-course.pelita

mkdir -p "$work/server/trusted-keys"
cp "$bin/../share/pelita/keys/pelita-demo.pub" "$work/server/trusted-keys/"
start_server
"$bin/pelita-server" publish "$package" --data "$work/server" >/dev/null
"$bin/pelita-server" roster import "$src/assets/demo-roster.csv" --data "$work/server" >/dev/null
members=$(grep -c ",$opd," "$src/assets/demo-roster.csv")

cat >"$work/steps.json" <<'JSON'
[
  {"expect": "Ani Lestari, S.Sos.", "timeout_ms": 60000,
   "note": "the first sync brings the roster and moves the buttons below it: wait for it before clicking"},
  {"click": "@login.trainer"},
  {"click": "PIN"}, {"type": "97531086"}, {"key": "Enter"},
  {"expect": "@trainer.title"},
  {"click": "@trainer.tab_catalogue"},
  {"expect": "@catalogue.new_course", "timeout_ms": 60000, "note": "the kiosk's own first sync read the catalogue"},
  {"expect": "@TITLE@"},
  {"expect": "@catalogue.state_offered"},
  {"expect": "@catalogue.roster_pulled|count=@MEMBERS@|added=@MEMBERS@", "timeout_ms": 30000},
  {"screenshot": "@SHOTS@/offered-@LANG@.png"},
  {"click": "@catalogue.download"},
  {"expect": "@catalogue.state_installed", "timeout_ms": 90000},
  {"expect_not": "@catalogue.new_course", "timeout_ms": 0, "note": "no longer an offer once installed"},
  {"screenshot": "@SHOTS@/installed-@LANG@.png"},
  {"quit": 0}
]
JSON

run() { # run LANG: a fresh kiosk of the demo OPD, the whole path in LANG
  local lang=$1 data=$work/kiosk-$1 title
  mkdir -p "$data/trusted-keys"
  cp "$bin/../share/pelita/keys/pelita-demo.pub" "$data/trusted-keys/"
  echo 97531086 | "$bin/pelita" config --data "$data" --trainer-pin - --lang "$lang" --server "$url" \
    --key "$key" --secret "$secret" --opd "$opd" >/dev/null
  title=$(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['title']; print(t['id-ID' if sys.argv[2]=='id' else 'en-US'])" \
    "$src/assets/demo-course/course.json" "$lang")
  python3 "$src/tests/e2e/trainer_steps.py" "$work/steps.json" "$src/assets/i18n" "$lang" "$shots" "$work/$lang.json"
  sed -i "s|@TITLE@|$title|g; s|@MEMBERS@|$members|g" "$work/$lang.json"
  xvfb_kiosk "$bin/pelita" --data "$data" --automate "$work/$lang.json" >"$work/$lang.log" 2>&1 \
    || fail "$lang script failed: $(tail -40 "$work/$lang.log")"
  [[ $(ls "$data/courses") == pelayanan-prima ]] || fail "$lang: the course is not installed: $(ls -a "$data/courses")"
  [[ -f $data/courses/pelayanan-prima/course.json ]] || fail "$lang: the installed course has no manifest"
  echo "trainer catalogue ($lang): ok, offered as new, downloaded and installed; roster of $members learners"
}

run id
run en
