// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled with ARC (-fobjc-arc, qml/CMakeLists.txt).
#include "iosnotifier.h"

#include <QGuiApplication>
#include <QPointer>
#include <QTimer>

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

/** Shows Waymark's reminders while the app is in front too (iOS hides them then by default). */
@interface WaymarkNotificationDelegate : NSObject <UNUserNotificationCenterDelegate>
@end

@implementation WaymarkNotificationDelegate
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
       willPresentNotification:(UNNotification *)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler
{
    Q_UNUSED(center)
    Q_UNUSED(notification)
    completionHandler(UNNotificationPresentationOptionBanner | UNNotificationPresentationOptionList);
}
@end

namespace {

/** The center keeps its delegate weakly: this one lives as long as the app. */
WaymarkNotificationDelegate *s_delegate = nil;

NSString *identifier(int kind)
{
    return kind == 0 ? @"org.waymark.reminder.daily" : @"org.waymark.reminder.dose";
}

UNMutableNotificationContent *content(const QString &title, const QString &body)
{
    UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
    content.title = title.toNSString();
    content.body = body.toNSString();
    content.sound = nil; // quiet, like the Android channel
    return content;
}

} // namespace

ReminderNotifier *ReminderNotifier::createForPlatform(QObject *parent)
{
    return new IosNotifier(parent);
}

IosNotifier::IosNotifier(QObject *parent)
    : ReminderNotifier(parent)
{
    if (!s_delegate) {
        s_delegate = [[WaymarkNotificationDelegate alloc] init];
        [UNUserNotificationCenter currentNotificationCenter].delegate = s_delegate;
    }
    readAllowed();
    // Back from the system's settings: the answer may have changed.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                readAllowed();
        });
}

void IosNotifier::schedule(int kind, int minuteOfDay, const QString &title, const QString &body)
{
    UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
    NSString *name = identifier(kind);
    [center removePendingNotificationRequestsWithIdentifiers:@[ name ]];
    if (minuteOfDay < 0)
        return;
    NSDateComponents *when = [[NSDateComponents alloc] init];
    when.hour = minuteOfDay / 60;
    when.minute = minuteOfDay % 60;
    UNCalendarNotificationTrigger *daily = [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:when
                                                                                                    repeats:YES];
    [center addNotificationRequest:[UNNotificationRequest requestWithIdentifier:name
                                                                        content:content(title, body)
                                                                        trigger:daily]
             withCompletionHandler:nil];
}

void IosNotifier::askPermission()
{
    QPointer<IosNotifier> guard(this);
    [[UNUserNotificationCenter currentNotificationCenter]
        requestAuthorizationWithOptions:UNAuthorizationOptionAlert
                      completionHandler:^(BOOL granted, NSError *error) {
                          Q_UNUSED(granted) // read back through the settings, as after a change there
                          Q_UNUSED(error)
                          QMetaObject::invokeMethod(
                              qApp,
                              [guard] {
                                  if (guard)
                                      guard->readAllowed();
                              },
                              Qt::QueuedConnection);
                      }];
}

void IosNotifier::readAllowed()
{
    QPointer<IosNotifier> guard(this);
    [[UNUserNotificationCenter currentNotificationCenter]
        getNotificationSettingsWithCompletionHandler:^(UNNotificationSettings *settings) {
            // Not asked yet counts as allowed: turning a reminder on asks.
            const bool allowed = settings.authorizationStatus != UNAuthorizationStatusDenied;
            QMetaObject::invokeMethod(
                qApp,
                [guard, allowed] {
                    if (guard)
                        guard->setAllowed(allowed);
                },
                Qt::QueuedConnection);
        }];
}

void IosNotifier::setAllowed(bool allowed)
{
    if (allowed == m_allowed)
        return;
    m_allowed = allowed;
    Q_EMIT allowedChanged();
}

void IosNotifier::notify(const QString &tag, const QString &title, const QString &body)
{
    if (!m_allowed) {
        QTimer::singleShot(0, this, [this, tag] { Q_EMIT failed(tag, QStringLiteral("notifications not allowed")); });
        return;
    }
    // No trigger: shown at once, replacing the one of the same tag.
    NSString *name = [identifier(tag == u"daily" ? 0 : 1) stringByAppendingString:@".now"];
    [[UNUserNotificationCenter currentNotificationCenter]
        addNotificationRequest:[UNNotificationRequest requestWithIdentifier:name
                                                                    content:content(title, body)
                                                                    trigger:nil]
         withCompletionHandler:nil];
    QTimer::singleShot(0, this, [this, tag] { Q_EMIT shown(tag, uint(0)); });
}
