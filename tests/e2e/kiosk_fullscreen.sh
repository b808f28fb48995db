#!/usr/bin/env bash
# `pelita --kiosk` on a 1366x768 Xvfb screen (not the window's usual 1280x800):
# - the kiosk's window covers the whole screen, at 0,0 (xwininfo), and so do its frames;
# - a close request (WM_DELETE_WINDOW, what Alt+F4 or a window manager's close button
#   sends) does not end it: the script goes on;
# - "Keluar dari kiosk" in trainer mode does end it, before the script's last step.
# As a control, the same close request ends a kiosk started without --kiosk.
# The trainer screen with the button is kept in BIN_DIR/../e2e-shots/kiosk/.
# Needs xvfb-run, xwininfo (x11-utils), Debian's python3-xlib, ImageMagick's identify.
# Usage: kiosk_fullscreen.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/e2e-shots/kiosk
mkdir -p "$shots"
screen=1366x768
echo 97531086 | "$bin/pelita" config --data "$work/kiosk" --trainer-pin - >/dev/null

# kiosk_script SHOTDIR LAST...: the start screen, a screenshot the test waits for
# (up.png), a pause for the close request, a screenshot showing the kiosk still
# drawing (after-close.png), then the steps LAST.
kiosk_script() {
  local dir=$1
  shift
  python3 - "$dir" "$@" <<'PY'
import json, sys
dir, last = sys.argv[1], [json.loads(s) for s in sys.argv[2:]]
steps = [{"expect": "Selamat datang di Pelita"}, {"screenshot": f"{dir}/up.png"},
         {"wait_ms": 3000, "note": "the test sends the close request now"},
         {"screenshot": f"{dir}/after-close.png"}] + last
json.dump({"timeout_ms": 10000, "steps": steps}, open(f"{dir}/script.json", "w"), ensure_ascii=False)
PY
}

# Run under one virtual screen: the kiosk, and the X clients that look at it.
cat >"$work/inside.sh" <<'SH'
set -euo pipefail
bin=$1 data=$2 dir=$3
shift 3
"$bin/pelita" --data "$data" "$@" --automate "$dir/script.json" >"$dir/kiosk.out" 2>"$dir/kiosk.err" &
pid=$!
for _ in $(seq 300); do [[ -f $dir/up.png ]] && break; sleep 0.1; done
[[ -f $dir/up.png ]] || { echo "the kiosk never showed its start screen: $(tail -5 "$dir/kiosk.err")"; exit 1; }
wid=$(xwininfo -name Pelita | sed -n 's/^xwininfo: Window id: \(0x[0-9a-f]*\).*/\1/p')
xwininfo -id "$wid" >"$dir/geometry.txt"
# The close request, as GLFW receives it from a window manager.
/usr/bin/python3 - "$wid" <<'PY'
import sys
from Xlib import X, display, protocol
d = display.Display()
window = d.create_resource_object("window", int(sys.argv[1], 16))
close = protocol.event.ClientMessage(window=window, client_type=d.intern_atom("WM_PROTOCOLS"),
                                     data=(32, [d.intern_atom("WM_DELETE_WINDOW"), X.CurrentTime, 0, 0, 0]))
window.send_event(close, event_mask=X.NoEventMask)
d.flush()
PY
echo sent >"$dir/close-sent"
set +e
wait "$pid"
echo $? >"$dir/exit-code"
SH

# run NAME [KIOSK-OPTIONS...] -- LAST-STEPS...: one kiosk run; its files in $work/NAME.
run() {
  local name=$1 options=()
  shift
  while [[ $1 != -- ]]; do options+=("$1"); shift; done
  shift
  mkdir -p "$work/$name"
  kiosk_script "$work/$name" "$@"
  ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    xvfb-run -a -s "-screen 0 ${screen}x24" bash "$work/inside.sh" "$bin" "$work/kiosk" "$work/$name" \
    "${options[@]}" || fail "$name: $(cat "$work/$name/kiosk.err" 2>/dev/null)"
  [[ -f $work/$name/close-sent ]] || fail "$name: the close request was not sent"
}
field() { sed -n "s/^ *$1: *//p" "$2"; }

# 1. --kiosk: the whole screen; the close request is ignored; the trainer's exit works.
run kiosk --kiosk -- \
  '{"click": "Instruktur"}' '{"click": "PIN"}' '{"type": "97531086"}' '{"key": "Enter"}' \
  '{"expect": "Mode Instruktur"}' '{"expect": "Keluar dari kiosk"}' \
  "{\"screenshot\": \"$shots/trainer-kiosk-id.png\"}" \
  '{"click": "Keluar dari kiosk"}' \
  '{"wait_ms": 60000, "note": "never reached: the kiosk has closed"}'
g=$work/kiosk/geometry.txt
echo "kiosk window: $(field Width "$g")x$(field Height "$g") at $(field 'Absolute upper-left X' "$g"),$(field 'Absolute upper-left Y' "$g")"
[[ $(field Width "$g")x$(field Height "$g") == "$screen" ]] || fail "the kiosk does not cover the screen: $(cat "$g")"
[[ $(field 'Absolute upper-left X' "$g"),$(field 'Absolute upper-left Y' "$g") == 0,0 ]] \
  || fail "the kiosk window is not at the screen's corner: $(cat "$g")"
[[ $(identify -format '%wx%h' "$work/kiosk/after-close.png") == "$screen" ]] \
  || fail "the kiosk's frames are not screen-sized"
[[ -f $shots/trainer-kiosk-id.png ]] || fail "the kiosk stopped after the close request: $(cat "$work/kiosk/kiosk.err")"
# Exit code 3: the app closed while the script still had a step to run, the last one.
[[ $(cat "$work/kiosk/exit-code") == 3 ]] || fail "the kiosk did not close from trainer mode: $(cat "$work/kiosk/kiosk.err")"
grep -q 'step 13 of 13 failed: wait_ms' "$work/kiosk/kiosk.err" \
  || fail "the kiosk closed at the wrong step: $(cat "$work/kiosk/kiosk.err")"

# 2. The control: without --kiosk the same request closes the window at once.
run window -- '{"wait_ms": 60000, "note": "never reached: the window was closed"}'
[[ $(field Width "$work/window/geometry.txt") != "${screen%x*}" ]] || fail "the plain window covers the screen too"
[[ $(cat "$work/window/exit-code") == 3 ]] || fail "a plain window ignored the close request: $(cat "$work/window/kiosk.err")"
grep -q 'step 3 of 5 failed: wait_ms' "$work/window/kiosk.err" \
  || fail "the plain window closed at the wrong step: $(cat "$work/window/kiosk.err")"
echo "kiosk mode: ok (screenshot in $shots)"
