// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/formsuggestion.h"

#include "catalogue.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "planner/schedulebuild_p.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace waymark::planner {
namespace {

using FKind = Formulation::Kind;

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

bool isSolid(const Formulation &f)
{
    return f.kind != FKind::Liquid;
}

/** Whether the person already has this form (same kind and strength or concentration). */
bool has(const QList<Formulation> &forms, const Formulation &f)
{
    for (const Formulation &g : forms) {
        if (g.hidden || g.kind != f.kind)
            continue;
        if (f.kind == FKind::Liquid ? same(g.mgPerMl, f.mgPerMl)
                                    : same(g.strengthMg, f.strengthMg) && g.modifiedRelease == f.modifiedRelease)
            return true;
    }
    return false;
}

/** Every candidate, in order of preference: quarters, smaller strengths, other strengths, liquids. */
QList<FormSuggestion> candidates(const Plan &plan)
{
    QList<FormSuggestion> quarters;
    QList<FormSuggestion> smaller;
    QList<FormSuggestion> larger;
    QList<FormSuggestion> liquids;
    double smallest = std::numeric_limits<double>::infinity();
    for (const Formulation &f : plan.formulations)
        if (!f.hidden && isSolid(f))
            smallest = std::min(smallest, f.strengthMg);
    for (qsizetype i = 0; i < plan.formulations.size(); ++i) {
        const Formulation &f = plan.formulations[i];
        if (f.hidden || f.kind != FKind::Tablet || f.modifiedRelease || f.splitParts != 2)
            continue;
        FormSuggestion s;
        s.kind = FormSuggestion::Kind::Quarters;
        s.formulation = f;
        s.formulation.splitParts = 4;
        s.replaces = i;
        s.description = QCoreApplication::translate("Schedule", "the %1 mg tablets cut in quarters")
                            .arg(displayNumber(f.strengthMg));
        quarters << s;
    }
    for (const Formulation &f : plan.otherForms) {
        if (f.hidden || has(plan.formulations, f))
            continue;
        FormSuggestion s;
        s.formulation = f;
        if (f.kind == FKind::Liquid) {
            if (!f.syringeMl)
                s.formulation.syringeMl = DoseMaker::kDefaultSyringeMl;
            s.kind = FormSuggestion::Kind::Liquid;
            s.description = QCoreApplication::translate(
                "Schedule", "a %1 mg/mL liquid of this drug, measured with a %2 mL syringe")
                                .arg(displayNumber(f.mgPerMl), displayNumber(*s.formulation.syringeMl));
            liquids << s;
            continue;
        }
        s.kind = FormSuggestion::Kind::SmallerStrength;
        s.description = (f.kind == FKind::Capsule ? QCoreApplication::translate("Schedule", "%1 mg capsules")
                : f.splitParts == 2               ? QCoreApplication::translate("Schedule", "%1 mg tablets (in halves)")
                                                  : QCoreApplication::translate("Schedule", "%1 mg tablets"))
                            .arg(displayNumber(f.strengthMg));
        (f.strengthMg < smallest ? smaller : larger) << s;
    }
    return quarters + smaller + larger + liquids;
}

} // namespace

QString suggestionKindName(FormSuggestion::Kind kind)
{
    switch (kind) {
    case FormSuggestion::Kind::Liquid:
        return QStringLiteral("liquid");
    case FormSuggestion::Kind::SmallerStrength:
        return QStringLiteral("smaller-strength");
    case FormSuggestion::Kind::Quarters:
        return QStringLiteral("quarters");
    }
    return {};
}

Plan withSuggestion(Plan plan, const FormSuggestion &suggestion)
{
    if (suggestion.replaces && *suggestion.replaces >= 0 && *suggestion.replaces < plan.formulations.size())
        plan.formulations[*suggestion.replaces] = suggestion.formulation;
    else
        plan.formulations.append(suggestion.formulation);
    return plan;
}

QList<Formulation> libraryForms(const catalogue::LibraryDrug &drug, bool withLiquids)
{
    QList<Formulation> out;
    for (double mg : drug.strengthsMg) {
        Formulation f;
        f.kind = drug.capsules ? FKind::Capsule : FKind::Tablet;
        f.strengthMg = mg;
        f.splitParts = drug.tabletsSplittable() ? 2 : 1;
        out << f;
    }
    if (withLiquids) {
        for (double conc : drug.liquidsMgPerMl) {
            Formulation f;
            f.kind = FKind::Liquid;
            f.mgPerMl = conc;
            f.syringeMl = DoseMaker::kDefaultSyringeMl;
            out << f;
        }
    }
    return out;
}

QList<FormSuggestion> formsMaking(const Plan &plan, double doseMg)
{
    QList<FormSuggestion> out;
    for (const FormSuggestion &c : candidates(plan)) {
        try {
            if (DoseMaker(withSuggestion(plan, c).formulations, plan.maxSolidUnits).exactly(doseMg))
                out << c;
        } catch (const Error &) {
            continue; // a library form the dose maker cannot use is no suggestion
        }
    }
    return out;
}

std::optional<FormSuggestion> suggestForm(const Plan &plan)
{
    const Schedule s = detail::buildSchedule(plan, StartRule::Exact);
    if (detail::formsWarnings(s) == 0)
        return std::nullopt;
    return detail::bestSuggestion(plan, StartRule::Exact, s);
}

namespace detail {

std::optional<FormSuggestion> bestSuggestion(const Plan &plan, StartRule startRule, const Schedule &current)
{
    // Compared over the stretch the person's forms reach (down to their lowest dose in this plan):
    // a finer form also lets the plan go on below it, where its own last steps are judged anew.
    const double floor = lowestDose(current);
    const int before = formsWarnings(current);
    std::optional<FormSuggestion> best;
    for (FormSuggestion c : candidates(plan)) {
        int after = 0;
        int total = 0;
        try {
            const Schedule with = buildSchedule(withSuggestion(plan, c), startRule);
            after = formsWarnings(with, floor);
            total = formsWarnings(with);
        } catch (const Error &) {
            continue;
        }
        // Fewest down to the person's lowest dose, then fewest in all; a tie keeps the earlier candidate.
        if (after >= before
            || (best && std::pair(after, total) >= std::pair(best->warningsAfter, best->warningsAfterTotal)))
            continue;
        c.warningsBefore = before;
        c.warningsAfter = after;
        c.warningsAfterTotal = total;
        best = c;
        if (total == 0)
            break;
    }
    return best;
}

} // namespace detail

} // namespace waymark::planner
