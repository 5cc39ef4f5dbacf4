// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include "errors.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace waymark::exchange::csv {

QByteArray record(const QStringList &fields)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString &f = fields[i];
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            QString quoted = f;
            quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
            out += '"' + quoted.toUtf8() + '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

namespace {

[[noreturn]] void broken(int line, const QString &why)
{
    throw Error(ErrorCode::InvalidInput,
        QCoreApplication::translate("Errors",
            "Line %1 of the CSV file %2. Fix the file (or save it again from the spreadsheet as CSV "
            "UTF-8) and try again; nothing was imported.")
            .arg(line)
            .arg(why),
        QStringLiteral("file"));
}

QChar guessDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

Parsed parse(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        broken(1 + int(bytes.left(bytes.indexOf('\0')).count('\n')),
            QCoreApplication::translate("Import", "has a NUL byte: it is not a text file"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        broken(1, QCoreApplication::translate("Import", "is not UTF-8 text"));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Parsed out;
    out.delimiter = guessDelimiter(text);
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    bool any = false; // the record has a field or a character
    auto endField = [&] {
        fields << field;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(fields.size() == 1 && fields.first().isEmpty() && !any)) {
            out.records << fields;
            out.lines << recordLine;
        }
        fields.clear();
        any = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                broken(line,
                    QCoreApplication::translate("Import",
                        "has a quote (\") inside a field that does not start with one; a quote in a "
                        "field must be doubled and the field quoted"));
            inQuotes = true;
            wasQuoted = true;
            any = true;
        } else if (c == out.delimiter) {
            endField();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (wasQuoted)
                broken(line, QCoreApplication::translate("Import", "has text after the closing quote of a field"));
            field += c;
            any = true;
        }
    }
    if (inQuotes)
        broken(recordLine,
            QCoreApplication::translate(
                "Import", "opens a quote (\") that is never closed: the file may be cut short"));
    if (any || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return out;
}

} // namespace waymark::exchange::csv
