#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""clang-tidy over the given sources, with a cache of its reports.

A report is reused when the translation unit is the same: the key is the source's path in the tree,
its preprocessed text (with the checkout's path taken out, so two clones share entries), the
.clang-tidy file and the clang-tidy version. Anything that changes what clang-tidy reads changes the
key, so a cached report is exactly the report a new run would give. Reports are stored with the
checkout's path replaced and put back on reading. Cache: $WAYMARK_TIDY_CACHE or
~/.cache/waymark-tidy (delete it at will). Prints every report, and "tidy: N files, M from cache".

Usage: tools/tidy-cached.py BUILD_DIR ROOT SOURCE...
"""
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys

ROOT_MARK = "@WAYMARK_ROOT@"


def preprocess_command(entry):
    """The compile command, made to print the preprocessed text without line markers."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif a not in ("-c", "-MD", "-MMD"):
            out.append(a)
    return out + ["-E", "-P", "-o", "-"]


def main():
    build, root, sources = sys.argv[1], os.path.realpath(sys.argv[2]), sys.argv[3:]
    cache = os.environ.get("WAYMARK_TIDY_CACHE") or os.path.expanduser("~/.cache/waymark-tidy")
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(build, "compile_commands.json")) as f:
        commands = {os.path.realpath(os.path.join(e["directory"], e["file"])): e for e in json.load(f)}
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True).stdout
    with open(os.path.join(root, ".clang-tidy"), "rb") as f:
        config = f.read()

    def one(src):
        path = os.path.realpath(os.path.join(root, src))
        entry = commands.get(path)
        key = hashlib.sha256()
        key.update(src.encode() + b"\0" + version.encode() + b"\0" + config + b"\0")
        if entry is not None:
            pre = subprocess.run(preprocess_command(entry), cwd=entry["directory"], capture_output=True)
            if pre.returncode != 0:
                entry = None
            else:
                key.update(pre.stdout.replace(root.encode(), ROOT_MARK.encode()))
        if entry is None:  # not in the build, or it does not preprocess: no caching
            with open(path, "rb") as f:
                key.update(os.urandom(16) + f.read())
        stored = os.path.join(cache, key.hexdigest() + ".log")
        if entry is not None and os.path.exists(stored):
            with open(stored) as f:
                return f.read().replace(ROOT_MARK, root), True
        run = subprocess.run(["clang-tidy", "-p", build, "--quiet", path], capture_output=True, text=True)
        report = run.stdout
        if entry is not None:
            tmp = stored + ".%d" % os.getpid()
            with open(tmp, "w") as f:
                f.write(report.replace(root, ROOT_MARK))
            os.replace(tmp, stored)
        return report, False

    hits = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for report, hit in pool.map(one, sources):
            sys.stdout.write(report)
            hits += hit
    print("tidy: %d files, %d from cache" % (len(sources), hits), file=sys.stderr)


if __name__ == "__main__":
    main()
