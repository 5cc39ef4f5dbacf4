// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"
#include "diary.h"
#include "errors.h"
#include "storedplan.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;

namespace {

struct Series
{
    QMap<QDate, double> sertraline;
    QMap<QDate, int> load;
};

Series series(Diary &diary, const QDate &from, const QDate &to)
{
    Series s;
    for (const DoseEvent &e : diary.doses(from, to))
        if (e.drugName == QLatin1String("Sertraline"))
            s.sertraline[e.date] += e.mg();
    for (const DaySummary &d : diary.history(from, to))
        s.load[d.date] = d.symptomLoad;
    return s;
}

} // namespace

TEST_CASE("the demo diary is a realistic taper with waves after reductions", "[demo]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("demo.waymark")), kPassphrase, testClock());
    const QDate end(2026, 3, 15);
    generateDemo(*diary, { 240, 1, end });
    const QDate start = end.addDays(-239);

    CHECK(diary->drugs().size() == 2);
    CHECK(diary->firstDay() >= start);
    const auto history = diary->history(start, end);
    CHECK(history.size() > 240 * 9 / 10); // a few days left unlogged, as in life
    CHECK(history.size() < 240);

    const Series s = series(*diary, start, end);
    // The sertraline dose only ever comes down, with holds (steps longer than the usual 21 days).
    QList<QDate> cuts;
    double previous = 1e9;
    for (auto it = s.sertraline.begin(); it != s.sertraline.end(); ++it) {
        CHECK(it.value() <= previous);
        if (it.value() < previous && previous < 1e9)
            cuts << it.key();
        previous = it.value();
    }
    REQUIRE(cuts.size() >= 6);
    int longest = 0;
    for (int i = 1; i < cuts.size(); ++i)
        longest = std::max(longest, int(cuts[i - 1].daysTo(cuts[i])));
    CHECK(longest > 30);

    // Waves: the load in days 5..10 after a cut is higher than in the 3 days before it.
    int higher = 0;
    for (const QDate &cut : cuts) {
        double before = 0, after = 0;
        int nb = 0, na = 0;
        for (int d = -3; d < 0; ++d)
            if (s.load.contains(cut.addDays(d))) {
                before += s.load[cut.addDays(d)];
                ++nb;
            }
        for (int d = 5; d <= 10; ++d)
            if (s.load.contains(cut.addDays(d))) {
                after += s.load[cut.addDays(d)];
                ++na;
            }
        if (nb && na && after / na > before / nb + 2)
            ++higher;
    }
    CHECK(higher >= int(cuts.size()) - 1);
}

TEST_CASE("the demo is the same for the same seed and refuses a diary with entries", "[demo]")
{
    TempFolder dir;
    auto a = Diary::create(dir.file(QStringLiteral("a.waymark")), kPassphrase, testClock());
    auto b = Diary::create(dir.file(QStringLiteral("b.waymark")), kPassphrase, testClock());
    auto c = Diary::create(dir.file(QStringLiteral("c.waymark")), kPassphrase, testClock());
    const QDate end(2026, 3, 15);
    generateDemo(*a, { 60, 42, end });
    generateDemo(*b, { 60, 42, end });
    generateDemo(*c, { 60, 43, end });
    const QDate from = end.addDays(-59);
    auto loads = [&](Diary &d) {
        QList<int> out;
        for (const auto &h : d.history(from, end))
            out << h.symptomLoad;
        return out;
    };
    CHECK(loads(*a) == loads(*b));
    CHECK(loads(*a) != loads(*c));
    CHECK_THROWS_AS(generateDemo(*a, { 10, 1, end }), Error);
    auto d = Diary::create(dir.file(QStringLiteral("d.waymark")), kPassphrase, testClock());
    CHECK_THROWS_AS(generateDemo(*d, { 0, 1, end }), Error);
}

TEST_CASE("the demo with a plan: sertraline's plan starts at the dose taken on the last day", "[demo]")
{
    TempFolder dir;
    auto diary = Diary::create(dir.file(QStringLiteral("plan.waymark")), kPassphrase, testClock());
    const QDate end(2026, 3, 15);
    DemoOptions options { 120, 1, end };
    options.withPlan = true;
    generateDemo(*diary, options);
    const QList<StoredPlan> plans = diary->plans();
    REQUIRE(plans.size() == 1);
    const StoredPlan &plan = plans.first();
    CHECK(plan.drugName == QLatin1String("Sertraline"));
    double lastDay = 0;
    for (const DoseEvent &e : diary->doses(end))
        if (e.drugId == plan.drugId)
            lastDay += e.mg();
    REQUIRE(lastDay > 0);
    REQUIRE_FALSE(plan.schedule.steps.isEmpty());
    CHECK(plan.schedule.steps.first().doseMg == Approx(lastDay));
    CHECK(plan.schedule.steps.first().start <= end);
    for (qsizetype i = 1; i < plan.schedule.steps.size(); ++i)
        CHECK(plan.schedule.steps[i].doseMg < plan.schedule.steps[i - 1].doseMg); // never rises or repeats

    // Without the option (the golden series), no plan.
    auto plain = Diary::create(dir.file(QStringLiteral("plain.waymark")), kPassphrase, testClock());
    generateDemo(*plain, { 120, 1, end });
    CHECK(plain->plans().isEmpty());
}
