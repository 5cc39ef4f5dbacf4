// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include <QGuiApplication>
#include <QTimer>
#include <QVariantMap>
#ifdef WAYMARK_HAVE_DBUS
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>
#endif

#ifdef WAYMARK_HAVE_DBUS
namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
/** The desktop entry and icon name (platform/linux). */
const QString kAppId = QStringLiteral("org.waymark.Waymark");

/** The session bus when one is running; never asks libdbus to autolaunch one. Without an address
 *  in the environment and without $XDG_RUNTIME_DIR/bus, QDBusConnection::sessionBus() makes libdbus
 *  start a `dbus-launch --autolaunch` daemon under X11 that outlives the app; reminders then fall
 *  back to the in-app prompt instead. */
QDBusConnection runningSessionBus()
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        || (!runtime.isEmpty() && QFileInfo(QString::fromLocal8Bit(runtime) + QStringLiteral("/bus")).exists()))
        return QDBusConnection::sessionBus();
    return QDBusConnection(QStringLiteral("waymark-no-session-bus")); // not connected
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(runningSessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : ReminderNotifier(parent)
    , m_bus(bus)
{ }

void DesktopNotifier::notify(const QString &tag, const QString &title, const QString &body)
{
    if (!m_bus.isConnected()) {
        // Said after returning, like a D-Bus answer, so callers handle both the same way.
        QTimer::singleShot(0, this, [this, tag] { Q_EMIT failed(tag, QStringLiteral("no session bus")); });
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    const QVariantMap hints {
        { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) }, // normal: low ones are hidden by some desktops
        { QStringLiteral("suppress-sound"), true },
        { QStringLiteral("category"), QStringLiteral("reminder") },
        { QStringLiteral("desktop-entry"), kAppId },
        { QStringLiteral("transient"), false },
    };
    call << QGuiApplication::applicationDisplayName() // app_name
         << m_ids.value(tag, 0u) // replaces_id: one notification per reminder kind
         << kAppId // app_icon: the installed icon of that name
         << title << body << QStringList() // summary, body, actions
         << hints << int(-1); // expire_timeout: the server's default
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, tag] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            // The error's name only (e.g. ServiceUnknown), never the texts sent.
            Q_EMIT failed(tag, reply.error().name());
            return;
        }
        m_ids.insert(tag, reply.value());
        Q_EMIT shown(tag, reply.value());
    });
}
#else
DesktopNotifier::DesktopNotifier(QObject *parent)
    : ReminderNotifier(parent)
{ }

void DesktopNotifier::notify(const QString &tag, const QString &, const QString &)
{
    QTimer::singleShot(0, this, [this, tag] { Q_EMIT failed(tag, QStringLiteral("no D-Bus in this build")); });
}
#endif

ReminderNotifier *ReminderNotifier::createForPlatform(QObject *parent)
{
    return new DesktopNotifier(parent);
}
