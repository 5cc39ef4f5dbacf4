// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remindernotifier.h"

#include <QHash>
#ifdef WAYMARK_HAVE_DBUS
#include <QDBusConnection>
#endif

/**
 * Shows a notification through the freedesktop notification service
 * (org.freedesktop.Notifications on the session bus), without waiting: the answer comes as
 * shown(tag, id) or failed(tag, why) (no session bus, no service, or the service refused). The caller decides
 * what to do on failure (Reminders shows a quiet prompt inside the app instead).
 * Only the texts it is given are sent: callers never pass diary content. Built without Qt DBus
 * (a desktop whose Qt has no D-Bus module), every notification fails at once, so Reminders shows
 * its in-app prompt. The notifier of every platform but Android and iOS (which have
 * AndroidNotifier and IosNotifier); the app shows each reminder itself when it is due.
 */
class DesktopNotifier : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
#ifdef WAYMARK_HAVE_DBUS
    /** Uses another bus connection (tests: a second connection to a private session bus). */
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
#endif

    /** Sends one notification; replaces the previous one with the same tag (one per reminder kind). */
    void notify(const QString &tag, const QString &title, const QString &body) override;

private:
#ifdef WAYMARK_HAVE_DBUS
    QDBusConnection m_bus;
#endif
    QHash<QString, uint> m_ids;
};
