#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compiles Waymark's Objective-C++ for iOS with this machine's clang, against stubs of the Apple
frameworks it uses (tests/platform/ios-stubs/: a check of syntax and consistency only) and the real
Qt headers: src/app/iosnotifier.mm and src/main/securewindow_ios.mm, -fsyntax-only with ARC and
blocks, every warning an error. QString::toNSString() (Qt for Apple only) is rewritten as a call
the stubs declare. Usage: check_ios_objc.py SOURCE_DIR WORK_DIR, with WAYMARK_QT_INCLUDES the Qt
include folders separated by ':' (ctest: platform_ios_objc)."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from syntaxcheck import fresh_folder, qt_include_dirs

root, work = Path(sys.argv[1]), Path(sys.argv[2])
stubs = Path(__file__).resolve().parent / "ios-stubs"
clang = shutil.which("clang++")
if not clang:
    sys.exit("FAIL: clang++ not found (tools/debian-packages.txt: clang)")
qt = qt_include_dirs()
fresh_folder(work)
failed = []
for source in ("src/app/iosnotifier.mm", "src/main/securewindow_ios.mm"):
    text = (root / source).read_text()
    rewritten = re.sub(r'\b([A-Za-z_]\w*)\.toNSString\(\)', r'waymarkStubToNSString(\1)', text)
    copy = work / Path(source).name
    copy.write_text(f'#line 1 "{root / source}"\n' + rewritten)
    cmd = [clang, "-x", "objective-c++", "-std=c++20", "-fsyntax-only", "-fblocks", "-fobjc-arc",
           "-fobjc-runtime=ios-14.0", "-fPIC", "-Wall", "-Wextra", "-Werror",
           "-isystem", str(stubs), "-I", str(root / "src/app"), "-I", str(root / "src/main"),
           *[f"-isystem{d}" for d in qt], str(copy)]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout + result.stderr)
        failed.append(source)
if failed:
    sys.exit(f"FAIL: does not compile against the iOS stubs: {', '.join(failed)}")
print("ios objective-c++: iosnotifier.mm and securewindow_ios.mm compile against the stubs")
