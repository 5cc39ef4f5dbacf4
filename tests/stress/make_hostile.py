#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile-input corpus in tests/data/hostile/ (see its README.md for what each file is).

Usage: make_hostile.py --cli PATH --driver PATH [--out DIR]
The random files are seeded (the same bytes every time); the SQLCipher files are not (SQLCipher
picks a random salt), so regenerating changes them: commit the new files and their .json.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stresslib import PASS_A, PASS_B, cli_env, probe, run  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                                                  "hostile"))
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name != "README.md":
            os.remove(os.path.join(out, name))
    rng = random.Random(9)

    def put(name, data):
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)

    def real_diary(name, days=30, passphrase=PASS_A):
        path = os.path.join(out, name)
        code, _, err = run([a.cli, "--diary", path, "demo", "--days", str(days)], env=cli_env(passphrase))
        assert code == 0, err
        return path

    expected = {}
    put("empty.waymark", b"")
    expected["empty.waymark"] = [3]
    put("random-page.waymark", bytes(rng.getrandbits(8) for _ in range(4096)))
    expected["random-page.waymark"] = [2, 3]
    put("random-4pages.waymark", bytes(rng.getrandbits(8) for _ in range(4 * 4096)))
    expected["random-4pages.waymark"] = [2, 3]
    put("random-odd-length.waymark", bytes(rng.getrandbits(8) for _ in range(5000)))
    expected["random-odd-length.waymark"] = [3]
    put("zeros-4pages.waymark", bytes(4 * 4096))
    expected["zeros-4pages.waymark"] = [2, 3]
    put("text.waymark", ("date,drug,mg\n2026-01-01,sertraline,50\n" * 200).encode()[:8192])
    expected["text.waymark"] = [2, 3]

    plain = os.path.join(out, "plain-sqlite.waymark")
    con = sqlite3.connect(plain)
    con.execute("PRAGMA page_size = 4096")
    con.execute("CREATE TABLE days (day TEXT PRIMARY KEY, note TEXT)")
    con.execute("INSERT INTO days VALUES ('2026-01-01', 'an unencrypted note')")
    con.commit()
    con.close()
    expected["plain-sqlite.waymark"] = [3]

    for kind in ("waymark", "defaults"):
        name = f"foreign-sqlcipher-{kind}.waymark"
        code, _, err = run([a.driver, "make-foreign", os.path.join(out, name), PASS_A, kind], env=cli_env())
        assert code == 0, err
    # Waymark's cipher settings but another application id: recognised as not a diary.
    expected["foreign-sqlcipher-waymark.waymark"] = [3]
    # SQLCipher's own defaults: indistinguishable from a wrong passphrase.
    expected["foreign-sqlcipher-defaults.waymark"] = [2, 3]

    size = os.path.getsize(real_diary("truncated-half.waymark"))
    os.truncate(os.path.join(out, "truncated-half.waymark"), (size // 2) // 4096 * 4096)
    expected["truncated-half.waymark"] = [3]
    os.truncate(real_diary("truncated-odd.waymark"), size - 1000)
    expected["truncated-odd.waymark"] = [3]

    for name, page in (("garbage-page-3.waymark", 2), ("garbage-first-page.waymark", 0),
                       ("garbage-last-page.waymark", -1)):
        path = real_diary(name)
        pages = os.path.getsize(path) // 4096
        with open(path, "r+b") as fh:
            fh.seek((page % pages) * 4096)
            fh.write(bytes(rng.getrandbits(8) for _ in range(4096)))
        expected[name] = [2, 3] if page == 0 else [3]

    path = real_diary("newer-version.waymark")
    code, _, err = run([a.driver, "set-version", path, PASS_A, "999"], env=cli_env())
    assert code == 0, err
    expected["newer-version.waymark"] = [3]

    # Its own hot journal: any passphrase rolls it back to the last commit (the digest in the .json).
    path = real_diary("hot-journal-own.waymark")
    digest = probe(a.driver, path, [PASS_A])["digest"]
    code, outp, err = run([a.driver, "hot-journal", path, PASS_A, "UNCOMMITTED"], env=cli_env())
    assert code == 0 and os.path.getsize(path + "-journal") > 512, err
    expected["hot-journal-own.waymark"] = {"wrong": [2], "digest": digest}

    # Another diary's hot journal planted beside a clean diary.
    path = real_diary("hot-journal-foreign.waymark")
    other = os.path.join(out, "other.tmp")
    code, _, err = run([a.cli, "--diary", other, "demo", "--days", "40"], env=cli_env(PASS_B))
    assert code == 0, err
    code, _, err = run([a.driver, "hot-journal", other, PASS_B, "FOREIGN"], env=cli_env())
    assert code == 0, err
    shutil.move(other + "-journal", path + "-journal")
    os.remove(other)
    expected["hot-journal-foreign.waymark"] = [1, 2, 3]

    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, indent=1, sort_keys=True)
        fh.write("\n")
    subprocess.run(["ls", "-l", out])


if __name__ == "__main__":
    main()
