// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli export, import, backup and restore, run as a person would (real executable).
#include "clirunner.h"
#include "tables.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace waymark::test;

namespace {

QStringList on(const QString &diary, QStringList args)
{
    return args << QStringLiteral("--diary") << diary;
}

void demo(const QString &path)
{
    const CliResult r = runCli(on(path, { QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("60") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("cli export json, import into a new diary, export again: the same file", "[cli][exchange]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("mine.wmk"));
    demo(diary);
    const QString first = tmp.file(QStringLiteral("first.json"));
    CliResult r = runCli(on(diary,
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
            first }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QLatin1String("NOT encrypted")));
    CHECK(r.out.contains(QLatin1String("Exported the diary as JSON")));

    const QString copy = tmp.file(QStringLiteral("copy.wmk"));
    r = runCli(on(copy, { QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), first }),
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString second = tmp.file(QStringLiteral("second.json"));
    r = runCli(on(copy,
                   { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--out"), second }),
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    REQUIRE(r.exitCode == 0);
    CHECK(readBytes(first) == readBytes(second));

    // An existing file is never replaced without --replace, and the diary itself never.
    r = runCli(on(diary,
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
            first }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("--replace")));
    r = runCli(on(diary,
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), diary,
            QStringLiteral("--replace") }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("the diary itself")));
    r = runCli(on(copy, { QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"), first }));
    CHECK(r.exitCode == 1); // copy.wmk exists: an import makes a new diary only
    r = runCli(on(tmp.file(QStringLiteral("x.wmk")),
        { QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral(WAYMARK_TEST_DATA_DIR "/import/from-a-newer-version.json") }));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QLatin1String("newer version")));
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("x.wmk"))));
}

TEST_CASE("cli export csv and fhir", "[cli][exchange]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("mine.wmk"));
    demo(diary);
    const QString folder = tmp.file(QStringLiteral("csv"));
    CliResult r = runCli(on(diary,
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
            folder }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // One file per table of the exchange list (tables.cpp) and the README.
    CHECK(QDir(folder).entryList(QDir::Files).size() == waymark::exchange::tables().size() + 1);
    CHECK(QFile::exists(folder + QStringLiteral("/dose_times.csv")));
    CHECK(readBytes(folder + QStringLiteral("/dose_events.csv")).startsWith("id,day,time,drug_id,amount_ug,"));
    const QString fhir = tmp.file(QStringLiteral("b.json"));
    r = runCli(on(diary,
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir"), QStringLiteral("--out"),
            fhir }));
    REQUIRE(r.exitCode == 0);
    const QJsonObject bundle = QJsonDocument::fromJson(readBytes(fhir)).object();
    CHECK(bundle.value(QStringLiteral("type")).toString() == QLatin1String("collection"));
    CHECK(bundle.value(QStringLiteral("entry")).toArray().size() > 100);
    r = runCli(on(diary,
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"),
            tmp.file(QStringLiteral("x")) }));
    CHECK(r.exitCode == 1);
    r = runCli(on(diary,
                   { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--out"), fhir }),
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    CHECK(r.exitCode == 1); // the file exists (checked before the passphrase)
}

TEST_CASE("cli import csv: mapping options, per-row errors and nothing imported, then all rows", "[cli][exchange]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("mine.wmk"));
    initDiary(diary);
    REQUIRE(runCli(on(diary, { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("sertraline") })).exitCode
        == 0);
    const QString file = tmp.file(QStringLiteral("doses.csv"));
    writeBytes(file, "Date;Dose mg;Note\n01/03/2026;50;x\n02/03/2026;\"37,5\";y\n31/02/2026;25;z\n");
    const QStringList mapping { QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), file,
        QStringLiteral("--date-column"), QStringLiteral("date"), QStringLiteral("--date-order"), QStringLiteral("dmy"),
        QStringLiteral("--mg-column"), QStringLiteral("2"), QStringLiteral("--drug"), QStringLiteral("Sertraline") };
    CliResult r = runCli(on(diary, mapping));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("Line 4: the date does not exist")));
    CHECK(r.err.contains(QLatin1String("Nothing is imported")));
    CHECK(showJson(diary, QStringLiteral("2026-03-01")).value(QStringLiteral("doses")).toArray().isEmpty());

    writeBytes(file, "Date;Dose mg;Note\n01/03/2026;50;x\n02/03/2026;\"37,5\";y\n");
    r = runCli(on(diary, mapping + QStringList { QStringLiteral("--dry-run") }));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("2 doses to add")));
    CHECK(showJson(diary, QStringLiteral("2026-03-01")).value(QStringLiteral("doses")).toArray().isEmpty());
    r = runCli(on(diary, mapping));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(showJson(diary, QStringLiteral("2026-03-02")).value(QStringLiteral("doses")).toArray().size() == 1);
    r = runCli(on(diary, mapping));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("Nothing to import")));

    r = runCli(on(diary,
        { QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral(WAYMARK_TEST_DATA_DIR "/import/broken-quote-never-closed.csv"),
            QStringLiteral("--date-column"), QStringLiteral("1"), QStringLiteral("--mg-column"), QStringLiteral("2"),
            QStringLiteral("--drug"), QStringLiteral("sertraline") }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("Line 3")));
    r = runCli(on(diary,
        { QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), file,
            QStringLiteral("--date-column"), QStringLiteral("When") }));
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QLatin1String("no column of that name")));
}

TEST_CASE("cli backup and restore: checked first, the replaced diary kept until confirmed", "[cli][exchange]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("mine.wmk"));
    demo(diary);
    const QString backup = tmp.file(QStringLiteral("backup.wmk"));
    CliResult r = runCli(on(diary, { QStringLiteral("backup"), QStringLiteral("--out"), backup }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject before = showJson(diary);
    REQUIRE(
        runCli(on(diary,
                   { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"),
                       QStringLiteral("2026-03-15"), QStringLiteral("--note"), QStringLiteral("after the backup") }))
            .exitCode
        == 0);
    const QByteArray changed = readBytes(diary);

    // Another passphrase: refused, nothing replaced.
    r = runCli(
        on(diary, { QStringLiteral("restore"), QStringLiteral(WAYMARK_TEST_DATA_DIR "/import/other-passphrase.wmk") }));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QLatin1String("does not open this backup")));
    CHECK(readBytes(diary) == changed);
    r = runCli(on(diary, { QStringLiteral("restore"), tmp.file(QStringLiteral("nothing.wmk")) }));
    CHECK(r.exitCode == 4);
    CHECK(readBytes(diary) == changed);

    r = runCli(on(diary, { QStringLiteral("restore"), backup }));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QLatin1String("before-restore-2026-03-15")));
    CHECK(showJson(diary) == before);
    CHECK(readBytes(diary + QStringLiteral(".before-restore-2026-03-15")) == changed);
    r = runCli(on(diary, { QStringLiteral("restore"), QStringLiteral("--undo") }));
    CHECK(r.exitCode == 0);
    CHECK(readBytes(diary) == changed);
    REQUIRE(runCli(on(diary, { QStringLiteral("restore"), backup })).exitCode == 0);
    r = runCli(on(diary, { QStringLiteral("restore"), QStringLiteral("--confirm") }));
    CHECK(r.exitCode == 0);
    CHECK_FALSE(QFile::exists(diary + QStringLiteral(".before-restore-2026-03-15")));
    CHECK(runCli(on(diary, { QStringLiteral("check") })).exitCode == 0);

    // A fresh place (a new machine, a fresh checkout): the backup becomes the diary.
    const QString fresh = tmp.file(QStringLiteral("fresh.wmk"));
    r = runCli(on(fresh, { QStringLiteral("restore"), backup }));
    CHECK(r.exitCode == 0);
    CHECK(showJson(fresh) == before);
}
