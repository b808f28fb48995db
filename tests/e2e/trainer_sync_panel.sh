#!/usr/bin/env bash
# Trainer mode's "Sinkronisasi" tab on the real kiosk under Xvfb, against the real
# pelita-server on loopback, in Indonesian and English:
#  - a kiosk with a credential but no server address, its outbox holding results
#    and one statement the server will refuse (its verb is no IRI);
#  - "Simpan catatan ke USB" writes the signed records bundle into the USB folder;
#  - the server address is typed on the "Pengaturan" tab; "Sinkronkan sekarang"
#    sends; the refused statement shows in the quarantine with the server's reason;
#  - "Kirim ulang" puts it back in the queue, and the server refuses it again.
# Afterwards the server holds every good statement once. Screenshots under
# BUILD/screenshots/trainer/.
# Usage: trainer_sync_panel.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/trainer
mkdir -p "$shots"
good=5

cat >"$work/steps.json" <<'JSON'
[
  {"click": "@login.trainer"},
  {"click": "PIN"}, {"type": "97531086"}, {"key": "Enter"},
  {"expect": "@trainer.title"},
  {"click": "@trainer.tab_sync"},
  {"expect": "@sync_panel.state_not_configured"},
  {"expect": "@sync_panel.queue: 6"},
  {"click": "@sync_panel.export"},
  {"expect": "@sync_panel.exported|count=6", "timeout_ms": 15000},
  {"screenshot": "@SHOTS@/sync-export-@LANG@.png"},
  {"click": "@trainer.tab_settings"},
  {"click": "@settings.server_url"}, {"type": "@URL@"},
  {"click": "@settings.save"},
  {"expect": "@settings.saved"},
  {"click": "@trainer.tab_sync"},
  {"click": "@settings.sync_now"},
  {"expect": "@sync_panel.quarantined: 1", "timeout_ms": 30000},
  {"expect": "@sync_panel.quarantine_reason|status=400"},
  {"expect": "@sync_panel.queue: 0"},
  {"screenshot": "@SHOTS@/sync-quarantine-@LANG@.png"},
  {"click": "@sync_panel.resend"},
  {"expect": "@sync_panel.released|count=1"},
  {"expect": "@sync_panel.quarantine_reason|status=400", "timeout_ms": 30000,
   "note": "sent again, refused again: back in quarantine"},
  {"quit": 0}
]
JSON

start_server
admin=$("$bin/pelita-server" credential create --data "$work/server" --name admin-e2e --role admin)
admin_key=$(sed -n 's/^key=//p' <<<"$admin")
admin_secret=$(sed -n 's/^secret=//p' <<<"$admin")

run() { # run LANG: a fresh kiosk with a full outbox, the whole path in LANG
  local lang=$1 data=$work/kiosk-$1 usb=$work/usb-$1
  mkdir -p "$usb"
  echo 97531086 | "$bin/pelita" config --data "$data" --trainer-pin - --lang "$lang" \
    --key "$key" --secret "$secret" >/dev/null
  sqlite3 "$data/records.db" "INSERT OR REPLACE INTO settings (key, value) VALUES ('certificate.usb_folder', '$usb')"
  fill_outbox "$data" "$good"
  python3 "$src/tests/e2e/trainer_steps.py" "$work/steps.json" "$src/assets/i18n" "$lang" "$shots" "$work/$lang.json"
  sed -i "s|@URL@|$url|g" "$work/$lang.json"
  xvfb_kiosk "$bin/pelita" --data "$data" --automate "$work/$lang.json" >"$work/$lang.log" 2>&1 \
    || fail "$lang script failed: $(tail -40 "$work/$lang.log")"
  local bundles
  bundles=$(find "$usb" -name '*.pelita-records' | wc -l)
  (( bundles == 1 )) || fail "$lang: expected one records bundle in the USB folder, found $bundles"
  [[ $(sqlite3 "$data/records.db" "SELECT count(*) FROM quarantine") == 1 ]] || fail "$lang: the refused statement is not in quarantine"
  echo "trainer sync panel ($lang): ok"
}

run id
run en

# Each kiosk sent its good statements once; the refused ones never got in.
stored=$(curl -fsS -u "$admin_key:$admin_secret" -H 'X-Experience-API-Version: 1.0.3' \
  "$url/xapi/statements?limit=100" | python3 -c "import json,sys; print(len(json.load(sys.stdin)['statements']))")
(( stored == 2 * good )) || fail "the server holds $stored statements, expected $((2 * good))"
echo "trainer sync panel: bundle written, quarantine shown with its reason, resent and refused again"
