#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fault harness: what a person's phone or laptop does to a diary, and what they must see.

  disk-full     a small tmpfs (a private mount namespace; root, or unshare -rm) filled by writes:
                the write that does not fit fails with a clear message, no abort, and everything
                committed before is intact; after space is freed the next write works.
  efbig         the same with a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored: write() -> EFBIG).
  read-only     a read-only diary file, and a read-only folder: writes fail with a message, reads
                work, the file is unchanged. As root, the CLI runs as nobody (setpriv).
  concurrent    an app-like writer (the stress driver: one long-lived connection, retrying a busy
                diary like the app) and waymark-cli writing at once: no abort, every acknowledged
                write from both is there.
  passwd-race   passwd while another process writes every 10 ms: passwd gets through (it holds the
                write lock from the copy to the rename, waiting for it a few busy timeouts at most),
                the diary opens with the new passphrase and every write the writer acknowledged is
                in it.

Each check that fails is printed; --known-failure NAME turns one named check into a printed
"KNOWN FAILURE" (for defects another branch fixes) and says so when it starts to pass.
Usage: faults.py --cli PATH --driver PATH [--known-failure NAME ...] [--only PART]
"""

import argparse
import os
import resource
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stresslib import PASS_A, PASS_B, Failures, Stopwatch, cli_env, probe, run, scratch_dir, sha256  # noqa: E402

PARTS = ["disk-full", "efbig", "read-only", "concurrent", "passwd-race"]


class Faults:
    def __init__(self, a):
        self.cli, self.driver = a.cli, a.driver
        self.known = set(a.known_failure or [])
        self.f = Failures()
        self.counts = {}
        self.known_seen = {}

    def expect(self, ok, name, what):
        """A check that may be a known failure (named): printed, not failed, and summed up at the end."""
        if name in self.known:
            self.known_seen.setdefault(name, []).append(ok)
            if not ok:
                print(f"KNOWN FAILURE ({name}): {what}", flush=True)
            return ok
        return self.f.check(ok, what)

    def known_summary(self):
        for name, results in sorted(self.known_seen.items()):
            failed = results.count(False)
            print(f"known failure {name}: failed {failed} of {len(results)} checks"
                  + ("; it passes now: remove --known-failure " + name if failed == 0 else ""), flush=True)

    def count(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n

    def cli_run(self, path, args, passphrase=PASS_A, **kw):
        return run([self.cli, "--diary", path] + args, env=cli_env(passphrase), **kw)

    def new_diary(self, folder, notes=0):
        path = os.path.join(folder, "d.waymark")
        code, _, err = self.cli_run(path, ["init"])
        self.f.check(code == 0, f"init failed: {err}")
        for n in range(notes):
            self.note(path, n)
        return path

    def note(self, path, n, size=20, **kw):
        text = f"ack-{n}" + "." * max(0, size - 8)
        return self.cli_run(path, ["log", "day", "--date", day(n), "--note", text], **kw)

    def check_notes(self, path, acked, label, passphrases=(PASS_A,)):
        info = probe(self.driver, path, list(passphrases))
        if not self.f.check(info.get("open_count") == "1", f"{label}: the diary does not open ({info})"):
            return info
        self.f.check(info.get("integrity") == "ok", f"{label}: integrity {info.get('integrity')}")
        present = {int(t.split(".")[0][4:]) for t in info["notes"].values() if t.startswith("ack-")}
        lost = sorted(set(acked) - present)
        self.f.check(not lost, f"{label}: {len(lost)} acknowledged writes lost, e.g. ack-{lost[:3]}")
        return info

    def clear_message(self, code, err, label, name, words):
        """No abort (a signal or 134), a one-line message naming the problem in plain words."""
        self.f.check(code > 0, f"{label}: died with signal {-code}" if code < 0 else f"{label}: exit {code}")
        self.f.check(code != 134 and "Abort" not in err and "terminate called" not in err,
                     f"{label}: aborted: {err.strip()}")
        self.f.check(err.startswith("waymark-cli: "), f"{label}: no message on stderr ({err.strip()!r})")
        self.expect(any(w in err.lower() for w in words), name,
                    f"{label}: the message does not say what is wrong ({', '.join(words)}): {err.strip()!r}")

    # ---------------------------------------------------------------- disk full (tmpfs)

    def disk_full(self):
        """Runs itself again inside a private mount namespace where it may mount a tmpfs."""
        me = [sys.executable, os.path.abspath(__file__), "--cli", self.cli, "--driver", self.driver,
              "--only", "disk-full-inside"] + sum((["--known-failure", k] for k in self.known), [])
        for prefix in (["unshare", "-m", "--propagation", "private"], ["unshare", "-r", "-m"]):
            if os.geteuid() != 0 and "-r" not in prefix:
                continue
            probe_code = subprocess.run(prefix + ["true"], stderr=subprocess.DEVNULL).returncode
            if probe_code == 0:
                p = subprocess.run(prefix + me, timeout=300)
                self.f.check(p.returncode == 0, "disk-full part failed (see above)")
                self.count("disk-full runs")
                return
        print("SKIPPED disk-full on tmpfs: cannot make a mount namespace here (no root, no user "
              "namespaces); the efbig part still runs", flush=True)
        self.count("disk-full skipped")

    def disk_full_inside(self):
        mnt = scratch_dir("waymark-tmpfs-")
        code = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k,mode=0700", "tmpfs", mnt]).returncode
        if not self.f.check(code == 0, "mounting a 320 KiB tmpfs failed"):
            return
        try:
            path = self.new_diary(mnt, 3)
            acked = [0, 1, 2]
            # Fill the rest with a file we can remove later, leaving room for a few big notes.
            filler = os.path.join(mnt, "filler")
            st = os.statvfs(mnt)
            free = st.f_bavail * st.f_frsize
            with open(filler, "wb") as fh:
                fh.write(b"\0" * max(0, free - 60 * 1024))
            failed = None
            for n in range(3, 60):
                code, _, err = self.note(path, n, size=9000)
                if code == 0:
                    acked.append(n)
                    continue
                failed = (code, err)
                break
            self.count("disk-full writes before full", len(acked) - 3)
            if self.f.check(failed is not None, "disk-full: 57 writes of 9 KB fitted in 60 KB"):
                self.clear_message(failed[0], failed[1], "disk-full write", "disk-full-message",
                                   ["disk is full", "no space", "free some space"])
                self.f.check(failed[0] == 4, f"disk-full: exit {failed[0]}, not 4 (I/O)")
            # The failed write was rolled back; reading still works on a full disk.
            code, out, err = self.cli_run(path, ["show", "--date", day(acked[-1]), "--json"])
            self.f.check(code == 0 and f"ack-{acked[-1]}" in out, f"disk-full: show on a full disk failed: {err}")
            os.remove(filler)
            self.check_notes(path, acked, "disk-full")
            code, _, err = self.note(path, 100)
            self.f.check(code == 0, f"disk-full: the write after freeing space failed: {err}")
            self.f.check(sorted(os.listdir(mnt)) == ["d.waymark"], f"disk-full: files left: {os.listdir(mnt)}")
            print(f"  disk-full: {len(acked)} writes kept, the one that did not fit said: {failed[1].strip()!r}"
                  if failed else "", flush=True)
        finally:
            subprocess.run(["umount", mnt])
            os.rmdir(mnt)

    # ---------------------------------------------------------------- EFBIG

    def efbig(self):
        folder = scratch_dir("waymark-efbig-")
        try:
            path = self.new_diary(folder, 3)
            acked = [0, 1, 2]
            size = os.path.getsize(path)
            limit = size + 4096 * 3

            def limited():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

            failed = None
            for n in range(3, 40):
                p = subprocess.run([self.cli, "--diary", path, "log", "day", "--date", day(n), "--note",
                                    f"ack-{n}" + "." * 9000], env=cli_env(PASS_A), preexec_fn=limited,
                                   restore_signals=False, capture_output=True, timeout=60)
                if p.returncode == 0:
                    acked.append(n)
                    continue
                failed = (p.returncode, p.stderr.decode("utf-8", "replace"))
                break
            self.count("efbig writes before the limit", len(acked) - 3)
            if self.f.check(failed is not None, "efbig: the file-size limit was never reached"):
                self.clear_message(failed[0], failed[1], "efbig write", "efbig-message",
                                   ["too large", "file size", "disk is full", "no space", "free some space"])
                print(f"  efbig: {len(acked)} writes kept, the one over the limit said: {failed[1].strip()!r}",
                      flush=True)
            self.check_notes(path, acked, "efbig")
            self.f.check(sorted(os.listdir(folder)) == ["d.waymark"], f"efbig: files left: {os.listdir(folder)}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # ---------------------------------------------------------------- read-only

    def as_reader(self):
        """Extra argv prefix running the CLI as an unprivileged user when we are root."""
        if os.geteuid() == 0:
            return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        return []

    def read_only(self):
        for case in ("file", "folder"):
            folder = scratch_dir(f"waymark-ro-{case}-")
            try:
                path = self.new_diary(folder, 2)
                root = os.geteuid() == 0
                if case == "file":
                    # The folder is writable (a journal could be made), the file is not.
                    if root:
                        os.chown(folder, 65534, 65534)
                        os.chmod(path, 0o644)
                    else:
                        os.chmod(path, 0o400)
                else:
                    # The file is writable, the folder is not (no journal can be made beside it).
                    if root:
                        os.chmod(folder, 0o755)
                        os.chown(path, 65534, 65534)
                    else:
                        os.chmod(folder, 0o500)
                before = sha256(path)
                env = cli_env(PASS_A)
                code, out, err = run(self.as_reader() + [self.cli, "--diary", path, "log", "day", "--date", day(5),
                                                         "--note", "ack-5"], env=env)
                self.clear_message(code, err, f"read-only {case}: write", f"read-only-{case}-message",
                                   ["read-only", "readonly", "permission", "not allowed", "cannot write"])
                code2, out2, err2 = run(self.as_reader() + [self.cli, "--diary", path, "show", "--date", day(1)],
                                        env=env)
                self.f.check(code2 == 0 and "ack-1" in out2, f"read-only {case}: reading failed: {err2.strip()}")
                self.f.check(sha256(path) == before, f"read-only {case}: the file changed")
                self.f.check(sorted(os.listdir(folder)) == ["d.waymark"],
                             f"read-only {case}: files left: {os.listdir(folder)}")
                self.count("read-only cases")
                print(f"  read-only {case}: write -> exit {code}: {err.strip()!r}", flush=True)
            finally:
                os.chmod(folder, 0o700)
                shutil.rmtree(folder, ignore_errors=True)

    # ---------------------------------------------------------------- two writers

    def concurrent(self):
        folder = scratch_dir("waymark-concurrent-")
        try:
            path = self.new_diary(folder)
            app = subprocess.Popen([self.driver, "write", path, PASS_A, "0", "100000", "5"], env=cli_env(),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            cli_acked, cli_failed, messages = [], 0, set()
            clock = Stopwatch()
            n = 5000
            while clock.seconds() < 12 and len(cli_acked) + cli_failed < 40:
                code, _, err = self.note(path, n)
                if code == 0:
                    cli_acked.append(n)
                else:
                    cli_failed += 1
                    messages.add(err.strip())
                    self.clear_message(code, err, "concurrent CLI write", "busy-message",
                                       ["busy", "in use", "another program"])
                n += 1
            app.send_signal(signal.SIGTERM)
            out, err = app.communicate(timeout=30)
            lines = out.decode().splitlines()
            app_acked = [int(x.split()[1]) for x in lines if x.startswith("ack ")]
            retries = sum(1 for x in lines if x.startswith("retry "))
            self.f.check(app.returncode in (-signal.SIGTERM, 0), f"concurrent: the app-like writer failed: "
                         f"{[x for x in lines if x.startswith('error=')]}")
            self.check_notes(path, app_acked + cli_acked, "concurrent")
            self.expect(cli_failed == 0, "busy-wait", f"concurrent: {cli_failed} CLI writes refused while the "
                        "app wrote (no busy timeout)")
            self.count("concurrent app writes", len(app_acked))
            self.count("concurrent CLI writes", len(cli_acked))
            print(f"  concurrent: app {len(app_acked)} writes ({retries} retried busy), CLI {len(cli_acked)} "
                  f"written, {cli_failed} refused: {sorted(messages)[:1]}", flush=True)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # ---------------------------------------------------------------- passwd while writing

    def passwd_race(self, rounds=4):
        lost_total = damaged = 0
        for r in range(rounds):
            folder = scratch_dir("waymark-passwd-race-")
            try:
                path = self.new_diary(folder)
                writer = subprocess.Popen([self.driver, "write", path, PASS_A, "0", "100000", "10"], env=cli_env(),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                time.sleep(0.6 + 0.2 * r)
                w = Stopwatch()
                code, _, err = run([self.cli, "--diary", path, "passwd"], env=cli_env(PASS_A, PASS_B))
                took = w.seconds()
                if code != 0:
                    self.clear_message(code, err, "passwd while writing", "passwd-race-message",
                                       ["busy", "in use", "another program"])
                self.expect(code == 0, "passwd-race-busy", f"passwd-race {r}: passwd did not get through while "
                            f"another program wrote every 10 ms: exit {code}: {err.strip()!r}")
                if code == 0:
                    self.count("passwd-race passwd done")
                time.sleep(0.8)
                writer.send_signal(signal.SIGTERM)
                out, _ = writer.communicate(timeout=30)
                lines = out.decode().splitlines()
                acked = [int(x.split()[1]) for x in lines if x.startswith("ack ")]
                retries = sum(1 for x in lines if x.startswith("retry "))
                expected = PASS_B if code == 0 else PASS_A
                info = probe(self.driver, path, [PASS_A, PASS_B])
                ok = info.get("open_count") == "1" and info.get("opened_with") == str([PASS_A, PASS_B].index(expected))
                self.expect(ok, "passwd-race-damage", f"passwd-race: passwd exit {code}, and the diary does not "
                            f"open with the expected passphrase only "
                            f"({ {k: v for k, v in info.items() if k.startswith('open')} })")
                if not ok:
                    damaged += 1
                present = {int(t[4:]) for t in info["notes"].values() if t.startswith("ack-")}
                lost = sorted(set(acked) - present)
                lost_total += len(lost)
                if ok:
                    self.f.check(info.get("integrity") == "ok", f"passwd-race: integrity {info.get('integrity')}")
                self.count("passwd-race rounds")
                print(f"  passwd-race {r}: passwd exit {code} in {took:.2f} s, writer acknowledged {len(acked)} "
                      f"({retries} refused: busy, or its file replaced), {len(lost)} of them missing afterwards",
                      flush=True)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        self.expect(lost_total == 0, "passwd-race", f"passwd-race: {lost_total} acknowledged writes lost: the "
                    "writer kept writing to the replaced file")


def day(n):
    import datetime
    return (datetime.date(2020, 1, 1) + datetime.timedelta(days=n)).isoformat()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--known-failure", action="append")
    ap.add_argument("--only", choices=PARTS + ["disk-full-inside"])
    a = ap.parse_args()
    h = Faults(a)
    clock = Stopwatch()
    parts = [a.only] if a.only else PARTS
    for part in parts:
        w = Stopwatch()
        getattr(h, part.replace("-", "_"))()
        if part != "disk-full-inside":
            print(f"fault part {part}: {w.seconds():.1f} s", flush=True)
    h.known_summary()
    h.f.finish("fault harness: " + ", ".join(f"{k} {v}" for k, v in sorted(h.counts.items()))
               + f"; {clock.seconds():.0f} s")


if __name__ == "__main__":
    main()
