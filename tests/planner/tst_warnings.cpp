// SPDX-License-Identifier: GPL-3.0-or-later
// Trustworthy steps (issue 7): step 1 is exactly the dose taken now or the plan is refused naming a
// form that makes it; no step rises; a warning exactly where a cut exceeds 1.5 × what was asked;
// the form that would make the doses in between. Property tests run over every library drug, its
// default forms and common doses, every method and a range of step sizes; the expectations are
// recomputed here from the doses (occupancy formula, brute-force makeability), not taken from
// the planner.
#include "catalogue.h"
#include "checker.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "planner/formsuggestion.h"
#include "planner/guidance.h"
#include "planner/occupancy.h"
#include "planner/schedule.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

double occ(const OccupancyFit &fit, double mg)
{
    return mg <= 0 ? 0 : fit.emaxPct * mg / (fit.ed50Mg + mg);
}

bool makeable(const QList<Formulation> &forms, int maxUnits, double mg)
{
    return same(bruteBracket(forms, maxUnits, mg).below, mg);
}

/** Doses a person on this drug may take now: each strength, 1.5 × and 2 × it, ¾ of the smallest. */
QList<double> commonDoses(const catalogue::LibraryDrug &d)
{
    QList<double> out;
    for (double s : d.strengthsMg)
        out << s << 1.5 * s << 2 * s;
    out << 0.75 * d.strengthsMg.first();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end(), [](double a, double b) { return same(a, b); }), out.end());
    return out;
}

struct Expected
{
    bool warn = false;
    double measure = 0;
};

/** The rule of issue 7, from the two doses alone. */
Expected expectedWarning(
    const Plan &plan, const Step &previous, const Step &step, const std::optional<OccupancyFit> &fit)
{
    const double cutMg = previous.doseMg - step.doseMg;
    const double cutPct = 100 * cutMg / previous.doseMg;
    double measure = 0;
    double asked = plan.stepSize;
    switch (plan.method) {
    case Method::Linear:
        measure = cutMg;
        break;
    case Method::Percent:
        measure = cutPct;
        break;
    case Method::Hyperbolic:
        measure = occ(*fit, previous.doseMg) - occ(*fit, step.doseMg);
        break;
    case Method::Custom: // against the letter's own cut between the same two lines
        measure = cutPct;
        asked = 100 * (previous.methodDoseMg - step.methodDoseMg) / previous.methodDoseMg;
        break;
    }
    Expected e;
    e.measure = measure;
    e.warn = measure > 1.5 * asked + 1e-9;
    if (e.warn && step.doseMg == 0) {
        // The plan's normal end: a percent or linear stop from (about) the final dose.
        if (plan.method == Method::Percent && previous.doseMg * (1 - plan.stepSize / 100) < plan.finalDoseMg + 1e-6)
            e.warn = false;
        if (plan.method == Method::Linear && previous.doseMg - plan.stepSize < plan.finalDoseMg + 1e-6)
            e.warn = false;
    }
    return e;
}

QList<Plan> plansFor(const catalogue::LibraryDrug &d)
{
    QList<Plan> out;
    const QList<Formulation> forms = libraryForms(d, false);
    const std::optional<OccupancyFit> fit = fitFor(d);
    for (double start : commonDoses(d)) {
        Plan base;
        base.formulations = forms;
        base.otherForms = libraryForms(d);
        base.fit = fit;
        base.startDoseMg = start;
        base.startDate = QDate(2027, 3, 1);
        base.intervalDays = 28;
        for (double frac : { 0.1, 0.25, 0.4 }) {
            Plan p = base;
            p.method = Method::Linear;
            p.stepSize = start * frac;
            out << p;
        }
        for (double pct : { 5.0, 10.0, 25.0, 40.0 }) {
            for (double final : { 0.0, start / 8 }) {
                Plan p = base;
                p.method = Method::Percent;
                p.stepSize = pct;
                p.finalDoseMg = final;
                out << p;
            }
        }
        if (fit) {
            for (double points : { 2.0, 5.0, 10.0, 20.0 }) {
                if (points >= occ(*fit, start))
                    continue;
                Plan p = base;
                p.method = Method::Hyperbolic;
                p.stepSize = points;
                out << p;
            }
        }
        Plan c = base;
        c.method = Method::Custom;
        const QDate day(2027, 3, 1);
        c.customDoses = { { day, start }, { day.addDays(28), start * 0.8 }, { day.addDays(56), start * 0.6 },
            { day.addDays(84), start * 0.4 }, { day.addDays(112), start * 0.2 }, { day.addDays(140), 0 } };
        out << c;
    }
    return out;
}

double startOf(const Plan &p)
{
    return p.method == Method::Custom ? p.customDoses.first().doseMg : p.startDoseMg;
}

} // namespace

TEST_CASE("property: every library drug, form set, common dose and method: step 1 exact or refused naming a form; "
          "never rising; a warning exactly where a cut exceeds 1.5x what was asked",
    "[planner][property][warnings]")
{
    int computed = 0;
    int refusedStart = 0;
    int warned = 0;
    int suggested = 0;
    for (const catalogue::LibraryDrug &d : catalogue::drugs()) {
        for (const Plan &plan : plansFor(d)) {
            const double start = startOf(plan);
            INFO(d.key.toStdString() << " " << methodName(plan.method).toStdString() << " from " << start << " step "
                                     << plan.stepSize << " final " << plan.finalDoseMg);
            const bool startMakeable = makeable(plan.formulations, plan.maxSolidUnits, start);
            Schedule s;
            try {
                s = computeSchedule(plan);
            } catch (const Error &e) {
                INFO(e.message().toStdString());
                REQUIRE(e.code() == ErrorCode::InvalidInput);
                if (e.message().contains(QStringLiteral("step 1 must be exactly the dose taken now"))) {
                    CHECK_FALSE(startMakeable);
                    CHECK(e.field()
                        == (plan.method == Method::Custom ? QStringLiteral("customDoses")
                                                          : QStringLiteral("startDoseMg")));
                    // A library form that would make it (checked by brute force) is named.
                    bool some = false;
                    for (const Formulation &f : libraryForms(d)) {
                        QList<Formulation> with = plan.formulations;
                        bool replaced = false;
                        for (Formulation &g : with)
                            if (g.kind == f.kind && same(g.strengthMg, f.strengthMg)
                                && f.kind != Formulation::Kind::Liquid)
                                replaced = true;
                        if (replaced)
                            continue;
                        with << f;
                        if (makeable(with, plan.maxSolidUnits, start)) {
                            some = true;
                            CHECK(e.message().contains(f.kind == Formulation::Kind::Liquid
                                    ? QStringLiteral("a %1 mg/mL liquid").arg(formatNumber(f.mgPerMl))
                                    : QStringLiteral("%1 mg").arg(formatNumber(f.strengthMg))));
                        }
                    }
                    CHECK(e.message().contains(QStringLiteral("It can be made with"))
                        == !formsMaking(plan, start).isEmpty());
                    if (some)
                        CHECK(e.message().contains(QStringLiteral("It can be made with")));
                    ++refusedStart;
                } else {
                    CHECK(
                        e.field() != QStringLiteral("startDoseMg")); // refused for another reason (e.g. step too large)
                }
                continue;
            }
            ++computed;
            REQUIRE(startMakeable);
            REQUIRE(s.steps.size() >= 2);
            CHECK(same(s.steps.first().doseMg, start));
            CHECK_FALSE(s.steps.first().warning.isSet());
            int warnings = 0;
            for (qsizetype i = 1; i < s.steps.size(); ++i) {
                const Step &prev = s.steps[i - 1];
                const Step &st = s.steps[i];
                INFO("step " << st.index << ": " << prev.doseMg << " -> " << st.doseMg);
                CHECK(st.doseMg < prev.doseMg);
                REQUIRE(st.cutPct);
                CHECK(*st.cutPct == Approx(100 * (prev.doseMg - st.doseMg) / prev.doseMg));
                CHECK(st.dropPoints.has_value() == plan.fit.has_value());
                if (plan.fit)
                    CHECK(*st.dropPoints == Approx(occ(*plan.fit, prev.doseMg) - occ(*plan.fit, st.doseMg)));
                const Expected e = expectedWarning(plan, prev, st, plan.fit);
                INFO("measure " << e.measure << " text " << st.warning.text.toStdString());
                CHECK(st.warning.isSet() == e.warn);
                if (st.warning.isSet()) {
                    ++warnings;
                    CHECK((st.warning.kind
                        == (st.doseMg == 0 ? StepWarning::Kind::DeepStop : StepWarning::Kind::DeepCut)));
                    CHECK_FALSE(st.warning.text.isEmpty());
                    if (s.suggestion && st.warning.cause == StepWarning::Cause::Forms)
                        CHECK(st.warning.text.contains(s.suggestion->description));
                }
            }
            warned += warnings > 0;
            CHECK(s.warningCount() == warnings);
            if (s.suggestion) {
                ++suggested;
                // The suggestion is real: recomputed with it, fewer steps cut more than asked over the
                // stretch the person's forms reach (down to their lowest dose in this plan).
                double lowest = start;
                for (const Step &st : s.steps)
                    if (st.doseMg > 0)
                        lowest = std::min(lowest, st.doseMg);
                const Schedule with = computeSchedule(withSuggestion(plan, *s.suggestion));
                int forms = 0;
                for (qsizetype i = 1; i < with.steps.size(); ++i)
                    forms += with.steps[i].warning.isSet() && with.steps[i].warning.cause == StepWarning::Cause::Forms
                        && with.steps[i - 1].doseMg >= lowest - 1e-6;
                CHECK(forms == s.suggestion->warningsAfter);
                CHECK(s.suggestion->warningsAfter < s.suggestion->warningsBefore);
            }
        }
    }
    CHECK(computed > 500);
    CHECK(refusedStart > 50);
    CHECK(warned > 50);
    CHECK(suggested > 20);
}

TEST_CASE("property: with a liquid fine enough the plan follows the curve without a warning", "[planner][warnings]")
{
    // 2 mg/mL in 0.1 mL steps is 0.2 mg: fine enough for 10-point steps from any usual dose, and for
    // 5-point steps from 20 mg or less (from 40 mg, 1 → 0.6 mg drops 8 points: rightly warned).
    for (double start : { 10.0, 20.0, 40.0 }) {
        for (double points : { 5.0, 10.0 }) {
            if (start == 40 && points == 5)
                continue;
            Plan p = hyperbolicCitalopram(); // 2 mg/mL, 0.1 mL syringe
            p.startDoseMg = start;
            p.stepSize = points;
            const Schedule s = computeSchedule(p);
            INFO("from " << start << " mg, " << points << " points");
            CHECK(s.warningCount() == 0);
            CHECK_FALSE(s.suggestion);
            for (qsizetype i = 1; i < s.steps.size(); ++i) {
                CHECK(s.steps[i].doseMg < s.steps[i - 1].doseMg);
                CHECK(*s.steps[i].dropPoints <= 1.5 * points);
            }
        }
    }
}

TEST_CASE("issue 7: sertraline 20 mg from the library's tablets is refused, naming the liquid", "[planner][warnings]")
{
    const auto sertraline = catalogue::findDrug(QStringLiteral("sertraline"));
    REQUIRE(sertraline);
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 20;
    p.startDate = QDate(2027, 3, 1);
    p.intervalDays = 14;
    p.stepSize = 10;
    p.finalDoseMg = 1;
    p.formulations = libraryForms(*sertraline, false); // 25, 50, 100 mg in halves: 12.5 mg steps
    p.otherForms = libraryForms(*sertraline);
    try {
        computeSchedule(p);
        FAIL("a plan whose step 1 is not the 20 mg taken now");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.field() == QStringLiteral("startDoseMg"));
        CHECK(e.message().contains(QStringLiteral("20 mg cannot be made from these forms")));
        CHECK(e.message().contains(QStringLiteral("12.5 mg and 25 mg")));
        CHECK(e.message().contains(QStringLiteral("a 20 mg/mL liquid")));
    }
    const QList<FormSuggestion> forms = formsMaking(p, 20);
    REQUIRE(forms.size() == 1);
    CHECK(forms.first().kind == FormSuggestion::Kind::Liquid);
    CHECK(forms.first().formulation.mgPerMl == 20);

    // With it, step 1 is the 20 mg taken now and nothing rises.
    const Schedule s = computeSchedule(withSuggestion(p, forms.first()));
    CHECK(s.steps.first().doseMg == 20);
    CHECK(s.steps.first().howToMake == QStringLiteral("1 mL of 20 mg/mL"));
    for (qsizetype i = 1; i < s.steps.size(); ++i)
        CHECK(s.steps[i].doseMg < s.steps[i - 1].doseMg);

    // A plan stored before the rule still opens: step 1 below (never above) the dose, with a warning.
    const Schedule stored = computeSchedule(p, StartRule::StoredLenient);
    CHECK(stored.steps.first().doseMg == 12.5);
    CHECK(stored.steps.first().warning.kind == StepWarning::Kind::StartNotMade);
}

TEST_CASE("issue 7: hyperbolic citalopram 10 points from the library's tablets warns on the stop and names the liquid",
    "[planner][warnings]")
{
    const auto citalopram = catalogue::findDrug(QStringLiteral("citalopram"));
    REQUIRE(citalopram);
    Plan p;
    p.method = Method::Hyperbolic;
    p.startDoseMg = 20;
    p.startDate = QDate(2027, 3, 1);
    p.intervalDays = 28;
    p.stepSize = 10;
    p.fit = fitFor(*citalopram);
    p.formulations = libraryForms(*citalopram, false);
    p.otherForms = libraryForms(*citalopram);
    const Schedule s = computeSchedule(p);
    QList<double> doses;
    for (const Step &st : s.steps)
        doses << st.doseMg;
    CHECK(doses == QList<double> { 20, 10, 5, 0 });
    const Step &stop = s.steps.last();
    CHECK(*stop.dropPoints == Approx(57.3).margin(0.05));
    CHECK(stop.warning.kind == StepWarning::Kind::DeepStop);
    CHECK(stop.warning.cause == StepWarning::Cause::Forms);
    CHECK(stop.warning.text.contains(QStringLiteral("57.3 points")));
    CHECK(stop.warning.text.contains(QStringLiteral("2 mg/mL liquid")));
    CHECK(s.warningCount() == 1); // 20 → 10 drops 7.1 points and 10 → 5 10.8: within 1.5 × 10
    REQUIRE(s.suggestion);
    CHECK(s.suggestion->kind == FormSuggestion::Kind::Liquid);
    CHECK(s.suggestion->formulation.mgPerMl == 2);
    CHECK(s.suggestion->formulation.syringeMl == 0.1);
    CHECK(s.suggestion->warningsAfter == 0);
    CHECK(suggestForm(p)->formulation.mgPerMl == 2);

    // 5 mg is kept two intervals: it says so and why.
    CHECK(s.steps[2].mergedIntervals == 1);
    CHECK(s.steps[2].mergedNote.contains(QStringLiteral("Kept for 56 days instead of 28")));
    CHECK(s.steps[1].mergedNote.isEmpty());

    // One tap: recomputed with the liquid, it follows the curve without warnings.
    const Schedule with = computeSchedule(withSuggestion(p, *s.suggestion));
    CHECK(with.warningCount() == 0);
    CHECK(with.steps.size() > 5);
    for (qsizetype i = 1; i < with.steps.size(); ++i)
        CHECK(*with.steps[i].dropPoints <= 15);

    // Guidance: a smaller final dose, from which stopping drops no more than one step.
    const MethodGuidance g = planGuidance(p, s);
    REQUIRE(g.smallerFinalDoseMg);
    CHECK(occ(*p.fit, *g.smallerFinalDoseMg) == Approx(10));
    CHECK(g.source.contains(QStringLiteral("S1")));
}

TEST_CASE("custom plans are judged against the letter's own cuts", "[planner][warnings]")
{
    Plan p;
    p.method = Method::Custom;
    p.intervalDays = 28;
    p.formulations = { tablet(5) }; // whole 5 mg tablets only
    p.otherForms = { tablet(2, 2), liquid(1) };
    const QDate d(2027, 1, 4);
    p.customDoses = { { d, 10 }, { d.addDays(28), 7.5 }, { d.addDays(56), 5 }, { d.addDays(84), 0 } };
    const Schedule s = computeSchedule(p);
    REQUIRE(s.steps.size() == 3); // 10, 5 (7.5 rounds down to 5; the letter's 5 repeats it), 0
    CHECK(s.steps[1].doseMg == 5);
    CHECK(*s.steps[1].askedCut == Approx(25)); // 10 → 7.5
    CHECK(s.steps[1].warning.kind == StepWarning::Kind::DeepCut); // 50 % > 1.5 × 25 %
    CHECK(s.steps[1].warning.text.contains(QStringLiteral("the letter asks 25 %")));
    CHECK(s.steps[1].mergedNote.contains(QStringLiteral("the letter's 5 mg from 2027-03-01")));
    CHECK_FALSE(s.steps[2].warning.isSet()); // the letter's own stop from 5 mg
    REQUIRE(s.suggestion);
    CHECK(s.suggestion->warningsAfter == 0);
}

TEST_CASE("quarters of a tablet the person has are offered first", "[planner][warnings]")
{
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 25;
    p.startDate = QDate(2027, 1, 4);
    p.stepSize = 25;
    p.finalDoseMg = 5;
    p.formulations = { tablet(25, 2) }; // halves: 25 → 12.5 (50 %), kept, then stop from 12.5
    const Schedule s = computeSchedule(p);
    REQUIRE(s.warningCount() > 0);
    REQUIRE(s.suggestion);
    CHECK(s.suggestion->kind == FormSuggestion::Kind::Quarters);
    CHECK(s.suggestion->replaces == 0);
    const Plan q = withSuggestion(p, *s.suggestion);
    REQUIRE(q.formulations.size() == 1);
    CHECK(q.formulations.first().splitParts == 4);
    CHECK(computeSchedule(q).warningCount() == s.suggestion->warningsAfter);
    CHECK(s.suggestion->warningsAfter < s.warningCount());
}

TEST_CASE("a stop caused by the final dose says so, and names no form", "[planner][warnings]")
{
    Plan p = hyperbolicCitalopram();
    p.finalDoseMg = 0.5;
    const Schedule s = computeSchedule(p);
    const Step &stop = s.steps.last();
    CHECK(stop.warning.kind == StepWarning::Kind::DeepStop);
    CHECK(stop.warning.cause == StepWarning::Cause::FinalDose);
    CHECK(stop.warning.text.contains(QStringLiteral("below the final dose chosen (0.5 mg)")));
    CHECK_FALSE(s.suggestion);
}

TEST_CASE("guidance beside each method, with its source", "[planner][guidance]")
{
    const MethodGuidance percent = methodGuidance(Method::Percent);
    CHECK(percent.lines.join(QLatin1Char(' '))
              .contains(QStringLiteral("10–25 % of the most recent dose every 2–4 weeks")));
    CHECK(percent.source.contains(QStringLiteral("Horowitz & Taylor")));
    CHECK(percent.source.contains(QStringLiteral("Maudsley")));
    CHECK(methodGuidance(Method::Custom).source.isEmpty());

    Plan p = hyperbolicCitalopram();
    p.method = Method::Percent;
    p.finalDoseMg = 1;
    for (auto [pct, days, where] : { std::tuple { 10.0, 14, "within that range" }, std::tuple { 30.0, 28, "faster" },
             std::tuple { 5.0, 28, "slower" }, std::tuple { 20.0, 7, "faster" } }) {
        p.stepSize = pct;
        p.intervalDays = days;
        const QString text = planGuidance(p, computeSchedule(p)).lines.join(QLatin1Char(' '));
        INFO(text.toStdString());
        CHECK(text.contains(QString::fromUtf8(where)));
    }

    // Linear: each step's modelled occupancy, and why the last steps are the hardest.
    Plan lin;
    lin.method = Method::Linear;
    lin.startDoseMg = 50;
    lin.startDate = QDate(2026, 1, 5);
    lin.stepSize = 12.5;
    lin.fit = kSertraline;
    lin.formulations = { tablet(25, 2), tablet(50, 2) };
    const QString text = planGuidance(lin, computeSchedule(lin)).lines.join(QLatin1Char(' '));
    INFO(text.toStdString());
    for (const char *part : { "50 mg 79.7 %", "37.5 mg 76.3 %", "25 mg 70.3 %", "12.5 mg 56.9 %", "3.4, 6, 13.4, 56.9",
             "the last steps are the hardest" })
        CHECK(text.contains(QString::fromUtf8(part)));
}

TEST_CASE("an edit never puts step 1 above the dose taken now", "[planner][warnings]")
{
    Plan p = hyperbolicCitalopram(); // 20 mg from 2026-01-05
    CHECK(invalidField(withAdjustment(p, Adjustment::editDose(QDate(2026, 1, 1), 1, 25))) == QStringLiteral("doseMg"));
    const Schedule lower = computeSchedule(withAdjustment(p, Adjustment::editDose(QDate(2026, 1, 1), 1, 18)));
    CHECK(lower.steps.first().doseMg == 18);
    CHECK(
        computeSchedule(withAdjustment(p, Adjustment::editDose(QDate(2026, 1, 1), 1, 20))).steps.first().doseMg == 20);
}

TEST_CASE("a liquid too coarse for small steps at low doses is warned, not hidden", "[planner][warnings]")
{
    Plan p = hyperbolicCitalopram();
    p.startDoseMg = 40;
    const Schedule s = computeSchedule(p);
    REQUIRE(s.warningCount() == 1);
    const auto k = std::find_if(s.steps.begin(), s.steps.end(), [](const Step &st) { return st.warning.isSet(); });
    CHECK(k->doseMg == Approx(0.6));
    CHECK(*k->dropPoints > 7.5);
    CHECK(k->warning.text.contains(QStringLiteral("a finer syringe or a more dilute liquid")));
}

TEST_CASE(
    "a finer liquid is named even when the plan then goes on below the tablets' smallest dose", "[planner][warnings]")
{
    const auto diazepam = catalogue::findDrug(QStringLiteral("diazepam"));
    REQUIRE(diazepam);
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 10;
    p.startDate = QDate(2027, 3, 1);
    p.stepSize = 10;
    p.formulations = libraryForms(*diazepam, false); // 2, 5, 10 mg; 2 mg in halves
    p.otherForms = libraryForms(*diazepam); // + 0.4 and 1 mg/mL solutions
    const Schedule s = computeSchedule(p);
    REQUIRE(s.warningCount() >= 3); // 3 → 2.5, 2.5 → 2, 2 → 1, stop from 1 mg
    REQUIRE(s.suggestion);
    CHECK(s.suggestion->kind == FormSuggestion::Kind::Liquid);
    CHECK(s.suggestion->warningsAfter == 0); // down to 1 mg, with the solution no cut is larger than asked
    for (const Step &st : s.steps)
        if (st.warning.isSet())
            CHECK(st.warning.text.contains(QStringLiteral("no step down to 1 mg cuts more than asked")));
}
