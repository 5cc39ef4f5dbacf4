#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The phone platform files say what the privacy promise needs, and every icon has its size.

Android and iOS cannot be built here (platform/README.md), so this reads their files as the
build tools would: the manifest grants no network and no backup, asks for POST_NOTIFICATIONS and
declares the reminder receivers the Java has; the window is made secure and the reminder channel
exists; every JNI method the C++ calls exists in the Java source with the signature called, and
passes no text; the reminder texts on Android are the app's (English and German); CMake picks each
platform's notifier; the iOS plist and entitlements parse and protect files, and iOS reminders are
local notifications; the Flatpak manifest uses the KDE runtime without network; each generated
icon has the size its place needs. check_android_java.py compiles the Java (ctest:
platform_android_java). Usage: check_platform_files.py SOURCE_DIR (ctest: platform_files)."""
import plistlib
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import jnicalls  # noqa: E402

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

# Receivers: every BroadcastReceiver in the Java is declared, the alarm's one is private, the boot
# one listens for the restart (and may: RECEIVE_BOOT_COMPLETED).
java_dir = root / "platform/android/src"
java_files = sorted(java_dir.rglob("*.java"))
for java in java_files:
    if re.search(r'\bextends\s+BroadcastReceiver\b', java.read_text()):
        cls = ".".join(java.relative_to(java_dir).with_suffix("").parts)
        check(cls in receivers, f"AndroidManifest does not declare the receiver {cls}")
declared = {r.get(ANDROID + "name"): r for r in app.iter("receiver")}
alarm = declared.get("org.waymark.app.ReminderReceiver")
check(alarm is not None and alarm.get(ANDROID + "exported") == "false",
      "AndroidManifest: ReminderReceiver must be declared with exported=false (only our alarms reach it)")
boot = declared.get("org.waymark.app.ReminderBootReceiver")
check(boot is not None and any(a.get(ANDROID + "name") == "android.intent.action.BOOT_COMPLETED"
                               for a in boot.iter("action")),
      "AndroidManifest: ReminderBootReceiver does not listen for BOOT_COMPLETED")
check("android.permission.RECEIVE_BOOT_COMPLETED" in granted, "AndroidManifest: no RECEIVE_BOOT_COMPLETED")
check('"android.permission.POST_NOTIFICATIONS"' in reminders and "requestPermissions(" in reminders,
      "Reminders.java never asks for POST_NOTIFICATIONS")

# The JNI calls the C++ makes reach Java methods of that name and signature.
java_sources = {".".join(j.relative_to(java_dir).with_suffix("").parts).replace(".", "/"): j for j in java_files}
notifier = (root / "src/app/androidnotifier.cpp").read_text()
calls = jnicalls.cpp_calls(notifier)
called = {name for _, name, *_ in calls}
for needed in ("set", "requestPermission", "notificationsAllowed"):
    check(needed in called, f"androidnotifier.cpp never calls Reminders.{needed}")
jnicalls.check_calls(
    calls, lambda cls: jnicalls.java_static_methods(java_sources[cls].read_text()) if cls in java_sources else None,
    errors, "androidnotifier.cpp")

# The kinds are the same numbers on both sides (Reminders::Kind, org.waymark.app.Reminders).
cpp_kinds = re.search(r'enum Kind \{ Daily = (\d+), Dose = (\d+) \}', (root / "src/app/reminders.h").read_text())
java_kinds = (re.search(r'int DAILY = (\d+);', reminders), re.search(r'int DOSE = (\d+);', reminders))
check(cpp_kinds and all(java_kinds) and (cpp_kinds[1], cpp_kinds[2]) == (java_kinds[0][1], java_kinds[1][1]),
      "Reminders::Kind (reminders.h) and Reminders.DAILY/DOSE (Java) are not the same numbers")

# The app's language crosses as a number: the same on both sides, and one for every language the
# app ships (Translations::available), so a reminder's text is never in another language than the app.
cpp_languages = dict((lang, int(n)) for lang, n in re.findall(r'case QLocale::(\w+):\s*return (\d+);', notifier))
java_languages = dict((lang.capitalize(), int(n)) for lang, n in re.findall(r'int LANGUAGE_(\w+) = (\d+);', reminders))
java_languages.pop("Phone", None)
check(cpp_languages and cpp_languages == java_languages,
      f"AndroidNotifier::languageNumber {cpp_languages} and Reminders.LANGUAGE_* {java_languages} differ")
shipped = re.findall(r'QStringLiteral\("(\w\w)"\)', (root / "src/app/translations.cpp").read_text().split("available()")[1].split("}")[0])
check(len(shipped) == len(cpp_languages), f"the app ships {shipped} but Android reminders know {sorted(cpp_languages)}")

# The reminders' words: Android's strings.xml says what the app says (Reminders::title/body and
# their German in i18n/waymark_de.ts), in both languages, and has every string the Java uses.
def android_strings(folder):
    res = ET.parse(root / f"platform/android/res/{folder}/strings.xml").getroot()
    return {s.get("name"): s.text for s in res.iter("string")}


english, german = android_strings("values"), android_strings("values-de")
check(set(english) == set(german), f"strings.xml en and de differ in names: {sorted(set(english) ^ set(german))}")
for java in java_files:
    for used in re.findall(r'\bR\.string\.(\w+)', java.read_text()):
        check(used in english, f"{java.name} uses R.string.{used}, which res/values/strings.xml lacks")
cpp = (root / "src/app/reminders.cpp").read_text()
titles = re.search(r'Reminders::title\(Kind kind\)\s*\{\s*return kind == Daily \? tr\("([^"]+)"\) : tr\("([^"]+)"\);', cpp)
bodies = re.search(r'Reminders::body\(Kind kind\)\s*\{\s*return kind == Daily \? tr\("([^"]+)"\) : tr\("([^"]+)"\);', cpp)
check(titles and bodies, "reminders.cpp: Reminders::title/body are not in the form this check reads")
if titles and bodies:
    ts = ET.parse(root / "i18n/waymark_de.ts").getroot()
    de = {}
    for context in ts.iter("context"):
        if context.findtext("name") == "Reminders":
            de = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    for name, source in (("reminder_daily_title", titles[1]), ("reminder_dose_title", titles[2]),
                         ("reminder_daily_text", bodies[1]), ("reminder_dose_text", bodies[2])):
        check(english.get(name) == source, f"strings.xml {name} is {english.get(name)!r}, the app says {source!r}")
        check(german.get(name) == de.get(source),
              f"values-de/strings.xml {name} is {german.get(name)!r}, the app's German is {de.get(source)!r}")

# Reminders never knows its platform: one ReminderNotifier per platform, picked by CMake.
check(not re.search(r'#include "(desktop|android|ios)notifier\.h"|Q_OS_|WAYMARK_HAVE_DBUS', cpp),
      "reminders.cpp knows its platform (it should reach it through ReminderNotifier only)")
qml_cmake = (root / "qml/CMakeLists.txt").read_text()
check(re.search(r'if\(ANDROID\)\s*\n\s*target_sources\(waymark_app PRIVATE \S*androidnotifier\.h \S*androidnotifier\.cpp\)',
                qml_cmake), "qml/CMakeLists.txt does not build androidnotifier.cpp if(ANDROID)")
check(re.search(r'elseif\(IOS\)\s*\n\s*target_sources\(waymark_app PRIVATE \S*iosnotifier\.h \S*iosnotifier\.mm\)',
                qml_cmake), "qml/CMakeLists.txt does not build iosnotifier.mm if(IOS)")
for notifier_file in ("androidnotifier.cpp", "iosnotifier.mm", "desktopnotifier.cpp"):
    check("ReminderNotifier *ReminderNotifier::createForPlatform(" in (root / "src/app" / notifier_file).read_text(),
          f"{notifier_file} does not make the platform's notifier")
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
# Reminders are local notifications (no push: no aps-environment, no remote-notification mode), and
# the app switcher's picture is covered.
check("aps-environment" not in ent, "the iOS entitlements ask for push notifications (reminders are local)")
check("remote-notification" not in info.get("UIBackgroundModes", []), "Info.plist asks for remote notifications")
ios_notifier = (root / "src/app/iosnotifier.mm").read_text()
for needed in ("UNCalendarNotificationTrigger", "requestAuthorizationWithOptions", "removePendingNotificationRequestsWithIdentifiers"):
    check(needed in ios_notifier, f"iosnotifier.mm does not use {needed}")
ios_window = (root / "src/main/securewindow_ios.mm").read_text()
check("UIApplicationWillResignActiveNotification" in ios_window and "UIApplicationDidBecomeActiveNotification" in ios_window,
      "securewindow_ios.mm does not cover the window while the app is inactive")
ios_icon = root / "platform/ios/Assets.xcassets/AppIcon.appiconset/AppIcon-1024.png"
check(ios_icon.exists() and png_size(ios_icon) == (1024, 1024), "iOS AppIcon is not 1024x1024")
if ios_icon.exists():
    colour_type = ios_icon.read_bytes()[25]
    check(colour_type in (0, 2), "the iOS App Store icon has an alpha channel")

# ---- CMake picks them
cmake = (root / "src/main/CMakeLists.txt").read_text()
check("if(ANDROID)" in cmake and "platform/android" in cmake, "CMake does not pick platform/android")
check("if(IOS)" in cmake and "platform/ios/Info.plist" in cmake, "CMake does not pick platform/ios")
check(re.search(r'if\(IOS\)\s*\n\s*target_sources\(waymark PRIVATE securewindow_ios\.mm\)', cmake),
      "src/main/CMakeLists.txt does not build securewindow_ios.mm if(IOS)")
target_sdk = re.search(r'QT_ANDROID_TARGET_SDK_VERSION (\d+)', cmake)
check(target_sdk and int(target_sdk[1]) >= 33,
      "Android target SDK below 33: the app could not ask for POST_NOTIFICATIONS itself")

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
