// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h"
#include "planner/schedule.h"

#include <QList>
#include <QString>
#include <optional>

/**
 * Checks written apart from the planner, so the property tests do not trust the code they test:
 * a parser of the how-to-make text that re-adds the dose from the formulations, and a brute-force
 * search of the makeable doses around a target.
 */
namespace waymark::planner::test {

/** Empty when `howTo` makes exactly doseMg from `forms` within the combination limits; otherwise why not. */
QString checkHowTo(const QList<Formulation> &forms, int maxSolidUnits, double doseMg, const QString &howTo);

struct Bracket
{
    double below = 0; ///< largest makeable ≤ target (0 when nothing else)
    std::optional<double> above; ///< smallest makeable > target
};
/** By brute force over piece counts. */
Bracket bruteBracket(const QList<Formulation> &forms, int maxSolidUnits, double targetMg);

/** Empty when the schedule's dates follow each other without gaps or overlaps; otherwise why not. */
QString checkContiguous(const Schedule &schedule);

/** Shortcuts for building formulation sets. */
Formulation tablet(double mg, int splitParts = 1, bool modifiedRelease = false);
Formulation capsule(double mg, std::optional<int> beads = std::nullopt);
Formulation liquid(double mgPerMl, std::optional<double> syringeMl = std::nullopt);

/** Occupancy fits of the reference table (S1), shared by the planner tests. */
extern const OccupancyFit kCitalopram;
extern const OccupancyFit kSertraline;
extern const OccupancyFit kParoxetine;

/** The example: hyperbolic citalopram from 20 mg on 2026-01-05, 5 points every 28 days,
 *  a 2 mg/mL liquid measured to 0.1 mL. */
Plan hyperbolicCitalopram();

/** The field named by the InvalidInput error computeSchedule throws for the plan; "wrong code"
 *  for another kind of error, "no error" when it computes. */
QString invalidField(const Plan &plan);

} // namespace waymark::planner::test
