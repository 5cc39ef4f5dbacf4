#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app follows the system language: at LANG=de_DE.UTF-8 the demo's Today page is German (its
# title, the wellbeing question, a symptom from the catalogue, a date), and nothing of the English
# it replaced is left; --lang en overrides the system, --lang de works at LANG=C.
# Usage: today-german.sh <waymark executable> <scratch folder>
set -euo pipefail
app="$1"
out="$2"
mkdir -p "$out"
status=0

shot() { # shot <name> <env...> -- <args...>
    local name="$1"
    shift
    local envs=()
    while [[ "$1" != -- ]]; do envs+=("$1"); shift; done
    shift
    env -u LANGUAGE -u LC_MESSAGES "${envs[@]}" "$app" --screenshot "$out/$name.png" --screenshot-text "$out/$name.txt" \
        --page today --size 1280x800 "$@" >/dev/null 2>"$out/$name.err" || { cat "$out/$name.err" >&2; return 1; }
}
has() { grep -qF -- "$2" "$out/$1.txt" || { echo "FAIL: $1 does not show \"$2\"" >&2; status=1; }; }
lacks() { ! grep -qF -- "$2" "$out/$1.txt" || { echo "FAIL: $1 still shows \"$2\"" >&2; status=1; }; }

shot system-de LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 --
has system-de "Heute"
has system-de "Wie geht es dir insgesamt?"
has system-de "Kopfschmerzen"          # the symptom catalogue, translated by its name
has system-de "Sonntag, 15. März"      # the pinned day, as QLocale writes it in German
lacks system-de "How are you overall?"
lacks system-de "Headache"

shot forced-en LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 -- --lang en
has forced-en "How are you overall?"
lacks forced-en "Wie geht es dir insgesamt?"

shot forced-de LC_ALL=C.UTF-8 LANG=C.UTF-8 -- --lang de
has forced-de "Wie geht es dir insgesamt?"

if "$app" --screenshot "$out/x.png" --lang fr >/dev/null 2>&1; then
    echo "FAIL: --lang fr (not shipped) was accepted" >&2
    status=1
fi
[[ $status == 0 ]] && echo "i18n_today_german: Today is German at LANG=de, --lang switches"
exit $status
