#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the store screenshots with the app itself (demo diary, pinned date: the app's
# --screenshot mode): Today, Plan, Charts (and Share once the app has it), at phone size
# (360x640 at scale 3 = 1080x1920, what the stores ask for) and desktop size (1280x800), light
# and dark, in every shipped language (English; German once the app is translated).
# Writes store-assets/screenshots/<page>-<phone|desktop>-<theme>[-<lang>].png, or into the folder
# given as the first argument.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
out="${1:-$root/store-assets/screenshots}"
"$root/tools/build.sh" waymark
mkdir -p "$out"
pages=(today plan charts)
# Share joins the list as soon as the app has the page.
if "$build/src/main/waymark" --help | grep -q 'share'; then pages+=(share); fi
# Languages with a translation in the build; English is the source language.
langs=(en)
[[ -d "$build/i18n" ]] && for qm in "$build"/i18n/waymark_*.qm; do
    [[ -e "$qm" ]] && langs+=("$(basename "$qm" .qm | sed 's/^waymark_//')")
done
count=0
for lang in "${langs[@]}"; do
    suffix=""
    [[ "$lang" != en ]] && suffix="-$lang"
    for page in "${pages[@]}"; do
        for theme in light dark; do
            for form in phone desktop; do
                if [[ $form == phone ]]; then size=360x640 scale=3; else size=1280x800 scale=1; fi
                LANGUAGE="$lang" LANG="${lang}.UTF-8" QT_SCALE_FACTOR=$scale \
                    xvfb-run -a -s "-screen 0 1600x2000x24" "$build/src/main/waymark" \
                    --screenshot "$out/$page-$form-$theme$suffix.png" --page "$page" --size "$size" --theme "$theme"
                count=$((count + 1))
            done
        done
    done
done
echo "store-screenshots: wrote $count pictures to $out"
