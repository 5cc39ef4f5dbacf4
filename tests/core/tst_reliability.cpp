// SPDX-License-Identifier: GPL-3.0-or-later
// Defects found by reading the storage code (issue 9): a passphrase change through a symbolic link,
// two programs on one diary, leftovers of a crash, the cipher's temporary storage, a damaged first
// page, durability of the file dance.
#include "atomicfile.h"
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "hardening.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace waymark;
using namespace waymark::test;

namespace {

Error openFailure(const QString &path, const QString &passphrase)
{
    try {
        Diary::open(path, passphrase, testClock());
    } catch (const Error &e) {
        return e;
    }
    FAIL("the diary opened, but it should not have");
    return Error(ErrorCode::Io, {});
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("a passphrase change through a symbolic link re-encrypts the real diary", "[storage][reliability]")
{
    TempFolder dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.file(QStringLiteral("real/diary.waymark"));
    const QString link = dir.file(QStringLiteral("link.waymark"));
    Diary::create(real, kPassphrase, testClock()).reset();
    REQUIRE(QFile::link(real, link));

    {
        auto diary = Diary::open(link, kPassphrase, testClock());
        diary->changePassphrase(kOtherPassphrase);
        diary->setNote(QDate(2026, 3, 15), QStringLiteral("written after the change"));
    }
    // The link is still a link to the same file, and that file holds the new passphrase and the write.
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).symLinkTarget() == QFileInfo(real).absoluteFilePath());
    CHECK(openFailure(real, kPassphrase).code() == ErrorCode::WrongPassphrase);
    auto diary = Diary::open(real, kOtherPassphrase, testClock());
    CHECK(diary->day(QDate(2026, 3, 15)).note == QLatin1String("written after the change"));
    CHECK(filesIn(dir.file(QStringLiteral("real"))) == QStringList { QStringLiteral("diary.waymark") });
}

TEST_CASE("a second program on the diary waits briefly, then says the diary is busy", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("busy.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    auto app = Diary::open(path, kPassphrase, testClock());
    const QByteArray key = kPassphrase.toUtf8();
    Database other(path, key, Database::Mode::OpenExisting);

    SECTION("a writer holding the diary longer than the wait: a clear message, nothing written")
    {
        other.exec("BEGIN IMMEDIATE");
        QElapsedTimer timer;
        timer.start();
        try {
            app->setNote(QDate(2026, 3, 15), QStringLiteral("blocked"));
            FAIL("wrote while another connection held the write lock");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::Io);
            CHECK(e.message().contains(QStringLiteral("the diary is busy")));
        }
        CHECK(timer.elapsed() >= Database::kBusyTimeoutMs - 100); // it waited before giving up
        CHECK(timer.elapsed() < Database::kBusyTimeoutMs + 3000);
        other.exec("ROLLBACK");
        CHECK(app->day(QDate(2026, 3, 15)).note.isEmpty());
        app->setNote(QDate(2026, 3, 15), QStringLiteral("now free"));
        CHECK(app->day(QDate(2026, 3, 15)).note == QLatin1String("now free"));
    }
    SECTION("a writer that finishes within the wait: the second write goes through")
    {
        other.exec("BEGIN IMMEDIATE");
        std::thread release([&] {
            ::usleep(300 * 1000);
            other.exec("COMMIT");
        });
        CHECK_NOTHROW(app->setNote(QDate(2026, 3, 15), QStringLiteral("waited")));
        release.join();
        CHECK(app->day(QDate(2026, 3, 15)).note == QLatin1String("waited"));
    }
}

TEST_CASE("temporary files left by a crash beside the diary are removed on the next open", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    // What a crash during "create" and during a passphrase change leaves behind.
    writeBytes(dir.file(QStringLiteral(".diary.waymark.creating-0badc0de")), QByteArray(4096, 'x'));
    writeBytes(dir.file(QStringLiteral(".diary.waymark.rekey-1234abcd")), QByteArray(8192, 'y'));
    writeBytes(dir.file(QStringLiteral(".diary.waymark.rekey-1234abcd-journal")), QByteArray(512, 'z'));
    // Files that only look alike are not Waymark's to remove.
    writeBytes(dir.file(QStringLiteral(".other.waymark.rekey-1234abcd")), "keep");
    writeBytes(dir.file(QStringLiteral("diary.waymark.rekey-notes.txt")), "keep");

    auto diary = Diary::open(path, kPassphrase, testClock());
    CHECK(filesIn(dir.path())
        == QStringList({ QStringLiteral(".other.waymark.rekey-1234abcd"), QStringLiteral("diary.waymark"),
            QStringLiteral("diary.waymark.rekey-notes.txt") }));
}

TEST_CASE("the journal mode and temporary storage are set explicitly", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    const QByteArray key = kPassphrase.toUtf8();
    Database db(path, key, Database::Mode::OpenExisting);
    Statement journal = db.prepare("PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.text(0) == QLatin1String("delete"));
    Statement temp = db.prepare("PRAGMA temp_store");
    REQUIRE(temp.step());
    CHECK(temp.int64(0) == 2); // MEMORY: temporary tables and indexes never reach an unencrypted file
    Statement sync = db.prepare("PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.int64(0) == 2); // FULL
}

TEST_CASE("a damaged first page does not claim the passphrase is wrong", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("x"));
    QByteArray bytes = readBytes(path);
    SECTION("the salt")
    {
        bytes[3] = char(bytes[3] ^ 0x01);
    }
    SECTION("the first page's content")
    {
        bytes[200] = char(bytes[200] ^ 0x20);
    }
    writeBytes(path, bytes);
    const Error e = openFailure(path, kPassphrase);
    CHECK(e.code() == ErrorCode::WrongPassphrase); // SQLCipher cannot tell the two apart (exit code 2)
    CHECK(e.message().contains(QStringLiteral("wrong passphrase, or the start of the file is damaged")));
}

TEST_CASE("a failed sync is an error, never a diary that may not be on disk", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    SECTION("creating: the file's sync fails")
    {
        AtomicFile::failSyncForTesting(EIO);
        REQUIRE_THROWS_AS(Diary::create(path, kPassphrase, testClock()), Error);
        AtomicFile::failSyncForTesting(0);
        CHECK(filesIn(dir.path()).isEmpty()); // no diary, no temporary
    }
    SECTION("creating: the folder's sync after the link fails")
    {
        AtomicFile tmp(path, AtomicFile::Purpose::Create);
        writeBytes(tmp.tempPath(), QByteArray(4096, 'x'));
        // linkIntoPlace syncs the file (passes), links, then syncs the folder (fails): the link is undone.
        AtomicFile::failSyncForTesting(EIO, 1, 1);
        REQUIRE_THROWS_AS(tmp.linkIntoPlace(), Error);
        AtomicFile::failSyncForTesting(0);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("changing the passphrase: the copy's sync fails, the old diary stays as it was")
    {
        Diary::create(path, kPassphrase, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("kept"));
        const QByteArray before = readBytes(path);
        auto diary = Diary::open(path, kPassphrase, testClock());
        AtomicFile::failSyncForTesting(EIO);
        REQUIRE_THROWS_AS(diary->changePassphrase(kOtherPassphrase), Error);
        AtomicFile::failSyncForTesting(0);
        CHECK(readBytes(path) == before);
        CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("diary.waymark") });
        {
            // The write lock the change held is released: another program writes without waiting.
            Database other(path, kPassphrase.toUtf8(), Database::Mode::OpenExisting);
            sqlite3_busy_timeout(other.handle(), 0);
            CHECK_NOTHROW(other.exec("BEGIN IMMEDIATE; COMMIT"));
        }
        diary->setNote(QDate(2026, 3, 2), QStringLiteral("still usable"));
        diary.reset();
        CHECK(Diary::open(path, kPassphrase, testClock())->day(QDate(2026, 3, 1)).note == QLatin1String("kept"));
    }
}

TEST_CASE("a temporary file in use by a live create or passphrase change is left alone", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    AtomicFile live(path, AtomicFile::Purpose::Rekey); // holds its lock, as a running "passwd" does
    writeBytes(live.tempPath() + QStringLiteral("-journal"), "journal of the live copy");
    CHECK(AtomicFile::removeStale(path) == 0);
    CHECK(QFileInfo::exists(live.tempPath()));
    CHECK(QFileInfo::exists(live.tempPath() + QStringLiteral("-journal")));
}

TEST_CASE("a write after another program changed the passphrase is refused, not lost", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    auto app = Diary::open(path, kPassphrase, testClock());
    Diary::open(path, kPassphrase, testClock())->changePassphrase(kOtherPassphrase); // "waymark-cli passwd"
    try {
        app->setNote(QDate(2026, 3, 15), QStringLiteral("would be lost"));
        FAIL("wrote into the file the passphrase change replaced");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("changed by another program")));
    }
    app.reset();
    CHECK(Diary::open(path, kOtherPassphrase, testClock())->day(QDate(2026, 3, 15)).note.isEmpty());
}

TEST_CASE("a secret taken from the environment is overwritten where it was and unset", "[secrets][reliability]")
{
    REQUIRE(::setenv("WAYMARK_TEST_SECRET", "hunter2-correct-horse", 1) == 0);
    const char *where = std::getenv("WAYMARK_TEST_SECRET");
    REQUIRE(where != nullptr);
    const size_t length = std::strlen(where);
    QByteArray secret = Hardening::takeFromEnvironment("WAYMARK_TEST_SECRET");
    CHECK(secret == "hunter2-correct-horse");
    CHECK_FALSE(qEnvironmentVariableIsSet("WAYMARK_TEST_SECRET"));
    // The environment's own bytes (what /proc/PID/environ shows for a variable set at start) are zero.
    // setenv keeps its string until the process ends, so the bytes can be looked at after unsetenv.
    CHECK(std::count(where, where + length, '\0') == qsizetype(length));
    wipe(secret);
    CHECK(Hardening::takeFromEnvironment("WAYMARK_TEST_SECRET").isNull());
}

TEST_CASE("core dumps are turned off", "[secrets][reliability]")
{
    // In a child, so the test process itself stays debuggable.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const bool ok = Hardening::disableCoreDumps();
        struct rlimit core
        {
        };
        ::getrlimit(RLIMIT_CORE, &core);
        const bool off = ok && core.rlim_cur == 0 && core.rlim_max == 0 && ::prctl(PR_GET_DUMPABLE) == 0;
        ::_exit(off ? 0 : 1);
    }
    int status = -1;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a FIFO, a device or a folder given as the diary is refused at once", "[storage][reliability]")
{
    TempFolder dir;
    const QString fifo = dir.file(QStringLiteral("fifo.waymark"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.waymark")));
    const QString folder = dir.file(QStringLiteral("folder.waymark"));
    const QList<std::pair<QString, QString>> cases {
        { fifo, QStringLiteral("is a pipe (FIFO), not a diary file") },
        { QStringLiteral("/dev/zero"), QStringLiteral("is a device, not a diary file") },
        { folder, QStringLiteral("is a folder, not a diary file") },
    };
    QElapsedTimer clock;
    clock.start();
    for (const auto &[path, what] : cases) {
        for (const bool readOnly : { false, true }) {
            try {
                if (readOnly)
                    Diary::openReadOnly(path, kPassphrase, testClock());
                else
                    Diary::open(path, kPassphrase, testClock());
                FAIL("it opened");
            } catch (const Error &e) {
                INFO(path.toStdString() + ": " + e.message().toStdString());
                CHECK(e.code() == ErrorCode::NotADiary);
                CHECK(e.message().contains(what));
            }
        }
    }
    CHECK(clock.elapsed() < 2000); // a FIFO used to block the first read for ever
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode)); // nothing was made in its place
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
        == QStringList { QStringLiteral("fifo.waymark"), QStringLiteral("folder.waymark") });
}

namespace {

/** Runs f in a child process (limits and user changes stay there); true when it exited 0. */
template <typename F> bool inChild(F f)
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0)
        ::_exit(f() ? 0 : 1);
    int status = -1;
    REQUIRE(::waitpid(child, &status, 0) == child);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/** Writes 9 KB notes until one fails; its message (empty if none failed in 40). */
QString writeUntilFailure(Diary &diary, int &written)
{
    for (written = 0; written < 40; ++written) {
        try {
            diary.setNote(QDate(2026, 1, 1).addDays(written), QString(9000, QLatin1Char('n')));
        } catch (const Error &e) {
            return e.message();
        }
    }
    return {};
}

} // namespace

TEST_CASE("a write over the file-size limit says so and what to do; nothing half-written", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    const qint64 limit = QFileInfo(path).size() + 3 * Database::kPageSize;
    int written = 0;
    const bool ok = inChild([&] {
        ::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG, as a shell's "ulimit -f" makes it
        const struct rlimit rl
        {
            rlim_t(limit), rlim_t(limit)
        };
        ::setrlimit(RLIMIT_FSIZE, &rl);
        auto diary = Diary::open(path, kPassphrase, testClock());
        const QString message = writeUntilFailure(*diary, written);
        std::fprintf(stderr, "file-size limit: %d written, then: %s\n", written, qPrintable(message));
        return message.contains(QStringLiteral("file-size limit"))
            && message.contains(QStringLiteral("nothing was changed"))
            && !message.contains(QStringLiteral("disk I/O error"));
    });
    CHECK(ok);
    auto diary = Diary::open(path, kPassphrase, testClock());
    CHECK(diary->check(true).ok);
    CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("diary.waymark") });
}

TEST_CASE("a write in a read-only folder says the folder is read-only and what to do", "[storage][reliability]")
{
    TempFolder dir;
    const QString folder = dir.file(QStringLiteral("ro"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("ro")));
    const QString path = folder + QStringLiteral("/diary.waymark");
    Diary::create(path, kPassphrase, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("kept"));
    const QByteArray before = readBytes(path);
    const bool root = ::geteuid() == 0;
    // The file stays writable, the folder does not (no journal can be made beside the diary). Root
    // ignores permissions, so as root the child runs as nobody with the file handed to it.
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    ::chmod(QFile::encodeName(folder).constData(), root ? 0755 : 0500);
    if (root)
        REQUIRE(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
    const bool ok = inChild([&] {
        if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            return false;
        try {
            auto diary = Diary::open(path, kPassphrase, testClock());
            diary->setNote(QDate(2026, 3, 2), QStringLiteral("not saved"));
        } catch (const Error &e) {
            std::fprintf(stderr, "read-only folder: %s\n", qPrintable(e.message()));
            return e.message().contains(QStringLiteral("is read-only")) && e.message().contains(folder)
                && e.message().contains(QStringLiteral("make the folder writable"));
        }
        return false;
    });
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    CHECK(ok);
    CHECK(readBytes(path) == before);
    CHECK(filesIn(folder) == QStringList { QStringLiteral("diary.waymark") });
}
