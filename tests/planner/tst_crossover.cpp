// SPDX-License-Identifier: GPL-3.0-or-later
// Switching to diazepam in stages: every stage a dose the person can make, totals within the table's value.
#include "catalogue.h"
#include "checker.h"
#include "errors.h"
#include "planner/crossover.h"
#include "planner/dosemaker.h"

#include <QRegularExpression>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

const QDate kStart(2027, 3, 1);

/** The common doses of a library drug: each strength, and twice each strength. */
QList<double> commonDoses(const catalogue::LibraryDrug &d)
{
    QList<double> out;
    for (double s : d.strengthsMg)
        for (double mg : { s, 2 * s })
            if (!out.contains(mg))
                out << mg;
    return out;
}

QList<Formulation> withLiquids(const catalogue::LibraryDrug &d)
{
    QList<Formulation> forms = libraryFormulations(d);
    for (double c : d.liquidsMgPerMl)
        forms << liquid(c, 0.1);
    return forms;
}

bool makeable(const QList<Formulation> &forms, double mg)
{
    return mg <= DoseMaker::kToleranceMg || DoseMaker(forms, 6).exactly(mg).has_value();
}

/** Everything a person following the switch relies on. */
void checkSwitch(const Crossover &c, double doseMg, int n, int interval, const QList<Formulation> &fromForms,
    const QList<Formulation> &dzForms)
{
    INFO(c.fromDrug.toStdString() << " " << doseMg << " mg, " << n << " stages, " << c.used.sourceKey.toStdString());
    REQUIRE(c.stageCount() == n);
    REQUIRE(n >= 2);
    CHECK(c.stages[0].fromMg == doseMg);
    CHECK(c.stages[0].diazepamMg == 0);
    const double target = c.used.diazepamMg; // the table's value for the whole dose
    double previousFrom = doseMg;
    double previousDz = 0;
    for (int k = 1; k <= n; ++k) {
        const CrossoverStage &s = c.stages[k];
        INFO("stage " << k << ": " << s.fromMg << " mg + " << s.diazepamMg << " mg diazepam");
        CHECK(s.index == k);
        CHECK(s.start == kStart.addDays(qint64(k - 1) * interval));
        CHECK(s.end == s.start.addDays(interval - 1));
        // Makeable with the person's forms, and said how.
        CHECK(makeable(fromForms, s.fromMg));
        CHECK(makeable(dzForms, s.diazepamMg));
        CHECK_FALSE(s.fromHowTo.isEmpty());
        CHECK_FALSE(s.diazepamHowTo.isEmpty());
        // The old drug falls every stage and stops at the last; diazepam never falls and is there from stage 1.
        CHECK(s.fromMg < previousFrom - DoseMaker::kToleranceMg);
        CHECK(s.diazepamMg >= previousDz - DoseMaker::kToleranceMg);
        CHECK(s.diazepamMg > 0);
        CHECK((k == n) == (s.fromMg <= DoseMaker::kToleranceMg));
        // Never above the table's value.
        CHECK(c.totalEquivalentMg(s) <= target + 1e-6);
        previousFrom = s.fromMg;
        previousDz = s.diazepamMg;
    }
    // The end: diazepam alone, the table's value rounded down by less than one diazepam step.
    const double step = DoseMaker(dzForms, 6).above(0)->mg;
    CHECK(c.targetDiazepamMg == c.stages.last().diazepamMg);
    CHECK(c.targetDiazepamMg > target - step - 1e-6);
    CHECK(c.lastDay() == kStart.addDays(qint64(n) * interval - 1));
}

} // namespace

TEST_CASE("the issue's switch: alprazolam 2 mg in 4 stages of 14 days", "[planner][crossover]")
{
    const auto alp = *catalogue::findDrug(QStringLiteral("alprazolam"));
    const QList<Formulation> forms = libraryFormulations(alp);
    const Crossover ashton
        = computeCrossover(alp, 2, kStart, 4, 14, QStringLiteral("S2"), forms, defaultDiazepamFormulations());
    checkSwitch(ashton, 2, 4, 14, forms, defaultDiazepamFormulations());
    const QList<double> from = { 2, 1.5, 1, 0.5, 0 };
    const QList<double> dz = { 0, 10, 20, 30, 40 };
    for (int k = 0; k <= 4; ++k) {
        CHECK(ashton.stages[k].fromMg == from[k]);
        CHECK(ashton.stages[k].diazepamMg == dz[k]);
    }
    CHECK(ashton.stages[1].fromHowTo == QStringLiteral("1 × 1 mg + 1 × 0.5 mg"));
    CHECK(ashton.stages[4].diazepamHowTo == QStringLiteral("4 × 10 mg"));
    CHECK(ashton.lastDay() == QDate(2027, 4, 25));

    // Three stages: 2/3 of 2 mg is 1.333 mg, which no tablet makes; the nearest makeable is 1.375 mg.
    const Crossover three
        = computeCrossover(alp, 2, kStart, 3, 14, QStringLiteral("S2"), forms, defaultDiazepamFormulations());
    checkSwitch(three, 2, 3, 14, forms, defaultDiazepamFormulations());
    CHECK(three.stages[1].fromMg == 1.375);
    CHECK(three.stages[1].diazepamMg == 12.5); // (2 − 1.375) × 20, made with a 10 mg and half a 5 mg
    CHECK(three.stages[2].fromMg == 0.625);
    CHECK(three.stages[2].diazepamMg == 27.5); // (2 − 0.625) × 20
}

TEST_CASE("a switch is refused when it cannot be staged", "[planner][crossover]")
{
    const auto alp = *catalogue::findDrug(QStringLiteral("alprazolam"));
    const auto forms = libraryFormulations(alp);
    const auto dz = defaultDiazepamFormulations();
    auto fieldOf = [&](auto &&f) {
        try {
            f();
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK_FALSE(e.message().isEmpty());
            return std::make_pair(e.field(), e.message());
        }
        FAIL("not refused");
        return std::make_pair(QString(), QString());
    };
    // One stage is switching all at once on day 1.
    auto one = fieldOf([&] { computeCrossover(alp, 2, kStart, 1, 14, QStringLiteral("S2"), forms, dz); });
    CHECK(one.first == QStringLiteral("stages"));
    CHECK(one.second.contains(QStringLiteral("all at once")));
    CHECK(fieldOf([&] { computeCrossover(alp, 2, kStart, 13, 14, QStringLiteral("S2"), forms, dz); }).first
        == QStringLiteral("stages"));
    CHECK(fieldOf([&] { computeCrossover(alp, 2, kStart, 4, 0, QStringLiteral("S2"), forms, dz); }).first
        == QStringLiteral("intervalDays"));
    CHECK(fieldOf([&] { computeCrossover(alp, 2, kStart, 4, 14, QStringLiteral("S4"), forms, dz); }).first
        == QStringLiteral("source"));
    CHECK(fieldOf([&] { computeCrossover(alp, 2, kStart, 4, 14, QStringLiteral("S2"), {}, dz); }).first
        == QStringLiteral("formulations"));
    const auto diazepam = *catalogue::findDrug(QStringLiteral("diazepam"));
    CHECK(fieldOf([&] { computeCrossover(diazepam, 10, kStart, 4, 14, QStringLiteral("S2"), dz, dz); }).first
        == QStringLiteral("drug"));

    // Nitrazepam 5 mg whole tablets only: no staged switch at all; the message names the library's liquid.
    const auto nit = *catalogue::findDrug(QStringLiteral("nitrazepam"));
    auto whole
        = fieldOf([&] { computeCrossover(nit, 5, kStart, 4, 14, QStringLiteral("S4"), libraryFormulations(nit), dz); });
    CHECK(whole.first == QStringLiteral("formulations"));
    CHECK(whole.second.contains(QStringLiteral("0.5 mg/mL liquid")));
    // With the liquid it works.
    checkSwitch(computeCrossover(nit, 5, kStart, 4, 14, QStringLiteral("S4"), withLiquids(nit), dz), 5, 4, 14,
        withLiquids(nit), dz);

    // Alprazolam 0.5 mg in 12 stages: 0.125 mg is the smallest piece, so at most 4 stages; said so.
    auto many = fieldOf([&] { computeCrossover(alp, 0.5, kStart, 12, 7, QStringLiteral("S2"), forms, dz); });
    CHECK(many.first == QStringLiteral("stages"));
    CHECK(many.second.contains(QStringLiteral("at most 4 stages")));
    CHECK(many.second.contains(QStringLiteral("1 mg/mL liquid")));
    checkSwitch(computeCrossover(alp, 0.5, kStart, 4, 7, QStringLiteral("S2"), forms, dz), 0.5, 4, 7, forms, dz);

    // Alprazolam 0.25 mg under VA/DoD is 2.5 mg diazepam: a quarter of it is below the smallest diazepam piece
    // (1 mg), even with the alprazolam liquid; the message points at diazepam's liquid, which makes it work.
    auto small
        = fieldOf([&] { computeCrossover(alp, 0.25, kStart, 4, 14, QStringLiteral("S3"), withLiquids(alp), dz); });
    CHECK(small.first == QStringLiteral("stages"));
    CHECK(small.second.contains(QStringLiteral("at most 2 stages")));
    CHECK(small.second.contains(QStringLiteral("0.4 mg/mL")));
    const QList<Formulation> dzLiquid = { liquid(0.4, 0.1) };
    checkSwitch(computeCrossover(alp, 0.25, kStart, 4, 14, QStringLiteral("S3"), withLiquids(alp), dzLiquid), 0.25, 4,
        14, withLiquids(alp), dzLiquid);
}

TEST_CASE("property: every library benzodiazepine and z-drug, common doses, 2 to 12 stages, every table",
    "[planner][crossover][properties]")
{
    int checked = 0;
    int refused = 0;
    const QList<QList<Formulation>> diazepamForms = { defaultDiazepamFormulations(), { liquid(0.4, 0.1) } };
    for (const catalogue::LibraryDrug &d : catalogue::drugs()) {
        if ((d.drugClass != QLatin1String("benzodiazepine") && d.drugClass != QLatin1String("z-drug"))
            || d.key == QLatin1String("diazepam"))
            continue;
        for (const QList<Formulation> &fromForms : { libraryFormulations(d), withLiquids(d) }) {
            for (const QList<Formulation> &dzForms : diazepamForms) {
                for (double dose : commonDoses(d)) {
                    for (const DiazepamEquivalent &table : diazepamEquivalents(d, dose)) {
                        for (int n = 2; n <= 12; ++n) {
                            INFO(d.key.toStdString()
                                << " " << dose << " mg, " << n << " stages, " << table.sourceKey.toStdString());
                            try {
                                const Crossover c
                                    = computeCrossover(d, dose, kStart, n, 14, table.sourceKey, fromForms, dzForms);
                                checkSwitch(c, dose, n, 14, fromForms, dzForms);
                                ++checked;
                            } catch (const Error &e) {
                                // Refused only for a stated reason, with the number of stages that would work.
                                ++refused;
                                REQUIRE(e.code() == ErrorCode::InvalidInput);
                                REQUIRE((e.field() == QStringLiteral("stages")
                                    || e.field() == QStringLiteral("formulations")));
                                // With fine liquids for both drugs, a few stages always work (unless the dose needs
                                // more than 6 diazepam tablets, which no liquid in the list fixes).
                                if (n <= 4 && !d.liquidsMgPerMl.isEmpty() && dzForms.size() == 1
                                    && fromForms.size() > libraryFormulations(d).size())
                                    CHECK(e.message().contains(QStringLiteral("more than")));
                                if (e.field() == QStringLiteral("stages")) {
                                    const auto m = QRegularExpression(QStringLiteral("at most (\\d+) stages"))
                                                       .match(e.message());
                                    REQUIRE(m.hasMatch());
                                    const int possible = m.captured(1).toInt();
                                    REQUIRE(possible >= 2);
                                    REQUIRE(possible < n);
                                    checkSwitch(computeCrossover(
                                                    d, dose, kStart, possible, 14, table.sourceKey, fromForms, dzForms),
                                        dose, possible, 14, fromForms, dzForms);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    INFO(checked << " switches checked, " << refused << " refused");
    CHECK(checked > 1000);
}

TEST_CASE("a switch following the dose times: alprazolam 0.5 mg at 08:00, 14:00 and 22:00, one dose time a stage",
    "[planner][crossover][times]")
{
    const auto alp = *catalogue::findDrug(QStringLiteral("alprazolam"));
    const QList<Formulation> forms = libraryFormulations(alp);
    const QList<Formulation> dz = defaultDiazepamFormulations();
    const QList<DoseTime> times { { QTime(8, 0), 0.5 }, { QTime(14, 0), 0.5 }, { QTime(22, 0), 0.5 } };
    const auto fieldOf = [](auto &&f) {
        try {
            f();
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            return e.field();
        }
        FAIL("not refused");
        return QString();
    };
    for (const QString &source : { QStringLiteral("S2"), QStringLiteral("S3") }) {
        const Crossover c = computeCrossover(alp, 1.5, kStart, 3, 14, source, forms, dz, times);
        INFO(source.toStdString());
        checkSwitch(c, 1.5, 3, 14, forms, dz);
        CHECK(c.doseTimes == times);
        const double perMg = 10.0 / c.used.mgPer10Diazepam;
        // Stage 1 replaces the 22:00 dose, stage 2 the 14:00 dose, stage 3 the 08:00 dose.
        const QList<QTime> order { QTime(22, 0), QTime(14, 0), QTime(8, 0) };
        for (int k = 1; k <= 3; ++k) {
            const CrossoverStage &s = c.stages[k];
            INFO("stage " << k);
            REQUIRE(s.times.size() == 3);
            int replaced = 0;
            double from = 0;
            double diazepam = 0;
            for (const CrossoverTime &t : s.times) {
                // each time is either alprazolam as before or diazepam, never both, each made with the forms
                CHECK((t.fromMg > 0) != (t.diazepamMg > 0));
                CHECK(makeable(forms, t.fromMg));
                CHECK(makeable(dz, t.diazepamMg));
                CHECK_FALSE(t.howTo.isEmpty());
                if (t.replaced()) {
                    ++replaced;
                    // that time's amount as diazepam, rounded down: never above the table's value
                    CHECK(t.diazepamMg <= 0.5 * perMg + 1e-6);
                    CHECK(t.diazepamMg > 0.5 * perMg - 1 - 1e-6);
                } else {
                    CHECK(t.fromMg == Approx(0.5));
                }
                from += t.fromMg;
                diazepam += t.diazepamMg;
            }
            CHECK(replaced == k); // one more dose time each stage
            CHECK(from == Approx(s.fromMg));
            CHECK(diazepam == Approx(s.diazepamMg));
            for (int j = 0; j < k; ++j) {
                const QTime time = order[j];
                const auto it = std::find_if(
                    s.times.cbegin(), s.times.cend(), [&](const CrossoverTime &t) { return t.time == time; });
                REQUIRE(it != s.times.cend());
                CHECK(it->replaced());
            }
        }
        CHECK(c.stages[1].timesChange.startsWith(QStringLiteral("evening (22:00) dose 0.5 mg → ")));
        CHECK(c.stages[1].timesChange.endsWith(QStringLiteral("morning and afternoon unchanged")));
        CHECK(c.stages[2].timesChange.startsWith(QStringLiteral("afternoon (14:00) dose 0.5 mg → ")));
        CHECK(c.stages[2].timesChange.contains(QStringLiteral("evening already diazepam; morning unchanged")));
    }
    // Ashton (S2): 0.5 mg alprazolam is 10 mg diazepam, so each replaced time is exactly 10 mg.
    const Crossover ashton = computeCrossover(alp, 1.5, kStart, 3, 14, QStringLiteral("S2"), forms, dz, times);
    CHECK(ashton.stages[1].diazepamMg == Approx(10));
    CHECK(ashton.stages[1].fromMg == Approx(1));
    CHECK(ashton.targetDiazepamMg == Approx(30));

    // Another number of stages, times that do not add up, an amount the forms cannot make: refused, naming the field.
    CHECK(fieldOf([&] { computeCrossover(alp, 1.5, kStart, 4, 14, QStringLiteral("S2"), forms, dz, times); })
        == QStringLiteral("stages"));
    CHECK(fieldOf([&] { computeCrossover(alp, 2, kStart, 3, 14, QStringLiteral("S2"), forms, dz, times); })
        == QStringLiteral("doseTimes"));
    const QList<DoseTime> odd { { QTime(8, 0), 0.3 }, { QTime(22, 0), 0.5 } };
    CHECK(fieldOf([&] { computeCrossover(alp, 0.8, kStart, 2, 14, QStringLiteral("S2"), forms, dz, odd); })
        == QStringLiteral("doseTimes"));
    // One dose time: the one-dose switch, as before.
    const Crossover one
        = computeCrossover(alp, 2, kStart, 4, 14, QStringLiteral("S2"), forms, dz, { { QTime(8, 0), 2 } });
    CHECK(one.doseTimes.isEmpty());
    CHECK(one.stages[1].times.isEmpty());
}
