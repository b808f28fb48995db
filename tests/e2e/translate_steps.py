#!/usr/bin/env python3
"""Turns an automation script written against the Indonesian UI into the same
script for another kiosk language: every click, expect and expect_not string that
is an id.json string, or fills one of its {placeholders}, becomes that key's
string in LANG (a filled-in value that is itself a UI string is translated too).
A step naming only the fixed words of a string with placeholders ("Sisa waktu: ")
gets the same words of LANG's string. Anything else, a course's own words or
typed text, passes as is. Other step
fields pass unchanged.
With COURSE.json, the course's own language maps (titles of the course, its
modules, lessons and quizzes) are translated the same way.
Usage: translate_steps.py IN.json I18N_DIR LANG OUT.json [COURSE.json]"""
import json
import re
import sys

source, i18n_dir, lang, out = sys.argv[1:5]
course_file = sys.argv[5] if len(sys.argv) > 5 else None
LOCALES = {"id": "id-ID", "en": "en-US"}


indonesian = json.load(open(f"{i18n_dir}/id.json", encoding="utf-8"))  # flat: {"key": "text"}
target = json.load(open(f"{i18n_dir}/{lang}.json", encoding="utf-8"))
exact = {}
for key, text in indonesian.items():
    exact.setdefault(text, key)


def language_maps(node):
    if isinstance(node, dict):
        if LOCALES["id"] in node and LOCALES[lang] in node:
            yield node[LOCALES["id"]], node[LOCALES[lang]]
        for value in node.values():
            yield from language_maps(value)
    elif isinstance(node, list):
        for value in node:
            yield from language_maps(value)


if course_file:
    for ours, theirs in language_maps(json.load(open(course_file, encoding="utf-8"))):
        key = "course:" + ours
        indonesian[key], target[key] = ours, theirs
        exact.setdefault(ours, key)
# Templates with placeholders, the most fixed words first, so the most specific
# one wins ("{day} {month} {year}" would otherwise match any three words).
templates = []
for key, text in sorted(indonesian.items(), key=lambda kv: -len(re.sub(r"\{[a-z_]+\}", "", kv[1]))):
    names = re.findall(r"\{([a-z_]+)\}", text)
    if names:
        pattern = "".join("(.+?)" if re.fullmatch(r"\{[a-z_]+\}", part) else re.escape(part)
                          for part in re.split(r"(\{[a-z_]+\})", text))
        templates.append((re.compile(pattern + r"\Z"), names, key))


# The fixed pieces between placeholders, for a step that names only a piece
# ("Sisa waktu: ", "belum dijawab"), trimmed of spaces and punctuation.
TRIM = " :·,.;"
pieces = {}
for key, text in indonesian.items():
    if key in target and "{" in text:
        ours = re.split(r"\{[a-z_]+\}", text)
        theirs = re.split(r"\{[a-z_]+\}", target[key])
        if len(ours) == len(theirs):
            for a, b in zip(ours, theirs):
                if a.strip(TRIM):
                    pieces.setdefault(a.strip(TRIM), (a, b))


def translate(text):
    if text in exact:
        return target[exact[text]]
    if text.strip(TRIM) in pieces:
        ours, theirs = pieces[text.strip(TRIM)]
        return theirs if text == ours else theirs.strip(TRIM)
    for pattern, names, key in templates:
        found = pattern.match(text)
        if found:
            result = target[key]
            for name, value in zip(names, found.groups()):
                result = result.replace("{" + name + "}", translate(value))
            return result
    return text


script = json.load(open(source, encoding="utf-8"))
for step in script["steps"]:
    for field in ("click", "expect", "expect_not"):
        if isinstance(step.get(field), str):
            step[field] = translate(step[field])
json.dump(script, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
