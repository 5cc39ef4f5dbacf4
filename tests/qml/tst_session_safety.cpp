// SPDX-License-Identifier: GPL-3.0-or-later
// The lock and the preferences as issue 9 found them: auto-lock on the wall clock, lock when
// hidden, nothing of the diary left open or shown after a lock, no error escaping into QML, a
// private folder for a new diary.
#include "appfixture.h"
#include "database.h"
#include "daycontroller.h"
#include "doselistmodel.h"
#include "druglistmodel.h"
#include "formulationmodel.h"
#include "historymodel.h"
#include "symptomlistmodel.h"
#include "symptomratingmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QSignalSpy>

#include <sys/stat.h>

using namespace waymark;
using namespace waymark::test;

namespace {

/** Paths of this process's open files (/proc/self/fd). */
QStringList openFiles()
{
    QStringList files;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        files << QFileInfo(fds.filePath(fd)).symLinkTarget();
    return files;
}

int filesUnder(const QString &folder)
{
    int n = 0;
    for (const QString &file : openFiles())
        n += file.startsWith(folder + QLatin1Char('/')) ? 1 : 0;
    return n;
}

/** A session on its own clock, so the test can move time on. */
struct ClockFixture
{
    TempFolder folder;
    FixedClock clock { QDateTime(QDate(2026, 3, 15), QTime(21, 0)) };
    Session session { clock, folder.file(QStringLiteral("diary.waymark")) };
    ClockFixture() { REQUIRE(session.createDiary(kPassphrase, kPassphrase)); }
};

} // namespace

TEST_CASE("auto-lock counts wall-clock time: a laptop that slept an hour locks as it wakes", "[app][lock]")
{
    ClockFixture f;
    QSignalSpy idle(&f.session, &Session::lockedAfterIdle);
    REQUIRE(f.session.preferences().autolockMinutes() == 5);

    SECTION("four minutes later it is still open")
    {
        f.clock.set(f.clock.now().addSecs(4 * 60));
        f.session.idleLock().applicationStateChanged(Qt::ApplicationActive);
        CHECK(f.session.state() == Session::Unlocked);
    }
    SECTION("an hour later, on wake (the app becomes active): locked")
    {
        // The monotonic timer did not move (the machine slept); the wall clock did.
        f.clock.set(f.clock.now().addSecs(60 * 60));
        f.session.idleLock().applicationStateChanged(Qt::ApplicationActive);
        CHECK(f.session.state() == Session::Locked);
        CHECK(f.session.lockedByIdle());
        CHECK(idle.count() == 1);
    }
    SECTION("an hour later, the first key pressed on wake locks instead of counting as use")
    {
        f.clock.set(f.clock.now().addSecs(60 * 60));
        QObject target;
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&target, &key);
        CHECK(f.session.state() == Session::Locked);
    }
    SECTION("an hour later, the regular check locks")
    {
        f.clock.set(f.clock.now().addSecs(60 * 60));
        f.session.idleLock().check();
        CHECK(f.session.state() == Session::Locked);
    }
    SECTION("\"never\" never locks")
    {
        f.session.preferences().setAutolockMinutes(0);
        f.clock.set(f.clock.now().addSecs(24 * 60 * 60));
        f.session.idleLock().applicationStateChanged(Qt::ApplicationActive);
        f.session.idleLock().check();
        CHECK(f.session.state() == Session::Unlocked);
    }
}

TEST_CASE("the diary locks when the app is hidden, if the person chose so", "[app][lock]")
{
    ClockFixture f;
    CHECK_FALSE(f.session.preferences().lockWhenHidden()); // off unless chosen

    SECTION("not chosen: hiding keeps it open")
    {
        f.session.idleLock().applicationStateChanged(Qt::ApplicationHidden);
        CHECK(f.session.state() == Session::Unlocked);
    }
    SECTION("chosen: hidden or suspended locks, and the choice is kept in the diary")
    {
        f.session.preferences().setLockWhenHidden(true);
        CHECK(f.session.preferences().lockWhenHidden());
        f.session.idleLock().applicationStateChanged(Qt::ApplicationSuspended);
        CHECK(f.session.state() == Session::Locked);
        CHECK(f.session.lockedWhenHidden());
        CHECK_FALSE(f.session.lockedByIdle());
        REQUIRE(f.session.unlock(kPassphrase));
        CHECK(f.session.preferences().lockWhenHidden());
        f.session.idleLock().applicationStateChanged(Qt::ApplicationHidden);
        CHECK(f.session.state() == Session::Locked);
    }
    SECTION("chosen: inactive with no window on screen (all minimised) locks")
    {
        f.session.preferences().setLockWhenHidden(true);
        f.session.idleLock().applicationStateChanged(Qt::ApplicationActive);
        CHECK(f.session.state() == Session::Unlocked);
        f.session.idleLock().applicationStateChanged(Qt::ApplicationInactive); // no window showing
        CHECK(f.session.state() == Session::Locked);
    }
}

TEST_CASE("after a lock no file of the diary is open and every model is empty", "[app][lock]")
{
    AppFixture app;
    const qint64 drug = app.addSertraline();
    app.diary().logDose({ QDate(2026, 3, 15), QTime(8, 0), drug, 50000, {}, QStringLiteral("note"), false });
    app.diary().setRating(QDate(2026, 3, 15), QStringLiteral("dizziness"), 2);

    HistoryModel history;
    DrugListModel drugs;
    SymptomListModel symptoms;
    FormulationModel forms;
    forms.setDrugId(drug);
    DayController day;
    REQUIRE(history.rowCount() == 1);
    REQUIRE(drugs.rowCount() == 1);
    REQUIRE(symptoms.rowCount() > 0);
    REQUIRE(forms.rowCount() > 0);
    REQUIRE(day.doses()->rowCount() == 1);
    const QString folder = QFileInfo(app.session.path()).absolutePath();
    REQUIRE(filesUnder(folder) >= 1);

    app.session.lock();
    CHECK(filesUnder(folder) == 0);
    CHECK(history.rowCount() == 0);
    CHECK(drugs.rowCount() == 0);
    CHECK(symptoms.rowCount() == 0);
    CHECK(forms.rowCount() == 0);
    CHECK(day.doses()->rowCount() == 0);
    CHECK(day.symptoms()->rowCount() == 0);
    CHECK(day.note().isEmpty());
    CHECK(app.session.preferences().crisisNumber().isEmpty());
}

TEST_CASE("preferences change only once saved; a failure is a message, never an exception", "[app][prefs]")
{
    AppFixture app;
    app.session.preferences().setCrisisNumber(QStringLiteral("116 123"));
    // waymark-cli (another connection) holds the diary for longer than the busy wait.
    const QByteArray key = kPassphrase.toUtf8();
    Database cli(app.session.path(), key, Database::Mode::OpenExisting);
    cli.exec("BEGIN IMMEDIATE");
    QSignalSpy minutesSpy(&app.session.preferences(), &Preferences::autolockMinutesChanged);

    CHECK_NOTHROW(app.session.preferences().setAutolockMinutes(15));
    CHECK(app.session.preferences().autolockMinutes() == 5);
    CHECK(app.session.preferences().errorField() == QStringLiteral("autolock"));
    CHECK(app.session.preferences().errorText().contains(QStringLiteral("the diary is busy")));
    CHECK(minutesSpy.count() >= 1); // the control is told to show 5 again
    CHECK(app.session.idleLock().minutes() == 5);

    CHECK_NOTHROW(app.session.preferences().setCrisisNumber(QStringLiteral("999")));
    CHECK(app.session.preferences().crisisNumber() == QStringLiteral("116 123"));
    CHECK(app.session.preferences().errorField() == QStringLiteral("crisisNumber"));

    CHECK_NOTHROW(app.session.preferences().setLockWhenHidden(true));
    CHECK_FALSE(app.session.preferences().lockWhenHidden());

    cli.exec("ROLLBACK");
    app.session.preferences().setAutolockMinutes(15);
    CHECK(app.session.preferences().autolockMinutes() == 15);
    CHECK(app.session.idleLock().minutes() == 15);
    CHECK(app.session.preferences().errorText().isEmpty());
}

TEST_CASE("the history model shows why it cannot read, and throws nothing into QML", "[app][prefs]")
{
    AppFixture app;
    const qint64 drug = app.addSertraline();
    app.diary().logDose({ QDate(2026, 3, 15), QTime(8, 0), drug, 50000, {}, {}, false });
    const QByteArray key = kPassphrase.toUtf8();
    Database cli(app.session.path(), key, Database::Mode::OpenExisting);
    cli.exec("BEGIN EXCLUSIVE"); // not even readers get in
    std::unique_ptr<HistoryModel> history;
    CHECK_NOTHROW(history = std::make_unique<HistoryModel>());
    CHECK(history->rowCount() == 0);
    CHECK(history->errorText().contains(QStringLiteral("the diary is busy")));
    cli.exec("ROLLBACK");
    app.diary().setNote(QDate(2026, 3, 14), QStringLiteral("x")); // any change: the model reads again
    CHECK(history->rowCount() == 2); // read again in full, not only the changed day
    CHECK(history->errorText().isEmpty());
}

TEST_CASE("the app makes the folder of a new diary readable by its owner only", "[app][lock]")
{
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("data/Waymark/diary.waymark"));
    Session session(testClock(), path);
    REQUIRE(session.createDiary(kPassphrase, kPassphrase));
    for (const QString &dir : { folder.file(QStringLiteral("data")), folder.file(QStringLiteral("data/Waymark")) }) {
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(dir).constData(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0700);
    }
}
