// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-stress-driver: the small program the stress harnesses (tests/stress/*.py) drive and kill.
//
//   probe  DIARY PASS [PASS...]     the next open after a crash: which passphrase opens the diary
//                                   (as Diary::open does: key, migrate if needed, quick check), then
//                                   PRAGMA integrity_check, the page count against the file size, the
//                                   schema version, a digest of every table and the day notes.
//   write  DIARY PASS FIRST COUNT [PAUSE_MS]
//                                   opens once, then COUNT writes (a note "ack-N" on day N, and every
//                                   third one a batch of doses), printing "ack N" after each commit;
//                                   a write refused with an I/O error (busy) is retried, "retry N".
//   passwd DIARY PASS_A PASS_B N    changes the passphrase N times, A->B->A..., "ack N" after each.
//   make-foreign FILE PASS waymark|defaults   a SQLCipher file of another application
//   set-version DIARY PASS N        sets user_version (a diary from a newer Waymark)
//   query DIARY PASS SQL            prints the first column of each row; PASS's UTF-8 bytes go to
//                                   SQLCipher as they are (not normalised, a raw-key form unguarded)
//   hot-journal DIARY PASS MARKER   rewrites every note (prefixed MARKER) in one transaction and
//                                   exits without committing: a hot journal, as after a crash
//
// Output is "key=value" lines (and "note<TAB>day<TAB>text"); it prints diary content because the
// diaries it reads are the harness's own made-up ones. Exit 0, or 5 on an unexpected exception.
#define SQLITE_HAS_CODEC 1
#include "clock.h"
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlcipher/sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace waymark;

namespace {

const QDate kFirstDay(2020, 1, 1);

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("InvalidInput");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("WrongPassphrase");
    case ErrorCode::NotADiary:
        return QStringLiteral("NotADiary");
    case ErrorCode::Damaged:
        return QStringLiteral("Damaged");
    case ErrorCode::TooNew:
        return QStringLiteral("TooNew");
    case ErrorCode::Io:
        return QStringLiteral("Io");
    case ErrorCode::NoCipher:
        return QStringLiteral("NoCipher");
    }
    return QStringLiteral("?");
}

/** SHA-256 over every row of every table (ordered), so two diaries with the same content match. */
QString digest(Database &db)
{
    QStringList tables;
    {
        Statement st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (st.step())
            tables << st.text(0);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table).toUtf8();
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            throw Error(ErrorCode::Io, QStringLiteral("cannot read table %1").arg(table));
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                hash.addData(text ? QByteArray(text, sqlite3_column_bytes(st, c)) : QByteArrayLiteral("\x01"));
                hash.addData(QByteArray(1, '\0'));
            }
            hash.addData(QByteArrayLiteral("\n"));
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            throw Error(ErrorCode::Damaged, QStringLiteral("reading table %1 failed (%2)").arg(table).arg(rc));
    }
    return QString::fromLatin1(hash.result().toHex());
}

int probe(const QString &path, const QStringList &passphrases)
{
    out(QStringLiteral("exists=%1").arg(QFileInfo::exists(path) ? 1 : 0));
    int opened = -1;
    int openCount = 0;
    // Each passphrase opens the file the way Diary::open does (Database, then the migration ladder,
    // then a quick check); the connection that opened is kept for the checks below, so a probe
    // derives the key once per passphrase.
    std::unique_ptr<Database> kept;
    for (int i = 0; i < passphrases.size(); ++i) {
        try {
            auto db = std::make_unique<Database>(path, passphrases[i].toUtf8(), Database::Mode::OpenExisting);
            migrations::migrate(*db);
            const QString quick = db->integrityCheck(false);
            if (quick != QLatin1String("ok"))
                throw Error(ErrorCode::Damaged, quick);
            ++openCount;
            opened = i;
            kept = std::move(db);
            out(QStringLiteral("open%1=ok").arg(i));
        } catch (const Error &e) {
            out(QStringLiteral("open%1=%2").arg(i).arg(codeName(e.code())));
        }
    }
    out(QStringLiteral("open_count=%1").arg(openCount));
    out(QStringLiteral("opened_with=%1").arg(opened));
    if (opened < 0)
        return 0;

    Database &db = *kept;
    QStringList problems;
    {
        Statement st = db.prepare("PRAGMA integrity_check");
        while (st.step())
            problems << st.text(0);
    }
    out(QStringLiteral("integrity=%1").arg(problems.join(QLatin1String("; ")).simplified()));
    qint64 pages = 0;
    {
        Statement st = db.prepare("PRAGMA page_count");
        if (st.step())
            pages = st.int64(0);
    }
    // SQLCipher 3.4 has no cipher_integrity_check (4.0+). Each page read above verified its HMAC;
    // the file must also hold exactly the pages the database knows of.
    out(QStringLiteral("pages_match=%1").arg(pages * Database::kPageSize == QFileInfo(path).size() ? 1 : 0));
    out(QStringLiteral("user_version=%1").arg(db.userVersion()));
    out(QStringLiteral("latest_version=%1").arg(migrations::latestVersion()));
    out(QStringLiteral("digest=%1").arg(digest(db)));
    {
        Statement st = db.prepare("SELECT count(*) FROM dose_events");
        out(QStringLiteral("doses=%1").arg(st.step() ? st.int64(0) : -1));
    }
    Statement st = db.prepare("SELECT day, note FROM days WHERE note IS NOT NULL ORDER BY day");
    while (st.step())
        out(QStringLiteral("note\t%1\t%2").arg(st.text(0), st.text(1)));
    return 0;
}

/** Like the app: an operation refused because another program holds the diary is tried again. */
template <typename F> auto retryBusy(const F &f, int n)
{
    for (int attempt = 0;; ++attempt) {
        try {
            return f();
        } catch (const Error &e) {
            if (e.code() != ErrorCode::Io || attempt >= 400)
                throw;
            out(QStringLiteral("retry %1").arg(n));
            QThread::msleep(25);
        }
    }
}

int write(const QString &path, const QString &passphrase, int first, int count, int pauseMs)
{
    auto diary = retryBusy([&] { return Diary::open(path, passphrase); }, -1);
    const qint64 drugId = retryBusy(
        [&] {
            if (const auto d = diary->drugByName(QStringLiteral("Diazepam")))
                return d->id;
            return diary->addDrug(QStringLiteral("Diazepam")).id;
        },
        -1);
    out(QStringLiteral("ready"));
    for (int n = first; n < first + count; ++n) {
        const QDate day = kFirstDay.addDays(n);
        retryBusy(
            [&] {
                if (n % 3 == 2) {
                    diary->batch([&] {
                        for (int j = 0; j < 5; ++j)
                            diary->logDose({ day, QTime(8 + j, 0), drugId, 2000, {}, {}, false });
                        diary->setNote(day, QStringLiteral("ack-%1").arg(n));
                    });
                } else {
                    diary->setNote(day, QStringLiteral("ack-%1").arg(n));
                }
            },
            n);
        out(QStringLiteral("ack %1").arg(n));
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
    return 0;
}

int passwd(const QString &path, const QString &a, const QString &b, int rounds)
{
    auto diary = Diary::open(path, a);
    out(QStringLiteral("ready"));
    for (int n = 0; n < rounds; ++n) {
        diary->changePassphrase(n % 2 == 0 ? b : a);
        out(QStringLiteral("ack %1").arg(n));
    }
    return 0;
}

/** A SQLCipher file that is not a Waymark diary: Waymark's cipher settings and another
 *  application id ("waymark"), or SQLCipher 3's defaults and no application id ("defaults"). */
int makeForeign(const QString &path, const QString &passphrase, const QString &kind)
{
    if (kind == QLatin1String("waymark")) {
        QFile touch(path); // Database creates nothing: Diary::create makes the file first
        if (!touch.open(QIODevice::WriteOnly))
            return 5;
        touch.close();
        Database db(path, passphrase.toUtf8(), Database::Mode::CreateNew);
        db.exec("PRAGMA application_id = 305419896"); // 0x12345678
        db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        db.exec("INSERT INTO notes (body) VALUES ('another application''s data')");
        return 0;
    }
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const QByteArray key = passphrase.toUtf8();
    if (sqlite3_open(file.constData(), &db) != SQLITE_OK || sqlite3_key(db, key.constData(), int(key.size()))
        || sqlite3_exec(db,
               "PRAGMA cipher_page_size = 1024; PRAGMA kdf_iter = 64000;"
               "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
               "INSERT INTO notes (body) VALUES ('another application''s data');",
               nullptr, nullptr, nullptr)
            != SQLITE_OK) {
        sqlite3_close(db);
        return 5;
    }
    sqlite3_close(db);
    return 0;
}

/** Sets PRAGMA user_version (a diary "from a newer Waymark"). */
int setVersion(const QString &path, const QString &passphrase, int version)
{
    Database db(path, passphrase.toUtf8(), Database::Mode::OpenExisting);
    db.setUserVersion(version);
    return 0;
}

/**
 * Leaves a hot journal: rewrites every day's note in one transaction with a tiny page cache (so
 * changed pages spill into the file after the journal is synced), then exits without committing
 * or closing, as a crash would.
 */
int hotJournal(const QString &path, const QString &passphrase, const QString &marker)
{
    Database db(path, passphrase.toUtf8(), Database::Mode::OpenExisting);
    db.exec("PRAGMA cache_size = 2");
    db.exec("BEGIN IMMEDIATE");
    Statement st = db.prepare("UPDATE days SET note = ?1 || coalesce(note, '') || hex(randomblob(200))");
    st.bind(1, marker).run();
    out(QStringLiteral("journal=%1").arg(QFileInfo(path + QStringLiteral("-journal")).size()));
    std::_Exit(0);
}

/** Prints the first column of every row a query returns, one per line (seed corpora, checks). */
int query(const QString &path, const QString &passphrase, const QString &sql)
{
    Database db(path, passphrase.toUtf8(), Database::Mode::ReadOnly);
    const QByteArray text = sql.toUtf8();
    Statement st = db.prepare(text.constData());
    while (st.step())
        out(st.text(0));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    try {
        if (args.size() >= 3 && args[0] == QLatin1String("probe"))
            return probe(args[1], args.mid(2));
        if ((args.size() == 5 || args.size() == 6) && args[0] == QLatin1String("write"))
            return write(args[1], args[2], args[3].toInt(), args[4].toInt(), args.value(5).toInt());
        if (args.size() == 4 && args[0] == QLatin1String("make-foreign"))
            return makeForeign(args[1], args[2], args[3]);
        if (args.size() == 4 && args[0] == QLatin1String("set-version"))
            return setVersion(args[1], args[2], args[3].toInt());
        if (args.size() == 4 && args[0] == QLatin1String("query"))
            return query(args[1], args[2], args[3]);
        if (args.size() == 4 && args[0] == QLatin1String("hot-journal"))
            return hotJournal(args[1], args[2], args[3]);
        if (args.size() == 5 && args[0] == QLatin1String("passwd"))
            return passwd(args[1], args[2], args[3], args[4].toInt());
    } catch (const Error &e) {
        out(QStringLiteral("error=%1 %2").arg(codeName(e.code()), e.message()));
        return 5;
    }
    std::fputs("usage: waymark-stress-driver probe|write|passwd ... (see the source)\n", stderr);
    return 64;
}
