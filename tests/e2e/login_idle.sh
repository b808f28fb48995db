#!/usr/bin/env bash
# Idle logout on the real kiosk under Xvfb, with kiosk.idle_minutes set to 0.25
# (15 s: 7.5 s quiet, then a 7.5 s warning). A learner reads a lesson and walks
# away: the warning counts down, "I am still here" cancels it, and the next time
# the kiosk signs them out, with the lesson's record saved.
# Screenshots of the warning in both languages go to BUILD/screenshots/login/.
# Usage: login_idle.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/login
mkdir -p "$shots"

"$bin/pelita" config --data "$work/kiosk" --idle-minutes abc >/dev/null 2>&1 && fail "a non-number idle time was accepted"
"$bin/pelita" import "$src/assets/demo-course" --data "$work/kiosk" >/dev/null
"$bin/pelita" config --data "$work/kiosk" --idle-minutes 0.25 | grep -q 'idle-minutes=0.25' || fail "idle time not set"

cat >"$work/id.json" <<JSON
{"steps":[
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"199202292019032002"},
  {"click":"Nama lengkap"}, {"type":"Rina Marlina, S.Sos."},
  {"click":"PIN (6 angka)"}, {"type":"482604"},
  {"click":"Ketik PIN sekali lagi"}, {"type":"482604"},
  {"click":"Simpan dan mulai"},
  {"expect":"JP tahun ini: 0 dari 20 JP"},
  {"click":"Buka kursus"}, {"click":"Baca"}, {"click":"Selesai, lanjutkan"},
  {"expect":"Tersimpan"},
  {"expect":"Anda akan keluar otomatis dalam", "timeout_ms":12000},
  {"screenshot":"$shots/09-idle-warning-id.png"},
  {"click":"Saya masih di sini"},
  {"expect_not":"Anda akan keluar otomatis"},
  {"expect":"Budaya 3S", "note":"still on the same lesson"},
  {"expect":"Anda akan keluar otomatis dalam", "timeout_ms":12000},
  {"expect":"Anda telah keluar otomatis karena tidak ada aktivitas.", "timeout_ms":12000},
  {"expect":"Selamat datang di Pelita"},
  {"screenshot":"$shots/10-idle-signed-out-id.png"},
  {"quit":0}
]}
JSON
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/id.json" >"$work/id.log" 2>&1 \
  || fail "idle logout script failed: $(tail -30 "$work/id.log")"

db=$work/kiosk/records.db
[[ $(sqlite3 "$db" "SELECT count(*) FROM lesson_progress WHERE nip='199202292019032002'") == 1 ]] \
  || fail "the lesson read before the idle logout was not saved"
[[ $(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE body LIKE '%verbs/completed%'") == 1 ]] \
  || fail "the lesson's statement is not in the outbox"

# The warning and the notice in English, for the screenshots.
"$bin/pelita" config --data "$work/kiosk" --lang en >/dev/null
cat >"$work/en.json" <<JSON
{"steps":[
  {"click":"Rina Marlina, S.Sos.  ·  199202292019032002"},
  {"click":"PIN"}, {"type":"482604"}, {"key":"Enter"},
  {"expect":"Hello, Rina Marlina, S.Sos."},
  {"expect":"You will be signed out in", "timeout_ms":12000},
  {"screenshot":"$shots/09-idle-warning-en.png"},
  {"expect":"You were signed out because there was no activity.", "timeout_ms":12000},
  {"screenshot":"$shots/10-idle-signed-out-en.png"},
  {"quit":0}
]}
JSON
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/en.json" >"$work/en.log" 2>&1 \
  || fail "idle logout script (en) failed: $(tail -30 "$work/en.log")"
echo "idle logout: ok"
