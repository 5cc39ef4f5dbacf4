// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/planjson.h"

#include "errors.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace waymark::planner {
namespace {

constexpr int kFormat = 1;

QString kindName(Adjustment::Kind kind)
{
    switch (kind) {
    case Adjustment::Kind::Hold:
        return QStringLiteral("hold");
    case Adjustment::Kind::Pause:
        return QStringLiteral("pause");
    case Adjustment::Kind::ChangePace:
        return QStringLiteral("change-pace");
    case Adjustment::Kind::SkipAhead:
        return QStringLiteral("skip-ahead");
    case Adjustment::Kind::EditDose:
        return QStringLiteral("edit-dose");
    case Adjustment::Kind::StepBack:
        return QStringLiteral("step-back");
    }
    return {};
}

[[noreturn]] void damaged(const QString &what)
{
    throw Error(
        ErrorCode::Damaged, QCoreApplication::translate("Errors", "A stored plan cannot be read (%1).").arg(what));
}

Adjustment::Kind kindFrom(const QString &name)
{
    for (auto k : { Adjustment::Kind::Hold, Adjustment::Kind::Pause, Adjustment::Kind::ChangePace,
             Adjustment::Kind::SkipAhead, Adjustment::Kind::EditDose, Adjustment::Kind::StepBack })
        if (kindName(k) == name)
            return k;
    damaged(QCoreApplication::translate("Errors", "unknown adjustment"));
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateFrom(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

void putOpt(QJsonObject &o, const char *key, const std::optional<double> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}

} // namespace

QJsonObject planToJson(const Plan &plan)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("method"), methodName(plan.method));
    o.insert(QStringLiteral("startDoseMg"), plan.startDoseMg);
    o.insert(QStringLiteral("startDate"), date(plan.startDate));
    o.insert(QStringLiteral("intervalDays"), plan.intervalDays);
    o.insert(QStringLiteral("stepSize"), plan.stepSize);
    o.insert(QStringLiteral("finalDoseMg"), plan.finalDoseMg);
    o.insert(QStringLiteral("maxSolidUnits"), plan.maxSolidUnits);
    QJsonArray custom;
    for (const CustomDose &c : plan.customDoses)
        custom.append(QJsonObject { { QStringLiteral("date"), date(c.date) }, { QStringLiteral("doseMg"), c.doseMg } });
    o.insert(QStringLiteral("customDoses"), custom);
    QJsonArray forms;
    for (const Formulation &f : plan.formulations) {
        QJsonObject j { { QStringLiteral("kind"), Formulation::kindName(f.kind) },
            { QStringLiteral("strengthMg"), f.strengthMg }, { QStringLiteral("mgPerMl"), f.mgPerMl },
            { QStringLiteral("splitParts"), f.splitParts }, { QStringLiteral("modifiedRelease"), f.modifiedRelease } };
        if (f.beadsPerCapsule)
            j.insert(QStringLiteral("beadsPerCapsule"), *f.beadsPerCapsule);
        putOpt(j, "syringeMl", f.syringeMl);
        forms.append(j);
    }
    o.insert(QStringLiteral("formulations"), forms);
    if (plan.fit)
        o.insert(QStringLiteral("fit"),
            QJsonObject { { QStringLiteral("emaxPct"), plan.fit->emaxPct },
                { QStringLiteral("ed50Mg"), plan.fit->ed50Mg }, { QStringLiteral("source"), plan.fit->source } });
    QJsonArray adjustments;
    for (const Adjustment &a : plan.adjustments) {
        QJsonObject j { { QStringLiteral("kind"), kindName(a.kind) }, { QStringLiteral("date"), date(a.date) } };
        if (a.days)
            j.insert(QStringLiteral("days"), *a.days);
        if (a.releasedOn)
            j.insert(QStringLiteral("releasedOn"), date(*a.releasedOn));
        if (a.intervalDays)
            j.insert(QStringLiteral("intervalDays"), *a.intervalDays);
        putOpt(j, "stepSize", a.stepSize);
        if (a.kind == Adjustment::Kind::EditDose) {
            j.insert(QStringLiteral("stepIndex"), a.stepIndex);
            j.insert(QStringLiteral("doseMg"), a.doseMg);
        }
        adjustments.append(j);
    }
    o.insert(QStringLiteral("adjustments"), adjustments);
    if (!plan.doseTimes.isEmpty()) { // absent for one dose a day, so older plans read the same
        QJsonArray times;
        for (const DoseTime &t : plan.doseTimes)
            times.append(QJsonObject { { QStringLiteral("time"), t.time.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("doseMg"), t.doseMg } });
        o.insert(QStringLiteral("doseTimes"), times);
        o.insert(QStringLiteral("spread"), spreadName(plan.spread));
    }
    return o;
}

Plan planFromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        damaged(QCoreApplication::translate("Errors", "unknown plan format"));
    Plan p;
    const auto method = methodFromName(o.value(QStringLiteral("method")).toString());
    if (!method)
        damaged(QCoreApplication::translate("Errors", "unknown method"));
    p.method = *method;
    p.startDoseMg = o.value(QStringLiteral("startDoseMg")).toDouble();
    p.startDate = dateFrom(o.value(QStringLiteral("startDate")));
    p.intervalDays = o.value(QStringLiteral("intervalDays")).toInt();
    p.stepSize = o.value(QStringLiteral("stepSize")).toDouble();
    p.finalDoseMg = o.value(QStringLiteral("finalDoseMg")).toDouble();
    p.maxSolidUnits = o.value(QStringLiteral("maxSolidUnits")).toInt(3);
    for (const auto &v : o.value(QStringLiteral("customDoses")).toArray()) {
        const QJsonObject c = v.toObject();
        p.customDoses.append(
            { dateFrom(c.value(QStringLiteral("date"))), c.value(QStringLiteral("doseMg")).toDouble() });
    }
    for (const auto &v : o.value(QStringLiteral("formulations")).toArray()) {
        const QJsonObject j = v.toObject();
        Formulation f;
        const auto kind = Formulation::kindFromName(j.value(QStringLiteral("kind")).toString());
        if (!kind)
            damaged(QCoreApplication::translate("Errors", "unknown formulation"));
        f.kind = *kind;
        f.strengthMg = j.value(QStringLiteral("strengthMg")).toDouble();
        f.mgPerMl = j.value(QStringLiteral("mgPerMl")).toDouble();
        f.splitParts = j.value(QStringLiteral("splitParts")).toInt(1);
        f.modifiedRelease = j.value(QStringLiteral("modifiedRelease")).toBool();
        if (j.contains(QStringLiteral("beadsPerCapsule")))
            f.beadsPerCapsule = j.value(QStringLiteral("beadsPerCapsule")).toInt();
        if (j.contains(QStringLiteral("syringeMl")))
            f.syringeMl = j.value(QStringLiteral("syringeMl")).toDouble();
        p.formulations.append(f);
    }
    if (o.contains(QStringLiteral("fit"))) {
        const QJsonObject f = o.value(QStringLiteral("fit")).toObject();
        p.fit = OccupancyFit { f.value(QStringLiteral("emaxPct")).toDouble(),
            f.value(QStringLiteral("ed50Mg")).toDouble(), f.value(QStringLiteral("source")).toString() };
    }
    for (const auto &v : o.value(QStringLiteral("adjustments")).toArray()) {
        const QJsonObject j = v.toObject();
        Adjustment a;
        a.kind = kindFrom(j.value(QStringLiteral("kind")).toString());
        a.date = dateFrom(j.value(QStringLiteral("date")));
        if (j.contains(QStringLiteral("days")))
            a.days = j.value(QStringLiteral("days")).toInt();
        if (j.contains(QStringLiteral("releasedOn")))
            a.releasedOn = dateFrom(j.value(QStringLiteral("releasedOn")));
        if (j.contains(QStringLiteral("intervalDays")))
            a.intervalDays = j.value(QStringLiteral("intervalDays")).toInt();
        if (j.contains(QStringLiteral("stepSize")))
            a.stepSize = j.value(QStringLiteral("stepSize")).toDouble();
        a.stepIndex = j.value(QStringLiteral("stepIndex")).toInt();
        a.doseMg = j.value(QStringLiteral("doseMg")).toDouble();
        p.adjustments.append(a);
    }
    for (const auto &v : o.value(QStringLiteral("doseTimes")).toArray()) {
        const QJsonObject j = v.toObject();
        const QTime t = QTime::fromString(j.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
        if (!t.isValid())
            damaged(QCoreApplication::translate("Errors", "a dose time is not a time"));
        p.doseTimes.append({ t, j.value(QStringLiteral("doseMg")).toDouble() });
    }
    if (o.contains(QStringLiteral("spread"))) {
        const auto spread = spreadFromName(o.value(QStringLiteral("spread")).toString());
        if (!spread)
            damaged(QCoreApplication::translate("Errors", "unknown spread"));
        p.spread = *spread;
    }
    return p;
}

} // namespace waymark::planner
