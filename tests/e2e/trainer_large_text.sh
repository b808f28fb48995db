#!/usr/bin/env bash
# Trainer mode at 200 % text, in Indonesian and in English, on the real kiosk
# under Xvfb: every tab can be reached by a click and shows its own contents.
# (A scrolling tab bar once hid the last tabs at this size.) Each tab is saved
# as BUILD/screenshots/trainer/200-TAB-LANG.png.
# Usage: trainer_large_text.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/e2e/common.sh"
shots=$(cd "$bin/.." && pwd)/screenshots/trainer
mkdir -p "$shots"

cat >"$work/steps.json" <<'JSON'
[
  {"click": "@display.larger"}, {"click": "@display.larger"},
  {"click": "@display.larger"}, {"click": "@display.larger"},
  {"expect": "@display.text_size|percent=200"},
  {"click": "@login.trainer"},
  {"click": "PIN"}, {"type": "97531086"}, {"key": "Enter"},
  {"expect": "@trainer.learners"},
  {"screenshot": "@SHOTS@/200-learners-@LANG@.png"},
  {"click": "@trainer.tab_results"}, {"expect": "@results.count|shown=0|total=0"},
  {"screenshot": "@SHOTS@/200-results-@LANG@.png"},
  {"click": "@trainer.tab_sync"}, {"expect": "@sync_panel.state_not_configured"},
  {"screenshot": "@SHOTS@/200-sync-@LANG@.png"},
  {"click": "@trainer.tab_import"}, {"expect": "@import.hint"},
  {"screenshot": "@SHOTS@/200-import-@LANG@.png"},
  {"click": "@trainer.tab_catalogue"}, {"expect": "@catalogue.intro"},
  {"screenshot": "@SHOTS@/200-catalogue-@LANG@.png"},
  {"click": "@trainer.tab_settings"}, {"expect": "@settings.server_url"},
  {"screenshot": "@SHOTS@/200-settings-@LANG@.png"},
  {"click": "@trainer.tab_learners"}, {"expect": "@trainer.learners"},
  {"quit": 0}
]
JSON

for lang in id en; do
  data=$work/kiosk-$lang
  mkdir -p "$data"
  echo 97531086 | "$bin/pelita" config --data "$data" --trainer-pin - --lang "$lang" >/dev/null
  python3 "$src/tests/e2e/trainer_steps.py" "$work/steps.json" "$src/assets/i18n" "$lang" "$shots" "$work/$lang.json"
  xvfb_kiosk "$bin/pelita" --data "$data" --automate "$work/$lang.json" >"$work/$lang.log" 2>&1 \
    || fail "$lang script failed: $(tail -40 "$work/$lang.log")"
  echo "trainer tabs at 200 % ($lang): ok"
done
