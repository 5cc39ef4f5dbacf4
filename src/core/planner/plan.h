// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h" // Formulation
#include "planner/occupancy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace waymark::planner {

/** How the doses of a taper are chosen (docs: tapering.md, "Methods"). */
enum class Method {
    Linear, ///< the same number of mg each step
    Percent, ///< each step is the previous method dose × (1 − p/100)
    Hyperbolic, ///< equal drops in modelled occupancy (percentage points) per step; needs a fit
    Custom, ///< doses and dates a prescriber wrote down
};

QString methodName(Method method); ///< "linear", "percent", "hyperbolic", "custom"
std::optional<Method> methodFromName(const QString &name);

/** One time of day at which the drug is taken, and how much then (issue 13: doses across the day). */
struct DoseTime
{
    QTime time; ///< minutes precision
    double doseMg = 0;

    bool operator==(const DoseTime &) const = default;
};

/**
 * How a step's cut is shared between the times of day when a plan has several dose times.
 * OneAtATime (the default): each step cuts one dose time, the largest dose then (the latest in the
 * day among equals), so the others stay as they were; a cut larger than that dose stops it and
 * takes the rest from the next. Even: every dose time is cut in proportion.
 */
enum class Spread { OneAtATime, Even };

QString spreadName(Spread spread); ///< "one-at-a-time", "even"
std::optional<Spread> spreadFromName(const QString &name);

/** One line of a prescriber's letter: from this date, take this dose. */
struct CustomDose
{
    QDate date;
    double doseMg = 0;
};

/**
 * A change the person makes to a running plan, kept as data so storage can save it and the
 * schedule can always be recomputed from the plan. Adjustments apply in list order (the order they
 * were made), each to the schedule that the ones before it produced. None of them changes a step
 * that ended before its date.
 */
struct Adjustment
{
    enum class Kind {
        Hold, ///< extend the step in force on `date` by `days` (or until released); later steps shift
        Pause, ///< pause the whole plan from `date`: as Hold, and before the start it delays the start
        ChangePace, ///< from the step after the one in force on `date`: new interval and/or step size
        SkipAhead, ///< the next step begins on `date` (the step in force ends the day before)
        EditDose, ///< set the dose of step `stepIndex` (1-based, as currently shown), which must start on/after `date`
        /**
         * Back to the previous dose, agreed with the prescriber (ASAM 2025 patient guide: in rare
         * cases the prescriber may temporarily return to the prior dose). From `date` the person
         * takes the previous step's dose again, until released (or for `days`); then the plan
         * continues from the step that was in force, whose cut is taken again. The planner never
         * proposes it: only the person records it.
         */
        StepBack,
    };
    Kind kind = Kind::Hold;
    QDate date;
    std::optional<int> days; ///< Hold/Pause: length in days; none: until released
    std::optional<QDate> releasedOn; ///< Hold/Pause without days: release date (a hold of releasedOn − date days)
    std::optional<int> intervalDays; ///< ChangePace
    std::optional<double> stepSize; ///< ChangePace: mg, percent or points, as the plan's method
    int stepIndex = 0; ///< EditDose
    double doseMg = 0; ///< EditDose

    static Adjustment hold(const QDate &date, int days);
    static Adjustment holdUntilReleased(const QDate &date);
    static Adjustment pause(const QDate &date, int days);
    static Adjustment pauseUntilResumed(const QDate &date);
    static Adjustment changePace(const QDate &from, std::optional<int> intervalDays, std::optional<double> stepSize);
    static Adjustment skipAhead(const QDate &date);
    static Adjustment editDose(const QDate &madeOn, int stepIndex, double doseMg);
    static Adjustment stepBack(const QDate &date);
    static Adjustment stepBack(const QDate &date, int days);

    /** Hold, pause or step back with neither days nor a release date. */
    bool isOpen() const;
};

/**
 * Everything a taper schedule is computed from: method and parameters, the formulations the person
 * has, the drug's occupancy fit (optional except for Hyperbolic) and the adjustments made since.
 */
struct Plan
{
    Method method = Method::Hyperbolic;
    double startDoseMg = 0; ///< unused for Custom (its first dose is the start)
    QDate startDate; ///< unused for Custom (its first date is the start)
    int intervalDays = 28; ///< days per step; for Custom, the length of a last non-zero step
    double stepSize = 0; ///< mg (Linear), percent of the previous dose (Percent), points (Hyperbolic)
    double finalDoseMg = 0; ///< once the method's dose falls below this, the next step is 0
    QList<CustomDose> customDoses;
    QList<Formulation> formulations;
    /**
     * Forms of this drug that exist but that the person has not said they have: the library's
     * strengths and liquids (libraryForms() in formsuggestion.h). The planner never plans with
     * them; it only names them when the person's forms cannot make the start dose or a step
     * cuts deeper than asked. Not stored (the diary and the CLI fill it from the library).
     */
    QList<Formulation> otherForms;
    std::optional<OccupancyFit> fit;
    int maxSolidUnits = 3; ///< tablets/capsules per dose (see DoseMaker)
    QList<Adjustment> adjustments;
    /**
     * The times of day the dose is taken at step 1, with the amount at each (empty: one dose a day,
     * the whole day's amount at once). When set, their sum is the start dose (custom: the letter's
     * first dose), each amount must be made exactly with the forms (maxSolidUnits then counts per
     * dose time), and every step gives the amount at each time (Step::times), never rising at any.
     */
    QList<DoseTime> doseTimes;
    Spread spread = Spread::OneAtATime;
};

/** The plan with one more adjustment (checked when the schedule is computed). */
Plan withAdjustment(Plan plan, const Adjustment &adjustment);

/** Releases the open hold or pause on `on` (it becomes a hold of on − date days). Throws
 *  InvalidInput when none is open or `on` is before the hold's date. */
Plan releaseHold(Plan plan, const QDate &on);

} // namespace waymark::planner
