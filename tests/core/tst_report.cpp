// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician summary's numbers on a hand-built diary: several doses a day, two drugs, a plan,
// a gap in the log, a day off the plan, a safety item and a note marked for the prescriber.
#include "diary.h"
#include "errors.h"
#include "report/clinicalsummary.h"
#include "report/drughistory.h"
#include "storedplan.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::test;

namespace {

const QDate kFrom(2026, 2, 1);
const QDate kTo(2026, 2, 28);

void dose(Diary &diary, qint64 drugId, const QDate &date, int hour, double mg)
{
    diary.logDose({ date, QTime(hour, 0), drugId, qint64(std::llround(mg * 1000)), {}, {}, false });
}

struct Built
{
    std::unique_ptr<Diary> diary;
    Drug cit, dz;
};

/**
 * Citalopram on a linear plan from 20 mg (15 Jan, 14-day steps of 5 mg: 15 mg from 29 Jan, 10 mg
 * from 12 Feb, 5 mg from 26 Feb, stop from 12 Mar), taken as two doses a day and followed until
 * 20 Feb; 15 mg on 21 Feb; a day logged without it on 22 Feb; nothing at all logged 23-25 Feb;
 * then 10 mg in one dose (the plan says 5). Diazepam 5 mg every logged evening. Dizziness rated
 * every logged day (2 until 10 Feb, then 3); suicidal thoughts moderate on 15 Feb, mild on 16 Feb.
 */
Built makeDiary(const TempFolder &tmp)
{
    Built b;
    b.diary = Diary::create(tmp.file(QStringLiteral("r.wmk")), kPassphrase, testClock());
    Diary &d = *b.diary;
    b.cit = d.addDrug(QStringLiteral("Citalopram"));
    b.dz = d.addDrug(QStringLiteral("Diazepam"));
    Formulation liquid;
    liquid.drugId = b.cit.id;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 2;
    liquid.syringeMl = 0.1;
    d.addFormulation(liquid);
    planner::Plan plan = d.planTemplate(b.cit.id);
    plan.method = planner::Method::Linear;
    plan.startDoseMg = 20;
    plan.startDate = QDate(2026, 1, 15);
    plan.intervalDays = 14;
    plan.stepSize = 5;
    plan.finalDoseMg = 5;
    d.savePlan(b.cit.id, plan);

    for (QDate day(2026, 1, 20); day <= kTo; day = day.addDays(1)) {
        if (day >= QDate(2026, 2, 23) && day <= QDate(2026, 2, 25))
            continue; // nothing logged
        if (day <= QDate(2026, 1, 28)) {
            dose(d, b.cit.id, day, 8, 10);
            dose(d, b.cit.id, day, 20, 10);
        } else if (day <= QDate(2026, 2, 11)) {
            dose(d, b.cit.id, day, 8, 7.5);
            dose(d, b.cit.id, day, 20, 7.5);
        } else if (day <= QDate(2026, 2, 20)) {
            dose(d, b.cit.id, day, 8, 5);
            dose(d, b.cit.id, day, 20, 5);
        } else if (day == QDate(2026, 2, 21)) {
            dose(d, b.cit.id, day, 8, 15);
        } else if (day >= QDate(2026, 2, 26)) {
            dose(d, b.cit.id, day, 9, 10);
        }
        dose(d, b.dz.id, day, 22, 5);
        d.setRating(day, QStringLiteral("dizziness"), day <= QDate(2026, 2, 10) ? 2 : 3);
    }
    d.setRating(QDate(2026, 2, 15), QStringLiteral("suicidal_thoughts"), 2);
    d.setRating(QDate(2026, 2, 16), QStringLiteral("suicidal_thoughts"), 1);
    d.setNote(QDate(2026, 2, 5), QStringLiteral("Dizzy on the stairs; asked the GP about it."));
    d.setNoteForPrescriber(QDate(2026, 2, 5), true);
    d.setNote(QDate(2026, 2, 6), QStringLiteral("A quiet day."));
    return b;
}

report::Summary summaryOf(const Diary &diary, unsigned sections = report::AllSections)
{
    report::Options o;
    o.from = kFrom;
    o.to = kTo;
    o.today = QDate(2026, 3, 15);
    o.sections = sections;
    return report::buildSummary(diary, o);
}

} // namespace

TEST_CASE("report: days logged, drugs taken now and where the plan is", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    const report::Summary s = summaryOf(*b.diary);

    CHECK(s.asOf == kTo); // "today" is after the range: the range's last day is "now"
    CHECK(s.daysInRange == 28);
    CHECK(s.daysLogged == 25);
    CHECK(s.daysSymptomsLogged == 25);

    REQUIRE(s.drugsNow.size() == 2);
    const auto cit
        = std::find_if(s.drugsNow.begin(), s.drugsNow.end(), [](const auto &d) { return d.name == "Citalopram"; });
    REQUIRE(cit != s.drugsNow.end());
    CHECK(cit->dailyMg == Approx(10));
    CHECK(cit->lastDay == kTo);
    CHECK(cit->doses == QStringList { QStringLiteral("10 mg at 09:00") });
    const auto dz
        = std::find_if(s.drugsNow.begin(), s.drugsNow.end(), [](const auto &d) { return d.name == "Diazepam"; });
    REQUIRE(dz != s.drugsNow.end());
    CHECK(dz->dailyMg == Approx(5));
    CHECK(dz->equivalent.isEmpty()); // diazepam is its own reference

    REQUIRE(s.plans.size() == 1);
    const report::PlanNow &p = s.plans.first();
    CHECK(p.drugName == QStringLiteral("Citalopram"));
    CHECK(p.step == 4);
    CHECK(p.doseMg == Approx(5));
    CHECK(p.stepStart == QDate(2026, 2, 26));
    CHECK(p.nextChange == QDate(2026, 3, 12));
    REQUIRE(p.nextDoseMg);
    CHECK(*p.nextDoseMg == Approx(0));
    CHECK(p.text.contains(QStringLiteral("step 4 of 5")));
}

TEST_CASE("report: doses against the plan, with the gap neither missed nor as planned", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    const report::Summary s = summaryOf(*b.diary);

    REQUIRE(s.adherence.size() == 1); // diazepam has no plan
    const report::AdherenceDrug &a = s.adherence.first();
    CHECK(a.drugName == QStringLiteral("Citalopram"));
    CHECK(a.plannedDays == 28);
    CHECK(a.notLogged == 3); // 23-25 Feb
    CHECK(a.asPlanned == 20); // 1-11 Feb at 15 mg, 12-20 Feb at 10 mg (two doses each)
    CHECK(a.missed == 1); // 22 Feb
    CHECK(a.higher == 4); // 21 Feb (15 for 10) and 26-28 Feb (10 for 5)
    CHECK(a.lower == 0);
    REQUIRE(s.deviations.size() == 5);
    CHECK(s.deviations.first().date == QDate(2026, 2, 21));
    CHECK(s.deviations.first().takenMg == Approx(15));
    CHECK(s.deviations.first().plannedMg == Approx(10));
    CHECK(s.deviations[1].date == QDate(2026, 2, 22));
    CHECK(s.deviations[1].takenMg == 0);
}

TEST_CASE("report: symptoms, their trend, safety items and notes for the prescriber", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    const report::Summary s = summaryOf(*b.diary);

    REQUIRE(!s.mostFrequent.isEmpty());
    const report::SymptomStat &dizzy = s.mostFrequent.first();
    CHECK(dizzy.key == QStringLiteral("dizziness"));
    CHECK(dizzy.daysPresent == 25);
    CHECK(dizzy.maxSeverity == 3);
    CHECK(dizzy.maxOn == kTo);
    CHECK(dizzy.trend.startsWith(QStringLiteral("rising"))); // mean 2.3 in the first half, 3 in the second
    CHECK(s.mostSevere.first().key == QStringLiteral("dizziness"));

    // Moderate or worse only: the mild rating the day after is not a safety item.
    REQUIRE(s.safety.size() == 1);
    CHECK(s.safety.first().date == QDate(2026, 2, 15));
    CHECK(s.safety.first().severity == 2);
    CHECK(report::severityName(s.safety.first().severity) == QStringLiteral("moderate"));

    REQUIRE(s.prescriberNotes.size() == 1);
    CHECK(s.prescriberNotes.first().date == QDate(2026, 2, 5));
    CHECK(s.prescriberNotes.first().text == QStringLiteral("Dizzy on the stairs; asked the GP about it."));
}

TEST_CASE("report: the day-by-day and weekly tables", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    const report::Summary s = summaryOf(*b.diary);

    const qsizetype cit = s.drugColumns.indexOf(QStringLiteral("Citalopram"));
    const qsizetype dz = s.drugColumns.indexOf(QStringLiteral("Diazepam"));
    REQUIRE(cit >= 0);
    REQUIRE(dz >= 0);
    REQUIRE(s.days.size() == 26); // 25 logged days and one row for the 3 days without anything
    const report::DayRow &first = s.days.first();
    CHECK(first.date == kFrom);
    CHECK(first.logged);
    CHECK(*first.takenMg[cit] == Approx(15));
    CHECK(first.doseCount[cit] == 2);
    CHECK(*first.plannedMg[cit] == Approx(15));
    CHECK(*first.takenMg[dz] == Approx(5));
    CHECK(!first.plannedMg[dz]);
    CHECK(*first.load == Approx(2));
    const auto gap = std::find_if(s.days.begin(), s.days.end(), [](const auto &r) { return !r.logged; });
    REQUIRE(gap != s.days.end());
    CHECK(gap->date == QDate(2026, 2, 23));
    CHECK(gap->endDate == QDate(2026, 2, 25));
    const auto safetyDay
        = std::find_if(s.days.begin(), s.days.end(), [](const auto &r) { return r.date == QDate(2026, 2, 15); });
    CHECK(safetyDay->safety);
    CHECK(*safetyDay->load == Approx(5)); // dizziness 3 + suicidal thoughts 2
    const auto noted
        = std::find_if(s.days.begin(), s.days.end(), [](const auto &r) { return r.date == QDate(2026, 2, 5); });
    CHECK(noted->forPrescriber);
    CHECK(noted->note == QStringLiteral("Dizzy on the stairs; asked the GP about it."));

    // Without note excerpts, no note text reaches the table.
    const report::Summary quiet = summaryOf(*b.diary, report::AllSections & ~report::NoteExcerpts);
    for (const report::DayRow &r : quiet.days)
        CHECK(r.note.isEmpty());

    REQUIRE(s.weeks.size() == 4);
    CHECK(s.weeks[0].start == kFrom);
    CHECK(s.weeks[0].ratedDays == 7);
    CHECK(s.weekColumns.first() == QStringLiteral("Dizziness"));
    CHECK(*s.weeks[0].meanSeverity.first() == Approx(2.0));
    CHECK(s.weeks[3].ratedDays == 4); // 22 Feb and 26-28 Feb
    CHECK(*s.weeks[3].meanSeverity.first() == Approx(3.0));
}

TEST_CASE("report: the reductions in the range and the sources", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    const report::Summary s = summaryOf(*b.diary);
    REQUIRE(s.reductionsInRange.size() == 1);
    CHECK(s.reductionsInRange.first().startsWith(QStringLiteral("2026-02-12: Citalopram 15 mg → 10 mg (plan step 3)")));
    bool s1 = false;
    for (const report::Source &src : s.sources)
        s1 = s1 || (src.key == QStringLiteral("S1") && src.text.contains(QStringLiteral("Sørensen")));
    CHECK(s1); // the plan's modelled occupancy comes with its source
}

TEST_CASE("report: a range that ends before it starts is refused", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    report::Options o;
    o.from = kTo;
    o.to = kFrom;
    CHECK_THROWS_AS(report::buildSummary(*b.diary, o), Error);
    try {
        report::buildSummary(*b.diary, o);
    } catch (const Error &e) {
        CHECK(e.field() == QStringLiteral("to"));
    }
}

TEST_CASE("report: the default range is since the first plan began, at least three months", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    // The plan began on 15 Jan 2026: from 15 Mar that is less than three months back.
    auto r = report::defaultRange(*b.diary, QDate(2026, 3, 15));
    CHECK(r.first == QDate(2025, 12, 16));
    CHECK(r.second == QDate(2026, 3, 15));
    r = report::defaultRange(*b.diary, QDate(2026, 9, 1));
    CHECK(r.first == QDate(2026, 1, 15));
}

TEST_CASE("report: the drug history lists each change that held and the dose now", "[report]")
{
    TempFolder tmp;
    const Built b = makeDiary(tmp);
    const QString text = report::drugHistoryText(*b.diary, kTo);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Citalopram\n  2026-01-20  first logged: 20 mg a day")));
    CHECK(text.contains(QStringLiteral("2026-01-29  20 mg → 15 mg a day (plan step 2)")));
    CHECK(text.contains(QStringLiteral("2026-02-12  15 mg → 10 mg a day (plan step 3)")));
    // 15 mg on 21 Feb and none on 22 Feb: two days off 10 mg in a row, so the run starts again on 26 Feb.
    CHECK(text.contains(QStringLiteral("now: 10 mg a day, since 2026-02-26 (last logged on 2026-02-28)")));
    CHECK(text.contains(
        QStringLiteral("Diazepam\n  2026-01-20  first logged: 5 mg a day\n  now: 5 mg a day, since 2026-01-20")));
    CHECK(text.contains(report::noAdviceSentence()));
}

TEST_CASE("report: a plan with dose times says which dose changes at each step, and the supply for 8 weeks",
    "[report][times]")
{
    TempFolder tmp;
    auto diary = Diary::create(tmp.file(QStringLiteral("t.wmk")), kPassphrase, testClock());
    const Drug alp = diary->addDrug(QStringLiteral("Alprazolam"));
    planner::Plan plan = diary->planTemplate(alp.id);
    plan.method = planner::Method::Percent;
    plan.startDoseMg = 1.5;
    plan.startDate = QDate(2026, 3, 1);
    plan.intervalDays = 14;
    plan.stepSize = 10;
    plan.finalDoseMg = 0.25;
    plan.doseTimes = { { QTime(8, 0), 0.5 }, { QTime(14, 0), 0.5 }, { QTime(22, 0), 0.5 } };
    diary->savePlan(alp.id, plan);
    report::Options o;
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 3, 15);
    o.today = QDate(2026, 3, 15);
    const report::Summary s = report::buildSummary(*diary, o);
    REQUIRE(s.plans.size() == 1);
    const report::PlanNow &p = s.plans.first();
    REQUIRE(p.timesLines.size() >= 3);
    CHECK(p.timesLines.at(0) == QStringLiteral("Step 1, from 2026-03-01: 08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.5 mg"));
    CHECK(p.timesLines.at(1)
        == QStringLiteral("Step 2, from 2026-03-15: 08:00 0.5 mg · 14:00 0.5 mg · 22:00 0.375 mg — evening (22:00) "
                          "dose 0.5 → 0.375 mg; morning and afternoon unchanged"));
    CHECK(p.supplyHeading
        == QStringLiteral("Supply for the next 8 weeks (2026-03-15 to 2026-05-09, 56 days, with a 10 % margin)"));
    REQUIRE_FALSE(p.supplyLines.isEmpty());
    for (const QString &line : p.supplyLines)
        CHECK(line.contains(QStringLiteral(" mg tablet")));
}

TEST_CASE("report: our words in each source's entry are the ones translated", "[report][i18n]")
{
    // Each source ends with Waymark's own note (translated in the German summary, the citation
    // before it never is): a SOURCES.md edited without the note in clinicalsummary.cpp fails here.
    const QHash<QString, QString> texts = report::sourceTexts();
    REQUIRE(report::sourceNotes().size() == 5);
    for (const auto &[key, note] : report::sourceNotes()) {
        INFO(key.toStdString());
        REQUIRE(texts.contains(key));
        CHECK(texts.value(key).endsWith(QString::fromUtf8(note)));
        if (key != QLatin1String("S5")) // S5 is product labelling in general, all in our words
            CHECK(texts.value(key).size() > QString::fromUtf8(note).size() + 10); // a citation before it
    }
}
