// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the planner: the schedule without its form suggestion (schedule.cpp, formsuggestion.cpp).

#include "planner/formsuggestion.h"
#include "planner/schedule.h"

#include <optional>

namespace waymark::planner::detail {

/** computeSchedule() without Schedule::suggestion and the sentence naming it. */
Schedule buildSchedule(const Plan &plan, StartRule startRule);

/** Steps whose warning the forms cause (deep cut or stop, not an edit or a skip). */
int formsWarnings(const Schedule &schedule);

/** suggestForm() for a plan whose schedule has `before` such steps. */
std::optional<FormSuggestion> bestSuggestion(const Plan &plan, StartRule startRule, int before);

} // namespace waymark::planner::detail
