// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/schedule.h"

#include <QString>

namespace waymark::planner {

/**
 * The schedule as CSV (RFC 4180, "\n" line ends, UTF-8 when encoded), one row per step under the
 * header `step,start_date,end_date,dose_mg,method_dose_mg,occupancy_pct,how_to_make,cut_pct,
 * drop_points,warning,times,change` (later columns are appended; earlier columns never move). Dates are
 * ISO 8601 (end empty when open); mg with up to 3 decimals and no trailing zeros; occupancy with
 * 1 decimal, empty without a fit; cut_pct (of the previous step's dose) and drop_points (modelled
 * occupancy points) with 1 decimal, empty for step 1 (drop_points also without a fit); warning is
 * the step's warning text, empty when none; times is the amount at each dose time
 * ("08:00=0.5;14:00=0.5;22:00=0.375", empty for one dose a day) and change says which dose changes
 * ("evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged"; a step back starts
 * "back to the previous dose"). Text fields are quoted when they hold a comma, quote
 * or line break.
 * The reference files in tests/data/schedules are this text, and the CLI prints it.
 */
QString scheduleToCsv(const Schedule &schedule);

/** One CSV field, quoted only when it has to be. */
QString csvField(const QString &value);

} // namespace waymark::planner
