// SPDX-License-Identifier: GPL-3.0-or-later
#include "fhirexport.h"

#include "diary.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <cmath>

namespace waymark::exchange {

namespace {

const QUuid kNamespace(QStringLiteral("{6f1d0a4e-5b0c-4c47-9a52-7d2f3f1b9a10}"));

QString uuidFor(const QString &what)
{
    return QUuid::createUuidV5(kNamespace, what).toString(QUuid::WithoutBraces);
}

QString urlFor(const QString &what)
{
    return QStringLiteral("urn:uuid:") + uuidFor(what);
}

QJsonObject reference(const QString &what)
{
    return { { QStringLiteral("reference"), urlFor(what) } };
}

QJsonObject quantity(double value, const QString &ucum)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("unit"), ucum },
        { QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org") }, { QStringLiteral("code"), ucum } };
}

QJsonObject coding(const QString &system, const QString &code, const QString &display = QString())
{
    QJsonObject c { { QStringLiteral("system"), system }, { QStringLiteral("code"), code } };
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

double mgOf(qint64 micrograms)
{
    return double(micrograms) / 1000.0;
}

QString mgText(qint64 micrograms)
{
    return QString::number(mgOf(micrograms), 'g', 10);
}

/** A local date and time as FHIR dateTime: with the UTC offset the person's clock had then. */
QString localDateTime(const QDate &date, const QTime &time)
{
    const QDateTime local(date, time, QTimeZone::systemTimeZone());
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

class Bundle
{
public:
    void add(const QString &what, QJsonObject resource)
    {
        resource.insert(QStringLiteral("id"), uuidFor(what));
        m_entries.append(
            QJsonObject { { QStringLiteral("fullUrl"), urlFor(what) }, { QStringLiteral("resource"), resource } });
    }
    QByteArray bytes() const
    {
        const QJsonObject bundle { { QStringLiteral("resourceType"), QStringLiteral("Bundle") },
            { QStringLiteral("type"), QStringLiteral("collection") }, { QStringLiteral("entry"), m_entries } };
        return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    }

private:
    QJsonArray m_entries;
};

const QString kPatient = QStringLiteral("patient");

} // namespace

std::optional<MedicationCodes> medicationCodes(const QString &libraryKey)
{
    static const QHash<QString, MedicationCodes> codes = [] {
        QHash<QString, MedicationCodes> map;
        QFile f(QStringLiteral(":/waymark/reference/codes.csv"));
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> fields = lines[i].trimmed().split(',');
                if (fields.size() >= 2 && !fields[0].isEmpty())
                    map.insert(QString::fromUtf8(fields[0]),
                        { QString::fromUtf8(fields[1]), fields.size() > 2 ? QString::fromUtf8(fields[2]) : QString() });
            }
        }
        return map;
    }();
    const auto it = codes.constFind(libraryKey.toLower());
    if (it == codes.cend())
        return std::nullopt;
    return *it;
}

QByteArray exportFhir(const Diary &diary)
{
    Bundle bundle;
    bundle.add(kPatient,
        { { QStringLiteral("resourceType"), QStringLiteral("Patient") }, { QStringLiteral("active"), true } });

    const QDate first = diary.firstDay();
    const QDate last = diary.lastDay();
    const QList<Drug> drugs = diary.drugs(true);
    const QList<DoseEvent> doses = first.isValid() ? diary.doses(first, last) : QList<DoseEvent>();

    // Days with anything recorded: a day without a dose of a drug is 0 mg of it only when the
    // person logged something else that day; otherwise it is unknown and does not end a period.
    QSet<qint64> loggedDays;
    for (const DoseEvent &d : doses)
        loggedDays.insert(d.date.toJulianDay());
    if (first.isValid()) {
        diary.forEachRating(first, last, [&](qint64 jd, qint64, int) { loggedDays.insert(jd); });
        diary.forEachDayRow(first, last, [&](qint64 jd, int, double, bool) { loggedDays.insert(jd); });
    }
    const qint64 lastLogged = last.isValid() ? last.toJulianDay() : 0;

    for (const Drug &drug : drugs) {
        const QString medication = QStringLiteral("medication/%1").arg(drug.id);
        QJsonObject code { { QStringLiteral("text"), drug.name } };
        if (const auto codes = medicationCodes(drug.libraryKey.isEmpty() ? drug.name : drug.libraryKey)) {
            QJsonArray codings { coding(QString::fromLatin1(kAtcSystem), codes->atc) };
            if (!codes->rxnorm.isEmpty())
                codings.append(coding(QString::fromLatin1(kRxNormSystem), codes->rxnorm));
            code.insert(QStringLiteral("coding"), codings);
        }
        bundle.add(medication,
            { { QStringLiteral("resourceType"), QStringLiteral("Medication") }, { QStringLiteral("code"), code } });

        // Dose periods: runs of logged days at one daily total.
        QMap<qint64, qint64> totals; // julian day -> micrograms
        for (const DoseEvent &d : doses)
            if (d.drugId == drug.id)
                totals[d.date.toJulianDay()] += d.micrograms;
        struct Period
        {
            qint64 from, to, micrograms;
        };
        QList<Period> periods;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            bool extends = false;
            if (!periods.isEmpty() && periods.last().micrograms == it.value()) {
                extends = true;
                for (qint64 jd = periods.last().to + 1; jd < it.key(); ++jd)
                    if (loggedDays.contains(jd)) {
                        extends = false; // logged without this drug: 0 mg that day
                        break;
                    }
            }
            if (extends)
                periods.last().to = it.key();
            else
                periods.append({ it.key(), it.key(), it.value() });
        }
        int n = 0;
        for (const Period &p : periods) {
            const QString what = QStringLiteral("statement/%1/%2").arg(drug.id).arg(++n);
            const bool current = &p == &periods.last() && p.to == lastLogged;
            const QJsonObject perDay { { QStringLiteral("numerator"),
                                           quantity(mgOf(p.micrograms), QStringLiteral("mg")) },
                { QStringLiteral("denominator"), quantity(1, QStringLiteral("d")) } };
            const QJsonObject dosage { { QStringLiteral("text"),
                                           QStringLiteral("%1 mg a day in total (the sum of the day's logged doses)")
                                               .arg(mgText(p.micrograms)) },
                { QStringLiteral("maxDosePerPeriod"), perDay } };
            bundle.add(what,
                { { QStringLiteral("resourceType"), QStringLiteral("MedicationStatement") },
                    { QStringLiteral("status"), current ? QStringLiteral("active") : QStringLiteral("completed") },
                    { QStringLiteral("medicationReference"), reference(medication) },
                    { QStringLiteral("subject"), reference(kPatient) },
                    { QStringLiteral("effectivePeriod"),
                        QJsonObject { { QStringLiteral("start"), QDate::fromJulianDay(p.from).toString(Qt::ISODate) },
                            { QStringLiteral("end"), QDate::fromJulianDay(p.to).toString(Qt::ISODate) } } },
                    { QStringLiteral("dosage"), QJsonArray { dosage } } });
        }
    }

    for (const DoseEvent &d : doses) {
        QJsonObject administration { { QStringLiteral("resourceType"), QStringLiteral("MedicationAdministration") },
            { QStringLiteral("status"), QStringLiteral("completed") },
            { QStringLiteral("medicationReference"), reference(QStringLiteral("medication/%1").arg(d.drugId)) },
            { QStringLiteral("subject"), reference(kPatient) },
            { QStringLiteral("effectiveDateTime"),
                d.time ? localDateTime(d.date, *d.time) : d.date.toString(Qt::ISODate) },
            { QStringLiteral("dosage"),
                QJsonObject { { QStringLiteral("dose"), quantity(d.mg(), QStringLiteral("mg")) } } } };
        if (!d.note.isEmpty())
            administration.insert(
                QStringLiteral("note"), QJsonArray { QJsonObject { { QStringLiteral("text"), d.note } } });
        bundle.add(QStringLiteral("dose/%1").arg(d.id), administration);
    }

    const QJsonArray survey { QJsonObject { { QStringLiteral("coding"),
        QJsonArray { coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
            QStringLiteral("survey"), QStringLiteral("Survey")) } } } };
    auto observation = [&](const QJsonObject &code, qint64 jd, const QString &valueKey, const QJsonValue &value) {
        return QJsonObject { { QStringLiteral("resourceType"), QStringLiteral("Observation") },
            { QStringLiteral("status"), QStringLiteral("final") }, { QStringLiteral("category"), survey },
            { QStringLiteral("code"), code }, { QStringLiteral("subject"), reference(kPatient) },
            { QStringLiteral("effectiveDateTime"), QDate::fromJulianDay(jd).toString(Qt::ISODate) },
            { valueKey, value } };
    };

    if (first.isValid()) {
        QHash<qint64, Symptom> symptoms;
        for (const Symptom &s : diary.symptoms(true))
            symptoms.insert(s.id, s);
        const QJsonObject severityRange { { QStringLiteral("low"), QJsonObject { { QStringLiteral("value"), 0 } } },
            { QStringLiteral("high"), QJsonObject { { QStringLiteral("value"), 4 } } },
            { QStringLiteral("text"), QStringLiteral("0 none, 1 mild, 2 moderate, 3 severe, 4 extreme") } };
        diary.forEachRating(first, last, [&](qint64 jd, qint64 symptomId, int severity) {
            const Symptom s = symptoms.value(symptomId);
            const QJsonObject code { { QStringLiteral("coding"),
                                         QJsonArray { coding(QString::fromLatin1(kSymptomSystem), s.key, s.name) } },
                { QStringLiteral("text"), s.name } };
            QJsonObject o = observation(code, jd, QStringLiteral("valueInteger"), severity);
            o.insert(QStringLiteral("referenceRange"), QJsonArray { severityRange });
            bundle.add(QStringLiteral("rating/%1/%2").arg(jd).arg(s.key), o);
        });
        const QJsonObject wellbeingCode { { QStringLiteral("coding"),
                                              QJsonArray { coding(QString::fromLatin1(kMeasureSystem),
                                                  QStringLiteral("wellbeing"), QStringLiteral("Wellbeing")) } },
            { QStringLiteral("text"), QStringLiteral("Wellbeing, 0 (worst) to 10 (best)") } };
        const QJsonObject sleepCode { { QStringLiteral("coding"),
                                          QJsonArray { coding(QStringLiteral("http://loinc.org"),
                                                           QStringLiteral("93832-4"), QStringLiteral("Sleep duration")),
                                              coding(QString::fromLatin1(kMeasureSystem), QStringLiteral("sleep_hours"),
                                                  QStringLiteral("Hours slept")) } },
            { QStringLiteral("text"), QStringLiteral("Hours slept") } };
        diary.forEachDayRow(first, last, [&](qint64 jd, int wellbeing, double sleep, bool) {
            if (wellbeing >= 0)
                bundle.add(QStringLiteral("wellbeing/%1").arg(jd),
                    observation(wellbeingCode, jd, QStringLiteral("valueInteger"), wellbeing));
            if (!std::isnan(sleep))
                bundle.add(QStringLiteral("sleep/%1").arg(jd),
                    observation(sleepCode, jd, QStringLiteral("valueQuantity"), quantity(sleep, QStringLiteral("h"))));
        });
    }
    return bundle.bytes();
}

} // namespace waymark::exchange
