// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "diary.h"
#include "errors.h"
#include "migrations.h"
#include "tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <unistd.h>

namespace waymark::exchange {

namespace {

constexpr qint64 kMiB = 1024LL * 1024;

QJsonValue toJson(const Column &column, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (column.type) {
    case ColumnType::Integer:
        return QJsonValue(v.toLongLong());
    case ColumnType::Bool:
        return QJsonValue(v.toLongLong() != 0);
    case ColumnType::Real:
        return QJsonValue(v.toDouble());
    case ColumnType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
        return v.toString(); // not JSON after all: kept as text
    }
    default:
        return v.toString();
    }
}

[[noreturn]] void bad(const QString &where, const QString &why)
{
    throw Error(ErrorCode::InvalidInput,
        QCoreApplication::translate("Errors", "This file cannot be imported: %1 %2. Nothing was created.")
            .arg(where, why),
        QStringLiteral("file"));
}

QVariant fromJson(const Column &column, const QJsonValue &v, const QString &where)
{
    if (v.isNull() || v.isUndefined()) {
        if (!column.nullable)
            bad(where, QCoreApplication::translate("Import", "is empty, but it must have a value"));
        return {};
    }
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression timeRe(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    switch (column.type) {
    case ColumnType::Integer: {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::trunc(d) || std::fabs(d) > 9007199254740992.0)
            bad(where, QCoreApplication::translate("Import", "should be a whole number"));
        return QVariant::fromValue<qint64>(qint64(d));
    }
    case ColumnType::Bool:
        if (!v.isBool())
            bad(where, QCoreApplication::translate("Import", "should be true or false"));
        return QVariant::fromValue<qint64>(v.toBool() ? 1 : 0);
    case ColumnType::Real:
        if (!v.isDouble())
            bad(where, QCoreApplication::translate("Import", "should be a number"));
        return v.toDouble();
    case ColumnType::Json:
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (!v.isString())
            bad(where, QCoreApplication::translate("Import", "should be a JSON object"));
        return v.toString();
    case ColumnType::Date: {
        const QString s = v.toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!v.isString() || !dateRe.match(s).hasMatch() || !d.isValid())
            bad(where, QCoreApplication::translate("Import", "should be a date written YYYY-MM-DD"));
        if (d.year() < 1900 || d.year() > 2200)
            bad(where, QCoreApplication::translate("Import", "is a date outside the years 1900 to 2200"));
        return s;
    }
    case ColumnType::Time:
        if (!v.isString() || !timeRe.match(v.toString()).hasMatch())
            bad(where, QCoreApplication::translate("Import", "should be a time written HH:MM"));
        return v.toString();
    case ColumnType::Text:
    case ColumnType::Timestamp:
        if (!v.isString())
            bad(where, QCoreApplication::translate("Import", "should be text"));
        if (v.toString().size() > 100000)
            bad(where, QCoreApplication::translate("Import", "is far too long"));
        return v.toString();
    }
    return {};
}

} // namespace

QByteArray exportJson(const Diary &diary)
{
    QJsonObject tablesObject;
    for (const Table &table : tables()) {
        QJsonArray rows;
        const QStringList names = table.columnNames();
        diary.forEachRow(table.name, names, table.orderBy, [&](const QVariantList &row) {
            if (table.name == QLatin1String("settings") && isDeviceSetting(row.value(0).toString()))
                return;
            QJsonObject o;
            for (int i = 0; i < table.columns.size(); ++i)
                o.insert(table.columns[i].name, toJson(table.columns[i], row[i]));
            rows.append(o);
        });
        tablesObject.insert(table.name, rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(kJsonFormatName));
    root.insert(QStringLiteral("format_version"), kJsonFormatVersion);
    root.insert(QStringLiteral("schema_version"), diary.schemaVersion());
    root.insert(QStringLiteral("note"),
        QStringLiteral("A Waymark diary exported as JSON. This file is NOT encrypted: keep it somewhere only you "
                       "can read. Format: docs/FORMAT.md."));
    root.insert(QStringLiteral("tables"), tablesObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray readImportFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), f.errorString()),
            QStringLiteral("file"));
    if (f.size() > kMaxImportBytes)
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Errors",
                "This file is %1 MB; Waymark imports files of up to %2 MB. Check that it is the file "
                "you meant (a diary export of ten years is a few MB). Nothing was imported.")
                .arg(f.size() / kMiB)
                .arg(kMaxImportBytes / kMiB),
            QStringLiteral("file"));
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), f.errorString()));
    return bytes;
}

void importJsonAsNewDiary(const QByteArray &json, const QString &path, const QString &passphrase, const Clock &clock)
{
    if (json.size() > kMaxImportBytes)
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Errors", "This file is too large to be a Waymark export (over %1 MB). Nothing was created.")
                .arg(kMaxImportBytes / kMiB),
            QStringLiteral("file"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Errors",
                "This file is not valid JSON (%1 at character %2): it may be cut short or not a Waymark "
                "export. Nothing was created.")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            QStringLiteral("file"));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kJsonFormatName))
        throw Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Errors",
                "This JSON file is not a Waymark diary export (it has no \"format\": \"%1\"). Nothing was "
                "created.")
                .arg(QString::fromLatin1(kJsonFormatName)),
            QStringLiteral("file"));
    const QJsonValue formatVersion = root.value(QStringLiteral("format_version"));
    const QJsonValue schemaVersion = root.value(QStringLiteral("schema_version"));
    if (!formatVersion.isDouble() || !schemaVersion.isDouble())
        bad(QCoreApplication::translate("Import", "its format_version or schema_version"),
            QCoreApplication::translate("Import", "should be a whole number"));
    if (formatVersion.toInt() > kJsonFormatVersion || schemaVersion.toInt() > migrations::latestVersion())
        throw Error(ErrorCode::TooNew,
            QCoreApplication::translate("Errors",
                "This export was made by a newer version of Waymark (diary format %1; this version reads "
                "up to %2). Update Waymark to import it. Nothing was created.")
                .arg(schemaVersion.toInt())
                .arg(migrations::latestVersion()),
            QStringLiteral("file"));
    if (formatVersion.toInt() < 1 || schemaVersion.toInt() < 1)
        bad(QCoreApplication::translate("Import", "its format_version or schema_version"),
            QCoreApplication::translate("Import", "is not a version Waymark made"));
    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isObject())
        bad(QCoreApplication::translate("Import", "\"tables\""),
            QCoreApplication::translate("Import", "should be an object with one list per table"));
    const QJsonObject tablesObject = tablesValue.toObject();
    for (auto it = tablesObject.begin(); it != tablesObject.end(); ++it)
        if (!table(it.key()))
            bad(QCoreApplication::translate("Import", "the table \"%1\"").arg(it.key().left(40)),
                QCoreApplication::translate("Import", "is not part of a diary"));

    // Every value is checked for its type here; the schema's own rules (ranges, references) are
    // checked by the database inside the one transaction that fills the diary.
    QList<TableRows> input;
    for (const Table &t : tables()) {
        const QJsonValue rowsValue = tablesObject.value(t.name);
        if (rowsValue.isUndefined())
            continue;
        if (!rowsValue.isArray())
            bad(QStringLiteral("\"%1\"").arg(t.name),
                QCoreApplication::translate("Import", "should be a list of rows"));
        const QJsonArray array = rowsValue.toArray();
        // Columns added by a later schema step than the file's take their defaults; from the same
        // schema, every column must be there.
        QList<Column> present;
        for (const Column &c : t.columns)
            if (schemaVersion.toInt() == migrations::latestVersion() || array.isEmpty()
                || array.first().toObject().contains(c.name))
                present << c;
        TableRows rows;
        rows.table = t.name;
        for (const Column &c : present)
            rows.columns << c.name;
        int number = 0;
        for (const auto &rowValue : array) {
            ++number;
            const QString rowWhere = QCoreApplication::translate("Import", "row %1 of %2").arg(number).arg(t.name);
            if (!rowValue.isObject())
                bad(rowWhere, QCoreApplication::translate("Import", "should be an object"));
            const QJsonObject o = rowValue.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (!t.column(it.key()))
                    bad(rowWhere,
                        QCoreApplication::translate("Import", "has a column \"%1\" that %2 does not have")
                            .arg(it.key().left(40), t.name));
            QVariantList values;
            for (const Column &c : present) {
                const QJsonValue v = o.value(c.name);
                if (v.isUndefined() && !c.nullable)
                    bad(rowWhere, QCoreApplication::translate("Import", "has no column \"%1\"").arg(c.name));
                values << fromJson(c, v, QCoreApplication::translate("Import", "%1, column %2,").arg(rowWhere, c.name));
            }
            rows.rows << values;
        }
        input << rows;
    }

    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        throw Error(ErrorCode::AlreadyExists,
            QCoreApplication::translate("Errors",
                "%1 already exists; an import makes a new diary and never replaces a file. Choose "
                "another name.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("diary"));
    const QString tmpPath = info.absoluteDir().absoluteFilePath(
        QStringLiteral(".%1.importing-%2")
            .arg(info.fileName())
            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    try {
        auto diary = Diary::create(tmpPath, passphrase, clock);
        diary->loadTables(input);
        diary.reset();
    } catch (const Error &e) {
        QFile::remove(tmpPath);
        // The same sentence the messages above end with, in the language shown.
        const QString nothing = QCoreApplication::translate("Errors", "Nothing was created.");
        if (e.message().contains(nothing))
            throw;
        throw Error(e.code(), e.message() + QLatin1Char(' ') + nothing, e.field());
    } catch (...) {
        QFile::remove(tmpPath);
        throw;
    }
    // link() fails when the name was taken meanwhile: an existing file is never replaced.
    if (::link(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(tmpPath);
        throw Error(ErrorCode::Io,
            QCoreApplication::translate("Errors", "Could not save the new diary as %1: %2").arg(info.fileName(), why));
    }
    QFile::remove(tmpPath);
}

} // namespace waymark::exchange
