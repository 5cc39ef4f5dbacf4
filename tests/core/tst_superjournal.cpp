// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite super-journals beside a diary (issue 9, found by the crash harness): a passphrase change
// writes none any more, one left by an older version is removed on open once nothing needs it,
// and one a hot child journal still names is kept (deleting it would commit a half-done
// transaction). Crashes are real: a child process is ended inside SQLite's commit, at the moment
// it would delete the super-journal (its commit point), through a VFS wrapped around the default.
#define SQLITE_HAS_CODEC 1
#include "atomicfile.h"
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch.hpp>

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <cstring>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace waymark;
using namespace waymark::test;

namespace {

/** The default VFS, wrapped: counts opens (and super-journal opens), and can end the process at
 *  the deletion of a super-journal, SQLite's commit point for a transaction on several files. */
struct WatchingVfs
{
    static inline sqlite3_vfs *s_real = nullptr;
    static inline sqlite3_vfs s_vfs {};
    static inline std::atomic<int> s_opens { 0 };
    static inline std::atomic<int> s_superJournals { 0 };
    static inline bool s_dieAtSuperJournalDelete = false;

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        ++s_opens;
        if (flags & SQLITE_OPEN_MASTER_JOURNAL)
            ++s_superJournals;
        return s_real->xOpen(s_real, name, file, flags, outFlags);
    }
    static int remove(sqlite3_vfs *, const char *name, int syncDir)
    {
        if (s_dieAtSuperJournalDelete && std::strstr(name, "-mj"))
            ::_exit(0); // as a SIGKILL would: nothing after this runs
        return s_real->xDelete(s_real, name, syncDir);
    }

    WatchingVfs()
    {
        s_real = sqlite3_vfs_find(nullptr);
        REQUIRE(s_real != nullptr);
        s_vfs = *s_real;
        s_vfs.zName = "waymark-test-watching";
        s_vfs.pNext = nullptr;
        s_vfs.xOpen = &WatchingVfs::open;
        s_vfs.xDelete = &WatchingVfs::remove;
        s_opens = 0;
        s_superJournals = 0;
        REQUIRE(sqlite3_vfs_register(&s_vfs, 1) == SQLITE_OK);
    }
    ~WatchingVfs()
    {
        sqlite3_vfs_unregister(&s_vfs);
        sqlite3_vfs_register(s_real, 1);
    }
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QStringList superJournalsIn(const QString &dir)
{
    return filesIn(dir).filter(QRegularExpression(QStringLiteral("-mj[0-9A-F]{6}9[0-9A-F]{2}$")));
}

void run(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, err ? err : "?");
        ::_exit(3);
    }
}

/**
 * In a child process: opens the diary, attaches `other` (made empty; a file SQLCipher encrypts under
 * "other key"), and commits one transaction that writes `other` and, when writeDiary, the diary
 * too (BEGIN IMMEDIATE: a write transaction on both, as the passphrase change of older versions
 * did). The child dies when SQLite deletes the super-journal, so the transaction is not committed.
 */
void crashInsideTwoFileCommit(const QString &diary, const QString &other, bool writeDiary)
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        WatchingVfs vfs;
        WatchingVfs::s_dieAtSuperJournalDelete = true;
        try {
            Database db(diary, kPassphrase.toUtf8(), Database::Mode::OpenExisting);
            // Made after the open (which removes a stale ".rekey-" file): a diary's connection
            // attaches files, it does not create them.
            writeBytes(other, QByteArray());
            db.prepare("ATTACH DATABASE ?1 AS other KEY 'other key'").bind(1, other).run();
            run(db.handle(), "CREATE TABLE other.t (x TEXT); INSERT INTO other.t VALUES ('before')");
            run(db.handle(), "BEGIN IMMEDIATE");
            run(db.handle(), "UPDATE other.t SET x = 'half-done'");
            if (writeDiary)
                run(db.handle(), "INSERT OR REPLACE INTO days (day, note) VALUES ('2026-03-14', 'half-done')");
            run(db.handle(), "COMMIT");
        } catch (const Error &e) {
            std::fprintf(stderr, "child: %s\n", qPrintable(e.message()));
            ::_exit(4);
        }
        ::_exit(5); // the commit went through without a super-journal
    }
    int status = -1;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
}

/** What `other` holds when SQLite opens it now (rolling back its hot journal if it has one). */
QString otherContent(const QString &other)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(other).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_key(db, "other key", 9) == SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT x FROM t", -1, &st, nullptr) == SQLITE_OK);
    QString x;
    if (sqlite3_step(st) == SQLITE_ROW)
        x = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return x;
}

QString noteOn(const QString &path, const QString &passphrase, const QDate &day)
{
    return Diary::open(path, passphrase, testClock())->day(day).note;
}

} // namespace

TEST_CASE("a passphrase change commits without a super-journal", "[storage][reliability][superjournal]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock())->setNote(QDate(2026, 3, 1), QStringLiteral("kept"));
    WatchingVfs vfs;

    // The watch sees one: a transaction writing the diary and an attached file.
    {
        Database db(path, kPassphrase.toUtf8(), Database::Mode::OpenExisting);
        writeBytes(dir.file(QStringLiteral("other.db")), QByteArray());
        db.prepare("ATTACH DATABASE ?1 AS other KEY 'other key'").bind(1, dir.file(QStringLiteral("other.db"))).run();
        db.exec("BEGIN IMMEDIATE; CREATE TABLE other.t (x); INSERT INTO days (day, note) VALUES ('2026-03-02', 'x');"
                "COMMIT");
    }
    CHECK(WatchingVfs::s_superJournals == 1);

    WatchingVfs::s_superJournals = 0;
    WatchingVfs::s_opens = 0;
    Diary::open(path, kPassphrase, testClock())->changePassphrase(kOtherPassphrase);
    CHECK(WatchingVfs::s_opens > 0); // the change ran through the watched VFS
    CHECK(WatchingVfs::s_superJournals == 0);
    CHECK(noteOn(path, kOtherPassphrase, QDate(2026, 3, 1)) == QLatin1String("kept"));
}

TEST_CASE("a super-journal a crash left beside the diary", "[storage][reliability][superjournal]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock())->setNote(QDate(2026, 3, 14), QStringLiteral("committed"));

    SECTION("left by an older passphrase change: removed on open once the copy's files are gone")
    {
        // What the crash harness found: killed at the commit point of the copy, with the diary in
        // the transaction but unchanged; the open removes the copy and its journal, orphaning it.
        const QString copy = dir.file(QStringLiteral(".diary.waymark.rekey-0123abcd"));
        crashInsideTwoFileCommit(path, copy, false);
        REQUIRE(superJournalsIn(dir.path()).size() == 1);
        REQUIRE(QFileInfo::exists(copy + QStringLiteral("-journal")));

        CHECK(noteOn(path, kPassphrase, QDate(2026, 3, 14)) == QLatin1String("committed"));
        CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("diary.waymark") });
    }
    SECTION("the diary's own hot journal names it: rolled back first, the half-done write is not in the diary")
    {
        const QString copy = dir.file(QStringLiteral(".diary.waymark.rekey-0123abcd"));
        crashInsideTwoFileCommit(path, copy, true);
        REQUIRE(superJournalsIn(dir.path()).size() == 1);
        REQUIRE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);

        CHECK(noteOn(path, kPassphrase, QDate(2026, 3, 14)) == QLatin1String("committed"));
        CHECK(filesIn(dir.path()) == QStringList { QStringLiteral("diary.waymark") });
    }
    SECTION("another file's hot journal still names it: kept, and that file rolls back too")
    {
        const QString other = dir.file(QStringLiteral("other.db"));
        crashInsideTwoFileCommit(path, other, true);
        const QStringList supers = superJournalsIn(dir.path());
        REQUIRE(supers.size() == 1);
        REQUIRE(QFileInfo(other + QStringLiteral("-journal")).size() > 0);

        // The diary opens with its last committed content, and the super-journal stays: deleting
        // it now would make other.db's hot journal look committed, keeping its half-done write.
        CHECK(noteOn(path, kPassphrase, QDate(2026, 3, 14)) == QLatin1String("committed"));
        CHECK(superJournalsIn(dir.path()) == supers);
        CHECK(noteOn(path, kPassphrase, QDate(2026, 3, 14)) == QLatin1String("committed"));
        CHECK(superJournalsIn(dir.path()) == supers);

        CHECK(otherContent(other) == QLatin1String("before")); // rolled back, as the super-journal says
        // SQLite deleted the super-journal once other.db's journal was gone: nothing is left.
        CHECK(filesIn(dir.path()) == QStringList({ QStringLiteral("diary.waymark"), QStringLiteral("other.db") }));
    }
}

TEST_CASE(
    "only the diary's own super-journals that protect nothing are removed", "[storage][reliability][superjournal]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();
    const QByteArray gone = QFile::encodeName(dir.file(QStringLiteral("diary.waymark-journal"))) + '\0'
        + QFile::encodeName(dir.file(QStringLiteral(".diary.waymark.rekey-0123abcd-journal"))) + '\0';
    writeBytes(dir.file(QStringLiteral("empty-journal")), QByteArray());
    writeBytes(dir.file(QStringLiteral("full-journal")), QByteArray(512, 'j'));

    // Removed: children all gone, a child that is empty, no children at all, a list cut short.
    writeBytes(dir.file(QStringLiteral("diary.waymark-mj0A1B2C9D3")), gone);
    writeBytes(dir.file(QStringLiteral("diary.waymark-mj0A1B2C9D4")),
        QFile::encodeName(dir.file(QStringLiteral("empty-journal"))) + '\0');
    writeBytes(dir.file(QStringLiteral("diary.waymark-mj0A1B2C9D5")), QByteArray());
    writeBytes(dir.file(QStringLiteral("diary.waymark-mj0A1B2C9D6")), gone.left(gone.size() - 5));
    // Kept: a child exists and is not empty; a child that is not a full path; another file's
    // super-journal; names that only look alike (lower case, no '9', longer, a prefix); a link.
    const QStringList kept {
        QStringLiteral("diary.waymark-mj0A1B2C9E1"),
        QStringLiteral("diary.waymark-mj0A1B2C9E2"),
        QStringLiteral("other.waymark-mj0A1B2C9E3"),
        QStringLiteral("xdiary.waymark-mj0A1B2C9E4"),
        QStringLiteral("diary.waymark-mj0a1b2c9e5"),
        QStringLiteral("diary.waymark-mj0A1B2C8E6"),
        QStringLiteral("diary.waymark-mj0A1B2C9E77"),
        QStringLiteral("diary.waymark-mjnotes.txt"),
        QStringLiteral("diary.waymark-mj0A1B2C9E8"),
    };
    writeBytes(dir.file(kept[0]), gone + QFile::encodeName(dir.file(QStringLiteral("full-journal"))) + '\0');
    writeBytes(dir.file(kept[1]), QByteArray("full-journal") + '\0');
    for (int i = 2; i < 8; ++i)
        writeBytes(dir.file(kept[i]), gone);
    writeBytes(dir.file(QStringLiteral("target")), gone);
    REQUIRE(QFile::link(dir.file(QStringLiteral("target")), dir.file(kept[8])));

    auto diary = Diary::open(path, kPassphrase, testClock());
    QStringList expected = kept;
    expected << QStringLiteral("diary.waymark") << QStringLiteral("empty-journal") << QStringLiteral("full-journal")
             << QStringLiteral("target");
    expected.sort();
    CHECK(filesIn(dir.path()) == expected);

    SECTION("a read-only open removes nothing")
    {
        writeBytes(dir.file(QStringLiteral("diary.waymark-mj0A1B2C9D3")), gone);
        diary.reset();
        Diary::openReadOnly(path, kPassphrase, testClock()).reset();
        CHECK(QFileInfo::exists(dir.file(QStringLiteral("diary.waymark-mj0A1B2C9D3"))));
    }
}

TEST_CASE("a passphrase change gets through while another program writes every 10 ms", "[storage][reliability]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("diary.waymark"));
    Diary::create(path, kPassphrase, testClock()).reset();

    std::atomic<bool> stop { false };
    std::atomic<bool> ready { false };
    QList<int> acked;
    int busy = 0;
    int replaced = 0;
    std::thread writer([&] {
        auto other = Diary::open(path, kPassphrase, testClock());
        ready = true;
        for (int n = 0; !stop && n < 2000; ++n) {
            try {
                other->setNote(QDate(2020, 1, 1).addDays(n), QStringLiteral("ack-%1").arg(n));
                acked << n;
            } catch (const Error &e) {
                if (e.message().contains(QStringLiteral("changed by another program"))) {
                    ++replaced; // its file was replaced: refused, nothing lost
                    break;
                }
                ++busy;
            }
            ::usleep(10 * 1000);
        }
    });
    while (!ready)
        ::usleep(1000);
    auto diary = Diary::open(path, kPassphrase, testClock());
    ::usleep(300 * 1000);
    QElapsedTimer timer;
    timer.start();
    CHECK_NOTHROW(diary->changePassphrase(kOtherPassphrase));
    const qint64 took = timer.elapsed();
    ::usleep(200 * 1000);
    stop = true;
    writer.join();
    INFO("passwd took " << took << " ms; the writer: " << acked.size() << " written, " << busy << " busy, " << replaced
                        << " refused after the change");
    CHECK(acked.size() >= 5);
    CHECK(replaced == 1); // its first write after the change was refused, not written into the old file
    diary.reset();
    auto reopened = Diary::open(path, kOtherPassphrase, testClock());
    QList<int> lost;
    for (const int n : acked) {
        if (reopened->day(QDate(2020, 1, 1).addDays(n)).note != QStringLiteral("ack-%1").arg(n))
            lost << n;
    }
    CHECK(lost.isEmpty());
}
