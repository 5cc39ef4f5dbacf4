// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/guidance.h"

#include "planner/dosemaker.h"

#include <QLocale>

namespace waymark::planner {
namespace {

constexpr double kTol = DoseMaker::kToleranceMg;

QString mg(double v)
{
    return formatNumber(v) + QStringLiteral(" mg");
}

QString pct(double v)
{
    return formatNumber(v, 1) + QStringLiteral(" %");
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
            drops << formatNumber(*s.dropPoints, 1);
        else if (i > 0 && !s.occupancyPct && s.cutPct)
            drops << pct(*s.cutPct);
    }
    if (schedule.fit && !parts.isEmpty()) {
        g.lines << QStringLiteral("Modelled effect on the serotonin transporter (occupancy) at each step: %1.")
                       .arg(parts.join(QStringLiteral(", ")));
        g.lines << QStringLiteral("Each step cuts %1, but drops %2 points of occupancy: the same mg cut removes "
                                  "more of the effect as the dose falls, so the last steps are the hardest.")
                       .arg(mg(plan.stepSize), drops.join(QStringLiteral(", ")));
    } else if (!drops.isEmpty()) {
        g.lines << QStringLiteral("Each step cuts %1, which is a larger share of what is left each time (%2 of "
                                  "the dose before it): the last steps are the hardest.")
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
        where = QStringLiteral("within that range");
    else if (faster && !slower)
        where = QStringLiteral("faster than that range");
    else if (slower && !faster)
        where = QStringLiteral("slower than that range");
    else
        where = QStringLiteral("outside that range");
    g.lines << QStringLiteral("This plan cuts %1 of the dose every %2 days: %3.").arg(pct(p)).arg(n).arg(where);
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
        g.lines << QStringLiteral("Stopping from %1 drops %2 points of modelled occupancy where each step drops %3: "
                                  "stopping from %4 or less would drop no more than one step (a smaller final "
                                  "dose; the forms must make it).")
                       .arg(
                           mg(before.doseMg), formatNumber(*stop.dropPoints, 1), formatNumber(plan.stepSize, 1), mg(y));
        return;
    }
    case Method::Linear:
        if (before.doseMg <= plan.stepSize + 1e-9)
            return;
        g.smallerFinalDoseMg = plan.stepSize;
        g.lines << QStringLiteral("Stopping from %1 cuts more than one step of %2: stopping from %2 or less would "
                                  "not (a smaller final dose; the forms must make it).")
                       .arg(mg(before.doseMg), mg(plan.stepSize));
        return;
    case Method::Percent: {
        QString text = QStringLiteral("Stopping from %1 is a 100 % cut").arg(mg(before.doseMg));
        if (stop.dropPoints)
            text += QStringLiteral(" (%1 points of modelled occupancy)").arg(formatNumber(*stop.dropPoints, 1));
        if (before.doseMg >= 1 - 1e-9)
            text += QStringLiteral("; the guidance above says the last dose before stopping may need to be below "
                                   "1 mg (a smaller final dose; the forms must make it).");
        else
            text += QLatin1Char('.');
        g.lines << text;
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
        g.lines << QStringLiteral("Published guidance is to cut 10–25 % of the most recent dose every 2–4 weeks, so "
                                  "the cuts get smaller as the dose falls; the last dose before stopping may need to "
                                  "be below 1 mg.");
        g.source = taperingRangeSource();
        break;
    case Method::Linear:
        g.lines << QStringLiteral("The same number of mg each step is a larger share of what is left each time, "
                                  "so linear cuts make withdrawal worse as the dose gets lower: the last steps are "
                                  "the hardest. Published guidance prefers cuts of 10–25 % of the most recent dose "
                                  "every 2–4 weeks.");
        g.source = taperingRangeSource();
        break;
    case Method::Hyperbolic:
        g.lines << QStringLiteral("Each step lowers the modelled effect on the serotonin transporter (occupancy) by "
                                  "the same number of points, so the mg cuts shrink as the dose falls. The model "
                                  "(Emax, ED50) is fitted to imaging studies, not measured in you.");
        g.source = kHorowitz + QStringLiteral("; occupancy fit: source S1");
        break;
    case Method::Custom:
        g.lines << QStringLiteral("The doses and dates your prescriber wrote down. Each step is checked against the "
                                  "cut the letter itself asks.");
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
