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
    QString note;
    QDateTime createdAt;
};

/** A recorded switch to diazepam: its parameters, the stages recomputed from them, and when the
 *  person confirmed that their prescriber agreed. */
struct StoredSwitch
{
    qint64 id = 0;
    qint64 fromDrugId = 0;
    qint64 diazepamDrugId = 0;
    planner::Crossover crossover;
    int stages = 0;
    int intervalDays = 0;
    QDate startDate;
    QDateTime confirmedAt;
    QString note;
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
    QDate stepEnd;     ///< invalid when the step is open (held, or the final 0 mg)
    std::optional<double> occupancyPct;
    qint64 switchId = 0; ///< set when the dose comes from a switch to diazepam rather than a plan
};

} // namespace waymark
