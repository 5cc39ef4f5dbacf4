// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the planner: the schedule without its form suggestion (schedule.cpp, formsuggestion.cpp).

#include "planner/formsuggestion.h"
#include "planner/schedule.h"

#include <optional>

namespace waymark::planner::detail {

/** computeSchedule() without Schedule::suggestion and the sentence naming it. */
Schedule buildSchedule(const Plan &plan, StartRule startRule);

/** Steps whose warning the forms cause (deep cut or stop, not an edit or a skip), counting only
 *  steps from a dose at or above floorMg. */
int formsWarnings(const Schedule &schedule, double floorMg = 0);

/** The smallest dose above 0 the schedule reaches (0 when none). */
double lowestDose(const Schedule &schedule);

/** suggestForm() for a plan whose schedule is `current`. */
std::optional<FormSuggestion> bestSuggestion(const Plan &plan, StartRule startRule, const Schedule &current);

} // namespace waymark::planner::detail
