#!/usr/bin/env python3
"""Writes an automation script in one kiosk language from steps that name UI
strings by their i18n key, so one list of steps drives the Indonesian and the
English run. A string value "@key" becomes that translation; "@key|name=value|..."
fills its {placeholders} too, and "@key: more" adds text after the translation. When placeholders are left unfilled (a server's words,
say), the step looks for the longest piece of text between them, preferring a
piece holding a value that was filled in. Any other
string passes as is, with @SHOTS@ and @LANG@ filled in (other @UPPERCASE@ words
are left for the calling script).
Usage: trainer_steps.py STEPS.json I18N_DIR LANG SHOTS OUT.json"""
import json
import re
import sys

steps_file, i18n_dir, lang, shots, out = sys.argv[1:6]
words = json.load(open(f"{i18n_dir}/{lang}.json", encoding="utf-8"))


def word(value):
    if not isinstance(value, str):
        return value
    named = re.match(r"@([a-z0-9_.]+)(.*)", value)
    if named:
        key, rest = named.groups()
        suffix, *fills = rest.split("|")
        text = words[key] + suffix
        for fill in fills:
            name, _, filled = fill.partition("=")
            text = text.replace("{" + name + "}", filled)
        pieces = re.split(r"\{[a-z_]+\}", text)
        filled_values = [f.partition("=")[2] for f in fills]
        with_values = [p for p in pieces if any(v in p for v in filled_values)]
        return max(with_values or pieces, key=len)
    return value.replace("@SHOTS@", shots).replace("@LANG@", lang)


steps = json.load(open(steps_file, encoding="utf-8"))
script = {"timeout_ms": 10000, "steps": [{k: word(v) for k, v in step.items()} for step in steps]}
json.dump(script, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
