// SPDX-License-Identifier: GPL-3.0-or-later
#include "checker.h"
#include "errors.h"
#include "planner/dosemaker.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

TEST_CASE("numbers are written with up to 3 decimals and no trailing zeros", "[planner][format]")
{
    CHECK(formatNumber(20) == QStringLiteral("20"));
    CHECK(formatNumber(12.5) == QStringLiteral("12.5"));
    CHECK(formatNumber(3.125) == QStringLiteral("3.125"));
    CHECK(formatNumber(0.1875) == QStringLiteral("0.188"));
    CHECK(formatNumber(1.70000000001) == QStringLiteral("1.7"));
    CHECK(formatNumber(-0.0000001) == QStringLiteral("0"));
    CHECK(formatNumber(75.2345, 1) == QStringLiteral("75.2"));
}

TEST_CASE("how to make a dose, in words", "[planner][dosemaker]")
{
    SECTION("tablets with halves")
    {
        DoseMaker m({ tablet(10, 2), tablet(5, 2) });
        CHECK(m.exactly(12.5)->howTo == QStringLiteral("1 × 10 mg + ½ × 5 mg"));
        CHECK(m.exactly(15)->howTo == QStringLiteral("1 × 10 mg + 1 × 5 mg"));
        CHECK(m.exactly(2.5)->howTo == QStringLiteral("½ × 5 mg"));
        CHECK(m.exactly(25)->howTo == QStringLiteral("2 × 10 mg + 1 × 5 mg"));
        CHECK_FALSE(m.exactly(1)); // nothing that small
        CHECK_FALSE(m.exactly(40)); // needs 4 tablets
    }
    SECTION("liquid with a syringe")
    {
        DoseMaker m({ liquid(2, 0.1) });
        CHECK(m.exactly(3.4)->howTo == QStringLiteral("1.7 mL of 2 mg/mL"));
        CHECK(m.exactly(3.4)->liquidMl == Approx(1.7));
        CHECK_FALSE(m.exactly(3.5));
        CHECK(m.atOrBelow(3.5).mg == Approx(3.4));
        CHECK(m.above(3.5)->mg == Approx(3.6));
    }
    SECTION("tablets first, liquid for the remainder")
    {
        DoseMaker m({ tablet(10), liquid(2, 0.1) });
        CHECK(m.exactly(11)->howTo == QStringLiteral("1 × 10 mg + 0.5 mL of 2 mg/mL"));
        CHECK(m.exactly(10)->howTo == QStringLiteral("1 × 10 mg"));
        CHECK(m.exactly(0.2)->howTo == QStringLiteral("0.1 mL of 2 mg/mL"));
    }
    SECTION("quarters, and never a split modified-release tablet")
    {
        DoseMaker m({ tablet(10, 4), tablet(20, 4, true) });
        CHECK(m.exactly(7.5)->howTo == QStringLiteral("¾ × 10 mg"));
        CHECK(m.exactly(17.5)->howTo == QStringLiteral("1¾ × 10 mg"));
        CHECK(m.exactly(20)->howTo == QStringLiteral("1 × 20 mg MR"));
        CHECK(m.exactly(22.5)->howTo == QStringLiteral("1 × 20 mg MR + ¼ × 10 mg"));
        DoseMaker mrOnly({ tablet(20, 2, true) });
        CHECK_FALSE(mrOnly.exactly(10));
    }
    SECTION("capsules whole, or counted beads")
    {
        DoseMaker whole({ capsule(20) });
        CHECK(whole.exactly(40)->howTo == QStringLiteral("2 × 20 mg capsule"));
        CHECK_FALSE(whole.exactly(10));
        DoseMaker beads({ capsule(75, 150) });
        CHECK(beads.exactly(37.5)->howTo == QStringLiteral("75 beads (of 150) from a 75 mg capsule"));
        CHECK(beads.exactly(112.5)->howTo
            == QStringLiteral("1 × 75 mg capsule + 75 beads (of 150) from a 75 mg capsule"));
        CHECK(beads.exactly(0.5)->howTo == QStringLiteral("1 bead (of 150) from a 75 mg capsule"));
    }
    SECTION("hidden formulations are not used")
    {
        Formulation hiddenLiquid = liquid(2);
        hiddenLiquid.hidden = true;
        DoseMaker m({ tablet(10), hiddenLiquid });
        CHECK_FALSE(m.exactly(11));
    }
    SECTION("zero is 'stop'")
    {
        DoseMaker m({ tablet(10) });
        CHECK(m.atOrBelow(3).mg == 0);
        CHECK(m.atOrBelow(3).howTo == QStringLiteral("stop"));
    }
}

TEST_CASE("impossible formulation sets are refused, naming the field", "[planner][dosemaker]")
{
    const auto field = [](const QList<Formulation> &forms) {
        try {
            DoseMaker m(forms);
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            return e.field();
        }
        return QString();
    };
    CHECK(field({}) == QStringLiteral("formulations"));
    CHECK(field({ tablet(0) }) == QStringLiteral("formulations"));
    CHECK(field({ liquid(0) }) == QStringLiteral("formulations"));
    CHECK(field({ liquid(2, 0) }) == QStringLiteral("formulations"));
    CHECK(field({ capsule(20, 1) }) == QStringLiteral("formulations"));
}

TEST_CASE("the rounding rule: down unless the dose above is strictly closer", "[planner][rounding]")
{
    // Makeable: 0, 2.5, 5, 7.5, 10, ... (10 mg tablets in quarters)
    DoseMaker m({ tablet(10, 4) });
    const double inf = 1e9;

    SECTION("exact doses stay")
    {
        CHECK(roundToMakeable(m, 7.5, inf)->mg == 7.5);
    }
    SECTION("closer below goes down")
    {
        CHECK(roundToMakeable(m, 8.4, inf)->mg == 7.5);
    }
    SECTION("a tie goes down")
    {
        CHECK(roundToMakeable(m, 8.75, inf)->mg == 7.5);
    }
    SECTION("strictly closer above goes up, by less than half the gap")
    {
        const auto r = roundToMakeable(m, 9.5, inf);
        CHECK(r->mg == 10);
        CHECK(r->mg - 9.5 < (10 - 7.5) / 2);
    }
    SECTION("never up to or past the dose in force: a repeat asks for a merge")
    {
        CHECK_FALSE(roundToMakeable(m, 9.5, 10)); // nearest is 10, the dose in force
        CHECK(roundToMakeable(m, 8.7, 10)->mg == 7.5);
        // The previous step was rounded down to 7.5 from 9.0; the method now asks 8.1.
        CHECK_FALSE(roundToMakeable(m, 8.1, 7.5));
    }
    SECTION("below the smallest makeable dose")
    {
        CHECK(roundToMakeable(m, 1.0, 2.5)->mg == 0);
        CHECK(roundToMakeable(m, 1.3, 5)->mg == 2.5);
        CHECK_FALSE(roundToMakeable(m, 1.3, 2.5)); // 2.5 is nearest: keep it one more interval
        CHECK(roundToMakeable(m, 1.25, 2.5)->mg == 0); // a tie goes down
    }
}

TEST_CASE("the dose maker agrees with a brute-force search", "[planner][dosemaker]")
{
    const QList<QList<Formulation>> sets {
        { tablet(10, 2), tablet(5, 2) },
        { tablet(20, 4), liquid(2, 0.1) },
        { capsule(37.5, 60), capsule(75) },
        { tablet(0.5, 2), tablet(2), liquid(0.4, 0.2) },
        { tablet(25, 2, true), capsule(20, 30), liquid(1, 0.5) },
    };
    for (const auto &set : sets) {
        DoseMaker m(set);
        for (double t = 0; t <= 80; t += 0.37) {
            INFO("target " << t);
            const Bracket b = bruteBracket(set, 3, t);
            const MadeDose below = m.atOrBelow(t);
            CHECK(below.mg == Approx(b.below).margin(1e-6));
            CHECK(checkHowTo(set, 3, below.mg, below.howTo).toStdString().empty());
            const auto above = m.above(t);
            REQUIRE(bool(above) == bool(b.above));
            if (above) {
                CHECK(above->mg == Approx(*b.above).margin(1e-6));
                CHECK(checkHowTo(set, 3, above->mg, above->howTo).toStdString().empty());
            }
        }
    }
}

TEST_CASE("the number of tablets or capsules a dose may take is a parameter", "[planner][dosemaker]")
{
    CHECK_FALSE(DoseMaker({ tablet(10) }, 3).exactly(40));
    CHECK(DoseMaker({ tablet(10) }, 4).exactly(40)->howTo == QStringLiteral("4 × 10 mg"));
    CHECK(DoseMaker({ tablet(10, 2) }, 1).exactly(5));
    CHECK_FALSE(DoseMaker({ tablet(10, 2) }, 1).exactly(15));
    CHECK_THROWS_AS(DoseMaker({ tablet(10) }, 0), Error);
}

TEST_CASE("made doses are exact decimals where the formulations are", "[planner][dosemaker]")
{
    DoseMaker m({ liquid(2, 0.1) });
    for (int k = 1; k < 200; ++k) {
        const double mg = k * 2 * 0.1;
        const auto d = m.exactly(mg);
        REQUIRE(d);
        CHECK(d->mg == std::round(mg * 1e9) / 1e9);
    }
}
