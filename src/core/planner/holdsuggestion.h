// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <optional>

namespace waymark::planner {

/** Thresholds for suggesting a hold; the defaults are the issue's. */
struct HoldSuggestionParams
{
    int baselineDays = 14; ///< days before the taper start
    int baselineMinRated = 7; ///< rated days needed in the baseline window
    int recentDays = 7; ///< days up to and including `today`
    int recentMinRated = 5; ///< rated days needed in the recent window
    double ratio = 1.5; ///< recent ≥ baseline × ratio ...
    double minIncrease = 3.0; ///< ... and recent − baseline ≥ minIncrease
};

/** The outcome, with the numbers behind it. A suggestion only: it never changes a plan. */
struct HoldSuggestion
{
    bool suggestHold = false;
    bool enoughData = false;
    std::optional<double> baseline; ///< mean daily symptom load before the taper
    std::optional<double> recent; ///< mean daily symptom load of the recent window
    int baselineRated = 0;
    int recentRated = 0;
    QString reason; ///< one sentence, for the person
};

/**
 * Whether the person's recent symptom load is well above their own pre-taper baseline.
 * loads: daily symptom load by date (days without a rating are absent). Baseline = mean over
 * [taperStart − baselineDays, taperStart − 1]; recent = mean over [today − recentDays + 1, today].
 * Suggests a hold when both windows have enough rated days and recent ≥ baseline × ratio and
 * recent − baseline ≥ minIncrease. Throws InvalidInput for invalid dates or parameters.
 */
HoldSuggestion suggestHold(const QMap<QDate, double> &loads, const QDate &taperStart, const QDate &today,
    const HoldSuggestionParams &params = {});

} // namespace waymark::planner
