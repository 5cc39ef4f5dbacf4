// SPDX-License-Identifier: GPL-3.0-or-later
// The trajectory model: hand-made diaries with known answers, and golden series for the demo.
#include "demogenerator.h"
#include "diary.h"
#include "testsupport.h"
#include "trajectory.h"

#include <QFile>
#include <QTextStream>
#include <catch2/catch.hpp>
#include <cmath>

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
            diary->logDose({date, QTime(8, 0), cit.id, d < 20 ? 20000 : 10000, {}, {}, false});
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
    CHECK(std::isnan(t.loadMean7[2]));   // fewer than 4 days so far
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
            CHECK(m.fromMg == 20);
            CHECK(m.toMg == 10);
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
    CHECK(build(*diary, {}, {}, {{QStringLiteral("brain_zaps")}, {}}).load[23] == 4);
    CHECK(build(*diary, {}, {}, {{}, QStringLiteral("Balance")}).load[0] == 1);
    CHECK(build(*diary, {}, {}, {{}, QStringLiteral("Sleep")}).present[23] == 0);
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
    CHECK(l.load[0] == 2);                         // day -7
    CHECK(l.load[7 + 3] == 8);                     // day 3
    CHECK(r.median[7 + 5] == 8);
    CHECK(r.sentence == QLatin1String("After the last reduction, symptoms rose on median day 3 and settled by median day 11."));
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
    generateDemo(*diary, {240, 1, QDate(2026, 3, 15)});
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
    const QList<QPair<QString, QString>> files = {{QStringLiteral("demo-series.csv"), series},
                                                  {QStringLiteral("demo-reduction-response.csv"), response},
                                                  {QStringLiteral("demo-summary.txt"), summary}};
    for (const auto &[name, text] : files) {
        if (qEnvironmentVariableIsSet("WAYMARK_REGENERATE")) {
            QDir().mkpath(folder);
            writeBytes(folder + name, text.toUtf8());
        }
        INFO("reference file " << name.toStdString());
        CHECK(QString::fromUtf8(readBytes(folder + name)) == text);
    }
}
