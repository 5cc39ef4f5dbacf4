// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors.h"
#include "planner/holdsuggestion.h"

#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::planner;

namespace {

const QDate kStart(2026, 3, 1);
const QDate kToday(2026, 4, 10);

QMap<QDate, double> loads(double baseline, int baselineDays, double recent, int recentDays)
{
    QMap<QDate, double> out;
    for (int i = 1; i <= baselineDays; ++i)
        out.insert(kStart.addDays(-i), baseline);
    for (int i = 0; i < recentDays; ++i)
        out.insert(kToday.addDays(-i), recent);
    out.insert(kStart.addDays(10), 99); // between the windows: ignored
    out.insert(kStart.addDays(-20), 99); // before the baseline window: ignored
    return out;
}

} // namespace

TEST_CASE("a hold is suggested when recent load is well above the baseline", "[planner][hold]")
{
    const HoldSuggestion h = suggestHold(loads(4, 14, 8, 7), kStart, kToday);
    CHECK(h.enoughData);
    CHECK(h.suggestHold);
    CHECK(*h.baseline == Approx(4));
    CHECK(*h.recent == Approx(8));
    CHECK(h.baselineRated == 14);
    CHECK(h.recentRated == 7);
    CHECK(h.reason.contains(QStringLiteral("8.0")) == false); // numbers without trailing zeros
    CHECK(h.reason.contains(QStringLiteral("8 a day")));
    CHECK(h.reason.contains(QStringLiteral("hold")));
}

TEST_CASE("both thresholds must be met", "[planner][hold]")
{
    // ratio met (3 ≥ 1×1.5) but increase only 2
    CHECK_FALSE(suggestHold(loads(1, 14, 3, 7), kStart, kToday).suggestHold);
    // increase met (13 − 10 = 3) but ratio 1.3
    CHECK_FALSE(suggestHold(loads(10, 14, 13, 7), kStart, kToday).suggestHold);
    // exactly at both thresholds: 6 = 4 × 1.5 and 6 − 4 ≥ 3? no (2): not suggested; 9 vs 6: yes
    CHECK_FALSE(suggestHold(loads(4, 14, 6, 7), kStart, kToday).suggestHold);
    CHECK(suggestHold(loads(6, 14, 9, 7), kStart, kToday).suggestHold);
    // a zero baseline: any recent load of 3 or more
    CHECK(suggestHold(loads(0, 14, 3, 7), kStart, kToday).suggestHold);
    CHECK_FALSE(suggestHold(loads(0, 14, 2.9, 7), kStart, kToday).suggestHold);
}

TEST_CASE("not enough ratings: no suggestion, and says why", "[planner][hold]")
{
    const HoldSuggestion fewBase = suggestHold(loads(1, 6, 20, 7), kStart, kToday);
    CHECK_FALSE(fewBase.enoughData);
    CHECK_FALSE(fewBase.suggestHold);
    CHECK(fewBase.baselineRated == 6);
    CHECK(fewBase.reason.contains(QStringLiteral("in the 14 days before this step began")));
    CHECK(suggestHold(loads(1, 7, 20, 7), kStart, kToday).suggestHold);

    const HoldSuggestion fewRecent = suggestHold(loads(1, 14, 20, 4), kStart, kToday);
    CHECK_FALSE(fewRecent.enoughData);
    CHECK_FALSE(fewRecent.suggestHold);
    CHECK(fewRecent.reason.contains(QStringLiteral("recent")));
    CHECK(suggestHold(loads(1, 14, 20, 5), kStart, kToday).suggestHold);
}

TEST_CASE("thresholds are parameters", "[planner][hold]")
{
    HoldSuggestionParams p;
    p.ratio = 3;
    CHECK_FALSE(suggestHold(loads(4, 14, 8, 7), kStart, kToday, p).suggestHold);
    p = {};
    p.minIncrease = 10;
    CHECK_FALSE(suggestHold(loads(4, 14, 8, 7), kStart, kToday, p).suggestHold);
    p = {};
    p.recentMinRated = 8; // more than the window has days
    CHECK_THROWS_AS(suggestHold(loads(4, 14, 8, 7), kStart, kToday, p), Error);
    CHECK_THROWS_AS(suggestHold(loads(4, 14, 8, 7), QDate(), kToday), Error);
}

TEST_CASE("a plan's suggestion compares with the 14 days before the current step began", "[planner][hold]")
{
    // Step 1 from 1 Jan, step 2 from 29 Jan, step 3 (open) from 26 Feb.
    Schedule s;
    const QDate starts[] = { QDate(2026, 1, 1), QDate(2026, 1, 29), QDate(2026, 2, 26) };
    for (int i = 0; i < 3; ++i) {
        Step st;
        st.index = i + 1;
        st.start = starts[i];
        st.end = i < 2 ? starts[i + 1].addDays(-1) : QDate();
        st.doseMg = 20 - 5 * i;
        s.steps.append(st);
    }
    // Before the plan: load 2; on step 1, 3; on step 2, 6; since step 3, 8.
    QMap<QDate, double> loads;
    for (QDate d = QDate(2025, 12, 1); d <= QDate(2026, 3, 10); d = d.addDays(1))
        loads.insert(d, d < starts[0] ? 2 : d < starts[1] ? 3 : d < starts[2] ? 6 : 8);

    // On step 3: against the 14 days before 26 Feb (load 6): 8 is not 1.5 × 6 (against the plan start it would be).
    const HoldSuggestion now = suggestHold(loads, s, QDate(2026, 3, 10));
    CHECK(now.step == 3);
    CHECK(now.baselineFrom == QDate(2026, 2, 12));
    CHECK(now.baselineTo == QDate(2026, 2, 25));
    CHECK(*now.baseline == Approx(6));
    CHECK(*now.recent == Approx(8));
    CHECK_FALSE(now.suggestHold);
    CHECK(now.reason.contains(QStringLiteral("in the 14 days before this step began (6 a day)")));

    // On step 2, a week in: against the 14 days before 29 Jan (load 3): 6 is twice that and 3 more.
    const HoldSuggestion step2 = suggestHold(loads, s, QDate(2026, 2, 5));
    CHECK(step2.step == 2);
    CHECK(*step2.baseline == Approx(3));
    CHECK(step2.suggestHold);

    // On step 1: the 14 days before the plan, and the sentence says so.
    const HoldSuggestion step1 = suggestHold(loads, s, QDate(2026, 1, 20));
    CHECK(step1.step == 1);
    CHECK(step1.baselineTo == QDate(2025, 12, 31));
    CHECK(*step1.baseline == Approx(2));
    CHECK(step1.baselineWhen == QLatin1String("before the plan began"));
    CHECK(step1.reason.contains(QStringLiteral("before the plan began")));

    // Before the plan starts there is nothing to compare.
    CHECK_THROWS_AS(suggestHold(loads, s, QDate(2025, 12, 20)), Error);
}
