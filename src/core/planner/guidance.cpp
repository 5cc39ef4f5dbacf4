// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/guidance.h"

#include "planner/dosemaker.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark::planner {
namespace {

constexpr double kTol = DoseMaker::kToleranceMg;

// Shown in the app's language: the sentences through the "Guidance" context (English without a
// translator: the CLI, the tests), the numbers with the default locale's decimal separator.
QString mg(double v)
{
    return displayNumber(v) + QStringLiteral(" mg");
}

QString pct(double v)
{
    return displayNumber(v, 1) + QStringLiteral(" %");
}

const QString kHorowitz = QStringLiteral("Horowitz & Taylor, Lancet Psychiatry 2019;6:538–46");

/** The stop step (dose 0 after a dose above 0), if the schedule ends with one. */
std::optional<qsizetype> stopStep(const Schedule &schedule)
{
    if (schedule.steps.size() < 2 || schedule.steps.last().doseMg > kTol)
        return std::nullopt;
    return schedule.steps.size() - 1;
}

void linearLines(const Plan &plan, const Schedule &schedule, MethodGuidance &g)
{
    QStringList parts;
    QStringList drops;
    for (qsizetype i = 0; i < schedule.steps.size(); ++i) {
        const Step &s = schedule.steps[i];
        if (s.occupancyPct)
            parts << QStringLiteral("%1 %2").arg(mg(s.doseMg), pct(*s.occupancyPct));
        if (i > 0 && s.dropPoints)
            drops << displayNumber(*s.dropPoints, 1);
        else if (i > 0 && !s.occupancyPct && s.cutPct)
            drops << pct(*s.cutPct);
    }
    if (schedule.fit && !parts.isEmpty()) {
        g.lines << QCoreApplication::translate(
            "Guidance", "Modelled effect on the serotonin transporter (occupancy) at each step: %1.")
                       .arg(parts.join(QStringLiteral(", ")));
        g.lines << QCoreApplication::translate("Guidance",
            "Each step cuts %1, but drops %2 points of occupancy: the same mg cut removes more of the effect "
            "as the dose falls, so the last steps are the hardest.")
                       .arg(mg(plan.stepSize), drops.join(QStringLiteral(", ")));
    } else if (!drops.isEmpty()) {
        g.lines << QCoreApplication::translate("Guidance",
            "Each step cuts %1, which is a larger share of what is left each time (%2 of the dose before it): "
            "the last steps are the hardest.")
                       .arg(mg(plan.stepSize), drops.join(QStringLiteral(", ")));
    }
}

void percentLines(const Plan &plan, MethodGuidance &g)
{
    const double p = plan.stepSize;
    const int n = plan.intervalDays;
    QString where;
    const bool faster = p > 25 + 1e-9 || n < 14;
    const bool slower = p < 10 - 1e-9 || n > 28;
    if (!faster && !slower)
        where = QCoreApplication::translate("Guidance", "within that range");
    else if (faster && !slower)
        where = QCoreApplication::translate("Guidance", "faster than that range");
    else if (slower && !faster)
        where = QCoreApplication::translate("Guidance", "slower than that range");
    else
        where = QCoreApplication::translate("Guidance", "outside that range");
    g.lines << QCoreApplication::translate("Guidance", "This plan cuts %1 of the dose every %2 days: %3.")
                   .arg(pct(p))
                   .arg(n)
                   .arg(where);
}

void stopLines(const Plan &plan, const Schedule &schedule, MethodGuidance &g)
{
    const auto k = stopStep(schedule);
    if (!k || plan.method == Method::Custom)
        return;
    const Step &stop = schedule.steps[*k];
    const Step &before = schedule.steps[*k - 1];
    switch (plan.method) {
    case Method::Hyperbolic: {
        if (!stop.dropPoints || !schedule.fit || *stop.dropPoints <= plan.stepSize + 1e-9)
            return;
        const double y = doseForOccupancy(*schedule.fit, plan.stepSize);
        g.smallerFinalDoseMg = y;
        g.lines << QCoreApplication::translate("Guidance",
            "Stopping from %1 drops %2 points of modelled occupancy where each step drops %3: stopping from %4 "
            "or less would drop no more than one step (a smaller final dose; the forms must make it).")
                       .arg(mg(before.doseMg), displayNumber(*stop.dropPoints, 1), displayNumber(plan.stepSize, 1),
                           mg(y));
        return;
    }
    case Method::Linear:
        if (before.doseMg <= plan.stepSize + 1e-9)
            return;
        g.smallerFinalDoseMg = plan.stepSize;
        g.lines << QCoreApplication::translate("Guidance",
            "Stopping from %1 cuts more than one step of %2: stopping from %2 or less would not (a smaller "
            "final dose; the forms must make it).")
                       .arg(mg(before.doseMg), mg(plan.stepSize));
        return;
    case Method::Percent: {
        const QString points = stop.dropPoints
            ? QCoreApplication::translate("Guidance", " (%1 points of modelled occupancy)")
                  .arg(displayNumber(*stop.dropPoints, 1))
            : QString();
        g.lines << (before.doseMg >= 1 - 1e-9
                ? QCoreApplication::translate("Guidance",
                    "Stopping from %1 is a 100 % cut%2; the guidance above says the last dose before stopping may "
                    "need to be below 1 mg (a smaller final dose; the forms must make it).")
                : QCoreApplication::translate("Guidance", "Stopping from %1 is a 100 % cut%2."))
                       .arg(mg(before.doseMg), points);
        return;
    }
    case Method::Custom:
        return;
    }
}

} // namespace

QString taperingRangeSource()
{
    return kHorowitz
        + QStringLiteral("; Maudsley Prescribing Guidelines, \"Pattern of tapering\"; Maudsley "
                         "Deprescribing Guidelines 2024");
}

MethodGuidance methodGuidance(Method method)
{
    MethodGuidance g;
    switch (method) {
    case Method::Percent:
        g.lines << QCoreApplication::translate("Guidance",
            "Published guidance is to cut 10–25 % of the most recent dose every 2–4 weeks, so the cuts get "
            "smaller as the dose falls; the last dose before stopping may need to be below 1 mg.");
        g.source = taperingRangeSource();
        break;
    case Method::Linear:
        g.lines << QCoreApplication::translate("Guidance",
            "The same number of mg each step is a larger share of what is left each time, so linear cuts make "
            "withdrawal worse as the dose gets lower: the last steps are the hardest. Published guidance "
            "prefers cuts of 10–25 % of the most recent dose every 2–4 weeks.");
        g.source = taperingRangeSource();
        break;
    case Method::Hyperbolic:
        g.lines << QCoreApplication::translate("Guidance",
            "Each step lowers the modelled effect on the serotonin transporter (occupancy) by the same number of "
            "points, so the mg cuts shrink as the dose falls. The model (Emax, ED50) is fitted to imaging "
            "studies, not measured in you.");
        g.source = kHorowitz + QCoreApplication::translate("Guidance", "; occupancy fit: source S1");
        break;
    case Method::Custom:
        g.lines << QCoreApplication::translate("Guidance",
            "The doses and dates your prescriber wrote down. Each step is checked against the cut the letter "
            "itself asks.");
        break;
    }
    return g;
}

MethodGuidance planGuidance(const Plan &plan, const Schedule &schedule)
{
    MethodGuidance g = methodGuidance(plan.method);
    if (plan.method == Method::Percent)
        percentLines(plan, g);
    if (plan.method == Method::Linear)
        linearLines(plan, schedule, g);
    stopLines(plan, schedule, g);
    return g;
}

} // namespace waymark::planner
