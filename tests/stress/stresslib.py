# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers shared by the stress harnesses in tests/stress/: running waymark-cli and the stress
driver, probing a diary after a crash, and listing what is left in a folder."""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

PASS_A = "correct horse battery staple"  # the fixtures' passphrase (tests/support/testsupport.h)
PASS_B = "a different passphrase"
TODAY = "2026-03-15"


def cli_env(passphrase=None, new_passphrase=None, extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("WAYMARK_")}
    env.update({"TZ": "Europe/London", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "WAYMARK_TODAY": TODAY,
                "QT_QPA_PLATFORM": "offscreen"})
    if passphrase is not None:
        env["WAYMARK_PASSPHRASE"] = passphrase
    if new_passphrase is not None:
        env["WAYMARK_NEW_PASSPHRASE"] = new_passphrase
    if extra:
        env.update(extra)
    return env


def run(args, env=None, stdin=b"", timeout=60, **kw):
    """Runs a command to the end; returns (exit code, stdout text, stderr text)."""
    p = subprocess.run(args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                       timeout=timeout, **kw)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def probe(driver, path, passphrases):
    """The stress driver's probe: a dict of its key=value lines, plus 'notes' {day: text}."""
    code, out, err = run([driver, "probe", path] + list(passphrases), env=cli_env(), timeout=120)
    info = {"notes": {}, "exit": code, "stderr": err}
    for line in out.splitlines():
        if line.startswith("note\t"):
            _, day, text = line.split("\t", 2)
            info["notes"][day] = text
        elif "=" in line:
            k, v = line.split("=", 1)
            info[k] = v
    return info


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def listing(folder):
    return sorted(os.listdir(folder))


class Failures:
    """Collects failed checks; the harness prints them all and exits 1 if there were any."""

    def __init__(self):
        self.items = []

    def check(self, ok, what):
        if not ok:
            self.items.append(what)
            print("FAIL:", what, flush=True)
        return ok

    def finish(self, summary):
        print(summary, flush=True)
        # tools/run-tests.sh prints this file after ctest, so the counts show on a green run too.
        target = os.environ.get("WAYMARK_STRESS_SUMMARY")
        if target:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write(("FAILED " if self.items else "") + summary + "\n")
        if self.items:
            print(f"{len(self.items)} check(s) failed", flush=True)
            sys.exit(1)
        sys.exit(0)


class Stopwatch:
    def __init__(self):
        self.start = time.monotonic()

    def seconds(self):
        return time.monotonic() - self.start


def scratch_dir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


def remove_tree(path):
    shutil.rmtree(path, ignore_errors=True)
