#!/usr/bin/env bash
# pelita-pack quiz import over the real binary: Moodle GIFT and Aiken exports become
# quiz JSON that a course (and so the kiosk) loads; bad input names FILE:LINE.
# Usage: quiz_import.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d /tmp/pelita-quiz-import.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
. "$src/tests/tools/cli_checks.sh"
pack=$bin/pelita-pack

# GIFT, from one of the shared Moodle fixtures, to standard output.
expect_exit 0 "$pack" quiz import "$src/tests/fixtures/gift/mc1.gift"
has '1 question(s): 1 single-choice, 0 warning(s)'
# Aiken, written here as Moodle exports it, to a file.
printf '%s\n' 'Asas apa yang dilanggar bila petugas mendahulukan kerabatnya?' \
  'A) Kepastian hukum' 'B) Tidak diskriminatif' 'C) Keterjangkauan' 'ANSWER: B' '' \
  'Saluran pengaduan nasional adalah ...' 'A. SP4N-LAPOR!' 'B. SIASN' 'ANSWER: A' >bank.aiken
expect_exit 0 "$pack" quiz import bank.aiken -o quiz.json
has 'bank.aiken: 2 question(s): 2 single-choice'
python3 - quiz.json <<'PY'
import json, sys
quiz = json.load(open(sys.argv[1]))
qs = quiz["questions"]
assert len(qs) == 2, qs
right = [o["text"] for o in qs[0]["options"] if o.get("correct")]
assert right == ["Tidak diskriminatif"], right
PY

# The imported quiz loads in a course: the kiosk accepts what the tool writes.
mkdir -p course/lessons course/quizzes
cp quiz.json course/quizzes/bank.json
echo '# Pelajaran' >course/lessons/a.md
cat >course/course.json <<'JSON'
{"schemaVersion":1,"id":"https://pelita.example.go.id/course/impor","version":"1.0.0","title":"Impor",
 "modules":[{"id":"m","title":"Modul","lessons":[{"id":"a","title":"A","file":"lessons/a.md"}],
  "quizzes":[{"id":"bank","title":"Bank soal","file":"quizzes/bank.json"}]}]}
JSON
if [[ -x $bin/pelita ]]; then
  expect_exit 0 "$bin/pelita" import course --data kiosk
  has 'installed Impor (1.0.0)'
fi

# Bad input: the line is named, nothing is written, exit 1.
printf '%s\n' 'Soal tanpa jawaban?' 'A) Satu' 'B) Dua' >broken.aiken
expect_exit 1 "$pack" quiz import broken.aiken -o broken.json
has 'broken.aiken:'
[[ ! -e broken.json && ! -e broken.json.partial ]] || fail "a failed import left a file behind"
printf 'Soal? {=ya \xff ~tidak}\n' >latin1.gift
expect_exit 1 "$pack" quiz import latin1.gift
has 'UTF-8'
# Command-line mistakes: exit 2 with the usage.
expect_exit 2 "$pack" quiz import bank.txt
has 'say --format gift or --format aiken'
expect_exit 2 "$pack" quiz import bank.aiken --format xml
has '--format must be gift or aiken'
expect_exit 0 "$pack" quiz --help
has 'Usage: pelita-pack quiz import'
echo "quiz import: ok"
