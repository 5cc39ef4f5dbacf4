// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/supply.h"
#include "storedplan.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace waymark {

class Diary;

/**
 * What a stored plan gives outside the app: its calendar file and what to ask the pharmacy for.
 * One place for the Plan page, `waymark-cli plan supply|calendar` and the clinician PDF.
 */
namespace plandocuments {

/** The settings key of the supply margin the person chose (percent, 0 to 100; default 10). */
inline const QString kSupplyMarginKey = QStringLiteral("supply_margin_pct");
constexpr double kDefaultSupplyMarginPct = 10;
constexpr int kDefaultSupplyWeeks = 8;

/** The margin stored in the diary (the default when none or not a number in range). */
double supplyMarginPct(const Diary &diary);
/** Stores the margin (InvalidInput, field "marginPct", outside 0 to 100). */
void setSupplyMarginPct(Diary &diary, double pct);

/** planner::supplySummary of the plan's schedule from `today`. */
planner::SupplySummary supply(const StoredPlan &plan, const QDate &today, int weeks, double marginPct);

/** One line per form, e.g. "93 × 0.5 mg tablet (halves)"; "nothing" when no form is used. */
QStringList supplyLines(const planner::Supply &supply);

/** "Supply for the next 8 weeks (2026-01-05 to 2026-03-01, 56 days, with a 10 % margin)". */
QString supplyHeading(const QString &what, const planner::Supply &supply);

/** The stable part of the plan's event UIDs: "plan-<id>-<when it was made>". */
QString calendarUidBase(const StoredPlan &plan);

/** The plan's schedule as an iCalendar file (planner::scheduleToICalendar): neutral titles; with
 *  details, the drug's name, doses and how to make them in each event's description. */
QString calendar(const StoredPlan &plan, bool details, const QDateTime &stamp);

} // namespace plandocuments
} // namespace waymark
