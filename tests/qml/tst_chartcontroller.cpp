// SPDX-License-Identifier: GPL-3.0-or-later
// The Charts page's controller: ranges, panning, zooming and the hover values, on a real diary.
#include "appfixture.h"
#include "chart/chartcontroller.h"

#include "diary.h"

#include <QSignalSpy>

using namespace waymark;

namespace {

const QDate kToday(2026, 3, 15); // the test clock's day

/** 200 days ending today: sertraline 50 mg in two doses a day, cut to 40 mg 60 days ago; a rating
 *  every day except every seventh; wellbeing and sleep on even days. */
void fill(Diary &diary)
{
    const qint64 drug = diary.addDrug(QStringLiteral("Sertraline")).id;
    diary.batch([&] {
        for (int back = 199; back >= 0; --back) {
            const QDate day = kToday.addDays(-back);
            const qint64 total = back >= 60 ? 50000 : 40000;
            diary.logDose({ day, QTime(8, 0), drug, total / 2, std::nullopt, {}, false });
            diary.logDose({ day, QTime(20, 0), drug, total / 2, std::nullopt, {}, false });
            if (back % 7 != 3)
                diary.setRating(day, QStringLiteral("dizziness"), back % 5);
            if (back % 2 == 0) {
                diary.setWellbeing(day, 6);
                diary.setSleepHours(day, 7.25);
            }
        }
    });
}

int span(const ChartController &c)
{
    return int(QDate::fromString(c.firstDate(), Qt::ISODate).daysTo(QDate::fromString(c.lastDate(), Qt::ISODate))) + 1;
}

} // namespace

TEST_CASE("Chart ranges end today and cover what they say", "[app][chart]")
{
    AppFixture app;
    fill(app.diary());
    ChartController chart;
    chart.reload();
    REQUIRE_FALSE(chart.isEmpty());
    CHECK(chart.trajectory().first == kToday.addDays(-199));

    chart.setRange(QStringLiteral("4w"));
    CHECK(chart.lastDate() == QStringLiteral("2026-03-15"));
    CHECK(span(chart) == 28);
    CHECK(chart.rangeLabel() == QStringLiteral("16 Feb 2026 – 15 Mar 2026"));
    CHECK(chart.table().size() == 4); // a row per week

    chart.setRange(QStringLiteral("3m"));
    CHECK(chart.firstDate() == QStringLiteral("2025-12-16"));
    CHECK(chart.lastDate() == QStringLiteral("2026-03-15"));

    chart.setRange(QStringLiteral("1y")); // longer than the diary: all of it
    CHECK(chart.firstDate() == kToday.addDays(-199).toString(Qt::ISODate));
    chart.setRange(QStringLiteral("all"));
    CHECK(span(chart) == 200);

    chart.setRange(QStringLiteral("fortnight")); // unknown: ignored
    CHECK(chart.range() == QStringLiteral("all"));

    CHECK(chart.reductionCount() == 1); // the cut from 50 to 40 mg, and nothing else
}

TEST_CASE("Two days of diary: a chart, and no reduction chart", "[app][chart]")
{
    AppFixture app;
    const qint64 drug = app.diary().addDrug(QStringLiteral("Sertraline")).id;
    for (int back = 1; back >= 0; --back) {
        app.diary().logDose({ kToday.addDays(-back), QTime(8, 0), drug, 50000, std::nullopt, {}, false });
        app.diary().setRating(kToday.addDays(-back), QStringLiteral("dizziness"), 2);
    }
    ChartController chart;
    chart.reload();
    CHECK_FALSE(chart.isEmpty());
    CHECK(chart.reductionCount() == 0);
    CHECK(chart.reductionSummary().length() > 0); // says why there is nothing to show
}

TEST_CASE("Panning moves the window and stops at the diary's edges", "[app][chart]")
{
    AppFixture app;
    fill(app.diary());
    ChartController chart;
    chart.reload();
    chart.setRange(QStringLiteral("4w"));
    QSignalSpy viewChanged(&chart, &ChartController::viewChanged);

    chart.pan(-10);
    CHECK(chart.range() == QStringLiteral("custom"));
    CHECK(chart.lastDate() == QStringLiteral("2026-03-05"));
    CHECK(span(chart) == 28);
    CHECK(viewChanged.count() == 1);

    chart.pan(30); // past today: stops at the last day, same width
    CHECK(chart.lastDate() == QStringLiteral("2026-03-15"));
    CHECK(span(chart) == 28);

    chart.pan(-1000); // before the first entry: stops there
    CHECK(chart.firstDate() == kToday.addDays(-199).toString(Qt::ISODate));
    CHECK(span(chart) == 28);

    chart.pan(0.2); // less than half a day: nothing moves
    CHECK(chart.firstDate() == kToday.addDays(-199).toString(Qt::ISODate));
}

TEST_CASE("Zooming keeps the anchored day in place and stays between a week and the whole diary", "[app][chart]")
{
    AppFixture app;
    fill(app.diary());
    ChartController chart;
    chart.reload();
    chart.setRange(QStringLiteral("3m"));
    REQUIRE(span(chart) == 90);

    chart.zoom(0.5, 1.0); // in, keeping the right edge (today)
    CHECK(span(chart) == 45);
    CHECK(chart.lastDate() == QStringLiteral("2026-03-15"));

    chart.zoom(0.5, 0.0); // in, keeping the left edge
    const QString left = chart.firstDate();
    chart.zoom(1.0, 0.0);
    CHECK(chart.firstDate() == left);

    chart.zoom(0.01, 0.5); // never narrower than a week
    CHECK(span(chart) == 7);
    chart.zoom(100, 0.5); // never wider than the diary
    CHECK(span(chart) == 200);
    chart.zoom(0, 0.5); // nonsense factors change nothing
    chart.zoom(-2, 0.5);
    CHECK(span(chart) == 200);
}

TEST_CASE("Hover values are the day's own numbers, and a gap says nothing was logged", "[app][chart]")
{
    AppFixture app;
    fill(app.diary());
    ChartController chart;
    chart.reload();

    // 60 days ago, the last day at 50 mg (two doses of 25 mg add up); 60 % 5 == 0 -> load 0 (rated
    // "none", not a gap); even -> wellbeing and sleep, shown to the quarter hour the diary keeps.
    QVariantMap v = chart.valuesAt(kToday.addDays(-60).toString(Qt::ISODate));
    CHECK(v.value(QStringLiteral("doses")).toString() == QStringLiteral("Sertraline 50 mg"));
    CHECK(v.value(QStringLiteral("load")).toString() == QStringLiteral("0"));
    CHECK(v.value(QStringLiteral("wellbeing")).toString() == QStringLiteral("6"));
    CHECK(v.value(QStringLiteral("sleep")).toString() == QStringLiteral("7.25"));

    // 59 days ago, the first day at 40 mg; 59 % 7 == 3: nothing rated, so a gap ("–"), not 0;
    // odd -> no wellbeing or sleep either.
    v = chart.valuesAt(kToday.addDays(-59).toString(Qt::ISODate));
    CHECK(v.value(QStringLiteral("doses")).toString() == QStringLiteral("Sertraline 40 mg"));
    CHECK(v.value(QStringLiteral("load")).toString() == QStringLiteral("–"));
    CHECK(v.value(QStringLiteral("wellbeing")).toString() == QStringLiteral("–"));
    CHECK(v.value(QStringLiteral("sleep")).toString() == QStringLiteral("–"));

    // 58 days ago: 58 % 5 == 3 -> load 3.
    v = chart.valuesAt(kToday.addDays(-58).toString(Qt::ISODate));
    CHECK(v.value(QStringLiteral("load")).toString() == QStringLiteral("3"));
    CHECK(v.value(QStringLiteral("date")).toString() == QStringLiteral("16 Jan 2026"));

    CHECK(chart.valuesAt(QStringLiteral("2020-01-01")).isEmpty()); // before the diary
    CHECK(chart.valuesAt(QStringLiteral("not a date")).isEmpty());
}
