// SPDX-License-Identifier: GPL-3.0-or-later
// Diary's whole-table reads and writes for the exchange formats, and its encrypted backup copy.
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlcipher/sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace waymark {

namespace {

QVariant columnValue(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, i);
    default: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
        return QString::fromUtf8(p, sqlite3_column_bytes(st, i));
    }
    }
}

void syncFile(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

void Diary::forEachRow(const QString &table, const QStringList &columnSql, const QString &orderBy,
    const std::function<void(const QVariantList &row)> &f) const
{
    Q_ASSERT(exchange::table(table) != nullptr);
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 AS t ORDER BY %3")
                               .arg(columnSql.join(QStringLiteral(", ")), table, orderBy)
                               .toUtf8();
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(m_db->handle(), sql.constData(), -1, &st, nullptr);
    if (rc != SQLITE_OK)
        throwSqlite(m_db->handle(), rc, QT_TRANSLATE_NOOP("Errors", "read the diary"));
    QVariantList row;
    const int n = int(columnSql.size());
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        row.clear();
        for (int i = 0; i < n; ++i)
            row << columnValue(st, i);
        try {
            f(row);
        } catch (...) {
            sqlite3_finalize(st);
            throw;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        throwSqlite(m_db->handle(), rc, QT_TRANSLATE_NOOP("Errors", "read the diary"));
}

void Diary::loadTables(const QList<exchange::TableRows> &input)
{
    write([&] {
        {
            Statement used = m_db->prepare("SELECT (SELECT count(*) FROM dose_events) + (SELECT count(*) FROM ratings)"
                                           " + (SELECT count(*) FROM days) + (SELECT count(*) FROM drugs)");
            if (used.step() && used.int64(0) > 0)
                throw Error(ErrorCode::AlreadyExists,
                    QCoreApplication::translate("Errors",
                        "A whole-diary export can only be imported into a new, empty diary; this one "
                        "already has entries. Import it as a new diary."));
        }
        // The tables the export has replace the new diary's (its seeded symptom catalogue too);
        // a table the export does not have keeps what a new diary has.
        const QList<exchange::Table> &known = exchange::tables();
        for (auto it = known.crbegin(); it != known.crend(); ++it)
            for (const exchange::TableRows &rows : input)
                if (rows.table == it->name)
                    m_db->exec(QStringLiteral("DELETE FROM %1").arg(it->name).toUtf8().constData());
        for (const exchange::Table &table : known) {
            for (const exchange::TableRows &rows : input) {
                if (rows.table != table.name)
                    continue;
                QStringList marks;
                for (const QString &c : rows.columns) {
                    if (!table.column(c))
                        throw Error(ErrorCode::InvalidInput,
                            QCoreApplication::translate("Errors", "The table %1 has no column %2.")
                                .arg(table.name, c.left(40)));
                    marks << QStringLiteral("?%1").arg(marks.size() + 1);
                }
                const QByteArray sql
                    = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table.name, rows.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                          .toUtf8();
                Statement insert = m_db->prepare(sql.constData());
                int number = 0;
                for (const QVariantList &row : rows.rows) {
                    ++number;
                    for (int i = 0; i < row.size(); ++i) {
                        const QVariant &v = row[i];
                        if (v.isNull())
                            insert.bindNull(i + 1);
                        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                            insert.bind(i + 1, v.toLongLong());
                        else if (v.typeId() == QMetaType::Double)
                            insert.bind(i + 1, v.toDouble());
                        else
                            insert.bind(i + 1, v.toString());
                    }
                    try {
                        insert.run();
                    } catch (const Error &e) {
                        throw Error(e.code() == ErrorCode::InvalidInput ? ErrorCode::InvalidInput : e.code(),
                            QCoreApplication::translate("Errors", "Row %1 of %2 breaks the diary's rules (%3).")
                                .arg(number)
                                .arg(table.name, e.message()));
                    }
                    insert.reset();
                }
            }
        }
        Statement fk = m_db->prepare("PRAGMA foreign_key_check");
        if (fk.step())
            throw Error(ErrorCode::InvalidInput,
                QCoreApplication::translate("Errors", "A row of %1 refers to a row of %2 that is not in the file.")
                    .arg(fk.text(0), fk.text(2)));
        record(Change::drug(0));
        record(Change::symptom(0, QString()));
        record(Change::plan(0, 0));
        record(Change::setting(QString()));
    });
}

void Diary::backupTo(const QString &path) const
{
    if (m_batchDepth > 0)
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "A backup cannot be made in the middle of a change; try again."));
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(dir.path())));
    const QString tmpPath
        = dir.absoluteFilePath(QStringLiteral(".%1.partial-%2")
                                   .arg(info.fileName())
                                   .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    const int fd = ::open(QFile::encodeName(tmpPath).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot write a backup in %1: %2")
                .arg(QDir::toNativeSeparators(dir.path()), QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);

    sqlite3 *db = m_db->handle();
    const int version = m_db->userVersion();
    auto attach = [&] {
        // Without KEY, SQLCipher keys the attached file with the diary's own passphrase
        // (cipher_store_pass, see Database::open) and a salt of its own.
        Statement st(db, "ATTACH DATABASE ?1 AS backup");
        st.bind(1, tmpPath);
        st.run();
    };
    auto detach = [&] { sqlite3_exec(db, "DETACH DATABASE backup", nullptr, nullptr, nullptr); };
    try {
        attach();
        try {
            m_db->exec("PRAGMA backup.cipher_page_size = 4096");
            m_db->exec("PRAGMA backup.kdf_iter = 256000");
            m_db->exec("SELECT sqlcipher_export('backup')");
            m_db->exec(QStringLiteral("PRAGMA backup.user_version = %1").arg(version).toUtf8().constData());
            m_db->exec(QByteArray("PRAGMA backup.application_id = ")
                           .append(QByteArray::number(Database::kApplicationId))
                           .constData());
        } catch (...) {
            detach();
            throw;
        }
        detach();
        // Open the copy again, as a restore would: it must decrypt page by page and be whole.
        attach();
        QString integrity;
        qint64 copiedVersion = -1;
        try {
            Statement check(db, "PRAGMA backup.integrity_check");
            if (check.step())
                integrity = check.text(0);
            Statement v(db, "PRAGMA backup.user_version");
            if (v.step())
                copiedVersion = v.int64(0);
        } catch (...) {
            detach();
            throw;
        }
        detach();
        if (integrity != QLatin1String("ok") || copiedVersion != version)
            throw Error(ErrorCode::Io,
                QCoreApplication::translate(
                    "Errors", "The backup copy did not verify, so it was not kept. Try again."));
    } catch (...) {
        QFile::remove(tmpPath);
        throw;
    }
    syncFile(tmpPath, false);
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(tmpPath);
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not save the backup as %1: %2").arg(info.fileName(), why));
    }
    syncFile(dir.absolutePath(), true);
}

} // namespace waymark
