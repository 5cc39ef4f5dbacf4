// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/supply.h"

#include "errors.h"
#include "planner/dosemaker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <cmath>

namespace waymark::planner {
namespace {

constexpr double kEps = 1e-9;

struct Tally
{
    double pieces = 0; ///< solid pieces (1/piecesPerUnit of a unit)
    int opened = 0; ///< capsules opened for beads
    double ml = 0;
};

void addParts(QMap<int, Tally> &tally, const QList<DosePart> &parts, const QList<Formulation> &forms, int days)
{
    bool opened[64] = {};
    for (const DosePart &p : parts) {
        if (p.formulation < 0 || p.formulation >= forms.size())
            continue;
        Tally &t = tally[p.formulation];
        switch (p.kind) {
        case DosePart::Kind::Solid:
            t.pieces += double(p.count) * days;
            break;
        case DosePart::Kind::Beads:
            if (p.formulation < 64 && !opened[p.formulation]) {
                t.opened += days;
                opened[p.formulation] = true;
            }
            break;
        case DosePart::Kind::Liquid:
            t.ml += p.count * DoseMaker::syringeMl(forms[p.formulation]) * days;
            break;
        }
    }
}

QString unitName(const Formulation &f)
{
    switch (f.kind) {
    case Formulation::Kind::Tablet:
        return QStringLiteral("tablets");
    case Formulation::Kind::Capsule:
        return QStringLiteral("capsules");
    case Formulation::Kind::Liquid:
        return QStringLiteral("mL");
    }
    return {};
}

} // namespace

Supply supplyBetween(const Plan &plan, const Schedule &schedule, const QDate &from, const QDate &to, double marginPct)
{
    if (!std::isfinite(marginPct) || marginPct < 0 || marginPct > 100)
        throwInvalid(QStringLiteral("marginPct"), QCoreApplication::translate("Errors", "the margin is 0 to 100 %"));
    if (!from.isValid() || !to.isValid() || to < from)
        throwInvalid(QStringLiteral("to"),
            QCoreApplication::translate("Errors", "the end of the period must be on or after its start"));
    Supply out;
    out.from = from;
    out.to = to;
    out.days = int(from.daysTo(to)) + 1;
    out.marginPct = marginPct;
    const DoseMaker maker(plan.formulations, plan.maxSolidUnits);
    const QList<Formulation> &forms = maker.formulations();
    QMap<int, Tally> tally;
    for (qsizetype i = 0; i < schedule.steps.size(); ++i) {
        const Step &s = schedule.steps[i];
        const QDate first = std::max(s.start, from);
        const QDate last = s.isOpen() ? to : std::min(s.end, to);
        if (last < first)
            continue;
        const int days = int(first.daysTo(last)) + 1;
        if (s.isOpen() && s.doseMg > 0 && schedule.waitingForRelease) {
            out.openEnded = true;
            out.note = QCoreApplication::translate("Supply", "Held until released: %1 mg a day is counted to %2.")
                           .arg(displayNumber(s.doseMg),
                               QLocale().toString(to, QCoreApplication::translate("DateFormat", "yyyy-MM-dd")));
        }
        if (s.times.isEmpty()) {
            addParts(tally, s.parts, forms, days);
        } else {
            for (const TimeDose &t : s.times)
                addParts(tally, t.parts, forms, days);
        }
    }
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        const Formulation &f = forms[it.key()];
        const Tally &t = it.value();
        SupplyLine line;
        line.formulation = f;
        line.unit = unitName(f);
        const double factor = 1.0 + marginPct / 100.0;
        if (f.kind == Formulation::Kind::Liquid) {
            line.used = t.ml;
            line.amount = std::ceil(t.ml * factor - kEps);
            line.text = QCoreApplication::translate("Supply", "%1 mL of %2").arg(displayNumber(line.amount), f.label());
        } else {
            line.used = t.pieces / DoseMaker::piecesPerUnit(f) + t.opened;
            line.amount = std::ceil(line.used * factor - kEps);
            line.text = QStringLiteral("%1 × %2").arg(displayNumber(line.amount), f.label());
        }
        if (line.used > kEps)
            out.lines.append(line);
    }
    return out;
}

SupplySummary supplySummary(const Plan &plan, const Schedule &schedule, const QDate &today, int weeks, double marginPct)
{
    if (weeks < 1 || weeks > 104)
        throwInvalid(QStringLiteral("weeks"), QCoreApplication::translate("Errors", "the number of weeks is 1 to 104"));
    SupplySummary out;
    out.weekCount = weeks;
    const QDate weeksEnd = today.addDays(7LL * weeks - 1);
    out.weeks = supplyBetween(plan, schedule, today, weeksEnd, marginPct);
    if (schedule.steps.isEmpty()) {
        out.currentStep = out.wholePlan = supplyBetween(plan, schedule, today, today, marginPct);
        return out;
    }
    const QDate from = std::max(today, schedule.steps.first().start);
    const qsizetype current = schedule.stepOn(from).value_or(0);
    const Step &step = schedule.steps[current];
    out.currentStep = supplyBetween(plan, schedule, from, step.isOpen() ? weeksEnd : step.end, marginPct);
    QDate last = weeksEnd;
    for (const Step &s : schedule.steps) {
        if (!s.isOpen())
            last = s.end;
        else if (s.doseMg > 0)
            last = std::max(weeksEnd, s.start);
    }
    out.wholePlan = supplyBetween(plan, schedule, from, std::max(last, from), marginPct);
    return out;
}

} // namespace waymark::planner
