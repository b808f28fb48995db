#!/usr/bin/env bash
# Signing in with a PIN, through the real kiosk under Xvfb:
#  - enrol with a PIN (the NIP and the PIN checked as they are typed) -> home with the JP bar;
#  - sign out, pick the name, a wrong PIN twice (tries left shown), the right PIN -> home;
#  - type the NIP, five wrong PINs -> locked, with a countdown that moves;
#  - the trainer PIN (set with `pelita config --trainer-pin`) opens trainer mode,
#    which resets the learner's PIN and ends the lockout; the new PIN signs in.
# Every screen is saved in Indonesian and in English under BUILD/screenshots/login/.
# Usage: login_pin.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/login
mkdir -p "$shots"

run() { # run LANG: the whole path on a fresh kiosk in that language
  local lang=$1 data=$work/kiosk-$1
  "$bin/pelita" import "$src/assets/demo-course" --data "$data" >/dev/null
  echo 97531086 | "$bin/pelita" config --data "$data" --trainer-pin - --lang "$lang" | grep -q 'trainer-pin=(set)' \
    || fail "trainer PIN not set"
  sed "s|@SHOTS@|$shots|g; s|@LANG@|$lang|g" "$work/$lang.json" >"$work/$lang-run.json"
  xvfb_kiosk "$bin/pelita" --data "$data" --automate "$work/$lang-run.json" >"$work/$lang.log" 2>&1 \
    || fail "$lang script failed: $(tail -30 "$work/$lang.log")"
  local db=$data/records.db
  [[ $(sqlite3 "$db" "SELECT pin_hash LIKE '\$argon2id\$%' FROM learners") == 1 ]] || fail "PIN not stored as Argon2id"
  [[ $(sqlite3 "$db" "SELECT count(*) FROM learners WHERE pin_hash LIKE '%246810%' OR pin_hash LIKE '%135790%'") == 0 ]] \
    || fail "a PIN is stored in the clear"
  [[ $(sqlite3 "$db" "SELECT failed_pins FROM learners") == 0 ]] || fail "the right PIN did not clear the count"
  echo "login ($lang): ok"
}

cat >"$work/id.json" <<'JSON'
{"steps":[
  {"expect":"Selamat datang di Pelita"},
  {"screenshot":"@SHOTS@/01-start-@LANG@.png"},
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"19850101201013"},
  {"expect":"14 dari 18 angka"},
  {"type":"1001"},
  {"expect":"Bulan TMT CPNS dalam NIP (angka ke-13 dan ke-14) harus 01 sampai 12."},
  {"key":"Backspace"}, {"key":"Backspace"}, {"key":"Backspace"},
  {"key":"Backspace"}, {"key":"Backspace"}, {"key":"Backspace"},
  {"type":"011001"},
  {"expect":"NIP benar."},
  {"click":"Nama lengkap"}, {"type":"Dra. Siti Rahmah, M.Si."},
  {"click":"OPD / unit kerja"}, {"type":"Dinas Kependudukan dan Pencatatan Sipil"},
  {"click":"Jabatan"}, {"type":"Analis Kebijakan"},
  {"click":"PIN (6 angka)"}, {"type":"246810"},
  {"click":"Ketik PIN sekali lagi"}, {"type":"246811"},
  {"expect":"Kedua PIN tidak sama. Ketik ulang PIN yang sama."},
  {"screenshot":"@SHOTS@/02-enrol-problems-@LANG@.png"},
  {"key":"Backspace"}, {"type":"0"},
  {"expect_not":"Kedua PIN tidak sama"},
  {"click":"Simpan dan mulai"},
  {"expect":"Halo, Dra. Siti Rahmah, M.Si."},
  {"expect":"JP tahun ini: 0 dari 20 JP"},
  {"screenshot":"@SHOTS@/03-home-@LANG@.png"},
  {"click":"Keluar"},
  {"click":"Dra. Siti Rahmah, M.Si.  ·  198501012010011001"},
  {"expect":"Masuk sebagai Dra. Siti Rahmah, M.Si."},
  {"click":"1"}, {"click":"1"}, {"click":"1"}, {"click":"1"}, {"click":"1"}, {"click":"1"},
  {"click":"Masuk"},
  {"expect":"PIN salah. Sisa 4 kali percobaan sebelum Anda harus menunggu."},
  {"screenshot":"@SHOTS@/04-pin-wrong-@LANG@.png"},
  {"click":"PIN"}, {"type":"999999"}, {"key":"Enter"},
  {"expect":"PIN salah. Sisa 3 kali percobaan"},
  {"click":"PIN"}, {"type":"246810"}, {"key":"Enter"},
  {"expect":"Halo, Dra. Siti Rahmah, M.Si."},
  {"click":"Keluar"},
  {"click":"Atau ketik NIP Anda"}, {"type":"198501012010011001"},
  {"click":"Lanjut"},
  {"expect":"Masuk sebagai Dra. Siti Rahmah, M.Si."},
  {"click":"PIN"}, {"type":"000001"}, {"key":"Enter"}, {"expect":"Sisa 4 kali"},
  {"click":"PIN"}, {"type":"000002"}, {"key":"Enter"}, {"expect":"Sisa 3 kali"},
  {"click":"PIN"}, {"type":"000003"}, {"key":"Enter"}, {"expect":"Sisa 2 kali"},
  {"click":"PIN"}, {"type":"000004"}, {"key":"Enter"}, {"expect":"Sisa 1 kali"},
  {"click":"PIN"}, {"type":"000005"}, {"key":"Enter"},
  {"expect":"Terlalu sering salah PIN. Tunggu 0:59 lagi"},
  {"screenshot":"@SHOTS@/05-pin-locked-@LANG@.png"},
  {"expect":"Tunggu 0:57 lagi", "timeout_ms":4000, "note":"the countdown moves without any input"},
  {"click":"Bukan saya, kembali"},
  {"click":"Instruktur"},
  {"expect":"Masuk sebagai Instruktur"},
  {"click":"PIN"}, {"type":"12345678"}, {"key":"Enter"},
  {"expect":"PIN salah. Sisa 4 kali"},
  {"screenshot":"@SHOTS@/06-trainer-pin-@LANG@.png"},
  {"click":"PIN"}, {"type":"97531086"}, {"key":"Enter"},
  {"expect":"Mode Instruktur"},
  {"expect":"Terkunci sampai"},
  {"click":"Atur ulang PIN"},
  {"click":"PIN baru (6 angka)"}, {"type":"135790"},
  {"click":"Ketik PIN baru sekali lagi"}, {"type":"135790"},
  {"screenshot":"@SHOTS@/07-trainer-reset-@LANG@.png"},
  {"click":"Simpan PIN baru"},
  {"expect":"PIN baru tersimpan. Berikan kepada peserta secara langsung."},
  {"expect":"PIN aktif"},
  {"screenshot":"@SHOTS@/08-trainer-done-@LANG@.png"},
  {"click":"Keluar dari mode Instruktur"},
  {"click":"Dra. Siti Rahmah, M.Si.  ·  198501012010011001"},
  {"click":"PIN"}, {"type":"135790"}, {"key":"Enter"},
  {"expect":"Halo, Dra. Siti Rahmah, M.Si."},
  {"quit":0}
]}
JSON

cat >"$work/en.json" <<'JSON'
{"steps":[
  {"expect":"Welcome to Pelita"},
  {"screenshot":"@SHOTS@/01-start-@LANG@.png"},
  {"click":"Enrol as a new learner"},
  {"click":"NIP"}, {"type":"19850101201013"},
  {"expect":"14 of 18 digits"},
  {"type":"1001"},
  {"expect":"The TMT CPNS month in the NIP (digits 13 and 14) must be 01 to 12."},
  {"key":"Backspace"}, {"key":"Backspace"}, {"key":"Backspace"},
  {"key":"Backspace"}, {"key":"Backspace"}, {"key":"Backspace"},
  {"type":"011001"},
  {"expect":"The NIP is valid."},
  {"click":"Full name"}, {"type":"Dra. Siti Rahmah, M.Si."},
  {"click":"OPD / work unit"}, {"type":"Dinas Kependudukan dan Pencatatan Sipil"},
  {"click":"Position"}, {"type":"Analis Kebijakan"},
  {"click":"PIN (6 digits)"}, {"type":"246810"},
  {"click":"Type the PIN again"}, {"type":"246811"},
  {"expect":"The two PINs differ. Type the same PIN twice."},
  {"screenshot":"@SHOTS@/02-enrol-problems-@LANG@.png"},
  {"key":"Backspace"}, {"type":"0"},
  {"expect_not":"The two PINs differ"},
  {"click":"Save and start"},
  {"expect":"Hello, Dra. Siti Rahmah, M.Si."},
  {"expect":"JP this year: 0 of 20 JP"},
  {"screenshot":"@SHOTS@/03-home-@LANG@.png"},
  {"click":"Sign out"},
  {"click":"Dra. Siti Rahmah, M.Si.  ·  198501012010011001"},
  {"click":"1"}, {"click":"1"}, {"click":"1"}, {"click":"1"}, {"click":"1"}, {"click":"1"},
  {"click":"Sign in"},
  {"expect":"Wrong PIN. 4 more tries before you have to wait."},
  {"screenshot":"@SHOTS@/04-pin-wrong-@LANG@.png"},
  {"click":"PIN"}, {"type":"999999"}, {"key":"Enter"}, {"expect":"Wrong PIN. 3 more tries"},
  {"click":"PIN"}, {"type":"246810"}, {"key":"Enter"},
  {"expect":"Hello, Dra. Siti Rahmah, M.Si."},
  {"click":"Sign out"},
  {"click":"Or type your NIP"}, {"type":"198501012010011001"}, {"key":"Enter"},
  {"click":"PIN"}, {"type":"000001"}, {"key":"Enter"}, {"expect":"4 more tries"},
  {"click":"PIN"}, {"type":"000002"}, {"key":"Enter"}, {"expect":"3 more tries"},
  {"click":"PIN"}, {"type":"000003"}, {"key":"Enter"}, {"expect":"2 more tries"},
  {"click":"PIN"}, {"type":"000004"}, {"key":"Enter"}, {"expect":"1 more tries"},
  {"click":"PIN"}, {"type":"000005"}, {"key":"Enter"},
  {"expect":"Too many wrong PINs. Wait 0:59"},
  {"screenshot":"@SHOTS@/05-pin-locked-@LANG@.png"},
  {"click":"Not me, go back"},
  {"click":"Trainer"},
  {"expect":"Sign in as trainer"},
  {"screenshot":"@SHOTS@/06-trainer-pin-@LANG@.png"},
  {"click":"PIN"}, {"type":"97531086"}, {"key":"Enter"},
  {"expect":"Trainer mode"},
  {"click":"Reset PIN"},
  {"click":"New PIN (6 digits)"}, {"type":"135790"},
  {"click":"Type the new PIN again"}, {"type":"135790"},
  {"screenshot":"@SHOTS@/07-trainer-reset-@LANG@.png"},
  {"click":"Save new PIN"},
  {"expect":"The new PIN is saved."},
  {"screenshot":"@SHOTS@/08-trainer-done-@LANG@.png"},
  {"click":"Leave trainer mode"},
  {"click":"Dra. Siti Rahmah, M.Si.  ·  198501012010011001"},
  {"click":"PIN"}, {"type":"135790"}, {"key":"Enter"},
  {"expect":"Hello, Dra. Siti Rahmah, M.Si."},
  {"quit":0}
]}
JSON

run id
run en
echo "screenshots in $shots"
