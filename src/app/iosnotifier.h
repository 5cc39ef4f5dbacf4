// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remindernotifier.h"

/**
 * Reminders on iOS (compiled only there: qml/CMakeLists.txt, if(IOS); iosnotifier.mm is
 * Objective-C++). Each reminder is a repeating local notification of UNUserNotificationCenter at
 * its hour and minute, so iOS shows it at its time also while the app is closed; no push, no
 * server, no entitlement. The texts are the fixed ones Reminders gives (set again when the
 * language changes). Turning a reminder on asks for permission to show alerts (no sound, no
 * badge); a refusal is read again each time the app becomes active. While the app is in front
 * the reminder shows as a banner too.
 */
class IosNotifier : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit IosNotifier(QObject *parent = nullptr);

    bool schedulesItself() const override { return true; }
    void schedule(int kind, int minuteOfDay, const QString &title, const QString &body) override;
    void askPermission() override;
    bool allowed() const override { return m_allowed; }
    void notify(const QString &tag, const QString &title, const QString &body) override;

private:
    /** Asks iOS (its answer comes on another thread, brought back to this one). */
    void readAllowed();
    void setAllowed(bool allowed);

    bool m_allowed = true;
};
