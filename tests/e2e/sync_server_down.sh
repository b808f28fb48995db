#!/usr/bin/env bash
# Bad paths of the kiosk's sync, through the real binaries:
#  - with no server configured, the kiosk keeps working and results stay in the outbox;
#  - against a server that is down, `pelita sync` says so, exits non-zero at once
#    (no busy retries), and keeps every result for next time.
#  - once the server is up, `pelita sync` sends what waited, exactly once.
# Usage: sync_server_down.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"

"$bin/pelita" import "$src/assets/demo-course" --data "$work/kiosk" >/dev/null
cat >"$work/script.json" <<'JSON'
{"steps":[
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"199202292019032002"},
  {"click":"Nama lengkap"}, {"type":"Rina Marlina, S.Sos."},
  {"click":"PIN (6 angka)"}, {"type":"482604"}, {"click":"Ketik PIN sekali lagi"}, {"type":"482604"},
  {"click":"Simpan dan mulai"},
  {"click":"Buka kursus"}, {"click":"Baca"}, {"click":"Selesai, lanjutkan"},
  {"expect":"Server belum diatur"},
  {"expect":"Tersimpan"},
  {"quit":0}
]}
JSON
xvfb_kiosk "$bin/pelita" --data "$work/kiosk" --automate "$work/script.json" \
  || fail "kiosk without a server did not work"

# No server configured: a clear message, non-zero, and the outbox untouched.
if out=$("$bin/pelita" sync --data "$work/kiosk" 2>&1); then fail "sync without a server exited 0"; fi
grep -q 'no server is set' <<<"$out" || fail "unclear message without a server: $out"
grep -q '1 statement(s) waiting' <<<"$out" || fail "outbox should hold the lesson's statement: $out"

# A port nobody listens on: reserve one, then close it.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
start=$(date +%s%N)
if out=$("$bin/pelita" sync --data "$work/kiosk" --server "http://127.0.0.1:$port" 2>&1); then
  fail "sync to a down server exited 0"
fi
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$out"
echo "sync to a down server gave up after ${elapsed_ms} ms"
grep -q 'still saved on this kiosk' <<<"$out" || fail "no word that results are kept: $out"
grep -q '1 statement(s) waiting' <<<"$("$bin/pelita" sync --data "$work/kiosk" 2>&1 || true)" \
  || fail "the outbox lost its statement"
# The server comes up: the next sync sends the waiting statement, and only once.
start_server "$port"
"$bin/pelita" config --data "$work/kiosk" --key "$key" --secret "$secret" >/dev/null
out=$("$bin/pelita" sync --data "$work/kiosk") || fail "sync to the live server failed: $out"
grep -q 'done, 1 sent, 0 waiting' <<<"$out" || fail "expected one statement sent: $out"
out=$("$bin/pelita" sync --data "$work/kiosk") || fail "second sync failed: $out"
grep -q 'done, 0 sent, 0 waiting' <<<"$out" || fail "a statement was sent twice: $out"
echo "sync bad paths: ok"
