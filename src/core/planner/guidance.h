// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planner/plan.h"
#include "planner/schedule.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace waymark::planner {

/**
 * What published guidance says beside a method, with its source, and how this plan sits against
 * it. Plain sentences, model words only where a fit applies. Never advice of Waymark's own: the
 * app and the CLI show it beside the plan, which stays a proposal to agree with the prescriber.
 */
struct MethodGuidance
{
    QStringList lines; ///< plain-language sentences, most important first
    QString source; ///< the citation the lines rest on ("" when no published range applies)
    /** Set when the stop to 0 mg drops more than one asked step: a final dose whose stop would
     *  drop no more than one step (hyperbolic: that many points; linear: that many mg). */
    std::optional<double> smallerFinalDoseMg;
};

/** The source of the percent range, as tapering.md cites it. */
QString taperingRangeSource();

/** Guidance beside a method before a schedule exists (the app's method picker). */
MethodGuidance methodGuidance(Method method);

/**
 * Guidance for a computed plan: percent plans, the 10–25 % every 2–4 weeks range (Horowitz &
 * Taylor 2019; Maudsley) and where this plan sits in it; linear plans, each step's modelled
 * occupancy (or share of the dose left, without a fit) and why the last steps are the hardest;
 * every plan whose stop drops more than one asked step, a smaller final dose.
 */
MethodGuidance planGuidance(const Plan &plan, const Schedule &schedule);

} // namespace waymark::planner
