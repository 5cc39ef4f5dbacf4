// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h" // Formulation
#include "planner/plan.h"
#include "planner/schedule.h"

#include <QDate>
#include <QList>
#include <QString>

namespace waymark::planner {

/** What to ask the pharmacy for, of one form. */
struct SupplyLine
{
    Formulation formulation;
    /** Tablets or capsules (a fraction when pieces of tablets are used) or mL, as the doses use them,
     *  before the margin. */
    double used = 0;
    /** What to ask for: whole tablets or capsules, or mL rounded up to a whole mL, margin included.
     *  Pieces of split tablets are pooled (the other half is taken at a later dose), and a piece
     *  left over still needs a whole tablet; a capsule opened to count beads is one capsule a dose. */
    double amount = 0;
    QString unit; ///< "tablets", "capsules", "mL"
    QString text; ///< "42 × 0.5 mg tablet (halves)", "75 mL of 2 mg/mL liquid"
};

/** The forms needed between two dates (inclusive) to follow the schedule. */
struct Supply
{
    QDate from;
    QDate to;
    int days = 0;
    double marginPct = 0;
    QList<SupplyLine> lines; ///< one per form used, in the plan's order; empty when nothing is taken
    /** Set when the schedule does not say what comes after some day in the range (held until
     *  released): the dose held is counted to `to`, and the text says so. */
    bool openEnded = false;
    QString note;
};

/**
 * The supply for each day from `from` to `to` of the schedule (days outside its steps need
 * nothing), plus marginPct % (0 to 100). Throws InvalidInput (field "marginPct") outside that range
 * and (field "to") when `to` is before `from`.
 */
Supply supplyBetween(const Plan &plan, const Schedule &schedule, const QDate &from, const QDate &to, double marginPct);

/** The three supplies the Plan page, the PDF and `waymark-cli plan supply` show. */
struct SupplySummary
{
    Supply currentStep; ///< from `today` to the end of the step in force (before the plan: step 1)
    Supply weeks; ///< from `today`, the next `weekCount` weeks
    Supply wholePlan; ///< from `today` (or the start) to the last day before the stop
    int weekCount = 8;
};

/** Weeks from 1 to 104 (field "weeks"). When the plan is held until released, the current step
 *  and the whole plan are counted to the end of the weeks asked (openEnded). */
SupplySummary supplySummary(
    const Plan &plan, const Schedule &schedule, const QDate &today, int weeks = 8, double marginPct = 0);

} // namespace waymark::planner
