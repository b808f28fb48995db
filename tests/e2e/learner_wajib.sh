#!/usr/bin/env bash
# Kursus Wajib on the real kiosk under Xvfb, in Indonesian and English:
#  - pelita-server publishes the demo course, imports the demo roster and, through
#    the dashboard's form, assigns the course to the demo OPD with a due date;
#  - a fresh kiosk of that OPD syncs by itself: it registers, pulls the roster and
#    the assignments, and downloads and installs the assigned course unasked;
#  - a roster learner chooses a PIN and signs in: home shows the course with
#    "Wajib" and "Batas: <date>" (the date in the UI language), not late;
#  - the first-PIN screen and the home screen are saved as
#    BUILD/screenshots/wajib/first-pin-LANG.png and home-LANG.png.
# Usage: learner_wajib.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/wajib
mkdir -p "$shots"
opd="Sekretariat Daerah"
course=https://pelita.sawahluntokota.go.id/course/pelayanan-prima
due=$(date -d '+40 days' +%F)

mkdir -p "$work/server/trusted-keys"
cp "$bin/../share/pelita/keys/pelita-demo.pub" "$work/server/trusted-keys/"
start_server
"$bin/pelita-server" publish "$bin/../share/pelita/demo-course.pelita" --data "$work/server" >/dev/null
"$bin/pelita-server" roster import "$src/assets/demo-roster.csv" --data "$work/server" >/dev/null
"$bin/pelita-server" admin-user add kepala --role admin --data "$work/server" <<<"sandi-admin-uji-wajib" 2>/dev/null

# The admin's form, as a browser posts it: the login page's token, then the session's.
jar=$work/cookies
csrf() { sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1; }
token=$(curl -fsS -c "$jar" -b "$jar" "$url/admin/login" | csrf)
curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" --data-urlencode username=kepala \
  --data-urlencode password=sandi-admin-uji-wajib "$url/admin/login"
token=$(curl -fsS -c "$jar" -b "$jar" "$url/admin/assignments" | csrf)
[[ -n $token ]] || fail "the admin could not log in"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" --data-urlencode "course=$course" \
  --data-urlencode "opd=$opd" --data-urlencode position= --data-urlencode "due=$due" "$url/admin/assignments/add" \
  || fail "the assignment was refused"

cat >"$work/steps.json" <<'JSON'
[
  {"expect": "Ani Lestari, S.Sos.", "timeout_ms": 60000, "note": "the roster came with the kiosk's own sync"},
  {"click": "Ani Lestari, S.Sos.  \u00b7  198501012010012001"},
  {"click": "@login.first_pin"}, {"type": "246810"},
  {"click": "@login.first_pin_again"}, {"type": "246810"},
  {"screenshot": "@SHOTS@/first-pin-@LANG@.png"},
  {"click": "@login.first_pin_save"},
  {"expect": "@home.wajib", "timeout_ms": 30000},
  {"expect": "@home.wajib_due|date=@DUE@"},
  {"expect": "@TITLE@", "timeout_ms": 60000, "note": "downloaded and installed without anyone asking"},
  {"expect": "@home.open_course", "timeout_ms": 60000},
  {"expect_not": "@home.wajib_late", "timeout_ms": 0},
  {"screenshot": "@SHOTS@/home-@LANG@.png"},
  {"quit": 0}
]
JSON

run() { # run LANG: a fresh kiosk of the demo OPD, the whole path in LANG
  local lang=$1 data=$work/kiosk-$1
  mkdir -p "$data/trusted-keys"
  cp "$bin/../share/pelita/keys/pelita-demo.pub" "$data/trusted-keys/"
  echo 97531086 | "$bin/pelita" config --data "$data" --trainer-pin - --lang "$lang" --server "$url" \
    --key "$key" --secret "$secret" --opd "$opd" >/dev/null
  local title shown
  title=$(python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['title']; print(t['id-ID' if sys.argv[2]=='id' else 'en-US'])" \
    "$src/assets/demo-course/course.json" "$lang")
  # "31 Des 2026": the day, the month's short name in LANG, the year.
  shown=$(python3 -c "import json,sys; w=json.load(open(sys.argv[1])); y,m,d=sys.argv[2].split('-'); print(f\"{int(d)} {w['date.month_short_'+str(int(m))]} {y}\")" \
    "$src/assets/i18n/$lang.json" "$due")
  python3 "$src/tests/e2e/trainer_steps.py" "$work/steps.json" "$src/assets/i18n" "$lang" "$shots" "$work/$lang.json"
  sed -i "s|@TITLE@|$title|g; s|@DUE@|$shown|g" "$work/$lang.json"
  xvfb_kiosk "$bin/pelita" --data "$data" --automate "$work/$lang.json" >"$work/$lang.log" 2>&1 \
    || fail "$lang script failed: $(tail -40 "$work/$lang.log")"
  [[ $(ls "$data/courses") == pelayanan-prima ]] || fail "$lang: the assigned course is not installed: $(ls -a "$data/courses")"
  [[ $(sqlite3 "$data/records.db" "SELECT course_iri || ' ' || opd || ' ' || due FROM assignments") == "$course $opd $due" ]] \
    || fail "$lang: records.db does not hold the assignment"
  echo "learner wajib ($lang): ok, home shows the course with its due date $shown"
}

run id
run en
