#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every icon size the stores and the desktop need from the one master,
# store-assets/icon/org.waymark.Waymark.svg. Run it after changing the master, then commit the
# PNGs (builds for Android and iOS happen on machines without these tools).
#   Linux (hicolor): 16 to 512 px, the tile with its transparent margin; the SVG itself is
#                    installed as "scalable".
#   Android:         launcher mipmaps 48-192 px (mdpi-xxxhdpi) and adaptive-icon foregrounds
#                    108-432 px (the stones inside the 66 dp safe zone; background colour in
#                    platform/android/res/values/ic_launcher_background.xml).
#   iOS:             one opaque, full-bleed 1024 px AppIcon (the system rounds the corners).
#   Play listing:    512 px full-bleed icon in store-assets/metadata/en-US/images/icon.png.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert (imagemagick).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
master="$here/icon/org.waymark.Waymark.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

grep -q 'id="tile"' "$master" && grep -q 'id="motif"' "$master" \
    || { echo "make-icons: the master needs elements with id=\"tile\" and id=\"motif\"" >&2; exit 1; }
colour="$(sed -n 's/.*id="tile"[^>]*fill="\(#[0-9a-fA-F]*\)".*/\1/p' "$master")"

# Full bleed: the tile becomes the whole square (iOS and Play mask the corners themselves).
sed 's|<rect id="tile"[^>]*/>|<rect id="tile" x="0" y="0" width="128" height="128" fill="'"$colour"'"/>|' \
    "$master" >"$tmp/fullbleed.svg"
# Android adaptive foreground: no tile, the stones shrunk into the central 66 of 108 dp.
sed -e 's#<rect id="tile"[^>]*/>##' -e 's#viewBox="0 0 128 128"#viewBox="-8 -3 136 136"#' \
    "$master" >"$tmp/foreground.svg"

render() { # svg size out
    mkdir -p "$(dirname "$3")"
    rsvg-convert -w "$2" -h "$2" "$1" -o "$3"
}

for size in 16 22 24 32 48 64 128 256 512; do
    render "$master" "$size" "$root/platform/linux/icons/hicolor/${size}x${size}/apps/org.waymark.Waymark.png"
done

res="$root/platform/android/res"
for pair in mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
    density="${pair%%:*}" size="${pair##*:}"
    render "$master" "$size" "$res/mipmap-$density/ic_launcher.png"
    render "$tmp/foreground.svg" $((size * 108 / 48)) "$res/mipmap-$density/ic_launcher_foreground.png"
done

ios="$root/platform/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png"
render "$tmp/fullbleed.svg" 1024 "$tmp/ios.png"
mkdir -p "$(dirname "$ios")"
convert "$tmp/ios.png" -background "$colour" -alpha remove -alpha off -strip "$ios" # App Store: no alpha

render "$tmp/fullbleed.svg" 512 "$tmp/play.png"
mkdir -p "$here/metadata/en-US/images"
convert "$tmp/play.png" -strip "$here/metadata/en-US/images/icon.png"
# The hicolor and mipmap PNGs carry no timestamps, so unchanged art gives unchanged files.
for f in "$root"/platform/linux/icons/hicolor/*/apps/*.png "$res"/mipmap-*/*.png; do
    convert "$f" -strip "$f"
done
echo "make-icons: rendered from $(basename "$master") (tile colour $colour)"
