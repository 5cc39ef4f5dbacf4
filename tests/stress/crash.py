#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash harness: seeded random SIGKILLs across writes, init, migration of old diaries and
passphrase changes, driving the real waymark-cli and the stress driver (which links waymark_core).

After every kill the diary is opened again as the app would (the driver's probe):
  - it opens with exactly one of the two passphrases (the expected one),
  - PRAGMA integrity_check is "ok" and the file holds exactly its pages,
  - every write acknowledged before the kill is there, and writes are whole (no half batch),
  - a migrated fixture holds exactly what a clean migration gives,
  - no stray file remains in the folder (.creating-*, .rekey-*, their journals) after that next open;
    a journal that was never made hot is allowed until the next write, which must remove it.

Usage: crash.py --cli PATH --driver PATH --fixtures DIR [--kills 200] [--seed S] [--jobs 2]
                [--time-limit SECONDS] [--strays fail|report]
Bounded by count (--kills) and time (--time-limit): fails if the count is not reached in time.
"""

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stresslib import (PASS_A, PASS_B, Failures, Stopwatch, cli_env, listing, probe, remove_tree,  # noqa: E402
                       run, scratch_dir)

DIARY = "d.waymark"


def day_of(n):
    # The driver writes note "ack-N" on 2020-01-01 + N days; the CLI scenario does the same.
    import datetime
    return (datetime.date(2020, 1, 1) + datetime.timedelta(days=n)).isoformat()


class Run:
    """One killed process: its exit status, whether SIGKILL landed, and the acks it printed."""

    def __init__(self, args, env, delay, read_acks):
        self.acks = []
        self.killed = False
        p = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        reader = None
        if read_acks:
            def read():
                for raw in p.stdout:
                    line = raw.decode("utf-8", "replace").strip()
                    if line.startswith("ack "):
                        self.acks.append(int(line.split()[1]))
            reader = threading.Thread(target=read, daemon=True)
            reader.start()
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline and p.poll() is None:
            time.sleep(min(0.002, max(0.0, deadline - time.monotonic())))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            self.killed = True
        if reader:
            self.err = p.stderr.read().decode("utf-8", "replace")
            p.wait()
            reader.join()
            self.out = ""
        else:
            out, err = p.communicate()
            self.out = out.decode("utf-8", "replace")
            self.err = err.decode("utf-8", "replace")
        self.code = p.returncode
        # A process that finished (exit 0) before the signal acknowledged its work.
        self.ok = p.returncode == 0


class Worker:
    def __init__(self, h, index):
        self.h = h
        self.rng = random.Random(h.seed * 7919 + index)
        self.dir = scratch_dir(f"waymark-crash{index}-")
        self.path = os.path.join(self.dir, DIARY)
        self.current = PASS_A  # the passphrase the diary must open with
        self.next_n = 0  # notes ack-0 .. ack-(next_n - 1) are in the diary
        code, _, err = run([h.cli, "--diary", self.path, "init"], env=cli_env(PASS_A))
        h.f.check(code == 0, f"setting up the diary failed: {err.strip()}")
        self.doses = 0

    def other(self):
        return PASS_B if self.current == PASS_A else PASS_A

    def passphrases(self):
        ps = [PASS_A, PASS_B]
        self.rng.shuffle(ps)  # wrong-first and right-first both happen
        return ps

    def check_diary(self, label, expected_pass, last_acked, may_have_one_more, allowed_passes=None):
        """The shared checks after a kill on the worker's diary; updates next_n and current."""
        f = self.h.f
        info = probe(self.h.driver, self.path, self._last_order)
        ok = f.check(info.get("exists") == "1", f"{label}: the diary is gone")
        ok = ok and f.check(info.get("open_count") == "1",
                            f"{label}: opened with {info.get('open_count')} passphrases, not exactly one "
                            f"({ {k: v for k, v in info.items() if k.startswith('open')} })")
        if not ok:
            return False
        # Which passphrase opened it: the probe tried them in the order we gave.
        order = self._last_order
        which = order[int(info["opened_with"])]
        allowed = allowed_passes or [expected_pass]
        f.check(which in allowed, f"{label}: opened with the unexpected passphrase")
        self.current = which
        f.check(info.get("integrity") == "ok", f"{label}: integrity_check says {info.get('integrity')}")
        f.check(info.get("pages_match") == "1", f"{label}: file size is not page_count * 4096")
        notes = info["notes"]
        ack_days = {}
        for day, text in notes.items():
            if text.startswith("ack-"):
                ack_days[int(text[4:])] = day
        present = sorted(ack_days)
        contiguous = present == list(range(len(present)))
        f.check(contiguous, f"{label}: acknowledged notes are not 0..N without gaps (have {len(present)})")
        top = len(present) - 1
        f.check(top >= last_acked, f"{label}: acknowledged write ack-{last_acked} lost (last present {top})")
        f.check(top <= last_acked + (1 if may_have_one_more else 0),
                f"{label}: more notes than were written ({top} > {last_acked})")
        for n, day in ack_days.items():
            if day != day_of(n):
                f.check(False, f"{label}: note ack-{n} is on the wrong day")
                break
        doses = int(info.get("doses", "-1"))
        f.check(doses % 5 == 0, f"{label}: {doses} doses: a batch of 5 was half written")
        f.check(doses >= self.doses, f"{label}: doses went down from {self.doses} to {doses}")
        self.doses = doses
        self.next_n = top + 1
        self.check_strays(label, [DIARY])
        return True

    def check_strays(self, label, expected):
        folder = os.path.dirname(self.path)
        journal = os.path.join(folder, expected[0] + "-journal")
        if os.path.exists(journal):
            # A journal that is not hot (the kill came before its header was written) is left
            # by SQLite until the next write transaction, which deletes it. Make that write.
            with self.h.lock:
                self.h.cold_journals += 1
            code, _, err = run([self.h.cli, "--diary", os.path.join(folder, expected[0]), "log", "day", "--date",
                                "2000-01-01", "--sleep", "8"], env=cli_env(self.current if expected[0] == DIARY
                                                                          else PASS_A))
            self.h.f.check(code == 0, f"{label}: the write after the crash failed: {err.strip()}")
            self.h.f.check(not os.path.exists(journal), f"{label}: the journal outlived the next write")
        left = listing(folder)
        strays = [name for name in left if name not in expected]
        if strays:
            self.h.strays.append((label, strays))
            if self.h.strays_mode == "fail":
                self.h.f.check(False, f"{label}: stray files after the next open: {strays}")
            for name in strays:  # keep the next trials' listing clean
                os.remove(os.path.join(os.path.dirname(self.path), name))

    def probe_order(self):
        self._last_order = self.passphrases()
        return self._last_order

    # ---------------------------------------------------------------- scenarios

    def driver_write(self):
        delay = self.rng.uniform(0.0, 1.6)
        r = Run([self.h.driver, "write", self.path, self.current, str(self.next_n), "100000"], cli_env(), delay,
                True)
        last = r.acks[-1] if r.acks else self.next_n - 1
        self._probe_and_check("driver-write", r, self.current, last, True)
        return r

    def cli_write(self):
        n = self.next_n
        delay = self.rng.uniform(0.0, 1.15 * self.h.timing["write"])
        r = Run([self.h.cli, "--diary", self.path, "log", "day", "--date", day_of(n), "--note", f"ack-{n}"],
                cli_env(self.current), delay, False)
        last = n if r.ok else n - 1
        self._probe_and_check("cli-write", r, self.current, last, not r.ok)
        return r

    def driver_passwd(self):
        delay = self.rng.uniform(0.0, 3.0)
        start = self.current
        r = Run([self.h.driver, "passwd", self.path, start, self.other(), "1000"], cli_env(), delay, True)
        flips = len(r.acks)
        expected = start if flips % 2 == 0 else (PASS_B if start == PASS_A else PASS_A)
        other = PASS_B if expected == PASS_A else PASS_A
        # Killed after the rename but before the ack: the next passphrase is also right.
        self._probe_and_check("driver-passwd", r, expected, self.next_n - 1, False,
                              [expected, other] if r.killed else [expected])
        return r

    def cli_passwd(self):
        delay = self.rng.uniform(0.0, 1.15 * self.h.timing["passwd"])
        start, new = self.current, self.other()
        r = Run([self.h.cli, "--diary", self.path, "passwd"], cli_env(start, new), delay, False)
        self._probe_and_check("cli-passwd", r, new if r.ok else start, self.next_n - 1, False,
                              [new] if r.ok else [start, new])
        return r

    def _probe_and_check(self, label, r, expected, last, one_more, allowed=None):
        self.h.count(label, r)
        self.h.f.check(r.killed or r.code == 0, f"{label}: failed without being killed (exit {r.code}): "
                       f"{r.err.strip()[:200]}")
        self.probe_order()
        self.check_diary(f"{label} (kill {'landed' if r.killed else 'after exit'} {r.code})", expected, last,
                         one_more, allowed)

    def cli_init(self):
        folder = scratch_dir("waymark-crash-init-")
        path = os.path.join(folder, "new.waymark")
        delay = self.rng.uniform(0.0, 1.15 * self.h.timing["init"])
        r = Run([self.h.cli, "--diary", path, "init"], cli_env(PASS_A), delay, False)
        self.h.count("cli-init", r)
        f = self.h.f
        f.check(r.killed or r.code == 0, f"cli-init failed without being killed: {r.err.strip()[:200]}")
        label = f"cli-init (kill {'landed' if r.killed else 'after exit'})"
        info = probe(self.h.driver, path, [PASS_B, PASS_A])
        if r.ok:
            f.check(info.get("exists") == "1", f"{label}: init said it created the diary, but it is not there")
        if info.get("exists") == "1":
            f.check(info.get("open_count") == "1" and info.get("opened_with") == "1",
                    f"{label}: the new diary does not open with its passphrase only ({info.get('open0')}, "
                    f"{info.get('open1')})")
            f.check(info.get("integrity") == "ok", f"{label}: integrity {info.get('integrity')}")
            f.check(info.get("user_version") == info.get("latest_version"), f"{label}: not fully created")
        else:
            # What a person does next: run init again. It must work despite the crash.
            code, _, err = run([self.h.cli, "--diary", path, "init"], env=cli_env(PASS_A))
            f.check(code == 0, f"{label}: init after the crash failed: {err.strip()}")
        self.path, saved = path, self.path
        self.check_strays(label, ["new.waymark"])
        self.path = saved
        remove_tree(folder)
        return r

    def cli_migrate(self):
        name = self.rng.choice(sorted(self.h.references))
        folder = scratch_dir("waymark-crash-migrate-")
        path = os.path.join(folder, "old.waymark")
        shutil.copyfile(os.path.join(self.h.fixtures, name), path)
        delay = self.rng.uniform(0.0, 1.15 * self.h.timing["migrate"])
        r = Run([self.h.cli, "--diary", path] + MIGRATE_WRITE, cli_env(PASS_A), delay, False)
        self.h.count("cli-migrate", r)
        f = self.h.f
        f.check(r.killed or r.code == 0, f"cli-migrate failed without being killed: {r.err.strip()[:200]}")
        label = f"cli-migrate {name} (kill {'landed' if r.killed else 'after exit'})"
        info = probe(self.h.driver, path, [PASS_B, PASS_A])
        migrated, written = self.h.references[name]
        if f.check(info.get("open_count") == "1" and info.get("opened_with") == "1",
                   f"{label}: does not open with its passphrase only"):
            f.check(info.get("integrity") == "ok", f"{label}: integrity {info.get('integrity')}")
            f.check(info.get("user_version") == info.get("latest_version"), f"{label}: not migrated on open")
            allowed = [written] if r.ok else [migrated, written]
            f.check(info.get("digest") in allowed,
                    f"{label}: content differs from a clean migration (data lost or half-migrated)")
        self.path, saved = path, self.path
        self.check_strays(label, ["old.waymark"])
        self.path = saved
        remove_tree(folder)
        return r


MIGRATE_WRITE = ["log", "day", "--date", "2019-12-31", "--wellbeing", "7"]
SCENARIOS = [("driver-write", 4), ("cli-write", 2), ("driver-passwd", 2), ("cli-passwd", 2), ("cli-init", 2),
             ("cli-migrate", 3)]


class Harness:
    def __init__(self, a):
        self.cli, self.driver, self.fixtures = a.cli, a.driver, a.fixtures
        self.seed, self.target, self.time_limit = a.seed, a.kills, a.time_limit
        self.strays_mode = a.strays
        self.f = Failures()
        self.lock = threading.Lock()
        self.kills = 0
        self.per = {}
        self.strays = []
        self.cold_journals = 0
        self.timing = {}
        self.references = {}

    def count(self, label, r):
        with self.lock:
            landed, total = self.per.get(label, (0, 0))
            self.per[label] = (landed + (1 if r.killed else 0), total + 1)
            if r.killed:
                self.kills += 1

    def calibrate(self):
        """Times each CLI operation once (unkilled), and makes the migration references."""
        folder = scratch_dir("waymark-crash-ref-")
        path = os.path.join(folder, "t.waymark")
        w = Stopwatch()
        code, _, err = run([self.cli, "--diary", path, "init"], env=cli_env(PASS_A))
        self.timing["init"] = w.seconds()
        self.f.check(code == 0, f"calibration init failed: {err}")
        w = Stopwatch()
        run([self.cli, "--diary", path, "log", "day", "--date", "2020-01-01", "--note", "x"], env=cli_env(PASS_A))
        self.timing["write"] = w.seconds()
        w = Stopwatch()
        code, _, err = run([self.cli, "--diary", path, "passwd"], env=cli_env(PASS_A, PASS_B))
        self.timing["passwd"] = w.seconds()
        self.f.check(code == 0, f"calibration passwd failed: {err}")
        self.timing["migrate"] = 0.0
        for name in sorted(os.listdir(self.fixtures)):
            if not name.endswith(".waymark"):
                continue
            copy = os.path.join(folder, name)
            shutil.copyfile(os.path.join(self.fixtures, name), copy)
            migrated = probe(self.driver, copy, [PASS_A]).get("digest")
            shutil.copyfile(os.path.join(self.fixtures, name), copy)
            w = Stopwatch()
            code, _, err = run([self.cli, "--diary", copy] + MIGRATE_WRITE, env=cli_env(PASS_A))
            self.timing["migrate"] = max(self.timing["migrate"], w.seconds())
            self.f.check(code == 0, f"calibration migration of {name} failed: {err}")
            written = probe(self.driver, copy, [PASS_A]).get("digest")
            self.f.check(bool(migrated) and bool(written) and migrated != written,
                         f"calibration digests of {name} are unusable")
            self.references[name] = (migrated, written)
        remove_tree(folder)
        print("calibration (s): " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(self.timing.items())),
              f"fixtures: {', '.join(sorted(self.references))}", flush=True)

    def work(self, index, clock):
        w = Worker(self, index)
        names = [n for n, weight in SCENARIOS for _ in range(weight)]
        try:
            while True:
                with self.lock:
                    if self.kills >= self.target or self.f.items:
                        return
                if clock.seconds() > self.time_limit:
                    return
                getattr(w, w.rng.choice(names).replace("-", "_"))()
        finally:
            remove_tree(w.dir)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=int(os.environ.get("WAYMARK_STRESS_SEED", "0")) or None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=420)
    ap.add_argument("--strays", choices=["fail", "report"], default="fail")
    a = ap.parse_args()
    if a.seed is None:
        a.seed = random.SystemRandom().randrange(1, 2**31)
    print(f"crash harness: seed {a.seed} (rerun with --seed {a.seed}), target {a.kills} kills, "
          f"{a.jobs} workers, time limit {a.time_limit:.0f} s", flush=True)
    h = Harness(a)
    clock = Stopwatch()
    h.calibrate()
    threads = [threading.Thread(target=h.work, args=(i, clock)) for i in range(a.jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for label, (landed, total) in sorted(h.per.items()):
        print(f"  {label:14s} {landed:4d} kills landed of {total:4d} runs", flush=True)
    print(f"  journals that were not hot, removed by the next write: {h.cold_journals}", flush=True)
    if h.strays:
        kinds = {}
        for label, names in h.strays:
            for name in names:
                kind = re.sub(r"[0-9a-f]{8}", "*", name)
                kinds.setdefault(kind, set()).add(label.split(" ")[0])
        print(f"  stray files after the next open in {len(h.strays)} trials"
              + (" (reported only: --strays report)" if a.strays == "report" else "") + ":", flush=True)
        for kind, labels in sorted(kinds.items()):
            print(f"    {kind} after {', '.join(sorted(labels))}", flush=True)
    h.f.check(h.kills >= a.kills, f"only {h.kills} kills landed in {a.time_limit:.0f} s (target {a.kills})")
    h.f.finish(f"crash harness: {h.kills} SIGKILLs landed, seed {a.seed}, {clock.seconds():.0f} s")


if __name__ == "__main__":
    main()
