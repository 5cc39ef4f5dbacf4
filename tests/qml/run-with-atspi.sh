#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program the way a screen reader meets the app: a private session bus, the AT-SPI
# accessibility bus (at-spi2-core), a virtual X display and Qt's AT-SPI bridge switched on. The
# program then sees, in-process through QAccessible, exactly what AT-SPI publishes.
# Usage: run-with-atspi.sh PROGRAM [ARGS...]   (ctest: accessibility)
set -euo pipefail
exec dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    launcher=$!
    trap "kill $launcher 2>/dev/null || true" EXIT
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            string:org.a11y.Bus 2>/dev/null | grep -q "boolean true" && break
        sleep 0.1
    done
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
' _ "$@"
