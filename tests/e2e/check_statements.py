"""Asserts what the server must hold after the e2e learner's session."""
import json
import sys
from collections import Counter

VERBS = "http://adlnet.gov/expapi/verbs/"
NIP = "198501012010012001"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


result = json.load(open(sys.argv[1]))
statements = result["statements"]
if result.get("more"):
    fail("expected every statement in one page (limit=0)")
verbs = Counter(s["verb"]["id"].removeprefix(VERBS) for s in statements)
print("statements on the server:", dict(verbs))

for s in statements:
    if s["actor"]["account"]["name"] != NIP:
        fail(f"statement {s['id']} has actor {s['actor']}")

QUESTION = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima/quiz/kuis-pelayanan-prima/question/"
answered = [s for s in statements if s["verb"]["id"] == VERBS + "answered"]
# A learner may change an answer (the ordering question moves item by item), so each
# question's answer is its latest statement; every one of the 8 questions has one.
latest = {}
for s in sorted(answered, key=lambda s: s["timestamp"]):
    latest[s["object"]["id"].removeprefix(QUESTION)] = s
if len(latest) != 8:
    fail(f"expected answers to 8 questions, got {sorted(latest)}")
# Two passed: the quiz's, and the course's that announces the certificate.
COURSE = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima"
if verbs["passed"] != 2 or verbs["failed"] != 0:
    fail(f"expected two passed (quiz, course) and no failed, got {verbs}")
course_passed = [s for s in statements if s["verb"]["id"] == VERBS + "passed" and s["object"]["id"] == COURSE]
if len(course_passed) != 1:
    fail(f"expected one passed statement for the course, got {len(course_passed)}")
certificate = course_passed[0]["result"]["extensions"]["https://pelita.sawahluntokota.go.id/xapi/extensions/certificate"]
if not certificate["id"].startswith("PLT-") or certificate["jp"] <= 0:
    fail(f"the course's passed statement carries certificate {certificate}")
if verbs["completed"] != 3:  # two lessons and the quiz
    fail(f"expected 3 completed statements, got {verbs['completed']}")

ids = [s["id"] for s in statements]
if len(set(ids)) != len(ids):
    fail("a statement id appears twice")

passed = next(s for s in statements if s["verb"]["id"] == VERBS + "passed" and s["object"]["id"] != COURSE)
score = passed["result"]["score"]
if (score["raw"], score["min"], score["max"]) != (6, 0, 7) or abs(score["scaled"] - 6 / 7) > 1e-9:
    fail(f"passed statement has score {score}")
if passed["result"].get("success") is not True:
    fail("passed statement lacks result.success = true")

expected = {
    "dasar-hukum": ("a", True),
    "biaya-tambahan": ("true", False),
    "asas-pelayanan": (None, True),  # a[,]c[,]e in the order shown, which is shuffled
    "saluran-pengaduan": ("SP4N-LAPOR!", True),
    "jumlah-langkah": ("5,0", True),
    "sikap-benar": ("p1[.]t1[,]p2[.]t2[,]p3[.]t3", True),
    "langkah-keluhan": ("a[,]b[,]c[,]d", True),
    "evaluasi-materi": ("4", None),  # likert: a survey, no success
}
for question, (response, success) in expected.items():
    result = latest[question]["result"]
    if response is not None and result["response"] != response:
        fail(f"{question}: response {result['response']!r}, expected {response!r}")
    if result.get("success") != success:
        fail(f"{question}: success {result.get('success')!r}, expected {success!r}")
if sorted(latest["asas-pelayanan"]["result"]["response"].split("[,]")) != ["a", "c", "e"]:
    fail(f"asas-pelayanan: response {latest['asas-pelayanan']['result']['response']!r}")
types = {s["object"]["definition"]["interactionType"] for s in latest.values()}
if len(types) != 7:  # single choice and multiple response are both "choice"
    fail(f"expected 7 interaction types, got {sorted(types)}")
registrations = {s["context"]["registration"] for s in answered + [passed]}
if len(registrations) != 1:
    fail(f"the attempt's statements carry {len(registrations)} registrations")
print("statements check: ok")
