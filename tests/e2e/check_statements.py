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

if verbs["answered"] != 5:
    fail(f"expected 5 answered statements, got {verbs['answered']}")
if verbs["passed"] != 1 or verbs["failed"] != 0:
    fail(f"expected one passed and no failed, got {verbs}")
if verbs["completed"] != 3:  # two lessons and the quiz
    fail(f"expected 3 completed statements, got {verbs['completed']}")

ids = [s["id"] for s in statements]
if len(set(ids)) != len(ids):
    fail("a statement id appears twice")

passed = next(s for s in statements if s["verb"]["id"] == VERBS + "passed")
score = passed["result"]["score"]
if (score["raw"], score["min"], score["max"]) != (4, 0, 5) or abs(score["scaled"] - 0.8) > 1e-9:
    fail(f"passed statement has score {score}")
if passed["result"].get("success") is not True:
    fail("passed statement lacks result.success = true")

answered = [s for s in statements if s["verb"]["id"] == VERBS + "answered"]
wrong = [s for s in answered if s["result"]["success"] is False]
if len(wrong) != 1 or wrong[0]["result"]["response"] != "b":
    fail(f"expected exactly the 4th question wrong with response b, got {[w['result'] for w in wrong]}")
registrations = {s["context"]["registration"] for s in answered + [passed]}
if len(registrations) != 1:
    fail(f"the attempt's statements carry {len(registrations)} registrations")
print("statements check: ok")
