// SPDX-License-Identifier: GPL-3.0-or-later
// The trajectory model: hand-made diaries with known answers, and golden series for the demo.
#include "demogenerator.h"
#include "diary.h"
#include "planner/dosetimes.h"
#include "storedplan.h"
#include "testsupport.h"
#include "trajectory.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace waymark;
using namespace waymark::test;
using namespace waymark::trajectory;

namespace {

const QDate kStart(2026, 1, 1);

/** 20 mg for 20 days, then 10 mg; load 2 before, 8 on days 3..10 after the cut, then 2 again. */
std::unique_ptr<Diary> oneWave(const TempFolder &dir, int gapDay = -1)
{
    auto diary = Diary::create(dir.file(QStringLiteral("w.waymark")), kPassphrase, testClock());
    const Drug cit = diary->addDrug(QStringLiteral("Citalopram"));
    diary->batch([&] {
        for (int d = 0; d < 60; ++d) {
            if (d == gapDay)
                continue;
            const QDate date = kStart.addDays(d);
            diary->logDose({ date, QTime(8, 0), cit.id, d < 20 ? 20000 : 10000, {}, {}, false });
            const int sinceCut = d - 20;
            const bool wave = sinceCut >= 3 && sinceCut <= 10;
            diary->setRating(date, QStringLiteral("dizziness"), wave ? 4 : 1);
            diary->setRating(date, QStringLiteral("brain_zaps"), wave ? 4 : 1);
            diary->setRating(date, QStringLiteral("insomnia"), 0);
            if (d == 25)
                diary->setNote(date, QStringLiteral("bad day"));
        }
    });
    return diary;
}

} // namespace

TEST_CASE("daily series: load, symptoms present, rolling mean, doses and occupancy", "[trajectory]")
{
    TempFolder dir;
    auto diary = oneWave(dir, 5);
    const Trajectory t = build(*diary);
    REQUIRE(t.first == kStart);
    REQUIRE(t.days() == 60);
    CHECK(t.load[0] == 2);
    CHECK(t.present[0] == 2);
    CHECK(std::isnan(t.load[5])); // the day nothing was logged
    CHECK(t.load[23] == 8);
    CHECK(std::isnan(t.loadMean7[2])); // fewer than 4 days so far
    CHECK(t.loadMean7[10] == Approx(2)); // 6 logged days of 2
    CHECK(t.loadMean7[26] == Approx((8.0 * 4 + 2 * 3) / 7));

    REQUIRE(t.drugs.size() == 1);
    const DrugSeries &cit = t.drugs.first();
    CHECK(cit.takenMg[0] == 20);
    CHECK(cit.takenMg[30] == 10);
    CHECK(cit.occupancyPct[0] == Approx(75.2).margin(0.05)); // the reference's check value
    CHECK(cit.occupancyPct[30] == Approx(68.1).margin(0.05));

    int reductions = 0, notes = 0;
    for (const Marker &m : t.markers) {
        if (m.kind == MarkerKind::Reduction) {
            ++reductions;
            CHECK(m.date == kStart.addDays(20));
            REQUIRE(m.changes.size() == 1);
            CHECK(m.changes.first().drugName == QLatin1String("Citalopram"));
            CHECK(m.changes.first().fromMg == 20);
            CHECK(m.changes.first().toMg == 10);
            CHECK(m.changes.first().planStep == 0); // found in the logged doses
        }
        if (m.kind == MarkerKind::Note)
            ++notes;
    }
    CHECK(reductions == 1);
    CHECK(notes == 1);
}

TEST_CASE("a symptom group or chosen symptoms can be charted alone", "[trajectory]")
{
    TempFolder dir;
    auto diary = oneWave(dir);
    CHECK(build(*diary, {}, {}, { { QStringLiteral("brain_zaps") }, {} }).load[23] == 4);
    CHECK(build(*diary, {}, {}, { {}, QStringLiteral("Balance") }).load[0] == 1);
    CHECK(build(*diary, {}, {}, { {}, QStringLiteral("Sleep") }).present[23] == 0);
}

TEST_CASE("reduction response: onset, settling and the sentence", "[trajectory]")
{
    TempFolder dir;
    auto diary = oneWave(dir);
    const ReductionResponse r = reductionResponse(build(*diary));
    REQUIRE(r.lines.size() == 1);
    const ReductionLine &l = r.lines.first();
    CHECK(l.baseline == 2);
    CHECK(l.onsetDay == 3);
    CHECK(l.settleDay == 11);
    CHECK(l.load[0] == 2); // day -7
    CHECK(l.load[7 + 3] == 8); // day 3
    CHECK(r.median[7 + 5] == 8);
    CHECK(r.sentence
        == QLatin1String("After the last reduction, symptoms rose on median day 3 and settled by median day "
                         "11. Symptoms were logged on 47 of the 47 days around it."));
}

TEST_CASE("waves and the calm windows between them", "[trajectory]")
{
    TempFolder dir;
    auto diary = oneWave(dir);
    const Waves w = findWaves(build(*diary));
    REQUIRE(w.waves.size() == 1);
    // Exactly the days of the wave: the 3-day means around them are above baseline 2 + margin 2.
    CHECK(w.waves.first().start == kStart.addDays(23));
    CHECK(w.waves.first().end == kStart.addDays(30));
    CHECK(w.windows.isEmpty());
    CHECK(w.sentence.startsWith(QStringLiteral("1 wave")));
}

// Golden series for the demo diary (seed 1, 240 days to 2026-03-15). After an intended change,
// regenerate with: WAYMARK_REGENERATE=1 build/tests/core/waymark_core_tests "[golden]"
// and review the diff of tests/data/trajectory/ before committing it.
TEST_CASE("the demo diary's series match the committed reference", "[trajectory][golden]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("demo.waymark")), kPassphrase, testClock());
    generateDemo(*diary, { 240, 1, QDate(2026, 3, 15) });
    const Trajectory t = build(*diary);
    const ReductionResponse r = reductionResponse(t, 0);
    const Waves w = findWaves(t);

    auto num = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'f', 3); };
    QString series;
    QTextStream s(&series);
    s << "date,load,present,load_mean7,wellbeing,sleep_h";
    for (const DrugSeries &d : t.drugs)
        s << ',' << d.name.toLower() << "_mg";
    s << ",sertraline_occupancy_pct,wave_baseline\n";
    REQUIRE(t.drugs[1].name == QLatin1String("Sertraline"));
    for (int i = 0; i < t.days(); ++i) {
        s << t.dateAt(i).toString(Qt::ISODate) << ',' << num(t.load[i]) << ',' << num(t.present[i]) << ','
          << num(t.loadMean7[i]) << ',' << num(t.wellbeing[i]) << ',' << num(t.sleepHours[i]);
        for (const DrugSeries &d : t.drugs)
            s << ',' << num(d.takenMg[i]);
        s << ',' << num(t.drugs[1].occupancyPct[i]) << ',' << num(w.baseline[i]) << '\n';
    }
    QString response;
    QTextStream rs(&response);
    rs << "offset,median";
    for (const ReductionLine &l : r.lines)
        rs << ',' << l.date.toString(Qt::ISODate);
    rs << '\n';
    for (int k = 0; k < ReductionResponse::offsetCount(); ++k) {
        rs << k + ReductionResponse::kFromOffset << ',' << num(r.median[k]);
        for (const ReductionLine &l : r.lines)
            rs << ',' << num(l.load[k]);
        rs << '\n';
    }
    QString summary;
    QTextStream ss(&summary);
    for (const ReductionLine &l : r.lines)
        ss << "reduction " << l.date.toString(Qt::ISODate) << " baseline " << num(l.baseline) << " onset "
           << (l.onsetDay ? QString::number(*l.onsetDay) : QStringLiteral("-")) << " settle "
           << (l.settleDay ? QString::number(*l.settleDay) : QStringLiteral("-")) << '\n';
    ss << r.sentence << '\n';
    ss << reductionResponse(t, 5).sentence << '\n';
    for (const Period &p : w.waves)
        ss << "wave " << p.start.toString(Qt::ISODate) << ' ' << p.end.toString(Qt::ISODate) << '\n';
    ss << w.sentence << '\n';
    s.flush();
    rs.flush();
    ss.flush();

    const QString folder = QStringLiteral(WAYMARK_TEST_DATA_DIR "/trajectory/");
    const QList<QPair<QString, QString>> files = { { QStringLiteral("demo-series.csv"), series },
        { QStringLiteral("demo-reduction-response.csv"), response }, { QStringLiteral("demo-summary.txt"), summary } };
    for (const auto &[name, text] : files) {
        if (qEnvironmentVariableIsSet("WAYMARK_REGENERATE")) {
            QDir().mkpath(folder);
            writeBytes(folder + name, text.toUtf8());
        }
        INFO("reference file " << name.toStdString());
        CHECK(QString::fromUtf8(readBytes(folder + name)) == text);
    }
}

// ----------------------------------------------------------------- golden cases: what counts as a reduction

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

const QStringList &loadKeys()
{
    static const QStringList keys
        = { QStringLiteral("dizziness"), QStringLiteral("brain_zaps"), QStringLiteral("insomnia"),
              QStringLiteral("anxiety"), QStringLiteral("irritability"), QStringLiteral("fatigue") };
    return keys;
}

/** Rates the day so that its load is `load` (spread over six symptoms, 4 at most each); NaN rates nothing. */
void rateLoad(Diary &diary, const QDate &date, double load)
{
    if (std::isnan(load))
        return;
    int left = int(load);
    for (const QString &key : loadKeys()) {
        const int s = std::min(4, left);
        diary.setRating(date, key, s);
        left -= s;
    }
}

/** Logs a day's total as `parts` equal doses (several doses a day); NaN logs none. */
void logTotal(Diary &diary, qint64 drugId, const QDate &date, double totalMg, int parts = 1)
{
    if (std::isnan(totalMg))
        return;
    const qint64 ug = qint64(std::llround(totalMg * 1000.0));
    for (int k = 0; k < parts; ++k)
        diary.logDose({ date, QTime(8 + 6 * k, 0), drugId, ug / parts + (k == 0 ? ug % parts : 0), {}, {}, false });
}

QList<Marker> reductions(const Trajectory &t)
{
    return t.markersOf(MarkerKind::Reduction);
}

} // namespace

TEST_CASE("held drops: one missed or partial dose and alternating doses are not drops", "[trajectory][reductions]")
{
    auto series = [](std::initializer_list<std::pair<int, double>> runs) {
        QVector<double> v;
        for (const auto &[days, mg] : runs)
            for (int i = 0; i < days; ++i)
                v.append(mg);
        return v;
    };
    // A forgotten dose (20, 20, 20, 10, 20, ...) and a forgotten day (0).
    QVector<double> missed = series({ { 10, 20 }, { 1, 10 }, { 10, 20 }, { 1, 0 }, { 10, 20 } });
    CHECK(heldDrops(missed).isEmpty());
    // Alternating 10 / 5 mg for weeks.
    QVector<double> alternating;
    for (int i = 0; i < 60; ++i)
        alternating.append(i % 2 ? 5 : 10);
    CHECK(heldDrops(alternating).isEmpty());
    // From 10 daily to alternating is not a drop either: the level does not stay below 10.
    CHECK(heldDrops(series({ { 14, 10 } }) + alternating).isEmpty());

    // A real cut, found once on the day it happened, with a partial log just after it.
    QVector<double> cut = series({ { 14, 20 }, { 1, 10 }, { 1, 5 }, { 12, 10 } });
    const QList<Drop> d = heldDrops(cut);
    REQUIRE(d.size() == 1);
    CHECK(d.first().index == 14);
    CHECK(d.first().before == 20);
    CHECK(d.first().after == 10);
    // Unknown days (NaN) are skipped, not zero.
    cut[16] = kNone;
    cut[17] = kNone;
    REQUIRE(heldDrops(cut).size() == 1);
    // Too recent to tell: the cut needs 3 logged days from it.
    CHECK(heldDrops(series({ { 14, 20 }, { 2, 10 } })).isEmpty());
    CHECK(heldDrops(series({ { 14, 20 }, { 3, 10 } })).size() == 1);
    // One day back at the old dose in the week after still holds; two do not.
    CHECK(heldDrops(series({ { 14, 20 }, { 2, 10 }, { 1, 20 }, { 10, 10 } })).size() == 1);
    QVector<double> twoBack = series({ { 14, 20 }, { 2, 10 }, { 1, 20 }, { 1, 10 }, { 1, 20 }, { 10, 10 } });
    const QList<Drop> late = heldDrops(twoBack);
    REQUIRE(late.size() == 1); // found once, on the first day from which it held (one slip allowed)
    CHECK(late.first().index == 17);
}

TEST_CASE("held drops over many made-up tapers: each real cut found once, near its day, and nothing else",
    "[trajectory][reductions][property]")
{
    // Tapers of 300 days: cuts of 5-25 % every 14-35 days, the day's total taken as 1-3 doses of
    // which each is forgotten now and then, some days with nothing logged, some tapers
    // alternating two doses for a while (no cut). Seeded: the same shapes every run.
    std::mt19937 rng(20260315);
    std::uniform_real_distribution<double> u(0, 1);
    int cutsSeen = 0, judgedTotal = 0;
    for (int diary = 0; diary < 300; ++diary) {
        const int dosesPerDay = 1 + int(u(rng) * 3);
        const double missDose = u(rng) * 0.04;
        const double missDay = u(rng) * 0.05;
        QVector<double> totals;
        QList<int> cuts;
        QList<QPair<double, double>> levels; // each cut's dose before and after
        double level = 10 + std::round(u(rng) * 40);
        int nextCut = 14 + int(u(rng) * 21);
        int alternateUntil = -1;
        for (int day = 0; day < 300; ++day) {
            if (day == nextCut) {
                const double was = level;
                level = std::round(level * (0.75 + u(rng) * 0.2) * 10) / 10;
                cuts.append(day);
                levels.append({ was, level });
                nextCut = day + 14 + int(u(rng) * 22);
                if (u(rng) < 0.2)
                    alternateUntil = std::min(nextCut - 10, day + 40); // alternate after this cut
            }
            double today = level;
            const bool alternating = day > cuts.value(cuts.size() - 1, 0) + 9 && day < alternateUntil;
            if (alternating && day % 2)
                today = level * 0.5; // alternate-day lower dose: not a cut
            if (alternating) {
                // Alternating doses are logged in full here: a forgotten dose in the first week of
                // alternating (e.g. 20, 10, -, 10, 20, 10, 0, 10) does leave six of seven days below
                // the week before, which the 7-day definition reads as a drop.
                totals.append(today);
                continue;
            }
            if (u(rng) < missDay) {
                totals.append(std::numeric_limits<double>::quiet_NaN());
                continue;
            }
            double taken = 0;
            for (int k = 0; k < dosesPerDay; ++k)
                if (u(rng) >= missDose)
                    taken += today / dosesPerDay;
            totals.append(taken);
        }
        const QList<Drop> drops = heldDrops(totals);
        INFO("diary " << diary << ", cuts " << cuts.size() << ", drops " << drops.size());
        // The last cut may be too recent to tell.
        const QList<int> judged = cuts.last() > 293 ? cuts.mid(0, cuts.size() - 1) : cuts;
        for (const Drop &d : drops) {
            const bool nearCut
                = std::any_of(cuts.begin(), cuts.end(), [&](int c) { return d.index >= c && d.index <= c + 3; });
            INFO("drop on day " << d.index);
            CHECK(nearCut);
        }
        judgedTotal += int(judged.size());
        for (int k = 0; k < judged.size(); ++k) {
            const int c = judged[k];
            const auto found = std::find_if(
                drops.begin(), drops.end(), [&](const Drop &d) { return d.index >= c && d.index <= c + 3; });
            INFO("cut on day " << c);
            REQUIRE(found != drops.end());
            CHECK(std::count_if(drops.begin(), drops.end(), [&](const Drop &d) {
                return d.index >= c && d.index <= c + 3;
            }) == 1);
            CHECK(found->before == Approx(levels[k].first)); // the doses, not dragged down by forgotten ones
            CHECK(found->after == Approx(levels[k].second));
            cutsSeen += found->index == c; // most are found on their very day
        }
    }
    INFO("cuts found on their day: " << cutsSeen << " of " << judgedTotal);
    CHECK(judgedTotal > 3000);
    CHECK(cutsSeen >= judgedTotal * 90 / 100); // the others 1-3 days late: the cut day itself not logged or partial
}

TEST_CASE("a diary with a forgotten dose, a forgotten day and a gap has no reduction", "[trajectory][reductions]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("m.waymark")), kPassphrase, testClock());
    const Drug ser = diary->addDrug(QStringLiteral("Sertraline"));
    diary->batch([&] {
        for (int d = 0; d < 40; ++d) {
            const QDate date = kStart.addDays(d);
            if (d == 30)
                continue; // nothing logged at all
            // 20 mg a day as two doses of 10; on day 15 one of them was forgotten, on day 25 both.
            logTotal(*diary, ser.id, date, d == 15 ? 10 : d == 25 ? kNone : 20, d == 15 ? 1 : 2);
            rateLoad(*diary, date, 3);
        }
    });
    const Trajectory t = build(*diary);
    REQUIRE(t.days() == 40);
    CHECK(t.drugs.first().takenMg[0] == 20); // a day's total is the sum of its doses
    CHECK(t.drugs.first().takenMg[15] == 10);
    CHECK(std::isnan(t.drugs.first().takenMg[25]));
    CHECK(std::isnan(t.load[30]));
    CHECK(reductions(t).isEmpty());
    CHECK(reductionResponse(t).lines.isEmpty());
}

TEST_CASE("alternating 10 / 5 mg is no reduction; settling on 5 mg is one", "[trajectory][reductions]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("a.waymark")), kPassphrase, testClock());
    const Drug dz = diary->addDrug(QStringLiteral("Diazepam"));
    diary->batch([&] {
        for (int d = 0; d < 70; ++d) {
            const QDate date = kStart.addDays(d);
            const double mg = d < 20 ? 10 : d < 50 ? (d % 2 ? 10 : 5) : 5;
            logTotal(*diary, dz.id, date, mg);
            rateLoad(*diary, date, 2);
        }
    });
    const QList<Marker> cuts = reductions(build(*diary));
    REQUIRE(cuts.size() == 1);
    // Day 48 took 5 mg, day 49 one last 10 mg, then 5 mg: from day 48 the level held at 5 (one slip allowed).
    CHECK(cuts.first().date == kStart.addDays(48));
    REQUIRE(cuts.first().changes.size() == 1);
    CHECK(cuts.first().changes.first().fromMg == 10);
    CHECK(cuts.first().changes.first().toMg == 5);
}

TEST_CASE("two drugs cut on one day are one reduction listing both", "[trajectory][reductions]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("t.waymark")), kPassphrase, testClock());
    const Drug ser = diary->addDrug(QStringLiteral("Sertraline"));
    const Drug dz = diary->addDrug(QStringLiteral("Diazepam"));
    diary->batch([&] {
        for (int d = 0; d < 80; ++d) {
            const QDate date = kStart.addDays(d);
            logTotal(*diary, ser.id, date, d < 30 ? 50 : 37.5, 2);
            logTotal(*diary, dz.id, date, d < 30 ? 5 : 4);
            const int since = d - 30;
            rateLoad(*diary, date, since >= 3 && since <= 10 ? 9 : 2);
        }
    });
    const Trajectory t = build(*diary);
    const QList<Marker> cuts = reductions(t);
    REQUIRE(cuts.size() == 1);
    CHECK(cuts.first().date == kStart.addDays(30));
    REQUIRE(cuts.first().changes.size() == 2);
    for (const DoseChange &c : cuts.first().changes) {
        CHECK(c.planStep == 0);
        if (c.drugId == ser.id) {
            CHECK(c.drugName == QLatin1String("Sertraline"));
            CHECK(c.fromMg == 50);
            CHECK(c.toMg == 37.5);
        } else {
            CHECK(c.drugId == dz.id);
            CHECK(c.fromMg == 5);
            CHECK(c.toMg == 4);
        }
    }

    const ReductionResponse r = reductionResponse(t);
    REQUIRE(r.lines.size() == 1); // counted once in the median
    CHECK(r.lines.first().drugIds.size() == 2);
    CHECK(r.lines.first().drugIds.contains(ser.id));
    CHECK(r.lines.first().drugIds.contains(dz.id));
    CHECK(r.sentence.startsWith(QStringLiteral("After the last reduction, symptoms rose on median day 3")));
}

TEST_CASE("switch stages to diazepam are switch events, not reductions", "[trajectory][reductions][switch]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("s.waymark")), kPassphrase, testClock());
    const Drug alp = diary->addDrug(QStringLiteral("Alprazolam"));
    const QDate start = kStart.addDays(28);
    const StoredSwitch sw = diary->recordSwitch(alp.id, 1.0, start, 4, 7, QStringLiteral("S2"), true);
    const qint64 dz = sw.diazepamDrugId;
    const auto &stages = sw.crossover.stages;
    REQUIRE(stages.size() == 5);
    diary->batch([&] {
        for (int d = 0; d < 100; ++d) {
            const QDate date = kStart.addDays(d);
            if (date < start) {
                logTotal(*diary, alp.id, date, 1.0, 2);
            } else {
                // The stage of the day, as the person took it; after the switch a diazepam cut on day 70.
                const auto &st = *std::find_if(
                    stages.rbegin(), stages.rend(), [&](const planner::CrossoverStage &s) { return s.start <= date; });
                if (st.fromMg > 0)
                    logTotal(*diary, alp.id, date, st.fromMg, 2);
                logTotal(*diary, dz, date, d >= 70 ? st.diazepamMg - 1 : st.diazepamMg);
            }
            rateLoad(*diary, date, 2);
        }
    });
    const Trajectory t = build(*diary);
    const QList<Marker> switchStages = t.markersOf(MarkerKind::SwitchStage);
    REQUIRE(switchStages.size() == 4);
    for (int k = 0; k < 4; ++k) {
        const Marker &m = switchStages[k];
        CHECK(m.date == stages[k + 1].start);
        CHECK(m.switchId == sw.id);
        CHECK(m.stage == k + 1);
        CHECK(m.stageCount == 4);
        REQUIRE(m.changes.size() == 2);
        CHECK(m.changes[0].drugId == alp.id);
        CHECK(m.changes[0].fromMg == stages[k].fromMg);
        CHECK(m.changes[0].toMg == stages[k + 1].fromMg);
        CHECK(m.changes[1].drugName == QLatin1String("Diazepam"));
        CHECK(m.changes[1].toMg == stages[k + 1].diazepamMg);
    }
    // The alprazolam drops during the switch are not reductions; the diazepam cut after it is.
    const QList<Marker> cuts = reductions(t);
    REQUIRE(cuts.size() == 1);
    CHECK(cuts.first().date == kStart.addDays(70));
    CHECK(cuts.first().changes.first().drugId == dz);
    CHECK(reductionResponse(t).lines.size() == 1);
}

TEST_CASE("a plan step is a reduction on its start when the logged doses follow it", "[trajectory][reductions][plan]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("p.waymark")), kPassphrase, testClock());
    const Drug cit = diary->addDrug(QStringLiteral("Citalopram"));
    Formulation liquid;
    liquid.drugId = cit.id;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 2;
    liquid.syringeMl = 0.1;
    diary->addFormulation(liquid);
    planner::Plan plan = diary->planTemplate(cit.id);
    plan.method = planner::Method::Linear;
    plan.startDoseMg = 20;
    plan.startDate = kStart.addDays(14);
    plan.intervalDays = 14;
    plan.stepSize = 5;
    const StoredPlan saved = diary->savePlan(cit.id, plan);
    const auto &steps = saved.schedule.steps;
    REQUIRE(steps.size() >= 4);
    REQUIRE(steps[1].doseMg == 15);
    REQUIRE(steps[2].doseMg == 10);
    diary->batch([&] {
        for (int d = 0; d < 84; ++d) {
            const QDate date = kStart.addDays(d);
            // Follows step 2 on its day, step 3 one day late, then stays on 10 mg (step 4 not followed).
            double mg = 20;
            if (date >= steps[1].start)
                mg = 15;
            if (date >= steps[2].start.addDays(1))
                mg = 10;
            logTotal(*diary, cit.id, date, mg, 2);
            rateLoad(*diary, date, 2);
        }
    });
    const QList<Marker> cuts = reductions(build(*diary));
    REQUIRE(cuts.size() == 2);
    CHECK(cuts[0].date == steps[1].start);
    CHECK(cuts[0].changes.first().planStep == 2);
    CHECK(cuts[0].changes.first().fromMg == 20);
    CHECK(cuts[0].changes.first().toMg == 15);
    CHECK(cuts[1].date == steps[2].start); // the day-late logged drop is that step, not another reduction
    CHECK(cuts[1].changes.first().planStep == 3);
    CHECK(cuts[1].changes.first().toMg == 10);
}

// ----------------------------------------------------------------- golden cases: waves and gaps

TEST_CASE("a long plateau of high load is one wave, not the new usual", "[trajectory][waves]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("w.waymark")), kPassphrase, testClock());
    diary->batch([&] {
        for (int d = 0; d < 160; ++d)
            rateLoad(*diary, kStart.addDays(d), d < 60 ? 2 : 10);
    });
    Waves w = findWaves(build(*diary));
    REQUIRE(w.waves.size() == 1);
    CHECK(w.waves.first().start == kStart.addDays(60));
    CHECK(w.waves.first().end == kStart.addDays(159));
    CHECK(w.waves.first().days() == 100);
    CHECK(w.windows.isEmpty());
    CHECK(w.baseline[159] == 2); // the plateau never became "usual"
    CHECK(w.sentence
        == QLatin1String("1 wave of symptoms above your usual level, lasting 100 days; it is still going "
                         "on (160 of 160 days logged)."));

    // Back to calm: the wave ends, and a second one is measured against the same calm level.
    diary->batch([&] {
        for (int d = 160; d < 200; ++d)
            rateLoad(*diary, kStart.addDays(d), 2);
        for (int d = 200; d < 210; ++d)
            rateLoad(*diary, kStart.addDays(d), 7);
        for (int d = 210; d < 230; ++d)
            rateLoad(*diary, kStart.addDays(d), 2);
    });
    w = findWaves(build(*diary));
    REQUIRE(w.waves.size() == 2);
    CHECK(w.waves[0].end == kStart.addDays(159));
    CHECK(w.waves[1].start == kStart.addDays(200));
    CHECK(w.waves[1].end == kStart.addDays(209));
    REQUIRE(w.windows.size() == 1);
    CHECK(w.windows.first().days() == 40);
}

TEST_CASE("days without a log are gaps, \"no symptoms\" days are load 0, and the sentences count logged days",
    "[trajectory][waves][gaps]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("g.waymark")), kPassphrase, testClock());
    const Drug ser = diary->addDrug(QStringLiteral("Sertraline"));
    int logged = 0;
    diary->batch([&] {
        for (int d = 0; d < 90; ++d) {
            const QDate date = kStart.addDays(d);
            if (d == 0 || d == 89 || d % 7 < 4) {
                ++logged;
                if (d % 10 == 3) {
                    // "No symptoms today": every symptom rated 0.
                    for (const Symptom &s : diary->symptoms())
                        diary->setRating(date, s.key, 0);
                } else {
                    rateLoad(*diary, date, 3);
                }
            } else if (d % 7 == 5) {
                logTotal(*diary, ser.id, date, 50); // a dose but no symptoms: not a logged symptom day
            }
        }
    });
    const Trajectory t = build(*diary);
    REQUIRE(t.days() == 90);
    CHECK(t.loggedDays(0, 89) == logged);
    CHECK(t.load[3] == 0); // rated "none" on every symptom
    CHECK(std::isnan(t.load[5])); // only a dose
    CHECK(std::isnan(t.load[6])); // nothing at all
    const Waves w = findWaves(t);
    CHECK(w.loggedDays == logged);
    CHECK(w.sentence.endsWith(QStringLiteral("(%1 of 90 days logged).").arg(logged)));
}

TEST_CASE("a step back to the previous dose is an increase; the cut before it ends there and the cut after it is "
          "a return",
    "[trajectory][reductions][plan][stepback]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("b.waymark")), kPassphrase, testClock());
    const Drug alp = diary->addDrug(QStringLiteral("Alprazolam"));
    for (double strength : { 0.25, 0.5 }) {
        Formulation f;
        f.drugId = alp.id;
        f.strengthMg = strength;
        f.splitParts = 2;
        diary->addFormulation(f);
    }
    planner::Plan plan = diary->planTemplate(alp.id);
    plan.method = planner::Method::Percent;
    plan.startDoseMg = 1.5;
    plan.startDate = kStart.addDays(14);
    plan.intervalDays = 14;
    plan.stepSize = 10;
    plan.finalDoseMg = 0.25;
    plan.doseTimes = planner::parseDoseTimes(QStringLiteral("08:00=0.5,14:00=0.5,22:00=0.5"));
    const StoredPlan saved = diary->savePlan(alp.id, plan);
    // Symptoms rose after step 3; on its 4th day the prescriber agreed to go back to step 2's dose for 21 days.
    const QDate back = saved.schedule.steps[2].start.addDays(3);
    const StoredPlan adjusted = diary->adjustPlan(saved.id, planner::Adjustment::stepBack(back, 21));
    const auto &steps = adjusted.schedule.steps;
    REQUIRE(steps[3].stepBack);
    REQUIRE(steps[4].resumed);
    diary->batch([&] {
        for (int d = 0; d < 120; ++d) {
            const QDate date = kStart.addDays(d);
            const auto i = adjusted.schedule.stepOn(date);
            const double mg = i ? steps[*i].doseMg : 1.5;
            logTotal(*diary, alp.id, date, mg, 3);
            rateLoad(*diary, date, date >= steps[2].start && date < back.addDays(10) ? 9 : 2);
        }
    });
    const Trajectory t = build(*diary);
    const QList<Marker> ups = t.markersOf(MarkerKind::Increase);
    REQUIRE(ups.size() == 1);
    CHECK(ups[0].date == back);
    CHECK(ups[0].changes.first().fromMg == Approx(1.25));
    CHECK(ups[0].changes.first().toMg == Approx(1.375));
    const QList<Marker> cuts = reductions(t);
    REQUIRE(cuts.size() >= 3);
    CHECK(cuts[1].date == steps[2].start);
    CHECK(cuts[2].date == steps[4].start);
    CHECK(cuts[2].changes.first().afterStepBack);
    CHECK_FALSE(cuts[1].changes.first().afterStepBack);
    // The cut of step 3: its line ends on day 3, when the step back began.
    const ReductionResponse r = reductionResponse(t, 0);
    const auto line = std::find_if(
        r.lines.begin(), r.lines.end(), [&](const ReductionLine &l) { return l.date == steps[2].start; });
    REQUIRE(line != r.lines.end());
    REQUIRE(line->stepBackDay.has_value());
    CHECK(*line->stepBackDay == 3);
    CHECK(std::isnan(line->load[-ReductionResponse::kFromOffset + 3]));
    CHECK_FALSE(std::isnan(line->load[-ReductionResponse::kFromOffset + 2]));
    CHECK(line->onsetDay == 1);
    CHECK_FALSE(line->settleDay);
    // Step 2's cut rose too (with step 3, on its day 14) and the step back came inside its six weeks as well.
    CHECK(r.steppedBack == 2);
    CHECK(r.sentence.contains(QStringLiteral("2 were followed by a step back to the previous dose")));
}
