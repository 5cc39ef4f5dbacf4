// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/schedule.h"

#include <QString>

namespace waymark::planner {

/**
 * The schedule as CSV (RFC 4180, "\n" line ends, UTF-8 when encoded), one row per step under the
 * header `step,start_date,end_date,dose_mg,method_dose_mg,occupancy_pct,how_to_make`. Dates are
 * ISO 8601 (end empty when open); mg with up to 3 decimals and no trailing zeros; occupancy with
 * 1 decimal, empty without a fit; how_to_make quoted when it holds a comma, quote or line break.
 * The reference files in tests/data/schedules are this text, and the CLI prints it.
 */
QString scheduleToCsv(const Schedule &schedule);

/** One CSV field, quoted only when it has to be. */
QString csvField(const QString &value);

} // namespace waymark::planner
