#!/usr/bin/env bash
# A power cut mid-quiz: the kiosk is killed (SIGKILL, no shutdown) right after the
# screen said "Tersimpan", on the ordering question, whose items are always shuffled.
# On restart the learner resumes the same attempt at that same question with its
# items in the same order (same seed, same pixels), the time already spent still
# counts, the saved answers count, and no statement is lost or doubled.
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
  {"click":"PIN (6 angka)"}, {"type":"731946"}, {"click":"Ketik PIN sekali lagi"}, {"type":"731946"},
  {"click":"Simpan dan mulai"},
  {"click":"Buka kursus"},
  {"click":"Mulai kuis"},
  {"expect":"Soal 1 dari 8"},
  {"click":"UU No. 25 Tahun 2009"}, {"click":"Berikutnya"},
  {"click":"Salah"}, {"click":"Berikutnya"},
  {"click":"Kepentingan umum"}, {"click":"Kepastian hukum"}, {"click":"Ketepatan waktu"}, {"click":"Berikutnya"},
  {"click":"Jawaban Anda"}, {"type":"SP4N-LAPOR!"}, {"key":"Enter"}, {"click":"Berikutnya"},
  {"click":"Jawaban Anda (angka)"}, {"type":"5"}, {"click":"Berikutnya"},
  {"click":"Membiarkan warga menunggu tanpa penjelasan"}, {"click":"Memberi tahu perkiraan waktu tunggu"},
  {"click":"Mendahulukan kenalan atau kerabat"}, {"click":"Melayani sesuai urutan antrean"},
  {"click":"Meminta imbalan di luar tarif resmi"}, {"click":"Menolak gratifikasi dan mengikuti tarif resmi"},
  {"click":"Berikutnya"},
  {"expect":"Soal 7 dari 8"},
  {"wait_ms":6000, "note":"long enough for a periodic save of the time spent"},
  {"expect":"Tersimpan"},
  {"screenshot":"saved.png"},
  {"wait_ms":60000}
]}
JSON
run_kiosk "$work/before.json" >"$work/before.log" 2>&1 &
cut_power_after "$work/saved.png" "$work/before.log" "the kiosk never showed Tersimpan"
echo "kiosk killed on question 7 after six saved answers"
db=$work/kiosk/records.db
before=$(sqlite3 "$db" 'SELECT seed, current_question FROM quiz_attempts')
elapsed_before=$(sqlite3 "$db" 'SELECT elapsed_ms FROM quiz_attempts')
[[ $before == *"|6" ]] || fail "the question on screen was not saved: $before"
(( elapsed_before >= 5000 )) || fail "the time spent was not saved: $elapsed_before ms"

cat >"$work/after.json" <<'JSON'
{"steps":[
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"PIN"}, {"type":"731946"}, {"key":"Enter"},
  {"click":"Buka kursus"},
  {"click":"Mulai kuis"},
  {"expect":"Soal 7 dari 8"},
  {"screenshot":"resumed.png"},
  {"click":"Naik: Menjelaskan langkah dan kapan warga mendapat kabar"},
  {"click":"Naik: Menjelaskan langkah dan kapan warga mendapat kabar"},
  {"click":"Naik: Menjelaskan langkah dan kapan warga mendapat kabar"},
  {"click":"Naik: Mencatat inti keluhan dan kontak warga"},
  {"click":"Naik: Mencatat inti keluhan dan kontak warga"},
  {"click":"Naik: Mencatat inti keluhan dan kontak warga"},
  {"click":"Naik: Menyampaikan permohonan maaf"},
  {"click":"Naik: Menyampaikan permohonan maaf"},
  {"click":"Naik: Menyampaikan permohonan maaf"},
  {"click":"Naik: Mendengarkan keluhan sampai selesai"},
  {"click":"Naik: Mendengarkan keluhan sampai selesai"},
  {"click":"Naik: Mendengarkan keluhan sampai selesai"},
  {"click":"Berikutnya"},
  {"click":"Setuju"},
  {"click":"Periksa jawaban"},
  {"expect_not":"belum dijawab"},
  {"click":"Kirim jawaban"},
  {"expect":"Nilai Anda: 100"},
  {"quit":0}
]}
JSON
run_kiosk "$work/after.json" || fail "resuming after the power cut failed"

# The same draw: same seed, and the shuffled items stand where they stood. The crop
# is the question (stem and items), below the countdown and above the buttons.
[[ $(sqlite3 "$db" "SELECT seed FROM quiz_attempts") == "${before%|*}" ]] || fail "the attempt's seed changed"
crop=(-crop 880x330+200+150 +repage)
convert "$work/saved.png" "${crop[@]}" "$work/saved-q7.png"
convert "$work/resumed.png" "${crop[@]}" "$work/resumed-q7.png"
diff=$(compare -metric AE "$work/saved-q7.png" "$work/resumed-q7.png" null: 2>&1 || true)
[[ $diff == 0 ]] || fail "question 7 looks different after the power cut ($diff pixels differ)"
(( $(sqlite3 "$db" 'SELECT elapsed_ms FROM quiz_attempts') >= elapsed_before )) || fail "time spent was lost"
count() { sqlite3 "$db" "SELECT count(*) FROM outbox WHERE body LIKE '%verbs/$1\"%'"; }
[[ $(sqlite3 "$db" 'PRAGMA integrity_check') == ok ]] || fail "records.db is damaged"
answered_questions=$(sqlite3 "$db" "SELECT count(DISTINCT json_extract(body, '$.object.id')) FROM outbox
  WHERE body LIKE '%verbs/answered\"%'")
[[ $answered_questions == 8 ]] || fail "expected answers to 8 questions, found $answered_questions"
[[ $(count attempted) == 1 ]] || fail "expected one attempt, found $(count attempted)"
# One "passed" for the quiz and one for the course (which carries the certificate).
passed_quiz=$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE body LIKE '%verbs/passed\"%'
  AND json_extract(body, '$.object.id') LIKE '%/quiz/%'")
[[ $passed_quiz == 1 ]] || fail "expected one passed statement for the quiz, found $passed_quiz"
[[ $(count passed) == 2 ]] || fail "expected the quiz and the course passed once each, found $(count passed)"
[[ $(sqlite3 "$db" 'SELECT count(*) FROM quiz_attempts') == 1 ]] || fail "the attempt was not resumed"
echo "power cut resume: ok"
