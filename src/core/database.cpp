// SPDX-License-Identifier: GPL-3.0-or-later
#define SQLITE_HAS_CODEC 1
#include "database.h"

#include "atomicfile.h"
#include "errors.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlcipher/sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace waymark {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

namespace {

/**
 * What an I/O failure of SQLite means for the person, and what to do: SQLite 3.15 says only "disk
 * I/O error" or "unable to open database file" (it has no sqlite3_system_errno), so look at the
 * diary, its folder and the process's limits the way the failed write met them.
 */
QString whyIo(sqlite3 *db, int rc)
{
    const QString unchanged = QCoreApplication::translate(
        "Errors", "nothing was changed, and the diary still holds everything saved before.");
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (file && *file) {
        const QFileInfo info(QFile::decodeName(file));
        const QByteArray folder = QFile::encodeName(info.absolutePath());
        if (::access(file, W_OK) != 0 && (errno == EACCES || errno == EPERM))
            return QCoreApplication::translate("Errors",
                "the diary file is read-only (you do not have permission to change it). Make it "
                "writable, or open it as the person who owns it, and try again; %1")
                .arg(unchanged);
        if (::access(file, W_OK) != 0 && errno == EROFS)
            return QCoreApplication::translate("Errors",
                "the disk holding the diary is read-only. Copy the diary to a disk you can write "
                "to, or mount this one writable, and try again; %1")
                .arg(unchanged);
        if (::access(folder.constData(), W_OK) != 0 && (errno == EACCES || errno == EPERM || errno == EROFS))
            return QCoreApplication::translate("Errors",
                "the folder %1 is read-only (you do not have permission to write there). While "
                "saving, Waymark writes a short-lived journal file beside the diary: make the "
                "folder writable, or move the diary to a folder you can write to, and try again; "
                "%2")
                .arg(QDir::toNativeSeparators(info.absolutePath()), unchanged);
        struct statvfs fs
        {
        };
        if (::statvfs(folder.constData(), &fs) == 0
            && quint64(fs.f_bavail) * quint64(fs.f_frsize) < quint64(8) * quint64(Database::kPageSize))
            return QCoreApplication::translate("Errors", "the disk is full. Free some space and try again; %1")
                .arg(unchanged);
        struct rlimit limit
        {
        };
        const qint64 size = info.size();
        if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
            && quint64(size) + quint64(4) * quint64(Database::kPageSize) > quint64(limit.rlim_cur))
            return QCoreApplication::translate("Errors",
                "the diary file has reached the largest file size this program may write (a "
                "file-size limit of %1 bytes, \"ulimit -f\"). Raise or remove the limit and try "
                "again; %2")
                .arg(quint64(limit.rlim_cur))
                .arg(unchanged);
        if (size + qint64(4) * Database::kPageSize > (qint64(4) << 30) - 1)
            return QCoreApplication::translate("Errors",
                "the diary file is too large for this disk (some disks, like FAT32 memory cards, "
                "hold files up to 4 GB only). Move the diary to another disk and try again; %1")
                .arg(unchanged);
    }
    return QCoreApplication::translate("Errors",
        "the disk reported an error (%1). Check that the disk is still there, not full and "
        "working, and try again; %2")
        .arg(QString::fromUtf8(sqlite3_errstr(rc)), unchanged);
}

} // namespace

[[noreturn]] void throwSqlite(sqlite3 *db, int rc, const char *what)
{
    const int primary = rc & 0xff;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (primary) {
    case SQLITE_FULL:
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors",
                "Could not %1: the disk is full. Free some space and try again; "
                "the diary still holds everything saved before.")
                .arg(QCoreApplication::translate("Errors", what)));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw Error(ErrorCode::Damaged,
            QCoreApplication::translate("Errors",
                "Could not %1: the diary file is damaged (%2). "
                "Restore it from a backup.")
                .arg(QCoreApplication::translate("Errors", what), detail));
    case SQLITE_CONSTRAINT:
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Errors", "Could not %1: %2")
                .arg(QCoreApplication::translate("Errors", what), detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        qCWarning(lcDb) << "gave up waiting for another connection after" << Database::kBusyTimeoutMs << "ms";
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors",
                "Could not %1: the diary is busy (Waymark or waymark-cli is using it). "
                "Try again in a moment; nothing was changed.")
                .arg(QCoreApplication::translate("Errors", what)));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not %1: %2")
                .arg(QCoreApplication::translate("Errors", what), whyIo(db, rc)));
    default:
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not %1: %2")
                .arg(QCoreApplication::translate("Errors", what), detail));
    }
}

// ---------------------------------------------------------------- Statement

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throwSqlite(db, rc, QT_TRANSLATE_NOOP("Errors", "prepare a query"));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{ }

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindSecret(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqlite(m_db, rc, QT_TRANSLATE_NOOP("Errors", "read or write the diary"));
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::rawText(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return { p, size_t(sqlite3_column_bytes(m_stmt, column)) };
}

std::optional<qint64> Statement::optInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

std::optional<double> Statement::optReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

// ---------------------------------------------------------------- Database

QString Database::cipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW) {
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        }
        sqlite3_finalize(st);
        // Process-wide defaults so that ATTACH ... KEY (used by rekey) gets the diary format too.
        sqlite3_exec(db, "PRAGMA cipher_default_kdf_iter = 256000; PRAGMA cipher_default_page_size = 4096;", nullptr,
            nullptr, nullptr);
    }
    sqlite3_close(db);
    return version;
}

void Database::requireCipher()
{
    static const QString version = cipherVersion();
    if (version.isEmpty())
        throw Error(ErrorCode::NoCipher,
            QCoreApplication::translate("Errors",
                "Waymark will not start: the SQLite library it is linked to is not SQLCipher, "
                "so a diary would not be encrypted. Reinstall Waymark with SQLCipher."));
}

namespace {

bool startsWith(const QByteArray &head, const char *magic)
{
    return head.startsWith(QByteArray(magic));
}

struct FileHead
{
    QByteArray bytes;
    qint64 size = 0;
};

/**
 * The first bytes and the size of the file at path, refusing anything but a regular file: a FIFO
 * would block the first read (and SQLite's) for ever, a device never ends, a folder is no diary.
 * Opened without blocking (O_NONBLOCK) and checked on the open descriptor, so nothing swapped in
 * between a check and the read can make it hang.
 */
FileHead readHead(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (err == EISDIR)
            throw Error(ErrorCode::NotADiary,
                QCoreApplication::translate(
                    "Errors", "%1 is a folder, not a diary file. Give the path of the diary file itself.")
                    .arg(shown));
        if (err == EACCES || err == EPERM)
            throw Error(ErrorCode::Io,
                QCoreApplication::translate(
                    "Errors", "Cannot read %1: permission denied. Check who owns the file and its permissions.")
                    .arg(shown));
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot read %1: %2")
                .arg(shown, QString::fromLocal8Bit(std::strerror(err))));
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const mode_t type = st.st_mode & S_IFMT;
        ::close(fd);
        QString what = QCoreApplication::translate("Errors", "not a regular file");
        if (type == S_IFDIR)
            what = QCoreApplication::translate("Errors", "a folder");
        else if (type == S_IFIFO)
            what = QCoreApplication::translate("Errors", "a pipe (FIFO)");
        else if (type == S_IFCHR || type == S_IFBLK)
            what = QCoreApplication::translate("Errors", "a device");
        else if (type == S_IFSOCK)
            what = QCoreApplication::translate("Errors", "a socket");
        throw Error(ErrorCode::NotADiary,
            QCoreApplication::translate("Errors", "%1 is %2, not a diary file. Give the path of the diary file itself.")
                .arg(shown, what));
    }
    FileHead head;
    head.size = qint64(st.st_size);
    char buf[16];
    ssize_t n = -1;
    do {
        n = ::read(fd, buf, sizeof buf);
    } while (n < 0 && errno == EINTR);
    const int err = errno;
    ::close(fd);
    if (n < 0)
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot read %1: %2")
                .arg(shown, QString::fromLocal8Bit(std::strerror(err))));
    head.bytes = QByteArray(buf, qsizetype(n));
    return head;
}

} // namespace

Database::Database(const QString &path, const QByteArray &passphrase, Mode mode)
    : m_path(path)
{
    requireCipher();
    const QFileInfo info(path);
    if (mode != Mode::CreateNew) {
        if (!info.exists())
            throw Error(ErrorCode::Io,
                QCoreApplication::translate("Errors",
                    "There is no diary at %1. Check the path, or create a "
                    "diary first.")
                    .arg(QDir::toNativeSeparators(path)));
        const FileHead head = readHead(path);
        if (head.size == 0)
            throw Error(ErrorCode::NotADiary,
                QCoreApplication::translate("Errors", "%1 is an empty file, not a Waymark diary.")
                    .arg(QDir::toNativeSeparators(path)));
        if (startsWith(head.bytes, "SQLite format 3"))
            throw Error(ErrorCode::NotADiary,
                QCoreApplication::translate("Errors", "%1 is an unencrypted SQLite database, not a Waymark diary.")
                    .arg(QDir::toNativeSeparators(path)));
        if (head.size < kPageSize || head.size % kPageSize != 0)
            throw Error(ErrorCode::Damaged,
                QCoreApplication::translate("Errors",
                    "%1 is damaged: its length is not that of a whole diary (it may have been "
                    "cut short while copying). Restore it from a backup.")
                    .arg(QDir::toNativeSeparators(path)));
    }

    // Temporary files of a create or passphrase change that a crash interrupted (read-only opens
    // change nothing, not even that).
    if (mode == Mode::OpenExisting)
        AtomicFile::removeStale(path);

    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    // A journal left by a crash is rolled back by SQLite on the first read, before the key is
    // checked. Rollback copies the journal's encrypted page images back verbatim, so it restores
    // the last committed state whatever passphrase was typed (see docs/SECURITY.md).
    open(passphrase, flags);

    if (mode == Mode::CreateNew) {
        exec(QByteArray("PRAGMA application_id = ").append(QByteArray::number(kApplicationId)).constData());
    } else if (applicationId() != kApplicationId) {
        close();
        throw Error(ErrorCode::NotADiary,
            QCoreApplication::translate("Errors", "%1 is an encrypted database, but not a Waymark diary.")
                .arg(QDir::toNativeSeparators(path)));
    }
    // After the keyed read above, which rolled back a hot journal of the diary: a super-journal
    // beside it is only removed once no journal can need it any more.
    if (mode == Mode::OpenExisting)
        removeOrphanedSuperJournals();
}

void Database::removeOrphanedSuperJournals()
{
    // Under a read lock: a transaction that spans this diary and other files holds the diary
    // exclusively from before its super-journal is written until after it is deleted, so no live
    // commit's super-journal can be taken for litter. Litter only: a busy diary keeps it for the
    // next open.
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return;
    if (sqlite3_exec(m_db, "PRAGMA data_version", nullptr, nullptr, nullptr) == SQLITE_OK)
        AtomicFile::removeOrphanedSuperJournals(QFile::decodeName(sqlite3_db_filename(m_db, "main")));
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    rollback(); // only if the COMMIT did not end it
}

void Database::open(const QByteArray &passphrase, int flags)
{
    const QByteArray file = QFile::encodeName(m_path);
    int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errstr(rc));
        close();
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), why));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another program on the same diary (the app and waymark-cli): wait a little, then "busy".
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    rc = sqlite3_key(m_db, passphrase.constData(), int(passphrase.size()));
    if (rc != SQLITE_OK) {
        close();
        throw Error(ErrorCode::NoCipher,
            QCoreApplication::translate("Errors", "The diary could not be keyed (SQLCipher error %1).").arg(rc));
    }
    exec("PRAGMA cipher_page_size = 4096");
    exec("PRAGMA kdf_iter = 256000");
    // Keeps the passphrase with the key while the diary is open, so that a backup (an ATTACH
    // without KEY, Diary::backupTo) is keyed under it with its own salt; freed on close.
    exec("PRAGMA cipher_store_pass = 1");
    static_assert(kPageSize == 4096 && kKdfIterations == 256000);

    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xff;
        close();
        // SQLCipher checks the key against the first page's HMAC: a wrong key and a damaged
        // first page (salt or content) look the same, so say both.
        if (primary == SQLITE_NOTADB)
            throw Error(ErrorCode::WrongPassphrase,
                QCoreApplication::translate("Errors",
                    "That passphrase does not open this diary: wrong passphrase, or the start of the "
                    "file is damaged. Check the passphrase and try again; if you are sure of it, "
                    "restore the diary from a backup."));
        if (primary == SQLITE_CORRUPT)
            throw Error(ErrorCode::Damaged,
                QCoreApplication::translate("Errors", "%1 is damaged. Restore it from a backup.")
                    .arg(QDir::toNativeSeparators(m_path)));
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            throw Error(ErrorCode::Io,
                QCoreApplication::translate("Errors", "%1 is in use by another program. Close it there and try again.")
                    .arg(QDir::toNativeSeparators(m_path)));
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    exec("PRAGMA foreign_keys = ON");
    // Temporary tables, indexes and sort runs stay in memory: SQLCipher does not encrypt temp files.
    exec("PRAGMA temp_store = MEMORY");
    if (!(flags & SQLITE_OPEN_READONLY)) {
        // A rollback journal beside the file (encrypted pages, deleted at commit; WAL would add two
        // files and a shared-memory index), every commit synced to disk, deleted rows overwritten.
        exec("PRAGMA journal_mode = DELETE");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA secure_delete = ON");
    }
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
}

bool Database::replacedOnDisk() const
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return true;
    return quint64(st.st_dev) != m_device || quint64(st.st_ino) != m_inode;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        throwSqlite(m_db, rc, QT_TRANSLATE_NOOP("Errors", "update the diary"));
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement st(m_db, "PRAGMA user_version");
    return st.step() ? int(st.int64(0)) : 0;
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version).toUtf8().constData());
}

int Database::applicationId()
{
    Statement st(m_db, "PRAGMA application_id");
    return st.step() ? int(st.int64(0)) : 0;
}

void Database::begin()
{
    exec("BEGIN IMMEDIATE");
    // Another program changed the passphrase: the file this connection has open is no longer the
    // diary, and what it wrote would be lost. Refuse, so nothing is written there.
    if (replacedOnDisk()) {
        rollback();
        qCWarning(lcDb) << "the diary file was replaced by another program; write refused";
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors",
                "The diary was changed by another program (its passphrase was changed). "
                "Lock the diary and open it again; nothing was saved."));
    }
}

void Database::commit()
{
    exec("COMMIT");
}

void Database::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

QString Database::integrityCheck(bool full)
{
    Statement st(m_db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    QString first;
    if (st.step())
        first = st.text(0);
    return first;
}

[[noreturn]] void Database::fail(const char *what) const
{
    throwSqlite(m_db, sqlite3_errcode(m_db), what);
}

namespace {

/**
 * Holds the diary's write lock (SQLite's RESERVED lock) across several transactions of one
 * connection: with PRAGMA main.locking_mode = EXCLUSIVE SQLite keeps a lock it took until the
 * mode is back to NORMAL and the file is read again. Other programs can still read; their writes
 * wait (busy timeout), then say "busy". Released when destroyed unless the connection was closed.
 */
class WriteLockHold
{
public:
    explicit WriteLockHold(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_exec(m_db, "PRAGMA main.locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
    }
    ~WriteLockHold() { release(); }
    WriteLockHold(const WriteLockHold &) = delete;
    WriteLockHold &operator=(const WriteLockHold &) = delete;

    void release()
    {
        if (!m_db)
            return;
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "PRAGMA main.locking_mode = NORMAL", nullptr, nullptr, nullptr);
        // The lock goes when the file is next read.
        sqlite3_exec(m_db, "PRAGMA main.data_version", nullptr, nullptr, nullptr);
        m_db = nullptr;
    }
    /** The connection is about to be closed, which releases every lock it holds. */
    void forget() { m_db = nullptr; }

private:
    sqlite3 *m_db;
};

} // namespace

void Database::lockForRekey()
{
    // Each try waits up to the busy timeout for the lock; a writer that commits every few
    // milliseconds leaves it free between its transactions, so a few tries get it.
    int rc = SQLITE_BUSY;
    for (int attempt = 0; attempt < kRekeyLockAttempts; ++attempt) {
        rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const int primary = rc & 0xff;
        if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED)
            break;
        qCInfo(lcDb) << "passphrase change: the diary is busy, waiting again";
    }
    if (rc != SQLITE_OK)
        throwSqlite(m_db, rc, "change the passphrase");
    if (replacedOnDisk()) {
        rollback();
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors",
                "The diary was changed by another program (its passphrase was changed). "
                "Lock the diary and open it again; nothing was changed."));
    }
}

void Database::rekey(const QByteArray &newPassphrase)
{
    // The temporary copy goes beside the real file, and the real file is what it replaces: a
    // symbolic link stays a link to the (re-encrypted) diary.
    AtomicFile tmp(m_path, AtomicFile::Purpose::Rekey);
    // The diary's write lock is taken once and held from before the copy until the rename, so no
    // other program can commit a write that the copy would miss (it waits, then goes on; its
    // connection then refuses to write into the replaced file). Taken before the copy's file is
    // attached: BEGIN IMMEDIATE with it attached would be a transaction on two files.
    WriteLockHold hold(m_db);
    bool attached = false;
    try {
        lockForRekey();
        const qint64 seen = dataVersion();
        const int version = userVersion();
        commit();
        {
            Statement attach(m_db, "ATTACH DATABASE ?1 AS rekeyed KEY ?2");
            attach.bind(1, tmp.tempPath());
            attach.bindSecret(2, newPassphrase);
            attach.run();
            attached = true;
        }
        exec("PRAGMA rekeyed.cipher_page_size = 4096");
        exec("PRAGMA rekeyed.kdf_iter = 256000");
        // The copy is a transaction of the copy's file alone: the diary is only read. (A write
        // transaction on both would make SQLite commit them together through a super-journal,
        // "<diary>-mjXXXXXX9XX", which a crash would leave beside the diary.)
        exec("BEGIN");
        exec("SELECT sqlcipher_export('rekeyed')");
        exec(QStringLiteral("PRAGMA rekeyed.user_version = %1").arg(version).toUtf8().constData());
        exec(QByteArray("PRAGMA rekeyed.application_id = ").append(QByteArray::number(kApplicationId)).constData());
        commit();
        exec("DETACH DATABASE rekeyed");
        attached = false;

        // Check the copy opens with the new passphrase before it replaces anything.
        {
            Database check(tmp.tempPath(), newPassphrase, Mode::ReadOnly);
            if (check.userVersion() != version || check.integrityCheck() != QLatin1String("ok"))
                throw Error(ErrorCode::Io,
                    QCoreApplication::translate(
                        "Errors", "The re-encrypted copy did not verify; nothing was changed."));
        }

        // Still under the lock taken before the copy (BEGIN IMMEDIATE does not wait for it). The
        // old connection stays open until the rename succeeded, so a failure leaves it usable.
        exec("BEGIN IMMEDIATE");
        if (dataVersion() != seen)
            throw Error(ErrorCode::Io,
                QCoreApplication::translate("Errors",
                    "Another program wrote to the diary during the passphrase change. "
                    "Nothing was changed; try again."));
        tmp.replaceTarget();
        commit();
    } catch (...) {
        rollback();
        if (attached)
            sqlite3_exec(m_db, "DETACH DATABASE rekeyed", nullptr, nullptr, nullptr);
        throw;
    }
    qCInfo(lcDb) << "diary re-encrypted under a new passphrase";
    hold.forget();
    close();
    open(newPassphrase, SQLITE_OPEN_READWRITE);
}

qint64 Database::dataVersion()
{
    Statement st(m_db, "PRAGMA data_version");
    return st.step() ? st.int64(0) : 0;
}

} // namespace waymark
