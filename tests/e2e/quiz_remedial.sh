#!/usr/bin/env bash
# The remedial path, on the real kiosk under Xvfb: a learner answers the demo quiz
# badly through every type's control (a number typed as a word is refused), sees
# the review list of unanswered questions, fails, is told how many attempts remain
# and which lessons to study, opens one, and retakes as a new attempt, which it
# then sends unanswered in English. Screenshots of every question, the review and
# the result, in both languages, land in BIN_DIR/../e2e-shots/quiz/.
# Usage: quiz_remedial.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/e2e-shots/quiz
mkdir -p "$shots"

"$bin/pelita" import "$src/assets/demo-course" --data "$work/kiosk" >/dev/null

cat >"$work/remedial.json" <<JSON
{"timeout_ms": 8000, "steps":[
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"199005122015031004"},
  {"click":"Nama lengkap"}, {"type":"Andi Saputra, S.Kom."},
  {"click":"PIN (6 angka)"}, {"type":"864213"}, {"click":"Ketik PIN sekali lagi"}, {"type":"864213"},
  {"click":"Simpan dan mulai"},
  {"click":"Buka kursus"},
  {"click":"Mulai kuis"},
  {"expect":"Soal 1 dari 8"}, {"click":"UU No. 14 Tahun 2008"}, {"screenshot":"$shots/id-1-single-choice.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 2 dari 8"}, {"click":"Benar"}, {"screenshot":"$shots/id-2-true-false.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 3 dari 8"}, {"click":"Keuntungan bagi instansi"}, {"screenshot":"$shots/id-3-multiple-response.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 4 dari 8"}, {"click":"Jawaban Anda"}, {"type":"Kotak saran"},
  {"screenshot":"$shots/id-4-short-answer.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 5 dari 8"}, {"click":"Jawaban Anda (angka)"}, {"type":"tiga"},
  {"expect":"Ini belum berupa angka."}, {"screenshot":"$shots/id-5-numerical.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 6 dari 8"}, {"click":"Membiarkan warga menunggu tanpa penjelasan"},
  {"expect":"Mengantar ke petugas yang tepat"}, {"screenshot":"$shots/id-6-matching-open.png"},
  {"click":"Mengantar ke petugas yang tepat"}, {"screenshot":"$shots/id-6-matching.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 7 dari 8"}, {"screenshot":"$shots/id-7-ordering.png"},
  {"click":"Berikutnya"},
  {"expect":"Soal 8 dari 8"}, {"click":"Ragu-ragu"}, {"screenshot":"$shots/id-8-likert.png"},
  {"click":"Periksa jawaban"},
  {"expect":"Soal 7: belum dijawab"}, {"expect":"1 soal belum dijawab"},
  {"screenshot":"$shots/id-review.png"},
  {"click":"Kirim jawaban"},
  {"expect":"Nilai Anda: 0"}, {"expect":"Tidak lulus"},
  {"expect":"Sisa kesempatan mengerjakan kuis ini: 2."},
  {"expect":"Buka materi: Apa Itu Pelayanan Prima?"},
  {"expect":"Buka materi: Sikap Melayani dan Menangani Keluhan"},
  {"screenshot":"$shots/id-result-failed.png"},
  {"click":"Buka materi: Apa Itu Pelayanan Prima?"},
  {"expect":"Asas pelayanan publik"},
  {"click":"Kembali ke kursus"},
  {"click":"Mulai kuis"},
  {"expect":"Soal 1 dari 8"},
  {"quit":0}
]}
JSON
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/remedial.json" || fail "remedial script failed"

db=$work/kiosk/records.db
q() { sqlite3 "$db" "$1"; }
[[ $(q 'SELECT count(*) FROM quiz_attempts') == 2 ]] || fail "expected a failed attempt and a retake"
[[ $(q 'SELECT count(*) FROM quiz_attempts WHERE submitted_at IS NOT NULL AND passed = 0') == 1 ]] \
  || fail "the first attempt is not stored as failed"
[[ $(q 'SELECT count(*) FROM quiz_attempts WHERE submitted_at IS NULL AND current_question = 0') == 1 ]] \
  || fail "the retake is not an open attempt at its first question"
[[ $(q 'SELECT count(DISTINCT seed) FROM quiz_attempts') == 2 ]] || fail "the retake reused the first draw's seed"
[[ $(q "SELECT count(*) FROM outbox WHERE body LIKE '%verbs/failed\"%'") == 1 ]] || fail "expected one failed statement"

# The retake in English, sent with nothing answered: the result screen in English.
"$bin/pelita" config --data "$work/kiosk" --lang en >/dev/null
cat >"$work/english.json" <<JSON
{"timeout_ms": 8000, "steps":[
  {"expect":"Welcome to Pelita"},
  {"click":"Andi Saputra, S.Kom.  ·  199005122015031004"},
  {"click":"PIN"}, {"type":"864213"}, {"click":"Sign in"},
  {"expect":"Hello, Andi Saputra, S.Kom."},
  {"click":"Open course"},
  {"click":"Start quiz"},
  {"expect":"Question 1 of 8"}, {"screenshot":"$shots/en-1-single-choice.png"}, {"click":"Next"},
  {"expect":"Question 2 of 8"}, {"screenshot":"$shots/en-2-true-false.png"}, {"click":"Next"},
  {"expect":"Question 3 of 8"}, {"screenshot":"$shots/en-3-multiple-response.png"}, {"click":"Next"},
  {"expect":"Question 4 of 8"}, {"screenshot":"$shots/en-4-short-answer.png"}, {"click":"Next"},
  {"expect":"Question 5 of 8"}, {"screenshot":"$shots/en-5-numerical.png"}, {"click":"Next"},
  {"expect":"Question 6 of 8"}, {"screenshot":"$shots/en-6-matching.png"}, {"click":"Next"},
  {"expect":"Question 7 of 8"}, {"screenshot":"$shots/en-7-ordering.png"}, {"click":"Next"},
  {"expect":"Question 8 of 8"}, {"screenshot":"$shots/en-8-likert.png"},
  {"click":"Review answers"},
  {"expect":"8 questions are not answered."}, {"screenshot":"$shots/en-review.png"},
  {"click":"Submit answers"},
  {"expect":"Your score: 0"}, {"expect":"Not passed"},
  {"expect":"Attempts left at this quiz: 1."},
  {"expect":"Open lesson: What Is Service Excellence?"}, {"expect":"Retake the quiz"},
  {"screenshot":"$shots/en-result-failed.png"},
  {"quit":0}
]}
JSON
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/english.json" || fail "english retake script failed"
[[ $(q 'SELECT count(*) FROM quiz_attempts WHERE submitted_at IS NOT NULL AND passed = 0') == 2 ]] \
  || fail "the English retake is not stored as a second failed attempt"
# "tiga" is not a number: it was saved as typed and scored wrong, not dropped.
[[ $(q "SELECT response FROM quiz_answers WHERE question_id = 'jumlah-langkah'") == tiga ]] \
  || fail "the typed number was not kept"
for png in "$shots"/id-*.png "$shots"/en-*.png; do
  colours=$(convert "$png" -format '%k' info:)
  (( colours > 16 )) || fail "$png looks blank ($colours colours)"
done
echo "quiz remedial path: ok (screenshots in $shots)"
