// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"
#include "testsupport.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace waymark;

TEST_CASE("the drug library carries every drug of the reference table with its sources", "[catalogue]")
{
    const auto &drugs = catalogue::drugs();
    CHECK(drugs.size() == 22);
    const auto cit = catalogue::findDrug(QStringLiteral("Citalopram"));
    REQUIRE(cit);
    CHECK(cit->drugClass == QLatin1String("SSRI"));
    CHECK(cit->strengthsMg == QList<double> { 10, 20, 40 });
    CHECK(cit->liquidsMgPerMl == QList<double> { 2, 40 });
    REQUIRE(cit->sertEmaxPct);
    CHECK(*cit->sertEmaxPct == Approx(83.98));
    CHECK(*cit->sertEd50Mg == Approx(2.33));
    CHECK(cit->sources == QStringList { QStringLiteral("S1"), QStringLiteral("S5") });
    CHECK(cit->tabletsSplittable());

    const auto alp = catalogue::findDrug(QStringLiteral("alprazolam"));
    REQUIRE(alp);
    CHECK(*alp->diazepam10Ashton == 0.5);
    CHECK(*alp->diazepam10VaDod == 1.0);
    CHECK_FALSE(alp->sertEmaxPct);

    const auto flu = catalogue::findDrug(QStringLiteral("fluoxetine"));
    REQUIRE(flu);
    CHECK(flu->capsules);
    CHECK_FALSE(flu->tabletsSplittable());
    CHECK(catalogue::findDrug(QStringLiteral("diazepam"))->liquidsMgPerMl == QList<double> { 0.4, 1 });
    CHECK_FALSE(catalogue::findDrug(QStringLiteral("not a drug")));
    CHECK(catalogue::sourcesText().contains(QStringLiteral("Sørensen")));
}

TEST_CASE("the symptom catalogue has stable keys in the eight groups, safety items marked", "[catalogue]")
{
    const auto &symptoms = catalogue::symptoms();
    CHECK(symptoms.size() == 46);
    QStringList safety;
    QSet<QString> keys;
    for (const auto &s : symptoms) {
        CHECK(catalogue::symptomGroups().contains(s.group));
        CHECK_FALSE(keys.contains(s.key));
        keys.insert(s.key);
        if (s.safety)
            safety << s.key;
    }
    CHECK(safety
        == QStringList { QStringLiteral("seizure"), QStringLiteral("akathisia"), QStringLiteral("suicidal_thoughts") });
    CHECK(keys.contains(QStringLiteral("brain_zaps")));
}

TEST_CASE("CSV lines split with RFC 4180 quoting", "[catalogue]")
{
    CHECK(catalogue::splitCsvLine(QStringLiteral("a,\"b, c\",\"say \"\"hi\"\"\","))
        == QStringList { QStringLiteral("a"), QStringLiteral("b, c"), QStringLiteral("say \"hi\""), QString() });
}
