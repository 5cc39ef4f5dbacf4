// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"

#include <QByteArray>
#include <QString>

namespace waymark {
class Diary;
}

/**
 * The whole diary as one JSON document (docs/FORMAT.md, "JSON"): every table of exchange::tables()
 * with every column, ids kept, plus the format and schema versions. Exporting, importing into a
 * new diary and exporting again gives the same bytes.
 */
namespace waymark::exchange {

inline constexpr int kJsonFormatVersion = 1;
inline constexpr char kJsonFormatName[] = "waymark-diary";
/** Imports larger than this are refused before they are read (a ten-year diary is a few MB). */
inline constexpr qint64 kMaxImportBytes = 64LL * 1024 * 1024;

QByteArray exportJson(const Diary &diary);

/** Reads a file for import: InvalidInput when it is over kMaxImportBytes, Io when unreadable. */
QByteArray readImportFile(const QString &path);

/**
 * Creates a NEW diary at path (which must not exist) under passphrase, filled from an export. The
 * file is built under a temporary name and only takes its name once complete: on any error
 * (InvalidInput naming what is wrong, TooNew) nothing is left behind.
 */
void importJsonAsNewDiary(
    const QByteArray &json, const QString &path, const QString &passphrase, const Clock &clock = defaultClock());

} // namespace waymark::exchange
