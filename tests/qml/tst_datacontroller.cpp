// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Your data through its controller, as the page drives it: export, spreadsheet import
// (preview, per-row errors, one undo step), backups, and restore through BackupService.
#include "appfixture.h"
#include "backup.h"
#include "backupservice.h"
#include "datacontroller.h"
#include "errors.h"
#include "jsonformat.h"
#include "rollingbackups.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace waymark;
using waymark::test::kOtherPassphrase;
using waymark::test::kPassphrase;

namespace {

QUrl fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(path);
}

/** Runs the event loop until f() is true (BackupService restores after returning to it). */
template <typename F> bool eventually(F &&f)
{
    for (int i = 0; i < 200 && !f(); ++i)
        QTest::qWait(10);
    return f();
}

} // namespace

TEST_CASE("Your data: an export says it is not encrypted and never writes over the diary", "[app][data]")
{
    AppFixture app;
    BackupService service;
    app.addSertraline();
    DataController data;
    const QString out = app.folder.file(QStringLiteral("mine.json"));
    REQUIRE(data.exportTo(QStringLiteral("json"), fileUrl(out)));
    CHECK(data.doneText().contains(QLatin1String("NOT encrypted")));
    CHECK(waymark::test::readBytes(out) == exchange::exportJson(app.diary()));
    CHECK_FALSE(data.exportTo(QStringLiteral("json"), fileUrl(app.diary().path())));
    CHECK(data.errorText().contains(QLatin1String("your diary itself")));
    REQUIRE(data.exportTo(QStringLiteral("csv"), fileUrl(app.folder.file(QStringLiteral("csv")))));
    CHECK(QFile::exists(app.folder.file(QStringLiteral("csv/dose_events.csv"))));
    REQUIRE(data.exportTo(QStringLiteral("fhir"), fileUrl(app.folder.file(QStringLiteral("b.json")))));
    CHECK(waymark::test::readBytes(app.folder.file(QStringLiteral("b.json"))).contains("\"Bundle\""));
}

TEST_CASE("Your data: a spreadsheet is previewed, refused whole on a bad row, imported as one undo step", "[app][data]")
{
    AppFixture app;
    BackupService service;
    app.addSertraline();
    DataController data;
    const QString file = app.folder.file(QStringLiteral("doses.csv"));
    waymark::test::writeBytes(file,
        "When,Medicine,Dose (mg)\n2026-03-01,sertraline,50\n2026-03-02,sertraline,45\n"
        "2026-03-03,sertraline,fifty\n");
    REQUIRE(data.loadCsv(fileUrl(file)));
    CHECK(data.columns()
        == QStringList { QStringLiteral("When"), QStringLiteral("Medicine"), QStringLiteral("Dose (mg)") });
    CHECK(data.sampleRows().size() == 3);
    CHECK(data.guessedColumn(QStringLiteral("date")) == 0);
    CHECK(data.guessedColumn(QStringLiteral("drug")) == 1);
    CHECK(data.guessedColumn(QStringLiteral("mg")) == 2);
    CHECK(data.guessedColumn(QStringLiteral("time")) == -1);
    data.preview(QStringLiteral("doses"), 0, -1, 1, QString(), 2, -1, -1, QStringLiteral("ymd"), true);
    CHECK_FALSE(data.canImport());
    CHECK(data.previewErrors()
        == QStringList { QStringLiteral("Line 4: the dose is not a number of mg above 0 and up to 10000.") });
    CHECK_FALSE(data.commitImport());
    CHECK(app.diary().doses(QDate(2026, 3, 1), QDate(2026, 3, 3)).isEmpty());

    waymark::test::writeBytes(file, "When,Medicine,Dose (mg)\n2026-03-01,sertraline,50\n2026-03-02,sertraline,45\n");
    REQUIRE(data.loadCsv(fileUrl(file)));
    data.preview(QStringLiteral("doses"), 0, -1, 1, QString(), 2, -1, -1, QStringLiteral("ymd"), true);
    REQUIRE(data.canImport());
    CHECK(data.previewText() == QLatin1String("2 doses to add."));
    QSignalSpy changed(&app.session, &Session::changed);
    REQUIRE(data.commitImport());
    CHECK(changed.size() == 1);
    CHECK(data.doneText() == QLatin1String("Imported: 2 doses to add."));
    CHECK(data.columns().isEmpty()); // the import form closes
    CHECK(app.diary().doses(QDate(2026, 3, 1), QDate(2026, 3, 3)).size() == 2);
    app.session.undoStack().undo();
    CHECK(app.diary().doses(QDate(2026, 3, 1), QDate(2026, 3, 3)).isEmpty());

    CHECK_FALSE(data.loadCsv(fileUrl(QStringLiteral(WAYMARK_TEST_DATA_DIR "/import/not-utf8.csv"))));
    CHECK(data.errorText().contains(QLatin1String("not UTF-8")));
}

TEST_CASE("Your data: automatic backups into the chosen folder, N kept, the date shown", "[app][data]")
{
    AppFixture app;
    BackupService service;
    DataController data;
    CHECK(data.lastBackupText() == QLatin1String("No backup made yet."));
    CHECK(data.backupFolder().isEmpty());
    const QString folder = app.folder.file(QStringLiteral("backups"));
    QDir().mkpath(folder);
    REQUIRE(data.setBackups(fileUrl(folder), 5));
    // The first backup is made at once.
    CHECK(exchange::rollingBackupFiles(folder) == QStringList { QStringLiteral("waymark-backup-2026-03-15.wmk") });
    CHECK(data.backupFolder() == folder);
    CHECK(data.backupKeep() == 5);
    CHECK(data.lastBackupText().contains(QLatin1String("2026")));
    CHECK(data.setKeep(3));
    CHECK(data.backupKeep() == 3);
    REQUIRE(data.backupNow());
    CHECK(data.doneText().contains(QLatin1String("encrypted with your passphrase")));
    // On the next unlock the backup of the day is already there: nothing more.
    app.session.lock();
    REQUIRE(app.session.unlock(kPassphrase));
    CHECK(exchange::rollingBackupFiles(folder).size() == 1);
    CHECK(data.autoBackupError().isEmpty());
    QDir(folder).removeRecursively();
    app.diary().setSetting(QStringLiteral("backup.last"), QStringLiteral("2026-03-14"));
    service.runDue();
    CHECK(data.autoBackupError().contains(QLatin1String("not there any more")));
    CHECK(data.stopBackups());
    CHECK(data.backupFolder().isEmpty());
}

TEST_CASE("Your data: restore checks the backup, replaces the diary, keeps the old one until confirmed", "[app][data]")
{
    AppFixture app;
    BackupService service;
    const qint64 sertraline = app.addSertraline();
    DataController data;
    const QString backup = app.folder.file(QStringLiteral("b.wmk"));
    REQUIRE(data.backupNow(fileUrl(backup)));
    app.diary().logDose({ QDate(2026, 3, 15), QTime(8, 0), sertraline, 50000, {}, {}, false });

    CHECK_FALSE(data.checkBackup(fileUrl(backup), kOtherPassphrase));
    CHECK(data.errorText().contains(QLatin1String("does not open this backup")));
    CHECK_FALSE(data.restore(fileUrl(backup), kPassphrase)); // not checked yet
    REQUIRE(data.checkBackup(fileUrl(backup), kPassphrase));
    CHECK(data.backupSummary().contains(QLatin1String("holds no entries")));
    REQUIRE(data.restore(fileUrl(backup), kPassphrase));
    REQUIRE(eventually([&] { return data.restorePending(); }));
    REQUIRE(app.session.state() == Session::Unlocked);
    CHECK(app.diary().doses(QDate(2026, 3, 15)).isEmpty());
    const QString kept = app.diary().path() + QStringLiteral(".before-restore-2026-03-15");
    CHECK(QFile::exists(kept));
    CHECK(data.restoreText().contains(QLatin1String("kept as")));

    data.putPreviousBack();
    REQUIRE(eventually([&] { return !data.restorePending(); }));
    REQUIRE(app.session.unlock(kPassphrase));
    CHECK(app.diary().doses(QDate(2026, 3, 15)).size() == 1);

    REQUIRE(data.checkBackup(fileUrl(backup), kPassphrase));
    REQUIRE(data.restore(fileUrl(backup), kPassphrase));
    REQUIRE(eventually([&] { return data.restorePending(); }));
    REQUIRE(data.keepRestored());
    CHECK_FALSE(QFile::exists(kept));
    CHECK_FALSE(data.restorePending());
}
