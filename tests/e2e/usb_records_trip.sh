#!/usr/bin/env bash
# Records carried by hand, the whole trip through the real binaries:
# kiosk (pelita export-records) -> USB folder -> pelita-server import-bundle ->
# receipt -> kiosk (pelita import-receipt). Also: a bundle refused while the
# server does not know the kiosk's key, a tampered bundle, a bundle from an
# unknown kiosk, a bundle imported twice, a receipt for another kiosk and a
# tampered receipt, and carried statements that then also go by network.
# Afterwards the kiosk's outbox is empty and the server holds each statement once.
# Usage: usb_records_trip.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"

total=250
start_server
kiosk_key=$key
kiosk_secret=$secret
admin=$("$bin/pelita-server" credential create --data "$work/server" --name admin-e2e --role admin)
admin_key=$(sed -n 's/^key=//p' <<<"$admin")
admin_secret=$(sed -n 's/^secret=//p' <<<"$admin")
usb=$work/usb
mkdir -p "$usb"

# server_ids: every statement id the server holds (admin view), one per line.
server_ids() {
  python3 - "$url" "$admin_key" "$admin_secret" <<'PY'
import base64, json, sys, urllib.request
url, key, secret = sys.argv[1:4]
auth = "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()
nxt = "/xapi/statements?limit=100"
while nxt:
    req = urllib.request.Request(url + nxt, headers={"Authorization": auth, "X-Experience-API-Version": "1.0.3"})
    page = json.load(urllib.request.urlopen(req))
    for s in page["statements"]: print(s["id"])
    nxt = page.get("more", "")
PY
}
import_bundle() { "$bin/pelita-server" import-bundle "$1" --data "$work/server" --receipt "$2"; }
expect_refused() { # expect_refused WHAT TEXT COMMAND...: the command fails and says TEXT
  local out
  if out=$("${@:3}" 2>&1); then fail "$1 was accepted: $out"; fi
  grep -q -- "$2" <<<"$out" || fail "$1: expected \"$2\", got: $out"
  echo "refused as expected ($1): $(tail -1 <<<"$out")"
}

# The kiosk in a blank spot: a credential but no server address.
"$bin/pelita" config --data "$work/kiosk" --key "$kiosk_key" --secret "$kiosk_secret" >/dev/null
fill_outbox "$work/kiosk" "$total"
out=$("$bin/pelita" export-records --data "$work/kiosk" --to "$usb")
echo "$out"
bundle=$(sed -n 's/^wrote //p' <<<"$out")
[[ -f $bundle && $(basename "$bundle") == pelita-${kiosk_key:0:12}-*.pelita-records ]] || fail "no bundle named after the kiosk: $out"
grep -q "outbox: $((total + 1)) waiting ($((total + 1)) also carried on USB)" <<<"$("$bin/pelita" sync --data "$work/kiosk" --status)" \
  || fail "exported statements must stay in the outbox, marked carried"

# The server refuses the bundle until it knows the kiosk's key.
expect_refused "a bundle from a kiosk with no known key" "no signing key is known" import_bundle "$bundle" "$work/r0"
signing_key=$("$bin/pelita" export-records --data "$work/kiosk" --show-key | sed -n 's/^signing-key=//p')
"$bin/pelita-server" kiosk-key set --data "$work/server" --key "$kiosk_key" --public-key "$signing_key"

# A bundle with one byte changed, and one from a kiosk the server never issued.
cp "$bundle" "$work/tampered.pelita-records"
python3 -c "import sys; p=sys.argv[1]; b=bytearray(open(p,'rb').read()); b[len(b)//2]^=1; open(p,'wb').write(b)" "$work/tampered.pelita-records"
expect_refused "a tampered bundle" "bundle refused: the file" import_bundle "$work/tampered.pelita-records" "$work/r1"
"$bin/pelita" config --data "$work/stranger" --key 0123456789abcdef0123456789abcdef --secret x >/dev/null
fill_outbox "$work/stranger" 3
stranger=$("$bin/pelita" export-records --data "$work/stranger" --to "$work" | sed -n 's/^wrote //p')
expect_refused "a bundle from an unknown kiosk" "is not a kiosk credential" import_bundle "$stranger" "$work/r2"
[[ -z $(server_ids) ]] || fail "a refused bundle stored statements"

# The import, then the same bundle again.
out=$(import_bundle "$bundle" "$usb") || fail "import failed: $out"
echo "$out"
grep -q "$total accepted (new or already stored), 1 rejected" <<<"$out" || fail "unexpected import summary"
receipt=$(sed -n 's/^receipt=//p' <<<"$out")
out=$(import_bundle "$bundle" "$work/receipt-again.pelita-receipt") || fail "second import failed: $out"
grep -q "$total accepted (new or already stored), 1 rejected" <<<"$out" || fail "the second import differs: $out"
(( $(server_ids | wc -l) == total )) || fail "importing twice changed what the server holds"

# Back at the kiosk: the receipt is refused until the server's key is trusted,
# refused when altered, and then clears the outbox.
expect_refused "a receipt before the server key is installed" "does not know the server's receipt key" \
  "$bin/pelita" import-receipt "$receipt" --data "$work/kiosk"
sed 's/\\"accepted\\"/\\"acceptee\\"/' "$receipt" >"$work/tampered.pelita-receipt"
cmp -s "$receipt" "$work/tampered.pelita-receipt" && fail "the receipt was not altered"
expect_refused "a tampered receipt" "changed after it was signed" \
  "$bin/pelita" import-receipt "$work/tampered.pelita-receipt" --data "$work/kiosk" --server-key "$work/server/receipt-signing.pub"
out=$("$bin/pelita" import-receipt "$usb" --data "$work/kiosk") || fail "import-receipt failed: $out"
echo "$out"
grep -q "$total confirmed, 1 refused by the server (quarantined)" <<<"$out" || fail "receipt not applied"
grep -q "outbox: 0 waiting (0 carried), 1 in quarantine" <<<"$out" || fail "the outbox is not empty: $out"

# A second kiosk carries its records, then also syncs them by network before the
# receipt comes back: nothing is stored twice, and the late receipt is harmless.
second=$("$bin/pelita-server" credential create --data "$work/server" --name kiosk-2 --role kiosk)
key2=$(sed -n 's/^key=//p' <<<"$second")
"$bin/pelita" config --data "$work/kiosk2" --key "$key2" --secret "$(sed -n 's/^secret=//p' <<<"$second")" >/dev/null
fill_outbox "$work/kiosk2" 40
bundle2=$("$bin/pelita" export-records --data "$work/kiosk2" --to "$work" | sed -n 's/^wrote //p')
"$bin/pelita-server" kiosk-key set --data "$work/server" --key "$key2" \
  --public-key "$("$bin/pelita" export-records --data "$work/kiosk2" --show-key | sed -n 's/^signing-key=//p')" >/dev/null
import_bundle "$bundle2" "$work/kiosk2.pelita-receipt" >/dev/null
expect_refused "another kiosk's receipt" "not from this kiosk" \
  "$bin/pelita" import-receipt "$work/kiosk2.pelita-receipt" --data "$work/kiosk"
"$bin/pelita" sync --data "$work/kiosk2" --server "$url" >"$work/sync2.out" 2>&1 || true
grep -q ", 0 waiting" "$work/sync2.out" || fail "the network sync left statements: $(cat "$work/sync2.out")"
out=$("$bin/pelita" import-receipt "$work/kiosk2.pelita-receipt" --data "$work/kiosk2" \
  --server-key "$work/server/receipt-signing.pub") || fail "the late receipt was refused: $out"
grep -q "0 confirmed, 0 refused by the server (quarantined), 41 already done" <<<"$out" || fail "late receipt: $out"

ids=$(server_ids)
(( $(wc -l <<<"$ids") == total + 40 )) || fail "the server holds $(wc -l <<<"$ids") statements, expected $((total + 40))"
(( $(sort -u <<<"$ids" | wc -l) == total + 40 )) || fail "the server holds duplicates"
echo "USB trip: kiosk -> bundle -> server -> receipt -> kiosk; every statement exactly once"
