#!/usr/bin/env bash
# End to end: a learner answers the demo quiz on the real kiosk (under Xvfb),
# `pelita sync` sends the results to the real pelita-server on loopback, and the
# server's xAPI statements resource holds them with the learner's NIP and score.
# Usage: kiosk_to_server.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"

# 1. The server, with a kiosk credential, on a free loopback port.
start_server

# 2. The kiosk's data: the demo course, as the signed package the build makes,
#    trusted through the build's demo key; and the server credential.
mkdir -p "$work/kiosk/trusted-keys"
cp "$bin/../share/pelita/keys/pelita-demo.pub" "$work/kiosk/trusted-keys/"
"$bin/pelita" import "$bin/../share/pelita/demo-course.pelita" --data "$work/kiosk"
"$bin/pelita" config --data "$work/kiosk" --server "$url" --key "$key" --secret "$secret" >/dev/null

# 3. The learner, on the real kiosk binary. The script runs from the work dir so
#    its screenshot lands there, not in the source tree. Its last steps wait for
#    the kiosk's own sync engine to report "0 waiting" after the submit.
cp "$src/tests/e2e/learner_takes_quiz.json" "$work/script.json"
xvfb_kiosk \
  "$bin/pelita" --data "$work/kiosk" --automate "$work/script.json" || fail "kiosk script failed"

# 4. The screenshot shows a real screen, not a blank one.
colours=$(convert "$work/result.png" -format '%k' info:)
echo "result screenshot has $colours colours"
(( colours > 16 )) || fail "screenshot looks blank ($colours colours)"

# 5. The kiosk's background engine delivered everything, so `pelita sync` finds
#    nothing left to send (tests/e2e/sync_server_down.sh covers it sending).
out=$("$bin/pelita" sync --data "$work/kiosk") || fail "pelita sync failed: $out"
echo "$out"
grep -q 'done, 0 sent, 0 waiting' <<<"$out" || fail "the outbox was not empty after the kiosk synced: $out"

# 6. The server holds the statements, under the learner's NIP account.
agent='{"account":{"homePage":"https://pelita.sawahluntokota.go.id","name":"198501012010012001"}}'
curl -sf -u "$key:$secret" -H 'X-Experience-API-Version: 1.0.3' -G \
  --data-urlencode "agent=$agent" --data-urlencode limit=0 "$url/xapi/statements" >"$work/statements.json" \
  || fail "GET /xapi/statements failed"
python3 "$src/tests/e2e/check_statements.py" "$work/statements.json"
echo "end-to-end: ok"
