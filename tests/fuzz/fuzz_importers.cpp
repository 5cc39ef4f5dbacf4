// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every importer, the files a person brings in from elsewhere.
// The first input byte picks the importer:
//   even: the rest is a JSON export, imported as a new diary (importJsonAsNewDiary);
//   odd:  the rest is a spreadsheet (CSV) read, previewed against a diary with a mapping taken from
//         the second byte (kind, header, date order, which columns), and, when it can be imported,
//         imported as one undoable step, undone and redone.
// Set-up (raw key without KDF, scratch folder) in fuzzsetup.h.
// Only waymark::Error may come out; a JSON import that fails must leave no file behind.
#include "diary.h"
#include "errors.h"
#include "exchange/csv.h"
#include "exchange/jsonformat.h"
#include "exchange/spreadsheetimport.h"
#include "fuzzsetup.h"
#include "undocommand.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

const QString kRawKey = waymark::fuzz::rawKey();
QTemporaryDir *folder = nullptr;
std::unique_ptr<waymark::Diary> diary; // the spreadsheet's target: two drugs, the default symptoms

void importJson(const QByteArray &bytes)
{
    const QString path = folder->filePath(QStringLiteral("imported.waymark"));
    QFile::remove(path);
    try {
        waymark::exchange::importJsonAsNewDiary(bytes, path, kRawKey);
        waymark::Diary::open(path, kRawKey)->doses(QDate(1900, 1, 1), QDate(2200, 1, 1));
    } catch (const waymark::Error &) {
        if (QFile::exists(path))
            std::abort(); // a refused import left a diary behind
    }
    QFile::remove(path);
    // nothing else may be left in the folder by an import, refused or not
    if (QDir(folder->path()).entryList(QDir::Files | QDir::Hidden).size() != 1)
        std::abort();
}

void importSpreadsheet(quint8 how, const QByteArray &bytes)
{
    using waymark::exchange::SpreadsheetMapping;
    try {
        const waymark::exchange::csv::Parsed file = waymark::exchange::csv::parse(bytes);
        SpreadsheetMapping m;
        m.kind = (how & 1) != 0 ? SpreadsheetMapping::Kind::Symptoms : SpreadsheetMapping::Kind::Doses;
        m.hasHeader = (how & 2) != 0;
        m.dateOrder = SpreadsheetMapping::DateOrder((how >> 2) % 3);
        m.date = 0;
        m.time = (how & 16) != 0 ? 3 : -1;
        if (m.kind == SpreadsheetMapping::Kind::Doses) {
            m.drug = (how & 32) != 0 ? 1 : -1;
            m.drugName = QStringLiteral("Sertraline");
            m.mg = 2;
        } else {
            m.symptom = 1;
            m.severity = 2;
        }
        const auto read = waymark::exchange::readSpreadsheet(file, m.hasHeader);
        (void)read.summary();
        const auto preview = waymark::exchange::previewSpreadsheet(*diary, file, m);
        (void)preview.summary();
        if (!preview.canImport())
            return;
        auto command = waymark::exchange::importSpreadsheet(preview);
        command->redo(*diary);
        command->undo(*diary);
    } catch (const waymark::Error &) { }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    folder = waymark::fuzz::setUp("fuzz_importers");
    diary = waymark::Diary::create(folder->filePath(QStringLiteral("target.waymark")), kRawKey);
    diary->addDrug(QStringLiteral("Sertraline"));
    diary->addDrug(QStringLiteral("Diazepam"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    if ((data[0] & 1) == 0)
        importJson(rest);
    else
        importSpreadsheet(data[1], rest);
    return 0;
}
