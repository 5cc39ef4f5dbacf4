// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlayout.h"
#include "demogenerator.h"
#include "diary.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace waymark;
using namespace waymark::chart;
using namespace waymark::test;

TEST_CASE("nice ticks and bounds", "[chart]")
{
    CHECK(LinearScale::niceCeil(37) == 40);
    CHECK(LinearScale::niceCeil(4) == 4);
    CHECK(LinearScale::niceCeil(0.7) == Approx(0.8));
    const LinearScale s(0, 40, 100, 0);
    CHECK(s.map(20) == 50);
    CHECK(s.invert(25) == 30);
    const auto ticks = s.ticks(4);
    REQUIRE(ticks.size() == 5);
    CHECK(ticks[1].label == QLatin1String("10"));
    CHECK(ticks[1].pos == 75);
}

TEST_CASE("time ticks adapt from days to years", "[chart]")
{
    const TimeScale week(QDate(2026, 3, 1), QDate(2026, 3, 7), 0, 700);
    CHECK(week.pixelsPerDay() == 100);
    CHECK(week.map(QDate(2026, 3, 1)) == 50);
    CHECK(week.invert(150) == QDate(2026, 3, 2));
    CHECK(week.ticks(60).size() == 7);
    const TimeScale year(QDate(2025, 1, 1), QDate(2025, 12, 31), 0, 1200);
    const auto months = year.ticks(70);
    CHECK(months.size() == 12);
    CHECK(months.first().label == QLatin1String("Jan 2025"));
    CHECK(months[1].label == QLatin1String("Feb"));
    const TimeScale decades(QDate(1996, 6, 1), QDate(2026, 5, 31), 0, 1200);
    const auto years = decades.ticks(80);
    CHECK(years.size() >= 5);
    CHECK(years.size() <= 16);
    CHECK(years.first().label.size() == 4);
}

TEST_CASE("decimation keeps every local peak and trough and bounds the points per column", "[chart]")
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0, 40);
    QVector<double> values(11000);
    for (double &v : values)
        v = u(rng);
    values[5000] = std::nan(""); // a gap breaks the line
    const double width = 1000;
    const LinearScale y(0, 40, 400, 0);
    const auto xOf = [&](int i) { return (i + 0.5) * width / values.size(); };
    const auto paths = decimate(values, 0, int(values.size()) - 1, xOf, y);
    REQUIRE(paths.size() == 2);
    int points = 0;
    for (const auto &p : paths)
        points += int(p.size());
    CHECK(points <= 4 * int(width) + 8);

    // For every pixel column, the extreme values drawn equal the extremes of the data in it.
    QMap<int, QPair<double, double>> data, drawn;
    for (int i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const int col = int(std::floor(xOf(i)));
        auto it = data.find(col);
        const double py = y.map(values[i]);
        if (it == data.end())
            data.insert(col, { py, py });
        else
            *it = { std::min(it->first, py), std::max(it->second, py) };
    }
    for (const auto &p : paths)
        for (const QPointF &pt : p) {
            const int col = int(std::floor(pt.x()));
            auto it = drawn.find(col);
            if (it == drawn.end())
                drawn.insert(col, { pt.y(), pt.y() });
            else
                *it = { std::min(it->first, pt.y()), std::max(it->second, pt.y()) };
        }
    CHECK(drawn == data);
}

TEST_CASE("few days: every day is drawn as it is", "[chart]")
{
    const QVector<double> values { 1, 3, 2 };
    const LinearScale y(0, 4, 40, 0);
    const auto paths = decimate(
        values, 0, 2, [](int i) { return i * 100.0; }, y);
    REQUIRE(paths.size() == 1);
    CHECK(paths.first() == QVector<QPointF> { { 0, 30 }, { 100, 10 }, { 200, 20 } });
}

TEST_CASE("step lines hold a dose until it changes, across unlogged days", "[chart]")
{
    const double nan = std::nan("");
    const QVector<double> mg { 20, 20, nan, 10, 10 };
    const LinearScale y(0, 20, 100, 0);
    const auto paths = stepLine(
        mg, 0, 4, [](int i) { return i * 10.0 + 5; }, 10, y);
    REQUIRE(paths.size() == 1);
    CHECK(paths.first() == QVector<QPointF> { { 0, 0 }, { 30, 0 }, { 30, 50 }, { 50, 50 } });
}

TEST_CASE("step lines break at gaps of more than two days and end with the last known day", "[chart]")
{
    const double nan = std::nan("");
    const QVector<double> mg { 20, nan, nan, 20, nan, nan, nan, 10, nan, nan };
    const LinearScale y(0, 20, 100, 0);
    const auto paths = stepLine(
        mg, 0, 9, [](int i) { return i * 10.0 + 5; }, 10, y);
    REQUIRE(paths.size() == 2);
    CHECK(paths[0] == QVector<QPointF> { { 0, 0 }, { 40, 0 } }); // held across two unknown days
    CHECK(paths[1] == QVector<QPointF> { { 70, 50 }, { 80, 50 } }); // not drawn through the 3-day gap, nor past day 7
}

TEST_CASE("days without a log are gaps in the load line, never zero", "[chart][gaps]")
{
    trajectory::Trajectory t;
    t.first = QDate(2026, 1, 1);
    t.last = QDate(2026, 1, 10);
    const double nan = std::nan("");
    t.load = { 3, 4, 0, nan, nan, 5, 6, nan, 2, 3 }; // day 2: "no symptoms" (logged, load 0)
    t.present = t.load;
    t.loadMean7 = QVector<double>(10, nan);
    t.wellbeing = QVector<double>(10, nan);
    t.sleepHours = QVector<double>(10, nan);
    Spec spec;
    spec.size = { 800, 400 };
    spec.hidden = { QStringLiteral("mean7"), QStringLiteral("wellbeing"), QStringLiteral("sleep") };
    for (const double width : { 800.0, 60.0 }) { // dots when days are wide, a line when narrow
        spec.size.setWidth(width);
        const Layout l = layoutMain(t, {}, spec);
        REQUIRE(l.series.size() == 1);
        const SeriesLayout &load = l.series.first();
        CHECK(load.key == QLatin1String("load"));
        REQUIRE(load.paths.size() == 3); // broken at both gaps
        int points = 0;
        for (const auto &path : load.paths)
            for (const QPointF &p : path) {
                ++points;
                const QDate day = l.x.invert(p.x());
                const int i = t.indexOf(day);
                INFO(day.toString(Qt::ISODate).toStdString());
                REQUIRE_FALSE(std::isnan(t.load[i])); // nothing drawn on an unlogged day
                CHECK(p.y() == Approx(l.symptoms.map(t.load[i])));
            }
        if (width >= 800)
            CHECK(points == 7); // every logged day, the "no symptoms" day at 0 included
    }
}

TEST_CASE("reduction and switch markers carry each drug's doses", "[chart]")
{
    trajectory::Trajectory t;
    t.first = QDate(2026, 1, 1);
    t.last = QDate(2026, 1, 31);
    t.load = QVector<double>(31, 2);
    t.present = t.loadMean7 = t.wellbeing = t.sleepHours = t.load;
    trajectory::Marker cut { QDate(2026, 1, 10), trajectory::MarkerKind::Reduction, 0,
        { { 1, QStringLiteral("Sertraline"), 50, 37.5, 2 }, { 2, QStringLiteral("Diazepam"), 5, 4, 0 } }, 0, 0, 0 };
    trajectory::Marker stage { QDate(2026, 1, 20), trajectory::MarkerKind::SwitchStage, 0,
        { { 3, QStringLiteral("Alprazolam"), 1, 0.75, 0 }, { 2, QStringLiteral("Diazepam"), 0, 5, 0 } }, 7, 1, 4 };
    t.markers = { cut, stage };
    const Layout l = layoutMain(t, {}, {});
    REQUIRE(l.markers.size() == 2);
    CHECK(l.markers[0].kind == trajectory::MarkerKind::Reduction);
    CHECK(l.markers[0].label == QStringLiteral("Sertraline 50 → 37.5 mg, Diazepam 5 → 4 mg"));
    CHECK(l.markers[1].kind == trajectory::MarkerKind::SwitchStage);
    CHECK(l.markers[1].label == QStringLiteral("Switch stage 1 of 4: Alprazolam 1 → 0.75 mg, Diazepam 0 → 5 mg"));
}

TEST_CASE("the main chart puts each series where the model says", "[chart]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("c.waymark")), kPassphrase, testClock());
    generateDemo(*diary, { 365, 1, QDate(2026, 3, 15) });
    const auto t = trajectory::build(*diary);
    const auto w = trajectory::findWaves(t);
    Spec spec;
    spec.size = { 1280, 800 };
    const Layout l = layoutMain(t, w, spec);
    REQUIRE_FALSE(l.empty);
    CHECK(l.doseTitle == QLatin1String("Dose, % of highest")); // two drugs
    CHECK_FALSE(l.bands.isEmpty());
    CHECK(l.pointCount() < 8 * int(l.plot.width()));

    // The bold mean line passes through (x(day), y(mean)) for a day in the middle.
    const int i = t.days() / 2;
    const QDate day = t.dateAt(i);
    REQUIRE_FALSE(std::isnan(t.loadMean7[i]));
    const SeriesLayout *mean = nullptr;
    for (const SeriesLayout &s : l.series)
        if (s.key == QLatin1String("mean7"))
            mean = &s;
    REQUIRE(mean);
    bool found = false;
    for (const auto &path : mean->paths)
        for (const QPointF &p : path)
            if (std::abs(p.x() - l.x.map(day)) < 0.01 && std::abs(p.y() - l.symptoms.map(t.loadMean7[i])) < 0.01)
                found = true;
    CHECK(found);

    // Hiding one drug switches the dose axis to that drug's mg.
    Spec one = spec;
    one.hidden
        = { QStringLiteral("taken:%1").arg(t.drugs[0].drugId), QStringLiteral("planned:%1").arg(t.drugs[0].drugId) };
    CHECK(layoutMain(t, w, one).doseTitle == QLatin1String("Sertraline, mg"));

    // A 4-week window of the same trajectory.
    Spec month = spec;
    month.first = QDate(2026, 2, 16);
    month.last = QDate(2026, 3, 15);
    const Layout m = layoutMain(t, w, month);
    CHECK(m.x.map(QDate(2026, 2, 16)) == Approx(m.plot.left() + m.x.pixelsPerDay() / 2));
    for (const MarkerLayout &mk : m.markers)
        CHECK(mk.date >= month.first);
}

TEST_CASE("reduction response layout: one faint line per reduction and the median", "[chart]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("r.waymark")), kPassphrase, testClock());
    generateDemo(*diary, { 240, 1, QDate(2026, 3, 15) });
    const auto r = trajectory::reductionResponse(trajectory::build(*diary), 5);
    const Layout l = layoutReductionResponse(r, {});
    CHECK(l.series.size() == r.lines.size() + 1);
    CHECK(l.series.last().key == QLatin1String("median"));
    CHECK(l.xTicks.size() == 8);
}

TEST_CASE("a wider layout with the visible range's symptom axis draws the same points, shifted", "[chart]")
{
    // What the chart item's cached series layer relies on: laid out over more days at the same
    // pixels per day and with the visible range's axis, each point sits at the same height and a
    // whole number of days further right.
    trajectory::Trajectory t;
    t.first = QDate(2026, 1, 1);
    t.last = QDate(2026, 4, 10);
    const int n = int(t.first.daysTo(t.last)) + 1;
    t.load = QVector<double>(n, 3);
    for (int i = 0; i < n; ++i)
        t.load[i] = 3 + (i % 7) + (i == 24 ? 40 : 0); // a peak on 25 January: in the wide range only
    t.present = t.load;
    t.loadMean7 = t.wellbeing = t.sleepHours = QVector<double>(n, std::nan(""));
    Spec visible;
    visible.size = { 700, 300 };
    visible.first = QDate(2026, 2, 1);
    visible.last = QDate(2026, 2, 28);
    visible.hidden = { QStringLiteral("mean7"), QStringLiteral("wellbeing"), QStringLiteral("sleep") };
    const Layout v = layoutMain(t, {}, visible);
    Spec wide = visible;
    wide.first = QDate(2026, 1, 18);
    wide.last = QDate(2026, 3, 14);
    wide.loadMax = v.symptoms.domainMax();
    wide.size.setWidth(visible.size.width() + 28 * v.x.pixelsPerDay());
    const Layout w = layoutMain(t, {}, wide);
    CHECK(w.symptoms.domainMax() == v.symptoms.domainMax()); // not raised by the peak on 25 January
    wide.loadMax = 0;
    CHECK(layoutMain(t, {}, wide).symptoms.domainMax() > v.symptoms.domainMax()); // which it would be otherwise
    CHECK(w.x.pixelsPerDay() == Approx(v.x.pixelsPerDay()));
    const QDate day(2026, 2, 10);
    CHECK(w.x.map(day) - v.x.map(day) == Approx(14 * v.x.pixelsPerDay()));
    CHECK(w.symptoms.map(t.load[t.indexOf(day)]) == Approx(v.symptoms.map(t.load[t.indexOf(day)])));
}
