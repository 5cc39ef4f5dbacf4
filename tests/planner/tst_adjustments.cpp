// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"
#include "errors.h"
#include "planner/schedule.h"

#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

// Sertraline 50 → 0 by 12.5 mg every 28 days from 2026-01-05:
// 1: 01-05..02-01 50, 2: 02-02..03-01 37.5, 3: 03-02..03-29 25, 4: 03-30..04-26 12.5, 5: 04-27.. 0
Plan base()
{
    Plan p;
    p.method = Method::Linear;
    p.startDoseMg = 50;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 28;
    p.stepSize = 12.5;
    p.formulations = { tablet(25, 4) };
    return p;
}

QList<double> doses(const Schedule &s)
{
    QList<double> out;
    for (const Step &st : s.steps)
        out << st.doseMg;
    return out;
}

/** Steps that ended before `date` are the same in both schedules. */
void requirePastUnchanged(const Schedule &before, const Schedule &after, const QDate &date)
{
    for (qsizetype i = 0; i < before.steps.size(); ++i) {
        const Step &b = before.steps[i];
        if (b.isOpen() || b.end >= date)
            break;
        REQUIRE(i < after.steps.size());
        CHECK(after.steps[i].start == b.start);
        CHECK(after.steps[i].end == b.end);
        CHECK(after.steps[i].doseMg == b.doseMg);
    }
}

} // namespace

TEST_CASE("a hold extends exactly the step in force and shifts the rest", "[planner][adjust]")
{
    const Schedule before = computeSchedule(base());
    const Plan held = withAdjustment(base(), Adjustment::hold(QDate(2026, 2, 20), 14));
    const Schedule after = computeSchedule(held);
    REQUIRE(after.steps.size() == before.steps.size());
    CHECK(doses(after) == doses(before));
    CHECK(after.steps[0].end == before.steps[0].end);
    CHECK(after.steps[1].start == before.steps[1].start);
    CHECK(after.steps[1].end == before.steps[1].end.addDays(14));
    CHECK(after.steps[1].days() == 28 + 14);
    CHECK(after.steps[1].heldDays == 14);
    for (qsizetype i = 2; i < after.steps.size(); ++i)
        CHECK(after.steps[i].start == before.steps[i].start.addDays(14));
    CHECK(checkContiguous(after).isEmpty());
    requirePastUnchanged(before, after, QDate(2026, 2, 20));
}

TEST_CASE("a hold until released leaves the plan open, then becomes a hold of the days held", "[planner][adjust]")
{
    const Plan open = withAdjustment(base(), Adjustment::holdUntilReleased(QDate(2026, 3, 10)));
    const Schedule waiting = computeSchedule(open);
    CHECK(waiting.waitingForRelease);
    REQUIRE(waiting.steps.size() == 3);
    CHECK(waiting.steps[2].doseMg == 25);
    CHECK(waiting.steps[2].isOpen());
    CHECK(checkContiguous(waiting).isEmpty());

    // Nothing else can change while it is held.
    CHECK(
        invalidField(withAdjustment(open, Adjustment::skipAhead(QDate(2026, 4, 1)))) == QStringLiteral("adjustments"));

    const Plan released = releaseHold(open, QDate(2026, 4, 9)); // 30 days later
    const Schedule after = computeSchedule(released);
    CHECK_FALSE(after.waitingForRelease);
    CHECK(after.steps[2].days() == 28 + 30);
    CHECK(after.steps[3].start == QDate(2026, 3, 30).addDays(30));
    CHECK(after.steps.last().doseMg == 0);
    CHECK_THROWS_AS(releaseHold(released, QDate(2026, 5, 1)), Error);
    CHECK_THROWS_AS(releaseHold(open, QDate(2026, 3, 9)), Error);
}

TEST_CASE("a pause before the start delays the whole plan; during it, it holds the step", "[planner][adjust]")
{
    const Schedule before = computeSchedule(base());
    const Schedule delayed = computeSchedule(withAdjustment(base(), Adjustment::pause(QDate(2026, 1, 1), 10)));
    REQUIRE(delayed.steps.size() == before.steps.size());
    for (qsizetype i = 0; i < before.steps.size(); ++i)
        CHECK(delayed.steps[i].start == before.steps[i].start.addDays(10));

    const Schedule paused = computeSchedule(withAdjustment(base(), Adjustment::pause(QDate(2026, 1, 20), 7)));
    CHECK(paused.steps[0].days() == 35);
    CHECK(paused.steps[1].start == QDate(2026, 2, 9));
}

TEST_CASE("slowing down changes only the steps after the one in force", "[planner][adjust]")
{
    const Schedule before = computeSchedule(base());
    const QDate on(2026, 2, 10); // in step 2 (37.5 mg)
    const Schedule slower = computeSchedule(withAdjustment(base(), Adjustment::changePace(on, 42, 6.25)));
    requirePastUnchanged(before, slower, on);
    CHECK(slower.steps[1].end == before.steps[1].end); // the step in force keeps its end
    CHECK(doses(slower) == (QList<double> { 50, 37.5, 31.25, 25, 18.75, 12.5, 6.25, 0 }));
    CHECK(slower.steps[2].days() == 42);
    CHECK(checkContiguous(slower).isEmpty());

    SECTION("longer interval only")
    {
        const Schedule s = computeSchedule(withAdjustment(base(), Adjustment::changePace(on, 56, std::nullopt)));
        CHECK(doses(s) == doses(before));
        CHECK(s.steps[2].days() == 56);
        CHECK(s.steps[1].days() == 28);
    }
    SECTION("invalid new step sizes name the field")
    {
        CHECK(invalidField(withAdjustment(base(), Adjustment::changePace(on, std::nullopt, 40)))
            == QStringLiteral("stepSize"));
        CHECK(invalidField(withAdjustment(base(), Adjustment::changePace(on, 0, std::nullopt)))
            == QStringLiteral("intervalDays"));
        CHECK(invalidField(withAdjustment(base(), Adjustment::changePace(on, std::nullopt, std::nullopt)))
            == QStringLiteral("stepSize"));
    }
}

TEST_CASE("skipping ahead starts the next step on the chosen day", "[planner][adjust]")
{
    const Schedule before = computeSchedule(base());
    const QDate on(2026, 2, 20);
    const Schedule s = computeSchedule(withAdjustment(base(), Adjustment::skipAhead(on)));
    requirePastUnchanged(before, s, on);
    CHECK(s.steps[1].end == QDate(2026, 2, 19));
    CHECK(s.steps[2].start == on);
    CHECK(doses(s) == doses(before));
    CHECK(checkContiguous(s).isEmpty());

    // On the first day of a step, the step is skipped altogether.
    const Schedule t = computeSchedule(withAdjustment(base(), Adjustment::skipAhead(QDate(2026, 2, 2))));
    CHECK(doses(t) == (QList<double> { 50, 25, 12.5, 0 }));
    CHECK(t.steps[1].start == QDate(2026, 2, 2));

    CHECK(invalidField(withAdjustment(base(), Adjustment::skipAhead(QDate(2026, 6, 1)))) == QStringLiteral("date"));
    CHECK(invalidField(withAdjustment(base(), Adjustment::skipAhead(QDate(2025, 6, 1)))) == QStringLiteral("date"));
}

TEST_CASE("editing a future step's dose", "[planner][adjust]")
{
    const QDate today(2026, 2, 10);
    const Schedule before = computeSchedule(base());

    SECTION("a smaller cut")
    {
        const Schedule s = computeSchedule(withAdjustment(base(), Adjustment::editDose(today, 3, 31.25)));
        CHECK(doses(s) == (QList<double> { 50, 37.5, 31.25, 12.5, 0 }));
        CHECK(s.steps[2].edited);
        CHECK(s.steps[2].howToMake == QStringLiteral("1¼ × 25 mg"));
        requirePastUnchanged(before, s, today);
    }
    SECTION("a dose the next step would repeat merges it")
    {
        const Schedule s = computeSchedule(withAdjustment(base(), Adjustment::editDose(today, 3, 12.5)));
        CHECK(doses(s) == (QList<double> { 50, 37.5, 12.5, 0 }));
        CHECK(s.steps[2].days() == 56);
    }
    SECTION("0 mg ends the plan there")
    {
        const Schedule s = computeSchedule(withAdjustment(base(), Adjustment::editDose(today, 4, 0)));
        CHECK(doses(s) == (QList<double> { 50, 37.5, 25, 0 }));
        CHECK(s.steps.last().isOpen());
    }
    SECTION("rounded to what can be made")
    {
        const Schedule s = computeSchedule(withAdjustment(base(), Adjustment::editDose(today, 3, 30)));
        CHECK(s.steps[2].doseMg == 31.25);
        CHECK(s.steps[2].methodDoseMg == 30);
    }
    SECTION("the past and going up are refused")
    {
        CHECK(invalidField(withAdjustment(base(), Adjustment::editDose(today, 2, 30))) == QStringLiteral("stepIndex"));
        CHECK(invalidField(withAdjustment(base(), Adjustment::editDose(today, 3, 40))) == QStringLiteral("doseMg"));
        CHECK(invalidField(withAdjustment(base(), Adjustment::editDose(today, 9, 10))) == QStringLiteral("stepIndex"));
        CHECK(invalidField(withAdjustment(base(), Adjustment::editDose(today, 3, -1))) == QStringLiteral("doseMg"));
    }
}

TEST_CASE("holds are refused where there is nothing to hold", "[planner][adjust]")
{
    CHECK(invalidField(withAdjustment(base(), Adjustment::hold(QDate(2025, 12, 1), 7))) == QStringLiteral("date"));
    CHECK(invalidField(withAdjustment(base(), Adjustment::hold(QDate(2026, 6, 1), 7))) == QStringLiteral("date"));
    CHECK(invalidField(withAdjustment(base(), Adjustment::hold(QDate(2026, 2, 1), 0))) == QStringLiteral("days"));
    CHECK(invalidField(withAdjustment(base(), Adjustment::hold(QDate(), 7))) == QStringLiteral("date"));
}

TEST_CASE("adjustments apply in the order they were made", "[planner][adjust]")
{
    Plan p = base();
    p.adjustments = { Adjustment::hold(QDate(2026, 1, 20), 7),
        Adjustment::changePace(QDate(2026, 2, 15), 35, std::nullopt), Adjustment::hold(QDate(2026, 4, 1), 3) };
    const Schedule s = computeSchedule(p);
    CHECK(s.steps[0].days() == 35);
    CHECK(s.steps[1].days() == 28); // in force on 02-15, keeps its length
    CHECK(s.steps[2].days() == 35 + 3); // 03-09..04-15 holds 04-01
    CHECK(s.steps[3].days() == 35);
    CHECK(checkContiguous(s).isEmpty());
}

TEST_CASE("a pause until resumed works as a hold until released", "[planner][adjust]")
{
    const Plan open = withAdjustment(base(), Adjustment::pauseUntilResumed(QDate(2026, 1, 10)));
    const Schedule waiting = computeSchedule(open);
    CHECK(waiting.waitingForRelease);
    REQUIRE(waiting.steps.size() == 1);
    CHECK(waiting.steps[0].isOpen());
    CHECK(waiting.stepOn(QDate(2027, 1, 1)) == 0);

    const Schedule resumed = computeSchedule(releaseHold(open, QDate(2026, 1, 24)));
    CHECK(resumed.steps[0].days() == 28 + 14);
    CHECK(resumed.steps[0].heldDays == 14);
    CHECK(resumed.steps.last().doseMg == 0);

    // Before the start, a pause needs a length.
    CHECK(invalidField(withAdjustment(base(), Adjustment::pauseUntilResumed(QDate(2026, 1, 1))))
        == QStringLiteral("days"));
}

TEST_CASE("a custom plan can be slowed down, not given a step size", "[planner][adjust]")
{
    Plan p;
    p.method = Method::Custom;
    p.formulations = { tablet(10, 2) };
    p.customDoses = { { QDate(2026, 1, 1), 20 }, { QDate(2026, 1, 15), 15 }, { QDate(2026, 1, 29), 10 },
        { QDate(2026, 2, 12), 5 }, { QDate(2026, 2, 26), 0 } };
    const Schedule slower
        = computeSchedule(withAdjustment(p, Adjustment::changePace(QDate(2026, 1, 20), 28, std::nullopt)));
    CHECK(slower.steps[1].days() == 14); // in force: unchanged
    CHECK(slower.steps[2].days() == 28);
    CHECK(slower.steps[3].days() == 28);
    CHECK(slower.steps[4].start == QDate(2026, 3, 26));
    CHECK(invalidField(withAdjustment(p, Adjustment::changePace(QDate(2026, 1, 20), std::nullopt, 5)))
        == QStringLiteral("stepSize"));
}
