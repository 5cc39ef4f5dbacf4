// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remindernotifier.h"

/**
 * Reminders on Android (compiled only there: qml/CMakeLists.txt, if(ANDROID)). The system shows
 * them at their time through AlarmManager, also while the app is closed and after a restart:
 * this class calls org.waymark.app.Reminders (platform/android/src/org/waymark/app/Reminders.java)
 * through JNI. It passes only a kind and a minute of the day, never a text: the notification's
 * words are the fixed ones in platform/android/res/values/strings.xml (values-de: German), in the
 * phone's language.
 * Turning a reminder on asks for POST_NOTIFICATIONS on Android 13+ (the Java side calls
 * Activity.requestPermissions; Qt 6.4 has no QPermission); whether notifications are allowed is
 * read again each time the app becomes active (after the permission dialog or the system settings).
 * tests/platform checks that every method called here exists in the Java source with this signature.
 */
class AndroidNotifier : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit AndroidNotifier(QObject *parent = nullptr);

    bool schedulesItself() const override { return true; }
    void schedule(int kind, int minuteOfDay, const QString &title, const QString &body) override;
    void askPermission() override;
    bool allowed() const override { return m_allowed; }
    /** Posts the reminder of that tag now, with its fixed text (Reminders.post). */
    void notify(const QString &tag, const QString &title, const QString &body) override;

private:
    void readAllowed();
    static jint languageNumber();

    bool m_allowed = true;
};
