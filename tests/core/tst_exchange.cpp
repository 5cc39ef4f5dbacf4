// SPDX-License-Identifier: GPL-3.0-or-later
// Export, import and backups (src/core/exchange/): the table list covers the live schema, the
// JSON round trip is exact, CSV is RFC 4180, spreadsheet imports are all or nothing (one undo
// step), backups open only with the diary's passphrase and restores replace nothing until checked.
#include "backup.h"
#include "csv.h"
#include "csvexport.h"
#include "database.h"
#include "demogenerator.h"
#include "diary.h"
#include "errors.h"
#include "fhirexport.h"
#include "jsonformat.h"
#include "migrations.h"
#include "rollingbackups.h"
#include "spreadsheetimport.h"
#include "storedplan.h"
#include "tables.h"
#include "testsupport.h"
#include "undostack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;
using namespace waymark::exchange;

namespace {

const QString kDataDir = QStringLiteral(WAYMARK_TEST_DATA_DIR "/import/");

/** A diary with the shapes real ones have: a year of demo doses and ratings, a plan, a switch,
 *  a custom and a hidden symptom, notes with commas, quotes, new lines and accents, a note for
 *  the prescriber, settings of the diary and of the device. */
std::unique_ptr<Diary> richDiary(const QString &path)
{
    auto diary = Diary::create(path, kPassphrase, testClock());
    DemoOptions options;
    options.days = 120;
    options.seed = 1;
    options.withPlan = true;
    generateDemo(*diary, options);
    const Drug alp = diary->addDrug(QStringLiteral("alprazolam"));
    diary->recordSwitch(alp.id, 1.0, QDate(2026, 4, 1), 4, 7, QStringLiteral("S2"), true);
    const Symptom own = diary->addSymptom(QStringLiteral("Jaw clenching, \"bad\""), QStringLiteral("Body"));
    diary->setRating(QDate(2026, 3, 10), own.key, 3);
    diary->setSymptomHidden(QStringLiteral("tinnitus"), true);
    diary->setNote(QDate(2026, 3, 11), QStringLiteral("Slept badly, \"zaps\" again;\nfelt better by noon — café"));
    diary->setNoteForPrescriber(QDate(2026, 3, 11), true);
    NewDose dose;
    dose.date = QDate(2026, 3, 12);
    dose.time = QTime(20, 15);
    dose.drugId = diary->drugByName(QStringLiteral("sertraline"))->id;
    dose.micrograms = 12500;
    dose.note = QStringLiteral("split, \"quarter\"");
    diary->logDose(dose);
    diary->setSetting(QStringLiteral("backup.folder"), QStringLiteral("/media/card"));
    return diary;
}

QSet<QString> liveColumns(const QString &path)
{
    Database db(path, kPassphrase.toUtf8(), Database::Mode::ReadOnly);
    QSet<QString> out;
    Statement tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (tables.step()) {
        const QString table = tables.text(0);
        out << table + QStringLiteral(".*");
        Statement cols = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table).toUtf8().constData());
        while (cols.step())
            out << table + QLatin1Char('.') + cols.text(1);
    }
    return out;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

qint64 doseCount(const Diary &d)
{
    qint64 n = 0;
    d.forEachDose(QDate(1900, 1, 1), QDate(2200, 1, 1), [&](qint64, qint64, qint64) { ++n; });
    return n;
}

} // namespace

TEST_CASE("every table and column of the live schema is in the exchange table list, and only those", "[exchange]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("s.wmk"));
    Diary::create(path, kPassphrase, testClock());
    const QSet<QString> live = liveColumns(path);
    QSet<QString> listed;
    for (const Table &t : tables()) {
        listed << t.name + QStringLiteral(".*");
        for (const Column &c : t.columns)
            listed << t.name + QLatin1Char('.') + c.name;
    }
    // A schema step that adds a table or column must say how it is exported (src/core/exchange/tables.cpp)
    // and document it in docs/FORMAT.md.
    for (const QString &c : live) {
        INFO("not in the exchange table list: " << c.toStdString());
        CHECK(listed.contains(c));
    }
    for (const QString &c : listed) {
        INFO("listed but not in the schema: " << c.toStdString());
        CHECK(live.contains(c));
    }
    CHECK(live.size() == listed.size());
}

TEST_CASE("docs/FORMAT.md documents every table and column of the export", "[exchange]")
{
    const QByteArray doc = readBytes(QStringLiteral(WAYMARK_TEST_DATA_DIR "/../../docs/FORMAT.md"));
    REQUIRE_FALSE(doc.isEmpty());
    for (const Table &t : tables()) {
        INFO(t.name.toStdString());
        CHECK(doc.contains(QStringLiteral("### %1").arg(t.name).toUtf8()));
        for (const Column &c : t.columns) {
            INFO(c.name.toStdString());
            CHECK(doc.contains(QStringLiteral("| `%1` |").arg(c.name).toUtf8()));
        }
    }
}

TEST_CASE("JSON: export, import into a new diary and export again gives the same file", "[exchange][json]")
{
    TempFolder dir;
    auto diary = richDiary(dir.file(QStringLiteral("a.wmk")));
    const QByteArray first = exportJson(*diary);
    const QJsonObject root = QJsonDocument::fromJson(first).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QLatin1String("waymark-diary"));
    CHECK(root.value(QStringLiteral("format_version")).toInt() == kJsonFormatVersion);
    CHECK(root.value(QStringLiteral("schema_version")).toInt() == migrations::latestVersion());
    const QJsonObject t = root.value(QStringLiteral("tables")).toObject();
    CHECK(t.value(QStringLiteral("dose_events")).toArray().size() == doseCount(*diary));
    CHECK(t.value(QStringLiteral("plans")).toArray().size() == 1);
    CHECK(t.value(QStringLiteral("plans")).toArray()[0].toObject().value(QStringLiteral("definition")).isObject());
    CHECK(t.value(QStringLiteral("switches")).toArray().size() == 1);
    CHECK_FALSE(first.contains("/media/card")); // the backup folder belongs to the device
    CHECK(first.contains("crisis_number"));

    const QString copy = dir.file(QStringLiteral("b.wmk"));
    importJsonAsNewDiary(first, copy, kOtherPassphrase, testClock());
    auto imported = Diary::open(copy, kOtherPassphrase, testClock());
    const QByteArray second = exportJson(*imported);
    CHECK(second.size() == first.size());
    CHECK(second == first);
    // What the person sees is there, not just bytes.
    CHECK(imported->day(QDate(2026, 3, 11)).noteForPrescriber);
    CHECK(imported->day(QDate(2026, 3, 12)).doses.size() == diary->day(QDate(2026, 3, 12)).doses.size());
    CHECK(imported->plans().size() == 1);
    CHECK(imported->switches().size() == 1);
    CHECK(imported->symptom(QStringLiteral("tinnitus"))->hidden);
    CHECK(imported->check(true).ok);
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("a.wmk"), QStringLiteral("b.wmk") });

    // An import never replaces a file, and only fills a new diary.
    CHECK_THROWS_AS(importJsonAsNewDiary(first, copy, kPassphrase, testClock()), Error);
    CHECK_THROWS_AS(imported->loadTables({}), Error);
}

TEST_CASE("JSON of an older schema imports: columns added later take their defaults", "[exchange][json]")
{
    TempFolder dir;
    auto diary = richDiary(dir.file(QStringLiteral("a.wmk")));
    QJsonObject root = QJsonDocument::fromJson(exportJson(*diary)).object();
    root.insert(QStringLiteral("schema_version"), 5);
    QJsonObject t = root.value(QStringLiteral("tables")).toObject();
    QJsonArray days;
    for (const QJsonValue &v : t.value(QStringLiteral("days")).toArray()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("note_for_prescriber")); // added by schema 6
        days.append(o);
    }
    t.insert(QStringLiteral("days"), days);
    root.insert(QStringLiteral("tables"), t);
    const QString copy = dir.file(QStringLiteral("b.wmk"));
    importJsonAsNewDiary(QJsonDocument(root).toJson(), copy, kPassphrase, testClock());
    auto imported = Diary::open(copy, kPassphrase, testClock());
    CHECK_FALSE(imported->day(QDate(2026, 3, 11)).noteForPrescriber);
    CHECK(imported->day(QDate(2026, 3, 11)).note == diary->day(QDate(2026, 3, 11)).note);
}

TEST_CASE(
    "the import corpus: each malformed or hostile file gets a clear message and changes nothing", "[exchange][corpus]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("mine.wmk")), kPassphrase, testClock());
    const Drug sertraline = diary->addDrug(QStringLiteral("sertraline"));
    NewDose d;
    d.date = QDate(2026, 3, 1);
    d.drugId = sertraline.id;
    d.micrograms = 50000;
    diary->logDose(d);
    const QByteArray before = exportJson(*diary);
    QSignalSpy changed(diary.get(), &Diary::changed);

    const QStringList files = QDir(kDataDir).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 12);
    int checked = 0;
    for (const QString &name : files) {
        INFO(name.toStdString());
        const QString path = kDataDir + name;
        if (name.endsWith(QLatin1String(".json"))) {
            const QString target = dir.file(QStringLiteral("new-") + name + QStringLiteral(".wmk"));
            try {
                importJsonAsNewDiary(readImportFile(path), target, kPassphrase, testClock());
                FAIL("imported");
            } catch (const Error &e) {
                CHECK((e.code() == ErrorCode::InvalidInput || e.code() == ErrorCode::TooNew));
                CHECK(e.message().contains(QLatin1String("Nothing was created")));
            }
            ++checked;
        } else if (name.endsWith(QLatin1String(".csv"))) {
            SpreadsheetMapping m;
            m.date = 0;
            m.mg = 1;
            m.drugName = QStringLiteral("sertraline");
            try {
                const SpreadsheetPreview p = previewSpreadsheet(*diary, csv::parse(readImportFile(path)), m);
                CHECK_FALSE(p.canImport());
                REQUIRE_FALSE(p.errors.isEmpty());
                const SpreadsheetRowError &first = p.errors.first();
                CHECK((first.line == 0 || first.message.startsWith(QLatin1String("Line "))));
                CHECK_THROWS_AS(importSpreadsheet(p), Error);
            } catch (const Error &e) {
                CHECK(e.code() == ErrorCode::InvalidInput);
                CHECK(e.message().contains(QLatin1String("Line ")));
            }
            ++checked;
        } else if (name.endsWith(QLatin1String(".wmk"))) {
            const QByteArray bytes = readBytes(diary->path());
            try {
                restoreBackup(diary->path(), path, kPassphrase, testClock().today());
                FAIL("restored");
            } catch (const Error &e) {
                CHECK(e.code() == ErrorCode::WrongPassphrase);
                CHECK(e.message().contains(QLatin1String("Nothing was changed")));
            }
            CHECK(readBytes(diary->path()) == bytes);
            ++checked;
        }
    }
    CHECK(checked == files.size() - 1); // all but README.md
    CHECK(changed.isEmpty());
    CHECK(exportJson(*diary) == before);
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("mine.wmk") });
}

TEST_CASE("a 100 MB import is refused before it is read", "[exchange][corpus]")
{
    TempFolder dir;
    const QString big = dir.file(QStringLiteral("big.csv"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray line = "2026-01-01,50\r\n";
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += line;
        for (int i = 0; i < 100; ++i)
            REQUIRE(f.write(chunk) == chunk.size());
    }
    try {
        readImportFile(big);
        FAIL("read");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(QLatin1String("up to 64 MB")));
    }
    CHECK_THROWS_AS(importJsonAsNewDiary(QByteArray(kMaxImportBytes + 1, ' '), dir.file(QStringLiteral("n.wmk")),
                        kPassphrase, testClock()),
        Error);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("n.wmk"))));
}

TEST_CASE("CSV: RFC 4180 records read back field for field", "[exchange][csv]")
{
    const QList<QStringList> records { { QStringLiteral("a"), QString(), QStringLiteral("x,y") },
        { QStringLiteral("say \"hi\""), QStringLiteral("two\r\nlines"), QStringLiteral("café") } };
    QByteArray bytes;
    for (const QStringList &r : records)
        bytes += csv::record(r);
    CHECK(bytes.startsWith("a,,\"x,y\"\r\n\"say \"\"hi\"\"\""));
    const csv::Parsed parsed = csv::parse(bytes);
    CHECK(parsed.records == records);
    CHECK(parsed.lines == QList<int> { 1, 2 });

    CHECK(csv::parse("\xEF\xBB\xBF"
                     "date;mg\n2026-01-01;7,5\n")
              .records
        == QList<QStringList> { { QStringLiteral("date"), QStringLiteral("mg") },
            { QStringLiteral("2026-01-01"), QStringLiteral("7,5") } });
    auto lineOf = [](const QByteArray &b) {
        try {
            csv::parse(b);
        } catch (const Error &e) {
            return e.message().section(QLatin1Char(' '), 1, 1).toInt();
        }
        return 0;
    };
    CHECK(lineOf("a,b\n1,\"open\n2,3\n") == 2);
    CHECK(lineOf("a,b\n1,2\n3,x\"y\n") == 3);
    CHECK(lineOf("a,b\n\"q\"z,1\n") == 2);
    CHECK(lineOf("a\n\xff\xfe\n") == 1);
}

TEST_CASE("CSV export: one file per table with a header, every row, and the columns described", "[exchange][csv]")
{
    TempFolder dir;
    auto diary = richDiary(dir.file(QStringLiteral("a.wmk")));
    const QString out = dir.file(QStringLiteral("csv"));
    const QStringList files = exportCsvFolder(*diary, out);
    CHECK(files.size() == tables().size() + 1);
    const csv::Parsed doses = csv::parse(readBytes(out + QStringLiteral("/dose_events.csv")));
    REQUIRE(doses.records.size() == doseCount(*diary) + 1);
    CHECK(doses.records.first()
        == QStringList { QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("time"), QStringLiteral("drug_id"),
            QStringLiteral("amount_ug"), QStringLiteral("formulation_id"), QStringLiteral("note"),
            QStringLiteral("created_at"), QStringLiteral("drug_name"), QStringLiteral("amount_mg") });
    const QStringList last = doses.records.last();
    CHECK(last[1] == QLatin1String("2026-03-12"));
    CHECK(last[2] == QLatin1String("20:15"));
    CHECK(last[4] == QLatin1String("12500"));
    CHECK(last[6] == QLatin1String("split, \"quarter\""));
    CHECK(last[8].compare(QLatin1String("sertraline"), Qt::CaseInsensitive) == 0);
    CHECK(last[9] == QLatin1String("12.5"));
    const csv::Parsed days = csv::parse(readBytes(out + QStringLiteral("/days.csv")));
    bool found = false;
    for (const QStringList &r : days.records)
        if (r[0] == QLatin1String("2026-03-11")) {
            found = true;
            CHECK(r[3] == diary->day(QDate(2026, 3, 11)).note);
            CHECK(r[4] == QLatin1String("1"));
        }
    CHECK(found);
    const QByteArray settings = readBytes(out + QStringLiteral("/settings.csv"));
    CHECK_FALSE(settings.contains("backup.folder"));
    CHECK(readBytes(out + QStringLiteral("/README.txt")).contains("NOT encrypted"));
    // The same folder again replaces the files atomically (no temporary files left).
    exportCsvFolder(*diary, out);
    CHECK(filesIn(out).size() == files.size());
}

TEST_CASE("spreadsheet import: mapped columns, preview, per-row errors, all or nothing, one undo step",
    "[exchange][spreadsheet]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("a.wmk")), kPassphrase, testClock());
    const Drug sertraline = diary->addDrug(QStringLiteral("Sertraline"));
    diary->addDrug(QStringLiteral("Diazepam"));
    UndoStack stack;
    stack.setDiary(diary.get());
    const QByteArray file = "Day;Time;Medicine;Dose (mg)\n"
                            "2026-03-01;08:00;sertraline;50\n"
                            "2026-03-01;20:00;Sertraline;25\n"
                            "2026-03-02;;diazepam;\"5,5\"\n"
                            "2026-03-03;8am;DIAZEPAM;5\n";
    const csv::Parsed parsed = csv::parse(file);
    SpreadsheetMapping m;
    const SpreadsheetPreview columns = readSpreadsheet(parsed, true);
    CHECK(columns.columns.size() == 4);
    CHECK(columns.sample.size() == 4);
    m.date = findColumn(columns.columns, QStringLiteral("day"));
    m.time = findColumn(columns.columns, QStringLiteral("2"));
    m.drug = findColumn(columns.columns, QStringLiteral("Medicine"));
    m.mg = findColumn(columns.columns, QStringLiteral("dose (MG)"));
    CHECK(m.date == 0);
    CHECK(m.time == 1);
    CHECK(m.mg == 3);
    const SpreadsheetPreview p = previewSpreadsheet(*diary, parsed, m);
    INFO(p.summary().toStdString());
    REQUIRE(p.canImport());
    CHECK(p.doses.size() == 4);
    CHECK(p.doses[2].micrograms == 5500);
    CHECK(p.summary() == QLatin1String("4 doses to add."));

    QSignalSpy changed(diary.get(), &Diary::changed);
    stack.push(importSpreadsheet(p));
    CHECK(changed.size() == 1);
    CHECK(diary->day(QDate(2026, 3, 1)).doses.size() == 2);
    CHECK(diary->day(QDate(2026, 3, 3)).doses.first().time == QTime(8, 0));
    CHECK(stack.undoText() == QLatin1String("Imported 4 entries"));

    // The same file again adds nothing.
    const SpreadsheetPreview again = previewSpreadsheet(*diary, parsed, m);
    CHECK(again.alreadyThere == 4);
    CHECK_FALSE(again.canImport());

    stack.undo();
    CHECK(changed.size() == 2);
    CHECK(doseCount(*diary) == 0);
    stack.redo();
    CHECK(doseCount(*diary) == 4);

    // One bad row stops the whole file; each row says what is wrong without repeating the cell.
    const QByteArray bad = "date,mg\n2026-03-05,10\n2026-02-30,10\n1850-01-01,10\n2027-01-01,10\n2026-03-06,ten\n"
                           "2026-03-07,9999\n05/03/2026,10\n";
    m = {};
    m.date = 0;
    m.mg = 1;
    m.drugName = QStringLiteral("sertraline");
    const SpreadsheetPreview badPreview = previewSpreadsheet(*diary, csv::parse(bad), m);
    REQUIRE(badPreview.errors.size() == 6);
    CHECK(badPreview.errors[0].line == 3);
    CHECK(badPreview.errors[0].message.contains(QLatin1String("does not exist")));
    CHECK(badPreview.errors[1].message.contains(QLatin1String("1900 to 2200")));
    CHECK(badPreview.errors[2].message.contains(QLatin1String("future")));
    CHECK(badPreview.errors[3].message.contains(QLatin1String("not a number")));
    CHECK(badPreview.errors[4].message.contains(QLatin1String("ten times")));
    CHECK(badPreview.errors[5].message.contains(QLatin1String("YYYY-MM-DD")));
    CHECK_FALSE(badPreview.errors[3].message.contains(QLatin1String("ten\"")));
    CHECK_THROWS_AS(importSpreadsheet(badPreview), Error);
    CHECK(doseCount(*diary) == 4);

    m.dateOrder = SpreadsheetMapping::DateOrder::DayMonthYear;
    const SpreadsheetPreview dmy = previewSpreadsheet(*diary, csv::parse("date,mg\n05/03/2026,10\n"), m);
    REQUIRE(dmy.canImport());
    CHECK(dmy.doses.first().date == QDate(2026, 3, 5));
    CHECK(dmy.doses.first().drugId == sertraline.id);
}

TEST_CASE(
    "spreadsheet import of symptom ratings: names or keys, words or numbers, changes undone", "[exchange][spreadsheet]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("a.wmk")), kPassphrase, testClock());
    UndoStack stack;
    stack.setDiary(diary.get());
    diary->setRating(QDate(2026, 3, 2), QStringLiteral("brain_zaps"), 1);
    const QString zaps = diary->symptom(QStringLiteral("brain_zaps"))->name;
    const QByteArray file = "when,what,how bad\n2026-03-01,brain_zaps,2\n"
        + csv::record({ QStringLiteral("2026-03-02"), zaps.toLower(), QStringLiteral("extreme") })
        + "2026-03-02,insomnia,none\n";
    SpreadsheetMapping m;
    m.kind = SpreadsheetMapping::Kind::Symptoms;
    m.date = 0;
    m.symptom = 1;
    m.severity = 2;
    const SpreadsheetPreview p = previewSpreadsheet(*diary, csv::parse(file), m);
    INFO(p.summary().toStdString());
    REQUIRE(p.canImport());
    CHECK(p.ratings.size() == 3);
    CHECK(p.replacing == 1);
    stack.push(importSpreadsheet(p));
    CHECK(diary->ratings(QDate(2026, 3, 2)).value(QStringLiteral("brain_zaps")) == 4);
    CHECK(diary->ratings(QDate(2026, 3, 2)).value(QStringLiteral("insomnia"), -1) == 0);
    stack.undo();
    CHECK(diary->ratings(QDate(2026, 3, 2)) == QMap<QString, int> { { QStringLiteral("brain_zaps"), 1 } });
    CHECK(diary->ratings(QDate(2026, 3, 1)).isEmpty());

    const SpreadsheetPreview twice = previewSpreadsheet(
        *diary, csv::parse("d,s,v\n2026-03-01,brain_zaps,2\n2026-03-01,brain_zaps,3\n2026-03-01,no_such,9\n"), m);
    REQUIRE(twice.errors.size() == 2);
    CHECK(twice.errors[0].message.contains(QLatin1String("same day as line 2")));
    CHECK(twice.errors[1].message.contains(QLatin1String("not one of your diary's symptoms")));
}

TEST_CASE("backup: an encrypted copy that opens with the diary's passphrase only, and restores", "[exchange][backup]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("mine.wmk"));
    auto diary = richDiary(path);
    const QByteArray json = exportJson(*diary);
    const QString backup = dir.file(QStringLiteral("b.wmk"));
    diary->backupTo(backup);
    CHECK(
        QFileInfo(backup).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK_FALSE(readBytes(backup).startsWith("SQLite format 3"));
    CHECK_FALSE(readBytes(backup).contains("zaps")); // the notes are not readable in the file
    {
        auto opened = Diary::openReadOnly(backup, kPassphrase, testClock());
        CHECK(exportJson(*opened) == json);
    }
    CHECK_THROWS_AS(Diary::openReadOnly(backup, kOtherPassphrase, testClock()), Error);
    const BackupInfo info = verifyBackup(backup, kPassphrase);
    CHECK(info.schemaVersion == migrations::latestVersion());
    CHECK(info.doses == doseCount(*diary));
    CHECK(info.lastDay == QDate(2026, 3, 15));

    // The diary changes after the backup; restoring brings back the backup's state and keeps the
    // replaced diary until the person confirms.
    diary->setNote(QDate(2026, 3, 15), QStringLiteral("after the backup"));
    const QByteArray changedBytes = readBytes(path);
    diary.reset();
    const QString kept = restoreBackup(path, backup, kPassphrase, QDate(2026, 3, 15));
    CHECK(kept == path + QStringLiteral(".before-restore-2026-03-15"));
    CHECK(readBytes(kept) == changedBytes);
    CHECK(keptDiaries(path) == QStringList { kept });
    {
        auto restored = Diary::open(path, kPassphrase, testClock());
        CHECK(exportJson(*restored) == json);
    }
    revertRestore(path, kept);
    CHECK(readBytes(path) == changedBytes);
    CHECK(keptDiaries(path).isEmpty());
    const QString kept2 = restoreBackup(path, backup, kPassphrase, QDate(2026, 3, 15));
    confirmRestore(kept2);
    CHECK_FALSE(QFile::exists(kept2));

    // Restoring into a place with no diary yet (a new phone, a fresh checkout) just puts it there.
    const QString fresh = dir.file(QStringLiteral("fresh/mine.wmk"));
    QDir().mkpath(QFileInfo(fresh).path());
    CHECK(restoreBackup(fresh, backup, kPassphrase, QDate(2026, 3, 15)).isEmpty());
    CHECK(Diary::open(fresh, kPassphrase, testClock())->check(true).ok);
}

TEST_CASE("restore refuses a damaged or cut-short backup and a wrong passphrase; the diary stays", "[exchange][backup]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("mine.wmk"));
    auto diary = richDiary(path);
    const QString backup = dir.file(QStringLiteral("b.wmk"));
    diary->backupTo(backup);
    diary.reset();
    const QByteArray mine = readBytes(path);
    const QByteArray good = readBytes(backup);

    auto refused = [&](const QByteArray &bytes, const QString &pass, ErrorCode code) {
        writeBytes(backup, bytes);
        try {
            restoreBackup(path, backup, pass, QDate(2026, 3, 15));
            FAIL("restored");
        } catch (const Error &e) {
            CHECK(e.code() == code);
            CHECK(e.message().contains(QLatin1String("Nothing was changed")));
        }
        CHECK(readBytes(path) == mine);
        CHECK(keptDiaries(path).isEmpty());
    };
    refused(good, kOtherPassphrase, ErrorCode::WrongPassphrase);
    refused(good.left(good.size() / 2 + 100), kPassphrase, ErrorCode::Damaged);
    QByteArray flipped = good;
    flipped[flipped.size() - 3000] = char(flipped[flipped.size() - 3000] ^ 0x40); // inside the last page
    refused(flipped, kPassphrase, ErrorCode::Damaged);
    refused(QByteArray(8192, 'x'), kPassphrase, ErrorCode::WrongPassphrase);
    CHECK(filesIn(dir.path()) == (QStringList { QStringLiteral("b.wmk"), QStringLiteral("mine.wmk") }));
}

TEST_CASE("rolling backups: one a day into the chosen folder, the newest N kept", "[exchange][backup]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("mine.wmk")), kPassphrase, testClock());
    const QString folder = dir.file(QStringLiteral("backups"));
    QDir().mkpath(folder);
    CHECK(runRollingBackup(*diary, QDate(2026, 3, 1)).isEmpty()); // off until a folder is chosen
    CHECK_THROWS_AS(setRollingBackups(*diary, folder, 0), Error);
    CHECK_THROWS_AS(setRollingBackups(*diary, dir.file(QStringLiteral("nowhere")), 3), Error);
    setRollingBackups(*diary, folder, 3);
    writeBytes(folder + QStringLiteral("/holiday.jpg"), "not ours");
    for (int i = 1; i <= 5; ++i) {
        const QDate day(2026, 3, i);
        CHECK(runRollingBackup(*diary, day) == folder + QLatin1Char('/') + backupFileName(day));
        CHECK(runRollingBackup(*diary, day).isEmpty()); // once a day
    }
    CHECK(rollingBackupFiles(folder)
        == (QStringList { QStringLiteral("waymark-backup-2026-03-05.wmk"),
            QStringLiteral("waymark-backup-2026-03-04.wmk"), QStringLiteral("waymark-backup-2026-03-03.wmk") }));
    CHECK(QFile::exists(folder + QStringLiteral("/holiday.jpg")));
    CHECK(rollingBackupSettings(*diary).last == QDate(2026, 3, 5));
    CHECK(rollingBackupSettings(*diary).keep == 3);
    CHECK(verifyBackup(folder + QStringLiteral("/waymark-backup-2026-03-05.wmk"), kPassphrase).schemaVersion
        == migrations::latestVersion());
    CHECK(filesIn(folder).size() == 4);
    setRollingBackups(*diary, QString(), 3); // off again
    CHECK(rollingBackupSettings(*diary).folder.isEmpty());
    CHECK(runRollingBackup(*diary, QDate(2026, 3, 9)).isEmpty());
}

TEST_CASE("FHIR: a collection bundle whose references all resolve, with codes and UCUM units", "[exchange][fhir]")
{
    TempFolder dir;
    auto diary = richDiary(dir.file(QStringLiteral("a.wmk")));
    const QByteArray bytes = exportFhir(*diary);
    CHECK(bytes == exportFhir(*diary));
    const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QLatin1String("Bundle"));
    CHECK(bundle.value(QStringLiteral("type")).toString() == QLatin1String("collection"));
    QSet<QString> urls;
    QMap<QString, int> counts;
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &e : entries) {
        urls << e.toObject().value(QStringLiteral("fullUrl")).toString();
        ++counts[e.toObject()
                     .value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("resourceType"))
                     .toString()];
    }
    CHECK(urls.size() == entries.size());
    CHECK(counts.value(QStringLiteral("Patient")) == 1);
    CHECK(counts.value(QStringLiteral("Medication")) == diary->drugs(true).size());
    CHECK(counts.value(QStringLiteral("MedicationAdministration")) == doseCount(*diary));
    CHECK(counts.value(QStringLiteral("MedicationStatement")) >= 3);
    int ratings = 0;
    diary->forEachRating(QDate(1900, 1, 1), QDate(2200, 1, 1), [&](qint64, qint64, int) { ++ratings; });
    int wellbeing = 0;
    int sleep = 0;
    diary->forEachDayRow(QDate(1900, 1, 1), QDate(2200, 1, 1), [&](qint64, int w, double s, bool) {
        wellbeing += w >= 0;
        sleep += !std::isnan(s);
    });
    CHECK(counts.value(QStringLiteral("Observation")) == ratings + wellbeing + sleep);

    // Every reference resolves inside the bundle.
    int references = 0;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("reference"))) {
                ++references;
                CHECK(urls.contains(o.value(QStringLiteral("reference")).toString()));
            }
            for (const QJsonValue &c : o)
                walk(c);
        } else if (v.isArray()) {
            for (const QJsonValue &c : v.toArray())
                walk(c);
        }
    };
    walk(bundle);
    CHECK(references > entries.size());

    // Sertraline is coded with ATC and RxNorm; alprazolam with ATC only (RxNorm not verified).
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QLatin1String("\"code\": \"N06AB06\"")));
    CHECK(text.contains(QLatin1String("\"code\": \"36437\"")));
    CHECK(text.contains(QLatin1String("\"code\": \"N05BA12\"")));
    CHECK(medicationCodes(QStringLiteral("alprazolam"))->rxnorm.isEmpty());
    CHECK(text.contains(QLatin1String("\"system\": \"http://unitsofmeasure.org\"")));
    CHECK(text.contains(QLatin1String("\"effectiveDateTime\": \"2026-03-12T20:15:00Z\""))); // London in winter
    CHECK(text.contains(QLatin1String("\"code\": \"brain_zaps\"")));
}

TEST_CASE("after a passphrase change, backups are made under the new passphrase", "[exchange][backup]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("mine.wmk")), kPassphrase, testClock());
    diary->setNote(QDate(2026, 3, 1), QStringLiteral("before"));
    diary->changePassphrase(kOtherPassphrase);
    const QString backup = dir.file(QStringLiteral("b.wmk"));
    diary->backupTo(backup);
    CHECK_THROWS_AS(verifyBackup(backup, kPassphrase), Error);
    CHECK(verifyBackup(backup, kOtherPassphrase).days == 1);
    // A backup where the file cannot be written leaves nothing behind and says so.
    try {
        diary->backupTo(dir.file(QStringLiteral("no/such/folder/b.wmk")));
        FAIL("written");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::Io);
        CHECK(e.message().contains(QLatin1String("does not exist")));
    }
    CHECK(filesIn(dir.path()) == (QStringList { QStringLiteral("b.wmk"), QStringLiteral("mine.wmk") }));
}
