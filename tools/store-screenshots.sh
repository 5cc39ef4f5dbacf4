#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the store screenshots with the app itself (demo diary, pinned date: the app's
# --screenshot mode): Today, Plan, Charts and Share, at phone size
# (360x640 at scale 3 = 1080x1920, what the stores ask for) and desktop size (1280x800), light
# and dark, in every shipped language (English, and German from i18n/waymark_de.ts; --lang).
# Writes store-assets/screenshots/<page>-<phone|desktop>-<theme>[-<lang>].png, or into the folder
# given as the first argument.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${WAYMARK_BUILD_DIR:-$root/build}"
out="${1:-$root/store-assets/screenshots}"
"$root/tools/build.sh" waymark
mkdir -p "$out"
pages=(today plan charts share)
# Every shipped language: English (the source) and each i18n/waymark_<lang>.ts built into the app.
langs=(en)
for ts in "$root"/i18n/waymark_*.ts; do
    lang="$(basename "$ts" .ts | sed 's/^waymark_//')"
    if [[ "$lang" != en ]]; then langs+=("$lang"); fi
done
count=0
for lang in "${langs[@]}"; do
    suffix=""
    [[ "$lang" != en ]] && suffix="-$lang"
    for page in "${pages[@]}"; do
        for theme in light dark; do
            for form in phone desktop; do
                if [[ $form == phone ]]; then size=360x640 scale=3; else size=1280x800 scale=1; fi
                QT_SCALE_FACTOR=$scale \
                    xvfb-run -a -s "-screen 0 1600x2000x24" "$build/src/main/waymark" \
                    --screenshot "$out/$page-$form-$theme$suffix.png" --page "$page" --size "$size" --theme "$theme" \
                    --lang "$lang"
                count=$((count + 1))
            done
        done
    done
done
echo "store-screenshots: wrote $count pictures to $out"
