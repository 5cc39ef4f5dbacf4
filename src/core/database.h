// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark {

/** One prepared SQLCipher statement. Bind with 1-based indexes, read columns 0-based. */
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bindNull(int index);
    /** Binds key material without a copy: bytes must outlive the statement's run (no QString made). */
    Statement &bindSecret(int index, const QByteArray &bytes);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /** Runs one step; true while a row is available. */
    bool step();
    /** Runs to completion (for statements without rows). */
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /** The column's UTF-8 bytes without a copy, valid until the next step (hot bulk reads). */
    std::string_view rawText(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<double> optReal(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/**
 * An open SQLCipher database file: keying, the format's fixed cipher settings, checks on open,
 * transactions and the atomic re-encryption used by passphrase changes. Storage concerns only;
 * the diary's tables are Diary's business.
 */
class Database
{
public:
    /** Format constants of a Waymark diary file (see docs/SECURITY.md). */
    static constexpr int kKdfIterations = 256000; // PBKDF2-HMAC-SHA1 inside SQLCipher 3
    static constexpr int kPageSize = 4096;
    static constexpr int kApplicationId = 0x57594D4B; // "WYMK"
    /** How long a write waits for another program (the app, waymark-cli) to finish before "busy". */
    static constexpr int kBusyTimeoutMs = 2000;
    /** A passphrase change waits for the write lock up to this many busy timeouts, then says "busy". */
    static constexpr int kRekeyLockAttempts = 5;

    enum class Mode { CreateNew, OpenExisting, ReadOnly };

    /** Opens and keys the file; throws Error(WrongPassphrase | NotADiary | Damaged | Io). */
    Database(const QString &path, const QByteArray &passphrase, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    void exec(const char *sql);
    Statement prepare(const char *sql) { return Statement(m_db, sql); }
    qint64 lastInsertId() const;
    int changes() const;

    int userVersion();
    void setUserVersion(int version);
    int applicationId();

    /** Runs f inside BEGIN IMMEDIATE ... COMMIT; any exception rolls back and is rethrown. */
    template <typename F> auto transaction(F &&f)
    {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(f())>) {
                f();
                commit();
            } else {
                auto result = f();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    /** "ok", or the first problem PRAGMA quick_check (or integrity_check when full) found. */
    QString integrityCheck(bool full = false);

    /**
     * Re-encrypts the whole file under a new passphrase: takes the write lock (waiting for another
     * program's writes up to kRekeyLockAttempts busy timeouts) and holds it while it writes an
     * encrypted copy beside the real file (symbolic links followed), checks it, syncs it and
     * renames it over the original, then reopens (AtomicFile). A crash leaves either the old or
     * the new file whole, never a mix, and no super-journal (the copy is a transaction of the
     * copy alone). Another program's writes wait meanwhile; its connection then refuses to write
     * into the replaced file.
     */
    void rekey(const QByteArray &newPassphrase);

    /** The SQLCipher version of the linked library, or empty if the SQLite linked is not SQLCipher. */
    static QString cipherVersion();
    /** Throws Error(NoCipher) unless SQLCipher is really the SQLite this process uses. */
    static void requireCipher();

    /** Throws Error(Io) with a message naming what failed; never includes diary content. */
    [[noreturn]] void fail(const char *what) const;

private:
    void open(const QByteArray &passphrase, int flags);
    void close();
    void begin();
    void commit();
    void rollback();
    /** PRAGMA data_version: changes when another connection commits. */
    qint64 dataVersion();
    /** True when m_path no longer names the file this connection opened (replaced by a rekey). */
    bool replacedOnDisk() const;
    /** BEGIN IMMEDIATE for rekey(), tried kRekeyLockAttempts times; throws busy or "replaced". */
    void lockForRekey();
    /** Under a read lock, AtomicFile::removeOrphanedSuperJournals beside this diary (never throws). */
    void removeOrphanedSuperJournals();

    QString m_path;
    sqlite3 *m_db = nullptr;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

/** Overwrites a buffer that held key material. */
void wipe(QByteArray &bytes);

/** Classifies a sqlite3 result code into our error codes. */
[[noreturn]] void throwSqlite(sqlite3 *db, int rc, const char *what);

} // namespace waymark
