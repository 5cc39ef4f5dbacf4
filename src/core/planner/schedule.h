// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/plan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace waymark::planner {

/** One step of a schedule: a dose the person can make, taken every day from start to end. */
struct Step
{
    int index = 0; ///< 1-based, in date order
    QDate start;
    QDate end; ///< inclusive; invalid (open) for the final 0 mg step and a step held until released
    double doseMg = 0; ///< makeable
    double methodDoseMg = 0; ///< what the method (or an edit, or the letter) asked for
    std::optional<double> occupancyPct; ///< modelled occupancy of doseMg, when the plan has a fit
    QString howToMake;
    double deviationMg = 0; ///< doseMg − methodDoseMg
    std::optional<double> deviationPct; ///< relative to methodDoseMg (none when that is 0)
    int heldDays = 0; ///< days added by holds and pauses
    bool edited = false; ///< the dose was set by an EditDose adjustment

    bool isOpen() const { return !end.isValid(); }
    /** Days from start to end inclusive; 0 when open. */
    int days() const { return isOpen() ? 0 : int(start.daysTo(end)) + 1; }
};

/**
 * A computed taper schedule. Steps follow each other without gaps or overlaps, doses never go up
 * or repeat, and a finished schedule ends with an open 0 mg step ("stop from this date").
 */
struct Schedule
{
    QList<Step> steps;
    /** Held or paused until released: the last step is open and the later steps are not known yet. */
    bool waitingForRelease = false;
    std::optional<OccupancyFit> fit;

    /** Index into steps of the step in force on a date (nullopt before the first step). */
    std::optional<qsizetype> stepOn(const QDate &date) const;
};

/** Throws waymark::Error InvalidInput naming the field at fault when the plan cannot be computed. */
void validatePlan(const Plan &plan);

/**
 * The schedule of a plan. Method doses are rounded to makeable doses by roundToMakeable() (see
 * dosemaker.h); a step whose rounded dose would repeat the previous one is merged into it (the
 * dose is kept one more interval), so the person never cuts deeper than the method asked. Percent
 * and hyperbolic steps follow the method's own (unrounded) doses: each step is the previous
 * *method* dose × (1 − p), or the previous method occupancy − points. Chosen so that rounding never
 * compounds: every made dose stays within one rounding of the intended curve, where basing the
 * next step on the rounded dose would let repeated rounding down speed the taper up (or rounding
 * up stall it) for as long as the plan runs.
 * The first step is the start dose for one interval; when the method dose falls below the final
 * dose (or rounds to 0) the last step is 0 mg, open-ended. Custom doses are rounded the same way.
 * Throws InvalidInput as validatePlan(), for adjustments that do not fit the schedule, and when
 * the plan would need more than 1000 steps (field "stepSize").
 */
Schedule computeSchedule(const Plan &plan);

} // namespace waymark::planner
