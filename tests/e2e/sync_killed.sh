#!/usr/bin/env bash
# Kill test: `pelita sync` of a few thousand statements over a slow link (the fault
# proxy at 8 KB/s, +100 ms each way) is killed with SIGKILL in the middle of a pass,
# twice, at moments that land inside a batch. After a restart and a last sync, the
# server holds each statement exactly once: the total and the distinct count of ids,
# read through its xAPI statements resource, both equal what the kiosk queued.
# Usage: sync_killed.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
proxy_pid=
sync_pid=
trap '[[ -n $sync_pid ]] && kill -9 "$sync_pid" 2>/dev/null; [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null; cleanup' EXIT

total=3000
start_server
port=${url##*:}
"$bin/pelita-fault-proxy" "$port" 8000 100 >"$work/proxy.out" &
proxy_pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$work/proxy.out" && break; sleep 0.1; done
proxy_url=$(sed -n 's/^fault-proxy: listening on //p' "$work/proxy.out")
[[ -n $proxy_url ]] || fail "the fault proxy did not start"

# The kiosk: an empty records.db (made by the real binary), then $total answered
# statements queued straight into its outbox, as a day of quizzes would leave them.
"$bin/pelita" config --data "$work/kiosk" --server "$proxy_url" --key "$key" --secret "$secret" >/dev/null
python3 - "$work/kiosk/records.db" "$total" <<'PY'
import json, sqlite3, sys, time, uuid
db, n = sqlite3.connect(sys.argv[1]), int(sys.argv[2])
course = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima"
now = int(time.time() * 1000)
rows = []
for i in range(n):
    sid = str(uuid.uuid4())
    q = f"{course}/quiz/kuis-1/question/q{i % 10 + 1}"
    st = {"id": sid, "timestamp": "2026-11-27T08:00:00.000Z", "version": "1.0.3",
          "actor": {"objectType": "Agent", "name": f"Peserta {i % 40}",
                    "account": {"homePage": "https://pelita.sawahluntokota.go.id", "name": f"1985010120100110{i % 40:02d}"}},
          "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
          "object": {"objectType": "Activity", "id": q,
                     "definition": {"type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                                    "interactionType": "choice", "correctResponsesPattern": ["b"],
                                    "choices": [{"id": c, "description": {"id-ID": f"Pilihan {c}"}} for c in "abcd"]}},
          "result": {"response": "abcd"[i % 4], "success": i % 4 == 1},
          "context": {"registration": str(uuid.uuid4()), "platform": "Pelita kiosk", "language": "id-ID",
                      "contextActivities": {"grouping": [{"objectType": "Activity", "id": course}]}}}
    rows.append((sid, json.dumps(st), now))
db.executemany("INSERT INTO outbox (statement_id, body, created_at) VALUES (?,?,?)", rows)
db.commit()
PY
grep -q "outbox: $total waiting" <<<"$("$bin/pelita" sync --data "$work/kiosk" --status)" || fail "outbox not filled"

# sync_until_killed BATCHES: starts `pelita sync` through the slow proxy and kills it
# with SIGKILL a random 0-900 ms after its BATCHES-th confirmed batch, i.e. while
# the next batch is on the wire (a batch takes about a second at 8 KB/s).
sync_until_killed() {
  "$bin/pelita" sync --data "$work/kiosk" >"$work/sync.out" 2>&1 &
  sync_pid=$!
  for _ in $(seq 600); do
    (( $(grep -c '^  sent ' "$work/sync.out" || true) >= $1 )) && break
    kill -0 "$sync_pid" 2>/dev/null || fail "sync ended before it could be killed: $(cat "$work/sync.out")"
    sleep 0.05
  done
  sleep "0.$(( RANDOM % 10 ))"
  kill -9 "$sync_pid"
  wait "$sync_pid" 2>/dev/null || true
  sync_pid=
  echo "killed after: $(grep '^  sent ' "$work/sync.out" | tail -1)"
}
sync_until_killed 3
sync_until_killed 2
status=$("$bin/pelita" sync --data "$work/kiosk" --status)
echo "$status"
waiting=$(sed -n 's/^outbox: \([0-9]*\) waiting.*/\1/p' <<<"$status")
(( waiting > 0 && waiting < total )) || fail "the kills did not land mid-sync (waiting: $waiting)"

# Restart: a last sync, straight to the server, delivers the rest.
out=$("$bin/pelita" sync --data "$work/kiosk" --server "$url") || fail "the last sync failed: $out"
grep -q ', 0 waiting' <<<"$out" || fail "the last sync left statements: $out"

# The server's own statements resource: every page, total and distinct ids.
python3 - "$url" "$key" "$secret" "$work/kiosk/records.db" "$total" <<'PY'
import base64, json, sqlite3, sys, urllib.request
url, key, secret, db, total = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
auth = "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()
ids, nxt = [], "/xapi/statements?limit=100"
while nxt:
    req = urllib.request.Request(url + nxt, headers={"Authorization": auth, "X-Experience-API-Version": "1.0.3"})
    page = json.load(urllib.request.urlopen(req))
    ids += [s["id"] for s in page["statements"]]
    nxt = page.get("more", "")
queued = {r[0] for r in sqlite3.connect(db).execute("SELECT statement_id FROM outbox")}
print(f"server holds {len(ids)} statements, {len(set(ids))} distinct; the kiosk queued {len(queued)}")
assert len(queued) == total, "the kiosk lost outbox rows"
assert len(ids) == total and len(set(ids)) == total, "lost or duplicated statements"
assert set(ids) == queued, "the server holds other statements than the kiosk queued"
PY
echo "sync killed twice mid-batch: every statement exactly once"
