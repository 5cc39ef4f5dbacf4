// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace waymark {
class Diary;
}

namespace waymark::exchange {

/**
 * Writes the diary as CSV (RFC 4180, UTF-8, ISO dates), one file per table of exchange::tables()
 * named <table>.csv with a header row, plus README.txt describing every column, into folder
 * (created if missing; files of those names are replaced atomically). Returns the file names.
 */
QStringList exportCsvFolder(const Diary &diary, const QString &folder);

/** The text of README.txt: each table and column with its type and meaning. */
QString csvColumnsText();

} // namespace waymark::exchange
