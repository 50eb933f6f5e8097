#!/usr/bin/env python3
"""Helps fill and check resources/translations/paydesk_<lang>.ts (stdlib only; see docs/translations.md).

  scripts/translations.py todo <lang> [out.json]   unfinished messages as a JSON list to translate
  scripts/translations.py apply <lang> <in.json>   writes the "translation" fields of such a list into the .ts
  scripts/translations.py check [<lang>...]        fails on unfinished, obsolete or vanished messages, on broken
                                                   placeholders (%1, %n), HTML tags, and on accelerators (&x)
                                                   repeated within one menu context

A JSON entry: {"context": ..., "source": ..., "comment": ..., "numerus": bool, "translation": "..." or a list of
plural forms (es: 2, ru: 3, en: 2)}. apply matches entries on (context, source, comment) and marks them finished.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PLURAL_FORMS = {"en": 2, "es": 2, "ru": 3}


def ts_path(lang):
    return TS_DIR / f"paydesk_{lang}.ts"


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def todo(lang, out=None):
    tree = ET.parse(ts_path(lang))
    items = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        c, s, comment = key(context, message)
        items.append({"context": c, "source": s, "comment": comment, "numerus": message.get("numerus") == "yes",
                      "translation": "" if message.get("numerus") != "yes" else [""] * PLURAL_FORMS.get(lang, 2)})
    text = json.dumps(items, ensure_ascii=False, indent=1)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    print(f"{len(items)} unfinished in {ts_path(lang).name}", file=sys.stderr)


def write_ts(tree, path):
    # lupdate's own layout: 4-space indent, the XML declaration and DOCTYPE, '&apos;'/'&quot;' as entities.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = body.replace("'", "&apos;").replace('"', "&quot;")
    body = re.sub(r"<(\w+)((?: \w+=&quot;[^&]*&quot;)+)( ?/?)>",
                  lambda m: "<" + m.group(1) + m.group(2).replace("&quot;", '"') + m.group(3) + ">", body)
    # lupdate puts <context> at the left margin: one level less than ET.indent.
    body = re.sub(r"^    (?=\s*<)", "", body, flags=re.M)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def apply(lang, source):
    tree = ET.parse(ts_path(lang))
    entries = {(e["context"], e["source"], e.get("comment", "")): e["translation"]
               for e in json.loads(Path(source).read_text(encoding="utf-8"))}
    done = 0
    for context, message in messages(tree):
        k = key(context, message)
        if k not in entries or not entries[k]:
            continue
        value = entries[k]
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            if any(not f for f in forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        done += 1
    write_ts(tree, ts_path(lang))
    print(f"{done} of {len(entries)} entries applied to {ts_path(lang).name}", file=sys.stderr)


PLACEHOLDER = re.compile(r"%(?:L?n|\d+)")
# Rich-text tags only: "<dir>" in a command-line help text is a translatable value name, not a tag.
TAG = re.compile(r"</?(?:a|b|i|u|p|br|em|strong|tt|code|pre|span|div|ul|ol|li|table|tr|td|th|h[1-6]|small|big|nobr|qt)\b[^>]*>")
ACCEL = re.compile(r"&([^&\s;])")


def check(langs):
    problems = []
    for lang in langs:
        tree = ET.parse(ts_path(lang))
        accels = {}
        for context, message in messages(tree):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type")
            where = f"{ts_path(lang).name}: {context}: {source!r}"
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS.get(lang, 2):
                problems.append(f"{where}: {len(forms)} plural forms")
            for form in forms:
                if not form:
                    problems.append(f"{where}: empty translation")
                want = sorted(set(PLACEHOLDER.findall(source)))
                got = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave out %n (Russian "one" reads "одна"), never a numbered placeholder.
                if [p for p in want if "n" not in p] != [p for p in got if "n" not in p]:
                    problems.append(f"{where}: placeholders {want} became {got} in {form!r}")
                if sorted(TAG.findall(source)) != sorted(TAG.findall(form)) and lang != "en":
                    if sorted(t.split()[0] for t in TAG.findall(source)) != sorted(t.split()[0] for t in TAG.findall(form)):
                        problems.append(f"{where}: HTML tags differ in {form!r}")
                if ACCEL.search(source.replace("&&", "")) and not ACCEL.search(form.replace("&&", "")):
                    problems.append(f"{where}: accelerator lost in {form!r}")
            # Accelerators of menu titles and actions: unique per context among menu-like entries (short texts).
            if len(source) <= 40 and ACCEL.search(source.replace("&&", "")):
                letter = ACCEL.search(forms[0].replace("&&", ""))
                if letter:
                    accels.setdefault((context, source_group(source)), {}).setdefault(letter.group(1).lower(), []).append(forms[0])
        for (context, _), letters in accels.items():
            for letter, texts in letters.items():
                if len(texts) > 1:
                    problems.append(f"{ts_path(lang).name}: {context}: accelerator &{letter} used by {texts}")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {', '.join(langs)}", file=sys.stderr)
    return 1 if problems else 0


def source_group(source):
    # Entries sharing an accelerator space; refined through MENU_GROUPS below for the main window's menus.
    return MENU_GROUPS.get(source.replace("…", ""), "")


# Which menu each main-window text belongs to (the menu bar's titles are one group); texts not listed share one group
# per context (a dialog's form labels), which is stricter than needed but simple. Add new menu entries here.
MENU_GROUPS = {
    "&File": "menubar", "&Edit": "menubar", "&View": "menubar", "&Sync": "menubar", "&Help": "menubar",
    "&New Invoice": "file", "&Export": "file", "&Quit": "file",
    "&Find Payments": "edit", "&Refresh Selected Invoice": "edit", "&Preferences": "edit",
    "&Hide Amounts": "view",
    "Sync &Now": "sync", "&Cancel Sync": "sync",
    "&About Paydesk": "help",
}


def main(argv):
    if len(argv) >= 2 and argv[1] == "todo":
        return todo(argv[2], argv[3] if len(argv) > 3 else None) or 0
    if len(argv) == 4 and argv[1] == "apply":
        return apply(argv[2], argv[3]) or 0
    if len(argv) >= 2 and argv[1] == "check":
        return check(argv[2:] or ["en", "es", "ru"])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
