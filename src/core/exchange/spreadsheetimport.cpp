// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetimport.h"

#include "diarycommands.h"
#include "errors.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <tuple>

namespace waymark::exchange {

namespace {

constexpr int kSampleRows = 8;
constexpr int kMaxErrors = 200;

QDate parseDay(const QString &text, SpreadsheetMapping::DateOrder order, QString *why)
{
    const QString t = text.trimmed();
    if (order == SpreadsheetMapping::DateOrder::Iso) {
        try {
            return validate::date(
                t.left(10).size() == 10 && t.size() > 10 && t.at(10) == QLatin1Char('T') ? t.left(10) : t);
        } catch (const Error &) {
            static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            *why = iso.match(t).hasMatch()
                ? QCoreApplication::translate("Import", "the date does not exist or is outside 1900 to 2200")
                : QCoreApplication::translate("Import",
                    "the date is not written YYYY-MM-DD (choose another date "
                    "order if the file writes dates differently)");
            return {};
        }
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    const auto m = re.match(t);
    if (!m.hasMatch()) {
        *why = order == SpreadsheetMapping::DateOrder::DayMonthYear
            ? QCoreApplication::translate("Import", "the date is not written day/month/year")
            : QCoreApplication::translate("Import", "the date is not written month/day/year");
        return {};
    }
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const int y = m.captured(3).toInt();
    const QDate d = order == SpreadsheetMapping::DateOrder::DayMonthYear ? QDate(y, b, a) : QDate(y, a, b);
    if (!d.isValid() || y < 1900 || y > 2200) {
        *why = QCoreApplication::translate("Import", "the date does not exist or is outside 1900 to 2200");
        return {};
    }
    return d;
}

std::optional<int> parseSeverity(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList words { QStringLiteral("none"), QStringLiteral("mild"), QStringLiteral("moderate"),
        QStringLiteral("severe"), QStringLiteral("extreme") };
    if (const auto i = words.indexOf(t); i >= 0)
        return int(i);
    if (t == QLatin1String("very severe"))
        return validate::kMaxSeverity;
    bool ok = false;
    const int v = t.toInt(&ok);
    if (ok && v >= 0 && v <= validate::kMaxSeverity)
        return v;
    return std::nullopt;
}

QString cell(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row[column].trimmed() : QString();
}

} // namespace

QString SpreadsheetPreview::summary() const
{
    if (!errors.isEmpty())
        return QCoreApplication::translate("Import",
            "%1 of %2 rows cannot be read; fix them (or the column mapping) and try again. Nothing "
            "is imported until every row can be read.")
            .arg(errors.size())
            .arg(dataRows);
    if (doses.isEmpty() && ratings.isEmpty())
        return dataRows > 0
            ? QCoreApplication::translate("Import", "Nothing to import: every row is already in your diary.")
            : QCoreApplication::translate("Import", "Nothing to import.");
    QStringList parts;
    // Singular and plural spelled out (no %n): without a translator (the CLI) the text stays whole English.
    const auto count = [](qsizetype n, const char *one, const char *many) {
        return n == 1 ? QCoreApplication::translate("Import", one) : QCoreApplication::translate("Import", many).arg(n);
    };
    if (!doses.isEmpty())
        parts << count(
            doses.size(), QT_TRANSLATE_NOOP("Import", "1 dose to add"), QT_TRANSLATE_NOOP("Import", "%1 doses to add"));
    if (!ratings.isEmpty())
        parts << count(ratings.size(), QT_TRANSLATE_NOOP("Import", "1 symptom rating to set"),
            QT_TRANSLATE_NOOP("Import", "%1 symptom ratings to set"));
    if (replacing > 0)
        parts << count(replacing, QT_TRANSLATE_NOOP("Import", "1 of them changes a rating already in your diary"),
            QT_TRANSLATE_NOOP("Import", "%1 of them change a rating already in your diary"));
    if (alreadyThere > 0)
        parts << count(alreadyThere, QT_TRANSLATE_NOOP("Import", "1 row already in your diary (skipped)"),
            QT_TRANSLATE_NOOP("Import", "%1 rows already in your diary (skipped)"));
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

SpreadsheetPreview readSpreadsheet(const csv::Parsed &file, bool hasHeader)
{
    SpreadsheetPreview p;
    qsizetype width = 0;
    for (const QStringList &r : file.records)
        width = std::max(width, r.size());
    if (hasHeader && !file.records.isEmpty()) {
        p.columns = file.records.first();
        for (qsizetype i = 0; i < p.columns.size(); ++i)
            if (p.columns[i].trimmed().isEmpty())
                p.columns[i] = QCoreApplication::translate("Import", "Column %1").arg(i + 1);
    }
    for (qsizetype i = p.columns.size(); i < width; ++i)
        p.columns << QCoreApplication::translate("Import", "Column %1").arg(i + 1);
    const qsizetype start = hasHeader ? 1 : 0;
    p.dataRows = int(std::max<qsizetype>(0, file.records.size() - start));
    for (qsizetype i = start; i < file.records.size() && p.sample.size() < kSampleRows; ++i)
        p.sample << file.records[i];
    return p;
}

int findColumn(const QStringList &columns, const QString &nameOrNumber)
{
    const QString t = nameOrNumber.trimmed();
    if (t.isEmpty())
        return -1;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].trimmed().compare(t, Qt::CaseInsensitive) == 0)
            return int(i);
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok && n >= 1 && n <= columns.size() ? n - 1 : -1;
}

SpreadsheetPreview previewSpreadsheet(const Diary &diary, const csv::Parsed &file, const SpreadsheetMapping &m)
{
    SpreadsheetPreview p = readSpreadsheet(file, m.hasHeader);
    const bool doses = m.kind == SpreadsheetMapping::Kind::Doses;
    auto fail = [&](int line, const QString &why) {
        if (p.errors.size() < kMaxErrors)
            p.errors.append({ line, QCoreApplication::translate("Import", "Line %1: %2.").arg(line).arg(why) });
        else if (p.errors.size() == kMaxErrors)
            p.errors.append({ line,
                QCoreApplication::translate("Import", "More rows cannot be read; only the first %1 are listed.")
                    .arg(kMaxErrors) });
    };
    // What the mapping must name before any row is read.
    if (m.date < 0)
        p.errors.append({ 0, QCoreApplication::translate("Import", "Choose the column that holds the dates.") });
    if (doses && m.mg < 0)
        p.errors.append({ 0, QCoreApplication::translate("Import", "Choose the column that holds the doses in mg.") });
    if (doses && m.drug < 0 && m.drugName.trimmed().isEmpty())
        p.errors.append({ 0,
            QCoreApplication::translate(
                "Import", "Choose the column naming the medicine, or one medicine for every row.") });
    if (!doses && (m.symptom < 0 || m.severity < 0))
        p.errors.append(
            { 0, QCoreApplication::translate("Import", "Choose the columns that hold the symptom and its severity.") });
    if (!p.errors.isEmpty())
        return p;

    std::optional<Drug> fixedDrug;
    if (doses && m.drug < 0) {
        fixedDrug = diary.drugByName(m.drugName.trimmed());
        if (!fixedDrug) {
            p.errors.append({ 0,
                QCoreApplication::translate(
                    "Import", "The medicine chosen for every row is not in your diary; add it first.") });
            return p;
        }
    }
    QHash<QString, Symptom> symptoms; // by key and by lower-case name
    if (!doses)
        for (const Symptom &s : diary.symptoms(true)) {
            symptoms.insert(s.key.toLower(), s);
            symptoms.insert(s.name.toLower(), s);
        }
    QHash<QString, std::optional<Drug>> drugs;
    const QDate today = diary.clock().today();

    // Existing doses per (day, drug, time, µg), so a file imported twice adds nothing twice.
    using DoseKey = std::tuple<qint64, qint64, int, qint64>;
    QMap<DoseKey, int> existing;
    QHash<QString, int> ratedInFile; // "day|key" -> line
    const qsizetype start = m.hasHeader ? 1 : 0;
    QDate minDay, maxDay;
    QList<std::pair<int, NewDose>> pending;
    for (qsizetype i = start; i < file.records.size(); ++i) {
        const QStringList &row = file.records[i];
        const int line = file.lines.value(i, int(i) + 1);
        QString why;
        const QString dateText = cell(row, m.date);
        if (dateText.isEmpty()) {
            fail(line, QCoreApplication::translate("Errors", "the date is empty"));
            continue;
        }
        const QDate day = parseDay(dateText, m.dateOrder, &why);
        if (!day.isValid()) {
            fail(line, why);
            continue;
        }
        if (day > today) {
            fail(line, QCoreApplication::translate("Errors", "the date is in the future"));
            continue;
        }
        if (doses) {
            NewDose dose;
            dose.date = day;
            if (m.time >= 0 && !cell(row, m.time).isEmpty()) {
                try {
                    dose.time = validate::time(cell(row, m.time));
                } catch (const Error &) {
                    fail(line,
                        QCoreApplication::translate(
                            "Errors", "the time cannot be read (write it as 08:30 or 8:30 pm)"));
                    continue;
                }
            }
            if (fixedDrug) {
                dose.drugId = fixedDrug->id;
            } else {
                const QString name = cell(row, m.drug);
                if (name.isEmpty()) {
                    fail(line, QCoreApplication::translate("Errors", "the medicine is empty"));
                    continue;
                }
                auto it = drugs.find(name.toLower());
                if (it == drugs.end())
                    it = drugs.insert(name.toLower(), diary.drugByName(name));
                if (!*it) {
                    fail(line,
                        QCoreApplication::translate(
                            "Errors", "the medicine is not in your diary; add it first (same spelling)"));
                    continue;
                }
                dose.drugId = (*it)->id;
            }
            try {
                dose.micrograms = validate::doseMicrograms(validate::number(cell(row, m.mg), QStringLiteral("mg")));
            } catch (const Error &) {
                fail(line,
                    QCoreApplication::translate("Errors", "the dose is not a number of mg above 0 and up to %1")
                        .arg(validate::kMaxDoseMg));
                continue;
            }
            if (diary.isUnusuallyLarge(dose.drugId, double(dose.micrograms) / 1000.0)) {
                fail(line,
                    QCoreApplication::translate("Errors",
                        "the dose is more than ten times the largest strength of the medicine; check "
                        "the mg column"));
                continue;
            }
            pending.append({ line, dose });
            minDay = minDay.isValid() ? std::min(minDay, day) : day;
            maxDay = maxDay.isValid() ? std::max(maxDay, day) : day;
        } else {
            const QString name = cell(row, m.symptom);
            const auto s = symptoms.constFind(name.toLower());
            if (name.isEmpty() || s == symptoms.cend()) {
                fail(line,
                    QCoreApplication::translate("Errors",
                        "the symptom is not one of your diary's symptoms (use its name or key as "
                        "Settings and \"waymark-cli symptoms\" list them)"));
                continue;
            }
            const auto severity = parseSeverity(cell(row, m.severity));
            if (!severity) {
                fail(line,
                    QCoreApplication::translate(
                        "Errors", "the severity is not 0 to 4 or none, mild, moderate, severe, extreme"));
                continue;
            }
            const QString key = day.toString(Qt::ISODate) + QLatin1Char('|') + s->key;
            if (const int other = ratedInFile.value(key, 0)) {
                fail(line,
                    QCoreApplication::translate("Errors", "it rates the same symptom on the same day as line %1")
                        .arg(other));
                continue;
            }
            ratedInFile.insert(key, line);
            const auto before = diary.ratings(day).value(s->key, -1);
            if (before == *severity) {
                ++p.alreadyThere;
                continue;
            }
            if (before >= 0)
                ++p.replacing;
            p.ratings.append({ day, s->key, *severity });
        }
    }
    if (p.dataRows == 0)
        p.errors.append({ 0, QCoreApplication::translate("Import", "The file has no rows to import.") });
    if (!pending.isEmpty() && p.errors.isEmpty()) {
        for (const DoseEvent &e : diary.doses(minDay, maxDay))
            ++existing[DoseKey(
                e.date.toJulianDay(), e.drugId, e.time ? e.time->msecsSinceStartOfDay() : -1, e.micrograms)];
        for (const auto &[line, dose] : pending) {
            const DoseKey k(dose.date.toJulianDay(), dose.drugId, dose.time ? dose.time->msecsSinceStartOfDay() : -1,
                dose.micrograms);
            if (auto it = existing.find(k); it != existing.end() && *it > 0) {
                --*it;
                ++p.alreadyThere;
                continue;
            }
            p.doses.append(dose);
        }
    }
    return p;
}

std::unique_ptr<UndoCommand> importSpreadsheet(const SpreadsheetPreview &preview)
{
    if (!preview.canImport())
        throw Error(ErrorCode::InvalidInput, preview.summary(), QStringLiteral("file"));
    std::shared_ptr<UndoCommand> doses = commands::logDoses(preview.doses);
    QList<std::shared_ptr<UndoCommand>> ratings;
    QMap<QDate, QMap<QString, std::optional<int>>> byDay;
    for (const SpreadsheetRating &r : preview.ratings)
        byDay[r.day].insert(r.symptomKey, r.severity);
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        ratings << std::shared_ptr<UndoCommand>(commands::setRatings(it.key(), it.value()));
    const int n = int(preview.doses.size() + preview.ratings.size());
    return commands::make(
        UndoLabel(QT_TRANSLATE_N_NOOP("Undo", "Imported %n entries"), n),
        [doses, ratings, hasDoses = !preview.doses.isEmpty()](Diary &d) {
            if (hasDoses)
                doses->redo(d);
            for (const auto &r : ratings)
                r->redo(d);
        },
        [doses, ratings, hasDoses = !preview.doses.isEmpty()](Diary &d) {
            for (auto it = ratings.crbegin(); it != ratings.crend(); ++it)
                (*it)->undo(d);
            if (hasDoses)
                doses->undo(d);
        });
}

} // namespace waymark::exchange
