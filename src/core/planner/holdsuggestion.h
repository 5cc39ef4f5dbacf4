// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/schedule.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <optional>

namespace waymark::planner {

/** Thresholds for suggesting a hold; the defaults are the issue's. */
struct HoldSuggestionParams
{
    int baselineDays = 14; ///< days before the current step began (before the plan, on step 1)
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
    std::optional<double> baseline; ///< mean daily symptom load in the days before the step began
    std::optional<double> recent; ///< mean daily symptom load of the recent window
    int baselineRated = 0;
    int recentRated = 0;
    QDate baselineFrom; ///< the window compared with (inclusive)
    QDate baselineTo;
    int step = 0; ///< the step compared (1-based; 0 when given a date only)
    QString baselineWhen; ///< "before this step began" / "before the plan began", for sentences
    QString reason; ///< one sentence, for the person
};

/**
 * Whether the person's recent symptom load is well above their own level before the current
 * step. loads: daily symptom load by date (days without a rating are absent). Baseline = mean
 * over [stepStart − baselineDays, stepStart − 1]; recent = mean over [today − recentDays + 1,
 * today]. Suggests a hold when both windows have enough rated days and recent ≥ baseline × ratio
 * and recent − baseline ≥ minIncrease. firstStep words the sentences as "before the plan began".
 * Throws InvalidInput for invalid dates or parameters.
 */
HoldSuggestion suggestHold(const QMap<QDate, double> &loads, const QDate &stepStart, const QDate &today,
    const HoldSuggestionParams &params = {}, bool firstStep = false);

/**
 * The same for a plan: compares with the baselineDays before the step in force today began
 * (before the plan, while on step 1), so each cut is judged against the level just before it.
 * Throws InvalidInput when no step is in force today.
 */
HoldSuggestion suggestHold(const QMap<QDate, double> &loads, const Schedule &schedule, const QDate &today,
    const HoldSuggestionParams &params = {});

} // namespace waymark::planner
