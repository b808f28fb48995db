#!/usr/bin/env bash
# A power cut mid-quiz: the kiosk is killed (SIGKILL, no shutdown) right after the
# screen said "Tersimpan". On restart the learner resumes the same attempt at the
# first unanswered question, the saved answers count, and no statement is lost
# or doubled.
# Usage: power_cut_resume.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
run_kiosk() { xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$1"; }

"$bin/pelita" import "$src/assets/demo-course" --data "$work/kiosk" >/dev/null

cat >"$work/before.json" <<'JSON'
{"steps":[
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"198703152012012003"},
  {"click":"Nama lengkap"}, {"type":"Yusuf Hamdani, S.E."},
  {"click":"Simpan dan mulai"},
  {"click":"Buka kursus"},
  {"click":"Mulai kuis"},
  {"expect":"Soal 1 dari 5"},
  {"click":"UU No. 25 Tahun 2009"}, {"click":"Berikutnya"},
  {"click":"Persamaan perlakuan atau tidak diskriminatif"},
  {"expect":"Tersimpan"},
  {"screenshot":"saved.png"},
  {"wait_ms":60000}
]}
JSON
run_kiosk "$work/before.json" >"$work/before.log" 2>&1 &
for _ in $(seq 300); do
  [[ -f $work/saved.png ]] && break
  sleep 0.1
done
[[ -f $work/saved.png ]] || fail "the kiosk never showed Tersimpan: $(cat "$work/before.log")"
kiosk_pid=$(pgrep -f "^$bin/pelita --data $work/kiosk" | head -1)
[[ -n $kiosk_pid ]] || fail "kiosk process not found"
kill -9 "$kiosk_pid"
kiosk_pid=
echo "kiosk killed after two saved answers"

cat >"$work/after.json" <<'JSON'
{"steps":[
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"Buka kursus"},
  {"click":"Mulai kuis"},
  {"expect":"Soal 3 dari 5"},
  {"click":"Nomor telepon pribadi kepala dinas"}, {"click":"Berikutnya"},
  {"click":"Mendengarkan keluhannya sampai selesai tanpa membela diri"}, {"click":"Berikutnya"},
  {"click":"SP4N-LAPOR!"},
  {"click":"Periksa jawaban"},
  {"expect_not":"belum dijawab"},
  {"click":"Kirim jawaban"},
  {"expect":"Nilai Anda: 100"},
  {"quit":0}
]}
JSON
run_kiosk "$work/after.json" || fail "resuming after the power cut failed"

db=$work/kiosk/records.db
count() { sqlite3 "$db" "SELECT count(*) FROM outbox WHERE body LIKE '%verbs/$1\"%'"; }
[[ $(sqlite3 "$db" 'PRAGMA integrity_check') == ok ]] || fail "records.db is damaged"
[[ $(count answered) == 5 ]] || fail "expected 5 answered statements, found $(count answered)"
[[ $(count attempted) == 1 ]] || fail "expected one attempt, found $(count attempted)"
[[ $(count passed) == 1 ]] || fail "expected one passed statement, found $(count passed)"
[[ $(sqlite3 "$db" 'SELECT count(*) FROM quiz_attempts') == 1 ]] || fail "the attempt was not resumed"
echo "power cut resume: ok"
