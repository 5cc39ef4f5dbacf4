// SPDX-License-Identifier: GPL-3.0-or-later
#include "medicinefacts.h"

#include "catalogue.h"
#include "errors.h"
#include "localnumber.h"
#include "planner/dosemaker.h"
#include "validation.h"

#include <QCoreApplication>

namespace waymark::app {

QString doseNowKey(qint64 drugId)
{
    return QStringLiteral("dose_now_mg:%1").arg(drugId);
}

std::optional<DoseNow> doseNow(const Diary &diary, qint64 drugId)
{
    std::optional<DoseNow> said;
    const QStringList parts = diary.setting(doseNowKey(drugId)).split(QLatin1Char(';'));
    if (parts.size() == 2) {
        bool ok = false;
        const double mg = parts[0].toDouble(&ok);
        const QDate date = QDate::fromString(parts[1], Qt::ISODate);
        if (ok && date.isValid())
            said = DoseNow { mg, date, false };
    }
    std::optional<DoseNow> logged;
    for (const DoseEvent &e : diary.usualDoses(diary.clock().today().addDays(1))) {
        if (e.drugId != drugId)
            continue;
        if (!logged)
            logged = DoseNow { 0, e.date, true };
        logged->mg += e.mg();
    }
    if (logged && (!said || logged->date >= said->date)) // a record of what was taken beats a statement
        return logged;
    return said;
}

QString doseNowSetting(const Diary &diary, qint64 drugId, double mg)
{
    if (!diary.drug(drugId))
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("Errors", "drug: no such drug in this diary"),
            QStringLiteral("drug"));
    if (mg < 0 || mg > validate::kMaxDoseMg)
        throwInvalid(QStringLiteral("doseNow"),
            QCoreApplication::translate("Waymark", "type the mg you take a day now (0 if you do not take it now)"));
    return planner::formatNumber(mg) + QLatin1Char(';') + diary.clock().today().toString(Qt::ISODate);
}

void setDoseNow(Diary &diary, qint64 drugId, double mg)
{
    diary.setSetting(doseNowKey(drugId), doseNowSetting(diary, drugId, mg));
}

QString sourceShortName(const QString &key)
{
    if (key == QLatin1String("S1"))
        return QCoreApplication::translate("MedicineFacts", "Sørensen et al. 2022");
    if (key == QLatin1String("S2"))
        return QCoreApplication::translate("MedicineFacts", "Ashton 2007");
    if (key == QLatin1String("S3"))
        return QCoreApplication::translate("MedicineFacts", "VA/DoD 2021");
    if (key == QLatin1String("S4"))
        return QCoreApplication::translate("MedicineFacts", "NHS Scotland");
    if (key == QLatin1String("S5"))
        return QCoreApplication::translate("MedicineFacts", "product labelling");
    return key;
}

QString halfLifeSource(const Drug &drug)
{
    const QStringList sources = drug.sources.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const char *key : { "S5", "S4", "S2" })
        if (sources.contains(QLatin1String(key)))
            return QString::fromLatin1(key);
    return {};
}

QString halfLifeText(const Drug &drug)
{
    if (drug.halfLifeHours.isEmpty())
        return {};
    const QString source = halfLifeSource(drug);
    // The library's words ("active metabolite 36-200") in the app's language; a value the person
    // typed has no translation and is shown as typed.
    const QString hours = drug.libraryKey.isEmpty()
        ? drug.halfLifeHours
        : QCoreApplication::translate("HalfLife", drug.halfLifeHours.toUtf8().constData());
    if (source.isEmpty())
        return QCoreApplication::translate("MedicineFacts", "half-life %1 h").arg(hours);
    return QCoreApplication::translate("MedicineFacts", "half-life %1 h (%2, %3)")
        .arg(hours, sourceShortName(source), source);
}

bool fitIsPersonal(const Drug &drug)
{
    return !drug.sources.split(QLatin1Char(';')).contains(QStringLiteral("S1"));
}

QString fitText(const Drug &drug)
{
    if (!drug.sertEmaxPct || !drug.sertEd50Mg)
        return QCoreApplication::translate("MedicineFacts",
            "No modelled effect on the serotonin transporter for this medicine: plans by equal drops in it "
            "(hyperbolic) are not available. You can type an Emax and ED50 from a source you trust.");
    const QString numbers
        = QCoreApplication::translate(
            "MedicineFacts", "Maximum occupancy (Emax) %1 %, dose giving half of it (ED50) %2 mg")
              .arg(waymark::app::localNumber(*drug.sertEmaxPct, 2), waymark::app::localNumber(*drug.sertEd50Mg, 2));
    if (fitIsPersonal(drug))
        return QCoreApplication::translate("MedicineFacts", "%1: your values.").arg(numbers);
    return QCoreApplication::translate("MedicineFacts",
        "%1: from S1 (Sørensen et al. 2022, as "
        "published by a public antidepressant calculator; not checked against the paper's own table). "
        "Modelled, never a measurement.")
        .arg(numbers);
}

QString fitSourceText(const Drug &drug)
{
    if (!drug.sertEmaxPct || !drug.sertEd50Mg)
        return {};
    return fitIsPersonal(drug)
        ? QCoreApplication::translate("MedicineFacts", "modelled occupancy (your values)")
        : QCoreApplication::translate("MedicineFacts", "modelled occupancy (S1, Sørensen et al. 2022)");
}

QString fitNote(const Drug &drug)
{
    if (drug.libraryKey.isEmpty())
        return {};
    const auto lib = catalogue::findDrug(drug.libraryKey);
    if (!lib || lib->sertNote.isEmpty())
        return {};
    return QCoreApplication::translate("DrugNote", lib->sertNote.toUtf8().constData());
}

} // namespace waymark::app
