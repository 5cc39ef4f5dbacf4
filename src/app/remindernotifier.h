// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

/**
 * How Reminders reaches the platform, so reminders.cpp never knows which one it runs on. Each
 * platform has one implementation, chosen by CMake: DesktopNotifier (the freedesktop notification
 * service over D-Bus; Linux and other desktops), AndroidNotifier (AlarmManager through
 * platform/android/src/org/waymark/app/Reminders.java) and IosNotifier (UNUserNotificationCenter).
 *
 * Two ways to remind:
 * - the app shows a due reminder itself (desktops): Reminders calls notify() at the time, and the
 *   answer comes as shown() or failed() (then Reminders shows its quiet in-app prompt);
 * - the system shows it at its time, even while the app is not running (phones:
 *   schedulesItself() is true): Reminders only tells it, through schedule(), whenever a reminder
 *   is turned on or off or its time changes, and never calls notify().
 *
 * Only fixed texts are passed (Reminders::title/body): never diary content or medicine names.
 */
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /** The one of this platform (made by the platform's notifier file, picked by CMake). */
    static ReminderNotifier *createForPlatform(QObject *parent);

    /** True where the system shows each reminder at its time (phones); false where the app does. */
    virtual bool schedulesItself() const { return false; }

    /**
     * Sets the daily reminder of a kind (Reminders::Kind: 0 daily, 1 dose) at minuteOfDay
     * (0-1439, local time) with the system, or cancels it (minuteOfDay -1). Replaces what was set
     * before for that kind. Where the app shows reminders itself, it does nothing.
     */
    virtual void schedule(int kind, int minuteOfDay, const QString &title, const QString &body)
    {
        Q_UNUSED(kind)
        Q_UNUSED(minuteOfDay)
        Q_UNUSED(title)
        Q_UNUSED(body)
    }

    /** A reminder was just turned on: asks the person to allow notifications where the system
     *  wants that and has not had an answer (Android 13+, iOS). Elsewhere nothing. */
    virtual void askPermission() { }

    /** False when the system would not show a notification from Waymark now (refused, or turned
     *  off in the system's settings); then allowedChanged() when that changes. */
    virtual bool allowed() const { return true; }

    /** Shows one notification now; replaces the previous one with the same tag ("daily", "dose"). */
    virtual void notify(const QString &tag, const QString &title, const QString &body) = 0;

Q_SIGNALS:
    void shown(const QString &tag, uint id);
    void failed(const QString &tag, const QString &why);
    void allowedChanged();
};
