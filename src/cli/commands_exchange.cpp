// SPDX-License-Identifier: GPL-3.0-or-later
// Export, import, backup and restore (src/core/exchange/, docs/FORMAT.md).
#include "backup.h"
#include "clock.h"
#include "commands.h"
#include "csv.h"
#include "csvexport.h"
#include "diary.h"
#include "errors.h"
#include "fhirexport.h"
#include "jsonformat.h"
#include "output.h"
#include "passphrase.h"
#include "savefile.h"
#include "spreadsheetimport.h"

#include <QDir>
#include <QFileInfo>

namespace waymark::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void refuseOutput(const Args &args, const QString &out, bool folder)
{
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(args.diary()).absoluteFilePath())
        throw Error(ErrorCode::InvalidInput, QStringLiteral("out: that is the diary itself; choose another name"),
            QStringLiteral("out"));
    if (args.has(QStringLiteral("replace")))
        return;
    const QFileInfo info(out);
    const bool taken = folder ? info.exists() && !QDir(out).isEmpty() : info.exists() || info.isSymLink();
    if (taken)
        throw Error(ErrorCode::AlreadyExists,
            QStringLiteral("out: %1 already exists; choose another name, or add --replace to write over it")
                .arg(native(out)),
            QStringLiteral("out"));
}

int columnOption(const Args &args, const QString &name, const QStringList &columns)
{
    const auto v = args.value(name);
    if (!v)
        return -1;
    const int c = exchange::findColumn(columns, *v);
    if (c < 0)
        throw Error(ErrorCode::InvalidInput,
            QStringLiteral("%1: the file has no column of that name or number (its columns: %2)")
                .arg(name, columns.join(QStringLiteral(", ")).left(300)),
            name);
    return c;
}

int importCsv(const Args &args, const QString &file)
{
    const exchange::csv::Parsed parsed = exchange::csv::parse(exchange::readImportFile(file));
    exchange::SpreadsheetMapping m;
    m.hasHeader = !args.has(QStringLiteral("no-header"));
    const QString kind = args.value(QStringLiteral("kind")).value_or(QStringLiteral("doses"));
    if (kind == QLatin1String("symptoms"))
        m.kind = exchange::SpreadsheetMapping::Kind::Symptoms;
    else if (kind != QLatin1String("doses"))
        throwInvalid(QStringLiteral("kind"), QStringLiteral("write doses or symptoms"));
    const QString order = args.value(QStringLiteral("date-order")).value_or(QStringLiteral("ymd"));
    if (order == QLatin1String("dmy"))
        m.dateOrder = exchange::SpreadsheetMapping::DateOrder::DayMonthYear;
    else if (order == QLatin1String("mdy"))
        m.dateOrder = exchange::SpreadsheetMapping::DateOrder::MonthDayYear;
    else if (order != QLatin1String("ymd"))
        throwInvalid(QStringLiteral("date-order"), QStringLiteral("write ymd, dmy or mdy"));
    const QStringList columns = exchange::readSpreadsheet(parsed, m.hasHeader).columns;
    m.date = columnOption(args, QStringLiteral("date-column"), columns);
    m.time = columnOption(args, QStringLiteral("time-column"), columns);
    m.drug = columnOption(args, QStringLiteral("drug-column"), columns);
    m.mg = columnOption(args, QStringLiteral("mg-column"), columns);
    m.symptom = columnOption(args, QStringLiteral("symptom-column"), columns);
    m.severity = columnOption(args, QStringLiteral("severity-column"), columns);
    m.drugName = args.value(QStringLiteral("drug")).value_or(QString());

    auto diary = openDiary(args, args.has(QStringLiteral("dry-run")));
    const exchange::SpreadsheetPreview p = exchange::previewSpreadsheet(*diary, parsed, m);
    for (const exchange::SpreadsheetRowError &e : p.errors)
        printErrLine(e.message);
    if (!p.errors.isEmpty()) {
        printError(p.summary());
        return exitCodeFor(ErrorCode::InvalidInput);
    }
    if (args.has(QStringLiteral("dry-run")) || !p.canImport()) {
        printOut(p.summary() + (p.canImport() ? QStringLiteral(" (dry run: nothing was imported)") : QString()));
        return 0;
    }
    auto command = exchange::importSpreadsheet(p);
    diary->batch([&] { command->redo(*diary); });
    printOut(QStringLiteral("Imported: %1").arg(p.summary()));
    return 0;
}

} // namespace

int cmdExport(const Args &args)
{
    const QString format = args.required(QStringLiteral("format"));
    const QString out = args.required(QStringLiteral("out"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("fhir"))
        throwInvalid(QStringLiteral("format"), QStringLiteral("write csv, json or fhir"));
    refuseOutput(args, out, format == QLatin1String("csv"));
    auto diary = openDiary(args, true);
    if (format == QLatin1String("csv")) {
        const QStringList files = exchange::exportCsvFolder(*diary, out);
        printOut(QStringLiteral("Exported the diary as CSV to %1 (%2 files).").arg(native(out)).arg(files.size()));
    } else {
        exchange::saveFile(
            out, format == QLatin1String("json") ? exchange::exportJson(*diary) : exchange::exportFhir(*diary));
        printOut(QStringLiteral("Exported the diary as %1 to %2.")
                     .arg(format == QLatin1String("json") ? QStringLiteral("JSON") : QStringLiteral("a FHIR R4 bundle"),
                         native(out)));
    }
    printErrLine(exchange::notEncryptedWarning());
    return 0;
}

int cmdImport(const Args &args)
{
    const QString format = args.required(QStringLiteral("format"));
    const QString file = args.positionals.value(0);
    if (format == QLatin1String("csv"))
        return importCsv(args, file);
    if (format != QLatin1String("json"))
        throwInvalid(QStringLiteral("format"), QStringLiteral("write json or csv"));
    const QString path = args.diary();
    refuseExisting(path);
    const QByteArray json = exchange::readImportFile(file);
    Secret passphrase = newPassphrase("WAYMARK_PASSPHRASE");
    exchange::importJsonAsNewDiary(json, path, passphrase.text());
    printOut(QStringLiteral("Created the diary %1 from the export.").arg(native(path)));
    return 0;
}

int cmdBackup(const Args &args)
{
    const QString out = args.required(QStringLiteral("out"));
    refuseOutput(args, out, false);
    auto diary = openDiary(args, false);
    diary->backupTo(out);
    printOut(QStringLiteral("Backed up the diary to %1, encrypted with the diary's passphrase. Restore it with "
                            "\"waymark-cli restore %1\".")
                 .arg(native(out)));
    return 0;
}

int cmdRestore(const Args &args)
{
    const QString path = args.diary();
    const QStringList kept = exchange::keptDiaries(path);
    if (args.has(QStringLiteral("confirm")) || args.has(QStringLiteral("undo"))) {
        if (kept.isEmpty())
            throw Error(ErrorCode::NotFound, QStringLiteral("There is no diary kept by a restore of this diary."));
        if (args.has(QStringLiteral("confirm"))) {
            exchange::confirmRestore(kept.first());
            printOut(QStringLiteral("Deleted %1, the diary as it was before the restore.").arg(native(kept.first())));
        } else {
            exchange::revertRestore(path, kept.first());
            printOut(QStringLiteral("Put back the diary as it was before the restore."));
        }
        return 0;
    }
    if (args.positionals.isEmpty())
        throw UsageError { QStringLiteral("restore needs the backup FILE (or --confirm or --undo)"),
            QStringLiteral("restore") };
    Secret passphrase = currentPassphrase();
    const exchange::BackupInfo info = exchange::verifyBackup(args.positionals.first(), passphrase.text());
    const QString keptPath
        = exchange::restoreBackup(path, args.positionals.first(), passphrase.text(), defaultClock().today());
    QString text = QStringLiteral("Restored the backup (%1 days with entries, %2 doses%3).")
                       .arg(info.days)
                       .arg(info.doses)
                       .arg(info.lastDay.isValid() ? QStringLiteral(", last day ") + info.lastDay.toString(Qt::ISODate)
                                                   : QString());
    if (!keptPath.isEmpty())
        text += QStringLiteral(" The diary it replaced is kept as %1: when the restored diary is right, run "
                               "\"waymark-cli restore --confirm\" to delete it, or \"waymark-cli restore --undo\" to "
                               "put it back.")
                    .arg(native(keptPath));
    printOut(text);
    return 0;
}

QList<Command> exchangeCommands()
{
    using D = Command::DiaryUse;
    const Option replace { QStringLiteral("replace"), QString(), QStringLiteral("write over an existing file") };
    return {
        { QStringLiteral("export"), QStringLiteral("--format csv|json|fhir --out PATH [--replace]"),
            QStringLiteral("Write the diary as CSV, JSON or a FHIR R4 bundle (NOT encrypted)"),
            QStringLiteral("Opens the diary read-only and writes it, atomically:\n"
                           "  csv   a folder with one file per table (RFC 4180, UTF-8, header row) and README.txt\n"
                           "  json  the whole diary in one file; \"import --format json\" makes a new diary of it\n"
                           "  fhir  a FHIR R4 Bundle (collection) for health records\n"
                           "The files are NOT encrypted. Formats: docs/FORMAT.md."),
            { { QStringLiteral("format"), QStringLiteral("F"), QStringLiteral("csv, json or fhir") },
                { QStringLiteral("out"), QStringLiteral("PATH"),
                    QStringLiteral("the file (json, fhir) or folder (csv)") },
                replace },
            0, 0, D::Required, true, cmdExport },
        { QStringLiteral("import"), QStringLiteral("--format json|csv FILE [mapping options]"),
            QStringLiteral("Make a new diary from a JSON export, or add a spreadsheet's doses or symptoms"),
            QStringLiteral(
                "json: creates the diary given by --diary (it must not exist) from a \"waymark-cli export\n"
                "--format json\" file, under a new passphrase (WAYMARK_PASSPHRASE, else asked twice).\n"
                "csv: adds the rows of a spreadsheet saved as CSV to the diary, all of them or none: every\n"
                "row that cannot be read is listed with its line and nothing is imported. Rows already in\n"
                "the diary are skipped. --kind doses needs --date-column, --mg-column and --drug-column or\n"
                "--drug; --kind symptoms needs --date-column, --symptom-column and --severity-column.\n"
                "Columns are given by header name or number (1 is the first).\n"
                "Example: import --format csv doses.csv --date-column Date --mg-column mg --drug sertraline"),
            { { QStringLiteral("format"), QStringLiteral("F"), QStringLiteral("json or csv") },
                { QStringLiteral("kind"), QStringLiteral("K"), QStringLiteral("csv: doses (default) or symptoms") },
                { QStringLiteral("date-column"), QStringLiteral("C"), QStringLiteral("csv: the dates") },
                { QStringLiteral("date-order"), QStringLiteral("O"),
                    QStringLiteral("csv: ymd (2026-03-31, default), dmy (31/03/2026) or mdy (03/31/2026)") },
                { QStringLiteral("time-column"), QStringLiteral("C"), QStringLiteral("csv doses: times (optional)") },
                { QStringLiteral("drug-column"), QStringLiteral("C"), QStringLiteral("csv doses: medicine names") },
                { QStringLiteral("drug"), QStringLiteral("NAME"),
                    QStringLiteral("csv doses: this medicine for every row") },
                { QStringLiteral("mg-column"), QStringLiteral("C"), QStringLiteral("csv doses: doses in mg") },
                { QStringLiteral("symptom-column"), QStringLiteral("C"),
                    QStringLiteral("csv symptoms: symptom keys or names") },
                { QStringLiteral("severity-column"), QStringLiteral("C"),
                    QStringLiteral("csv symptoms: 0-4 or none, mild, moderate, severe, extreme") },
                { QStringLiteral("no-header"), QString(), QStringLiteral("csv: the first row is data, not names") },
                { QStringLiteral("dry-run"), QString(),
                    QStringLiteral("csv: show what would be imported, import nothing") } },
            1, 1, D::Required, true, cmdImport },
        { QStringLiteral("backup"), QStringLiteral("--out FILE [--replace]"),
            QStringLiteral("Write an encrypted backup of the diary"),
            QStringLiteral("Writes an encrypted copy of the diary, under its passphrase, and checks that it opens.\n"
                           "It opens like the diary (docs/FORMAT.md); \"waymark-cli restore FILE\" puts it back."),
            { { QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the backup file") }, replace }, 0, 0,
            D::Required, true, cmdBackup },
        { QStringLiteral("restore"), QStringLiteral("FILE | --confirm | --undo"),
            QStringLiteral("Replace the diary with a backup, keeping the old one until you confirm"),
            QStringLiteral("Opens the backup with the passphrase it was made under (WAYMARK_PASSPHRASE, else asked)\n"
                           "and checks it (a Waymark diary, not damaged, not from a newer version) before anything\n"
                           "is replaced. The diary it replaces is kept as FILE.before-restore-DATE until you run\n"
                           "\"restore --confirm\" (deletes it) or \"restore --undo\" (puts it back).\n"
                           "When --diary names no file yet, the backup is simply put there."),
            { { QStringLiteral("confirm"), QString(), QStringLiteral("delete the diary kept by the last restore") },
                { QStringLiteral("undo"), QString(), QStringLiteral("put the kept diary back") } },
            0, 1, D::Required, true, cmdRestore },
    };
}

} // namespace waymark::cli
