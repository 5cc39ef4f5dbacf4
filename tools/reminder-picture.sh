#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A picture of a real reminder: a private session bus (dbus-run-session), a virtual X display
# (Xvfb), a real notification daemon (dunst), and Waymark's reminder code sending the daily
# reminder to it (the hidden "[.live]" case of tests/qml/tst_reminders.cpp). Writes the PNG given
# (default docs/images/reminder-dunst.png).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
out="$(realpath -m "${1:-$root/docs/images/reminder-dunst.png}")"
"$root/tools/build.sh" tst_reminders >/dev/null
mkdir -p "$(dirname "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/dunstrc" <<CONF
[global]
font = DejaVu Sans 13
width = 460
height = 200
origin = top-right
offset = 16x16
padding = 14
horizontal_padding = 14
frame_width = 2
corner_radius = 10
icon_position = left
min_icon_size = 48
max_icon_size = 48
icon_path = $root/platform/linux/icons/hicolor/48x48/apps
markup = none
format = "<b>%s</b>\n%b"
[urgency_normal]
background = "#ffffff"
foreground = "#1c2427"
frame_color = "#2b7a80"
timeout = 0
CONF
sed -i 's/^markup = none$/markup = full/' "$work/dunstrc"
export XDG_CONFIG_HOME="$work/config" TZ=Europe/London LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash -c '
    set -euo pipefail
    display=":$((90 + RANDOM % 100))"
    Xvfb "$display" -screen 0 720x130x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    trap "kill \$xvfb \${dunst:-} 2>/dev/null || true" EXIT
    sleep 1
    DISPLAY="$display" dunst -config "$1/dunstrc" >/dev/null 2>&1 &
    dunst=$!
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.Notifications 2>/dev/null | grep -q "boolean true" && break
        sleep 0.1
    done
    "$2/tests/qml/tst_reminders" "[.live]"
    sleep 1
    import -display "$display" -window root "$3"
' _ "$work" "$build" "$out"
echo "reminder-picture: wrote $out"
