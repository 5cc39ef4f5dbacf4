#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input: every CLI verb against every file in tests/data/hostile/ (and a few paths made
here: a folder, a FIFO, a missing folder, /dev/zero), then hostile passphrases.

For each file and verb: exit status 1, 2 or 3 (as tests/data/hostile/expected.json allows), a
one-line "waymark-cli: ..." message, no abort or hang, the file's bytes unchanged and nothing
left beside it. A diary with its own hot journal must, with any passphrase, come back as its
last commit. Passphrases: with ', NUL, NFC vs NFD, invalid UTF-8, SQLCipher's raw-key form x'<hex>', 1,024
characters.

The app's session layer (waymark-stress-appholder, when given) unlocks each file too: refused with
a message, file unchanged; and a garbage settings file does not stop it.

Usage: hostile.py --cli PATH --driver PATH --corpus DIR [--appholder PATH] [--known-failure NAME ...]
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stresslib import (PASS_A, PASS_B, Failures, Stopwatch, cli_env, listing, probe, run,  # noqa: E402
                       scratch_dir, sha256)

VERBS = [
    ["show", "--date", "2026-01-01"],
    ["show", "--date", "2026-01-01", "--json"],
    ["log", "day", "--date", "2026-01-01", "--note", "hostile"],
    ["log", "dose", "--date", "2026-01-01", "--drug", "Sertraline", "--mg", "50"],
    ["log", "symptom", "--date", "2026-01-01", "--symptom", "dizziness", "--severity", "2"],
    ["drug", "add", "Sertraline"],
    ["drug", "list"],
    ["drug", "formulation", "add", "--drug", "Sertraline", "--tablet", "50"],
    ["symptoms"],
    ["check"],
    ["passwd"],
    ["init"],
    ["demo", "--days", "3"],
    ["plan", "save", "--drug", "Sertraline", "--from-mg", "50", "--step-percent", "10"],
    ["plan", "show"],
    ["plan", "hold", "--plan", "1", "--days", "7"],
    ["plan", "pause", "--plan", "1", "--days", "7"],
    ["plan", "resume", "--plan", "1"],
    ["plan", "slow", "--plan", "1", "--interval-days", "28"],
    ["plan", "skip", "--plan", "1"],
    ["plan", "edit-step", "--plan", "1", "--step", "2", "--mg", "40"],
    ["plan", "archive", "--plan", "1"],
    ["plan", "switch", "record", "--drug", "Sertraline", "--mg", "2", "--stages", "3", "--table", "S2",
     "--prescriber-agreed"],
    ["plan", "switch", "show"],
    ["plan", "switch", "end", "--switch", "1"],
    ["plan", "switch", "archive", "--switch", "1"],
    ["trajectory"],
]


class Hostile:
    def __init__(self, a):
        self.cli, self.driver, self.corpus, self.appholder = a.cli, a.driver, a.corpus, a.appholder
        self.known = set(a.known_failure or [])
        self.known_seen = {}
        self.f = Failures()
        self.lock = threading.Lock()
        self.runs = 0
        self.exits = {}
        with open(os.path.join(self.corpus, "expected.json"), encoding="utf-8") as fh:
            self.expected = json.load(fh)

    def expect(self, ok, name, what):
        with self.lock:
            if name in self.known:
                self.known_seen.setdefault(name, []).append(ok)
                if not ok and self.known_seen[name].count(False) <= 3:
                    print(f"KNOWN FAILURE ({name}): {what}", flush=True)
                return ok
        return self.f.check(ok, what)

    def message_ok(self, code, err, label):
        lines = [x for x in err.splitlines() if x.strip()]
        self.f.check(code >= 0, f"{label}: killed by signal {-code}")
        self.f.check(code != 134 and "terminate called" not in err and "Abort" not in err, f"{label}: aborted")
        self.f.check(bool(lines) and lines[0].startswith("waymark-cli: "),
                     f"{label}: no 'waymark-cli: ...' message ({err.strip()[:200]!r})")

    def cli_run(self, path, verb, env, timeout=20):
        with self.lock:
            self.runs += 1
        try:
            return run([self.cli, "--diary", path] + verb, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    # ---------------------------------------------------------------- corpus files x verbs

    def file_case(self, name):
        allowed = self.expected[name]
        for verb in VERBS:
            folder = scratch_dir("waymark-hostile-")
            try:
                path = os.path.join(folder, name)
                shutil.copyfile(os.path.join(self.corpus, name), path)
                if os.path.exists(os.path.join(self.corpus, name + "-journal")):
                    shutil.copyfile(os.path.join(self.corpus, name + "-journal"), path + "-journal")
                before_hash, before_list = sha256(path), listing(folder)
                label = f"{name}: {' '.join(verb[:3])}"
                r = self.cli_run(path, verb, cli_env(PASS_B if isinstance(allowed, dict) else PASS_A,
                                                     new_passphrase=PASS_B))
                if not self.f.check(r is not None, f"{label}: hung (no exit in 20 s)"):
                    continue
                code, _, err = r
                with self.lock:
                    self.exits[code] = self.exits.get(code, 0) + 1
                if isinstance(allowed, dict):
                    self.own_hot_journal(path, verb, label, code, err, allowed)
                    continue
                if "journal" in name:
                    self.foreign_hot_journal(path, label, code, err, allowed)
                    continue
                self.message_ok(code, err, label)
                # init and demo never replace an existing file, whatever it holds.
                want = [1] if verb[0] in ("init", "demo") else allowed
                self.f.check(code in want, f"{label}: exit {code}, expected {want}: {err.strip()[:160]!r}")
                self.f.check(sha256(path) == before_hash, f"{label}: the file changed")
                self.f.check(listing(folder) == before_list,
                             f"{label}: files changed beside it: {before_list} -> {listing(folder)}")
            finally:
                shutil.rmtree(folder, ignore_errors=True)

    def foreign_hot_journal(self, path, label, code, err, allowed):
        """Another diary's journal planted beside this one: refused, or ignored; never rolled in."""
        if code != 0:
            self.message_ok(code, err, label)
            self.f.check(code in allowed, f"{label}: exit {code}, expected 0 or {allowed}: {err.strip()[:160]!r}")
        info = probe(self.driver, path, [PASS_A, PASS_B])  # B: after a passwd that worked
        self.f.check(info.get("open_count") == "1" and info.get("integrity") == "ok",
                     f"{label}: another diary's journal damaged this diary ({info.get('open0')}, "
                     f"{info.get('integrity')})")
        self.f.check(not any("FOREIGN" in t for t in info["notes"].values()),
                     f"{label}: another diary's uncommitted notes appeared in this diary")

    def own_hot_journal(self, path, verb, label, code, err, allowed):
        """Opened with the wrong passphrase: refused, but the crash is still recovered."""
        self.message_ok(code, err, label)
        if verb[0] not in ("init", "demo"):  # these refuse the existing path before opening it
            self.f.check(code in allowed["wrong"], f"{label}: wrong passphrase gave exit {code}: {err.strip()!r}")
        info = probe(self.driver, path, [PASS_A])
        self.f.check(info.get("opened_with") == "0" and info.get("integrity") == "ok",
                     f"{label}: the diary with its own hot journal no longer opens whole")
        self.f.check(info.get("digest") == allowed["digest"],
                     f"{label}: not the last committed state after recovery")
        self.f.check(not any("UNCOMMITTED" in t for t in info["notes"].values()),
                     f"{label}: an uncommitted write is visible")

    def app_opens(self):
        """The app's session layer unlocking each corpus file: refused with a message, file unchanged;
        then a garbage settings file (the one file the app keeps outside the diary): ignored."""
        if not self.appholder:
            print("SKIPPED the app's session on the corpus: no --appholder (app not built)", flush=True)
            return
        for name in sorted(self.expected):
            folder = scratch_dir("waymark-hostile-app-")
            try:
                path = os.path.join(folder, name)
                shutil.copyfile(os.path.join(self.corpus, name), path)
                before = sha256(path)
                env = cli_env(extra={"HOME": folder, "XDG_CONFIG_HOME": os.path.join(folder, "config")})
                r = subprocess.run([self.appholder, path], env=env, input=f"{PASS_B}\nX\nquit\n".encode(),
                                   capture_output=True, timeout=60)
                err = r.stderr.decode("utf-8", "replace")
                with self.lock:
                    self.runs += 1
                self.f.check(r.returncode == 2 and "unlock failed: " in err and len(err.strip()) > 20,
                             f"app session on {name}: exit {r.returncode}, {err.strip()[:160]!r}")
                if "journal" not in name:
                    self.f.check(sha256(path) == before, f"app session on {name}: the file changed")
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        folder = scratch_dir("waymark-hostile-settings-")
        try:
            path = os.path.join(folder, "d.waymark")
            code, _, err = run([self.cli, "--diary", path, "init"], env=cli_env(PASS_A))
            conf = os.path.join(folder, "config", "Waymark")
            os.makedirs(conf)
            with open(os.path.join(conf, "Waymark.conf"), "wb") as fh:
                fh.write(b"[appearance]\ntheme=\xff\xfe\x00" + bytes(range(256)) * 8 + b"\n[\n=\n")
            env = cli_env(extra={"HOME": folder, "XDG_CONFIG_HOME": os.path.join(folder, "config")})
            r = subprocess.run([self.appholder, path], env=env, input=f"{PASS_A}\nX\nquit\n".encode(), capture_output=True,
                               timeout=60)
            self.f.check(r.returncode == 0 and r.stdout.startswith(b"unlocked"),
                         f"a garbage settings file stops the app: exit {r.returncode} {r.stderr[:200]!r}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def made_paths(self):
        """Paths no file in the corpus can be: a folder, a FIFO, a missing folder, a device."""
        folder = scratch_dir("waymark-hostile-paths-")
        try:
            os.mkdir(os.path.join(folder, "folder.waymark"))
            os.mkfifo(os.path.join(folder, "fifo.waymark"))
            cases = {"folder.waymark": os.path.join(folder, "folder.waymark"),
                     "fifo.waymark": os.path.join(folder, "fifo.waymark"),
                     "missing-folder": os.path.join(folder, "no", "such", "d.waymark"),
                     "/dev/zero": "/dev/zero"}
            for label0, path in cases.items():
                for verb in (["show", "--date", "2026-01-01"], ["log", "day", "--date", "2026-01-01", "--note", "x"],
                             ["check"], ["passwd"], ["init"]):
                    label = f"{label0}: {' '.join(verb[:2])}"
                    r = self.cli_run(path, verb, cli_env(PASS_A, PASS_B), timeout=10)
                    ok = r is not None
                    if label0 == "fifo.waymark":
                        if not self.expect(ok, "fifo-hangs", f"{label}: hangs opening a FIFO (killed after 10 s)"):
                            continue
                    elif not self.f.check(ok, f"{label}: hung"):
                        continue
                    code, _, err = r
                    self.message_ok(code, err, label)
                    self.f.check(code in (1, 2, 3, 4), f"{label}: exit {code}: {err.strip()!r}")
            self.f.check(not os.path.exists(os.path.join(folder, "no")), "missing-folder: a folder was made")
            self.f.check(stat.S_ISFIFO(os.stat(cases["fifo.waymark"]).st_mode), "the FIFO was replaced")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # ---------------------------------------------------------------- passphrases

    def passphrases(self):
        folder = scratch_dir("waymark-hostile-pass-")
        try:
            self._passphrases(folder)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def init_with(self, folder, name, passphrase_bytes, via_stdin=False):
        path = os.path.join(folder, name)
        env = cli_env()
        stdin = b""
        if via_stdin:
            stdin = passphrase_bytes + b"\n"
        else:
            env = dict(env)
            env_b = {k.encode(): v.encode() for k, v in env.items()}
            env_b[b"WAYMARK_PASSPHRASE"] = passphrase_bytes
            env = env_b
        code, out, err = run([self.cli, "--diary", path, "init"], env=env, stdin=stdin)
        return path, code, err

    def open_with(self, path, passphrase_bytes, via_stdin=False):
        before = sha256(path)
        env = cli_env()
        stdin = b""
        if via_stdin:
            stdin = passphrase_bytes + b"\n"
        else:
            env = {k.encode(): v.encode() for k, v in env.items()}
            env[b"WAYMARK_PASSPHRASE"] = passphrase_bytes
        code, out, err = run([self.cli, "--diary", path, "show", "--date", "2026-01-01"], env=env, stdin=stdin)
        self.f.check(sha256(path) == before, f"{os.path.basename(path)}: opening changed the file")
        return code, err

    def _passphrases(self, folder):
        results = []

        def expect_open(path, pw, stdin, want, label):
            code, err = self.open_with(path, pw, stdin)
            if code != 0:
                self.message_ok(code, err, label)
            self.f.check(code == want, f"{label}: exit {code}, expected {want}: {err.strip()[:160]!r}")
            results.append((label, code))

        # An apostrophe (SQL quoting) and a double quote, through the environment and stdin.
        quote = "it's a \"quoted\" passphrase'; --".encode()
        path, code, err = self.init_with(folder, "quote.waymark", quote)
        if self.f.check(code == 0, f"passphrase with quotes: init failed: {err.strip()!r}"):
            expect_open(path, quote, False, 0, "quotes via environment")
            expect_open(path, quote, True, 0, "quotes via stdin")
            expect_open(path, b"it", False, 2, "quotes: the part before the quote")
            expect_open(path, quote[:-1], False, 2, "quotes: all but the last character")

        # NUL: cannot be in the environment; through stdin it must never cut the passphrase short.
        nul = b"before the nul\x00after the nul"
        path, code, err = self.init_with(folder, "nul.waymark", nul, via_stdin=True)
        if code == 0:
            expect_open(path, b"before the nul", True, 2, "NUL: the part before the NUL")
            expect_open(path, nul, True, 0, "NUL: the whole passphrase")
        else:
            self.message_ok(code, err, "NUL passphrase at init")
            self.f.check(code == 1, f"NUL passphrase at init: exit {code}")
            self.f.check(not os.path.exists(path), "NUL passphrase refused, but a file was left")
        results.append(("NUL at init", code))

        # NFC and NFD: the same letters, different code points.
        nfc = unicodedata.normalize("NFC", "café crème brûlée")
        nfd = unicodedata.normalize("NFD", nfc)
        assert nfc != nfd
        path, code, err = self.init_with(folder, "nfc.waymark", nfc.encode())
        if self.f.check(code == 0, f"NFC passphrase: init failed: {err.strip()!r}"):
            expect_open(path, nfc.encode(), False, 0, "NFC: the same passphrase")
            c, e = self.open_with(path, nfd.encode())
            self.f.check(c in (0, 2), f"NFD of an NFC passphrase: exit {c}: {e.strip()!r}")
            self.expect(c == 0, "nfd-lockout", "NFD of an NFC passphrase does not open the diary: the same "
                        "typed letters from another keyboard are refused (passphrases are not normalised)")
            results.append(("NFD of NFC passphrase", c))

        # Invalid UTF-8: refused, or at least two different invalid inputs never open the same diary.
        bad = b"invalid \xff\xfe utf-8 passphrase"
        path, code, err = self.init_with(folder, "utf8.waymark", bad)
        results.append(("invalid UTF-8 at init", code))
        if code == 0:
            c, _ = self.open_with(path, b"invalid \xc0\xc1 utf-8 passphrase")
            self.expect(c == 2, "invalid-utf8", f"invalid UTF-8 passphrase accepted, and another invalid byte "
                        f"sequence opens the same diary (exit {c}): both decode to U+FFFD")
            self.expect(False, "invalid-utf8", "invalid UTF-8 passphrase accepted at init instead of refused")
        else:
            self.message_ok(code, err, "invalid UTF-8 at init")
            self.f.check(code == 1, f"invalid UTF-8 at init: exit {code}")

        # SQLCipher's raw-key syntax: given to it as it is, x'<64 hex digits>' is used as the key itself
        # (no PBKDF2). Waymark must still derive the key from it: the text given raw opens nothing.
        raw = ("x'" + "0123456789abcdef" * 4 + "'").encode()
        path, code, err = self.init_with(folder, "rawkey.waymark", raw)
        results.append(("raw-key form at init", code))
        if code == 0:
            expect_open(path, raw, False, 0, "raw-key form via environment")
            expect_open(path, raw, True, 0, "raw-key form via stdin")
            c, out, e = run([self.driver, "query", path, raw.decode(), "PRAGMA user_version"], env=cli_env())
            self.f.check(c != 0 and "error=WrongPassphrase" in out,
                         f"raw-key form: the passphrase's text used as a raw key opens the diary (the key "
                         f"derivation was skipped): exit {c} {out.strip()[:120]!r}")
            results.append(("raw-key form given raw to SQLCipher", c))
        else:
            self.message_ok(code, err, "raw-key form at init")
            self.f.check(code == 1, f"raw-key form at init: exit {code}")

        # 1,024 characters.
        long = ("0123456789abcdef" * 64).encode()
        path, code, err = self.init_with(folder, "long.waymark", long)
        results.append(("1,024 characters at init", code))
        if code == 0:
            expect_open(path, long, False, 0, "1,024 characters")
            expect_open(path, long[:-1], False, 2, "1,023 of the 1,024 characters")
            expect_open(path, long, True, 0, "1,024 characters via stdin")
        else:
            self.message_ok(code, err, "1,024-character passphrase")
            self.f.check(code == 1, f"1,024-character passphrase: exit {code}")
        print("  passphrases: " + "; ".join(f"{label} -> {code}" for label, code in results), flush=True)

    def known_summary(self):
        for name, results in sorted(self.known_seen.items()):
            failed = results.count(False)
            print(f"known failure {name}: failed {failed} of {len(results)} checks"
                  + ("; it passes now: remove --known-failure " + name if failed == 0 else ""), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--known-failure", action="append")
    ap.add_argument("--appholder", help="waymark-stress-appholder: also open each file with the app's session")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    h = Hostile(a)
    clock = Stopwatch()
    names = sorted(h.expected)
    queue = list(names)

    def work():
        while True:
            with h.lock:
                if not queue:
                    return
                name = queue.pop()
            h.file_case(name)

    threads = [threading.Thread(target=work) for _ in range(a.jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    files_s = clock.seconds()
    h.made_paths()
    h.app_opens()
    h.passphrases()
    h.known_summary()
    exits = ", ".join(f"exit {k}: {v}" for k, v in sorted(h.exits.items()))
    h.f.finish(f"hostile input: {len(names)} corpus files x {len(VERBS)} verbs ({exits}; {files_s:.0f} s), "
               f"4 made paths, the app's session on each file, 6 passphrase kinds; {h.runs} CLI runs in {clock.seconds():.0f} s")


if __name__ == "__main__":
    main()
