// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/holdsuggestion.h"

#include "errors.h"
#include "planner/dosemaker.h"

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
    return formatNumber(v, 1);
}

} // namespace

HoldSuggestion suggestHold(
    const QMap<QDate, double> &loads, const QDate &taperStart, const QDate &today, const HoldSuggestionParams &p)
{
    if (!taperStart.isValid())
        throwInvalid(QStringLiteral("taperStart"), QStringLiteral("the taper start date is missing"));
    if (!today.isValid())
        throwInvalid(QStringLiteral("today"), QStringLiteral("the date is missing"));
    if (p.baselineDays < 1 || p.recentDays < 1 || p.baselineMinRated < 1 || p.recentMinRated < 1
        || p.baselineMinRated > p.baselineDays || p.recentMinRated > p.recentDays)
        throwInvalid(QStringLiteral("params"),
            QStringLiteral("windows need at least 1 day and no more rated days "
                           "than they have days"));
    if (!std::isfinite(p.ratio) || p.ratio < 1 || !std::isfinite(p.minIncrease) || p.minIncrease < 0)
        throwInvalid(
            QStringLiteral("params"), QStringLiteral("the ratio must be 1 or more and the increase 0 or more"));

    const Window base = window(loads, taperStart.addDays(-p.baselineDays), taperStart.addDays(-1));
    const Window rec = window(loads, today.addDays(1 - p.recentDays), today);
    HoldSuggestion out;
    out.baseline = base.mean();
    out.recent = rec.mean();
    out.baselineRated = base.rated;
    out.recentRated = rec.rated;
    if (base.rated < p.baselineMinRated) {
        out.reason = QStringLiteral("Not enough ratings before the taper began to compare with (%1 of the %2 needed "
                                    "in the %3 days before it).")
                         .arg(base.rated)
                         .arg(p.baselineMinRated)
                         .arg(p.baselineDays);
        return out;
    }
    if (rec.rated < p.recentMinRated) {
        out.reason = QStringLiteral("Not enough recent ratings to compare (%1 of the %2 needed in the last %3 days).")
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
        out.reason = QStringLiteral("Your symptom load over the last %1 days (%2 a day) is well above your level "
                                    "before the taper (%3 a day); you might hold at this dose until it settles.")
                         .arg(p.recentDays)
                         .arg(n1(r), n1(b));
    else
        out.reason = QStringLiteral("Your symptom load over the last %1 days (%2 a day) is not well above your level "
                                    "before the taper (%3 a day).")
                         .arg(p.recentDays)
                         .arg(n1(r), n1(b));
    return out;
}

} // namespace waymark::planner
