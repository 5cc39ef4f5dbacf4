// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders against a fake freedesktop notification service on a private session bus: ctest runs
// this binary inside `dbus-run-session`, so nothing reaches the desktop of whoever runs the tests.
// The fake records every Notify call as a notification daemon would receive it.
#include "desktopnotifier.h"
#include "remindernotifier.h"
#include "reminders.h"
#include "session.h"
#include "testsupport.h"
#include "translations.h"

#include "diary.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace waymark;

namespace {

struct Received
{
    QString app, icon, summary, body;
    uint replaces = 0;
    QVariantMap hints;
};

/** The notification daemon's side of org.freedesktop.Notifications, as the spec defines it. */
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
        const QStringList &, const QVariantMap &hints, int)
    {
        received.append({ app, icon, summary, body, replaces, hints });
        return replaces ? replaces : uint(received.size());
    }
    QStringList GetCapabilities() { return { QStringLiteral("body") }; }
    void CloseNotification(uint) { }
};

/** The fake daemon on its own connection to the private bus (the app's notifier uses another). */
struct FakeDaemon
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-daemon"));
    FakeNotifications service;

    FakeDaemon()
    {
        REQUIRE(bus.isConnected());
        REQUIRE(bus.registerObject(
            QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots));
        REQUIRE(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
    }
    ~FakeDaemon()
    {
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-daemon"));
    }
};

/** A phone's notifier as Reminders sees it (Android's alarms, iOS's local notifications): the
 *  system shows each reminder at its time, and this records what it was told. */
class FakePhoneNotifier : public ReminderNotifier
{
public:
    struct Scheduled
    {
        int kind = 0;
        int minuteOfDay = 0;
        QString title, body;
    };
    QList<Scheduled> scheduled;
    int permissionAsked = 0;
    int notified = 0;
    bool systemAllows = true;

    bool schedulesItself() const override { return true; }
    void schedule(int kind, int minuteOfDay, const QString &title, const QString &body) override
    {
        scheduled.append({ kind, minuteOfDay, title, body });
    }
    void askPermission() override { ++permissionAsked; }
    bool allowed() const override { return systemAllows; }
    void notify(const QString &, const QString &, const QString &) override { ++notified; }

    /** The last time set for a kind (-1: off), or -2 when it was never told. */
    int lastMinute(int kind) const
    {
        for (auto it = scheduled.crbegin(); it != scheduled.crend(); ++it)
            if (it->kind == kind)
                return it->minuteOfDay;
        return -2;
    }
    QString lastTitle(int kind) const
    {
        for (auto it = scheduled.crbegin(); it != scheduled.crend(); ++it)
            if (it->kind == kind)
                return it->title;
        return {};
    }
};

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

/** Every test starts with no reminder choices on this device. */
void forgetChoices()
{
    QSettings().remove(QStringLiteral("reminders"));
}

} // namespace

TEST_CASE("The daily reminder comes once a day at the chosen time, through the notification service", "[reminders]")
{
    REQUIRE(QDBusConnection::sessionBus().isConnected()); // run inside dbus-run-session (ctest does)
    forgetChoices();
    FakeDaemon daemon;
    FixedClock clock(at(15, 8, 0));
    Reminders reminders(clock);
    QSignalSpy reminded(&reminders, &Reminders::reminded);
    CHECK_FALSE(reminders.dailyEnabled());
    CHECK(reminders.dailyTime() == QStringLiteral("20:00"));

    reminders.setDailyEnabled(true);
    REQUIRE(reminders.setTime(Reminders::Daily, QStringLiteral("8:30 pm")));
    CHECK(reminders.dailyTime() == QStringLiteral("20:30"));

    clock.set(at(15, 20, 29));
    reminders.check();
    QTest::qWait(200);
    CHECK(daemon.service.received.isEmpty());

    clock.set(at(15, 20, 30));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return reminded.count() == 1; }, 5000));
    REQUIRE(daemon.service.received.size() == 1);
    const Received first = daemon.service.received.constFirst();
    CHECK(first.summary == QStringLiteral("How was today?"));
    CHECK(first.body == QStringLiteral("A moment to note your day in Waymark."));
    CHECK(first.icon == QStringLiteral("org.waymark.Waymark"));
    CHECK(first.hints.value(QStringLiteral("desktop-entry")).toString() == QStringLiteral("org.waymark.Waymark"));
    CHECK(reminded.at(0).at(1).toBool()); // as a notification, so no in-app prompt
    CHECK(reminders.promptText().isEmpty());
    CHECK_FALSE(reminders.comesWhenClosed()); // the desktop shows a reminder while the app runs
    CHECK(reminders.notificationsAllowed());

    // Later the same day: not again.
    clock.set(at(15, 21, 0));
    reminders.check();
    QTest::qWait(200);
    CHECK(daemon.service.received.size() == 1);

    // The next evening: again, replacing yesterday's notification rather than piling up.
    clock.set(at(16, 20, 31));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return daemon.service.received.size() == 2; }, 5000));
    CHECK(daemon.service.received.at(1).replaces == 1);

    // The choice is kept on this device: a new start remembers it and does not repeat today's.
    Reminders again(clock);
    CHECK(again.dailyEnabled());
    CHECK(again.dailyTime() == QStringLiteral("20:30"));
    again.check();
    QTest::qWait(200);
    CHECK(daemon.service.received.size() == 2);
}

TEST_CASE(
    "A reminder turned on after its time waits for tomorrow; one missed by hours is not shown late", "[reminders]")
{
    forgetChoices();
    FakeDaemon daemon;
    FixedClock clock(at(15, 21, 0));
    Reminders reminders(clock);
    reminders.setDailyEnabled(true); // 20:00 has passed today
    reminders.check();
    QTest::qWait(200);
    CHECK(daemon.service.received.isEmpty());

    // The app was not running at 20:00 the next day and starts at 23:30: no reminder that late.
    clock.set(at(16, 23, 30));
    reminders.check();
    QTest::qWait(200);
    CHECK(daemon.service.received.isEmpty());

    // Started at 21:15 the day after: still the evening, the reminder comes.
    clock.set(at(17, 21, 15));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return daemon.service.received.size() == 1; }, 5000));
}

TEST_CASE("The dose reminder comes only while a plan gives a dose, and never names the medicine", "[reminders]")
{
    forgetChoices();
    FakeDaemon daemon;
    FixedClock clock(at(15, 7, 0));
    test::TempFolder folder;
    Session session(clock, folder.file(QStringLiteral("d.waymark")));
    REQUIRE(session.createDiary(test::kPassphrase, test::kPassphrase));
    Reminders reminders(clock);
    reminders.setDoseEnabled(true);
    REQUIRE(reminders.setTime(Reminders::Dose, QStringLiteral("09:00")));
    CHECK_FALSE(reminders.planActive()); // a diary without a plan

    clock.set(at(15, 9, 5));
    reminders.check();
    QTest::qWait(200);
    CHECK(daemon.service.received.isEmpty());

    // The demo diary has a sertraline taper plan running today.
    session.openDemo(60, 1);
    CHECK(reminders.planActive());
    QStringList drugNames;
    for (const auto &drug : session.diary()->drugs())
        drugNames.append(drug.name);
    REQUIRE_FALSE(drugNames.isEmpty());

    clock.set(at(16, 9, 0));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return daemon.service.received.size() == 1; }, 5000));
    const Received dose = daemon.service.received.constFirst();
    CHECK(dose.summary == QStringLiteral("Waymark reminder"));
    CHECK(dose.body == QStringLiteral("The dose reminder you set."));
    for (const QString &name : drugNames) {
        CHECK_FALSE(dose.summary.contains(name, Qt::CaseInsensitive));
        CHECK_FALSE(dose.body.contains(name, Qt::CaseInsensitive));
    }

    // Locked, the reminder still comes (whether a plan is running was kept from the open diary).
    session.lock();
    CHECK(reminders.planActive());
    clock.set(at(17, 9, 1));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return daemon.service.received.size() == 2; }, 5000));
}

TEST_CASE("Without a notification service the reminder is a quiet prompt inside the app", "[reminders]")
{
    forgetChoices();
    REQUIRE_FALSE(QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.Notifications")));
    FixedClock clock(at(15, 19, 0));
    Reminders reminders(clock);
    QSignalSpy reminded(&reminders, &Reminders::reminded);
    reminders.setDailyEnabled(true);
    clock.set(at(15, 20, 0));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return reminded.count() == 1; }, 15000));
    CHECK_FALSE(reminded.at(0).at(1).toBool());
    CHECK(reminders.promptText() == QStringLiteral("How was today? A moment to note your day in Waymark."));
    reminders.dismissPrompt();
    CHECK(reminders.promptText().isEmpty());

    // No session bus at all (a desktop without D-Bus): the same prompt.
    DesktopNotifier offline(QDBusConnection(QStringLiteral("not connected")));
    Reminders noBus(clock, &offline);
    QSignalSpy noBusReminded(&noBus, &Reminders::reminded);
    clock.set(at(16, 20, 0));
    noBus.check();
    REQUIRE(QTest::qWaitFor([&] { return noBusReminded.count() == 1; }, 5000));
    CHECK_FALSE(noBus.promptText().isEmpty());
}

TEST_CASE("A reminder time that is not a time is refused with a message", "[reminders]")
{
    forgetChoices();
    FixedClock clock(at(15, 8, 0));
    Reminders reminders(clock);
    CHECK_FALSE(reminders.setTime(Reminders::Daily, QStringLiteral("25:00")));
    CHECK_FALSE(reminders.errorText().isEmpty());
    CHECK(reminders.errorField() == QStringLiteral("dailyTime"));
    CHECK(reminders.dailyTime() == QStringLiteral("20:00"));
    CHECK(reminders.setTime(Reminders::Daily, QStringLiteral("7am")));
    CHECK(reminders.errorText().isEmpty());
    CHECK(reminders.dailyTime() == QStringLiteral("07:00"));
}

TEST_CASE(
    "On a phone the system is told each reminder's time when it is turned on, moved or waits for a plan", "[reminders]")
{
    forgetChoices();
    FakePhoneNotifier phone;
    FixedClock clock(at(15, 7, 0));
    test::TempFolder folder;
    Session session(clock, folder.file(QStringLiteral("d.waymark")));
    REQUIRE(session.createDiary(test::kPassphrase, test::kPassphrase));
    Reminders reminders(clock, &phone);
    CHECK(reminders.comesWhenClosed());
    // At start both are set again as chosen (off): the system may hold older choices.
    CHECK(phone.lastMinute(Reminders::Daily) == -1);
    CHECK(phone.lastMinute(Reminders::Dose) == -1);
    CHECK(phone.permissionAsked == 0); // not asked before the person turns a reminder on

    reminders.setDailyEnabled(true);
    CHECK(phone.permissionAsked == 1);
    CHECK(phone.lastMinute(Reminders::Daily) == 20 * 60);
    CHECK(phone.scheduled.constLast().title == QStringLiteral("How was today?"));
    CHECK(phone.scheduled.constLast().body == QStringLiteral("A moment to note your day in Waymark."));
    REQUIRE(reminders.setTime(Reminders::Daily, QStringLiteral("8:30 pm")));
    CHECK(phone.lastMinute(Reminders::Daily) == 20 * 60 + 30);
    const qsizetype told = phone.scheduled.size();
    CHECK_FALSE(reminders.setTime(Reminders::Daily, QStringLiteral("25:00"))); // refused: nothing told
    CHECK(phone.scheduled.size() == told);

    // The dose reminder waits for a plan: on, but off with the system until a plan gives a dose.
    reminders.setDoseEnabled(true);
    CHECK(phone.permissionAsked == 2);
    CHECK(phone.lastMinute(Reminders::Dose) == -1);
    session.openDemo(60, 1); // a sertraline taper running today
    REQUIRE(reminders.planActive());
    CHECK(phone.lastMinute(Reminders::Dose) == 9 * 60);
    QStringList drugNames;
    for (const auto &drug : session.diary()->drugs())
        drugNames.append(drug.name);
    for (const auto &call : std::as_const(phone.scheduled))
        for (const QString &name : drugNames) {
            CHECK_FALSE(call.title.contains(name, Qt::CaseInsensitive));
            CHECK_FALSE(call.body.contains(name, Qt::CaseInsensitive));
        }

    // The system shows them: the app never does, so nothing twice and no in-app prompt.
    clock.set(at(16, 20, 30));
    reminders.check();
    QTest::qWait(100);
    CHECK(phone.notified == 0);
    CHECK(reminders.promptText().isEmpty());

    // The texts are set in the language shown, so again when it changes.
    const QLocale localeBefore;
    {
        Translations german;
        REQUIRE(german.apply(QStringLiteral("de")));
        CHECK(phone.lastTitle(Reminders::Daily) == QStringLiteral("Wie war heute?"));
        CHECK(phone.lastMinute(Reminders::Daily) == 20 * 60 + 30);
    }
    QLocale::setDefault(localeBefore);
    CHECK(phone.lastTitle(Reminders::Daily) == QStringLiteral("How was today?"));

    // Turned off: cancelled with the system.
    reminders.setDailyEnabled(false);
    CHECK(phone.lastMinute(Reminders::Daily) == -1);
    CHECK(phone.permissionAsked == 2);

    // Notifications refused or turned off in the system's settings: the card can say so.
    QSignalSpy allowedChanged(&reminders, &Reminders::notificationsAllowedChanged);
    CHECK(reminders.notificationsAllowed());
    phone.systemAllows = false;
    Q_EMIT phone.allowedChanged();
    CHECK(allowedChanged.count() == 1);
    CHECK_FALSE(reminders.notificationsAllowed());
}

// Not run by ctest (hidden tag): tools/reminder-picture.sh runs it against a real notification
// daemon (dunst) on a private bus and takes a picture of the notification.
TEST_CASE("A real notification daemon shows the daily reminder", "[.live]")
{
    forgetChoices();
    REQUIRE(QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.Notifications")));
    FixedClock clock(at(15, 19, 0));
    Reminders reminders(clock);
    QSignalSpy reminded(&reminders, &Reminders::reminded);
    reminders.setDailyEnabled(true);
    clock.set(at(15, 20, 0));
    reminders.check();
    REQUIRE(QTest::qWaitFor([&] { return reminded.count() == 1; }, 10000));
    CHECK(reminded.at(0).at(1).toBool()); // shown by the daemon, not as the in-app prompt
}

#include "tst_reminders.moc"
