# SPDX-License-Identifier: GPL-3.0-or-later
"""What the syntax-only compile checks of platform code share (check_android_cpp.py,
check_ios_objc.py): the Qt include folders CMake hands over, and a fresh work folder."""
import os
import shutil
import sys
from pathlib import Path


def qt_include_dirs():
    """WAYMARK_QT_INCLUDES (':'-separated), in CMake's order, once each, without the compiler's own
    folders (-isystem on those breaks the C++ library's #include_next). Exits when it is not set."""
    dirs = list(dict.fromkeys(d for d in os.environ.get("WAYMARK_QT_INCLUDES", "").split(":")
                              if d and d not in ("/usr/include", "/usr/local/include")))
    if not dirs:
        sys.exit("FAIL: WAYMARK_QT_INCLUDES is not set (the Qt include folders, ':'-separated)")
    return dirs


def fresh_folder(path: Path):
    """The work folder, emptied (a previous run's generated files never reach this one)."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
