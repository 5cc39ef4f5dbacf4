// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * The one list of the diary's tables and columns that the exchange formats (JSON, CSV) and
 * docs/FORMAT.md follow. A table or column of the live schema that is not listed here fails
 * tst_exchange ("every table and column of the schema is exported"), so a schema step is not
 * merged without saying how it is exported.
 */
namespace waymark::exchange {

enum class ColumnType {
    Integer, ///< whole number (ids, micrograms, counts)
    Real, ///< decimal number
    Text, ///< UTF-8 text
    Bool, ///< 0 or 1 in the file; true/false in JSON
    Date, ///< ISO calendar day YYYY-MM-DD
    Time, ///< HH:MM local time of day
    Timestamp, ///< ISO date and time (UTC) a row was written
    Json, ///< a JSON document kept as text; embedded as JSON in the JSON export
};

struct Column
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false;
    QString meaning; ///< for docs/FORMAT.md
};

/** A read-only column of the CSV export that makes a table readable on its own (e.g. drug name). */
struct DerivedColumn
{
    QString name;
    QString sql; ///< an expression over the table (aliased t)
    QString meaning;
};

struct Table
{
    QString name;
    QString orderBy; ///< SQL ORDER BY over the table: a stable, unique order
    QString meaning;
    QList<Column> columns;
    QList<DerivedColumn> csvExtras;

    QStringList columnNames() const;
    const Column *column(const QString &name) const;
};

/** Every table of the diary, parents before the tables that refer to them (the order to insert). */
const QList<Table> &tables();
const Table *table(const QString &name);

/** Settings that belong to this device, not to the diary: never exported (the backup folder...). */
bool isDeviceSetting(const QString &key);

/** The rows of one table as read from, or to be written to, a diary. Values: null, qint64, double or QString. */
struct TableRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

QString typeName(ColumnType type);

} // namespace waymark::exchange
