#!/usr/bin/env bash
# The lesson player on the real kiosk under Xvfb, over the demo course (which
# uses every Markdown feature: headings, bold/italic, nested and numbered lists,
# a quote, code, a table, a rule, an image, a lesson link and a web link).
# - Indonesian at 100 %: scrolls with the keyboard to the picture, the code and
#   the table, follows a lesson link by mouse and one by Tab + Enter.
# - Reading position: scrolls, waits for "Tersimpan", is killed with SIGKILL;
#   after a restart "Lanjutkan" shows the same place (same pixels) .
# - English at 100 % and 200 % with high contrast, and Indonesian at 200 %: the
#   same place again (the position is per block, not per pixel), and the screens.
# Screenshots land in BIN_DIR/../e2e-shots/lesson/.
# Usage: lesson_player.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/e2e-shots/lesson
mkdir -p "$shots"
db=$work/kiosk/records.db
run_kiosk() { xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$1"; }
position() { sqlite3 "$db" "SELECT printf('%.4f', position) FROM reading_positions WHERE lesson_id = '$1'"; }

"$bin/pelita" import "$src/assets/demo-course" --data "$work/kiosk" >/dev/null

cat >"$work/read.json" <<JSON
{"timeout_ms": 8000, "steps":[
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"198703152012012003"},
  {"click":"Nama lengkap"}, {"type":"Yusuf Hamdani, S.E."},
  {"click":"PIN (6 angka)"}, {"type":"731946"}, {"click":"Ketik PIN sekali lagi"}, {"type":"731946"},
  {"click":"Simpan dan mulai"},
  {"click":"Buka kursus"},
  {"click":"Baca", "index":0},
  {"expect":"Dasar hukumnya"},
  {"wait_ms":300}, {"screenshot":"$shots/id-100-lesson-top.png"},
  {"key":"PageDown"}, {"key":"PageDown"}, {"key":"PageDown"},
  {"expect":"Gambar: contoh alur layanan"},
  {"wait_ms":300}, {"screenshot":"$shots/id-100-lesson-image.png"},
  {"key":"PageDown"},
  {"expect":"jenis kelamin : 1 (pria)", "note":"the code block under \"Contoh: membaca NIP\""},
  {"wait_ms":300}, {"screenshot":"$shots/id-100-lesson-code.png"},
  {"key":"End"},
  {"expect":"JDIH BPK"},
  {"click":"Sikap Melayani dan Menangani Keluhan", "note":"a link to the next lesson's file"},
  {"expect":"Budaya 3S"},
  {"key":"End"},
  {"expect":"Sikap yang keliru"},
  {"wait_ms":300}, {"screenshot":"$shots/id-100-lesson-table.png"},
  {"key":"Home"},
  {"expect":"Budaya 3S"},
  {"key":"Tab", "note":"the first link: back to lesson 1, by its id"},
  {"key":"Enter"},
  {"expect":"JDIH BPK", "note":"lesson 1 again, where it was left (its end)"},
  {"wait_ms":500, "note":"keys pressed while the saved place is being restored are not the learner's scrolling"},
  {"key":"Home"}, {"key":"PageDown"}, {"key":"PageDown"}, {"key":"Down"},
  {"wait_ms":500},
  {"expect":"Tersimpan"},
  {"screenshot":"$work/before-kill.png"},
  {"wait_ms":60000}
]}
JSON
run_kiosk "$work/read.json" >"$work/read.log" 2>&1 &
cut_power_after "$work/before-kill.png" "$work/read.log" "the lesson walk did not finish"
saved=$(position asas-pelayanan)
echo "killed the kiosk at reading position $saved of lesson 1"
[[ -n $saved ]] && awk "BEGIN{exit !($saved > 1)}" || fail "no reading position was saved for lesson 1: '$saved'"
[[ -n $(position sikap-melayani) ]] || fail "the linked lesson's position was not saved"

cat >"$work/resume.json" <<JSON
{"timeout_ms": 8000, "steps":[
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"PIN"}, {"type":"731946"}, {"key":"Enter"},
  {"click":"Buka kursus"},
  {"click":"Lanjutkan: Apa Itu Pelayanan Prima?"},
  {"expect":"Selesai, lanjutkan", "note":"the lesson is laid out (its buttons are drawn, off screen or not)"},
  {"wait_ms":500},
  {"screenshot":"$work/after-restart.png"},
  {"quit":0}
]}
JSON
run_kiosk "$work/resume.json" >"$work/resume.log" 2>&1 || fail "resuming failed: $(tail -20 "$work/resume.log")"
# The text column, below the course line and above the status bar.
crop=(-crop 900x640+190+60 +repage)
convert "$work/before-kill.png" "${crop[@]}" "$work/before-text.png"
convert "$work/after-restart.png" "${crop[@]}" "$work/after-text.png"
cp "$work/after-restart.png" "$shots/id-100-after-kill.png"
diff=$(compare -metric AE "$work/before-text.png" "$work/after-text.png" null: 2>&1 || true)
[[ $diff == 0 ]] || fail "the lesson shows a different place after kill -9 ($diff pixels differ)"
[[ $(position asas-pelayanan) == "$saved" ]] || fail "reopening moved the saved place: $(position asas-pelayanan)"

cat >"$work/large.json" <<JSON
{"timeout_ms": 8000, "steps":[
  {"click":"English"},
  {"expect":"Welcome to Pelita"},
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"PIN"}, {"type":"731946"}, {"key":"Enter"},
  {"click":"Open course"},
  {"click":"Continue: What Is Service Excellence?"},
  {"expect":"Done, continue"}, {"wait_ms":500},
  {"screenshot":"$shots/en-100-lesson.png"},
  {"click":"Back to the course"}, {"click":"Back to home"}, {"click":"Sign out"},
  {"expect":"Text size: 100 %"},
  {"click":"Larger text"}, {"click":"Larger text"}, {"click":"Larger text"}, {"click":"Larger text"},
  {"expect":"Text size: 200 %"},
  {"click":"High contrast"},
  {"wait_ms":300}, {"screenshot":"$shots/en-200-hc-start.png"},
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"PIN"}, {"type":"731946"}, {"key":"Enter"},
  {"click":"Open course"},
  {"wait_ms":300}, {"screenshot":"$shots/en-200-hc-course.png"},
  {"click":"Continue: What Is Service Excellence?"},
  {"expect":"Done, continue"}, {"wait_ms":500},
  {"screenshot":"$shots/en-200-hc-lesson.png"},
  {"quit":0}
]}
JSON
run_kiosk "$work/large.json" >"$work/large.log" 2>&1 || fail "the large-text walk failed: $(tail -30 "$work/large.log")"
# At 200 % the same block is at the top: opening it there saved no other place.
[[ $(position asas-pelayanan) == "$saved" ]] || fail "200 % text moved lesson 1's place: $(position asas-pelayanan) != $saved"

cat >"$work/more.json" <<JSON
{"timeout_ms": 8000, "steps":[
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"PIN"}, {"type":"731946"}, {"key":"Enter"},
  {"click":"Open course"},
  {"click":"Continue: What Is Service Excellence?"},
  {"expect":"Done, continue"},
  {"expect_not":"Loading the picture", "note":"the picture in place: End then goes to the lesson's real end"},
  {"key":"End"}, {"expect":"JDIH BPK"},
  {"wait_ms":300}, {"screenshot":"$shots/en-200-hc-lesson-end.png"},
  {"key":"Up", "note":"at 200 % the link to lesson 2 sits a few lines above the end"},
  {"click":"Sikap Melayani dan Menangani Keluhan"},
  {"expect":"Kesan pertama warga", "note":"lesson 2's first paragraph; at 200 % its next heading is below"},
  {"key":"End"}, {"key":"PageUp", "note":"at 200 % the summary fills the last screen; the table is above"},
  {"expect":"Mengantar atau"},
  {"wait_ms":300}, {"screenshot":"$shots/en-200-hc-table.png"},
  {"key":"Home"}, {"key":"Tab"},
  {"wait_ms":300}, {"screenshot":"$shots/en-200-hc-focus.png"},
  {"click":"Back to the course"}, {"click":"Back to home"}, {"click":"Sign out"},
  {"click":"Bahasa Indonesia"},
  {"click":"Warna biasa"},
  {"expect":"Ukuran teks: 200 %"},
  {"click":"Yusuf Hamdani, S.E.  ·  198703152012012003"},
  {"click":"PIN"}, {"type":"731946"}, {"key":"Enter"},
  {"click":"Buka kursus"},
  {"click":"Baca", "index":0},
  {"expect":"Selesai, lanjutkan"}, {"wait_ms":500},
  {"screenshot":"$shots/id-200-lesson.png"},
  {"quit":0}
]}
JSON
run_kiosk "$work/more.json" >"$work/more.log" 2>&1 || fail "the large-text walk failed: $(tail -30 "$work/more.log")"
[[ $(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'kiosk.text_scale'") == 2 ]] || fail "text scale not saved"
[[ $(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'kiosk.high_contrast'") == no ]] || fail "contrast not saved"
echo "lesson player: ok (screenshots in $shots)"
