// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "errors.h"
#include "planner/formsuggestion.h"
#include "planner/plan.h"
#include "planner/schedule.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace waymark {
struct StoredPlan;
}

/** Helpers the taper-plan commands share (commands_plan.cpp, commands_plan_adjust.cpp). */
namespace waymark::cli::plan {

/** The line every schedule comes with, on standard error so the CSV stays clean. */
inline const QString kProposal = QStringLiteral(
    "This schedule is a proposal to agree with your prescriber; Waymark does not give medical advice.");

/** How a planner field (Error::field()) is named on the command line, with an optional hint. */
struct OptionName
{
    QString field; ///< "intervalDays"; "customDoses#2" names the second --dose
    QString option; ///< "--interval-days"
    QString hint; ///< appended to the message, e.g. " (give --emax and --ed50)"
};
using OptionNames = QList<OptionName>;

/** The error with its field named as the option (nullopt when names has no entry for it). */
std::optional<Error> renamed(const Error &e, const OptionNames &names);

/** Runs f; an Error about a field in names is thrown again naming the command-line option instead. */
template <class F> auto naming(const OptionNames &names, F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const Error &e) {
        if (const auto mapped = renamed(e, names))
            throw *mapped;
        throw;
    }
}

/** "step-mg", "step-percent", "step-points"; empty for Custom. */
QString stepOptionFor(planner::Method method);
/** The step options, in the order linear, percent, hyperbolic. */
const QStringList &stepOptions();
/** What one step option means: "mg per step", ... */
QString stepUnit(planner::Method method);

/** mg as people read them: up to 3 decimals. */
QString mgText(double mg);

/** The plan number of --plan (a whole number from 1). */
qint64 planId(const Args &args);

/** "hyperbolic, 5 points every 28 days" or "custom, 12 doses". */
QString methodSummary(const planner::Plan &plan);
/** Where the plan stands on a day: "step 3 of 9, 8 mg until 2026-03-29", "held until released", ... */
QString planStatus(const StoredPlan &plan, const QDate &today);
/** One line per adjustment, e.g. "held 21 days from 2026-03-20". */
QStringList adjustmentLines(const planner::Plan &plan);

QJsonObject scheduleJson(const planner::Schedule &schedule);
QJsonObject storedPlanJson(const StoredPlan &plan, const QDate &today);

/** The option that gives a form: "--tablet 10:2", "--tablet-mr 75", "--capsule 20", "--liquid 2:0.1". */
QString formOption(const Formulation &form);
/** formOption of each visible form, space-separated. */
QString formOptions(const QList<Formulation> &forms);

/**
 * How to recompute the plan with a suggested form, as options: when the person gave their forms
 * ("add --liquid 2:0.1", "use --tablet 10:4 instead of --tablet 10:2"); when the library's were
 * used (formsDefaulted), the whole set to give, e.g. "--tablet 10:2 --tablet 20:2 --liquid 2:0.1".
 */
QString rerunHint(const planner::Plan &plan, const planner::FormSuggestion &suggestion, bool formsDefaulted);

/**
 * computeSchedule; when step 1 cannot be made, the refusal also says which options would make it
 * (rerunHint of each form that would).
 */
planner::Schedule computeNaming(const planner::Plan &plan, bool formsDefaulted);

/**
 * On standard error: one summary line when steps cut more than asked ("N steps cut more than
 * asked: ...", the form that would make the doses in between and the options to re-run with),
 * each merged step's note, then the method's guidance with its source.
 */
void printJudgement(const planner::Plan &plan, const planner::Schedule &schedule, bool formsDefaulted);

/** The guidance as JSON: {lines, source, smaller_final_dose_mg}. */
QJsonObject guidanceJson(const planner::Plan &plan, const planner::Schedule &schedule);

/** Writes the schedule CSV (planner::scheduleToCsv) to standard output. */
void printCsv(const planner::Schedule &schedule);
/** On standard error: that occupancy is modelled (with its source) when there is a fit, then kProposal. */
void printNotes(const std::optional<planner::OccupancyFit> &fit);

} // namespace waymark::cli::plan
