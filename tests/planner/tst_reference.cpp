// SPDX-License-Identifier: GPL-3.0-or-later
// Reference schedules: the computed CSV text must equal tests/data/schedules/<name>.csv exactly.
// After an intended change to the planner, regenerate them with
//     WAYMARK_REGENERATE=1 <build>/tests/planner/waymark_planner_tests "[reference]"
// and review the diff before committing (see tests/data/schedules/README.md).
#include "checker.h"
#include "planner/schedulecsv.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::planner;
using namespace waymark::planner::test;

namespace {

QString referencePath(const QString &name)
{
    return QStringLiteral(WAYMARK_TEST_DATA_DIR "/schedules/") + name + QStringLiteral(".csv");
}

void compareWithReference(const QString &name, const Schedule &schedule)
{
    const QString csv = scheduleToCsv(schedule);
    QFile file(referencePath(name));
    if (qEnvironmentVariable("WAYMARK_REGENERATE") == QStringLiteral("1")) {
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv.toUtf8());
        WARN("regenerated " << file.fileName().toStdString());
        return;
    }
    INFO("reference file " << file.fileName().toStdString()
                           << " (regenerate with WAYMARK_REGENERATE=1 after an intended change)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(file.readAll());
    CHECK(csv.toStdString() == expected.toStdString());
}

} // namespace

TEST_CASE("reference: hyperbolic citalopram, 5-point drops, 2 mg/mL liquid", "[planner][reference]")
{
    compareWithReference(QStringLiteral("hyperbolic_citalopram"), computeSchedule(hyperbolicCitalopram()));
}

TEST_CASE("reference: linear sertraline 50 → 0 by 12.5 mg, 25 mg tablets in halves", "[planner][reference]")
{
    Plan p;
    p.method = Method::Linear;
    p.startDoseMg = 50;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 28;
    p.stepSize = 12.5;
    p.fit = kSertraline;
    p.formulations = { tablet(25, 2), tablet(50, 2) };
    compareWithReference(QStringLiteral("linear_sertraline"), computeSchedule(p));
}

TEST_CASE("reference: percent 10 % paroxetine, 20 mg tablets and 2 mg/mL suspension", "[planner][reference]")
{
    Plan p;
    p.method = Method::Percent;
    p.startDoseMg = 20;
    p.startDate = QDate(2026, 1, 5);
    p.intervalDays = 28;
    p.stepSize = 10;
    p.finalDoseMg = 1;
    p.fit = kParoxetine;
    p.formulations = { tablet(20, 2), liquid(2, 0.1) };
    compareWithReference(QStringLiteral("percent_paroxetine"), computeSchedule(p));
}

TEST_CASE("reference: custom diazepam schedule from a prescriber's letter", "[planner][reference]")
{
    Plan p;
    p.method = Method::Custom;
    p.intervalDays = 28;
    p.formulations = { tablet(2, 2), tablet(5), liquid(1, 0.1) };
    p.customDoses = { { QDate(2026, 1, 5), 15 }, { QDate(2026, 2, 2), 13 }, { QDate(2026, 3, 2), 11 },
        { QDate(2026, 3, 30), 9.5 }, { QDate(2026, 4, 27), 8 }, { QDate(2026, 6, 8), 6.5 }, { QDate(2026, 7, 20), 5 },
        { QDate(2026, 8, 31), 3.75 }, { QDate(2026, 10, 12), 2.5 }, { QDate(2026, 11, 23), 1.25 },
        { QDate(2027, 1, 4), 0.5 }, { QDate(2027, 2, 15), 0 } };
    compareWithReference(QStringLiteral("custom_diazepam"), computeSchedule(p));
}

TEST_CASE("reference: hyperbolic citalopram after a hold, a slower pace and an edit", "[planner][reference]")
{
    Plan p = hyperbolicCitalopram();
    p.adjustments = { Adjustment::hold(QDate(2026, 3, 20), 21), Adjustment::changePace(QDate(2026, 6, 1), 42, 2.5),
        Adjustment::editDose(QDate(2026, 6, 1), 12, 2) };
    compareWithReference(QStringLiteral("adjusted_citalopram"), computeSchedule(p));
}

TEST_CASE("schedule CSV format", "[planner][csv]")
{
    Schedule s;
    Step a;
    a.index = 1;
    a.start = QDate(2026, 1, 5);
    a.end = QDate(2026, 2, 1);
    a.doseMg = 11.0000000001;
    a.methodDoseMg = 11.23456;
    a.occupancyPct = 70.04;
    a.howToMake = QStringLiteral("1 × 10 mg + 0.5 mL of 2 mg/mL, \"shaken\"");
    Step b;
    b.index = 2;
    b.start = QDate(2026, 2, 2);
    b.howToMake = QStringLiteral("stop");
    b.cutPct = 100;
    b.warning = { StepWarning::Kind::DeepStop, StepWarning::Cause::Forms,
        QStringLiteral("Stopping cuts 100 %, where 10 % was asked") };
    s.steps = { a, b };
    CHECK(scheduleToCsv(s).toStdString()
        == "step,start_date,end_date,dose_mg,method_dose_mg,occupancy_pct,how_to_make,cut_pct,drop_points,warning,"
           "times,change\n"
           "1,2026-01-05,2026-02-01,11,11.235,70.0,\"1 × 10 mg + 0.5 mL of 2 mg/mL, \"\"shaken\"\"\",,,,,\n"
           "2,2026-02-02,,0,0,,stop,100.0,,\"Stopping cuts 100 %, where 10 % was asked\",,\n");
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
}
