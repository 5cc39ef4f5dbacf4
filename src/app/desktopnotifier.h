// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#ifdef WAYMARK_HAVE_DBUS
#include <QDBusConnection>
#endif

/**
 * Shows a notification through the freedesktop notification service
 * (org.freedesktop.Notifications on the session bus), without waiting: the answer comes as
 * shown(tag, id) or failed(tag, why) (no session bus, no service, or the service refused). The caller decides
 * what to do on failure (Reminders shows a quiet prompt inside the app instead).
 * Only the texts it is given are sent: callers never pass diary content. Built without Qt DBus
 * (Android, iOS), every notification fails at once (those platforms have their own code).
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
#ifdef WAYMARK_HAVE_DBUS
    /** Uses another bus connection (tests: a second connection to a private session bus). */
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
#endif

    /** Sends one notification; replaces the previous one with the same tag (one per reminder kind). */
    void notify(const QString &tag, const QString &title, const QString &body);

Q_SIGNALS:
    void shown(const QString &tag, uint id);
    void failed(const QString &tag, const QString &why);

private:
#ifdef WAYMARK_HAVE_DBUS
    QDBusConnection m_bus;
#endif
    QHash<QString, uint> m_ids;
};
