// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/holdsuggestion.h"

#include "errors.h"
#include "planner/dosemaker.h"

#include <QCoreApplication>
#include <cmath>

namespace waymark::planner {
namespace {

struct Window
{
    double sum = 0;
    int rated = 0;
    std::optional<double> mean() const { return rated ? std::optional<double>(sum / rated) : std::nullopt; }
};

Window window(const QMap<QDate, double> &loads, const QDate &first, const QDate &last)
{
    Window w;
    for (auto it = loads.lowerBound(first); it != loads.end() && it.key() <= last; ++it) {
        if (!std::isfinite(it.value()))
            continue;
        w.sum += it.value();
        ++w.rated;
    }
    return w;
}

QString n1(double v)
{
    return displayNumber(v, 1); // in the reason the person reads: the locale's decimal separator
}

} // namespace

HoldSuggestion suggestHold(const QMap<QDate, double> &loads, const QDate &stepStart, const QDate &today,
    const HoldSuggestionParams &p, bool firstStep)
{
    if (!stepStart.isValid())
        throwInvalid(
            QStringLiteral("stepStart"), QCoreApplication::translate("Errors", "the date the step began is missing"));
    if (!today.isValid())
        throwInvalid(QStringLiteral("today"), QCoreApplication::translate("Errors", "the date is missing"));
    if (p.baselineDays < 1 || p.recentDays < 1 || p.baselineMinRated < 1 || p.recentMinRated < 1
        || p.baselineMinRated > p.baselineDays || p.recentMinRated > p.recentDays)
        throwInvalid(QStringLiteral("params"),
            QCoreApplication::translate("Errors",
                "windows need at least 1 day and no more rated days "
                "than they have days"));
    if (!std::isfinite(p.ratio) || p.ratio < 1 || !std::isfinite(p.minIncrease) || p.minIncrease < 0)
        throwInvalid(QStringLiteral("params"),
            QCoreApplication::translate("Errors", "the ratio must be 1 or more and the increase 0 or more"));

    HoldSuggestion out;
    out.baselineFrom = stepStart.addDays(-p.baselineDays);
    out.baselineTo = stepStart.addDays(-1);
    out.baselineWhen = firstStep ? QCoreApplication::translate("HoldSuggestion", "before the plan began")
                                 : QCoreApplication::translate("HoldSuggestion", "before this step began");
    const Window base = window(loads, out.baselineFrom, out.baselineTo);
    const Window rec = window(loads, today.addDays(1 - p.recentDays), today);
    out.baseline = base.mean();
    out.recent = rec.mean();
    out.baselineRated = base.rated;
    out.recentRated = rec.rated;
    const QString before
        = QCoreApplication::translate("HoldSuggestion", "in the %1 days %2").arg(p.baselineDays).arg(out.baselineWhen);
    if (base.rated < p.baselineMinRated) {
        out.reason = QCoreApplication::translate(
            "HoldSuggestion", "Not enough ratings %1 to compare with (%2 of the %3 needed).")
                         .arg(before)
                         .arg(base.rated)
                         .arg(p.baselineMinRated);
        return out;
    }
    if (rec.rated < p.recentMinRated) {
        out.reason = QCoreApplication::translate(
            "HoldSuggestion", "Not enough recent ratings to compare (%1 of the %2 needed in the last %3 days).")
                         .arg(rec.rated)
                         .arg(p.recentMinRated)
                         .arg(p.recentDays);
        return out;
    }
    out.enoughData = true;
    const double b = *out.baseline;
    const double r = *out.recent;
    out.suggestHold = r >= b * p.ratio && r - b >= p.minIncrease;
    if (out.suggestHold)
        out.reason = QCoreApplication::translate("HoldSuggestion",
            "Your symptom load over the last %1 days (%2 a day) is well above your level "
            "%3 (%4 a day); you might hold at this dose until it settles.")
                         .arg(p.recentDays)
                         .arg(n1(r), before, n1(b));
    else
        out.reason = QCoreApplication::translate("HoldSuggestion",
            "Your symptom load over the last %1 days (%2 a day) is not well above your level "
            "%3 (%4 a day).")
                         .arg(p.recentDays)
                         .arg(n1(r), before, n1(b));
    return out;
}

HoldSuggestion suggestHold(
    const QMap<QDate, double> &loads, const Schedule &schedule, const QDate &today, const HoldSuggestionParams &p)
{
    const auto i = schedule.stepOn(today);
    if (!i)
        throwInvalid(QStringLiteral("today"), QCoreApplication::translate("Errors", "the plan has not started yet"));
    const Step &step = schedule.steps[*i];
    HoldSuggestion out = suggestHold(loads, step.start, today, p, *i == 0);
    out.step = step.index;
    return out;
}

} // namespace waymark::planner
