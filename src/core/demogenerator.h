// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace waymark {

class Diary;

struct DemoOptions
{
    int days = 120; ///< how many days of diary, ending on endDate
    quint32 seed = 1; ///< same seed, same diary
    QDate endDate; ///< last day; the diary's clock's today when invalid
    /** Also save a taper plan (sertraline from the dose taken on the last day, hyperbolic, 5
     *  points of modelled occupancy every 28 days), as the app's and the CLI's demo diaries do. */
    bool withPlan = false;
};

/**
 * Fills an empty diary with a realistic, made-up taper: sertraline coming down in shrinking
 * steps with holds over about 14 months, diazepam steady at 5 mg until two months after that and
 * then reduced in 0.5 mg steps, and withdrawal symptoms that come
 * in waves a few days after each reduction and settle in the weeks after. Deterministic for a seed.
 * One transaction; throws Error(InvalidInput) if the diary already has drugs or entries.
 */
void generateDemo(Diary &diary, const DemoOptions &options);

inline constexpr int kMaxDemoDays = 36600; // 100 years

} // namespace waymark
