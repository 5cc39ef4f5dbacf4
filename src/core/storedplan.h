// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/crossover.h"
#include "planner/plan.h"
#include "planner/schedule.h"

#include <QDateTime>

namespace waymark {

/** A taper plan as the diary keeps it, with its schedule computed from it. */
struct StoredPlan
{
    qint64 id = 0;
    qint64 drugId = 0;
    QString drugName;
    planner::Plan plan;
    planner::Schedule schedule;
    bool archived = false;
    /** Set when the plan was ended (e.g. when a switch to diazepam took over): its last day. An ended
     *  plan is no longer active (plans(false) leaves it out) but still gives its doses up to that day. */
    QDate endedOn;
    QString note;
    QDateTime createdAt;
};

/** A recorded switch to diazepam: its parameters, the stages as computed when it was recorded
 *  (with the forms the person had then), and when the person confirmed that their prescriber agreed.
 *  Active until ended or archived; after its last stage it keeps giving the final diazepam dose
 *  until a diazepam plan takes over or it is ended. */
struct StoredSwitch
{
    qint64 id = 0;
    qint64 fromDrugId = 0;
    qint64 diazepamDrugId = 0;
    QString fromName; ///< the drug's name in the diary
    QString diazepamName; ///< diazepam's name in the diary
    planner::Crossover crossover;
    int stages = 0;
    int intervalDays = 0;
    QDate startDate;
    QDateTime confirmedAt;
    QString note;
    QDate endedOn; ///< the switch's last day when it was ended early (or ended after its stages)
    bool archived = false; ///< archived switches give no planned doses
    /** Set for a switch recorded by an older version whose stages these rules cannot make (e.g. one
     *  stage): it has no stages and gives no planned doses; the text says what to do. */
    QString problem;

    bool isActive() const { return !archived && !endedOn.isValid() && problem.isEmpty(); }
};

/** What a plan asks for on one day. */
struct PlannedDose
{
    qint64 planId = 0;
    qint64 drugId = 0;
    QString drugName;
    double doseMg = 0;
    QString howToMake;
    int stepIndex = 0; ///< 1-based
    int stepCount = 0; ///< steps known so far (a plan held until released shows no later steps)
    QDate stepStart;
    QDate stepEnd; ///< invalid when the step is open (held, or the final 0 mg)
    std::optional<double> occupancyPct;
    qint64 switchId = 0; ///< set when the dose comes from a switch to diazepam rather than a plan
    /** True after a switch's last stage: the switch's final diazepam dose, kept until a plan takes over. */
    bool afterSwitch = false;
    /**
     * Two sources (a switch and a plan, or two of either) give a dose of this drug on this day.
     * Planned doses are never added up: every entry of that drug on that day is marked, and the
     * text names the sources and their doses. Show it as a conflict and offer no dose to log.
     */
    bool conflict = false;
    QString conflictText;
    /** Plans with dose times: the amount at each time today (doseMg is their sum), and which dose
     *  changed at this step ("evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged"). */
    QList<planner::TimeDose> times;
    QString timesChange;
    bool stepBack = false; ///< the step is a step back to the previous dose
};

} // namespace waymark
