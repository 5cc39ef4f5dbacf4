#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on a translation a person would see unfinished: in every i18n/waymark_<lang>.ts, each
message needs a finished, non-empty translation (every plural form filled), with the same
placeholders (%1, %2, ..., %n) as its English source. Run by ctest as i18n_complete.
Usage: check-translations.py <i18n folder>"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

folder = Path(sys.argv[1])
files = sorted(folder.glob("waymark_*.ts"))
problems = []
if not any(f.name == "waymark_de.ts" for f in files):
    problems.append(f"{folder}/waymark_de.ts is missing")
for ts in files:
    count = 0
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts.name}: [{name}] {source!r}"
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing", "obsolete", "vanished"):
                problems.append(f"{where}: {kind}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            wanted = set(re.findall(r"%(?:\d+|n)", source))
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                elif set(re.findall(r"%(?:\d+|n)", form)) != wanted and not (
                        message.get("numerus") == "yes" and wanted - {"%n"} == set(re.findall(r"%\d+", form))):
                    problems.append(f"{where}: placeholders {sorted(wanted)} but {form!r}")
    print(f"{ts.name}: {count} messages")
for p in problems:
    print(p, file=sys.stderr)
if problems:
    print(f"{len(problems)} unfinished or broken translations: translate them in i18n/ "
          "(tools/update-translations.sh adds new strings)", file=sys.stderr)
sys.exit(1 if problems else 0)
