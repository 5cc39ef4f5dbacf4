// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/dosemaker.h"
#include "planner/formsuggestion.h"
#include "planner/plan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace waymark::planner {

/**
 * Why a step deserves a second look before the person follows it. A step "cuts more than asked"
 * when its real cut exceeds 1.5 × the plan's step: percent plans, cut of the previous made dose
 * > 1.5 × P; hyperbolic plans, modelled occupancy drop > 1.5 × the points; linear plans, mg cut
 * > 1.5 × the step; custom plans, cut (in % of the previous made dose) > 1.5 × the cut the
 * letter itself asks between the same two lines. The stop to 0 mg is judged the same way, except
 * a percent or linear stop from a dose at or below the plan's final dose (its normal end).
 */
struct StepWarning
{
    enum class Kind {
        None,
        DeepCut, ///< a step above 0 mg cuts more than 1.5 × what was asked
        DeepStop, ///< the stop to 0 mg cuts more than 1.5 × what was asked (not the normal end)
        StartNotMade, ///< step 1 is below the start dose (only plans stored before step 1 had to be exact)
    };
    enum class Cause {
        Forms, ///< the person's forms cannot make the doses in between
        Edited, ///< the person set this dose (plan edit-step)
        Skipped, ///< a step before it was skipped
        FinalDose, ///< the stop came because the method's next dose fell below the plan's final dose
    };
    Kind kind = Kind::None;
    Cause cause = Cause::Forms;
    QString text; ///< plain language: the cut, what was asked, why, and which form would make the doses in between

    bool isSet() const { return kind != Kind::None; }
};

/** "deep-cut", "deep-stop", "start-not-made" ("" for None): stable names for JSON and tests. */
QString warningKindName(StepWarning::Kind kind);

/** The amount at one time of day during a step (plans with Plan::doseTimes). */
struct TimeDose
{
    QTime time;
    double doseMg = 0; ///< makeable on its own; 0 once this dose time has stopped
    double previousMg = 0; ///< the amount at this time in the step before (step 1: the same)
    QString howToMake; ///< "1 × 0.5 mg", "stop"
    QList<DosePart> parts; ///< indices into the plan's visible formulations (DoseMaker::formulations())
    double liquidMl = 0;

    bool changed() const;
};

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

    /** The real cut from the previous step's made dose, in % of it (none for step 1; 100 for a stop). */
    std::optional<double> cutPct;
    /** Modelled occupancy points dropped from the previous step (none for step 1 or without a fit). */
    std::optional<double> dropPoints;
    /** The real cut in mg from the previous step's made dose (none for step 1). */
    std::optional<double> cutMg;
    /** What the plan asked for this step, in the method's unit (mg, %, points; custom: % from the
     *  letter); none for step 1. The warning compares the real cut with 1.5 × this. */
    std::optional<double> askedCut;
    StepWarning warning;
    /** Set when the step lasts longer than the interval because the doses the method asked in
     *  between could not be made (they rounded to this dose or above): says so and why. Holds do
     *  not set it (see heldDays). */
    QString mergedNote;
    int mergedIntervals = 0; ///< intervals (custom: letter lines) folded into this step by that rule
    /** How the day's dose is made (single dose a day: doseMg's parts; see DosePart). */
    QList<DosePart> parts;
    double liquidMl = 0;
    /** Plans with dose times: the amount at each time (doseMg is their sum), in time order. */
    QList<TimeDose> times;
    /** Plans with dose times: which dose changes, e.g. "evening (22:00) dose 0.5 → 0.375 mg; morning
     *  and afternoon unchanged" (step 1: the doses taken now). Empty without dose times. */
    QString timesChange;
    /** Back to the previous dose (Adjustment::StepBack): a rise the person agreed with their
     *  prescriber; it has no cut and no warning. The step after it takes the same cut again. */
    bool stepBack = false;
    /** The step that continues the plan after a step back (the dose it had before). */
    bool resumed = false;

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
    /** When some step has a warning caused by the forms: the form that, added to the plan's,
     *  leaves the fewest such steps (see suggestForm()); the warning texts name it. */
    std::optional<FormSuggestion> suggestion;

    /** Steps whose warning is set. */
    int warningCount() const;

    /** Index into steps of the step in force on a date (nullopt before the first step). */
    std::optional<qsizetype> stepOn(const QDate &date) const;
};

/** How step 1 is made from the start dose. */
enum class StartRule {
    Exact, ///< step 1 is exactly the start dose, or the plan is refused (every new plan)
    StoredLenient, ///< plans stored before that rule: the largest makeable dose at or below it, with a warning
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
 * The first step is exactly the start dose for one interval: when the forms cannot make it the plan
 * is refused (InvalidInput, field "startDoseMg"; custom plans: "customDoses", line 1) with a message
 * naming the forms that would make it (formsMaking()). When the method dose falls below the final
 * dose (or rounds to 0) the last step is 0 mg, open-ended. Custom doses are rounded the same way.
 * Throws InvalidInput as validatePlan(), for adjustments that do not fit the schedule, and when
 * the plan would need more than 1000 steps (field "stepSize").
 */
Schedule computeSchedule(const Plan &plan, StartRule startRule = StartRule::Exact);

} // namespace waymark::planner
