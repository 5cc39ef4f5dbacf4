// SPDX-License-Identifier: GPL-3.0-or-later
// Logging doses, symptoms and day fields, and showing a day.
#include "commands.h"

#include "diary.h"
#include "errors.h"
#include "output.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace waymark::cli {

namespace {

QString mgText(double mg)
{
    return QLocale::c().toString(mg, 'g', 12);
}

QString severityWord(int severity)
{
    static const char *words[] = { "none", "mild", "moderate", "severe", "extreme" };
    return severity >= 0 && severity <= 4 ? QString::fromLatin1(words[severity]) : QString::number(severity);
}

} // namespace

int cmdLogDose(const Args &args)
{
    // Check everything typed before asking for the passphrase.
    NewDose dose;
    dose.date = parseDate(args.required(QStringLiteral("date")));
    if (const auto t = args.value(QStringLiteral("time")))
        dose.time = validate::time(*t);
    const QString drugName = validate::name(args.required(QStringLiteral("drug")), QStringLiteral("drug"));
    const double mg = validate::number(args.required(QStringLiteral("mg")), QStringLiteral("mg"));
    dose.micrograms = validate::doseMicrograms(mg);
    dose.note = noteFrom(args).value_or(QString());
    dose.confirmedLarge = args.has(QStringLiteral("force"));

    auto diary = openDiary(args, false);
    dose.drugId = requireDrug(*diary, drugName).id;
    const double exactMg = double(dose.micrograms) / 1000.0;
    if (!dose.confirmedLarge && diary->isUnusuallyLarge(dose.drugId, exactMg))
        throwInvalid(QStringLiteral("mg"),
            QStringLiteral("%1 mg is more than 10 times the largest strength listed for this drug; check "
                           "the amount, and if it is right, run the command again with --force")
                .arg(mgText(exactMg)));
    const DoseEvent e = diary->logDose(dose);
    printOut(QStringLiteral("Logged %1 mg on %2%3.")
                 .arg(mgText(e.mg()), e.date.toString(Qt::ISODate),
                     e.time ? QStringLiteral(" at ") + e.time->toString(QStringLiteral("HH:mm")) : QString()));
    return 0;
}

int cmdLogSymptom(const Args &args)
{
    const QDate date = parseDate(args.required(QStringLiteral("date")));
    const QString key = args.required(QStringLiteral("symptom")).trimmed();
    if (key.isEmpty())
        throwInvalid(QStringLiteral("symptom"),
            QStringLiteral("a symptom key is needed; list them with \"waymark-cli symptoms\""));
    const int severity
        = validate::severity(parseInt(args.required(QStringLiteral("severity")), QStringLiteral("severity")));

    auto diary = openDiary(args, false);
    if (!diary->symptom(key))
        throw Error(ErrorCode::NotFound,
            QStringLiteral("symptom: this diary has no symptom with that key; list the keys with "
                           "\"waymark-cli symptoms\""),
            QStringLiteral("symptom"));
    diary->setRating(date, key, severity);
    printOut(QStringLiteral("Rated %1 on %2.").arg(severityWord(severity), date.toString(Qt::ISODate)));
    return 0;
}

int cmdLogDay(const Args &args)
{
    const QDate date = parseDate(args.required(QStringLiteral("date")));
    std::optional<int> wellbeing;
    std::optional<double> sleep;
    std::optional<QString> note;
    if (const auto w = args.value(QStringLiteral("wellbeing"))) {
        wellbeing = validate::wellbeing(parseInt(*w, QStringLiteral("wellbeing")));
    }
    if (const auto s = args.value(QStringLiteral("sleep")))
        sleep = validate::sleepHours(validate::number(*s, QStringLiteral("sleep")));
    if (!wellbeing && !sleep && !args.has(QStringLiteral("note")) && !args.has(QStringLiteral("note-file")))
        throw UsageError { QStringLiteral("give at least one of --wellbeing, --sleep and --note"), args.command };
    note = noteFrom(args);

    auto diary = openDiary(args, false);
    diary->updateDay(date, wellbeing, sleep, note);
    printOut(QStringLiteral("Saved %1.").arg(date.toString(Qt::ISODate)));
    return 0;
}

int cmdShow(const Args &args)
{
    const QDate date = parseDate(args.required(QStringLiteral("date")));
    auto diary = openDiary(args, true);
    const DayEntry day = diary->day(date);
    // Ratings in the diary's symptom order, with names and groups.
    QList<std::pair<Symptom, int>> ratings;
    for (const Symptom &s : diary->symptoms(true))
        if (day.ratings.contains(s.key))
            ratings.append({ s, day.ratings.value(s.key) });

    if (args.has(QStringLiteral("json"))) {
        QJsonArray doses;
        for (const DoseEvent &d : day.doses)
            doses.append(
                QJsonObject { { QStringLiteral("time"),
                                  d.time ? QJsonValue(d.time->toString(QStringLiteral("HH:mm"))) : QJsonValue() },
                    { QStringLiteral("drug"), d.drugName }, { QStringLiteral("mg"), d.mg() },
                    { QStringLiteral("note"), d.note } });
        QJsonArray rated;
        for (const auto &[s, severity] : ratings)
            rated.append(QJsonObject { { QStringLiteral("key"), s.key }, { QStringLiteral("name"), s.name },
                { QStringLiteral("group"), s.group }, { QStringLiteral("severity"), severity } });
        const QJsonObject root { { QStringLiteral("date"), date.toString(Qt::ISODate) },
            { QStringLiteral("doses"), doses }, { QStringLiteral("ratings"), rated },
            { QStringLiteral("wellbeing"), day.wellbeing ? QJsonValue(*day.wellbeing) : QJsonValue() },
            { QStringLiteral("sleep_hours"), day.sleepHours ? QJsonValue(*day.sleepHours) : QJsonValue() },
            { QStringLiteral("note"), day.note } };
        writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }

    QStringList lines;
    lines << date.toString(Qt::ISODate);
    if (day.isEmpty()) {
        lines << QStringLiteral("Nothing recorded.");
        printOut(lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (!day.doses.isEmpty()) {
        lines << QStringLiteral("Doses:");
        for (const DoseEvent &d : day.doses) {
            QString line = QStringLiteral("  %1  %2  %3 mg")
                               .arg(d.time ? d.time->toString(QStringLiteral("HH:mm")) : QStringLiteral("--:--"),
                                   d.drugName, mgText(d.mg()));
            if (!d.note.isEmpty())
                line += QStringLiteral("  (%1)").arg(d.note);
            lines << line;
        }
    }
    if (!ratings.isEmpty()) {
        lines << QStringLiteral("Symptoms:");
        for (const auto &[s, severity] : ratings)
            lines << QStringLiteral("  %1  %2: %3 (%4)").arg(s.key, s.name, severityWord(severity)).arg(severity);
    }
    if (day.wellbeing)
        lines << QStringLiteral("Wellbeing: %1/10").arg(*day.wellbeing);
    if (day.sleepHours)
        lines << QStringLiteral("Sleep: %1 hours").arg(mgText(*day.sleepHours));
    if (!day.note.isEmpty())
        lines << QStringLiteral("Note: %1").arg(day.note);
    printOut(lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace waymark::cli
