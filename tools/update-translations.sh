#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings the translations in i18n/ up to date with the sources (lupdate): German in full, English
# with the plural forms only (the source text is English). The built-in catalogue's display names
# (symptoms, their groups, drug classes) are written into i18n/catalogue_strings.h first, so that
# lupdate sees them; the symptom keys never change, only the names shown are translated.
# Afterwards translate every entry marked "unfinished" in i18n/waymark_de.ts (Qt Linguist, or by
# hand); the test i18n_complete fails until none is left. lrelease runs in the normal build.
# Usage: tools/update-translations.sh [--check]   (--check: change nothing, fail if out of date)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-$(command -v lupdate6 || true)}"
[[ -z "$lupdate" && -x /usr/lib/qt6/bin/lupdate ]] && lupdate=/usr/lib/qt6/bin/lupdate
[[ -z "$lupdate" ]] && { echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

out="$root/i18n"
if [[ "${1:-}" == --check ]]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
    cp "$root"/i18n/*.ts "$out/"
fi

# Formatted like every other header (tools/check-house-rules.sh): long notes become adjacent literals.
python3 "$root/tools/catalogue-strings.py" "$root/src/core/data" \
    | clang-format --assume-filename="$root/i18n/catalogue_strings.h" > "$out/catalogue_strings.h.new"
if [[ "$out" == "$root/i18n" ]]; then
    mv "$out/catalogue_strings.h.new" "$out/catalogue_strings.h"
fi

cd "$root"
# The core and the painting code in full: their texts (guidance, chart sentences, the summary,
# error messages) go through QCoreApplication::translate and stay English without a translator.
mapfile -t sources < <(find qml -name '*.qml' | sort; find src/app -name '*.cpp' -o -name '*.h' | sort;
    find src/core src/paint -name '*.cpp' | sort; echo i18n/catalogue_strings.h)
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$out/waymark_de.ts"
"$lupdate" -silent -no-obsolete -locations none -pluralonly "${sources[@]}" -ts "$out/waymark_en.ts"

if [[ "$out" != "$root/i18n" ]]; then
    status=0
    cmp -s "$out/catalogue_strings.h.new" "$root/i18n/catalogue_strings.h" \
        || { echo "i18n/catalogue_strings.h is out of date with src/core/data" >&2; status=1; }
    for ts in waymark_de.ts waymark_en.ts; do
        diff -u "$root/i18n/$ts" "$out/$ts" >&2 \
            || { echo "i18n/$ts is out of date: run tools/update-translations.sh" >&2; status=1; }
    done
    exit $status
fi
echo "update-translations: i18n/waymark_de.ts and i18n/waymark_en.ts updated"
