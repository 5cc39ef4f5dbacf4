// SPDX-License-Identifier: GPL-3.0-or-later
#include "androidnotifier.h"

#include <QGuiApplication>
#include <QJniObject>
#include <QLocale>
#include <QTimer>
#include <QtCore/qcoreapplication_platform.h>

namespace {

/** The Java class with the static methods called below (platform/android/src/). */
constexpr char kJavaClass[] = "org/waymark/app/Reminders";

/** The app's Activity (or its Service when there is no activity): Qt 6.4 returns a jobject. */
jobject context()
{
    return QNativeInterface::QAndroidApplication::context();
}

} // namespace

ReminderNotifier *ReminderNotifier::createForPlatform(QObject *parent)
{
    return new AndroidNotifier(parent);
}

AndroidNotifier::AndroidNotifier(QObject *parent)
    : ReminderNotifier(parent)
{
    readAllowed();
    // Back from the permission dialog or the system's settings: the answer may have changed.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                readAllowed();
        });
}

/**
 * The app's language as Reminders.java numbers it (LANGUAGE_*): the language Translations made the
 * default, which is the person's choice in Settings or else the phone's. 0 leaves the phone's.
 */
jint AndroidNotifier::languageNumber()
{
    switch (QLocale().language()) {
    case QLocale::English:
        return 1;
    case QLocale::German:
        return 2;
    default:
        return 0;
    }
}

void AndroidNotifier::schedule(int kind, int minuteOfDay, const QString &, const QString &)
{
    // The texts stay on the Java side (strings.xml, in the app's language: Reminders calls this
    // again when the language changes): only numbers cross over, the kind, the time, the language.
    QJniObject::callStaticMethod<void>(kJavaClass, "set", "(Landroid/content/Context;III)V", context(), jint(kind),
        jint(minuteOfDay), languageNumber());
}

void AndroidNotifier::askPermission()
{
    QJniObject::callStaticMethod<void>(kJavaClass, "requestPermission", "(Landroid/content/Context;)V", context());
}

void AndroidNotifier::notify(const QString &tag, const QString &, const QString &)
{
    readAllowed();
    if (!m_allowed) {
        // Said after returning, like the desktop's answer: Reminders shows its in-app prompt.
        QTimer::singleShot(0, this, [this, tag] { Q_EMIT failed(tag, QStringLiteral("notifications not allowed")); });
        return;
    }
    const jint kind = tag == u"daily" ? 0 : 1;
    QJniObject::callStaticMethod<void>(kJavaClass, "post", "(Landroid/content/Context;I)V", context(), kind);
    QTimer::singleShot(0, this, [this, tag] { Q_EMIT shown(tag, uint(0)); });
}

void AndroidNotifier::readAllowed()
{
    const bool allowed = QJniObject::callStaticMethod<jboolean>(
                             kJavaClass, "notificationsAllowed", "(Landroid/content/Context;)Z", context())
        != JNI_FALSE;
    if (allowed == m_allowed)
        return;
    m_allowed = allowed;
    Q_EMIT allowedChanged();
}
