#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The phone checks can fail: each mistake below, made in a copy of the sources, must make each
check listed with it (check_platform_files.py: "files", check_android_java.py: "java",
check_android_cpp.py: "cpp", check_ios_objc.py: "ios") fail, and the unchanged copy must pass
all four.
Usage: check_mistakes_caught.py SOURCE_DIR WORK_DIR, with WAYMARK_QT_INCLUDES as check_ios_objc.py
wants it (ctest: platform_checks_catch_mistakes)."""
import shutil
import subprocess
import sys
from pathlib import Path

root, work = Path(sys.argv[1]), Path(sys.argv[2])
here = Path(__file__).resolve().parent
NOTIFIER = "src/app/androidnotifier.cpp"
JAVA = "platform/android/src/org/waymark/app/Reminders.java"
MANIFEST = "platform/android/AndroidManifest.xml"
IOS_NOTIFIER = "src/app/iosnotifier.mm"

# (what, file, text, replacement, which checks must fail: "files", "java")
MISTAKES = [
    ("a Java method renamed", JAVA, "public static void set(", "public static void setReminder(", {"files", "java"}),
    ("a Java parameter type changed", JAVA, "public static void post(Context context, int kind)",
     "public static void post(Context context, long kind)", {"files", "java"}),
    ("a C++ call missing an argument", NOTIFIER, '"(Landroid/content/Context;III)V", context(), jint(kind),',
     '"(Landroid/content/Context;III)V", context(),', {"files", "java"}),
    ("a C++ return type that is not the Java's", NOTIFIER, "callStaticMethod<jboolean>", "callStaticMethod<jint>",
     {"files", "java"}),
    ("a text passed to Java", NOTIFIER, '"(Landroid/content/Context;I)V", context(), kind)',
     '"(Landroid/content/Context;Ljava/lang/String;)V", context(), QJniObject::fromString(tag).object())',
     {"files", "java"}),
    ("a language number that is not the C++'s", JAVA, "int LANGUAGE_GERMAN = 2;", "int LANGUAGE_GERMAN = 3;",
     {"files"}),
    ("a call to an Android method the SDK does not have", JAVA, ".setAutoCancel(true)", ".setAutoCancell(true)", {"java"}),
    ("a string the resources lack", JAVA, "R.string.reminder_dose_text", "R.string.reminder_dose_body", {"files", "java"}),
    ("a Java syntax error", JAVA, '.putInt("minute_" + kind, minuteOfDay).apply();',
     '.putInt("minute_" + kind, minuteOfDay).apply()', {"java"}),
    ("POST_NOTIFICATIONS not declared", MANIFEST,
     '<uses-permission android:name="android.permission.POST_NOTIFICATIONS"/>', "", {"files"}),
    ("the alarm's receiver not declared", MANIFEST,
     '<receiver android:name="org.waymark.app.ReminderReceiver" android:exported="false"/>', "", {"files"}),
    ("a German reminder text that is not the app's", "platform/android/res/values-de/strings.xml",
     "Wie war heute?", "Wie war dein Tag?", {"files"}),
    ("a Qt signal emitted with an argument missing (Android C++)", NOTIFIER, "Q_EMIT shown(tag, uint(0));",
     "Q_EMIT shown(tag);", {"cpp"}),
    ("a QJniObject call of the wrong kind", NOTIFIER, "QJniObject::callStaticMethod<jboolean>(",
     "QJniObject::callStaticObjectMethod<jboolean>(", {"cpp"}),
    ("an iOS message UserNotifications does not have", IOS_NOTIFIER,
     "removePendingNotificationRequestsWithIdentifiers:@[ name ]", "removePendingNotificationsWithIdentifiers:@[ name ]",
     {"files", "ios"}),
    ("a UIKit property misspelt", "src/main/securewindow_ios.mm", "plain.backgroundColor =", "plain.backgroundColour =",
     {"ios"}),
    ("a C++ call in an Objective-C block with an argument too many", IOS_NOTIFIER,
     "guard->setAllowed(allowed);", "guard->setAllowed(allowed, true);", {"ios"}),
]


def copy_tree(dest):
    shutil.rmtree(dest, ignore_errors=True)
    for part in ("platform", "src/app", "src/main", "i18n"):
        shutil.copytree(root / part, dest / part)
    (dest / "qml").mkdir()
    shutil.copy(root / "qml/CMakeLists.txt", dest / "qml/CMakeLists.txt")
    icon = "store-assets/metadata/en-US/images/icon.png"
    (dest / icon).parent.mkdir(parents=True)
    shutil.copy(root / icon, dest / icon)


def failing(tree, which=("files", "java", "cpp", "ios")):
    failed = set()
    for name, cmd in (("files", [here / "check_platform_files.py", tree]),
                      ("java", [here / "check_android_java.py", tree, work / "java"]),
                      ("cpp", [here / "check_android_cpp.py", tree, work / "cpp"]),
                      ("ios", [here / "check_ios_objc.py", tree, work / "ios"])):
        if name in which and subprocess.run([sys.executable, *map(str, cmd)], capture_output=True, text=True).returncode != 0:
            failed.add(name)
    return failed


errors = []
tree = work / "tree"
copy_tree(tree)
unchanged = failing(tree)
if unchanged:
    errors.append(f"the unchanged copy fails: {sorted(unchanged)}")
for what, file, text, replacement, expected in MISTAKES:
    copy_tree(tree)
    path = tree / file
    source = path.read_text()
    if source.count(text) != 1:
        errors.append(f"{what}: {text!r} is not once in {file} (update this test)")
        continue
    path.write_text(source.replace(text, replacement))
    failed = failing(tree, expected)
    if failed != expected:
        errors.append(f"{what}: only {sorted(failed) or 'nothing'} failed, expected {sorted(expected)}")
    else:
        print(f"caught: {what} ({', '.join(sorted(failed))})")
shutil.rmtree(work, ignore_errors=True)
for e in errors:
    print("FAIL:", e)
if errors:
    sys.exit(1)
print(f"platform checks: all {len(MISTAKES)} mistakes caught")
