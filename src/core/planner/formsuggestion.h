// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diary.h" // Formulation
#include "planner/plan.h"

#include <QList>
#include <QString>
#include <optional>

namespace waymark::catalogue {
struct LibraryDrug;
}

namespace waymark::planner {

/**
 * A form the person could add so the planner can make doses their forms cannot: the drug's liquid
 * or a smaller strength from the library (Plan::otherForms), or quarters of a tablet they already
 * split in halves. Applying it (withSuggestion) gives the plan to recompute: "one tap" in the app,
 * one option on the command line.
 */
struct FormSuggestion
{
    enum class Kind {
        Liquid, ///< the library's liquid of the drug, measured with a 0.1 mL syringe
        SmallerStrength, ///< a strength from the library the person does not have
        Quarters, ///< quarters of a tablet the person already takes in halves
    };
    Kind kind = Kind::Liquid;
    Formulation formulation; ///< the form to add (Quarters: the tablet with splitParts 4)
    std::optional<qsizetype> replaces; ///< Quarters: index in Plan::formulations of the halved tablet it replaces
    QString description; ///< "a 2 mg/mL liquid, measured with a 0.1 mL syringe", "quarters of the 10 mg tablets"
    int warningsBefore = 0; ///< steps cutting more than asked (because of the forms) with the person's forms
    /** ... and with this form added, counting the steps from doses down to the lowest dose the
     *  person's forms reach in this plan (0: over that stretch the plan follows the method). Below
     *  it the finer form lets the plan go on, and those steps are judged in the recomputed plan. */
    int warningsAfter = 0;
    int warningsAfterTotal = 0; ///< every such step of the recomputed plan, below that dose too
};

/** "liquid", "smaller-strength", "quarters": stable names for JSON and tests. */
QString suggestionKindName(FormSuggestion::Kind kind);

/** The plan with the suggestion applied: the form added, or the halved tablet now in quarters. */
Plan withSuggestion(Plan plan, const FormSuggestion &suggestion);

/**
 * The library's forms of a drug: one per common strength (tablets in halves where the library
 * says they may be split; capsules whole) and, with liquids, one per liquid (0.1 mL syringe).
 */
QList<Formulation> libraryForms(const catalogue::LibraryDrug &drug, bool withLiquids = true);

/**
 * The forms that, added to the plan's (or replacing a halved tablet by quarters), would make
 * doseMg exactly: candidates from Plan::otherForms and quarters of the person's halved tablets.
 * Order: quarters, smaller strengths, liquids. Empty when none would.
 */
QList<FormSuggestion> formsMaking(const Plan &plan, double doseMg);

/**
 * Among the candidates (as formsMaking), the form with which the recomputed schedule has the fewest
 * steps cutting more than asked because of the forms, from doses down to the lowest the person's
 * forms reach now; nullopt when none has fewer than the plan itself (or the plan has none). Ties go
 * to the order above (what the person already has first).
 * computeSchedule() fills Schedule::suggestion with it.
 */
std::optional<FormSuggestion> suggestForm(const Plan &plan);

} // namespace waymark::planner
