// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/plan.h"

#include <QJsonObject>

namespace waymark::planner {

/**
 * A plan as JSON, the form in which the diary stores it (inside the encrypted file). Carries
 * "format": 1 so a later change can read older plans. Dates are ISO text; formulations are a
 * snapshot of what the person had when they made or last changed the plan.
 */
QJsonObject planToJson(const Plan &plan);

/** Reads planToJson's output; throws Error(Damaged) when the JSON is not a plan of a known format. */
Plan planFromJson(const QJsonObject &json);

} // namespace waymark::planner
