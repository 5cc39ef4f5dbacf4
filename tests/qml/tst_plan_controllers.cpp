// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan page's controllers (PlanDraft, PlanController, PlanSwitch) and the Today page's planned
// dose, on a fresh diary with the test clock (today 2026-03-15).
#include "appfixture.h"
#include "daycontroller.h"
#include "plancontroller.h"
#include "plandraft.h"
#include "planswitch.h"
#include "storedplan.h"

#include <QAbstractItemModelTester>

using namespace waymark;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

qint64 addCitalopramWithLiquid(Diary &diary)
{
    const Drug citalopram = diary.addDrug(QStringLiteral("Citalopram"));
    Formulation liquid;
    liquid.drugId = citalopram.id;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 2;
    liquid.syringeMl = 0.1;
    diary.addFormulation(liquid);
    return citalopram.id;
}

QVariant role(const PlanStepModel &m, int row, PlanStepModel::Role r)
{
    return m.data(m.index(row), r);
}

/** A citalopram plan from 20 mg, 5 points every 28 days, started on 1 March 2026. */
qint64 savedPlan(AppFixture &f)
{
    PlanDraft draft;
    draft.setDrugId(addCitalopramWithLiquid(f.diary()));
    draft.setMethod(QStringLiteral("hyperbolic"));
    draft.setStartDose(QStringLiteral("20"));
    draft.setStartDate(QStringLiteral("2026-03-01"));
    draft.setStepSize(QStringLiteral("5"));
    REQUIRE(draft.valid());
    const qint64 id = draft.save();
    REQUIRE(id > 0);
    return id;
}

QList<planner::Step> stepsOf(Diary &diary, qint64 planId)
{
    return diary.plan(planId)->schedule.steps;
}

} // namespace

TEST_CASE("PlanDraft previews a hyperbolic citalopram plan with occupancy and how to measure it", "[app][plan]")
{
    AppFixture f;
    PlanDraft draft;
    QAbstractItemModelTester tester(draft.preview(), kFatal);
    const qint64 drugId = addCitalopramWithLiquid(f.diary());
    draft.reset(0);
    CHECK(draft.drugId() == drugId);
    CHECK(draft.hasFit());
    CHECK(draft.method() == QStringLiteral("hyperbolic"));
    CHECK(draft.formulations().join(u';').contains(QStringLiteral("2 mg/mL")));

    draft.setStartDose(QStringLiteral("20"));
    draft.setStepSize(QStringLiteral("5"));
    REQUIRE(draft.valid());
    const PlanStepModel &m = *draft.preview();
    REQUIRE(m.rowCount() > 5);
    CHECK(role(m, 0, PlanStepModel::DoseMgRole).toDouble() == Approx(20));
    CHECK(role(m, 0, PlanStepModel::OccupancyTextRole).toString() == QStringLiteral("75.2 % occupancy (modelled, S1)"));
    CHECK(role(m, 0, PlanStepModel::StatusRole).toString() == QStringLiteral("current"));
    // the second step: 70.2 % occupancy asks for 12.32 mg, made with the liquid
    CHECK(role(m, 1, PlanStepModel::HowToMakeRole).toString().contains(QStringLiteral("mL of 2 mg/mL")));
    CHECK(role(m, 1, PlanStepModel::RoundingTextRole).toString().startsWith(QStringLiteral("rounded from")));
    CHECK(role(m, m.rowCount() - 1, PlanStepModel::DoseMgRole).toDouble() == 0);
    CHECK(draft.previewSummary().contains(QStringLiteral("0 mg from")));

    // every change recomputes the preview
    draft.setIntervalDays(QStringLiteral("14"));
    CHECK(role(m, 0, PlanStepModel::DaysTextRole).toString() == QStringLiteral("14 days"));
}

TEST_CASE("PlanDraft names the field at fault and saves nothing", "[app][plan]")
{
    AppFixture f;
    PlanDraft draft;
    draft.setDrugId(addCitalopramWithLiquid(f.diary()));
    draft.setStartDose(QStringLiteral("twenty"));
    CHECK_FALSE(draft.valid());
    CHECK(draft.errorField() == QStringLiteral("startDoseMg"));
    CHECK(draft.preview()->rowCount() == 0);
    CHECK(draft.save() == 0);

    draft.setStartDose(QStringLiteral("20"));
    draft.setStepSize(QStringLiteral("90"));
    CHECK(draft.errorField() == QStringLiteral("stepSize"));
    draft.setStepSize(QStringLiteral("5"));
    draft.setIntervalDays(QStringLiteral("0"));
    CHECK(draft.errorField() == QStringLiteral("intervalDays"));
    draft.setIntervalDays(QStringLiteral("28"));
    draft.setFinalDose(QStringLiteral("25"));
    CHECK(draft.errorField() == QStringLiteral("finalDoseMg"));
    CHECK(draft.save() == 0);
    draft.setFinalDose(QStringLiteral("0"));

    draft.setMethod(QStringLiteral("custom"));
    draft.setCustomDoses(QStringLiteral("2026-04-01 15\n2026-03-01 10"));
    CHECK(draft.errorField() == QStringLiteral("customDoses"));
    CHECK(draft.errorText().contains(QStringLiteral("Line 2")));
    CHECK(draft.save() == 0);
    CHECK(f.diary().plans(true).isEmpty());

    draft.setCustomDoses(QStringLiteral("2026-04-01 15\n2026-04-29=12.5\n2026-05-27 0"));
    CHECK(draft.valid());
    CHECK(draft.preview()->rowCount() == 3);

    SECTION("a drug without a fit has no hyperbolic plan")
    {
        PlanDraft other;
        other.setDrugId(f.diary().addDrug(QStringLiteral("Diazepam")).id);
        CHECK(other.method() == QStringLiteral("percent"));
        other.setMethod(QStringLiteral("hyperbolic"));
        other.setStartDose(QStringLiteral("5"));
        CHECK(other.errorField() == QStringLiteral("method"));
    }
}

TEST_CASE("PlanController shows a saved plan, and hold and release extend exactly the held step", "[app][plan]")
{
    AppFixture f;
    PlanController plans;
    CHECK(plans.planCount() == 0);
    const qint64 id = savedPlan(f);
    REQUIRE(plans.planCount() == 1);
    PlanStepModel *steps = plans.stepsOf(id);
    REQUIRE(steps);
    QAbstractItemModelTester tester(steps, kFatal);
    const QVariantMap plan = plans.plans().first().toMap();
    CHECK(plan.value(QStringLiteral("drugName")).toString() == QStringLiteral("Citalopram"));
    CHECK(plan.value(QStringLiteral("currentStep")).toInt() == 1);
    CHECK(plan.value(QStringLiteral("statusText")).toString().startsWith(QStringLiteral("Step 1 of")));
    CHECK(plan.value(QStringLiteral("week")).toList().size() == 7);
    CHECK(role(*steps, 0, PlanStepModel::StatusRole).toString() == QStringLiteral("current"));
    CHECK(role(*steps, 1, PlanStepModel::StatusRole).toString() == QStringLiteral("future"));

    const QList<planner::Step> before = stepsOf(f.diary(), id);
    REQUIRE(plans.hold(id, 10));
    const QList<planner::Step> held = stepsOf(f.diary(), id);
    REQUIRE(held.size() == before.size());
    CHECK(held[0].start == before[0].start);
    CHECK(held[0].end == before[0].end.addDays(10));
    CHECK(held[0].heldDays == 10);
    for (qsizetype i = 1; i < held.size(); ++i) {
        CHECK(held[i].start == before[i].start.addDays(10));
        CHECK(held[i].doseMg == before[i].doseMg);
        CHECK(held[i].heldDays == 0);
    }
    CHECK(plans.stepsOf(id) == steps); // the same model, updated row by row
    CHECK(role(*steps, 0, PlanStepModel::HeldTextRole).toString() == QStringLiteral("held 10 days longer"));

    // until released: the later steps wait; releasing on a later day fixes the hold's length
    REQUIRE(plans.hold(id, 0));
    CHECK(f.diary().plan(id)->schedule.waitingForRelease);
    CHECK(plans.plans().first().toMap().value(QStringLiteral("waiting")).toBool());
    CHECK(steps->rowCount() == 1);
    CHECK_FALSE(plans.hold(id, 5)); // one open hold at a time: refused with a message
    CHECK_FALSE(plans.errorText().isEmpty());
    REQUIRE(plans.release(id));
    CHECK_FALSE(f.diary().plan(id)->schedule.waitingForRelease);
    const QList<planner::Step> released = stepsOf(f.diary(), id);
    REQUIRE(released.size() == before.size());
    CHECK(released[1].start == held[1].start); // released on the day it began: no extra days

    REQUIRE(plans.archive(id));
    CHECK(plans.planCount() == 0);
    CHECK(plans.stepsOf(id) == nullptr);
}

TEST_CASE("PlanController: pace, skip and a dose edit change only the future", "[app][plan]")
{
    AppFixture f;
    PlanController plans;
    const qint64 id = savedPlan(f);
    const QList<planner::Step> before = stepsOf(f.diary(), id);

    CHECK_FALSE(plans.changePace(id, QString(), QString()));
    CHECK(plans.errorField() == QStringLiteral("intervalDays"));
    REQUIRE(plans.changePace(id, QStringLiteral("42"), QString()));
    QList<planner::Step> slow = stepsOf(f.diary(), id);
    CHECK(slow[0].end == before[0].end);
    CHECK(slow[1].days() == 42);

    REQUIRE(plans.editStep(id, 3, QStringLiteral("9")));
    CHECK(stepsOf(f.diary(), id)[2].edited);
    CHECK_FALSE(plans.editStep(id, 3, QStringLiteral("nine")));
    CHECK(plans.errorField() == QStringLiteral("doseMg"));

    REQUIRE(plans.skipAhead(id));
    const QList<planner::Step> skipped = stepsOf(f.diary(), id);
    CHECK(skipped[0].end == QDate(2026, 3, 14));
    CHECK(skipped[1].start == QDate(2026, 3, 15));
}

namespace {

void rate(Diary &diary, const QDate &day, int severity)
{
    for (const char *key : {"dizziness", "brain_zaps", "insomnia", "anxiety"})
        diary.setRating(day, QString::fromLatin1(key), severity);
}

} // namespace

TEST_CASE("PlanController suggests a hold, with its numbers, only when the recent load is well above baseline",
          "[app][plan][hold]")
{
    AppFixture f;
    const QDate start(2026, 3, 1);
    for (int i = 1; i <= 14; ++i)
        rate(f.diary(), start.addDays(-i), 1); // baseline load 4
    const bool high = GENERATE(true, false);
    for (int i = 0; i < 7; ++i)
        rate(f.diary(), QDate(2026, 3, 15).addDays(-i), high ? 3 : 1); // recent load 12, or 4
    PlanController plans;
    savedPlan(f);
    REQUIRE(plans.planCount() == 1);
    const QVariantMap s = plans.plans().first().toMap().value(QStringLiteral("suggestion")).toMap();
    CHECK(s.value(QStringLiteral("show")).toBool() == high);
    CHECK(s.value(QStringLiteral("enoughData")).toBool());
    CHECK(s.value(QStringLiteral("baselineText")).toString() == QStringLiteral("4"));
    CHECK(s.value(QStringLiteral("recentText")).toString() == (high ? QStringLiteral("12") : QStringLiteral("4")));
    CHECK_FALSE(s.value(QStringLiteral("reason")).toString().isEmpty());
    CHECK(plans.holdRuleText().contains(QStringLiteral("1.5 times")));
    // On step 1 the baseline is the 14 days before the plan; the text says which days it used.
    CHECK(s.value(QStringLiteral("baselineWhen")).toString() == QStringLiteral("before the plan began"));
    CHECK(plans.holdRuleText().contains(QStringLiteral("14 days before the step you are on began")));
    // a suggestion only: nothing changed
    CHECK(f.diary().plans().first().plan.adjustments.isEmpty());

    // The thresholds are the person's to change, kept in the diary: at 3.5x the high load
    // (12 against 4) no longer counts; at 2.5x it does again. Out-of-range values are refused.
    plans.setHoldRatio(3.5);
    CHECK(plans.holdRatio() == 3.5);
    CHECK(f.diary().setting(QStringLiteral("hold_ratio")) == QStringLiteral("3.50"));
    CHECK(plans.holdRuleText().contains(QStringLiteral("3.5 times")));
    CHECK_FALSE(plans.plans().first().toMap().value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("show")).toBool());
    plans.setHoldRatio(2.5);
    plans.setHoldMinIncrease(8); // 12 - 4 = 8: just enough
    CHECK(plans.plans().first().toMap().value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("show")).toBool() == high);
    plans.setHoldMinIncrease(9);
    CHECK_FALSE(plans.plans().first().toMap().value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("show")).toBool());
    plans.setHoldRatio(0.5);
    CHECK(plans.errorField() == QStringLiteral("holdRatio"));
    CHECK(plans.holdRatio() == 2.5);
}

TEST_CASE("PlanSwitch shows both tables and records a switch only once the prescriber agreed", "[app][plan][switch]")
{
    AppFixture f;
    const Drug alprazolam = f.diary().addDrug(QStringLiteral("Alprazolam"));
    f.diary().addDrug(QStringLiteral("Citalopram")); // in no equivalence table: not offered
    PlanSwitch sw;
    REQUIRE(sw.drugs().size() == 1);
    CHECK(sw.drugId() == alprazolam.id);
    sw.setDose(QStringLiteral("1"));
    REQUIRE(sw.equivalents().size() == 2);
    const QVariantMap ashton = sw.equivalents().at(0).toMap();
    const QVariantMap vadod = sw.equivalents().at(1).toMap();
    CHECK(ashton.value(QStringLiteral("sourceKey")).toString() == QStringLiteral("S2"));
    CHECK(ashton.value(QStringLiteral("diazepamText")).toString() == QStringLiteral("20 mg diazepam"));
    CHECK(vadod.value(QStringLiteral("diazepamText")).toString() == QStringLiteral("10 mg diazepam"));
    CHECK(sw.stagesList().size() == 5); // before, and 4 stages
    CHECK_FALSE(sw.canRecord());
    CHECK_FALSE(sw.record());
    CHECK(sw.errorField() == QStringLiteral("confirm"));
    CHECK(f.diary().switches().isEmpty());

    sw.setSource(QStringLiteral("S3"));
    CHECK(sw.summary().contains(QStringLiteral("10 mg diazepam")));
    sw.setConfirmed(true);
    CHECK(sw.canRecord());
    sw.setStages(3); // a changed switch needs a fresh confirmation
    CHECK_FALSE(sw.canRecord());
    sw.setConfirmed(true);
    REQUIRE(sw.record());
    REQUIRE(f.diary().switches().size() == 1);
    CHECK(f.diary().switches().first().crossover.used.sourceKey == QStringLiteral("S3"));
    REQUIRE(sw.switches().size() == 1);
    CHECK(sw.switches().first().toMap().value(QStringLiteral("stages")).toList().size() == 4);
}

TEST_CASE("DayController offers the planned dose as the one-tap choice", "[app][plan][day]")
{
    AppFixture f;
    const qint64 sertraline = f.addSertraline();
    NewDose usual;
    usual.date = QDate(2026, 3, 14);
    usual.drugId = sertraline;
    usual.micrograms = 50000;
    f.diary().logDose(usual);
    DayController day;
    CHECK(day.usualDoses().size() == 1);
    CHECK(day.plannedDoses().isEmpty());

    const qint64 id = savedPlan(f);
    REQUIRE(day.plannedDoses().size() == 1);
    QVariantMap planned = day.plannedDoses().first().toMap();
    CHECK(planned.value(QStringLiteral("drugName")).toString() == QStringLiteral("Citalopram"));
    CHECK(planned.value(QStringLiteral("amountText")).toString() == QStringLiteral("20 mg"));
    CHECK_FALSE(planned.value(QStringLiteral("howToMake")).toString().isEmpty());
    CHECK(day.usualDoses().size() == 1); // sertraline has no plan: its usual dose stays

    REQUIRE(day.logPlannedDose(planned.value(QStringLiteral("drugId")).toLongLong()));
    const QList<DoseEvent> doses = f.diary().doses(QDate(2026, 3, 15));
    REQUIRE(doses.size() == 1);
    CHECK(doses.first().micrograms == 20000);
    CHECK_FALSE(doses.first().formulationId.has_value());
    CHECK(day.plannedDoses().first().toMap().value(QStringLiteral("logged")).toBool());

    PlanController plans;
    const QVariantList week = plans.plans().first().toMap().value(QStringLiteral("week")).toList();
    CHECK(week.last().toMap().value(QStringLiteral("match")).toString() == QStringLiteral("same"));
    CHECK(role(*plans.stepsOf(id), 0, PlanStepModel::AdherenceTextRole).toString()
          == QStringLiteral("1 day at the planned dose, 14 not logged"));
}
