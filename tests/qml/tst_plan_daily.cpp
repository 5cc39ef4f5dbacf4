// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 in the app: Today's planned doses at each time (one tap logs each), usual doses from
// a drug's dose times, and the Plan page's day-to-day controller (supply, calendar, step back).
#include "appfixture.h"
#include "daycontroller.h"
#include "druglistmodel.h"
#include "medicinefacts.h"
#include "plandailycontroller.h"
#include "plandraft.h"
#include "planner/dosetimes.h"
#include "planswitch.h"
#include "storedplan.h"
#include "undostack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace waymark;

namespace {

/** Alprazolam 0.5 mg at 08:00, 14:00 and 22:00 from 2026-03-01, 10 % every 14 days (today, 2026-03-15, is step 2). */
qint64 alprazolamPlan(AppFixture &f)
{
    const Drug alp = f.diary().addDrug(QStringLiteral("Alprazolam"));
    planner::Plan p = f.diary().planTemplate(alp.id);
    p.method = planner::Method::Percent;
    p.startDoseMg = 1.5;
    p.startDate = QDate(2026, 3, 1);
    p.intervalDays = 14;
    p.stepSize = 10;
    p.finalDoseMg = 0.25;
    p.doseTimes = planner::parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.5"));
    return f.diary().savePlan(alp.id, p).id;
}

} // namespace

TEST_CASE("Today: the planned dose at each time, which dose changed, and one tap logs each time", "[app][plan][day]")
{
    AppFixture f;
    const qint64 planId = alprazolamPlan(f);
    DayController day;
    REQUIRE(day.plannedDoses().size() == 1);
    const QVariantMap row = day.plannedDoses().first().toMap();
    CHECK(row.value(QStringLiteral("amountText")).toString() == QStringLiteral("1.375 mg"));
    CHECK(row.value(QStringLiteral("timesText")).toString()
        == QStringLiteral("08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg"));
    CHECK(row.value(QStringLiteral("changeText")).toString()
        == QStringLiteral("evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged"));
    const qint64 drugId = row.value(QStringLiteral("drugId")).toLongLong();
    REQUIRE(day.logPlannedDose(drugId));
    const QList<DoseEvent> logged = f.diary().doses(QDate(2026, 3, 15));
    REQUIRE(logged.size() == 3);
    CHECK(logged[0].time == QTime(8, 0));
    CHECK(logged[0].micrograms == 500);
    CHECK(logged[2].time == QTime(22, 0));
    CHECK(logged[2].micrograms == 375);
    // One step to undo.
    Session::instance()->undoStack().undo();
    CHECK(f.diary().doses(QDate(2026, 3, 15)).isEmpty());
    (void)planId;
}

TEST_CASE("Today: each time of a plan's day is logged on its own, as the day goes", "[app][plan][day]")
{
    AppFixture f;
    alprazolamPlan(f);
    DayController day;
    const auto rows = [&] { return day.plannedDoses().first().toMap().value(QStringLiteral("timeRows")).toList(); };
    REQUIRE(rows().size() == 3);
    CHECK(rows()[2].toMap().value(QStringLiteral("time")).toString() == QStringLiteral("22:00"));
    CHECK(rows()[2].toMap().value(QStringLiteral("amountText")).toString() == QStringLiteral("0.375 mg"));
    CHECK(rows()[2].toMap().value(QStringLiteral("howToMake")).toString().contains(QStringLiteral("0.25 mg")));
    const qint64 drugId = day.plannedDoses().first().toMap().value(QStringLiteral("drugId")).toLongLong();
    // the morning dose in the morning: only that one is logged, the others are still offered
    REQUIRE(day.logPlannedDose(drugId, false, QStringLiteral("08:00")));
    QList<DoseEvent> logged = f.diary().doses(QDate(2026, 3, 15));
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].time == QTime(8, 0));
    CHECK(logged[0].micrograms == 500);
    CHECK(rows()[0].toMap().value(QStringLiteral("logged")).toBool());
    CHECK_FALSE(rows()[1].toMap().value(QStringLiteral("logged")).toBool());
    REQUIRE(day.logPlannedDose(drugId, false, QStringLiteral("22:00")));
    logged = f.diary().doses(QDate(2026, 3, 15));
    REQUIRE(logged.size() == 2);
    CHECK(logged[1].time == QTime(22, 0));
    CHECK(logged[1].micrograms == 375);
    // a time the plan does not have is refused, nothing written
    CHECK_FALSE(day.logPlannedDose(drugId, false, QStringLiteral("12:00")));
    CHECK_FALSE(day.logPlannedDose(drugId, false, QStringLiteral("25:99")));
    CHECK(f.diary().doses(QDate(2026, 3, 15)).size() == 2);
    // each tap is its own undo step
    Session::instance()->undoStack().undo();
    CHECK(f.diary().doses(QDate(2026, 3, 15)).size() == 1);
}

TEST_CASE("Today: a drug's dose times are its usual doses", "[app][day]")
{
    AppFixture f;
    const qint64 sertraline = f.addSertraline();
    f.diary().setDoseTimes(sertraline, planner::parseDoseTimes(QStringLiteral("08:00=25,20:00=25")));
    DayController day;
    REQUIRE(day.usualDoses().size() == 1);
    CHECK(day.usualDoses().first().toMap().value(QStringLiteral("amountText")).toString()
        == QStringLiteral("50 mg a day: 08:00 25 mg · 20:00 25 mg"));
    REQUIRE(day.logUsualDose(sertraline));
    const QList<DoseEvent> logged = f.diary().doses(QDate(2026, 3, 15));
    REQUIRE(logged.size() == 2);
    CHECK(logged[1].time == QTime(20, 0));
    CHECK(logged[1].micrograms == 25000);
}

TEST_CASE(
    "PlanDailyController: doses across the day, supply with the margin, calendar, going back a step", "[app][plan]")
{
    AppFixture f;
    const qint64 planId = alprazolamPlan(f);
    PlanDailyController daily;
    daily.setPlanId(planId);
    CHECK(daily.hasTimes());
    REQUIRE(daily.timeSteps().size() > 5);
    const QVariantMap now = daily.timeSteps().at(1).toMap();
    CHECK(now.value(QStringLiteral("current")).toBool());
    CHECK(now.value(QStringLiteral("changeText")).toString().startsWith(QStringLiteral("evening (22:00) dose 0.5")));
    // Supply: 3 sections; the margin is the diary's (10 % unless set), and setting it is undoable.
    REQUIRE(daily.supply().size() == 3);
    CHECK(daily.marginPct() == 10);
    REQUIRE(daily.setMargin(QStringLiteral("0")));
    CHECK(daily.marginPct() == 0);
    // This step from today (2026-03-15 to 2026-03-28, 14 days): 2 × 0.5 mg and 3 halves of 0.25 mg a day.
    const QStringList lines = daily.supply().first().toMap().value(QStringLiteral("lines")).toStringList();
    CHECK(lines.contains(QStringLiteral("21 × 0.25 mg tablet (halves)")));
    CHECK(lines.contains(QStringLiteral("28 × 0.5 mg tablet (halves)")));
    CHECK_FALSE(daily.setMargin(QStringLiteral("150")));
    CHECK_FALSE(daily.errorText().isEmpty());
    Session::instance()->undoStack().undo();
    CHECK(daily.marginPct() == 10);
    // The calendar file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    REQUIRE(daily.exportCalendar(QUrl::fromLocalFile(path), false));
    QFile ics(path);
    REQUIRE(ics.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ics.readAll());
    CHECK(text.contains(QStringLiteral("SUMMARY:Waymark: step 2 begins\r\n")));
    CHECK_FALSE(text.contains(QStringLiteral("lprazolam")));
    // Going back a step needs the prescriber's agreement; then it is a step of its own, until released.
    REQUIRE(daily.canStepBack());
    CHECK(daily.stepBackText().startsWith(QStringLiteral("Back to 1.5 mg a day, step 1's dose")));
    CHECK_FALSE(daily.stepBack(0, false));
    CHECK(f.diary().plan(planId)->plan.adjustments.isEmpty());
    REQUIRE(daily.stepBack(0, true));
    const StoredPlan back = *f.diary().plan(planId);
    CHECK(back.schedule.waitingForRelease);
    CHECK(back.schedule.steps.last().stepBack);
    CHECK(back.schedule.steps.last().doseMg == Approx(1.5));
    CHECK_FALSE(daily.canStepBack()); // held at the previous dose until released
    Session::instance()->undoStack().undo();
    CHECK(f.diary().plan(planId)->plan.adjustments.isEmpty());
}

namespace {

int rowOf(const DrugListModel &m, qint64 drugId)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.data(m.index(i), DrugListModel::IdRole).toLongLong() == drugId)
            return i;
    return -1;
}

QVariantMap timeRow(const QString &time, const QString &mg)
{
    return { { QStringLiteral("time"), time }, { QStringLiteral("mg"), mg } };
}

} // namespace

TEST_CASE("Settings › Medicines: dose times typed, checked beside the field, saved and undone as one step",
    "[app][drugs][times]")
{
    AppFixture f;
    const qint64 alp = f.diary().addDrug(QStringLiteral("Alprazolam")).id;
    app::setDoseNow(f.diary(), alp, 1);
    DrugListModel model;
    const int row = rowOf(model, alp);
    REQUIRE(row >= 0);
    CHECK(model.data(model.index(row), DrugListModel::DoseTimesRole).toList().isEmpty());

    // As typed: out of order, "8am"; saved in the order of the day, and the dose now becomes their total.
    const QVariantList typed { timeRow(QStringLiteral("22:00"), QStringLiteral("0.5")),
        timeRow(QStringLiteral("8am"), QStringLiteral("0,5")),
        timeRow(QStringLiteral("14:00"), QStringLiteral("0.5")) };
    CHECK(model.doseTimesTotal(typed) == QStringLiteral("Adds up to 1.5 mg a day at 3 times."));
    REQUIRE(model.setDoseTimes(alp, typed));
    CHECK(model.error()->isEmpty());
    CHECK(planner::formatDoseTimes(f.diary().doseTimes(alp)) == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.5"));
    CHECK(app::doseNow(f.diary(), alp)->mg == Approx(1.5));
    CHECK(model.data(model.index(row), DrugListModel::DoseTimesTextRole).toString()
        == QStringLiteral("Times of day: 08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.5 mg"));
    const QVariantList shown = model.data(model.index(row), DrugListModel::DoseTimesRole).toList();
    REQUIRE(shown.size() == 3);
    CHECK(shown.first().toMap().value(QStringLiteral("time")).toString() == QStringLiteral("08:00"));
    // Today's usual dose follows the times.
    DayController day;
    REQUIRE(day.usualDoses().size() == 1);
    CHECK(day.usualDoses().first().toMap().value(QStringLiteral("amountText")).toString()
        == QStringLiteral("1.5 mg a day: 08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.5 mg"));

    // Bad input: a message beside the times of this medicine, nothing written.
    const auto refused = [&](const QVariantList &rows, const QString &part) {
        CHECK_FALSE(model.setDoseTimes(alp, rows));
        CHECK(model.error()->field() == QStringLiteral("doseTimes"));
        CHECK(model.errorDrugId() == alp);
        INFO(model.error()->text().toStdString());
        CHECK(model.error()->text().contains(part));
        CHECK(model.doseTimesTotal(rows).isEmpty());
        CHECK(f.diary().doseTimes(alp).size() == 3);
    };
    refused({ timeRow(QStringLiteral("25:00"), QStringLiteral("0.5")) }, QStringLiteral("Dose time 1"));
    refused({ timeRow(QStringLiteral("08:00"), QStringLiteral("0.5")), timeRow(QString(), QStringLiteral("0.5")) },
        QStringLiteral("Dose time 2: type the time of day"));
    refused({ timeRow(QStringLiteral("08:00"), QString()) }, QStringLiteral("type the mg taken then"));
    refused({ timeRow(QStringLiteral("08:00"), QStringLiteral("0")) }, QStringLiteral("above 0 mg"));
    refused({ timeRow(QStringLiteral("08:00"), QStringLiteral("0.5")),
                timeRow(QStringLiteral("8:00"), QStringLiteral("1")) },
        QStringLiteral("08:00 is given twice"));
    QVariantList nine;
    for (int h = 8; h < 17; ++h)
        nine.append(timeRow(QStringLiteral("%1:00").arg(h), QStringLiteral("0.25")));
    refused(nine, QStringLiteral("At most 8 dose times"));

    // Undo: the times and the dose now as they were, in one step; clearing is a step too.
    Session::instance()->undoStack().undo();
    CHECK(f.diary().doseTimes(alp).isEmpty());
    CHECK(app::doseNow(f.diary(), alp)->mg == Approx(1));
    Session::instance()->undoStack().redo();
    CHECK(f.diary().doseTimes(alp).size() == 3);
    REQUIRE(model.setDoseTimes(alp, {}));
    CHECK(f.diary().doseTimes(alp).isEmpty());
    CHECK(app::doseNow(f.diary(), alp)->mg == Approx(1.5));
}

TEST_CASE("PlanDraft: a new plan uses the medicine's dose times, one dose time at a time unless the person "
          "chooses even",
    "[app][plan][times]")
{
    AppFixture f;
    const qint64 alp = f.diary().addDrug(QStringLiteral("Alprazolam")).id;
    f.diary().setDoseTimes(alp, planner::parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.5")));
    PlanDraft draft;
    draft.reset(alp);
    REQUIRE(draft.drugId() == alp);
    CHECK(draft.hasDoseTimes());
    CHECK(draft.useDoseTimes());
    CHECK(draft.doseTimesText() == QStringLiteral("08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.5 mg"));
    CHECK(draft.startDose() == QStringLiteral("1.5"));
    CHECK(draft.spread() == QStringLiteral("one-at-a-time"));
    draft.setMethod(QStringLiteral("percent"));
    draft.setStepSize(QStringLiteral("10"));
    draft.setIntervalDays(QStringLiteral("14"));
    draft.setFinalDose(QStringLiteral("0.25"));
    REQUIRE(draft.valid());
    const PlanStepModel &preview = *draft.preview();
    REQUIRE(preview.rowCount() > 5);
    const auto at = [&](int r, PlanStepModel::Role role) { return preview.data(preview.index(r), role).toString(); };
    CHECK(at(0, PlanStepModel::TimesTextRole) == QStringLiteral("08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.5 mg"));
    CHECK(at(1, PlanStepModel::TimesTextRole) == QStringLiteral("08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg"));
    CHECK(at(1, PlanStepModel::TimesChangeRole)
        == QStringLiteral("evening (22:00) dose 0.5 → 0.375 mg; morning and afternoon unchanged"));

    // Even: every time is cut in the same step.
    draft.setSpread(QStringLiteral("even"));
    REQUIRE(draft.valid());
    const QStringList even = at(2, PlanStepModel::TimesTextRole).split(QStringLiteral(" · "));
    REQUIRE(even.size() == 3);
    CHECK_FALSE(even.contains(QStringLiteral("08:00 0.5 mg")));
    CHECK_FALSE(even.contains(QStringLiteral("22:00 0.5 mg")));
    draft.setSpread(QStringLiteral("one-at-a-time"));

    // A start dose other than the times' total: said beside the times, nothing to save.
    draft.setStartDose(QStringLiteral("2"));
    CHECK_FALSE(draft.valid());
    CHECK(draft.errorField() == QStringLiteral("doseTimes"));
    CHECK(draft.errorText().contains(QStringLiteral("add up to 1.5 mg")));
    // ...or one dose a day, without the times.
    draft.setUseDoseTimes(false);
    REQUIRE(draft.valid());
    CHECK(at(0, PlanStepModel::TimesTextRole).isEmpty());
    draft.setUseDoseTimes(true);
    draft.setStartDose(QStringLiteral("1.5"));
    REQUIRE(draft.valid());

    const qint64 id = draft.save(true);
    REQUIRE(id > 0);
    const StoredPlan saved = *f.diary().plan(id);
    CHECK(planner::formatDoseTimes(saved.plan.doseTimes) == QStringLiteral("08:00=0.5;14:00=0.5;22:00=0.5"));
    CHECK(saved.plan.spread == planner::Spread::OneAtATime);
    CHECK(saved.schedule.steps.at(1).timesChange.startsWith(QStringLiteral("evening (22:00) dose 0.5 → 0.375 mg")));
}

TEST_CASE("PlanSwitch: a medicine taken three times a day switches one dose time a stage", "[app][switch][times]")
{
    AppFixture f;
    const qint64 alp = f.diary().addDrug(QStringLiteral("Alprazolam")).id;
    f.diary().setDoseTimes(alp, planner::parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.5")));
    PlanSwitch sw;
    sw.setDrugId(alp);
    CHECK(sw.dose() == QStringLiteral("1.5")); // the usual doses: the dose times' total
    CHECK(sw.stages() == 3); // one stage per dose time
    sw.setSource(QStringLiteral("S2"));
    REQUIRE(sw.errorText().isEmpty());
    REQUIRE(sw.stagesList().size() == 4);
    CHECK(sw.stagesList().at(1).toMap().value(QStringLiteral("timesChange")).toString()
        == QStringLiteral("evening (22:00) dose 0.5 mg → 10 mg diazepam; morning and afternoon unchanged"));
    CHECK(sw.stagesList().at(3).toMap().value(QStringLiteral("diazepamText")).toString()
        == QStringLiteral("30 mg diazepam"));
    // Four stages are refused beside the field, saying why.
    sw.setStages(4);
    CHECK(sw.errorField() == QStringLiteral("stages"));
    CHECK(sw.errorText().contains(QStringLiteral("3 dose times")));
}
