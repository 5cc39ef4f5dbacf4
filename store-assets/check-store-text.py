#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the store texts (fastlane layout) against the stores' limits, in every language.

store-assets/metadata/<locale>/title.txt, short_description.txt, full_description.txt and
changelogs/<version code>.txt. Limits are the stricter of Google Play and the App Store, counted
in characters (not bytes) without the final newline: title 30 (both stores' app name), short
description 80 (Play), full description 4000 (both), changelog 500 (Play's "what's new").
Every locale has the same files as en-US, none is empty, and none has text a translator left
unfinished. Usage: check-store-text.py METADATA_DIR (ctest: store_text_lengths)."""
import sys
from pathlib import Path

LIMITS = {"title.txt": 30, "short_description.txt": 80, "full_description.txt": 4000}
CHANGELOG_LIMIT = 500
REQUIRED_LOCALES = ("en-US", "de-DE")

metadata = Path(sys.argv[1])
errors = []


def texts(locale_dir):
    files = {p.relative_to(locale_dir).as_posix(): p for p in locale_dir.rglob("*.txt")}
    return files


reference = texts(metadata / "en-US")
for name in LIMITS:
    if name not in reference:
        errors.append(f"en-US/{name} is missing")
if not any(n.startswith("changelogs/") for n in reference):
    errors.append("en-US has no changelogs/<version code>.txt")

locales = sorted(p.name for p in metadata.iterdir() if p.is_dir())
for required in REQUIRED_LOCALES:
    if required not in locales:
        errors.append(f"no store text in {required}")
for locale in locales:
    files = texts(metadata / locale)
    for name in sorted(set(reference) - set(files)):
        errors.append(f"{locale}/{name} is missing (en-US has it)")
    for name, path in sorted(files.items()):
        text = path.read_text(encoding="utf-8").rstrip("\n")
        limit = CHANGELOG_LIMIT if name.startswith("changelogs/") else LIMITS.get(name)
        if limit is None:
            errors.append(f"{locale}/{name}: not a file the stores read")
            continue
        if not text.strip():
            errors.append(f"{locale}/{name} is empty")
        if len(text) > limit:
            errors.append(f"{locale}/{name}: {len(text)} characters, the limit is {limit}")
        if name in ("title.txt", "short_description.txt") and "\n" in text:
            errors.append(f"{locale}/{name}: one line only")
        for marker in ("TODO", "FIXME", "XXX", "lorem ipsum"):
            if marker.lower() in text.lower():
                errors.append(f"{locale}/{name}: unfinished text ({marker})")
        print(f"{locale}/{name}: {len(text)}/{limit}")

for e in errors:
    print("FAIL:", e)
sys.exit(1 if errors else 0)
