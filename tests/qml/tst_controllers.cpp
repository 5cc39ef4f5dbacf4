// SPDX-License-Identifier: GPL-3.0-or-later
#include "appfixture.h"
#include "chartcontroller.h"
#include "daycontroller.h"
#include "doselistmodel.h"
#include "druglistmodel.h"
#include "errors.h"
#include "errortext.h"
#include "fielderror.h"
#include "historymodel.h"
#include "settingscontroller.h"
#include "storedplan.h"
#include "symptomlistmodel.h"
#include "undocontroller.h"

#include "validation.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace waymark;
using waymark::test::kOtherPassphrase;
using waymark::test::kPassphrase;

namespace {
const QDate kToday(2026, 3, 15);
}

TEST_CASE("Session creates, locks and unlocks a diary", "[app][session]")
{
    test::TempFolder folder;
    Session session(test::testClock(), folder.file(QStringLiteral("d.waymark")));
    CHECK(session.state() == Session::NoDiary);

    CHECK_FALSE(session.createDiary(kPassphrase, kOtherPassphrase));
    CHECK(session.errorText() == QStringLiteral("The two passphrases are not the same. Type them again."));
    CHECK_FALSE(session.createDiary(QStringLiteral("short"), QStringLiteral("short")));
    CHECK(session.errorField() == QStringLiteral("passphrase"));
    CHECK(session.state() == Session::NoDiary);

    QSignalSpy changed(&session, &Session::diaryChanged);
    REQUIRE(session.createDiary(kPassphrase, kPassphrase));
    CHECK(session.state() == Session::Unlocked);
    CHECK(session.errorText().isEmpty());
    CHECK(changed.count() == 1);

    session.lock();
    CHECK(session.state() == Session::Locked);
    CHECK(session.diary() == nullptr);
    CHECK(changed.count() == 2);

    CHECK_FALSE(session.unlock(kOtherPassphrase));
    CHECK(session.errorText().startsWith(QStringLiteral("That passphrase does not open this diary")));
    CHECK(session.errorText().contains(QStringLiteral("wrong passphrase, or the start of the file is damaged")));
    CHECK(session.state() == Session::Locked);
    REQUIRE(session.unlock(kPassphrase));
    CHECK(session.state() == Session::Unlocked);
    CHECK(session.errorText().isEmpty());
}

TEST_CASE("Session keeps auto-lock and crisis number in the diary", "[app][session]")
{
    AppFixture app;
    CHECK(app.session.preferences().autolockMinutes() == 5);
    app.session.preferences().setAutolockMinutes(15);
    app.session.preferences().setAutolockMinutes(7); // not a choice: ignored
    CHECK(app.session.preferences().autolockMinutes() == 15);
    app.session.preferences().setCrisisNumber(QStringLiteral(" 116 123 "));
    CHECK(app.session.preferences().crisisNumber() == QStringLiteral("116 123"));
    app.session.lock();
    CHECK(app.session.preferences().crisisNumber().isEmpty());
    REQUIRE(app.session.unlock(kPassphrase));
    CHECK(app.session.preferences().autolockMinutes() == 15);
    CHECK(app.session.preferences().crisisNumber() == QStringLiteral("116 123"));
}

TEST_CASE("Session hint follows the core's passphrase hint", "[app][session]")
{
    test::TempFolder folder;
    Session session(test::testClock(), folder.file(QStringLiteral("d.waymark")));
    const QVariantMap hint = session.passphraseHint(QStringLiteral("short"));
    CHECK(hint.value(QStringLiteral("score")).toInt() == 0);
    CHECK(hint.value(QStringLiteral("text")).toString() == validate::passphraseHint(QStringLiteral("short")).text);
}

TEST_CASE("DayController moves between days but not past today", "[app][day]")
{
    AppFixture app;
    DayController day;
    CHECK(day.date() == QStringLiteral("2026-03-15"));
    CHECK(day.isToday());
    CHECK_FALSE(day.canGoForward());
    day.nextDay();
    CHECK(day.date() == QStringLiteral("2026-03-15"));
    day.previousDay();
    CHECK(day.date() == QStringLiteral("2026-03-14"));
    CHECK(day.relativeLabel() == QStringLiteral("Yesterday"));
    CHECK(day.canGoForward());
    day.goToToday();
    CHECK(day.isToday());
}

TEST_CASE("In German a dose typed as \"2,5 mg\" is 2.5 mg, and what the app says is German", "[app][day][i18n]")
{
    AppFixture app;
    const qint64 drug = app.addSertraline();
    struct BackToSystemLanguage
    {
        Preferences &preferences;
        ~BackToSystemLanguage() { preferences.setLanguage(QString()); }
    } restore { app.session.preferences() };
    REQUIRE(app.session.preferences().setLanguage(QStringLiteral("de")));
    CHECK_FALSE(app.session.preferences().setLanguage(QStringLiteral("xx"))); // not shipped: nothing changes
    CHECK(app.session.preferences().language() == QStringLiteral("de"));

    DayController day;
    day.setDate(QStringLiteral("2026-03-14"));
    CHECK(day.relativeLabel() == QStringLiteral("Gestern"));
    CHECK(QCoreApplication::translate("DateFormat", "dddd d MMMM yyyy") == QStringLiteral("dddd, d. MMMM yyyy"));
    CHECK(day.dateLabel() == QStringLiteral("Samstag, 14. März 2026")); // German order and punctuation
    CHECK(day.addDose(drug, QStringLiteral("2,5 mg"), QStringLiteral("08:00"), QString()) == QStringLiteral("ok"));
    CHECK(day.addDose(drug, QStringLiteral("1,25mg"), QStringLiteral("20:00"), QString()) == QStringLiteral("ok"));
    CHECK(day.addDose(drug, QStringLiteral("0.25"), QStringLiteral("22:00"), QString()) == QStringLiteral("ok"));
    qint64 micrograms = 0;
    for (const DoseEvent &e : app.diary().doses(QDate(2026, 3, 14)))
        micrograms += e.micrograms;
    CHECK(micrograms == 4000);
    CHECK(DoseListModel::mgText(2.5) == QStringLiteral("2,5 mg"));

    // a typing mistake is explained in German, beside the amount
    CHECK(day.addDose(drug, QStringLiteral("2,5 g"), QString(), QString()) == QStringLiteral("error"));
    CHECK(day.error()->field() == QStringLiteral("mg"));
    CHECK(day.error()->text() == QStringLiteral("„2,5 g“ ist keine Zahl."));

    // English again: the same texts in English, numbers with a point
    REQUIRE(app.session.preferences().setLanguage(QStringLiteral("en")));
    CHECK(day.relativeLabel() == QStringLiteral("Yesterday"));
    CHECK(DoseListModel::mgText(2.5) == QStringLiteral("2.5 mg"));
}

TEST_CASE("DayController logs doses, asks before unusually large ones, and validates", "[app][day]")
{
    AppFixture app;
    const qint64 drug = app.addSertraline();
    DayController day;
    day.setDate(QStringLiteral("2026-03-14"));
    CHECK(day.addDose(drug, QStringLiteral("50"), QStringLiteral("08:00"), QString()) == QStringLiteral("ok"));
    CHECK(day.doses()->rowCount() == 1);

    SECTION("times are typed as people say them")
    {
        CHECK(day.addDose(drug, QStringLiteral("25"), QStringLiteral("8:30 pm"), QString()) == QStringLiteral("ok"));
        CHECK(day.addDose(drug, QStringLiteral("25"), QStringLiteral("7am"), QString()) == QStringLiteral("ok"));
        QStringList times;
        for (const DoseEvent &e : app.diary().doses(QDate(2026, 3, 14)))
            times.append(e.time->toString(QStringLiteral("HH:mm")));
        times.sort();
        CHECK(times == QStringList { QStringLiteral("07:00"), QStringLiteral("08:00"), QStringLiteral("20:30") });
    }

    SECTION("bad input is rejected, nothing saved")
    {
        CHECK(day.addDose(drug, QStringLiteral("abc"), QString(), QString()) == QStringLiteral("error"));
        CHECK(day.error()->field() == QStringLiteral("mg"));
        CHECK_FALSE(day.error()->text().isEmpty());
        CHECK(day.addDose(drug, QStringLiteral("10"), QStringLiteral("25:00"), QString()) == QStringLiteral("error"));
        CHECK(day.error()->field() == QStringLiteral("time"));
        CHECK(day.addDose(0, QStringLiteral("10"), QString(), QString()) == QStringLiteral("error"));
        CHECK(day.error()->field() == QStringLiteral("drug"));
        CHECK(day.doses()->rowCount() == 1);
    }
    SECTION("a dose over ten times the largest strength needs confirmation")
    {
        CHECK(day.addDose(drug, QStringLiteral("2000"), QString(), QString()) == QStringLiteral("confirm"));
        CHECK_FALSE(day.confirmText().isEmpty());
        CHECK(day.doses()->rowCount() == 1);
        CHECK(day.addDose(drug, QStringLiteral("2000"), QString(), QString(), true) == QStringLiteral("ok"));
        CHECK(day.doses()->rowCount() == 2);
        CHECK(day.confirmText().isEmpty());
    }
    SECTION("the usual dose is offered the next day and logged with one tap")
    {
        day.nextDay();
        REQUIRE(day.usualDoses().size() == 1);
        const QVariantMap usual = day.usualDoses().first().toMap();
        CHECK(usual.value(QStringLiteral("drugName")).toString() == QStringLiteral("Sertraline"));
        CHECK(usual.value(QStringLiteral("amountText")).toString() == QStringLiteral("50 mg"));
        CHECK_FALSE(usual.value(QStringLiteral("logged")).toBool());
        REQUIRE(day.logUsualDose(drug));
        CHECK(day.doses()->rowCount() == 1);
        CHECK(day.usualDoses().first().toMap().value(QStringLiteral("logged")).toBool());
        const qint64 id = day.doses()->data(day.doses()->index(0), DoseListModel::IdRole).toLongLong();
        REQUIRE(day.deleteDose(id));
        CHECK(day.doses()->rowCount() == 0);
    }
}

TEST_CASE("DayController saves ratings at once and raises the safety card at moderate", "[app][day]")
{
    AppFixture app;
    DayController day;
    REQUIRE(day.setRating(QStringLiteral("suicidal_thoughts"), 1));
    CHECK(day.safetyAlerts().isEmpty());
    REQUIRE(day.setRating(QStringLiteral("suicidal_thoughts"), 2));
    REQUIRE(day.safetyAlerts().size() == 1);
    CHECK(day.safetyAlerts().first().toMap().value(QStringLiteral("severityName")).toString()
        == QStringLiteral("moderate"));
    CHECK(app.diary().ratings(test::testClock().today()).value(QStringLiteral("suicidal_thoughts")) == 2);
    REQUIRE(day.setRating(QStringLiteral("akathisia"), 4));
    CHECK(day.safetyAlerts().size() == 2);
    REQUIRE(day.setRating(QStringLiteral("headache"), 4));
    CHECK(day.safetyAlerts().size() == 2);
    CHECK_FALSE(day.setRating(QStringLiteral("no_such_symptom"), 2));
    CHECK_FALSE(day.error()->text().isEmpty());
    CHECK_FALSE(day.setRating(QStringLiteral("headache"), 5));
}

TEST_CASE("DayController: a symptom starts not rated; none is a rating; a rating can be cleared", "[app][day][ratings]")
{
    AppFixture app;
    DayController day;
    SymptomRatingModel *model = day.symptoms();
    auto severityOf = [&](const QString &key) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->data(model->index(row), SymptomRatingModel::KeyRole).toString() == key)
                return model->data(model->index(row), SymptomRatingModel::SeverityRole).toInt();
        FAIL("no row for " << key.toStdString());
        return -99;
    };
    CHECK(severityOf(QStringLiteral("headache")) == -1); // not "none"
    REQUIRE(day.setRating(QStringLiteral("headache"), 0));
    CHECK(severityOf(QStringLiteral("headache")) == 0);
    CHECK(app.diary().ratings(kToday).value(QStringLiteral("headache"), -1) == 0);
    REQUIRE(day.clearRating(QStringLiteral("headache")));
    CHECK(severityOf(QStringLiteral("headache")) == -1);
    CHECK_FALSE(app.diary().ratings(kToday).contains(QStringLiteral("headache")));
    CHECK(app.diary().history(kToday, kToday).isEmpty()); // nothing left of the day
}

TEST_CASE("DayController: No symptoms rates every unrated symptom none, once, and only on a day without symptoms",
    "[app][day][ratings]")
{
    AppFixture app;
    DayController day;
    CHECK(day.canRateNoSymptoms());
    CHECK_FALSE(day.ratedNoSymptoms());
    REQUIRE(day.setRating(QStringLiteral("insomnia"), 0));
    CHECK(day.canRateNoSymptoms()); // "none" so far: the rest can still be filled
    REQUIRE(day.rateNoSymptoms());
    CHECK(day.ratedNoSymptoms());
    CHECK_FALSE(day.canRateNoSymptoms());
    const QMap<QString, int> ratings = app.diary().ratings(kToday);
    CHECK(ratings.size() == app.diary().symptoms().size());
    for (int severity : ratings)
        CHECK(severity == 0);
    const DaySummary summary = app.diary().history(kToday, kToday).constFirst();
    CHECK(summary.symptomLoad == 0); // a logged day with load 0, not a gap
    CHECK(summary.symptomsRated == ratings.size());

    // one step: one undo takes every "none" back, the rating given before stays
    app.session.undoStack().undo();
    CHECK(app.diary().ratings(kToday) == QMap<QString, int> { { QStringLiteral("insomnia"), 0 } });
    CHECK(day.canRateNoSymptoms());

    day.previousDay();
    REQUIRE(day.setRating(QStringLiteral("brain_zaps"), 2));
    CHECK_FALSE(day.canRateNoSymptoms());
    CHECK_FALSE(day.ratedNoSymptoms());
    CHECK_FALSE(day.rateNoSymptoms()); // refused, nothing written
    CHECK(day.error()->field() == QStringLiteral("symptoms"));
    CHECK(app.diary().ratings(kToday.addDays(-1)).size() == 1);
}

TEST_CASE("DayController: the safety items are listed whatever the filter, even hidden before", "[app][day][safety]")
{
    AppFixture app;
    app.diary().setSymptomUsual(QStringLiteral("brain_zaps"), true);
    app.diary().setSymptomHidden(QStringLiteral("seizure"), true); // allowed by older versions
    DayController day;
    SymptomRatingModel *model = day.symptoms();
    CHECK(model->onlyUsual());
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys.append(model->data(model->index(row), SymptomRatingModel::KeyRole).toString());
    CHECK(keys
        == QStringList { QStringLiteral("seizure"), QStringLiteral("brain_zaps"), QStringLiteral("akathisia"),
            QStringLiteral("suicidal_thoughts") });
    model->setOnlyUsual(false);
    CHECK(model->rowCount() == app.diary().symptoms().size() + 1); // the visible ones and the hidden safety item
}

TEST_CASE("DayController follows the date at midnight unless another day is shown", "[app][day][midnight]")
{
    test::TempFolder folder;
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(23, 59)));
    Session session(clock, folder.file(QStringLiteral("d.waymark")));
    REQUIRE(session.createDiary(kPassphrase, kPassphrase));
    DayController today;
    DayController other;
    other.setDate(QStringLiteral("2026-03-10"));
    other.symptoms()->setSearch(QStringLiteral("zaps"));
    QSignalSpy aboutToChange(&today, &DayController::aboutToChangeDate);

    clock.set(QDateTime(QDate(2026, 3, 16), QTime(0, 1)));
    session.dateWatcher().check();
    CHECK(today.date() == QStringLiteral("2026-03-16"));
    CHECK(today.isToday());
    CHECK(today.relativeLabel() == QStringLiteral("Today"));
    CHECK(aboutToChange.count() == 1); // the page saves a note being typed for the 15th first
    REQUIRE(today.setRating(QStringLiteral("headache"), 1));
    CHECK(session.diary()->ratings(QDate(2026, 3, 16)).value(QStringLiteral("headache")) == 1); // not yesterday

    CHECK(other.date() == QStringLiteral("2026-03-10")); // the person was looking at another day: it stays
    CHECK(other.relativeLabel() == QStringLiteral("6 days ago"));
    CHECK(other.symptoms()->search() == QStringLiteral("zaps"));
    CHECK(other.canGoForward());
}

TEST_CASE("DayController names the day in sentences and forgets the search on another day", "[app][day]")
{
    AppFixture app;
    DayController day;
    CHECK(day.dayPhrase() == QStringLiteral("today"));
    day.symptoms()->setSearch(QStringLiteral("zaps"));
    day.previousDay();
    CHECK(day.dayPhrase() == QStringLiteral("yesterday"));
    CHECK(day.symptoms()->search().isEmpty());
    day.setDate(QStringLiteral("2026-03-01"));
    CHECK(day.dayPhrase() == QStringLiteral("on Sunday 1 March"));
    day.setDate(QStringLiteral("2025-12-31"));
    CHECK(day.dayPhrase() == QStringLiteral("on Wednesday 31 December 2025"));
}

TEST_CASE("DayController wellbeing, sleep and note", "[app][day]")
{
    AppFixture app;
    DayController day;
    REQUIRE(day.setWellbeing(6));
    CHECK(day.wellbeing() == 6);
    CHECK_FALSE(day.setWellbeing(11));
    CHECK(day.wellbeing() == 6);
    REQUIRE(day.setSleepHours(7.5));
    CHECK(day.sleepHours() == 7.5);
    CHECK_FALSE(day.setSleepHours(30));
    REQUIRE(day.setSleepHours(7.25));
    CHECK(day.sleepText() == QStringLiteral("7.25")); // quarter hours, shown as kept
    REQUIRE(day.setSleepText(QStringLiteral("6:45")));
    CHECK(day.sleepHours() == 6.75);
    CHECK_FALSE(day.setSleepText(QStringLiteral("lots")));
    CHECK(day.error()->field() == QStringLiteral("sleep"));
    CHECK(day.sleepHours() == 6.75);
    REQUIRE(day.setSleepText(QStringLiteral("8")));
    CHECK(day.sleepText() == QStringLiteral("8"));
    day.nextDay(); // (today: stays)
    day.previousDay();
    CHECK(day.sleepText().isEmpty());
    CHECK(day.recentSleepHours() == -1); // nothing in the week before yesterday
    day.nextDay();
    REQUIRE(day.setSleepText(QString()));
    CHECK(day.sleepHours() == -1);
    REQUIRE(day.saveNote(QStringLiteral("Walked in the park.")));
    CHECK(day.note() == QStringLiteral("Walked in the park."));
    CHECK_FALSE(day.saveNote(QString(validate::kMaxNoteLength + 1, QLatin1Char('x'))));
    CHECK(day.error()->field() == QStringLiteral("note"));
    CHECK(day.note() == QStringLiteral("Walked in the park.")); // nothing half-saved
}

TEST_CASE("DayController drops the diary when the session locks", "[app][day]")
{
    AppFixture app;
    DayController day;
    REQUIRE(day.setWellbeing(4));
    app.session.lock();
    CHECK(day.wellbeing() == -1);
    CHECK(day.symptoms()->rowCount() == 0);
    CHECK_FALSE(day.setWellbeing(5));
    REQUIRE(app.session.unlock(kPassphrase));
    CHECK(day.wellbeing() == 4);
}

TEST_CASE("SettingsController changes the passphrase only with the current one", "[app][settings]")
{
    AppFixture app;
    SettingsController settings;
    CHECK(settings.autolockChoices().size() == 5);
    CHECK_FALSE(settings.sourcesText().isEmpty());
    CHECK_FALSE(settings.changePassphrase(kOtherPassphrase, kOtherPassphrase, kOtherPassphrase));
    CHECK(settings.errorField() == QStringLiteral("current"));
    CHECK_FALSE(settings.changePassphrase(kPassphrase, QStringLiteral("short"), QStringLiteral("short")));
    CHECK(settings.errorField() == QStringLiteral("new"));
    CHECK_FALSE(settings.changePassphrase(kPassphrase, kOtherPassphrase, kPassphrase));
    CHECK(settings.errorField() == QStringLiteral("again"));
    REQUIRE(settings.changePassphrase(kPassphrase, kOtherPassphrase, kOtherPassphrase));
    CHECK_FALSE(settings.doneText().isEmpty());
    app.session.lock();
    CHECK_FALSE(app.session.unlock(kPassphrase));
    CHECK(app.session.unlock(kOtherPassphrase));
}

TEST_CASE("Session locks after the chosen idle time; input restarts the wait", "[app][session][autolock]")
{
    AppFixture app;
    app.session.idleLock().setMinuteMs(300);
    app.session.preferences().setAutolockMinutes(1);
    QSignalSpy idle(&app.session, &Session::lockedAfterIdle);
    QSignalSpy aboutToLock(&app.session, &Session::aboutToLock);

    // Keep "typing" for longer than the idle time: still open.
    QObject target;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 700) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&target, &key);
        QTest::qWait(50);
    }
    CHECK(app.session.state() == Session::Unlocked);

    // Then stop: it locks.
    QTRY_COMPARE_WITH_TIMEOUT(int(app.session.state()), int(Session::Locked), 3000);
    CHECK(idle.count() == 1);
    CHECK(aboutToLock.count() == 1);
    CHECK(app.session.lockedByIdle());

    SECTION("Off never locks")
    {
        REQUIRE(app.session.unlock(kPassphrase));
        CHECK_FALSE(app.session.lockedByIdle());
        app.session.preferences().setAutolockMinutes(0);
        QTest::qWait(700);
        CHECK(app.session.state() == Session::Unlocked);
    }
}

TEST_CASE("Session remembers the colour choice on this device", "[app][session][theme]")
{
    test::TempFolder folder;
    {
        Session session(test::testClock(), folder.file(QStringLiteral("d.waymark")));
        session.preferences().chooseTheme(QStringLiteral("dark"));
        session.preferences().chooseTheme(QStringLiteral("purple")); // not a choice: ignored
        CHECK(session.preferences().theme() == QStringLiteral("dark"));
    }
    Session again(test::testClock(), folder.file(QStringLiteral("d.waymark")));
    CHECK(again.preferences().theme() == QStringLiteral("light"));
    again.preferences().loadThemeChoice();
    CHECK(again.preferences().theme() == QStringLiteral("dark"));
    again.preferences().chooseTheme(QStringLiteral("light"));
}

TEST_CASE("DayController steps over the clocks going forward (Europe/London, 29 March 2026)", "[app][day][dst]")
{
    test::TempFolder folder;
    FixedClock clock(QDateTime(QDate(2026, 3, 30), QTime(0, 30)));
    Session session(clock, folder.file(QStringLiteral("d.waymark")));
    REQUIRE(session.createDiary(kPassphrase, kPassphrase));
    DayController day;
    CHECK(day.date() == QStringLiteral("2026-03-30"));
    day.previousDay();
    CHECK(day.date() == QStringLiteral("2026-03-29"));
    REQUIRE(day.setSleepHours(5.5)); // the short night
    day.previousDay();
    CHECK(day.date() == QStringLiteral("2026-03-28"));
    CHECK(day.relativeLabel() == QStringLiteral("2 days ago"));
    day.nextDay();
    CHECK(day.sleepHours() == 5.5);
    day.nextDay();
    CHECK(day.isToday());
}

// ---------------------------------------------------------------- change stream, undo, today

TEST_CASE("Took my usual dose logs every dose of the last day: two a day, two medicines", "[app][day][usual]")
{
    AppFixture app;
    Diary &d = app.diary();
    const qint64 sertraline = app.addSertraline();
    const qint64 diazepam = d.addDrug(QStringLiteral("Diazepam")).id;
    Formulation liquid;
    liquid.drugId = sertraline;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 20;
    const qint64 liquidId = d.addFormulation(liquid).id;
    const QDate yesterday(2026, 3, 14);
    d.logDose({ yesterday, QTime(8, 0), sertraline, 37500, liquidId, {}, false });
    d.logDose({ yesterday, QTime(20, 0), sertraline, 12500, {}, {}, false });
    d.logDose({ yesterday, QTime(7, 30), diazepam, 2000, {}, {}, false });
    d.logDose({ yesterday, QTime(22, 0), diazepam, 1000, {}, {}, false });

    DayController day; // today, 2026-03-15
    REQUIRE(day.usualDoses().size() == 2);
    REQUIRE(day.logUsualDose(sertraline));
    QList<DoseEvent> today = d.doses(test::testClock().today());
    REQUIRE(today.size() == 2); // both of the day's doses, not only the first
    CHECK(today[0].time == QTime(8, 0));
    CHECK(today[0].micrograms == 37500);
    CHECK(today[0].formulationId == liquidId);
    CHECK(today[1].time == QTime(20, 0));
    CHECK(today[1].micrograms == 12500);
    CHECK(day.doses()->rowCount() == 2);

    REQUIRE(day.logUsualDose(diazepam));
    today = d.doses(test::testClock().today());
    REQUIRE(today.size() == 4);
    qint64 diazepamUg = 0;
    for (const DoseEvent &e : today)
        diazepamUg += e.drugId == diazepam ? e.micrograms : 0;
    CHECK(diazepamUg == 3000);
    for (const QVariant &usual : day.usualDoses())
        CHECK(usual.toMap().value(QStringLiteral("logged")).toBool());

    // One tap, one undo step: both doses of the medicine go.
    UndoController undo;
    REQUIRE(undo.canUndo());
    CHECK(undo.undoText() == QStringLiteral("2 doses logged"));
    REQUIRE(undo.undo());
    CHECK(d.doses(test::testClock().today()).size() == 2);
    CHECK(day.doses()->rowCount() == 2);
}

TEST_CASE("A rolled-back batch leaves no trace in any model; a committed one updates them once", "[app][changes]")
{
    AppFixture app;
    Diary &d = app.diary();
    const qint64 sertraline = app.addSertraline();
    const QDate today = test::testClock().today();
    d.logDose({ today, QTime(8, 0), sertraline, 50000, {}, {}, false });

    DayController day;
    HistoryModel history;
    DrugListModel drugs;
    SymptomListModel symptoms;
    REQUIRE(day.doses()->rowCount() == 1);
    REQUIRE(history.rowCount() == 1);
    REQUIRE(drugs.rowCount() == 1);
    const int symptomRows = symptoms.rowCount();

    QSignalSpy dayLoaded(&day, &DayController::dayLoaded);
    QSignalSpy doseRows(day.doses(), &QAbstractItemModel::rowsInserted);
    QSignalSpy historyRows(&history, &QAbstractItemModel::rowsInserted);
    QSignalSpy historyData(&history, &QAbstractItemModel::dataChanged);
    QSignalSpy drugRows(&drugs, &QAbstractItemModel::rowsInserted);
    QSignalSpy symptomRowsIn(&symptoms, &QAbstractItemModel::rowsInserted);
    QSignalSpy sessionChanges(&app.session, &Session::changed);

    CHECK_THROWS_AS(d.batch([&] {
        d.logDose({ today, QTime(20, 0), sertraline, 25000, {}, {}, false });
        d.logDose({ today.addDays(-3), QTime(8, 0), sertraline, 50000, {}, {}, false });
        d.addDrug(QStringLiteral("Diazepam"));
        d.addSymptom(QStringLiteral("Ear ringing at night"), QString());
        d.setWellbeing(today, 3);
        throw Error(ErrorCode::Io, QStringLiteral("disk full")); // e.g. the write failed half-way
    }),
        Error);
    CHECK(dayLoaded.isEmpty());
    CHECK(doseRows.isEmpty());
    CHECK(historyRows.isEmpty());
    CHECK(historyData.isEmpty());
    CHECK(drugRows.isEmpty());
    CHECK(symptomRowsIn.isEmpty());
    CHECK(sessionChanges.isEmpty());
    CHECK(day.doses()->rowCount() == 1);
    CHECK(day.wellbeing() == -1);
    CHECK(history.rowCount() == 1);
    CHECK(drugs.rowCount() == 1);
    CHECK(symptoms.rowCount() == symptomRows);

    d.batch([&] {
        d.logDose({ today, QTime(20, 0), sertraline, 25000, {}, {}, false });
        d.logDose({ today.addDays(-3), QTime(8, 0), sertraline, 50000, {}, {}, false });
        d.setWellbeing(today, 3);
    });
    CHECK(sessionChanges.size() == 1);
    CHECK(dayLoaded.size() == 1); // reloaded once for the three writes
    CHECK(day.doses()->rowCount() == 2);
    CHECK(day.wellbeing() == 3);
    CHECK(history.rowCount() == 2);
    CHECK(historyRows.size() == 1); // the new day, inserted in place
}

TEST_CASE("Undo brings back a removed dose, redo removes it; undo survives pages but not a lock", "[app][undo]")
{
    AppFixture app;
    const qint64 sertraline = app.addSertraline();
    DayController day;
    UndoController undo;
    QSignalSpy pushed(&undo, &UndoController::pushed);
    CHECK_FALSE(undo.canUndo());
    REQUIRE(day.addDose(sertraline, QStringLiteral("37.5"), QStringLiteral("08:15"), QStringLiteral("after breakfast"))
        == QStringLiteral("ok"));
    REQUIRE(pushed.size() == 1);
    CHECK(pushed.first().first().toString() == QStringLiteral("Dose logged"));
    const DoseEvent logged = app.diary().doses(test::testClock().today()).first();

    REQUIRE(day.deleteDose(logged.id));
    CHECK(day.doses()->rowCount() == 0);
    CHECK(undo.undoText() == QStringLiteral("Dose removed"));
    REQUIRE(undo.undo());
    REQUIRE(day.doses()->rowCount() == 1);
    const DoseEvent back = app.diary().doses(test::testClock().today()).first();
    CHECK(back.id == logged.id);
    CHECK(back.time == QTime(8, 15));
    CHECK(back.micrograms == 37500);
    CHECK(back.note == QStringLiteral("after breakfast"));
    CHECK(day.doses()->data(day.doses()->index(0), DoseListModel::TimeTextRole).toString() == QStringLiteral("08:15"));
    REQUIRE(undo.redo());
    CHECK(day.doses()->rowCount() == 0);
    REQUIRE(undo.undo());

    // Another page's controller, another day shown: the same stack.
    day.previousDay();
    DayController other;
    REQUIRE(other.setWellbeing(4));
    CHECK(undo.undoText() == QStringLiteral("Wellbeing changed"));
    REQUIRE(undo.undo());
    CHECK(other.wellbeing() == -1);
    CHECK(undo.canUndo()); // the dose steps are still there

    app.session.lock();
    CHECK_FALSE(undo.canUndo());
    CHECK_FALSE(undo.canRedo());
    CHECK_FALSE(undo.undo());
    REQUIRE(app.session.unlock(kPassphrase));
    CHECK_FALSE(undo.canUndo());
    CHECK(app.diary().doses(test::testClock().today()).size() == 1); // the undone removal stays undone
}

TEST_CASE("Undo of ratings, wellbeing, sleep and note through the day controller", "[app][undo]")
{
    AppFixture app;
    DayController day;
    UndoController undo;
    REQUIRE(day.setRating(QStringLiteral("brain_zaps"), 3));
    REQUIRE(day.setRating(QStringLiteral("brain_zaps"), -1)); // cleared
    CHECK(undo.undoText() == QStringLiteral("Rating cleared"));
    REQUIRE(day.setSleepHours(7.25));
    REQUIRE(day.saveNote(QStringLiteral("Long walk.")));
    REQUIRE(undo.undo());
    CHECK(day.note().isEmpty());
    REQUIRE(undo.undo());
    CHECK(day.sleepHours() == -1.0);
    REQUIRE(undo.undo());
    CHECK(app.diary().ratings(test::testClock().today()).value(QStringLiteral("brain_zaps"), -1) == 3);
    REQUIRE(undo.undo());
    CHECK(app.diary().ratings(test::testClock().today()).isEmpty());
    CHECK_FALSE(undo.canUndo());
}

TEST_CASE("A failed undo says so and empties the stack", "[app][undo]")
{
    AppFixture app;
    const qint64 sertraline = app.addSertraline();
    DayController day;
    UndoController undo;
    REQUIRE(day.addDose(sertraline, QStringLiteral("50"), QString(), QString()) == QStringLiteral("ok"));
    app.diary().deleteDose(app.diary().doses(test::testClock().today()).first().id); // e.g. by the CLI
    CHECK_FALSE(undo.undo());
    CHECK(undo.errorText().startsWith(QStringLiteral("This can no longer be undone")));
    CHECK_FALSE(undo.canUndo());
}

TEST_CASE("Today follows the date at midnight unless another day is shown", "[app][day][today]")
{
    test::TempFolder folder;
    FixedClock clock(QDateTime(QDate(2026, 3, 15), QTime(23, 58)));
    Session session(clock, folder.file(QStringLiteral("d.waymark")));
    REQUIRE(session.createDiary(kPassphrase, kPassphrase));
    const qint64 sertraline = session.diary()->addDrug(QStringLiteral("Sertraline")).id;
    DayController today;
    DayController looking;
    looking.setDate(QStringLiteral("2026-03-10"));
    QSignalSpy sessionToday(&session, &Session::todayChanged);
    QSignalSpy lookingDate(&looking, &DayController::dateChanged);

    session.dateWatcher().check(); // nothing moved yet
    CHECK(sessionToday.isEmpty());

    clock.set(QDateTime(QDate(2026, 3, 16), QTime(0, 1))); // past midnight (or back from sleep)
    session.dateWatcher().check();
    CHECK(sessionToday.size() == 1);
    CHECK(session.today() == QStringLiteral("2026-03-16"));
    CHECK(today.date() == QStringLiteral("2026-03-16"));
    CHECK(today.isToday());
    CHECK(looking.date() == QStringLiteral("2026-03-10")); // the person's choice stays
    CHECK(lookingDate.size() == 1); // but its labels were told ("6 days ago")
    CHECK(looking.relativeLabel() == QStringLiteral("6 days ago"));

    // A dose logged now goes to the new day.
    REQUIRE(today.addDose(sertraline, QStringLiteral("50"), QString(), QString()) == QStringLiteral("ok"));
    CHECK(session.diary()->doses(QDate(2026, 3, 16)).size() == 1);
    CHECK(session.diary()->doses(QDate(2026, 3, 15)).isEmpty());

    // The regular check finds it too, without being asked.
    session.dateWatcher().setIntervalMs(10);
    clock.set(QDateTime(QDate(2026, 3, 17), QTime(0, 0)));
    CHECK(QTest::qWaitFor([&] { return today.date() == QStringLiteral("2026-03-17"); }, 2000));
}

TEST_CASE("The chart rebuilds only while shown, and only for changes that touch it", "[app][chart][changes]")
{
    AppFixture app;
    Diary &d = app.diary();
    const qint64 sertraline = app.addSertraline();
    const QDate today = test::testClock().today();
    d.logDose({ today.addDays(-1), QTime(8, 0), sertraline, 50000, {}, {}, false });
    ChartController chart;
    CHECK(chart.isStale()); // built after the current event, once it is known to be shown
    QCoreApplication::processEvents();
    REQUIRE_FALSE(chart.isEmpty());
    const int start = chart.revision();

    // Created hidden (a page the shell creates at unlock): nothing is built until it is shown.
    ChartController hidden;
    hidden.setActive(false);
    QCoreApplication::processEvents();
    CHECK(hidden.isEmpty());
    CHECK(hidden.isStale());
    hidden.setActive(true);
    CHECK_FALSE(hidden.isEmpty());

    chart.setActive(false); // another page is shown
    d.logDose({ today, QTime(8, 0), sertraline, 25000, {}, {}, false });
    QCoreApplication::processEvents();
    CHECK(chart.revision() == start);
    CHECK(chart.isStale());
    chart.setActive(true); // back on the Charts page: rebuilt once, with the new dose
    CHECK(chart.revision() == start + 1);
    CHECK_FALSE(chart.isStale());
    CHECK(chart.valuesAt(today.toString(Qt::ISODate)).value(QStringLiteral("doses")).toString()
        == QStringLiteral("Sertraline 25 mg"));

    d.setSetting(QStringLiteral("crisis_number"), QStringLiteral("116 123")); // not on the chart
    QCoreApplication::processEvents();
    CHECK_FALSE(chart.isStale());
    CHECK(chart.revision() == start + 1);

    // Plans, symptoms and ratings do touch it (it was stale after them before).
    planner::Plan p = d.planTemplate(sertraline);
    p.method = planner::Method::Percent;
    p.startDoseMg = 25;
    p.startDate = today;
    p.intervalDays = 28;
    p.stepSize = 10;
    d.savePlan(sertraline, p);
    CHECK(chart.isStale());
    QCoreApplication::processEvents();
    CHECK_FALSE(chart.isStale());
    bool planned = false;
    for (const QVariant &entry : chart.legend())
        planned
            = planned || entry.toMap().value(QStringLiteral("key")).toString().startsWith(QStringLiteral("planned:"));
    CHECK(planned);
    d.setSymptomHidden(QStringLiteral("brain_zaps"), true);
    CHECK(chart.isStale());
    QCoreApplication::processEvents();
    d.setRating(today, QStringLiteral("insomnia"), 2);
    CHECK(chart.isStale());
}

TEST_CASE("FieldError: guardedChange says which field was wrong and clears it on success", "[app][error]")
{
    AppFixture app;
    FieldError error;
    QSignalSpy changed(&error, &FieldError::changed);
    CHECK_FALSE(waymark::app::guardedChange(app.session.diary(), &error,
        [](waymark::Diary &) { waymark::throwInvalid(QStringLiteral("sleep"), QStringLiteral("use 0 to 24 hours")); }));
    CHECK(error.field() == QStringLiteral("sleep"));
    CHECK(error.text() == QStringLiteral("Use 0 to 24 hours.")); // the field's name is not repeated beside it
    CHECK(error.textFor({ QStringLiteral("sleep") }) == error.text());
    CHECK(error.textFor({ QStringLiteral("note") }).isEmpty());
    CHECK(error.textFor({}).isEmpty()); // about a field: not shown where general messages go
    CHECK(changed.size() == 1);

    CHECK(waymark::app::guardedChange(app.session.diary(), &error, [](waymark::Diary &) {}));
    CHECK(error.isEmpty());
    CHECK(error.field().isEmpty());
    CHECK(changed.size() == 2);

    CHECK_FALSE(waymark::app::guardedChange<waymark::Diary>(nullptr, &error, [](waymark::Diary &) {}));
    CHECK(error.text() == QStringLiteral("The diary is locked."));
    CHECK(error.textFor({}) == error.text()); // about no field
    error.clear();
    CHECK(error.isEmpty());

    // a controller's error is one of these, filled the same way
    DayController day;
    CHECK_FALSE(day.setSleepText(QStringLiteral("25")));
    CHECK(day.error()->field() == QStringLiteral("sleep"));
}
