// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/schedule.h"

#include <QDateTime>
#include <QString>

namespace waymark::planner {

/** What goes into a plan's calendar file. */
struct CalendarOptions
{
    /** Stable for one plan, e.g. "plan-3-20260105T101500" (the diary's plan id and when it was
     *  made): each event's UID is "waymark-<uidBase>-step-<n>@waymark" or "-hold-<n>", so
     *  importing the file again after the plan changed replaces the old events. */
    QString uidBase;
    /** Grows when the plan changes (e.g. its number of adjustments), as RFC 5545 SEQUENCE. */
    int sequence = 0;
    QDateTime stamp; ///< DTSTAMP (UTC)
    /** Off by default: titles stay neutral ("Waymark: step 3 begins") because calendars sync to
     *  other services. On: the drug, the dose, which dose time changes and how to make it go into
     *  the event's description. */
    bool details = false;
    QString drugName; ///< used only with details
};

/**
 * The schedule as an iCalendar file (RFC 5545: CRLF line ends, lines folded at 75 octets, text
 * escaped): one all-day event at each step's start ("Waymark: step 3 begins"; a step back: "Waymark:
 * step 4 begins (back to the previous dose)") and one on the last day of each step a hold made
 * longer ("Waymark: hold ends (step 3)").
 */
QString scheduleToICalendar(const Schedule &schedule, const CalendarOptions &options);

} // namespace waymark::planner
