// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "csv.h"
#include "diary.h"
#include "errors.h"
#include "savefile.h"
#include "tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace waymark::exchange {

namespace {

QString csvValue(ColumnType type, const QVariant &v)
{
    if (v.isNull())
        return {};
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
        return QString::number(v.toLongLong());
    case ColumnType::Real:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return v.toString();
    }
}

} // namespace

QStringList exportCsvFolder(const Diary &diary, const QString &folder)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not create the folder %1.")
                .arg(QDir::toNativeSeparators(folder)),
            QStringLiteral("out"));
    QStringList written;
    for (const Table &table : tables()) {
        QStringList header = table.columnNames();
        QStringList sql = header;
        for (const DerivedColumn &d : table.csvExtras) {
            header << d.name;
            sql << d.sql;
        }
        QByteArray bytes = csv::record(header);
        diary.forEachRow(table.name, sql, table.orderBy, [&](const QVariantList &row) {
            if (table.name == QLatin1String("settings") && isDeviceSetting(row.value(0).toString()))
                return;
            QStringList fields;
            for (int i = 0; i < row.size(); ++i) {
                const ColumnType type = i < table.columns.size() ? table.columns[i].type
                    : row[i].typeId() == QMetaType::Double       ? ColumnType::Real
                                                                 : ColumnType::Text;
                fields << csvValue(type, row[i]);
            }
            bytes += csv::record(fields);
        });
        const QString name = table.name + QStringLiteral(".csv");
        saveFile(dir.filePath(name), bytes);
        written << name;
    }
    saveFile(dir.filePath(QStringLiteral("README.txt")), csvColumnsText().toUtf8());
    written << QStringLiteral("README.txt");
    return written;
}

QString csvColumnsText()
{
    QStringList lines;
    lines << QStringLiteral("Waymark diary export as CSV (RFC 4180, UTF-8, comma-separated, CRLF line ends).")
          << notEncryptedWarning()
          << QStringLiteral("One file per table, with a header row. Dates are YYYY-MM-DD (calendar days), times HH:MM "
                            "(local), timestamps ISO 8601 in UTC; an empty field is no value. Ids link the files: "
                            "dose_events.drug_id is drugs.id, and so on. Columns marked \"CSV only\" repeat what the "
                            "id refers to, for reading the file on its own. The full description is docs/FORMAT.md.")
          << QString();
    for (const Table &t : tables()) {
        lines << QStringLiteral("%1.csv: %2").arg(t.name, t.meaning);
        for (const Column &c : t.columns)
            lines << QStringLiteral("  %1 (%2%3): %4")
                         .arg(c.name, typeName(c.type), c.nullable ? QStringLiteral(", may be empty") : QString(),
                             c.meaning);
        for (const DerivedColumn &d : t.csvExtras)
            lines << QStringLiteral("  %1: %2").arg(d.name, d.meaning);
        lines << QString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace waymark::exchange
