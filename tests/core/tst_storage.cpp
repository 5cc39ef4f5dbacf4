// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted file: creation, keys, refusal of files that are not (or no longer) diaries,
// passphrase change, and crash safety.
#include "database.h"
#include "demogenerator.h"
#include "diary.h"
#include "errors.h"
#include "migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace waymark;
using namespace waymark::test;

namespace {

ErrorCode openError(const QString &path, const QString &passphrase)
{
    try {
        Diary::open(path, passphrase, testClock());
    } catch (const Error &e) {
        return e.code();
    }
    FAIL("the diary opened, but it should not have");
    return ErrorCode::Io;
}

QString makeDemo(const TempFolder &dir, int days = 90)
{
    const QString path = dir.file(QStringLiteral("demo.waymark"));
    auto diary = Diary::create(path, kPassphrase, testClock());
    generateDemo(*diary, { days, 7, {} });
    return path;
}

} // namespace

TEST_CASE("SQLCipher is the SQLite this process uses", "[storage]")
{
    CHECK_FALSE(Database::cipherVersion().isEmpty());
    CHECK_NOTHROW(Database::requireCipher());
}

TEST_CASE("a new diary is one encrypted file, readable only by its owner", "[storage]")
{
    TempFolder dir;
    const QString path = makeDemo(dir);
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left behind

    const QByteArray bytes = readBytes(path);
    CHECK(bytes.size() % Database::kPageSize == 0);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    for (const char *secret : { "Sertraline", "sertraline", "Diazepam", "dizziness", "brain_zaps", "Dizziness",
             "afternoon", "CREATE TABLE", "dose_events" })
        CHECK(bytes.indexOf(secret) < 0);
}

TEST_CASE("creating over an existing file is refused and leaves it alone", "[storage]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("x.waymark"));
    writeBytes(path, "precious");
    REQUIRE_THROWS_AS(Diary::create(path, kPassphrase, testClock()), Error);
    CHECK(readBytes(path) == "precious");
    REQUIRE_THROWS_AS(
        Diary::create(dir.file(QStringLiteral("no/such/folder.waymark")), kPassphrase, testClock()), Error);
}

TEST_CASE("a wrong passphrase is told apart and does not change one byte", "[storage]")
{
    TempFolder dir;
    const QString path = makeDemo(dir, 30);
    const QByteArray before = readBytes(path);
    const QDateTime mtime = QFileInfo(path).lastModified();
    try {
        Diary::open(path, kOtherPassphrase, testClock());
        FAIL("opened with the wrong passphrase");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::WrongPassphrase);
        CHECK(e.message().startsWith(QStringLiteral("That passphrase does not open this diary")));
        CHECK(exitCodeFor(e.code()) == 2);
    }
    CHECK(readBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == mtime);
    // ... and the person can try again.
    auto diary = Diary::open(path, kPassphrase, testClock());
    CHECK(diary->drugs().size() == 2);
}

TEST_CASE("files that are not diaries are refused with their reason", "[storage]")
{
    TempFolder dir;
    const QString empty = dir.file(QStringLiteral("empty"));
    writeBytes(empty, {});
    CHECK(openError(empty, kPassphrase) == ErrorCode::NotADiary);

    const QString plain = dir.file(QStringLiteral("plain.db"));
    QByteArray sqlite("SQLite format 3");
    sqlite.append('\0');
    sqlite.append(QByteArray(4096 - sqlite.size(), '\0'));
    writeBytes(plain, sqlite);
    CHECK(openError(plain, kPassphrase) == ErrorCode::NotADiary);

    const QString text = dir.file(QStringLiteral("notes.txt"));
    writeBytes(text, "just some text\n");
    CHECK(openError(text, kPassphrase) == ErrorCode::Damaged);

    CHECK(openError(dir.file(QStringLiteral("missing")), kPassphrase) == ErrorCode::Io);
}

TEST_CASE("a truncated diary is reported as damaged, never half-read", "[storage]")
{
    TempFolder dir;
    const QString path = makeDemo(dir, 200);
    const QByteArray whole = readBytes(path);
    REQUIRE(whole.size() > 8 * Database::kPageSize);

    SECTION("cut mid-page")
    {
        writeBytes(path, whole.left(whole.size() / 2 + 100));
        CHECK(openError(path, kPassphrase) == ErrorCode::Damaged);
    }
    SECTION("cut on a page boundary")
    {
        const int pages = int(whole.size() / Database::kPageSize);
        writeBytes(path, whole.left((pages / 2) * Database::kPageSize));
        CHECK(openError(path, kPassphrase) == ErrorCode::Damaged);
    }
    SECTION("a flipped byte in the middle")
    {
        QByteArray flipped = whole;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
        writeBytes(path, flipped);
        CHECK(openError(path, kPassphrase) == ErrorCode::Damaged);
    }
}

TEST_CASE("changing the passphrase re-encrypts the whole diary", "[storage]")
{
    TempFolder dir;
    const QString path = makeDemo(dir, 40);
    const QByteArray before = readBytes(path);
    {
        auto diary = Diary::open(path, kPassphrase, testClock());
        diary->changePassphrase(kOtherPassphrase);
        CHECK(diary->drugs().size() == 2); // still usable after the swap
        diary->setNote(QDate(2026, 3, 15), QStringLiteral("after rekey"));
    }
    const QByteArray after = readBytes(path);
    CHECK(after != before);
    CHECK(openError(path, kPassphrase) == ErrorCode::WrongPassphrase);
    auto diary = Diary::open(path, kOtherPassphrase, testClock());
    CHECK(diary->day(QDate(2026, 3, 15)).note == QLatin1String("after rekey"));
    CHECK(diary->check().ok);
    CHECK(diary->history(QDate(2000, 1, 1), QDate(2100, 1, 1)).size() >= 30);
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    // A too-short new passphrase is refused before anything is written.
    const QByteArray stable = readBytes(path);
    REQUIRE_THROWS_AS(diary->changePassphrase(QStringLiteral("short")), Error);
    CHECK(readBytes(path) == stable);
}

TEST_CASE("a crash in the middle of saving leaves the last saved state intact", "[storage]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("crash.waymark"));
    {
        auto diary = Diary::create(path, kPassphrase, testClock());
        diary->addDrug(QStringLiteral("Diazepam"));
    }
    for (int round = 0; round < 3; ++round) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // Write batches of 50 doses, each batch one transaction, until killed.
            try {
                auto diary = Diary::open(path, kPassphrase, testClock());
                const qint64 drugId = diary->drugs().first().id;
                for (int i = 0;; ++i) {
                    diary->batch([&] {
                        for (int j = 0; j < 50; ++j)
                            diary->logDose(
                                { QDate(2026, 1, 1).addDays(i % 300), QTime(8, 0), drugId, 5000, {}, {}, false });
                    });
                }
            } catch (...) { }
            ::_exit(1);
        }
        ::usleep(useconds_t(400000 + round * 150000));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);

        auto diary = Diary::open(path, kPassphrase, testClock());
        CHECK(diary->check(true).ok);
        const int doses = diary->check().doses;
        CHECK(doses % 50 == 0); // whole transactions only
    }
}

TEST_CASE("the diary refuses to open a file from a newer version and leaves it untouched", "[storage]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("future.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    {
        const QByteArray key = kPassphrase.toUtf8();
        Database db(path, key, Database::Mode::OpenExisting);
        db.setUserVersion(migrations::latestVersion() + 1);
    }
    const QByteArray before = readBytes(path);
    try {
        Diary::open(path, kPassphrase, testClock());
        FAIL("opened a diary from the future");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::TooNew);
        CHECK(e.message().contains(QStringLiteral("newer version of Waymark")));
    }
    REQUIRE_THROWS_AS(Diary::openReadOnly(path, kPassphrase, testClock()), Error);
    CHECK(readBytes(path) == before);
}

TEST_CASE("a read-only diary refuses writes", "[storage]")
{
    TempFolder dir;
    const QString path = makeDemo(dir, 10);
    const QByteArray before = readBytes(path);
    auto diary = Diary::openReadOnly(path, kPassphrase, testClock());
    CHECK(diary->check().ok);
    REQUIRE_THROWS_AS(diary->setNote(QDate(2026, 3, 1), QStringLiteral("x")), Error);
    diary.reset();
    CHECK(readBytes(path) == before);
}
