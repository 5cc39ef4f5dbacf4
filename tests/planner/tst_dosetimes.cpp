// SPDX-License-Identifier: GPL-3.0-or-later
// Doses across the day (issue 13): each step's amount at each time, which dose changes, makeable
// parts that never rise at any time; the supply to ask the pharmacy for; going back a step.
#include "checker.h"
#include "errors.h"
#include "planner/dosemaker.h"
#include "planner/dosetimes.h"
#include "planner/icalendar.h"
#include "planner/schedule.h"
#include "planner/schedulecsv.h"
#include "planner/supply.h"

#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

constexpr double kTol = 1e-6;

/** The example: alprazolam 1.5 mg as 0.5 mg at 08:00, 14:00 and 22:00, cut 10 % every 14
 *  days from 2026-01-05 down to 0.25 mg, with 0.25 and 0.5 mg tablets that may be halved. */
Plan alprazolam()
{
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 1.5;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 14;
    p.stepSize = 10;
    p.finalDoseMg = 0.25;
    p.formulations = { tablet(0.25, 2), tablet(0.5, 2) };
    p.doseTimes = parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.5"));
    return p;
}

/** Everything a schedule with dose times promises; empty when it holds, else what does not. */
QString checkTimes(const Plan &plan, const Schedule &s)
{
    for (qsizetype i = 0; i < s.steps.size(); ++i) {
        const Step &st = s.steps[i];
        const QString at = QStringLiteral("step %1: ").arg(st.index);
        if (st.times.size() != plan.doseTimes.size())
            return at + QStringLiteral("has %1 dose times").arg(st.times.size());
        double total = 0;
        int cutNotStopped = 0;
        int changed = 0;
        for (qsizetype t = 0; t < st.times.size(); ++t) {
            const TimeDose &td = st.times[t];
            total += td.doseMg;
            if (td.time != plan.doseTimes[t].time)
                return at + QStringLiteral("time %1 moved").arg(t);
            if (td.doseMg > kTol) {
                const QString why = checkHowTo(plan.formulations, plan.maxSolidUnits, td.doseMg, td.howToMake);
                if (!why.isEmpty())
                    return at + QStringLiteral("%1 at %2: %3").arg(td.howToMake, td.time.toString(), why);
            }
            if (i == 0) {
                if (std::abs(td.doseMg - plan.doseTimes[t].doseMg) > kTol)
                    return at + QStringLiteral("step 1 is not the doses taken now");
                continue;
            }
            const double before = s.steps[i - 1].times[t].doseMg;
            if (std::abs(td.previousMg - before) > kTol)
                return at + QStringLiteral("previousMg is not the step before's");
            if (!st.stepBack && td.doseMg > before + kTol)
                return at + QStringLiteral("the %1 dose rises").arg(td.time.toString());
            changed += td.changed() ? 1 : 0;
            cutNotStopped += td.changed() && td.doseMg > kTol ? 1 : 0;
        }
        if (std::abs(total - st.doseMg) > kTol)
            return at + QStringLiteral("the times add up to %1, not %2").arg(total).arg(st.doseMg);
        if (i > 0 && !st.stepBack && changed == 0)
            return at + QStringLiteral("no dose time changes");
        if (i > 0 && !st.stepBack && plan.spread == Spread::OneAtATime && cutNotStopped > 1)
            return at + QStringLiteral("%1 dose times are cut at once").arg(cutNotStopped);
        if (i > 0 && st.timesChange.isEmpty())
            return at + QStringLiteral("no change text");
    }
    return {};
}

} // namespace

TEST_CASE("alprazolam 0.5 mg three times a day, 10 %: one dose time at a time, all from 0.25/0.5 mg tablets",
    "[planner][dosetimes]")
{
    const Plan plan = alprazolam();
    const Schedule s = computeSchedule(plan);
    INFO(scheduleToCsv(s).toStdString());
    CHECK(checkTimes(plan, s).isEmpty());
    REQUIRE(s.steps.size() >= 8);
    CHECK(formatDoseTimes(s.steps[0].times) == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.5"));
    CHECK(s.steps[0].timesChange == QStringLiteral("morning 0.5 mg, afternoon 0.5 mg, evening 0.5 mg"));
    // Step 2 asks 1.35 mg: the evening dose (largest, latest) goes to 0.375 mg, the nearest makeable
    // amount to 0.35 (¾ of a 0.5 mg tablet... made as 1½ × 0.25 mg), the others stay.
    CHECK(formatDoseTimes(s.steps[1].times) == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.375"));
    CHECK(s.steps[1].timesChange
        == QStringLiteral("evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged"));
    CHECK(s.steps[1].times[2].howToMake == QStringLiteral("1½ × 0.25 mg"));
    // Step 3 asks 1.215 mg: now the afternoon dose is the latest of the largest.
    CHECK(formatDoseTimes(s.steps[2].times) == QStringLiteral("08:00=0.5;14:00=0.375;22:00=0.375"));
    CHECK(formatDoseTimes(s.steps[3].times) == QStringLiteral("08:00=0.375;14:00=0.375;22:00=0.375"));
    CHECK(s.steps.last().doseMg == 0);
    // Down to 0.75 mg no step cuts more than 1.5 × the 10 % asked; below, halves of 0.25 mg cannot
    // make the doses in between and the steps say so (and name quarters).
    for (qsizetype i = 1; i < 7; ++i)
        CHECK_FALSE(s.steps[i].warning.isSet());
    REQUIRE(s.steps[7].doseMg == Approx(0.625));
    CHECK(s.steps[7].warning.kind == StepWarning::Kind::DeepCut);
    CHECK(s.steps[7].warning.text.contains(QStringLiteral("quarters")));
}

TEST_CASE("dose times: parse, refuse, and step 1 exact", "[planner][dosetimes]")
{
    CHECK(formatDoseTimes(parseDoseTimes(QStringLiteral(" 22:00=0.25; 8:00=0.5 ,14:00=0.5")))
        == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.25"));
    const auto field = [](const QString &text) {
        try {
            parseDoseTimes(text);
        } catch (const Error &e) {
            return (e.field() + QLatin1Char('|') + e.message()).toStdString();
        }
        return std::string("no error");
    };
    CHECK(field(QStringLiteral("08:00")).rfind("times|times: '08:00' is not TIME=MG", 0) == 0);
    CHECK(field(QStringLiteral("25:00=1")).rfind("times|times: '25:00' is not a time of day", 0) == 0);
    CHECK(field(QStringLiteral("08:00=0")) == "times|times: the amount at 08:00 must be a number of mg above 0");
    CHECK(field(QStringLiteral("08:00=1,8:00=1")).find("08:00 is given twice") != std::string::npos);
    Plan p = alprazolam();
    p.startDoseMg = 1.25;
    CHECK(invalidField(p) == QStringLiteral("doseTimes")); // the times add up to 1.5 mg
    p = alprazolam();
    p.doseTimes = parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.3"));
    p.startDoseMg = 1.3;
    CHECK(invalidField(p) == QStringLiteral("doseTimes")); // 0.3 mg cannot be made from 0.25/0.5 mg halves
    // Several tablets at each time: the limit of tablets a dose counts per time, not per day.
    p = alprazolam();
    p.doseTimes = parseDoseTimes(QStringLiteral("08:00=1,14:00=1,22:00=1"));
    p.startDoseMg = 3;
    p.formulations = { tablet(0.5, 2) };
    const Schedule s = computeSchedule(p);
    CHECK(s.steps[0].times[0].howToMake == QStringLiteral("2 × 0.5 mg"));
    CHECK(checkTimes(p, s).toStdString() == "");
}

TEST_CASE("dose times: the even spread cuts every time in proportion", "[planner][dosetimes]")
{
    Plan p = alprazolam();
    p.spread = Spread::Even;
    p.stepSize = 25;
    const Schedule s = computeSchedule(p);
    INFO(scheduleToCsv(s).toStdString());
    CHECK(checkTimes(p, s).toStdString() == "");
    // 1.5 × 0.75 = 1.125: each 0.5 mg dose × 0.75 = 0.375.
    CHECK(formatDoseTimes(s.steps[1].times) == QStringLiteral("08:00=0.375;14:00=0.375;22:00=0.375"));
    CHECK(s.steps[1].timesChange
        == QStringLiteral("morning (08:00) dose 0.5 → 0.375 mg; afternoon (14:00) dose "
                          "0.5 → 0.375 mg; evening (22:00) dose 0.5 → 0.375 mg"));
}

TEST_CASE("dose times: properties over real shapes (1 to 4 times, several strengths, liquids)",
    "[planner][dosetimes][properties]")
{
    std::mt19937 gen { 20261201u };
    const auto integer = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); };
    const auto real = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(gen); };
    int computed = 0;
    int steppedBack = 0;
    for (int c = 0; c < 300; ++c) {
        Plan p;
        p.method = std::array { Method::Percent, Method::Linear, Method::Hyperbolic }[integer(0, 2)];
        p.fit = kSertraline;
        const double strengths[] = { 0.25, 0.5, 1, 2, 5, 10, 20, 25, 50 };
        for (int t = integer(c % 3 == 0 ? 0 : 1, 2); t > 0; --t)
            p.formulations << tablet(strengths[integer(0, 8)], std::array { 1, 2, 4 }[integer(0, 2)]);
        if (p.formulations.isEmpty() || integer(0, 2) == 0)
            p.formulations << liquid(
                std::array { 1.0, 2.0, 5.0, 20.0 }[integer(0, 3)], std::array { 0.1, 0.2, 0.5 }[integer(0, 2)]);
        const DoseMaker maker(p.formulations, p.maxSolidUnits);
        const int count = integer(1, 4);
        const QTime times[] = { QTime(8, 0), QTime(13, 30), QTime(18, 0), QTime(22, 30) };
        double total = 0;
        for (int t = 0; t < count; ++t) {
            double mg = maker.atOrBelow(real(0.2, 40)).mg;
            if (mg <= 0)
                mg = maker.above(0)->mg;
            p.doseTimes << DoseTime { times[t], mg };
            total += mg;
        }
        p.startDoseMg = total;
        p.startDate = QDate(2026, 1, 1).addDays(integer(0, 400));
        p.intervalDays = integer(7, 28);
        p.spread = integer(0, 3) == 0 ? Spread::Even : Spread::OneAtATime;
        p.stepSize = p.method == Method::Percent ? real(5, 25)
            : p.method == Method::Linear         ? total * real(0.05, 0.3)
                                                 : real(3, 10);
        p.finalDoseMg = total * real(0, 0.1);
        Schedule s;
        try {
            s = computeSchedule(p);
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.field() == QStringLiteral("stepSize")); // only "more than 1000 steps" may refuse
            continue;
        }
        ++computed;
        INFO("case " << c << "\n" << scheduleToCsv(s).toStdString());
        REQUIRE(checkTimes(p, s).toStdString() == "");
        CHECK(checkContiguous(s).isEmpty());
        // Going back a step mid-plan: only the step back rises, and the plan continues from the step in force.
        if (s.steps.size() >= 4) {
            const Step &third = s.steps[2];
            const Plan back = withAdjustment(p, Adjustment::stepBack(third.start.addDays(1), 10));
            const Schedule b = computeSchedule(back);
            ++steppedBack;
            REQUIRE(checkTimes(back, b).toStdString() == "");
            CHECK(checkContiguous(b).isEmpty());
            int rises = 0;
            for (qsizetype i = 1; i < b.steps.size(); ++i)
                rises += b.steps[i].doseMg > b.steps[i - 1].doseMg + kTol ? 1 : 0;
            CHECK(rises == 1);
            REQUIRE(b.steps[3].stepBack);
            CHECK(b.steps[3].doseMg == Approx(s.steps[1].doseMg));
            CHECK(b.steps[4].resumed);
            CHECK(b.steps[4].doseMg == Approx(third.doseMg));
        }
    }
    CHECK(computed > 250);
    CHECK(steppedBack > 150);
}

TEST_CASE("going back a step: held at the previous dose until released, then the plan continues",
    "[planner][dosetimes][stepback]")
{
    const Plan plan = alprazolam();
    const QDate on(2026, 2, 5); // step 3 (1.25 mg) began on 2026-02-02
    const Schedule held = computeSchedule(withAdjustment(plan, Adjustment::stepBack(on)));
    INFO(scheduleToCsv(held).toStdString());
    CHECK(held.waitingForRelease);
    REQUIRE(held.steps.size() == 4);
    CHECK(held.steps[2].end == QDate(2026, 2, 4));
    const Step &back = held.steps[3];
    CHECK(back.stepBack);
    CHECK(back.isOpen());
    CHECK(back.start == on);
    CHECK(back.doseMg == Approx(1.375));
    CHECK_FALSE(back.warning.isSet());
    CHECK_FALSE(back.cutPct.has_value());
    CHECK(back.timesChange == QStringLiteral("afternoon (14:00) dose 0.375 → 0.5 mg; morning and evening unchanged"));
    // Released on 2026-03-01: the step back lasted 24 days, then step 3's dose again for a whole step.
    const Plan released = releaseHold(withAdjustment(plan, Adjustment::stepBack(on)), QDate(2026, 3, 1));
    const Schedule s = computeSchedule(released);
    INFO(scheduleToCsv(s).toStdString());
    CHECK_FALSE(s.waitingForRelease);
    CHECK(checkTimes(released, s).isEmpty());
    REQUIRE(s.steps.size() > 6);
    CHECK(s.steps[3].end == QDate(2026, 2, 28));
    CHECK(s.steps[4].resumed);
    CHECK(s.steps[4].start == QDate(2026, 3, 1));
    CHECK(s.steps[4].end == QDate(2026, 3, 14));
    CHECK(s.steps[4].doseMg == Approx(1.25));
    CHECK(s.steps[4].cutPct.value_or(0) == Approx(100.0 * 0.125 / 1.375));
    CHECK(s.steps[5].doseMg == Approx(1.125));
    CHECK(
        scheduleToCsv(s).contains(QStringLiteral(",back to the previous dose: afternoon (14:00) dose 0.375 → 0.5 mg")));
    // Never from step 1, and never before the plan.
    CHECK(invalidField(withAdjustment(plan, Adjustment::stepBack(QDate(2026, 1, 10)))) == QStringLiteral("date"));
    CHECK(invalidField(withAdjustment(plan, Adjustment::stepBack(QDate(2025, 12, 1)))) == QStringLiteral("date"));
    // On the day a step begins, the whole step is taken again after the step back.
    const Schedule atStart = computeSchedule(withAdjustment(plan, Adjustment::stepBack(QDate(2026, 2, 2), 7)));
    CHECK(atStart.steps[2].stepBack);
    CHECK(atStart.steps[2].start == QDate(2026, 2, 2));
    CHECK(atStart.steps[3].start == QDate(2026, 2, 9));
    CHECK(atStart.steps[3].days() == 14);
    // One dose a day works the same.
    Plan single = plan;
    single.doseTimes.clear();
    single.formulations = { tablet(0.5, 2), tablet(0.25, 2), tablet(1, 2) };
    const Schedule one = computeSchedule(withAdjustment(single, Adjustment::stepBack(on, 14)));
    CHECK(one.steps[3].stepBack);
    CHECK(one.steps[3].doseMg == Approx(one.steps[1].doseMg));
    CHECK(one.steps[4].doseMg == Approx(one.steps[2].doseMg));
}

TEST_CASE("supply: alprazolam 0.5 mg three times a day, 10 %, by hand count", "[planner][dosetimes][supply]")
{
    const Plan plan = alprazolam();
    const Schedule s = computeSchedule(plan);
    // 8 weeks from 2026-01-05 (to 2026-03-01) by hand, per day:
    //  step 1, 14 days: 3 × 0.5 mg tablets                        -> 42 × 0.5 mg
    //  step 2, 14 days: 2 × 0.5 mg + 3 halves of 0.25 mg           -> 28 × 0.5 mg, 42 halves
    //  step 3, 14 days: 1 × 0.5 mg + 6 halves of 0.25 mg           -> 14 × 0.5 mg, 84 halves
    //  step 4, 14 days: 9 halves of 0.25 mg                         -> 126 halves
    // 84 × 0.5 mg tablets; 252 halves = 126 × 0.25 mg tablets. With a 10 % margin: 92.4 -> 93, 138.6 -> 139.
    const SupplySummary sum = supplySummary(plan, s, QDate(2026, 1, 5), 8, 10);
    REQUIRE(sum.weeks.lines.size() == 2);
    CHECK(sum.weeks.to == QDate(2026, 3, 1));
    CHECK(sum.weeks.days == 56);
    CHECK(sum.weeks.lines[0].formulation.strengthMg == 0.25);
    CHECK(sum.weeks.lines[0].used == Approx(126));
    CHECK(sum.weeks.lines[0].amount == 139);
    CHECK(sum.weeks.lines[0].unit == QStringLiteral("tablets"));
    CHECK(sum.weeks.lines[1].used == Approx(84));
    CHECK(sum.weeks.lines[1].amount == 93);
    CHECK(sum.weeks.lines[1].text == QStringLiteral("93 × 0.5 mg tablet (halves)"));
    // The current step: 14 days of step 1, no 0.25 mg tablets.
    REQUIRE(sum.currentStep.lines.size() == 1);
    CHECK(sum.currentStep.lines[0].amount == 47); // 42 + 10 %
    // Mid step 2 without a margin: 7 days; 21 halves are 10.5 tablets, and a half still uses a tablet.
    const SupplySummary mid = supplySummary(plan, s, QDate(2026, 1, 26), 1, 0);
    REQUIRE(mid.currentStep.lines.size() == 2);
    CHECK(mid.currentStep.to == QDate(2026, 2, 1));
    CHECK(mid.currentStep.lines[0].used == Approx(10.5));
    CHECK(mid.currentStep.lines[0].amount == 11);
    CHECK(mid.currentStep.lines[1].amount == 14);
    // The whole plan ends with the last step before the stop.
    CHECK(sum.wholePlan.to == s.steps[s.steps.size() - 2].end);
    // A liquid: mL rounded up to whole mL.
    Plan liquidPlan = plan;
    liquidPlan.formulations = { liquid(1.0, 0.1) };
    const Schedule ls = computeSchedule(liquidPlan);
    const Supply week = supplyBetween(liquidPlan, ls, QDate(2026, 1, 5), QDate(2026, 1, 11), 5);
    REQUIRE(week.lines.size() == 1);
    CHECK(week.lines[0].used == Approx(10.5)); // 1.5 mL a day for 7 days
    CHECK(week.lines[0].amount == 12); // 11.025 -> 12 mL
    CHECK(week.lines[0].unit == QStringLiteral("mL"));
    CHECK_THROWS_AS(supplySummary(plan, s, QDate(2026, 1, 5), 0, 10), Error);
    CHECK_THROWS_AS(supplySummary(plan, s, QDate(2026, 1, 5), 8, 120), Error);
}

TEST_CASE(
    "calendar: one all-day event per step and hold end, neutral titles, stable UIDs", "[planner][dosetimes][calendar]")
{
    const Plan plan = withAdjustment(alprazolam(), Adjustment::hold(QDate(2026, 1, 20), 7));
    const Schedule s = computeSchedule(plan);
    CalendarOptions o;
    o.uidBase = QStringLiteral("plan-3-20260101T090000");
    o.stamp = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    o.drugName = QStringLiteral("Alprazolam");
    const QString ics = scheduleToICalendar(s, o);
    CHECK(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
    CHECK(ics.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    CHECK(ics.count(QStringLiteral("BEGIN:VEVENT")) == s.steps.size() + 1); // + the hold's end
    CHECK(ics.contains(QStringLiteral("SUMMARY:Waymark: step 3 begins\r\n")));
    CHECK(ics.contains(QStringLiteral("SUMMARY:Waymark: hold ends (step 2)\r\n")));
    CHECK(ics.contains(QStringLiteral("UID:waymark-plan-3-20260101T090000-step-2@waymark\r\n")));
    CHECK(ics.contains(QStringLiteral("DTSTART;VALUE=DATE:20260119\r\n")));
    CHECK_FALSE(ics.contains(QStringLiteral("Alprazolam")));
    CHECK_FALSE(ics.contains(QStringLiteral("mg")));
    for (const QString &line : ics.split(QStringLiteral("\r\n")))
        CHECK(line.toUtf8().size() <= 75);
    o.details = true;
    const QString detailed = scheduleToICalendar(s, o);
    CHECK(detailed.contains(QStringLiteral("DESCRIPTION:Alprazolam: 1.375 mg a day.\\nevening (22:00) dose 0.5 → ")));
    // The same plan computed again gives the same UIDs.
    CHECK(scheduleToICalendar(computeSchedule(plan), o) == detailed);
}
