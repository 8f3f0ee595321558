#!/usr/bin/python3
"""Every user-visible string is translated into every shipped language.

Runs lupdate over the sources into a temporary copy of each translations/atrium_*.ts, so
a string added without a translation fails here (the files in the tree are not touched).
A translation must keep the source's placeholders (%1, %2, %n).
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE = os.environ.get("ATRIUM_LUPDATE", "/usr/lib/qt6/bin/lupdate")
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def problems_in(ts_path):
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if translation is not None and message.get("numerus") == "yes" \
                else [translation.text or "" if translation is not None else ""]
            if kind in ("unfinished", "missing") or not all(forms):
                found.append(f"{name}: untranslated: {source!r}")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                    found.append(f"{name}: placeholders differ: {source!r} -> {form!r}")
    return found


def main():
    root = sys.argv[1]
    ts_files = sorted(glob.glob(os.path.join(root, "translations", "atrium_*.ts")))
    languages = {os.path.basename(p)[len("atrium_"):-3] for p in ts_files}
    missing = {"de", "es", "it", "fr"} - languages
    if missing:
        print("no translation file for:", ", ".join(sorted(missing)))
        return 1
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "none",
                            "-extensions", "cpp,h,qml",
                            os.path.join(root, "src"), os.path.join(root, "qml"),
                            "-ts", copy], check=True)
            problems = problems_in(copy)
            print(f"{os.path.basename(ts)}: {len(problems)} problem(s)")
            for p in problems:
                print("  " + p)
            failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
