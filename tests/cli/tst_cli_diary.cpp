// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli: whole diaries. init, demo, check, passwd, and files that are not (whole) diaries.
#include "clirunner.h"
#include "database.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace waymark::test;

namespace {

QStringList withDiary(const QString &path, QStringList args)
{
    return args << QStringLiteral("--diary") << path;
}

int fileMode(const QString &path)
{
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

} // namespace

TEST_CASE("cli init: creates a private diary file and never replaces one", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("new.wmk"));
    const CliResult r = runCli(withDiary(diary, { QStringLiteral("init") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFile::exists(diary));
    CHECK(fileMode(diary) == 0600);
    CHECK(QFileInfo(diary).size() > 0);
    CHECK_FALSE(readBytes(diary).startsWith("SQLite format 3"));

    const QByteArray before = readBytes(diary);
    const qint64 mtime = mtimeNs(diary);
    const CliResult again = runCli(
        withDiary(diary, { QStringLiteral("init") }), { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(readBytes(diary) == before);
    CHECK(mtimeNs(diary) == mtime);
    // Still opens with the first passphrase only.
    CHECK(runCli(withDiary(diary, { QStringLiteral("check") })).exitCode == 0);

    // Any existing file is refused, not just diaries.
    const QString text = tmp.file(QStringLiteral("notes.txt"));
    writeBytes(text, "my own notes\n");
    CHECK(runCli(withDiary(text, { QStringLiteral("init") })).exitCode == 1);
    CHECK(readBytes(text) == "my own notes\n");

    // A folder that does not exist is an I/O failure.
    const CliResult noDir
        = runCli(withDiary(tmp.file(QStringLiteral("no/such/dir/d.wmk")), { QStringLiteral("init") }));
    CHECK(noDir.exitCode == 4);
}

TEST_CASE("cli demo: an encrypted file that leaks nothing, checks OK, and refuses a wrong passphrase", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("demo.wmk"));
    const CliResult r = runCli(withDiary(diary,
        { QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("60"), QStringLiteral("--seed"),
            QStringLiteral("3") }));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(fileMode(diary) == 0600);

    const QByteArray bytes = readBytes(diary);
    CHECK(bytes.size() >= 4096);
    CHECK(bytes.size() % 4096 == 0);
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    for (const char *plain : { "Sertraline", "sertraline", "Diazepam", "diazepam", "dizziness", "Dizziness",
             "brain_zaps", "afternoon", "Slept badly", "demo number", "created_at", "CREATE TABLE" }) {
        INFO(plain);
        CHECK_FALSE(bytes.contains(plain));
    }

    // The demo really is full of data (so the checks above were looking at something).
    const QJsonObject today = showJson(diary);
    CHECK(today.value(QStringLiteral("doses")).toArray().size() >= 1);
    CHECK(today.value(QStringLiteral("ratings")).toArray().size() >= 1);

    const CliResult check = runCli(withDiary(diary, { QStringLiteral("check") }));
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("OK")));
    CHECK(check.out.count(QLatin1Char('\n')) == 1);
    CHECK(check.out.contains(QStringLiteral("2 drugs")));

    // The same demo as the app's --demo: with its sertraline taper plan.
    const CliResult plans = runCli(withDiary(diary, { QStringLiteral("plan"), QStringLiteral("show") }));
    CHECK(plans.exitCode == 0);
    CHECK(plans.out.contains(QStringLiteral("Sertraline")));

    // Same seed, same content.
    const QString twin = tmp.file(QStringLiteral("twin.wmk"));
    REQUIRE(runCli(withDiary(twin,
                       { QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("60"),
                           QStringLiteral("--seed"), QStringLiteral("3") }))
                .exitCode
        == 0);
    CHECK(showJson(twin, QStringLiteral("2026-02-01")) == showJson(diary, QStringLiteral("2026-02-01")));

    // A wrong passphrase: exit 2, the documented message, and the file untouched.
    const qint64 mtime = mtimeNs(diary);
    for (const QString &command : { QStringLiteral("check"), QStringLiteral("show"), QStringLiteral("log") }) {
        INFO(command.toStdString());
        QStringList args = { command };
        if (command == QLatin1String("show"))
            args << QStringLiteral("--date") << QStringLiteral("2026-03-15");
        if (command == QLatin1String("log"))
            args << QStringLiteral("day") << QStringLiteral("--date") << QStringLiteral("2026-03-15")
                 << QStringLiteral("--note") << QStringLiteral("x");
        args = withDiary(diary, args);
        const CliResult wrong = runCli(args, { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
        CHECK(wrong.exitCode == 2);
        CHECK(wrong.err.contains(QStringLiteral("That passphrase does not open this diary")));
        CHECK(wrong.out.isEmpty());
    }
    CHECK(readBytes(diary) == bytes);
    CHECK(mtimeNs(diary) == mtime);

    // demo never overwrites.
    const CliResult again = runCli(withDiary(diary, { QStringLiteral("demo") }));
    CHECK(again.exitCode == 1);
    CHECK(readBytes(diary) == bytes);
}

TEST_CASE("cli demo: bad --days and --seed are refused before any file is made", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("demo.wmk"));
    for (const QStringList &extra : QList<QStringList> { { QStringLiteral("--days"), QStringLiteral("0") },
             { QStringLiteral("--days"), QStringLiteral("abc") }, { QStringLiteral("--days"), QStringLiteral("2.5") },
             { QStringLiteral("--days"), QStringLiteral("999999") }, { QStringLiteral("--seed"), QStringLiteral("-1") },
             { QStringLiteral("--seed"), QStringLiteral("4294967296") } }) {
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        const CliResult r = runCli(withDiary(diary, QStringList { QStringLiteral("demo") } + extra));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(extra.first().mid(2) + QLatin1Char(':')));
        CHECK_FALSE(QFile::exists(diary));
    }
}

TEST_CASE("cli passwd: the new passphrase opens the diary, the old one no longer does", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("demo.wmk"));
    REQUIRE(
        runCli(withDiary(diary, { QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("20") })).exitCode
        == 0);
    const QJsonObject before = showJson(diary);
    const QString newPass = QStringLiteral("an entirely new passphrase");

    SECTION("from WAYMARK_NEW_PASSPHRASE")
    {
        const CliResult r = runCli(
            withDiary(diary, { QStringLiteral("passwd") }), { { QStringLiteral("WAYMARK_NEW_PASSPHRASE"), newPass } });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    SECTION("both passphrases from standard input")
    {
        const CliResult r = runCli(withDiary(diary, { QStringLiteral("passwd") }),
            { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } },
            kPassphrase.toUtf8() + "\n" + newPass.toUtf8() + "\n");
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    CHECK(fileMode(diary) == 0600);
    const CliResult old = runCli(withDiary(diary, { QStringLiteral("check") }));
    CHECK(old.exitCode == 2);
    CHECK(old.err.contains(QStringLiteral("That passphrase does not open this diary")));
    const QMap<QString, QString> newEnv = { { QStringLiteral("WAYMARK_PASSPHRASE"), newPass } };
    const CliResult now = runCli(withDiary(diary, { QStringLiteral("check") }), newEnv);
    CHECK(now.exitCode == 0);
    CHECK(now.out.startsWith(QStringLiteral("OK")));
    const CliResult show = runCli(withDiary(diary,
                                      { QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
                                          QStringLiteral("--json") }),
        newEnv);
    REQUIRE(show.exitCode == 0);
    CHECK(QJsonDocument::fromJson(show.out.toUtf8()).object() == before);
}

TEST_CASE("cli passwd: a wrong current or a weak new passphrase changes nothing", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);
    const QByteArray bytes = readBytes(diary);

    const CliResult wrong = runCli(withDiary(diary, { QStringLiteral("passwd") }),
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase },
            { QStringLiteral("WAYMARK_NEW_PASSPHRASE"), QStringLiteral("whatever new one") } });
    CHECK(wrong.exitCode == 2);
    const CliResult weak = runCli(withDiary(diary, { QStringLiteral("passwd") }),
        { { QStringLiteral("WAYMARK_NEW_PASSPHRASE"), QStringLiteral("short") } });
    CHECK(weak.exitCode == 1);
    CHECK(weak.err.contains(QStringLiteral("new passphrase")));
    CHECK_FALSE(weak.err.contains(QStringLiteral("short")));
    CHECK(readBytes(diary) == bytes);
    CHECK(runCli(withDiary(diary, { QStringLiteral("check") })).exitCode == 0);
}

TEST_CASE("cli: files that are not diaries exit 3, a missing file exits 4", "[cli]")
{
    TempFolder tmp;
    QByteArray plainSqlite("SQLite format 3\0", 16);
    plainSqlite.append(QByteArray(4096 - plainSqlite.size(), '\0'));
    const QList<std::pair<QString, QByteArray>> files = {
        { QStringLiteral("empty.wmk"), QByteArray() },
        { QStringLiteral("text.wmk"), QByteArray("Dear diary,\nthis is just a text file.\n") },
        { QStringLiteral("plain.sqlite"), plainSqlite },
    };
    for (const auto &[name, content] : files) {
        const QString path = tmp.file(name);
        writeBytes(path, content);
        for (const QStringList &args : QList<QStringList> { { QStringLiteral("check") },
                 { QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("2026-03-15") },
                 { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
                     QStringLiteral("--wellbeing"), QStringLiteral("5") } }) {
            INFO(name.toStdString() << ": " << args.join(QLatin1Char(' ')).toStdString());
            const CliResult r = runCli(withDiary(path, args));
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 3);
            CHECK(r.err.startsWith(QStringLiteral("waymark-cli: ")));
            CHECK(r.out.isEmpty());
            CHECK(readBytes(path) == content);
        }
    }

    const CliResult missing = runCli(withDiary(tmp.file(QStringLiteral("missing.wmk")), { QStringLiteral("check") }));
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains(QStringLiteral("There is no diary at")));
    CHECK_FALSE(QFile::exists(tmp.file(QStringLiteral("missing.wmk"))));
}

TEST_CASE("cli check: a diary cut to half its size is reported damaged (exit 3)", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("demo.wmk"));
    REQUIRE(
        runCli(withDiary(diary, { QStringLiteral("demo"), QStringLiteral("--days"), QStringLiteral("60") })).exitCode
        == 0);
    const QByteArray whole = readBytes(diary);
    REQUIRE(whole.size() >= 8 * 4096);

    // Half the bytes (not a whole number of pages), and half the pages (a plausible length).
    const qsizetype halfPages = (whole.size() / 4096 / 2) * 4096;
    for (const qsizetype size : { whole.size() / 2 + 100, halfPages }) {
        INFO("truncated to " << size);
        writeBytes(diary, whole.left(size));
        const CliResult r = runCli(withDiary(diary, { QStringLiteral("check") }));
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK((r.err + r.out).contains(QStringLiteral("damaged"), Qt::CaseInsensitive));
        CHECK_FALSE(r.out.startsWith(QStringLiteral("OK")));
    }

    // Restored whole, it checks OK again.
    writeBytes(diary, whole);
    CHECK(runCli(withDiary(diary, { QStringLiteral("check") })).exitCode == 0);
}

TEST_CASE("cli: a diary from a newer Waymark exits 3 and is never modified", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("future.wmk"));
    initDiary(diary);
    {
        // Pretend a later version wrote it: bump the schema version behind the CLI's back.
        waymark::Database db(diary, kPassphrase.toUtf8(), waymark::Database::Mode::OpenExisting);
        db.setUserVersion(db.userVersion() + 5);
    }
    const QByteArray bytes = readBytes(diary);
    const qint64 mtime = mtimeNs(diary);
    for (const QStringList &args : QList<QStringList> { { QStringLiteral("check") },
             { QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("2026-03-15") },
             { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
                 QStringLiteral("--wellbeing"), QStringLiteral("5") },
             { QStringLiteral("passwd") } }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliResult r
            = runCli(withDiary(diary, args), { { QStringLiteral("WAYMARK_NEW_PASSPHRASE"), kOtherPassphrase } });
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("newer version")));
    }
    CHECK(readBytes(diary) == bytes);
    CHECK(mtimeNs(diary) == mtime);
}

TEST_CASE("cli: a folder, a FIFO or a device given as the diary is refused at once (exit 3)", "[cli]")
{
    TempFolder tmp;
    const QString fifo = tmp.file(QStringLiteral("fifo.waymark"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QList<std::pair<QString, QString>> cases { { tmp.path(), QStringLiteral("is a folder") },
        { fifo, QStringLiteral("is a pipe (FIFO)") }, { QStringLiteral("/dev/zero"), QStringLiteral("is a device") } };
    for (const auto &[path, what] : cases) {
        for (const QStringList &verb : { QStringList { QStringLiteral("check") },
                 QStringList { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-15"), QStringLiteral("--note"), QStringLiteral("x") },
                 QStringList { QStringLiteral("passwd") } }) {
            // A FIFO used to block the first read for ever (runCli fails the test after 120 s).
            const CliResult r
                = runCli(withDiary(path, verb), { { QStringLiteral("WAYMARK_NEW_PASSPHRASE"), kOtherPassphrase } });
            INFO(path.toStdString() + " " + verb.join(QLatin1Char(' ')).toStdString() + ": " + r.err.toStdString());
            CHECK(r.exitCode == 3);
            CHECK(r.err.startsWith(QStringLiteral("waymark-cli: ")));
            CHECK(r.err.contains(what + QStringLiteral(", not a diary file")));
        }
    }
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
}
