// SPDX-License-Identifier: GPL-3.0-or-later
// The Plan page's controllers (PlanDraft, PlanController, PlanSwitch) and the Today page's planned
// dose, on a fresh diary with the test clock (today 2026-03-15).
#include "appfixture.h"
#include "daycontroller.h"
#include "druglistmodel.h"
#include "formulationmodel.h"
#include "medicinefacts.h"
#include "plancontroller.h"
#include "plandraft.h"
#include "planswitch.h"
#include "storedplan.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

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
    const QVariantMap plan = plans.plans()->get(0);
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
    CHECK(plans.plans()->get(0).value(QStringLiteral("waiting")).toBool());
    CHECK(steps->rowCount() == 1);
    CHECK_FALSE(plans.hold(id, 5)); // one open hold at a time: refused with a message
    CHECK_FALSE(plans.error()->text().isEmpty());
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
    CHECK(plans.error()->field() == QStringLiteral("intervalDays"));
    REQUIRE(plans.changePace(id, QStringLiteral("42"), QString()));
    QList<planner::Step> slow = stepsOf(f.diary(), id);
    CHECK(slow[0].end == before[0].end);
    CHECK(slow[1].days() == 42);

    REQUIRE(plans.editStep(id, 3, QStringLiteral("9")));
    CHECK(stepsOf(f.diary(), id)[2].edited);
    CHECK_FALSE(plans.editStep(id, 3, QStringLiteral("nine")));
    CHECK(plans.error()->field() == QStringLiteral("doseMg"));

    REQUIRE(plans.skipAhead(id));
    const QList<planner::Step> skipped = stepsOf(f.diary(), id);
    CHECK(skipped[0].end == QDate(2026, 3, 14));
    CHECK(skipped[1].start == QDate(2026, 3, 15));
}

namespace {

void rate(Diary &diary, const QDate &day, int severity)
{
    for (const char *key : { "dizziness", "brain_zaps", "insomnia", "anxiety" })
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
    const QVariantMap s = plans.plans()->get(0).value(QStringLiteral("suggestion")).toMap();
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
    CHECK_FALSE(
        plans.plans()->get(0).value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("show")).toBool());
    plans.setHoldRatio(2.5);
    plans.setHoldMinIncrease(8); // 12 - 4 = 8: just enough
    CHECK(plans.plans()->get(0).value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("show")).toBool()
        == high);
    plans.setHoldMinIncrease(9);
    CHECK_FALSE(
        plans.plans()->get(0).value(QStringLiteral("suggestion")).toMap().value(QStringLiteral("show")).toBool());
    plans.setHoldRatio(0.5);
    CHECK(plans.error()->field() == QStringLiteral("holdRatio"));
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
    CHECK(sw.switches().first().toMap().value(QStringLiteral("active")).toBool());

    // Ended, then archived, from the card.
    const qint64 id = sw.switches().first().toMap().value(QStringLiteral("switchId")).toLongLong();
    REQUIRE(sw.endSwitch(id));
    CHECK(f.diary().switches().first().endedOn == QDate(2026, 3, 15));
    CHECK(
        sw.switches().first().toMap().value(QStringLiteral("statusText")).toString().contains(QStringLiteral("Ended")));
    CHECK_FALSE(sw.endSwitch(id)); // already ended: said so
    CHECK_FALSE(sw.errorText().isEmpty());
    REQUIRE(sw.archiveSwitch(id));
    CHECK(f.diary().switches().isEmpty());
    CHECK(sw.switches().first().toMap().value(QStringLiteral("archived")).toBool());
}

TEST_CASE("PlanSwitch stages are makeable, one stage is refused, an active plan must be ended or archived",
    "[app][plan][switch]")
{
    AppFixture f;
    const Drug alprazolam = f.diary().addDrug(QStringLiteral("Alprazolam"));
    PlanSwitch sw;
    sw.setDose(QStringLiteral("2"));
    sw.setStages(1);
    CHECK(sw.errorField() == QStringLiteral("stages"));
    CHECK(sw.errorText().contains(QStringLiteral("all at once")));
    CHECK(sw.stagesList().isEmpty());
    sw.setStages(4);
    REQUIRE(sw.errorText().isEmpty());
    const QVariantList stages = sw.stagesList();
    REQUIRE(stages.size() == 5);
    const QVariantMap stage1 = stages.at(1).toMap();
    CHECK(stage1.value(QStringLiteral("fromText")).toString() == QStringLiteral("1.5 mg Alprazolam"));
    CHECK(stage1.value(QStringLiteral("fromHowTo")).toString() == QStringLiteral("1 × 1 mg + 1 × 0.5 mg"));
    CHECK(stage1.value(QStringLiteral("diazepamText")).toString() == QStringLiteral("10 mg diazepam"));
    CHECK(stage1.value(QStringLiteral("diazepamHowTo")).toString() == QStringLiteral("1 × 10 mg"));
    CHECK(stage1.value(QStringLiteral("totalText")).toString() == QStringLiteral("together 40 mg as diazepam"));
    CHECK(sw.roundingText().contains(QStringLiteral("never goes above 40 mg")));

    // An active alprazolam plan: the card asks what to do with it.
    planner::Plan p = f.diary().planTemplate(alprazolam.id);
    p.method = planner::Method::Linear;
    p.startDoseMg = 2;
    p.stepSize = 0.25;
    const StoredPlan plan = f.diary().savePlan(alprazolam.id, p);
    CHECK(sw.overlappingPlans().contains(QStringLiteral("Alprazolam")));
    sw.setConfirmed(true);
    CHECK_FALSE(sw.canRecord());
    sw.setPlanAction(QStringLiteral("end"));
    CHECK(sw.canRecord());
    REQUIRE(sw.record());
    CHECK(f.diary().plans().isEmpty());
    CHECK(f.diary().plan(plan.id)->endedOn == QDate(2026, 3, 14));
    CHECK(sw.overlappingPlans().isEmpty());
}

TEST_CASE("the issue's case in the app: alprazolam 2 mg in 4 stages, then a diazepam plan: one planned dose per "
          "drug per day",
    "[app][plan][switch][day]")
{
    AppFixture f;
    f.diary().addDrug(QStringLiteral("Alprazolam"));
    PlanSwitch sw;
    sw.setDose(QStringLiteral("2"));
    sw.setStartDate(QStringLiteral("2026-03-16"));
    sw.setStages(4);
    sw.setIntervalDays(14);
    sw.setConfirmed(true);
    REQUIRE(sw.record());
    const Drug dz = *f.diary().drugByName(QStringLiteral("Diazepam"));

    // The new-plan draft for diazepam starts where the switch ends.
    PlanDraft draft;
    draft.setDrugId(dz.id);
    CHECK(draft.startDose() == QStringLiteral("40"));
    CHECK(draft.startDate() == QStringLiteral("2026-05-11"));
    draft.setMethod(QStringLiteral("percent"));
    draft.setStepSize(QStringLiteral("10"));
    REQUIRE(draft.valid());
    // Near its end a 10 % diazepam plan made with tablets cuts deeper than asked: saving it needs the
    // person's confirmation of those warnings (the switch itself has none).
    CHECK(draft.save() == 0);
    CHECK(draft.errorField() == QStringLiteral("confirm"));
    REQUIRE(draft.save(true) > 0);

    DayController day;
    for (QDate d(2026, 3, 16); d <= QDate(2026, 7, 1); d = d.addDays(7)) {
        INFO(d.toString(Qt::ISODate).toStdString());
        day.setDate(d.toString(Qt::ISODate));
        QList<qint64> drugs;
        for (const QVariant &v : day.plannedDoses()) {
            const QVariantMap row = v.toMap();
            CHECK_FALSE(drugs.contains(row.value(QStringLiteral("drugId")).toLongLong()));
            drugs << row.value(QStringLiteral("drugId")).toLongLong();
            CHECK_FALSE(row.value(QStringLiteral("conflict")).toBool());
            if (row.value(QStringLiteral("drugId")).toLongLong() == dz.id)
                CHECK(row.value(QStringLiteral("mg")).toDouble() <= 40);
        }
        CHECK(day.plannedConflict().isEmpty());
    }
    day.setDate(QStringLiteral("2026-05-11"));
    REQUIRE(day.plannedDoses().size() == 1);
    const QVariantMap first = day.plannedDoses().first().toMap();
    CHECK(first.value(QStringLiteral("amountText")).toString() == QStringLiteral("40 mg"));
    CHECK(first.value(QStringLiteral("stepText")).toString().startsWith(QStringLiteral("plan step 1")));
    day.setDate(QStringLiteral("2026-03-30"));
    REQUIRE(day.plannedDoses().size() == 2);
    CHECK(day.plannedDoses().at(1).toMap().value(QStringLiteral("amountText")).toString() == QStringLiteral("20 mg"));
    CHECK(day.plannedDoses().at(1).toMap().value(QStringLiteral("stepText")).toString()
        == QStringLiteral("switch to diazepam, stage 2 of 4"));
}

TEST_CASE("DayController shows a conflict and logs nothing for it; a large planned dose is checked", "[app][plan][day]")
{
    AppFixture f;
    f.diary().addDrug(QStringLiteral("Alprazolam"));
    const qint64 alp = f.diary().drugByName(QStringLiteral("Alprazolam"))->id;
    const StoredSwitch sw = f.diary().recordSwitch(alp, 2, QDate(2026, 3, 1), 4, 14, QStringLiteral("S2"), true);
    const Drug dz = *f.diary().drugByName(QStringLiteral("Diazepam"));
    f.diary().endSwitch(sw.id, QDate(2026, 3, 20)); // ended, so a plan may start; it still covers the days up to then
    planner::Plan p = f.diary().planTemplate(dz.id);
    p.method = planner::Method::Linear;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 3, 10);
    p.stepSize = 2;
    f.diary().savePlan(dz.id, p);

    DayController day; // today, 2026-03-15: stage 2 of the switch and step 1 of the plan both give diazepam
    QVariantMap row;
    for (const QVariant &v : day.plannedDoses())
        if (v.toMap().value(QStringLiteral("drugId")).toLongLong() == dz.id)
            row = v.toMap();
    REQUIRE(row.value(QStringLiteral("conflict")).toBool());
    CHECK(row.value(QStringLiteral("mg")).toDouble() == 0); // nothing to log in one tap
    CHECK(row.value(QStringLiteral("amountText")).toString() == QStringLiteral("conflict"));
    CHECK(row.value(QStringLiteral("howToMake")).toString().contains(QStringLiteral("20 mg (switch")));
    CHECK(day.plannedConflict().startsWith(QStringLiteral("Diazepam: Two sources give a dose")));
    CHECK_FALSE(day.logPlannedDose(dz.id));
    CHECK(f.diary().doses(QDate(2026, 3, 15)).isEmpty());

    // A drug measured only as a liquid: 20 mg is 20 times its "largest strength" (1 mg/mL x 1 mL).
    const Drug own = f.diary().addDrug(QStringLiteral("Owndrug"), QStringLiteral("SSRI"));
    Formulation liquid;
    liquid.drugId = own.id;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 1;
    f.diary().addFormulation(liquid);
    planner::Plan q = f.diary().planTemplate(own.id);
    q.method = planner::Method::Linear;
    q.startDoseMg = 20;
    q.stepSize = 2;
    f.diary().savePlan(own.id, q);
    day.reload();
    CHECK_FALSE(day.logPlannedDose(own.id));
    CHECK(day.error()->field() == QStringLiteral("mg"));
    CHECK(f.diary().doses(QDate(2026, 3, 15)).isEmpty());
    REQUIRE(day.logPlannedDose(own.id, true));
    CHECK(f.diary().doses(QDate(2026, 3, 15)).size() == 1);
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
    const QVariantList week = plans.plans()->get(0).value(QStringLiteral("week")).toList();
    CHECK(week.last().toMap().value(QStringLiteral("match")).toString() == QStringLiteral("same"));
    CHECK(role(*plans.stepsOf(id), 0, PlanStepModel::AdherenceTextRole).toString()
        == QStringLiteral("1 day at the planned dose, 14 not logged"));
}

// ---- issue 7: plans use what the person has; the occupancy fit is the person's to edit

namespace {

QVariantMap formNamed(const QVariantList &forms, const QString &label)
{
    for (const QVariant &v : forms)
        if (v.toMap().value(QStringLiteral("label")).toString() == label)
            return v.toMap();
    FAIL("no form " << label.toStdString());
    return {};
}

QVariantList choose(QVariantList forms, const QStringList &labels)
{
    for (QVariant &v : forms) {
        QVariantMap m = v.toMap();
        m[QStringLiteral("chosen")] = labels.contains(m.value(QStringLiteral("label")).toString());
        v = m;
    }
    return forms;
}

QStringList labelsOf(const QList<Formulation> &forms)
{
    QStringList out;
    for (const Formulation &f : forms)
        out.append(f.label());
    return out;
}

} // namespace

TEST_CASE("Adding a medicine asks the dose taken now and keeps only the forms the person has", "[app][plan][medicines]")
{
    AppFixture f;
    DrugListModel drugs;
    QAbstractItemModelTester tester(&drugs, kFatal);

    // the library's strengths are ticked, its liquids offered but not ticked
    const QVariantList offered = drugs.libraryForms(QStringLiteral("Citalopram"));
    CHECK(formNamed(offered, QStringLiteral("10 mg tablet (halves)")).value(QStringLiteral("chosen")).toBool());
    CHECK(formNamed(offered, QStringLiteral("40 mg tablet (halves)")).value(QStringLiteral("chosen")).toBool());
    const QVariantMap liquid = formNamed(offered, QStringLiteral("2 mg/mL liquid (syringe 0.1 mL)"));
    CHECK_FALSE(liquid.value(QStringLiteral("chosen")).toBool());
    CHECK(liquid.value(QStringLiteral("note")).toString() == QStringLiteral("oral solution US"));
    CHECK(drugs.libraryForms(QStringLiteral("Not a real medicine")).isEmpty());

    SECTION("the dose taken now and at least one form are asked; nothing is added without them")
    {
        CHECK_FALSE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QString(), offered));
        CHECK(drugs.error()->field() == QStringLiteral("doseNow"));
        CHECK(drugs.error()->text().contains(QStringLiteral("0 if you do not take it now")));
        CHECK_FALSE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("-5"), offered));
        CHECK(drugs.error()->field() == QStringLiteral("doseNow"));
        CHECK_FALSE(
            drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("20"), choose(offered, {})));
        CHECK(drugs.error()->field() == QStringLiteral("forms"));
        QVariantList bad = offered;
        QVariantMap typo = liquid;
        typo[QStringLiteral("chosen")] = true;
        typo[QStringLiteral("strength")] = QStringLiteral("two");
        bad.append(typo);
        CHECK_FALSE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("20"), bad));
        CHECK(drugs.error()->field() == QStringLiteral("forms"));
        CHECK(f.diary().drugs(true).isEmpty()); // the rolled-back transaction left nothing behind
        CHECK(drugs.rowCount() == 0);
    }

    SECTION("only the ticked forms are used by a plan, and the dose taken now is step 1")
    {
        // 20 mg tablets and the 2 mg/mL liquid; no 10 or 40 mg tablets
        const QVariantList mine = choose(
            offered, { QStringLiteral("20 mg tablet (halves)"), QStringLiteral("2 mg/mL liquid (syringe 0.1 mL)") });
        REQUIRE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("20"), mine));
        REQUIRE(drugs.rowCount() == 1);
        const qint64 id = drugs.data(drugs.index(0), DrugListModel::IdRole).toLongLong();
        CHECK(labelsOf(f.diary().formulations(id))
            == QStringList(
                { QStringLiteral("20 mg tablet (halves)"), QStringLiteral("2 mg/mL liquid (syringe 0.1 mL)") }));
        CHECK(f.diary().formulations(id, true).size() == 4); // the others are hidden, not lost
        CHECK(drugs.data(drugs.index(0), DrugListModel::DoseNowTextRole).toString()
            == QStringLiteral("Dose you take now: 20 mg a day (you said on 15 Mar 2026)"));

        PlanDraft draft;
        draft.setDrugId(id);
        CHECK(draft.startDose() == QStringLiteral("20"));
        CHECK(draft.formulations() == labelsOf(f.diary().formulations(id)));

        // a newer logged day wins over what was said
        NewDose logged;
        logged.date = QDate(2026, 3, 15);
        logged.drugId = id;
        logged.micrograms = 15000;
        f.diary().logDose(logged);
        CHECK(app::doseNow(f.diary(), id)->mg == Approx(15));
        CHECK(drugs.data(drugs.index(0), DrugListModel::DoseNowTextRole).toString()
            == QStringLiteral("Dose you take now: 15 mg a day (logged on 15 Mar 2026)"));
        REQUIRE(drugs.setDoseNow(id, QStringLiteral("abc")) == false);
        CHECK(drugs.error()->field() == QStringLiteral("doseNow"));
        CHECK(drugs.errorDrugId() == id);
    }

    SECTION("a person's own medicine takes the forms they describe")
    {
        QVariantMap tablet { { QStringLiteral("kind"), QStringLiteral("tablet") },
            { QStringLiteral("strength"), QStringLiteral("7.5") }, { QStringLiteral("split"), 4 },
            { QStringLiteral("chosen"), true } };
        CHECK_FALSE(drugs.addMedicine(QStringLiteral("Mystery"), QString(), QStringLiteral("15"), { tablet }));
        CHECK(drugs.error()->field() == QStringLiteral("class"));
        REQUIRE(
            drugs.addMedicine(QStringLiteral("Mystery"), QStringLiteral("other"), QStringLiteral("15"), { tablet }));
        const auto d = f.diary().drugByName(QStringLiteral("Mystery"));
        REQUIRE(d);
        CHECK(labelsOf(f.diary().formulations(d->id)) == QStringList({ QStringLiteral("7.5 mg tablet (quarters)") }));
    }
}

TEST_CASE(
    "A form added from the new-plan dialog keeps what was typed and recomputes the preview", "[app][plan][medicines]")
{
    AppFixture f;
    DrugListModel drugs;
    const QVariantList tabletsOnly = choose(drugs.libraryForms(QStringLiteral("Citalopram")),
        { QStringLiteral("10 mg tablet (halves)"), QStringLiteral("20 mg tablet (halves)") });
    REQUIRE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("20"), tabletsOnly));
    const qint64 id = f.diary().drugByName(QStringLiteral("Citalopram"))->id;
    PlanDraft draft;
    draft.setDrugId(id);
    draft.setMethod(QStringLiteral("hyperbolic"));
    draft.setStartDate(QStringLiteral("2026-04-01"));
    draft.setIntervalDays(QStringLiteral("21"));
    draft.setStepSize(QStringLiteral("10"));
    REQUIRE(draft.valid());
    const int rowsWithTablets = draft.preview()->rowCount();

    FormulationModel forms;
    forms.setDrugId(draft.drugId());
    REQUIRE(forms.offeredLiquids().size() == 2);
    CHECK(forms.offeredLiquids().first().toMap().value(QStringLiteral("label")).toString()
        == QStringLiteral("2 mg/mL liquid"));
    REQUIRE(forms.addForm(QStringLiteral("liquid"), QStringLiteral("2"), 1, false, QStringLiteral("0.1")));
    CHECK(forms.offeredLiquids().size() == 1);
    CHECK(draft.startDate() == QStringLiteral("2026-04-01"));
    CHECK(draft.intervalDays() == QStringLiteral("21"));
    CHECK(draft.stepSize() == QStringLiteral("10"));
    CHECK(draft.formulations().contains(QStringLiteral("2 mg/mL liquid (syringe 0.1 mL)")));
    REQUIRE(draft.valid());
    // with the liquid the doses in between can be made: more, smaller steps
    CHECK(draft.preview()->rowCount() > rowsWithTablets);
    CHECK_FALSE(forms.addForm(QStringLiteral("liquid"), QStringLiteral("lots"), 1, false, QString()));
    CHECK_FALSE(forms.error()->text().isEmpty());
}

TEST_CASE("The occupancy fit is the person's to edit, with where it comes from", "[app][plan][medicines]")
{
    AppFixture f;
    DrugListModel drugs;
    REQUIRE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("20"),
        drugs.libraryForms(QStringLiteral("Citalopram"))));
    REQUIRE(drugs.addMedicine(
        QStringLiteral("Diazepam"), QString(), QStringLiteral("0"), drugs.libraryForms(QStringLiteral("Diazepam"))));
    const auto row = [&](const QString &name) {
        for (int i = 0; i < drugs.rowCount(); ++i)
            if (drugs.data(drugs.index(i), DrugListModel::NameRole).toString() == name)
                return i;
        return -1;
    };
    const int cit = row(QStringLiteral("Citalopram"));
    const qint64 id = drugs.data(drugs.index(cit), DrugListModel::IdRole).toLongLong();
    const auto at
        = [&](DrugListModel::Role r) { return drugs.data(drugs.index(row(QStringLiteral("Citalopram"))), r); };

    CHECK(at(DrugListModel::DetailRole).toString() == QStringLiteral("SSRI · half-life 35 h (product labelling, S5)"));
    CHECK(at(DrugListModel::FitAppliesRole).toBool());
    CHECK_FALSE(at(DrugListModel::FitPersonalRole).toBool());
    CHECK(at(DrugListModel::EmaxRole).toString() == QStringLiteral("83.98"));
    CHECK(at(DrugListModel::Ed50Role).toString() == QStringLiteral("2.33"));
    CHECK(at(DrugListModel::FitTextRole).toString().contains(QStringLiteral("from S1 (Sørensen et al. 2022")));
    CHECK(at(DrugListModel::FitNoteRole).toString().contains(QStringLiteral("ED50 near 3.4 mg")));
    // model words only where they apply: no serotonin-transporter fit for a benzodiazepine
    const int dz = row(QStringLiteral("Diazepam"));
    CHECK_FALSE(drugs.data(drugs.index(dz), DrugListModel::FitAppliesRole).toBool());
    CHECK(drugs.data(drugs.index(dz), DrugListModel::DoseNowTextRole)
              .toString()
              .startsWith(QStringLiteral("You said on")));
    CHECK(drugs.data(drugs.index(dz), DrugListModel::HalfLifeTextRole)
              .toString()
              .contains(QStringLiteral("(NHS Scotland, S4)")));

    // the other source's ED50: the plan's occupancy follows the person's values
    CHECK_FALSE(drugs.setFit(id, QStringLiteral("83.98"), QStringLiteral("0")));
    CHECK(drugs.error()->field() == QStringLiteral("ed50"));
    CHECK_FALSE(drugs.setFit(id, QStringLiteral("250"), QStringLiteral("3.4")));
    CHECK(drugs.error()->field() == QStringLiteral("emax"));
    REQUIRE(drugs.setFit(id, QStringLiteral("83.98"), QStringLiteral("3.4")));
    CHECK(at(DrugListModel::FitPersonalRole).toBool());
    CHECK(at(DrugListModel::FitTextRole).toString().endsWith(QStringLiteral("your values.")));
    CHECK(at(DrugListModel::LibraryFitTextRole).toString() == QStringLiteral("From S1: Emax 83.98 %, ED50 2.33 mg"));
    CHECK(at(DrugListModel::DetailRole)
              .toString()
              .contains(QStringLiteral("(product labelling, S5)"))); // half-life source kept

    PlanDraft draft;
    draft.setDrugId(id);
    draft.setStepSize(QStringLiteral("5"));
    REQUIRE(draft.valid());
    CHECK(role(*draft.preview(), 0, PlanStepModel::OccupancyTextRole).toString()
        == QStringLiteral("71.8 % occupancy (modelled, your values)"));
    CHECK(draft.fitText().contains(QStringLiteral("user")) == false);

    REQUIRE(drugs.useLibraryFit(id));
    CHECK_FALSE(at(DrugListModel::FitPersonalRole).toBool());
    CHECK(at(DrugListModel::Ed50Role).toString() == QStringLiteral("2.33"));
    CHECK(role(*draft.preview(), 0, PlanStepModel::OccupancyTextRole).toString()
        == QStringLiteral("75.2 % occupancy (modelled, S1)"));
}

// ---- issue 7: the preview shows each step's real cut and its warnings before saving

namespace {

/** Citalopram as the library adds it: 10, 20 and 40 mg tablets in halves, no liquid. */
qint64 addCitalopramTablets(Diary &diary)
{
    return diary.addDrug(QStringLiteral("Citalopram")).id;
}

/** The issue's plan: citalopram 20 mg, hyperbolic, 10 points every 28 days. */
void issuePlan(PlanDraft &draft, qint64 drugId)
{
    draft.setDrugId(drugId);
    draft.setMethod(QStringLiteral("hyperbolic"));
    draft.setStartDose(QStringLiteral("20"));
    draft.setStartDate(QStringLiteral("2026-04-01"));
    draft.setIntervalDays(QStringLiteral("28"));
    draft.setStepSize(QStringLiteral("10"));
}

QStringList warningsOf(const PlanStepModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        if (const QString w = role(m, i, PlanStepModel::WarningTextRole).toString(); !w.isEmpty())
            out.append(w);
    return out;
}

} // namespace

TEST_CASE("The preview warns before saving where a step cuts deeper than asked, and the suggested liquid removes it",
    "[app][plan][warnings]")
{
    AppFixture f;
    const qint64 id = addCitalopramTablets(f.diary());
    PlanDraft draft;
    QAbstractItemModelTester tester(draft.preview(), kFatal);
    issuePlan(draft, id);
    REQUIRE(draft.valid());
    const PlanStepModel &m = *draft.preview();

    // step 1 is exactly the dose taken now; every later step states its real cut
    CHECK(role(m, 0, PlanStepModel::DoseMgRole).toDouble() == Approx(20));
    CHECK(role(m, 0, PlanStepModel::CutTextRole).toString().isEmpty());
    for (int i = 1; i < m.rowCount(); ++i) {
        const double before = role(m, i - 1, PlanStepModel::DoseMgRole).toDouble();
        const double now = role(m, i, PlanStepModel::DoseMgRole).toDouble();
        CHECK(now < before); // never a rising step
        const QString cut = role(m, i, PlanStepModel::CutTextRole).toString();
        CHECK(cut.startsWith(now > 0 ? QStringLiteral("cut ") : QStringLiteral("cut 100 %")));
        CHECK(cut.contains(QStringLiteral("points less modelled occupancy")));
    }

    // with tablets alone the doses in between cannot be made: a warning naming the liquid
    const QStringList warnings = warningsOf(m);
    REQUIRE_FALSE(warnings.isEmpty());
    CHECK(draft.warningCount() == warnings.size());
    CHECK(warnings.join(u' ').contains(QStringLiteral("2 mg/mL")));
    CHECK_FALSE(draft.warningSummary().isEmpty());
    REQUIRE(draft.hasSuggestion());
    CHECK(draft.suggestionButtonText().startsWith(QStringLiteral("Use citalopram 2 mg/mL liquid")));

    // saving it needs an explicit confirmation
    CHECK(draft.save() == 0);
    CHECK(draft.errorField() == QStringLiteral("confirm"));
    CHECK(f.diary().plans(true).isEmpty());

    // one tap: the preview recomputed with the liquid follows the curve, without warnings
    draft.applySuggestion();
    REQUIRE(draft.valid());
    CHECK(draft.warningCount() == 0);
    CHECK(warningsOf(m).isEmpty());
    CHECK_FALSE(draft.hasSuggestion());
    CHECK(draft.appliedFormText().contains(QStringLiteral("2 mg/mL")));
    CHECK(role(m, 1, PlanStepModel::HowToMakeRole).toString().contains(QStringLiteral("mL of 2 mg/mL")));
    CHECK(draft.startDate() == QStringLiteral("2026-04-01")); // nothing typed was lost
    for (int i = 1; i < m.rowCount(); ++i) {
        const QString cut = role(m, i, PlanStepModel::CutTextRole).toString();
        const qsizetype at = cut.indexOf(QStringLiteral(" · "));
        REQUIRE(at > 0);
        const double points = QLocale::c().toDouble(cut.mid(at + 3).section(u' ', 0, 0));
        CHECK(points <= 15.0); // at most 1.5 x the 10 points asked
    }

    draft.undoSuggestion();
    CHECK(draft.warningCount() == warnings.size());
    draft.applySuggestion();

    // no warnings: saved without a confirmation, and the liquid becomes one of the person's forms
    const qint64 planId = draft.save();
    REQUIRE(planId > 0);
    CHECK(labelsOf(f.diary().formulations(id)).contains(QStringLiteral("2 mg/mL liquid (syringe 0.1 mL)")));
    CHECK(f.diary().plan(planId)->schedule.warningCount() == 0);
}

TEST_CASE("A plan saved with its warnings keeps them on the steps of the Plan page", "[app][plan][warnings]")
{
    AppFixture f;
    const qint64 id = addCitalopramTablets(f.diary());
    PlanDraft draft;
    issuePlan(draft, id);
    REQUIRE(draft.warningCount() > 0);
    const int expected = draft.warningCount();
    const qint64 planId = draft.save(true);
    REQUIRE(planId > 0);
    CHECK(f.diary().formulations(id).size() == 3); // nothing added without the person's tap

    PlanController plans;
    const QVariantMap plan = plans.plans()->get(0);
    CHECK(plan.value(QStringLiteral("warningCount")).toInt() == expected);
    PlanStepModel *steps = plans.stepsOf(planId);
    REQUIRE(steps);
    CHECK(warningsOf(*steps).size() == expected);
    CHECK(warningsOf(*steps).join(u' ').contains(QStringLiteral("2 mg/mL")));
    for (int i = 0; i < steps->rowCount(); ++i)
        CHECK(role(*steps, i, PlanStepModel::WarningKindRole).toString().isEmpty()
            == role(*steps, i, PlanStepModel::WarningTextRole).toString().isEmpty());
}

TEST_CASE("Step 1 is the dose taken now, or the plan is refused with the message beside the dose field",
    "[app][plan][warnings]")
{
    AppFixture f;
    DrugListModel drugs;
    const QVariantList twenties
        = choose(drugs.libraryForms(QStringLiteral("Citalopram")), { QStringLiteral("20 mg tablet (halves)") });
    REQUIRE(drugs.addMedicine(QStringLiteral("Citalopram"), QString(), QStringLiteral("15"), twenties));
    PlanDraft draft;
    draft.setDrugId(f.diary().drugByName(QStringLiteral("Citalopram"))->id);
    CHECK(draft.startDose() == QStringLiteral("15"));
    draft.setMethod(QStringLiteral("percent"));
    CHECK_FALSE(draft.valid());
    CHECK(draft.errorField() == QStringLiteral("startDoseMg"));
    CHECK(draft.errorText().contains(QStringLiteral("15 mg")));
    CHECK(draft.preview()->rowCount() == 0);
    CHECK(draft.save(true) == 0);
    CHECK(f.diary().plans(true).isEmpty());
    // the form that would make it is one tap away, and then step 1 is exactly 15 mg
    REQUIRE(draft.hasSuggestion());
    CHECK_FALSE(draft.suggestionButtonText().isEmpty());
    draft.applySuggestion();
    REQUIRE(draft.valid());
    CHECK(role(*draft.preview(), 0, PlanStepModel::DoseMgRole).toDouble() == Approx(15));
    CHECK(draft.startDose() == QStringLiteral("15"));
    draft.undoSuggestion();
    CHECK(draft.errorField() == QStringLiteral("startDoseMg"));
    draft.setStartDose(QStringLiteral("20"));
    CHECK(draft.valid());
    CHECK(role(*draft.preview(), 0, PlanStepModel::DoseMgRole).toDouble() == Approx(20));
}

TEST_CASE(
    "Guidance beside the method has its source; model words only where the model applies", "[app][plan][warnings]")
{
    AppFixture f;
    const qint64 id = addCitalopramWithLiquid(f.diary());
    PlanDraft draft;
    draft.setDrugId(id);
    draft.setStartDose(QStringLiteral("20"));
    draft.setMethod(QStringLiteral("percent"));
    draft.setStepSize(QStringLiteral("10"));
    REQUIRE(draft.valid());
    CHECK_FALSE(draft.guidanceLines().isEmpty());
    CHECK(draft.guidanceLines().join(u' ').contains(QStringLiteral("10")));
    CHECK(draft.guidanceSource().contains(QStringLiteral("Horowitz")));
    REQUIRE(draft.save(true) > 0);

    PlanController plans;
    const QVariantMap percent = plans.plans()->get(0);
    CHECK(percent.value(QStringLiteral("fitText")).toString().isEmpty()); // no Emax/ED50 on a percent plan
    CHECK(percent.value(QStringLiteral("guidanceSource")).toString().contains(QStringLiteral("Horowitz")));
    REQUIRE(plans.archive(percent.value(QStringLiteral("planId")).toLongLong()));

    PlanDraft hyper;
    hyper.setDrugId(id);
    hyper.setStartDose(QStringLiteral("20"));
    hyper.setStepSize(QStringLiteral("5"));
    REQUIRE(hyper.save(true) > 0);
    const QString fit = plans.plans()->get(0).value(QStringLiteral("fitText")).toString();
    CHECK(fit.startsWith(QStringLiteral("Occupancy is the modelled effect on the serotonin transporter")));
    CHECK(fit.indexOf(QStringLiteral("serotonin transporter")) < fit.indexOf(QStringLiteral("Emax")));
}

TEST_CASE("A step that lasts longer than the interval says so and why", "[app][plan][warnings]")
{
    AppFixture f;
    const qint64 id = addCitalopramTablets(f.diary());
    PlanDraft draft;
    issuePlan(draft, id);
    draft.setStepSize(QStringLiteral("3"));
    REQUIRE(draft.valid());
    const PlanStepModel &m = *draft.preview();
    int merged = 0;
    for (int i = 0; i < m.rowCount(); ++i) {
        const QString days = role(m, i, PlanStepModel::DaysTextRole).toString();
        const bool longer = !days.isEmpty() && days != QStringLiteral("28 days");
        const QString note = role(m, i, PlanStepModel::KeptLongerTextRole).toString();
        CHECK(longer == !note.isEmpty());
        merged += longer ? 1 : 0;
    }
    CHECK(merged > 0); // 3 points a step cannot be made with these tablets every time
}

TEST_CASE("PlanListModel: a change to one plan updates its row only; the other plan's row and steps stay untouched",
    "[app][plan]")
{
    AppFixture f;
    PlanController plans;
    const qint64 citalopram = savedPlan(f);
    PlanDraft draft;
    draft.setDrugId(f.diary().addDrug(QStringLiteral("Sertraline")).id);
    draft.setMethod(QStringLiteral("percent"));
    draft.setStartDose(QStringLiteral("50"));
    draft.setStartDate(QStringLiteral("2026-03-01"));
    draft.setStepSize(QStringLiteral("10"));
    REQUIRE(draft.valid());
    const qint64 sertraline = draft.save(true); // its 10 % cuts near the end are bigger: confirmed
    INFO(draft.errorText().toStdString());
    REQUIRE(sertraline > 0);

    PlanListModel *model = plans.plans();
    QAbstractItemModelTester tester(model, kFatal);
    REQUIRE(model->rowCount() == 2);
    const int rowA = model->rowOf(citalopram);
    const int rowB = model->rowOf(sertraline);
    REQUIRE(rowA >= 0);
    REQUIRE(rowB >= 0);
    const QPersistentModelIndex indexB = model->index(rowB);
    PlanStepModel *stepsB = plans.stepsOf(sertraline);
    REQUIRE(stepsB);

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy stepsBChanged(stepsB, &QAbstractItemModel::dataChanged);
    QSignalSpy stepsBReset(stepsB, &QAbstractItemModel::modelReset);

    REQUIRE(plans.hold(citalopram, 10));
    CHECK(reset.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(moved.isEmpty());
    REQUIRE(changed.size() == 1); // A's row, once
    CHECK(changed.first().at(0).toModelIndex().row() == rowA);
    CHECK(changed.first().at(1).toModelIndex().row() == rowA);
    const auto roles = changed.first().at(2).value<QList<int>>();
    CHECK(roles.contains(PlanListModel::PlanRole));
    CHECK(roles.contains(PlanListModel::StatusTextRole)); // "Step 1 of n: 20 mg until" a date 10 days later
    CHECK_FALSE(roles.contains(PlanListModel::DrugNameRole));
    CHECK(indexB.row() == rowB);
    CHECK(stepsBChanged.isEmpty()); // B's steps told nothing
    CHECK(stepsBReset.isEmpty());
    CHECK(plans.stepsOf(sertraline) == stepsB);
    CHECK(model->get(rowA).value(QStringLiteral("statusText")).toString().contains(QStringLiteral("until")));

    // archiving A removes its row alone; B keeps its row object
    REQUIRE(plans.archive(citalopram));
    CHECK(removed.size() == 1);
    CHECK(reset.isEmpty());
    CHECK(model->rowCount() == 1);
    CHECK(model->get(0).value(QStringLiteral("planId")).toLongLong() == sertraline);
    CHECK(stepsBChanged.isEmpty());
}
