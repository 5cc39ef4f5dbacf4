// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** RFC 4180 CSV: writing (CRLF line ends, fields quoted when needed) and strict reading. */
namespace waymark::exchange::csv {

/** One record, fields quoted only when they hold a comma, quote, CR or LF; ends with CRLF. */
QByteArray record(const QStringList &fields);

struct Parsed
{
    QList<QStringList> records;
    QList<int> lines; ///< the line each record starts on (1-based), for messages
    QChar delimiter = QLatin1Char(',');
};

/**
 * Reads UTF-8 CSV (a BOM is skipped; ',' or, when the first line has more of them outside quotes,
 * ';' as spreadsheets in many countries write it). Throws InvalidInput naming the line on broken
 * quoting, text that is not UTF-8, or a NUL byte. Empty lines are skipped.
 */
Parsed parse(const QByteArray &bytes);

} // namespace waymark::exchange::csv
