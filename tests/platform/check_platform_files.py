#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The phone platform files say what the privacy promise needs, and every icon has its size.

Android and iOS cannot be built here (platform/README.md), so this reads their files as the
build tools would: the manifest grants no network and no backup, the window is made secure and
the reminder channel exists; the iOS plist and entitlements parse and protect files; the Flatpak
manifest uses the KDE runtime without network; each generated icon has the size its place needs.
Usage: check_platform_files.py SOURCE_DIR (ctest: platform_files)."""
import plistlib
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
errors = []
ANDROID = "{http://schemas.android.com/apk/res/android}"
TOOLS = "{http://schemas.android.com/tools}"


def check(condition, message):
    if not condition:
        errors.append(message)


def png_size(path):
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", data[16:24])


# ---- Android
manifest = ET.parse(root / "platform/android/AndroidManifest.xml").getroot()
for perm in manifest.iter("uses-permission"):
    name = perm.get(ANDROID + "name")
    if name in ("android.permission.INTERNET", "android.permission.ACCESS_NETWORK_STATE"):
        check(perm.get(TOOLS + "node") == "remove", f"AndroidManifest grants {name}")
granted = {p.get(ANDROID + "name") for p in manifest.iter("uses-permission") if p.get(TOOLS + "node") != "remove"}
check("android.permission.POST_NOTIFICATIONS" in granted, "AndroidManifest: reminders need POST_NOTIFICATIONS")
check(not any("INTERNET" in (p or "") for p in granted), "AndroidManifest grants network access")
text = (root / "platform/android/AndroidManifest.xml").read_text()
check("%%INSERT_PERMISSIONS" not in text, "AndroidManifest lets the Qt build add permissions")
app = manifest.find("application")
check(app.get(ANDROID + "allowBackup") == "false", "AndroidManifest: allowBackup is not false")
check(app.get(ANDROID + "dataExtractionRules") == "@xml/data_extraction_rules", "AndroidManifest: no data extraction rules")
rules = ET.parse(root / "platform/android/res/xml/data_extraction_rules.xml").getroot()
for section in ("cloud-backup", "device-transfer"):
    node = rules.find(section)
    check(node is not None and any(e.get("domain") == "root" and e.get("path") == "." for e in node),
          f"data_extraction_rules: {section} does not exclude everything")
receivers = {r.get(ANDROID + "name") for r in app.iter("receiver")}
for cls in receivers:
    java = root / "platform/android/src" / (cls.replace(".", "/") + ".java")
    check(java.exists(), f"AndroidManifest names {cls}, which has no source")
reminders = (root / "platform/android/src/org/waymark/app/Reminders.java").read_text()
check("createNotificationChannel" in reminders, "no notification channel for reminders")
secure = (root / "src/main/securewindow.cpp").read_text()
check("0x00002000" in secure and '"addFlags"' in secure, "FLAG_SECURE is not set on the Android window")
check("protectWindowContents();" in (root / "src/main/main.cpp").read_text(), "main() never calls protectWindowContents")
for density, size in (("mdpi", 48), ("hdpi", 72), ("xhdpi", 96), ("xxhdpi", 144), ("xxxhdpi", 192)):
    icon = root / f"platform/android/res/mipmap-{density}/ic_launcher.png"
    check(icon.exists() and png_size(icon) == (size, size), f"{icon.relative_to(root)} is not {size}x{size}")
    fg = root / f"platform/android/res/mipmap-{density}/ic_launcher_foreground.png"
    fsize = size * 108 // 48
    check(fg.exists() and png_size(fg) == (fsize, fsize), f"{fg.relative_to(root)} is not {fsize}x{fsize}")

# ---- iOS
with open(root / "platform/ios/Info.plist", "rb") as f:
    info = plistlib.load(f)
for key in ("CFBundleIdentifier", "CFBundleExecutable", "CFBundleShortVersionString", "UILaunchScreen"):
    check(key in info, f"Info.plist lacks {key}")
check(info.get("UIFileSharingEnabled") is False, "Info.plist shares the diary through the Files app")
check("de" in info.get("CFBundleLocalizations", []), "Info.plist does not list German")
with open(root / "platform/ios/waymark.entitlements", "rb") as f:
    ent = plistlib.load(f)
check(ent.get("com.apple.developer.default-data-protection", "").startswith("NSFileProtectionComplete"),
      "iOS files are not protected while the phone is locked")
ios_icon = root / "platform/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png"
check(ios_icon.exists() and png_size(ios_icon) == (1024, 1024), "iOS AppIcon is not 1024x1024")
if ios_icon.exists():
    colour_type = ios_icon.read_bytes()[25]
    check(colour_type in (0, 2), "the iOS App Store icon has an alpha channel")

# ---- CMake picks them
cmake = (root / "src/main/CMakeLists.txt").read_text()
check("if(ANDROID)" in cmake and "platform/android" in cmake, "CMake does not pick platform/android")
check("if(IOS)" in cmake and "platform/ios/Info.plist" in cmake, "CMake does not pick platform/ios")

# ---- Flatpak
try:
    import yaml
    flatpak = yaml.safe_load((root / "platform/linux/org.waymark.Waymark.yml").read_text())
    check(flatpak["id"] == "org.waymark.Waymark", "Flatpak id differs from the desktop id")
    check(flatpak["runtime"] == "org.kde.Platform" and flatpak["sdk"] == "org.kde.Sdk", "Flatpak is not on the KDE runtime")
    check("--share=network" not in flatpak["finish-args"], "the Flatpak asks for the network")
except ImportError:
    errors.append("python3-yaml is missing (tools/debian-packages.txt)")

# ---- every hicolor size
for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
    icon = root / f"platform/linux/icons/hicolor/{size}x{size}/apps/org.waymark.Waymark.png"
    check(icon.exists() and png_size(icon) == (size, size), f"hicolor {size}x{size} icon missing or of another size")
play = root / "store-assets/metadata/en-US/images/icon.png"
check(play.exists() and png_size(play) == (512, 512), "Play store icon is not 512x512")

for e in errors:
    print("FAIL:", e)
if errors:
    sys.exit(1)
print("platform files: all checks passed")
