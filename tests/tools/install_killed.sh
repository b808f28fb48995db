#!/usr/bin/env bash
# Kills `pelita import` (SIGKILL, as a power cut would stop it) at several points
# while it upgrades a course, then starts the kiosk's course loading and checks
# the course set: the old version or the new one, whole, with no leftovers.
# Usage: install_killed.sh BIN_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cli_checks.sh"
bin=$1
pack=$bin/pelita-pack
work=$(mktemp -d /tmp/pelita-kill-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

# Two versions of a course with a large stored video, so an install takes a while.
"$pack" keygen penerbit >/dev/null
"$pack" init kursus >/dev/null
mkdir kursus/media
printf '\n[Video](../media/video.mp4)\n' >>kursus/lessons/01-pendahuluan.md
head -c 48M /dev/urandom >kursus/media/video.mp4
"$pack" build kursus -o v1.pelita --key penerbit.key >/dev/null
sed -i 's/"version": "1.0.0"/"version": "2.0.0"/' kursus/course.json
head -c 56M /dev/urandom >kursus/media/video.mp4
"$pack" build kursus -o v2.pelita --key penerbit.key >/dev/null

mkdir -p kiosk/trusted-keys && cp penerbit.pub kiosk/trusted-keys/
"$bin/pelita" import v1.pelita --data kiosk >/dev/null

interrupted=0
for delay in 0 0 0.01 0.02 0.05 0.1 0.2 0.3 0.5 0.8; do
  "$bin/pelita" import v2.pelita --data kiosk >/dev/null 2>&1 &
  pid=$!
  # Wait until the install is writing its staging folder (or already done).
  for _ in $(seq 4000); do
    compgen -G "kiosk/courses/.staging.*" >/dev/null && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.001
  done
  sleep "$delay"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  compgen -G "kiosk/courses/.*" >/dev/null && interrupted=$((interrupted + 1))

  state=$("$bin/course_set_check" kiosk) || fail "after a kill at +${delay}s the course set is inconsistent: $state"
  [[ $state == "kursus 1.0.0" || $state == "kursus 2.0.0" ]] || fail "after a kill at +${delay}s: $state"
  echo "killed at +${delay}s: $state"
  "$bin/pelita" import v1.pelita --data kiosk --allow-downgrade >/dev/null
done
[[ $interrupted -gt 0 ]] || fail "no kill landed during an install, so nothing was tested"
echo "$interrupted of 10 kills landed mid-install; each left one whole version"
