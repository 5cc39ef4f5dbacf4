// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"
#include "checker.h"
#include "errors.h"
#include "planner/equivalence.h"
#include "planner/occupancy.h"

#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::planner;
using waymark::planner::test::kCitalopram;

namespace { }

TEST_CASE("occupancy model reproduces the citalopram numbers of tapering.md", "[planner][occupancy]")
{
    CHECK(occupancyPct(kCitalopram, 20) == Approx(75.2).margin(0.05));
    CHECK(occupancyPct(kCitalopram, 10) == Approx(68.1).margin(0.05));
    CHECK(occupancyPct(kCitalopram, 5) == Approx(57.3).margin(0.05));
    CHECK(occupancyPct(kCitalopram, 2.5) == Approx(43.5).margin(0.05));
    CHECK(occupancyPct(kCitalopram, 1) == Approx(25.2).margin(0.05));
    CHECK(occupancyPct(kCitalopram, 0) == 0);
    CHECK(occupancyPct(kCitalopram, -1) == 0);
}

TEST_CASE("dose for an occupancy is the inverse of the model", "[planner][occupancy]")
{
    for (double d : { 0.01, 0.5, 1.0, 2.33, 7.0, 20.0, 60.0 })
        CHECK(doseForOccupancy(kCitalopram, occupancyPct(kCitalopram, d)) == Approx(d).epsilon(1e-12));
    CHECK(doseForOccupancy(kCitalopram, kCitalopram.emaxPct / 2) == Approx(kCitalopram.ed50Mg));
    CHECK(doseForOccupancy(kCitalopram, 0) == 0);
    CHECK(doseForOccupancy(kCitalopram, -3) == 0);
    CHECK_THROWS_AS(doseForOccupancy(kCitalopram, 83.98), Error);
    CHECK_THROWS_AS(doseForOccupancy(kCitalopram, 90), Error);
}

TEST_CASE("library fits are labelled as modelled and only where S1 gives one", "[planner][occupancy]")
{
    const auto cit = catalogue::findDrug(QStringLiteral("citalopram"));
    REQUIRE(cit);
    const auto fit = fitFor(*cit);
    REQUIRE(fit);
    CHECK(fit->emaxPct == 83.98);
    CHECK(fit->ed50Mg == 2.33);
    CHECK(fit->source.contains(QStringLiteral("modelled")));
    const auto dia = catalogue::findDrug(QStringLiteral("diazepam"));
    REQUIRE(dia);
    CHECK_FALSE(fitFor(*dia));
}

TEST_CASE("diazepam equivalents carry their source and differ where the tables do", "[planner][equivalence]")
{
    const auto eq = [](const char *name, double mg) {
        const auto drug = catalogue::findDrug(QString::fromLatin1(name));
        REQUIRE(drug);
        return diazepamEquivalents(*drug, mg);
    };

    for (const char *name : { "alprazolam", "clonazepam", "lorazepam" }) {
        INFO(name);
        const auto e = eq(name, 1.0);
        REQUIRE(e.size() == 2);
        CHECK(e[0].sourceKey == QStringLiteral("S2"));
        CHECK(e[0].sourceLabel == QStringLiteral("Ashton (S2)"));
        CHECK(e[1].sourceKey == QStringLiteral("S3"));
        CHECK(e[1].sourceLabel == QStringLiteral("VA/DoD 2021 (S3)"));
        CHECK(e[0].diazepamMg == Approx(2 * e[1].diazepamMg));
    }
    const auto alp = eq("alprazolam", 1.0);
    CHECK(alp[0].diazepamMg == Approx(20));
    CHECK(alp[1].diazepamMg == Approx(10));
    const auto lor = eq("lorazepam", 2.0);
    CHECK(lor[0].diazepamMg == Approx(20));
    CHECK(lor[1].diazepamMg == Approx(10));

    const auto dia = eq("diazepam", 15);
    REQUIRE(dia.size() == 2);
    CHECK(dia[0].diazepamMg == Approx(15));
    CHECK(dia[1].diazepamMg == Approx(15));

    // Only NHS Scotland's adaptation of Ashton lists nitrazepam: labelled S4, no VA/DoD value.
    const auto nit = eq("nitrazepam", 5);
    REQUIRE(nit.size() == 1);
    CHECK(nit[0].sourceKey == QStringLiteral("S4"));
    CHECK(nit[0].diazepamMg == Approx(5));

    CHECK(eq("citalopram", 20).isEmpty());
    const auto drug = catalogue::findDrug(QStringLiteral("lorazepam"));
    CHECK_THROWS_AS(diazepamEquivalents(*drug, -1), Error);
}
