#!/usr/bin/env bash
# bench_kiosk: the kiosk's three figures (issue 7), each beside a bare Dear
# ImGui + GLFW window (bare_window.cpp) measured in the same run, on the same
# virtual display and the same software OpenGL:
#   1. start-up: process start -> first frame, and -> "ready" (the first usable
#      screen, courses and learners loaded), with 200 installed courses and
#      with 1; median of RUNS. The page cache is warm (a kiosk's second boot).
#   2. idle CPU: share of one core over IDLE_SECONDS with nobody touching the
#      kiosk (200 courses, login screen), from /proc/PID/stat.
#   3. memory: peak RSS (VmHWM) with a lesson open (the demo course's lesson
#      with a picture, scrolled through), against the bare window's; and the
#      RSS both hold at the end.
# Not a pass/fail test: it prints figures. Goals: ready < 0.5 s with 200
# courses; idle < 1 % of a core; peak RSS <= bare + 40 MB.
# Usage: kiosk_bench.sh BIN_DIR SOURCE_DIR   (env RUNS=5 IDLE_SECONDS=30)
set -euo pipefail
bin=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
runs=${RUNS:-5}
idle_seconds=${IDLE_SECONDS:-30}
work=$(mktemp -d /tmp/pelita-kiosk-bench.XXXXXX)
xvfb_pid=
app_pid=
cleanup() {
  [[ -n $app_pid ]] && kill -9 "$app_pid" 2>/dev/null
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# One virtual display for every run, so no run pays for starting X.
number=$((200 + RANDOM % 500))
while [[ -e /tmp/.X11-unix/X$number ]]; do number=$((number + 1)); done
Xvfb ":$number" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=:$number
for _ in $(seq 100); do [[ -S /tmp/.X11-unix/X$number ]] && break; sleep 0.1; done
[[ -S /tmp/.X11-unix/X$number ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# --- data: one course, and 200 (copies of the demo course under new ids) ---
"$bin/pelita" import "$src/assets/demo-course" --data "$work/one" >/dev/null
mkdir -p "$work/many-src"
python3 - "$src/assets/demo-course" "$work/many-src" <<'PY'
import json, shutil, sys, pathlib
demo, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for n in range(200):
    target = out / f"kursus-{n:03d}"
    shutil.copytree(demo, target)
    manifest = json.loads((target / "course.json").read_text())
    manifest["id"] = manifest["id"] + f"-{n:03d}"
    if isinstance(manifest.get("title"), dict):
        manifest["title"] = {k: f"{v} {n + 1}" for k, v in manifest["title"].items()}
    else:
        manifest["title"] = f"{manifest['title']} {n + 1}"
    (target / "course.json").write_text(json.dumps(manifest, ensure_ascii=False))
PY
started=$(date +%s)
for course in "$work/many-src"/*; do "$bin/pelita" import "$course" --data "$work/many" >/dev/null; done
installed=$(find "$work/many/courses" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "setup: $installed courses installed in $(( $(date +%s) - started )) s"
(( installed >= 200 )) || fail "expected 200 installed courses, found $installed"

# wait_for_line FILE PATTERN PID: until FILE has a line matching PATTERN (10 s).
wait_for_line() {
  for _ in $(seq 1000); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}
stamp() { sed -n "s/^$2 at //p" "$1" | head -1; }

# --- 1. start-up ---
startup_kiosk() { # DATA -> prints "first_ms ready_ms"
  local out=$work/start.out t0
  t0=$(date +%s%N)
  PELITA_STARTUP_REPORT=1 "$bin/pelita" --data "$1" >"$out" 2>"$work/start.err" &
  app_pid=$!
  wait_for_line "$out" "^pelita: ready at" "$app_pid" || fail "kiosk did not get ready: $(cat "$work/start.err")"
  kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  echo "$(( ($(stamp "$out" "pelita: first frame") - t0) / 1000000 )) $(( ($(stamp "$out" "pelita: ready") - t0) / 1000000 ))"
}
startup_bare() {
  local out=$work/bare.out t0
  t0=$(date +%s%N)
  "$bin/bare_window" 30 >"$out" 2>&1 &
  app_pid=$!
  wait_for_line "$out" "^first frame at" "$app_pid" || fail "bare window did not draw: $(cat "$out")"
  kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  echo $(( ($(stamp "$out" "first frame") - t0) / 1000000 ))
}
: >"$work/s200"; : >"$work/s1"; : >"$work/sbare"
startup_kiosk "$work/many" >/dev/null # one untimed run warms the page cache
for _ in $(seq "$runs"); do
  startup_kiosk "$work/many" >>"$work/s200"
  startup_kiosk "$work/one" >>"$work/s1"
  startup_bare >>"$work/sbare"
done
echo
echo "start-up (median of $runs, ms from process start; load $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  bare ImGui+GLFW window   first frame %6s\n' "$(median <"$work/sbare")"
printf '  kiosk, 1 course          first frame %6s   ready %6s\n' \
  "$(cut -d' ' -f1 "$work/s1" | median)" "$(cut -d' ' -f2 "$work/s1" | median)"
printf '  kiosk, 200 courses       first frame %6s   ready %6s   (goal: ready < 500)\n' \
  "$(cut -d' ' -f1 "$work/s200" | median)" "$(cut -d' ' -f2 "$work/s200" | median)"

# --- 2. idle CPU ---
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
idle_share() { # PID -> % of one core over idle_seconds
  local before after hz
  hz=$(getconf CLK_TCK)
  before=$(ticks "$1")
  sleep "$idle_seconds"
  after=$(ticks "$1")
  awk -v d=$((after - before)) -v hz="$hz" -v s="$idle_seconds" 'BEGIN {printf "%.2f", 100 * d / hz / s}'
}
PELITA_STARTUP_REPORT=1 "$bin/pelita" --data "$work/many" >"$work/idle.out" 2>"$work/idle.err" &
app_pid=$!
wait_for_line "$work/idle.out" "^pelita: ready at" "$app_pid" || fail "kiosk did not get ready: $(cat "$work/idle.err")"
sleep 3 # let the first screen settle
kiosk_idle=$(idle_share "$app_pid")
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
"$bin/bare_window" $((idle_seconds + 10)) >"$work/bare-idle.out" 2>&1 &
app_pid=$!
wait_for_line "$work/bare-idle.out" "^first frame at" "$app_pid" || fail "bare window did not draw"
sleep 3
bare_idle=$(idle_share "$app_pid")
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
echo
echo "idle CPU over ${idle_seconds} s (% of one core):"
echo "  bare ImGui+GLFW window   $bare_idle"
echo "  kiosk, 200 courses       $kiosk_idle   (goal < 1)"

# --- 3. memory with a lesson open ---
# follow PID: "peak_kb settled_kb", the last VmHWM and VmRSS read before it
# exits. VmHWM only grows; VmRSS at the end is what the kiosk holds with the
# lesson open, without the moments that pass (the PIN's Argon2id hash, 19 MiB on
# the records worker, is the kiosk's peak).
follow_peak() {
  local peak=0 settled=0 now
  while kill -0 "$1" 2>/dev/null; do
    now=$(awk '/^VmHWM/ {h = $2} /^VmRSS/ {r = $2} END {if (h) print h, r}' "/proc/$1/status" 2>/dev/null || true)
    [[ -n $now ]] && read -r peak settled <<<"$now"
    sleep 0.05
  done
  echo "$peak $settled"
}
cat >"$work/lesson.json" <<'JSON'
{"timeout_ms": 10000, "steps":[
  {"click":"Daftar sebagai peserta baru"},
  {"click":"NIP"}, {"type":"198703152012012003"},
  {"click":"Nama lengkap"}, {"type":"Yusuf Hamdani, S.E."},
  {"click":"PIN (6 angka)"}, {"type":"731946"}, {"click":"Ketik PIN sekali lagi"}, {"type":"731946"},
  {"click":"Simpan dan mulai"},
  {"click":"Buka kursus"},
  {"click":"Baca", "index":0},
  {"expect":"Dasar hukumnya"},
  {"key":"PageDown"}, {"key":"PageDown"}, {"key":"PageDown"}, {"key":"End"},
  {"wait_ms":2000},
  {"quit":0}
]}
JSON
: >"$work/m-kiosk"; : >"$work/m-bare"
for run in $(seq "$runs"); do
  rm -rf "$work/mem"; cp -a "$work/one" "$work/mem"
  "$bin/pelita" --data "$work/mem" --automate "$work/lesson.json" >"$work/mem.out" 2>&1 &
  app_pid=$!
  follow_peak "$app_pid" >>"$work/m-kiosk"
  wait "$app_pid" || fail "the lesson script failed: $(tail -5 "$work/mem.out")"
  app_pid=
  "$bin/bare_window" 4 >/dev/null 2>&1 &
  app_pid=$!
  follow_peak "$app_pid" >>"$work/m-bare"
  app_pid=
done
mb() { cut -d' ' -f"$2" "$1" | median | awk '{printf "%.1f", $1 / 1024}'; }
kiosk_mb=$(mb "$work/m-kiosk" 1)
bare_mb=$(mb "$work/m-bare" 1)
echo
echo "peak RSS (median of $runs, MB):"
echo "  bare ImGui+GLFW window   $bare_mb"
echo "  kiosk, lesson open       $kiosk_mb   (+$(awk -v k="$kiosk_mb" -v b="$bare_mb" 'BEGIN {printf "%.1f", k - b}') MB; goal <= +40)"
echo "RSS at the end (median of $runs, MB): bare window $(mb "$work/m-bare" 2), kiosk $(mb "$work/m-kiosk" 2)"
