// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests: many random plans from a fixed seed (reproducible), each checked by code that
// does not share the planner's (checker.h).
#include "checker.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "planner/schedule.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

constexpr int kCases = 600;

struct Random
{
    std::mt19937 gen { 20260105u };

    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(gen); }
    bool chance(double p) { return real(0, 1) < p; }
    template <typename T> T pick(std::initializer_list<T> items)
    {
        return *(items.begin() + integer(0, int(items.size()) - 1));
    }
};

QList<Formulation> randomFormulations(Random &r)
{
    QList<Formulation> out;
    const int tablets = r.integer(0, 2);
    for (int i = 0; i < tablets; ++i)
        out << tablet(r.pick({ 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 7.5, 10.0, 12.5, 20.0, 25.0, 37.5, 40.0, 50.0 }),
            r.pick({ 1, 2, 4 }), r.chance(0.15));
    if (r.chance(0.3)) {
        std::optional<int> beads;
        if (r.chance(0.5))
            beads = r.integer(20, 250);
        out << capsule(r.pick({ 10.0, 20.0, 30.0, 37.5, 60.0, 75.0 }), beads);
    }
    if (out.isEmpty() || r.chance(0.5))
        out << liquid(r.pick({ 0.1, 0.4, 1.0, 2.0, 4.0, 5.0, 20.0 }), r.pick({ 0.05, 0.1, 0.2, 0.5, 1.0 }));
    return out;
}

Plan randomPlan(Random &r)
{
    Plan p;
    p.method = r.pick({ Method::Linear, Method::Percent, Method::Hyperbolic });
    p.formulations = randomFormulations(r);
    // Step 1 is exactly the start dose, so the dose taken now is one the forms make (found by brute force).
    const Bracket near = bruteBracket(p.formulations, p.maxSolidUnits, std::round(r.real(0.5, 120) * 4) / 4);
    p.startDoseMg = near.below > 0 ? near.below : near.above.value_or(0);
    p.startDate = QDate(2020, 1, 1).addDays(r.integer(0, 3650));
    p.intervalDays = r.integer(1, 60);
    p.finalDoseMg = r.chance(0.4) ? 0 : std::round(r.real(0.05, 2) * 100) / 100;
    if (p.method == Method::Hyperbolic || r.chance(0.5))
        p.fit = OccupancyFit { r.real(70, 105), r.real(0.5, 20), QStringLiteral("test") };
    switch (p.method) {
    case Method::Linear:
        p.stepSize = p.startDoseMg * r.real(0.03, 0.5);
        break;
    case Method::Percent:
        p.stepSize = r.real(2, 40);
        break;
    case Method::Hyperbolic:
        p.stepSize = occupancyPct(*p.fit, p.startDoseMg) * r.real(0.03, 0.4);
        break;
    case Method::Custom:
        break;
    }
    return p;
}

/** Every random plan that computes (some are rightly refused: too many steps, nothing makeable). */
template <typename F> int forRandomSchedules(F &&check)
{
    Random r;
    int done = 0;
    int refused = 0;
    while (done < kCases) {
        const Plan plan = randomPlan(r);
        Schedule s;
        try {
            s = computeSchedule(plan);
        } catch (const Error &e) {
            REQUIRE(e.code() == ErrorCode::InvalidInput);
            REQUIRE_FALSE(e.field().isEmpty());
            ++refused;
            REQUIRE(refused < kCases * 2);
            continue;
        }
        check(plan, s, r);
        ++done;
    }
    return done;
}

} // namespace

TEST_CASE("property: doses never go up, never negative, end at 0, every one makeable", "[planner][property]")
{
    const int n = forRandomSchedules([](const Plan &plan, const Schedule &s, Random &) {
        INFO("method " << methodName(plan.method).toStdString() << " start " << plan.startDoseMg << " step "
                       << plan.stepSize << " final " << plan.finalDoseMg);
        REQUIRE(s.steps.size() >= 2);
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            const Step &st = s.steps[i];
            CHECK(st.doseMg >= 0);
            if (i > 0)
                CHECK(st.doseMg < s.steps[i - 1].doseMg);
            const QString why = checkHowTo(plan.formulations, plan.maxSolidUnits, st.doseMg, st.howToMake);
            INFO(why.toStdString());
            CHECK(why.isEmpty());
        }
        CHECK(s.steps.last().doseMg == 0);
        CHECK(s.steps.last().isOpen());
    });
    CHECK(n >= 500);
}

TEST_CASE("property: dates follow each other without gaps or overlaps", "[planner][property]")
{
    forRandomSchedules([](const Plan &plan, const Schedule &s, Random &) {
        const QString why = checkContiguous(s);
        INFO(why.toStdString());
        CHECK(why.isEmpty());
        CHECK(s.steps.first().start == plan.startDate);
        // Without adjustments every step lasts a whole number of intervals (merges add intervals).
        for (qsizetype i = 0; i + 1 < s.steps.size(); ++i)
            CHECK(s.steps[i].days() % plan.intervalDays == 0);
    });
}

TEST_CASE("property: rounding follows the rule, checked by brute force", "[planner][property]")
{
    forRandomSchedules([](const Plan &plan, const Schedule &s, Random &) {
        for (qsizetype i = 1; i < s.steps.size(); ++i) {
            const Step &st = s.steps[i];
            if (st.doseMg == 0 && st.methodDoseMg == 0)
                continue; // the method fell below the final dose
            const Bracket b = bruteBracket(plan.formulations, plan.maxSolidUnits, st.methodDoseMg);
            INFO("method " << st.methodDoseMg << " dose " << st.doseMg << " below " << b.below);
            const bool isBelow = std::abs(st.doseMg - b.below) < 1e-6;
            const bool isAbove = b.above && std::abs(st.doseMg - *b.above) < 1e-6;
            REQUIRE((isBelow || isAbove));
            if (isAbove && !isBelow) {
                // only when strictly closer, so never up by more than half the gap
                CHECK(*b.above - st.methodDoseMg < st.methodDoseMg - b.below);
                CHECK(st.doseMg - st.methodDoseMg <= (*b.above - b.below) / 2);
            }
            if (isBelow && b.above)
                CHECK(st.methodDoseMg - b.below <= *b.above - st.methodDoseMg + 1e-6);
        }
    });
}

TEST_CASE("property: hyperbolic occupancy drops are equal, within what rounding forces", "[planner][property]")
{
    int hyperbolic = 0;
    forRandomSchedules([&](const Plan &plan, const Schedule &s, Random &) {
        if (plan.method != Method::Hyperbolic)
            return;
        ++hyperbolic;
        const OccupancyFit &fit = *plan.fit;
        for (qsizetype i = 1; i < s.steps.size(); ++i) {
            const Step &a = s.steps[i - 1];
            const Step &b = s.steps[i];
            if (b.methodDoseMg == 0)
                break;
            // Method doses: exactly `points` per interval (a merged step covers several intervals).
            const int intervals = a.days() / plan.intervalDays;
            const double methodDrop = occupancyPct(fit, a.methodDoseMg) - occupancyPct(fit, b.methodDoseMg);
            CHECK(methodDrop == Approx(plan.stepSize * intervals).epsilon(1e-9));
            // Makeable doses: the modelled occupancy of each is within the gap its rounding spans.
            for (const Step *st : { &a, &b }) {
                const Bracket br = bruteBracket(plan.formulations, plan.maxSolidUnits, st->methodDoseMg);
                const double upper = br.above ? occupancyPct(fit, *br.above) : occupancyPct(fit, br.below);
                const double gap = upper - occupancyPct(fit, br.below);
                CHECK(std::abs(*st->occupancyPct - occupancyPct(fit, st->methodDoseMg)) <= gap + 1e-9);
            }
        }
    });
    CHECK(hyperbolic > 100);
}

TEST_CASE("property: a hold extends exactly the held step and shifts the later ones", "[planner][property]")
{
    forRandomSchedules([](const Plan &plan, const Schedule &s, Random &r) {
        const qsizetype k = r.integer(0, int(s.steps.size()) - 2); // not the final 0 mg step
        const Step &target = s.steps[k];
        const QDate on = target.start.addDays(r.integer(0, target.days() - 1));
        const int days = r.integer(1, 90);
        const Schedule held = computeSchedule(withAdjustment(plan, Adjustment::hold(on, days)));
        REQUIRE(held.steps.size() == s.steps.size());
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            CHECK(held.steps[i].doseMg == s.steps[i].doseMg);
            CHECK(held.steps[i].start == (i <= k ? s.steps[i].start : s.steps[i].start.addDays(days)));
            if (i == k)
                CHECK(held.steps[i].days() == s.steps[i].days() + days);
            else
                CHECK(held.steps[i].days() == s.steps[i].days());
        }
        CHECK(checkContiguous(held).isEmpty());
    });
}

TEST_CASE("property: adjustments never change steps that ended before their date", "[planner][property]")
{
    forRandomSchedules([](const Plan &plan, const Schedule &s, Random &r) {
        const qsizetype k = r.integer(0, int(s.steps.size()) - 2);
        const QDate on = s.steps[k].start.addDays(r.integer(0, s.steps[k].days() - 1));
        Adjustment a;
        switch (r.integer(0, 3)) {
        case 0:
            a = Adjustment::pause(on, r.integer(1, 60));
            break;
        case 1: {
            double size = plan.stepSize * r.real(0.3, 1.0);
            a = Adjustment::changePace(on, r.integer(1, 90), size);
            break;
        }
        case 2:
            a = Adjustment::skipAhead(on);
            break;
        default: {
            // a future step, to a dose between its neighbours
            const qsizetype j = std::min<qsizetype>(k + 1, s.steps.size() - 1);
            const double hi = j > 0 ? s.steps[j - 1].doseMg : s.steps[j].doseMg * 2;
            a = Adjustment::editDose(on, int(j + 1), r.real(0, hi));
            break;
        }
        }
        Schedule after;
        try {
            after = computeSchedule(withAdjustment(plan, a));
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput); // e.g. a new step size too large for the dose
            return;
        }
        for (qsizetype i = 0; i < s.steps.size() && !s.steps[i].isOpen() && s.steps[i].end < on; ++i) {
            REQUIRE(i < after.steps.size());
            CHECK(after.steps[i].start == s.steps[i].start);
            CHECK(after.steps[i].end == s.steps[i].end);
            CHECK(after.steps[i].doseMg == s.steps[i].doseMg);
        }
        CHECK(checkContiguous(after).isEmpty());
        for (qsizetype i = 1; i < after.steps.size(); ++i)
            CHECK(after.steps[i].doseMg < after.steps[i - 1].doseMg);
        for (const Step &st : after.steps)
            CHECK(checkHowTo(plan.formulations, plan.maxSolidUnits, st.doseMg, st.howToMake).isEmpty());
    });
}
