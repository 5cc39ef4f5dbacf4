// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv.h"
#include "diary.h"
#include "undocommand.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

/**
 * Importing a spreadsheet saved as CSV into the open diary: doses (date, optional time, medicine,
 * mg) or symptom ratings (date, symptom, severity). The person maps columns, sees a preview with
 * the rows that cannot be read and why, and imports all rows or none, as one change (one undo step).
 */
namespace waymark::exchange {

struct SpreadsheetMapping
{
    enum class Kind { Doses, Symptoms };
    enum class DateOrder { Iso, DayMonthYear, MonthDayYear };
    Kind kind = Kind::Doses;
    bool hasHeader = true;
    DateOrder dateOrder = DateOrder::Iso;
    int date = -1; ///< column index, 0-based; -1 not mapped
    int time = -1; ///< optional
    int drug = -1; ///< doses: a column naming the medicine, or...
    QString drugName; ///< ...this medicine for every row (when drug is -1)
    int mg = -1;
    int symptom = -1; ///< symptoms: key or name of one of the diary's symptoms
    int severity = -1; ///< 0-4 or none/mild/moderate/severe/extreme
};

struct SpreadsheetRowError
{
    int line = 0; ///< line of the file (1-based)
    QString message; ///< what is wrong with the row and what to do; never repeats the cell's text
};

struct SpreadsheetRating
{
    QDate day;
    QString symptomKey;
    int severity = 0;
};

struct SpreadsheetPreview
{
    QStringList columns; ///< header names, or "Column 1"... without a header
    QList<QStringList> sample; ///< the first rows as read, for the mapping screen
    int dataRows = 0;
    QList<NewDose> doses; ///< to log
    QList<SpreadsheetRating> ratings; ///< to set
    int alreadyThere = 0; ///< rows the diary already has (skipped, so a file can be imported twice)
    int replacing = 0; ///< ratings that change a rating already in the diary
    QList<SpreadsheetRowError> errors;

    bool canImport() const { return errors.isEmpty() && (!doses.isEmpty() || !ratings.isEmpty()); }
    /** "12 doses to add, 2 already in your diary" or what stops the import. */
    QString summary() const;
};

/** The columns and first rows of a file, before any mapping (throws InvalidInput on broken CSV). */
SpreadsheetPreview readSpreadsheet(const csv::Parsed &file, bool hasHeader);
/** A column by header name (any case) or 1-based number; -1 when there is none. */
int findColumn(const QStringList &columns, const QString &nameOrNumber);
/** Reads every row with the mapping, checking each against the diary. */
SpreadsheetPreview previewSpreadsheet(const Diary &diary, const csv::Parsed &file, const SpreadsheetMapping &mapping);
/** The whole import as one undoable change; InvalidInput unless preview.canImport(). */
std::unique_ptr<UndoCommand> importSpreadsheet(const SpreadsheetPreview &preview);

} // namespace waymark::exchange
