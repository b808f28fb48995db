# Sourced by the e2e scripts after they set `bin` and `src`: a scratch folder that
# goes away on exit with any server or kiosk the script started, and the helpers
# for starting them.
work=$(mktemp -d /tmp/pelita-e2e.XXXXXX)
server_pid=
kiosk_pid=
cleanup() {
  [[ -n $kiosk_pid ]] && kill -9 "$kiosk_pid" 2>/dev/null
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# start_server [PORT]: a kiosk credential (sets key, secret), then pelita-server on
# 127.0.0.1:PORT (0, the default, picks a free port) once it listens (sets url).
start_server() {
  local creds
  creds=$("$bin/pelita-server" credential create --data "$work/server" --name kiosk-e2e --role kiosk)
  key=$(sed -n 's/^key=//p' <<<"$creds")
  secret=$(sed -n 's/^secret=//p' <<<"$creds")
  [[ -n $key && -n $secret ]] || fail "credential create printed no key/secret: $creds"
  "$bin/pelita-server" --data "$work/server" --listen "127.0.0.1:${1:-0}" >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  for _ in $(seq 100); do
    grep -q 'listening on' "$work/server.out" && break
    kill -0 "$server_pid" 2>/dev/null || fail "server exited: $(cat "$work/server.err")"
    sleep 0.1
  done
  url=$(sed -n 's/^pelita-server: listening on //p' "$work/server.out")
  [[ -n $url ]] || fail "server did not say where it listens"
  echo "server at $url"
}

# xvfb_kiosk COMMAND...: runs a kiosk command on a fresh virtual display.
#
# Under the asan preset, leak checking is off for the GUI process only: Mesa's
# software GL driver (swrast_dri.so) leaks a few 56-byte blocks from its shader
# compiler at exit, and LeakSanitizer cannot attribute them to Mesa. Our own code
# keeps leak checking in every non-GUI test. Ignored by builds without ASan.
xvfb_kiosk() {
  ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    xvfb-run -a -s "-screen 0 1280x800x24" "$@"
}

# cut_power_after FILE LOG WHAT: waits (up to 2 minutes) for the kiosk running in
# the background to write FILE, the screenshot it takes just before the cut, then
# kills it with SIGKILL, as a power cut would. Fails saying WHAT, with the end of
# LOG, if FILE never appears.
cut_power_after() {
  for _ in $(seq 1200); do
    [[ -f $1 ]] && break
    sleep 0.1
  done
  [[ -f $1 ]] || fail "$3: $(tail -20 "$2")"
  sleep 0.5 # the screenshot's file is complete once the next frame runs
  kiosk_pid=$(pgrep -f "^$bin/pelita --data $work/kiosk" | head -1)
  [[ -n $kiosk_pid ]] || fail "kiosk process not found"
  kill -9 "$kiosk_pid"
  kiosk_pid=
}

# fill_outbox DATA N: N answered statements and one the server will refuse (its
# verb is no IRI), queued straight into the outbox as a day of quizzes would.
fill_outbox() {
  python3 - "$1/records.db" "$2" <<'PY'
import json, sqlite3, sys, time, uuid
db, n = sqlite3.connect(sys.argv[1]), int(sys.argv[2])
course = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima"
rows = []
for i in range(n + 1):
    sid = str(uuid.uuid4())
    st = {"id": sid, "timestamp": "2026-11-27T08:00:00.000Z", "version": "1.0.3",
          "actor": {"objectType": "Agent", "name": f"Peserta {i % 9}",
                    "account": {"homePage": "https://pelita.sawahluntokota.go.id", "name": f"19850101201001100{i % 9}"}},
          "verb": {"id": "http://adlnet.gov/expapi/verbs/answered" if i < n else "menjawab"},
          "object": {"objectType": "Activity", "id": f"{course}/quiz/kuis-1/question/q{i % 10 + 1}"},
          "result": {"response": "abcd"[i % 4], "success": i % 4 == 1}}
    rows.append((sid, json.dumps(st), int(time.time() * 1000)))
db.executemany("INSERT INTO outbox (statement_id, body, created_at) VALUES (?,?,?)", rows)
db.commit()
PY
}
