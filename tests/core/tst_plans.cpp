// SPDX-License-Identifier: GPL-3.0-or-later
// Taper plans kept in the diary: saved, adjusted, read back identical, and asked for by day.
#include "catalogue.h"
#include "diary.h"
#include "errors.h"
#include "planner/planjson.h"
#include "planner/schedulecsv.h"
#include "storedplan.h"
#include "testsupport.h"
#include "trajectory.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::test;

namespace {

/** The example: hyperbolic citalopram from 20 mg with a 2 mg/mL liquid. */
planner::Plan citalopramPlan(Diary &diary, qint64 drugId)
{
    Formulation liquid;
    liquid.drugId = drugId;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 2;
    liquid.syringeMl = 0.1;
    diary.addFormulation(liquid);
    planner::Plan p = diary.planTemplate(drugId);
    p.method = planner::Method::Hyperbolic;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 28;
    p.stepSize = 5;
    p.finalDoseMg = 0.5;
    return p;
}

} // namespace

TEST_CASE("a plan is saved, read back identical, and gives the planned dose of each day", "[plans]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("p.waymark"));
    QString csv;
    {
        auto diary = Diary::create(path, kPassphrase, testClock());
        const Drug cit = diary->addDrug(QStringLiteral("citalopram"));
        const planner::Plan p = citalopramPlan(*diary, cit.id);
        REQUIRE(p.fit);
        CHECK(p.fit->source == QLatin1String("S1 (modelled)"));
        CHECK(p.formulations.size() == 4); // three tablets from the library and the liquid
        const StoredPlan saved = diary->savePlan(cit.id, p, QStringLiteral("agreed with Dr A"));
        CHECK(saved.drugName == QLatin1String("Citalopram"));
        CHECK(saved.schedule.steps.first().doseMg == 20);
        CHECK(saved.schedule.steps.first().occupancyPct.value() == Approx(75.2).margin(0.05));
        CHECK(saved.schedule.steps.last().doseMg == 0);
        csv = planner::scheduleToCsv(saved.schedule);
        CHECK(planner::planToJson(planner::planFromJson(planner::planToJson(p))) == planner::planToJson(p));

        // Second active plan for the same drug: refused.
        try {
            diary->savePlan(cit.id, p);
            FAIL("two active plans for one drug");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::AlreadyExists);
        }
    }
    auto diary = Diary::open(path, kPassphrase, testClock());
    const auto plans = diary->plans();
    REQUIRE(plans.size() == 1);
    CHECK(planner::scheduleToCsv(plans.first().schedule) == csv);
    CHECK(plans.first().note == QLatin1String("agreed with Dr A"));

    const auto first = diary->plannedDoses(QDate(2026, 1, 5));
    REQUIRE(first.size() == 1);
    CHECK(first.first().doseMg == 20);
    CHECK(first.first().stepIndex == 1);
    CHECK(diary->plannedDoses(QDate(2026, 1, 4)).isEmpty());
    const auto second = diary->plannedDoses(QDate(2026, 2, 2));
    REQUIRE(second.size() == 1);
    CHECK(second.first().stepIndex == 2);
    CHECK(second.first().doseMg < 20);
    CHECK(second.first().howToMake.contains(QStringLiteral("mL of 2 mg/mL")));
    INFO(second.first().howToMake.toStdString());
    CHECK(second.first().doseMg == Approx(11.8).margin(0.1)); // 70.2 % occupancy, measured to 0.1 mL
}

TEST_CASE("holding a step in the middle extends exactly that step; the past stays", "[plans]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("h.waymark")), kPassphrase, testClock());
    const Drug cit = diary->addDrug(QStringLiteral("citalopram"));
    const StoredPlan saved = diary->savePlan(cit.id, citalopramPlan(*diary, cit.id));
    const auto before = saved.schedule.steps;
    REQUIRE(before.size() > 5);
    const QDate inStep3 = before[2].start.addDays(10);

    const StoredPlan held = diary->adjustPlan(saved.id, planner::Adjustment::hold(inStep3, 14));
    const auto after = held.schedule.steps;
    REQUIRE(after.size() == before.size());
    CHECK(after[0].end == before[0].end);
    CHECK(after[1].end == before[1].end);
    CHECK(after[2].end == before[2].end.addDays(14));
    CHECK(after[2].heldDays == 14);
    CHECK(after[3].start == before[3].start.addDays(14));
    CHECK(after[3].doseMg == before[3].doseMg);

    // Held until released, then released: the schedule goes on from the release.
    const StoredPlan open
        = diary->adjustPlan(saved.id, planner::Adjustment::holdUntilReleased(after[4].start.addDays(3)));
    CHECK(open.schedule.waitingForRelease);
    const StoredPlan released = diary->releasePlanHold(saved.id, after[4].start.addDays(20));
    CHECK_FALSE(released.schedule.waitingForRelease);
    CHECK(released.schedule.steps[4].end == after[4].end.addDays(17));

    // Trajectory sees the plan: planned dose line and a hold marker.
    const auto t = trajectory::build(*diary, QDate(2026, 1, 1), QDate(2026, 6, 30));
    const auto &series = t.drugs.first();
    CHECK(series.plannedMg[t.indexOf(QDate(2026, 1, 5))] == 20);
    CHECK(std::isnan(series.plannedMg[t.indexOf(QDate(2026, 1, 4))]));
    int holds = 0;
    for (const auto &m : t.markers)
        holds += m.kind == trajectory::MarkerKind::Hold;
    CHECK(holds == 2);
}

TEST_CASE("invalid plans and adjustments are refused with the field named, nothing saved", "[plans]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("i.waymark")), kPassphrase, testClock());
    const Drug cit = diary->addDrug(QStringLiteral("citalopram"));
    planner::Plan p = citalopramPlan(*diary, cit.id);
    p.intervalDays = 0;
    try {
        diary->savePlan(cit.id, p);
        FAIL("interval 0 accepted");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.field() == QLatin1String("intervalDays"));
    }
    CHECK(diary->plans(true).isEmpty());
    CHECK_THROWS_AS(diary->savePlan(4242, citalopramPlan(*diary, cit.id)), Error);
    CHECK_THROWS_AS(diary->adjustPlan(4242, planner::Adjustment::hold(QDate(2026, 2, 1), 7)), Error);

    const StoredPlan ok = diary->savePlan(cit.id, citalopramPlan(*diary, cit.id));
    diary->archivePlan(ok.id);
    CHECK_THROWS_AS(diary->archivePlan(ok.id), Error); // already archived
    CHECK(diary->plans().isEmpty());
    CHECK(diary->plans(true).size() == 1);
    CHECK(diary->plannedDoses(QDate(2026, 1, 5)).isEmpty());
    CHECK_NOTHROW(diary->savePlan(cit.id, citalopramPlan(*diary, cit.id))); // a new one after archiving
}

TEST_CASE("a switch to diazepam shows both tables and is recorded only once confirmed", "[plans][switch]")
{
    const auto alp = catalogue::findDrug(QStringLiteral("alprazolam"));
    REQUIRE(alp);
    const auto forms = planner::libraryFormulations(*alp);
    const auto dzForms = planner::defaultDiazepamFormulations();
    const auto c = planner::computeCrossover(*alp, 1.0, QDate(2026, 4, 1), 4, 7, QStringLiteral("S2"), forms, dzForms);
    REQUIRE(c.alternatives.size() == 2);
    CHECK(c.alternatives[0].sourceLabel == QLatin1String("Ashton (S2)"));
    CHECK(c.alternatives[0].diazepamMg == 20); // 0.5 mg alprazolam = 10 mg diazepam
    CHECK(c.alternatives[1].diazepamMg == 10); // VA/DoD: 1 mg = 10 mg: half as much
    CHECK(c.targetDiazepamMg == 20);
    REQUIRE(c.stages.size() == 5);
    CHECK(c.stages[1].start == QDate(2026, 4, 1));
    CHECK(c.stages[1].end == QDate(2026, 4, 7));
    CHECK(c.stages[1].fromMg == 0.75);
    CHECK(c.stages[1].diazepamMg == 5);
    CHECK(c.stages[4].fromMg == 0);
    CHECK(c.stages[4].diazepamMg == 20);
    CHECK(c.lastDay() == QDate(2026, 4, 28));
    const auto vadod
        = planner::computeCrossover(*alp, 1.0, QDate(2026, 4, 1), 4, 7, QStringLiteral("S3"), forms, dzForms);
    CHECK(vadod.targetDiazepamMg == 10);
    CHECK_THROWS_AS(
        planner::computeCrossover(*alp, 1.0, QDate(2026, 4, 1), 1, 7, QStringLiteral("S2"), forms, dzForms), Error);
    CHECK_THROWS_AS(planner::computeCrossover(*catalogue::findDrug(QStringLiteral("sertraline")), 50, QDate(2026, 4, 1),
                        4, 7, QStringLiteral("S2"), forms, dzForms),
        Error);

    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("s.waymark")), kPassphrase, testClock());
    const Drug a = diary->addDrug(QStringLiteral("alprazolam"));
    try {
        diary->recordSwitch(a.id, 1.0, QDate(2026, 4, 1), 4, 7, QStringLiteral("S2"), false);
        FAIL("recorded without the prescriber's agreement");
    } catch (const Error &e) {
        CHECK(e.field() == QLatin1String("confirm"));
    }
    try {
        diary->recordSwitch(a.id, 1.0, QDate(2026, 4, 1), 1, 7, QStringLiteral("S2"), true);
        FAIL("a one-stage switch was recorded");
    } catch (const Error &e) {
        CHECK(e.field() == QLatin1String("stages"));
    }
    CHECK(diary->switches().isEmpty());
    CHECK_FALSE(diary->drugByName(QStringLiteral("Diazepam")));

    const StoredSwitch s = diary->recordSwitch(a.id, 1.0, QDate(2026, 4, 1), 4, 7, QStringLiteral("S2"), true);
    CHECK(s.crossover.used.sourceLabel == QLatin1String("Ashton (S2)"));
    CHECK(s.isActive());
    CHECK(diary->drugByName(QStringLiteral("Diazepam")));
    const auto day = diary->plannedDoses(QDate(2026, 4, 9)); // stage 2
    REQUIRE(day.size() == 2);
    CHECK(day[0].doseMg == 0.5);
    CHECK(day[0].howToMake == QStringLiteral("1 × 0.5 mg"));
    CHECK(day[1].drugName == QLatin1String("Diazepam"));
    CHECK(day[1].doseMg == 10);
    CHECK(day[1].howToMake == QStringLiteral("1 × 10 mg"));
    CHECK_FALSE(day[0].conflict);
    CHECK_FALSE(day[1].conflict);
    CHECK(diary->plannedDoses(QDate(2026, 3, 31)).isEmpty());
    // After the last stage: the final diazepam dose, alone.
    const auto after = diary->plannedDoses(QDate(2026, 6, 1));
    REQUIRE(after.size() == 1);
    CHECK(after[0].doseMg == 20);
    CHECK(after[0].afterSwitch);

    // The stages are kept as recorded: hiding a form later does not change them.
    for (const Formulation &f : diary->formulations(a.id))
        if (f.strengthMg < 0.6)
            diary->setFormulationHidden(f.id, true);
    CHECK(diary->switches().first().crossover.stages[2].fromMg == 0.5);
    CHECK(diary->switches().first().crossover.stages[1].fromHowTo == QStringLiteral("1 × 0.5 mg + 1 × 0.25 mg"));
}

TEST_CASE("a switch and a plan never overlap silently", "[plans][switch]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("o.waymark")), kPassphrase, testClock());
    const Drug alp = diary->addDrug(QStringLiteral("alprazolam"));
    planner::Plan alpPlan = diary->planTemplate(alp.id);
    alpPlan.method = planner::Method::Linear;
    alpPlan.startDoseMg = 2;
    alpPlan.startDate = QDate(2026, 3, 1);
    alpPlan.intervalDays = 14;
    alpPlan.stepSize = 0.25;
    const StoredPlan planA = diary->savePlan(alp.id, alpPlan);
    const QDate start(2026, 4, 1);

    SECTION("refused while the drug has an active plan, naming it")
    {
        try {
            diary->recordSwitch(alp.id, 2, start, 4, 14, QStringLiteral("S2"), true);
            FAIL("recorded over an active plan");
        } catch (const Error &e) {
            CHECK(e.field() == QLatin1String("plans"));
            CHECK(e.message().contains(QStringLiteral("plan %1").arg(planA.id)));
            CHECK(e.message().contains(QStringLiteral("end it")));
        }
        CHECK(diary->switches().isEmpty());
        CHECK(diary->plans().size() == 1);
        CHECK_FALSE(diary->drugByName(QStringLiteral("Diazepam"))); // nothing half-written
    }
    SECTION("ending the plan: it gives its doses up to the day before the switch, then the switch does")
    {
        diary->recordSwitch(alp.id, 2, start, 4, 14, QStringLiteral("S2"), true, QString(), Diary::ActivePlans::End);
        CHECK(diary->plans().isEmpty());
        const auto all = diary->plans(true);
        REQUIRE(all.size() == 1);
        CHECK(all.first().endedOn == QDate(2026, 3, 31));
        CHECK_FALSE(all.first().archived);
        const auto before = diary->plannedDoses(QDate(2026, 3, 31));
        REQUIRE(before.size() == 1);
        CHECK(before.first().planId == planA.id);
        const auto first = diary->plannedDoses(start);
        REQUIRE(first.size() == 2);
        for (const PlannedDose &p : first) {
            CHECK(p.switchId != 0);
            CHECK_FALSE(p.conflict);
        }
    }
    SECTION("archiving the plan")
    {
        diary->recordSwitch(
            alp.id, 2, start, 4, 14, QStringLiteral("S2"), true, QString(), Diary::ActivePlans::Archive);
        REQUIRE(diary->plans(true).size() == 1);
        CHECK(diary->plans(true).first().archived);
        CHECK(diary->plannedDoses(QDate(2026, 3, 31)).isEmpty());
    }
}

TEST_CASE("the issue's case: alprazolam 2 mg in 4 stages of 14 days, then a diazepam plan at 40 mg", "[plans][switch]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("c.waymark")), kPassphrase, testClock());
    const Drug alp = diary->addDrug(QStringLiteral("alprazolam"));
    const StoredSwitch sw = diary->recordSwitch(alp.id, 2, QDate(2026, 4, 1), 4, 14, QStringLiteral("S2"), true);
    CHECK(sw.crossover.lastDay() == QDate(2026, 5, 26));
    const Drug dz = *diary->drugByName(QStringLiteral("Diazepam"));

    // A plan of the drug being switched overlaps the switch: refused.
    planner::Plan alpPlan = diary->planTemplate(alp.id);
    alpPlan.method = planner::Method::Linear;
    alpPlan.startDoseMg = 2;
    alpPlan.stepSize = 0.25;
    try {
        diary->savePlan(alp.id, alpPlan);
        FAIL("a plan of the switched drug was saved");
    } catch (const Error &e) {
        CHECK(e.field() == QLatin1String("plan"));
    }

    // The diazepam plan's template starts where the switch ends.
    planner::Plan p = diary->planTemplate(dz.id);
    CHECK(p.startDate == QDate(2026, 5, 27));
    CHECK(p.startDoseMg == 40);
    p.method = planner::Method::Percent;
    p.stepSize = 10;
    p.intervalDays = 14;

    planner::Plan early = p;
    early.startDate = QDate(2026, 5, 20); // during the last stage
    try {
        diary->savePlan(dz.id, early);
        FAIL("a diazepam plan overlapping the switch was saved");
    } catch (const Error &e) {
        CHECK(e.field() == QLatin1String("startDate"));
        CHECK(e.message().contains(QStringLiteral("2026-05-27")));
    }
    planner::Plan other = p;
    other.startDoseMg = 30;
    try {
        diary->savePlan(dz.id, other);
        FAIL("a diazepam plan from another dose was saved");
    } catch (const Error &e) {
        CHECK(e.field() == QLatin1String("startDoseMg"));
        CHECK(e.message().contains(QStringLiteral("40 mg")));
    }
    const StoredPlan dzPlan = diary->savePlan(dz.id, p);

    // One planned dose per drug per day, never summed, from the first stage to well after the switch.
    for (QDate d(2026, 3, 25); d <= QDate(2026, 8, 31); d = d.addDays(1)) {
        INFO(d.toString(Qt::ISODate).toStdString());
        const auto planned = diary->plannedDoses(d);
        QList<qint64> drugs;
        for (const PlannedDose &x : planned) {
            CHECK_FALSE(drugs.contains(x.drugId));
            drugs << x.drugId;
            CHECK_FALSE(x.conflict);
            if (x.drugId == dz.id)
                CHECK(x.doseMg <= 40);
        }
        if (d < QDate(2026, 4, 1))
            CHECK(planned.isEmpty());
        else if (d <= QDate(2026, 5, 26))
            CHECK(planned.size() == 2); // alprazolam (0 mg at the last stage) and diazepam, from the switch
        else {
            REQUIRE(planned.size() == 1);
            CHECK(planned.first().planId == dzPlan.id);
        }
    }
    CHECK(diary->plannedDoses(QDate(2026, 5, 27)).first().doseMg == 40);
    CHECK(diary->plannedDoses(QDate(2026, 5, 26)).last().doseMg == 40);
}

TEST_CASE("two sources for one drug on one day are a conflict, never a sum", "[plans][switch]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("k.waymark")), kPassphrase, testClock());
    const Drug alp = diary->addDrug(QStringLiteral("alprazolam"));
    const StoredSwitch sw = diary->recordSwitch(alp.id, 2, QDate(2026, 4, 1), 4, 14, QStringLiteral("S2"), true);
    const Drug dz = *diary->drugByName(QStringLiteral("Diazepam"));
    // Ended (not archived) at stage 2: it still gives its doses up to that day, and no longer holds plans back.
    diary->endSwitch(sw.id, QDate(2026, 4, 28));
    CHECK_FALSE(diary->switches().first().isActive());
    CHECK_THROWS_AS(diary->endSwitch(sw.id, QDate(2026, 4, 28)), Error); // already ended
    planner::Plan p = diary->planTemplate(dz.id);
    CHECK(p.startDate == testClock().today()); // no active switch: no defaults from it
    p.method = planner::Method::Linear;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 4, 20); // overlaps stage 2
    p.stepSize = 2;
    p.intervalDays = 14;
    const StoredPlan plan = diary->savePlan(dz.id, p);

    const auto day = diary->plannedDoses(QDate(2026, 4, 21));
    REQUIRE(day.size() == 3);
    int conflicts = 0;
    for (const PlannedDose &x : day) {
        if (x.drugId != dz.id) {
            CHECK_FALSE(x.conflict);
            continue;
        }
        ++conflicts;
        CHECK(x.conflict);
        CHECK(x.conflictText.contains(QStringLiteral("20 mg (plan %1, step 1)").arg(plan.id)));
        CHECK(x.conflictText.contains(QStringLiteral("20 mg (switch %1, stage 2 of 4)").arg(sw.id)));
        CHECK(x.conflictText.contains(QStringLiteral("not added up")));
    }
    CHECK(conflicts == 2);
    // After the switch's last day only the plan speaks.
    const auto later = diary->plannedDoses(QDate(2026, 4, 29));
    REQUIRE(later.size() == 1);
    CHECK_FALSE(later.first().conflict);

    // Archived: no planned doses at all, and listed only with includeArchived.
    diary->archiveSwitch(sw.id);
    CHECK(diary->switches().isEmpty());
    CHECK(diary->switches(true).size() == 1);
    CHECK(diary->plannedDoses(QDate(2026, 4, 21)).size() == 1);
    CHECK_THROWS_AS(diary->archiveSwitch(sw.id), Error);
}

TEST_CASE("a switch of a drug taken three times a day replaces one dose time a stage, kept as recorded",
    "[plans][switch][times]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("t.waymark")), kPassphrase, testClock());
    const Drug a = diary->addDrug(QStringLiteral("Alprazolam"));
    diary->setDoseTimes(a.id, { { QTime(8, 0), 0.5 }, { QTime(14, 0), 0.5 }, { QTime(22, 0), 0.5 } });
    // The dose times add up to the dose switched: three stages, one dose time each.
    const planner::Crossover preview = diary->previewSwitch(a.id, 1.5, QDate(2026, 4, 1), 3, 14, QStringLiteral("S2"));
    CHECK(preview.doseTimes.size() == 3);
    try {
        diary->previewSwitch(a.id, 1.5, QDate(2026, 4, 1), 4, 14, QStringLiteral("S2"));
        FAIL("four stages for three dose times");
    } catch (const Error &e) {
        CHECK(e.field() == QLatin1String("stages"));
    }
    // Another dose than the times' total: the one-dose switch, as before.
    CHECK(diary->previewSwitch(a.id, 1.0, QDate(2026, 4, 1), 4, 7, QStringLiteral("S2")).doseTimes.isEmpty());

    const StoredSwitch sw = diary->recordSwitch(a.id, 1.5, QDate(2026, 4, 1), 3, 14, QStringLiteral("S2"), true);
    // Read back from the diary: the stages at each time, as recorded.
    REQUIRE(sw.crossover.stages.size() == 4);
    CHECK(sw.crossover.doseTimes == preview.doseTimes);
    const planner::CrossoverStage &one = sw.crossover.stages[1];
    REQUIRE(one.times.size() == 3);
    CHECK(one.times[2].time == QTime(22, 0));
    CHECK(one.times[2].diazepamMg == 10);
    CHECK(one.times[0].fromMg == 0.5);
    CHECK(one.timesChange
        == QStringLiteral("evening (22:00) dose 0.5 mg → 10 mg diazepam; morning and afternoon unchanged"));
    CHECK(sw.crossover.targetDiazepamMg == 30);

    // Today during stage 2 (15 to 28 April): alprazolam at 08:00, diazepam at 14:00 and 22:00.
    const QList<PlannedDose> day = diary->plannedDoses(QDate(2026, 4, 20));
    REQUIRE(day.size() == 2);
    const PlannedDose &from = day[0].drugId == a.id ? day[0] : day[1];
    const PlannedDose &dz = day[0].drugId == a.id ? day[1] : day[0];
    CHECK(from.doseMg == 0.5);
    REQUIRE(from.times.size() == 1);
    CHECK(from.times[0].time == QTime(8, 0));
    CHECK(dz.doseMg == 20);
    REQUIRE(dz.times.size() == 2);
    CHECK(dz.times[0].time == QTime(14, 0));
    CHECK(dz.times[0].doseMg == 10);
    CHECK(dz.times[0].previousMg == 0);
    CHECK(dz.times[1].time == QTime(22, 0));
    CHECK(dz.times[1].previousMg == 10);
    CHECK(dz.timesChange.startsWith(QStringLiteral("afternoon (14:00) dose 0.5 mg → 10 mg diazepam")));
}
