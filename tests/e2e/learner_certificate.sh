#!/usr/bin/env bash
# End to end: enrol -> lessons -> quiz -> pass -> certificate, on the real kiosk
# under Xvfb. The certificate's PDF is on disk and reads (pdftotext) with the
# learner's name, NIP and course; "Simpan ke USB" and the SIASN export write into
# the folder given as the USB target; the history screen lists it; and once the
# kiosk has synced, the real pelita-server answers GET /pelita/v1/certificates/<n>
# with the learner. A second learner then passes in English. Screenshots (result,
# history; id and en) are kept in BIN_DIR/../e2e-shots/ for a person to look at.
# Usage: learner_certificate.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots="$bin/../e2e-shots/learner_certificate"
mkdir -p "$shots"
nip=198501012010012001

start_server
mkdir -p "$work/kiosk/trusted-keys" "$work/usb"
cp "$bin/../share/pelita/keys/pelita-demo.pub" "$work/kiosk/trusted-keys/"
"$bin/pelita" import "$bin/../share/pelita/demo-course.pelita" --data "$work/kiosk"
"$bin/pelita" config --data "$work/kiosk" --server "$url" --key "$key" --secret "$secret" >/dev/null
# The USB target, as a trainer would name a folder (certificate.usb_folder).
sqlite3 "$work/kiosk/records.db" \
  "INSERT OR REPLACE INTO settings (key, value) VALUES ('certificate.usb_folder', '$work/usb'),
                                                      ('certificate.issuer', 'BKPSDM Kota Sawahlunto')"

# The learner's path is the quiz e2e's (learner_takes_quiz.json) up to the result,
# then the certificate, the history and the sync.
python3 - "$src/tests/e2e/learner_takes_quiz.json" "$work/script.json" "$shots" <<'PY'
import json, sys
steps = json.load(open(sys.argv[1]))["steps"]
steps = steps[:next(i for i, s in enumerate(steps) if "screenshot" in s)]
shots = sys.argv[3]
steps += [
    {"expect": "Sertifikat"},
    {"expect": "Nomor sertifikat: PLT-", "timeout_ms": 15000},
    {"click": "Simpan ke USB"},
    {"expect": "Tersimpan di USB:"},
    {"screenshot": f"{shots}/result-id.png"},
    {"click": "Kembali ke kursus"},
    {"click": "Kembali ke beranda"},
    {"click": "Riwayat"},
    {"expect": "Riwayat kursus dan sertifikat"},
    {"expect": "Nomor sertifikat: PLT-"},
    {"click": "Ekspor untuk SIASN ke USB"},
    {"expect": "riwayat-kursus-198501012010012001.csv"},
    {"screenshot": f"{shots}/history-id.png"},
    {"expect": "Tersambung · 0 catatan menunggu", "timeout_ms": 15000},
    {"quit": 0},
]
json.dump({"steps": steps}, open(sys.argv[2], "w"), ensure_ascii=False)
PY
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/script.json" || fail "kiosk script failed"

# The certificate: one PDF, readable, with the learner and course on it.
pdfs=("$work/kiosk/certificates/"PLT-*.pdf)
[[ ${#pdfs[@]} -eq 1 && -f ${pdfs[0]} ]] || fail "expected one certificate PDF, found: ${pdfs[*]}"
number=$(basename "${pdfs[0]}" .pdf)
echo "certificate $number"
text=$(pdftotext -layout "${pdfs[0]}" - 2>/dev/null)
for expected in "Dra. Siti Rahmah, M.Si." "NIP $nip" "Pelayanan Prima" "$number" "BKPSDM Kota Sawahlunto"; do
  grep -qF "$expected" <<<"$text" || fail "the certificate PDF lacks \"$expected\": $text"
done
pdftoppm -r 60 -png -singlefile "${pdfs[0]}" "$shots/certificate"

# The USB folder: the PDF, byte for byte, and the SIASN CSV with the number.
cmp -s "${pdfs[0]}" "$work/usb/$number.pdf" || fail "the PDF on the USB target differs or is missing"
csv="$work/usb/riwayat-kursus-$nip.csv"
[[ -f $csv ]] || fail "no SIASN CSV on the USB target"
head -1 "$csv" | grep -q 'namaKursus,nomorSertipikat,tahunKursus,tanggalKursus,tanggalSelesaiKursus' \
  || fail "the CSV header is not SIASN's: $(head -1 "$csv")"
grep -q "^$nip,.*,$number,$(date +%Y)," "$csv" || fail "the CSV lacks the certificate row: $(cat "$csv")"

# The server answers for the number once the kiosk has synced.
answer=$(curl -sf "$url/pelita/v1/certificates/$number") || fail "GET /pelita/v1/certificates/$number failed"
echo "$answer"
python3 - "$answer" "$number" <<'PY' || fail "the server's certificate answer is wrong"
import json, sys
a = json.loads(sys.argv[1])
assert a["id"] == sys.argv[2], a
assert a["learnerName"] == "Dra. Siti Rahmah, M.Si.", a
assert a["nip"].startswith("1985") and a["nip"].endswith("2001"), a
assert a["jpHours"] > 0 and a["course"]["id"].endswith("/course/pelayanan-prima"), a
PY

# The history screen in English, for the screenshot.
"$bin/pelita" config --data "$work/kiosk" --lang en >/dev/null
cat >"$work/english.json" <<JSON
{"steps": [
  {"expect": "Welcome to Pelita"},
  {"click": "Dra. Siti Rahmah, M.Si.  ·  $nip"},
  {"click": "PIN"}, {"type": "246810"},
  {"click": "Sign in"},
  {"expect": "Hello, Dra. Siti Rahmah, M.Si."},
  {"click": "History"},
  {"expect": "Course history and certificates"},
  {"expect": "Certificate number: $number"},
  {"screenshot": "$shots/history-en.png"},
  {"quit": 0}
]}
JSON
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/english.json" || fail "english kiosk script failed"

# A second learner takes the same path in English, for the result screen with its
# certificate: the Indonesian steps, turned into English by the UI's own strings.
python3 - "$src/tests/e2e/learner_takes_quiz.json" "$work/second-id.json" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("198501012010012001", "199001012015031002").replace("Dra. Siti Rahmah, M.Si.", "Rina Marlina, S.E.")
steps = json.loads(text)["steps"]
steps = steps[:next(i for i, s in enumerate(steps) if "screenshot" in s)]
# The card names the course in the UI's language (the paper, in the course's own).
steps += [{"expect": "Sertifikat"}, {"expect": "Nomor sertifikat: PLT-", "timeout_ms": 15000},
          {"expect": "Pelayanan Prima bagi ASN"}, {"screenshot": "@RESULT@"}, {"quit": 0}]
json.dump({"steps": steps}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
python3 "$src/tests/e2e/translate_steps.py" "$work/second-id.json" "$src/assets/i18n" en "$work/second-en.json" \
  "$src/assets/demo-course/course.json"
sed -i "s|@RESULT@|$shots/result-en.png|" "$work/second-en.json"
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/second-en.json" || fail "english learner script failed"
[[ $(ls "$work/kiosk/certificates/"PLT-*.pdf | wc -l) -eq 2 ]] || fail "the English learner got no certificate"
echo "end-to-end certificate: ok"
