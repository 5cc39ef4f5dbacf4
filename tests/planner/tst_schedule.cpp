// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"
#include "errors.h"
#include "planner/schedule.h"

#include <QDateTime>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

Plan linearSertraline()
{
    Plan p;
    p.method = Method::Linear;
    p.startDoseMg = 50;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 28;
    p.stepSize = 12.5;
    p.formulations = { tablet(25, 2) };
    return p;
}

} // namespace

TEST_CASE("linear: the same mg each step, then 0", "[planner][schedule]")
{
    const Schedule s = computeSchedule(linearSertraline());
    REQUIRE(s.steps.size() == 5);
    const QList<double> doses { 50, 37.5, 25, 12.5, 0 };
    for (int i = 0; i < 5; ++i) {
        CHECK(s.steps[i].doseMg == doses[i]);
        CHECK(s.steps[i].methodDoseMg == doses[i]);
        CHECK(s.steps[i].deviationMg == 0);
    }
    CHECK(s.steps[1].howToMake == QStringLiteral("1½ × 25 mg"));
    CHECK(s.steps[3].howToMake == QStringLiteral("½ × 25 mg"));
    CHECK(s.steps[0].start == QDate(2026, 1, 5));
    CHECK(s.steps[0].end == QDate(2026, 2, 1));
    CHECK(s.steps[4].start == QDate(2026, 4, 27));
    CHECK(s.steps[4].isOpen());
    CHECK_FALSE(s.steps[0].occupancyPct); // no fit given
    CHECK(checkContiguous(s).isEmpty());
}

TEST_CASE("linear with a final dose stops once the method falls below it", "[planner][schedule]")
{
    Plan p = linearSertraline();
    p.finalDoseMg = 20;
    const Schedule s = computeSchedule(p);
    REQUIRE(s.steps.size() == 4);
    CHECK(s.steps[2].doseMg == 25);
    CHECK(s.steps[3].doseMg == 0);
}

TEST_CASE("percent: each step from the previous method dose, not the rounded one", "[planner][schedule]")
{
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 14;
    p.stepSize = 10;
    p.finalDoseMg = 1;
    p.formulations = { tablet(20, 2), liquid(2, 0.1) };
    const Schedule s = computeSchedule(p);
    double m = 20;
    for (const Step &step : s.steps) {
        if (step.doseMg == 0)
            break;
        CHECK(step.methodDoseMg == Approx(m).epsilon(1e-12));
        CHECK(std::abs(step.deviationMg) <= 0.1 + 1e-9); // half the 0.2 mg syringe step
        m *= std::pow(0.9, step.days() / p.intervalDays); // a merged step spans several method steps
    }
    CHECK(s.steps[1].doseMg == Approx(18));
    CHECK(s.steps[1].howToMake == QStringLiteral("½ × 20 mg + 4 mL of 2 mg/mL"));
    CHECK(s.steps.last().doseMg == 0);
    // The last non-zero method dose is the first at or above 1 mg.
    CHECK(s.steps[s.steps.size() - 2].methodDoseMg >= 1);
    CHECK(s.steps[s.steps.size() - 2].methodDoseMg * 0.9 < 1);
}

TEST_CASE("hyperbolic: equal occupancy drops, modelled occupancy per step", "[planner][schedule]")
{
    const Schedule s = computeSchedule(hyperbolicCitalopram());
    REQUIRE(s.fit);
    REQUIRE(s.steps.size() > 10);
    CHECK(*s.steps[0].occupancyPct == Approx(75.2).margin(0.05));
    for (qsizetype i = 1; i + 1 < s.steps.size(); ++i) {
        const double drop = occupancyPct(kCitalopram, s.steps[i - 1].methodDoseMg)
            - occupancyPct(kCitalopram, s.steps[i].methodDoseMg);
        CHECK(drop == Approx(5).epsilon(1e-9));
    }
    CHECK(s.steps.last().doseMg == 0);
    CHECK(s.steps.last().isOpen());
    for (const Step &step : s.steps)
        CHECK(checkHowTo(hyperbolicCitalopram().formulations, 3, step.doseMg, step.howToMake).isEmpty());
}

TEST_CASE("custom: a prescriber's letter, rounded to what the person has", "[planner][schedule]")
{
    Plan p;
    p.method = Method::Custom;
    p.intervalDays = 14;
    p.formulations = { tablet(2, 2), tablet(5) };
    p.customDoses = { { QDate(2026, 2, 2), 10 }, { QDate(2026, 3, 2), 8 }, { QDate(2026, 3, 30), 7.4 },
        { QDate(2026, 4, 27), 7 }, { QDate(2026, 5, 25), 0 } };
    const Schedule s = computeSchedule(p);
    REQUIRE(s.steps.size() == 4); // 7.4 → 7 (nearest); the letter's own 7 repeats it and is merged
    CHECK(s.steps[0].start == QDate(2026, 2, 2));
    CHECK(s.steps[0].end == QDate(2026, 3, 1));
    CHECK(s.steps[2].doseMg == 7);
    CHECK(s.steps[2].methodDoseMg == 7.4);
    CHECK(s.steps[2].deviationMg == Approx(-0.4));
    CHECK(*s.steps[2].deviationPct == Approx(-100 * 0.4 / 7.4));
    CHECK(s.steps[2].end == QDate(2026, 5, 24));
    CHECK(s.steps[3].doseMg == 0);
    CHECK(s.steps[3].start == QDate(2026, 5, 25));

    SECTION("a letter that ends on a dose ends after one interval")
    {
        p.customDoses.removeLast();
        const Schedule t = computeSchedule(p);
        CHECK(t.steps.last().doseMg == 7);
        CHECK(t.steps.last().end == QDate(2026, 4, 27).addDays(13)); // 7 mg merged into 7.4's step
    }
}

TEST_CASE("invalid parameters name the field", "[planner][validation]")
{
    Plan p = linearSertraline();
    p.intervalDays = 0;
    CHECK(invalidField(p) == QStringLiteral("intervalDays"));
    p.intervalDays = -7;
    CHECK(invalidField(p) == QStringLiteral("intervalDays"));

    p = linearSertraline();
    p.stepSize = 50;
    CHECK(invalidField(p) == QStringLiteral("stepSize"));
    p.stepSize = 0;
    CHECK(invalidField(p) == QStringLiteral("stepSize"));
    p = linearSertraline();
    p.startDoseMg = 0;
    CHECK(invalidField(p) == QStringLiteral("startDoseMg"));
    p.startDoseMg = -5;
    CHECK(invalidField(p) == QStringLiteral("startDoseMg"));
    p = linearSertraline();
    p.finalDoseMg = -1;
    CHECK(invalidField(p) == QStringLiteral("finalDoseMg"));
    p = linearSertraline();
    p.startDate = QDate();
    CHECK(invalidField(p) == QStringLiteral("startDate"));

    p = linearSertraline();
    p.method = Method::Percent;
    for (double bad : { 0.0, 100.0, -5.0, 150.0, std::nan("") }) {
        p.stepSize = bad;
        CHECK(invalidField(p) == QStringLiteral("stepSize"));
    }

    p = hyperbolicCitalopram();
    p.stepSize = 0;
    CHECK(invalidField(p) == QStringLiteral("stepSize"));
    p.stepSize = 75.3; // start occupancy is 75.2 %
    CHECK(invalidField(p) == QStringLiteral("stepSize"));
    p = hyperbolicCitalopram();
    p.fit.reset();
    CHECK(invalidField(p) == QStringLiteral("method"));

    p = linearSertraline();
    p.formulations = { tablet(50) }; // whole 50 mg tablets only: nothing between 0 and 50
    CHECK(invalidField(p) == QStringLiteral("formulations"));
    p.formulations = { tablet(10) }; // at most 3 tablets: 30 mg, not the start dose (step 1 must be it)
    CHECK(invalidField(p) == QStringLiteral("startDoseMg"));
    p.formulations = {};
    CHECK(invalidField(p) == QStringLiteral("formulations"));

    p = hyperbolicCitalopram();
    p.method = Method::Percent;
    p.stepSize = 0.5;
    p.formulations = { liquid(1, 0.01) };
    p.finalDoseMg = 0.001;
    CHECK(invalidField(p) == QStringLiteral("stepSize")); // more than 1000 steps

    p = Plan {};
    p.method = Method::Custom;
    p.formulations = { tablet(10, 2) };
    CHECK(invalidField(p) == QStringLiteral("customDoses"));
    p.customDoses = { { QDate(2026, 1, 1), 10 }, { QDate(2026, 1, 1), 5 } };
    CHECK(invalidField(p) == QStringLiteral("customDoses"));
    p.customDoses = { { QDate(2026, 1, 1), 10 }, { QDate(2026, 2, 1), 15 } };
    CHECK(invalidField(p) == QStringLiteral("customDoses"));
    p.customDoses = { { QDate(2026, 1, 1), 10 }, { QDate(2026, 2, 1), 0 }, { QDate(2026, 3, 1), 0 } };
    CHECK(invalidField(p) == QStringLiteral("customDoses"));
}

TEST_CASE("the message says what is wrong", "[planner][validation]")
{
    Plan p = linearSertraline();
    p.stepSize = 60;
    try {
        computeSchedule(p);
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("stepSize")));
        CHECK(e.message().contains(QStringLiteral("smaller than the dose")));
    }
}

TEST_CASE("steps are calendar days across daylight-saving changes", "[planner][schedule][dst]")
{
    // Europe/London (pinned by the test runner): clocks go forward on Sunday 2026-03-29 and back
    // on Sunday 2026-10-25. Weekly steps from Monday 2026-03-23 and Monday 2026-10-19.
    REQUIRE(QDate(2026, 3, 29).dayOfWeek() == 7);
    REQUIRE(QDate(2026, 10, 25).dayOfWeek() == 7);
    for (const QDate start : { QDate(2026, 3, 23), QDate(2026, 10, 19) }) {
        Plan p = linearSertraline();
        p.startDate = start;
        p.intervalDays = 7;
        const Schedule s = computeSchedule(p);
        REQUIRE(s.steps.size() == 5);
        CHECK(s.steps[0].end == start.addDays(6)); // the Sunday of the change
        for (qsizetype i = 0; i + 1 < s.steps.size(); ++i) {
            CHECK(s.steps[i].start == start.addDays(7 * i));
            CHECK(s.steps[i].days() == 7);
            CHECK(s.steps[i].start.dayOfWeek() == 1);
        }
        CHECK(checkContiguous(s).isEmpty());
        // The step across the change is 7 calendar days although it is not 7 × 24 hours long.
        const QDateTime a = s.steps[0].start.startOfDay();
        const QDateTime b = s.steps[1].start.startOfDay();
        CHECK(a.secsTo(b) != 7 * 24 * 3600);
        CHECK(a.daysTo(b) == 7);
    }
}

TEST_CASE("steps count the leap day 2028-02-29", "[planner][schedule][leap]")
{
    Plan p = linearSertraline();
    p.startDate = QDate(2028, 2, 1);
    const Schedule s = computeSchedule(p);
    CHECK(s.steps[0].end == QDate(2028, 2, 28));
    CHECK(s.steps[1].start == QDate(2028, 2, 29));
    CHECK(s.steps[1].end == QDate(2028, 3, 27));

    p.startDate = QDate(2028, 2, 15);
    p.intervalDays = 14;
    const Schedule t = computeSchedule(p);
    CHECK(t.steps[0].end == QDate(2028, 2, 28));
    CHECK(t.steps[1].start == QDate(2028, 2, 29));
    CHECK(t.steps[1].end == QDate(2028, 3, 13));
    CHECK(t.steps[1].days() == 14);
    CHECK(t.stepOn(QDate(2028, 2, 29)) == 1);
}

TEST_CASE("a repeated dose is merged into the step before it", "[planner][schedule]")
{
    // Whole 10 mg tablets + 5 mg: makeable 0, 5, 10, 15, ... Percent 10 % from 20: 18 rounds to 20,
    // the dose in force, so that step is merged into the first; 16.2 → 15; 14.58 and 13.12 → 15 again
    // (merged); 11.81 → 10; ...
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 1, 1);
    p.intervalDays = 10;
    p.stepSize = 10;
    p.finalDoseMg = 4;
    p.formulations = { tablet(10), tablet(5) };
    const Schedule s = computeSchedule(p);
    QList<double> doses;
    for (const Step &st : s.steps)
        doses << st.doseMg;
    CHECK(doses == QList<double> { 20, 15, 10, 5, 0 });
    CHECK(s.steps[0].days() == 20);
    CHECK(s.steps[1].methodDoseMg == Approx(16.2));
    CHECK(s.steps[1].days() == 30);
    CHECK(s.steps[2].methodDoseMg == Approx(20 * std::pow(0.9, 5)));
    CHECK(checkContiguous(s).isEmpty());
}
