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
            data.insert(col, {py, py});
        else
            *it = {std::min(it->first, py), std::max(it->second, py)};
    }
    for (const auto &p : paths)
        for (const QPointF &pt : p) {
            const int col = int(std::floor(pt.x()));
            auto it = drawn.find(col);
            if (it == drawn.end())
                drawn.insert(col, {pt.y(), pt.y()});
            else
                *it = {std::min(it->first, pt.y()), std::max(it->second, pt.y())};
        }
    CHECK(drawn == data);
}

TEST_CASE("few days: every day is drawn as it is", "[chart]")
{
    const QVector<double> values {1, 3, 2};
    const LinearScale y(0, 4, 40, 0);
    const auto paths = decimate(values, 0, 2, [](int i) { return i * 100.0; }, y);
    REQUIRE(paths.size() == 1);
    CHECK(paths.first() == QVector<QPointF>{{0, 30}, {100, 10}, {200, 20}});
}

TEST_CASE("step lines hold a dose until it changes, across unlogged days", "[chart]")
{
    const double nan = std::nan("");
    const QVector<double> mg {20, 20, nan, 10, 10};
    const LinearScale y(0, 20, 100, 0);
    const auto paths = stepLine(mg, 0, 4, [](int i) { return i * 10.0 + 5; }, 10, y);
    REQUIRE(paths.size() == 1);
    CHECK(paths.first() == QVector<QPointF>{{0, 0}, {30, 0}, {30, 50}, {50, 50}});
}

TEST_CASE("the main chart puts each series where the model says", "[chart]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("c.waymark")), kPassphrase, testClock());
    generateDemo(*diary, {365, 1, QDate(2026, 3, 15)});
    const auto t = trajectory::build(*diary);
    const auto w = trajectory::findWaves(t);
    Spec spec;
    spec.size = {1280, 800};
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
    one.hidden = {QStringLiteral("taken:%1").arg(t.drugs[0].drugId), QStringLiteral("planned:%1").arg(t.drugs[0].drugId)};
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
    generateDemo(*diary, {240, 1, QDate(2026, 3, 15)});
    const auto r = trajectory::reductionResponse(trajectory::build(*diary), 5);
    const Layout l = layoutReductionResponse(r, {});
    CHECK(l.series.size() == r.lines.size() + 1);
    CHECK(l.series.last().key == QLatin1String("median"));
    CHECK(l.xTicks.size() == 8);
}
