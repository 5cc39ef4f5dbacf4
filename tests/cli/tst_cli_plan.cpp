// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli plan without a diary: the planner's reference files byte for byte, makeable and falling
// doses, every invalid parameter named by its option, equivalents, help.
#include "checker.h"
#include "plantests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::test;
using namespace waymark::test::plan;
using planner::test::capsule;
using planner::test::checkHowTo;
using planner::test::liquid;
using planner::test::tablet;

TEST_CASE("cli plan: reproduces the planner's reference schedules byte for byte", "[cli][plan]")
{
    struct Case
    {
        QString name;
        QStringList args;
        bool fit;
    };
    const QList<Case> cases = {
        { QStringLiteral("hyperbolic_citalopram"), kHyperbolicCitalopram, true },
        { QStringLiteral("linear_sertraline"),
            split(
                QStringLiteral("plan --drug sertraline --from-mg 50 --method linear --step-mg 12.5 --interval-days 28 "
                               "--start 2026-01-05 --tablet 25:2 --tablet 50:2")),
            true },
        { QStringLiteral("percent_paroxetine"),
            split(
                QStringLiteral("plan --drug paroxetine --from-mg 20 --step-percent 10 --final-mg 1 --interval-days 28 "
                               "--start 2026-01-05 --tablet 20:2 --liquid 2:0.1")),
            true },
        { QStringLiteral("custom_diazepam"), customDiazepamArgs(), false },
    };
    for (const Case &c : cases) {
        INFO(c.name.toStdString());
        const CliResult r = ok(c.args);
        CHECK(r.out.toStdString() == reference(c.name).toStdString());
        // Notes go to standard error only: the proposal line always, the modelled-occupancy note with a fit.
        CHECK(r.err.contains(kProposal));
        CHECK(r.err.contains(QStringLiteral("modelled")) == c.fit);
        CHECK_FALSE(r.out.contains(kProposal));
    }
    // "=" values and options in another order give the same schedule.
    const CliResult eq = ok(split(QStringLiteral("plan --liquid=2:0.1 --start=2026-01-05 --step-points=5 "
                                                 "--from-mg=20 --drug=Citalopram")));
    CHECK(eq.out == reference(QStringLiteral("hyperbolic_citalopram")));
}

TEST_CASE("cli plan: --final-mg stops the taper once the method's dose falls below it", "[cli][plan]")
{
    // The command: the reference schedule, cut where the method's dose (0.323 mg) falls below 0.5 mg.
    const CliResult r = ok(kHyperbolicCitalopram + split(QStringLiteral("--final-mg 0.5")));
    const QStringList got = r.out.split(QLatin1Char('\n'));
    const QStringList ref = reference(QStringLiteral("hyperbolic_citalopram")).split(QLatin1Char('\n'));
    REQUIRE(got.size() == 16); // header, 13 steps, the stop step, and the final newline
    for (int i = 0; i < 14; ++i)
        CHECK(got[i] == ref[i]);
    CHECK(ref[13].contains(QStringLiteral(",0.516,"))); // step 13's method dose is above 0.5 mg...
    CHECK(ref[14].contains(QStringLiteral(",0.323,"))); // ...step 14's is not
    // Stopping from 0.6 mg drops 17.2 points where 5 were asked: a hyperbolic stop is judged like any step,
    // and the warning says the final dose, not the forms, is why.
    const QStringList stop = catalogue::splitCsvLine(got[14]);
    REQUIRE(stop.size() == 12);
    CHECK(stop.mid(0, 9).join(QLatin1Char(',')) == QStringLiteral("14,2027-01-04,,0,0,0.0,stop,100.0,17.2"));
    CHECK(stop[9].startsWith(QStringLiteral("Stopping from 0.6 mg cuts 17.2 points of modelled occupancy where 5 "
                                            "points were asked: the plan stops here because the method's next dose "
                                            "(0.323 mg) is below the final dose chosen (0.5 mg)")));
}

TEST_CASE("cli plan: every dose can be made, never goes up, and the dates follow each other", "[cli][plan]")
{
    struct Case
    {
        QStringList args;
        QList<Formulation> forms;
        std::optional<std::pair<double, double>> fit; ///< Emax %, ED50 mg from the library (S1)
    };
    const std::pair<double, double> citalopram { 83.98, 2.33 };
    const std::pair<double, double> sertraline { 92.01, 7.72 };
    const QList<Case> cases = {
        { split(QStringLiteral("plan --drug citalopram --from-mg 40 --step-points 4 --interval-days 21 --start "
                               "2026-02-01 --tablet 10:2 --liquid 2:0.1 --final-mg 0.2")),
            { tablet(10, 2), liquid(2, 0.1) }, citalopram },
        { split(QStringLiteral("plan --drug sertraline --from-mg 150 --step-percent 12.5 --interval-days 14 --start "
                               "2026-02-01 --tablet 25:2 --tablet 50:2 --tablet 100:2 --final-mg 5")),
            { tablet(25, 2), tablet(50, 2), tablet(100, 2) }, sertraline },
        { split(QStringLiteral("plan --drug sertraline --from-mg 100 --step-points 7 --start 2026-02-01 "
                               "--tablet 50:4 --liquid 20:0.05")),
            { tablet(50, 4), liquid(20, 0.05) }, sertraline },
        { split(QStringLiteral("plan --drug diazepam --from-mg 30 --step-mg 2.5 --interval-days 14 --start 2026-02-01 "
                               "--tablet 10 --tablet 5 --tablet 2:2")),
            { tablet(10), tablet(5), tablet(2, 2) }, std::nullopt },
        { split(QStringLiteral("plan --drug diazepam --from-mg 20 --step-percent 10 --final-mg 0.5 --start 2026-02-01 "
                               "--tablet-mr 10 --liquid 1:0.1")),
            { tablet(10, 1, true), liquid(1, 0.1) }, std::nullopt },
        { split(QStringLiteral("plan --drug zyxafine --from-mg 150 --step-percent 10 --final-mg 5 "
                               "--start 2026-02-01 --capsule 75 --capsule 37.5:150 --method percent")),
            { capsule(75), capsule(37.5, 150) }, std::nullopt },
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = ok(c.args);
        const QList<QStringList> steps = rows(r.out);
        REQUIRE(steps.size() >= 3);
        double previous = INFINITY;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QStringList &s = steps[i];
            INFO("step " << s.join(QLatin1Char(',')).toStdString());
            CHECK(s[0] == QString::number(i + 1));
            const double dose = s[3].toDouble();
            CHECK(checkHowTo(c.forms, 3, dose, s[6]).toStdString() == "");
            CHECK(dose < previous);
            previous = dose;
            if (i + 1 < steps.size()) {
                REQUIRE(day(s[2]).isValid());
                CHECK(day(s[2]).addDays(1) == day(steps[i + 1][1]));
            }
            if (c.fit) {
                const double occ = c.fit->first * dose / (c.fit->second + dose);
                CHECK(s[5] == QString::number(occ, 'f', 1));
            } else {
                CHECK(s[5].isEmpty());
            }
        }
        CHECK(steps.last()[3] == QStringLiteral("0"));
        CHECK(steps.last()[2].isEmpty());
        CHECK(steps.first()[1] == QStringLiteral("2026-02-01"));
    }
    // Without formulation options, a library drug brings its tablets (diazepam 2, 5, 10 mg, halves).
    const QStringList base
        = split(QStringLiteral("plan --drug diazepam --from-mg 12 --step-mg 1.5 --start 2026-02-01"));
    const CliResult library = ok(base);
    const CliResult explicitForms = ok(base + split(QStringLiteral("--tablet 2:2 --tablet 5:2 --tablet 10:2")));
    CHECK(library.out == explicitForms.out);
    CHECK(library.out != ok(base + split(QStringLiteral("--tablet 5 --tablet 2"))).out);
    // --emax/--ed50 replace the library's fit, and the note says the values are the user's.
    const CliResult user = ok(kHyperbolicCitalopram + split(QStringLiteral("--emax 90 --ed50 3")));
    CHECK(rows(user.out).first()[5] == QString::number(90.0 * 20 / 23, 'f', 1));
    CHECK(user.err.contains(QStringLiteral("source: user")));
    // A drug not in the library, with its formulations and a fit.
    const CliResult own = ok(split(QStringLiteral("plan --drug zyxolam --from-mg 8 --step-points 10 --emax 80 "
                                                  "--ed50 2 --liquid 1 --start 2026-02-01")));
    CHECK(rows(own.out).first()[5] == QStringLiteral("64.0"));
}

TEST_CASE("cli plan --json: the same steps as the CSV", "[cli][plan]")
{
    const CliResult csv = ok(kHyperbolicCitalopram);
    const CliResult json = ok(kHyperbolicCitalopram + QStringList { QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("drug")).toString() == QStringLiteral("Citalopram"));
    CHECK(o.value(QStringLiteral("method")).toString() == QStringLiteral("hyperbolic"));
    CHECK(o.value(QStringLiteral("fit")).toObject().value(QStringLiteral("source")).toString()
        == QStringLiteral("S1 (modelled)"));
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    const QList<QStringList> expected = rows(csv.out);
    REQUIRE(steps.size() == expected.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        CHECK(s.value(QStringLiteral("start_date")).toString() == expected[i][1]);
        CHECK(s.value(QStringLiteral("dose_mg")).toDouble() == Approx(expected[i][3].toDouble()));
        CHECK(s.value(QStringLiteral("how_to_make")).toString() == expected[i][6]);
    }
    CHECK(steps.last().toObject().value(QStringLiteral("end_date")).isNull());
}

TEST_CASE("cli plan: invalid parameters exit 1 naming the option", "[cli][plan]")
{
    const QString base = QStringLiteral("plan --drug citalopram --start 2026-01-05 ");
    struct Case
    {
        QString args;
        QString named; ///< must appear in the message
    };
    const QList<Case> cases = {
        { base + QStringLiteral("--from-mg 20 --step-points 5 --interval-days 0"),
            QStringLiteral("--interval-days: the step interval must be at least 1 day") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --interval-days -3"),
            QStringLiteral("--interval-days:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --interval-days 1.5"),
            QStringLiteral("--interval-days:") },
        { base + QStringLiteral("--from-mg 20 --step-mg 20"),
            QStringLiteral("--step-mg: the step (20 mg) must be smaller") },
        { base + QStringLiteral("--from-mg 20 --step-mg 25"), QStringLiteral("--step-mg:") },
        { base + QStringLiteral("--from-mg 20 --step-percent 100"), QStringLiteral("--step-percent: the percentage") },
        { base + QStringLiteral("--from-mg 20 --step-percent -5"), QStringLiteral("--step-percent:") },
        { base + QStringLiteral("--from-mg 20 --step-points 80"), QStringLiteral("--step-points:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --tablet 20"),
            QStringLiteral("--tablet/--tablet-mr/--capsule/--liquid: no dose below the start dose of 20 mg") },
        { QStringLiteral("plan --drug citalopram --from-mg 10 --step-points 5 --start 2026-01-05"), QString() },
        { base + QStringLiteral("--from-mg 200 --step-points 5 --tablet 10:2"),
            QStringLiteral("--from-mg: step 1 must be exactly the dose taken now, and 200 mg cannot be made") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --tablet 10:3"), QStringLiteral("--tablet:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --tablet-mr 10:2"), QStringLiteral("--tablet-mr:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --liquid 0"), QStringLiteral("--liquid:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --liquid 2:100"), QStringLiteral("--liquid:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --capsule 10:1"), QStringLiteral("--capsule:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --max-units 9"), QStringLiteral("--max-units:") },
        { base + QStringLiteral("--from-mg 0 --step-points 5"), QStringLiteral("--from-mg:") },
        { base + QStringLiteral("--from-mg abc --step-points 5"), QStringLiteral("--from-mg:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --final-mg 20"), QStringLiteral("--final-mg:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --final-mg -1"), QStringLiteral("--final-mg:") },
        { QStringLiteral("plan --drug citalopram --from-mg 20 --step-points 5 --start 2026-02-30"),
            QStringLiteral("--start: 2026-02-30 does not exist") },
        { QStringLiteral("plan --drug citalopram --from-mg 20 --step-points 5 --start 05/01/2026"),
            QStringLiteral("--start:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --emax 120 --ed50 2"), QStringLiteral("--emax:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --emax 80 --ed50 0"), QStringLiteral("--ed50:") },
        { base + QStringLiteral("--from-mg 20 --step-points 5 --emax 80"), QStringLiteral("--emax and --ed50") },
        { base + QStringLiteral("--from-mg 20 --method linear --step-percent 10"),
            QStringLiteral("--step-percent does not go with --method linear; use --step-mg") },
        { base + QStringLiteral("--from-mg 20 --method hyperbolic --step-mg 2"),
            QStringLiteral("--step-mg does not go with --method hyperbolic; use --step-points") },
        { base + QStringLiteral("--from-mg 20 --step-mg 2 --step-percent 10"),
            QStringLiteral("--step-mg and --step-percent") },
        { base + QStringLiteral("--from-mg 20 --method linear"), QStringLiteral("--method linear needs --step-mg") },
        { base + QStringLiteral("--from-mg 20"), QStringLiteral("--step-mg") },
        { base + QStringLiteral("--from-mg 20 --method fast --step-mg 2"), QStringLiteral("--method:") },
        { QStringLiteral("plan --drug citalopram --step-points 5"), QStringLiteral("--from-mg is needed") },
        { QStringLiteral("plan --from-mg 20 --step-points 5"), QStringLiteral("--drug is needed") },
        // Unknown drugs: fine with formulations, except hyperbolic without a fit.
        { QStringLiteral("plan --drug zyxolam --from-mg 20 --step-percent 10"),
            QStringLiteral("--drug: this drug is not in the built-in library") },
        { QStringLiteral("plan --drug zyxolam --from-mg 20 --step-points 5 --tablet 10:2"),
            QStringLiteral("--method: hyperbolic tapering needs an occupancy fit") },
        { QStringLiteral("plan --drug diazepam --from-mg 20 --step-points 5"),
            QStringLiteral("--method: hyperbolic tapering needs an occupancy fit") },
        // Custom.
        { QStringLiteral("plan --drug diazepam --dose 2026-01-05=10 --dose 2026-01-01=5"),
            QStringLiteral("--dose 2026-01-01=5: dates must follow each other") },
        { QStringLiteral("plan --drug diazepam --dose 2026-01-05=10 --dose 2026-02-01=12"),
            QStringLiteral("--dose 2026-02-01=12: the schedule never goes up") },
        { QStringLiteral("plan --drug diazepam --dose 2026-01-05=0"), QStringLiteral("--dose 2026-01-05=0:") },
        { QStringLiteral("plan --drug diazepam --dose 2026-01-05"),
            QStringLiteral("--dose 2026-01-05: write DATE=MG") },
        { QStringLiteral("plan --drug diazepam --dose 2026-13-05=3"), QStringLiteral("--dose 2026-13-05=3:") },
        { QStringLiteral("plan --drug diazepam --dose 2026-01-05=10 --interval-days 0"),
            QStringLiteral("--interval-days:") },
        { QStringLiteral("plan --drug diazepam --dose 2026-01-05=10 --from-mg 10"),
            QStringLiteral("--from-mg does not go with a custom plan") },
        { QStringLiteral("plan --drug diazepam --method custom --step-mg 1 --dose 2026-01-05=10"),
            QStringLiteral("--step-mg does not go with --method custom") },
        { QStringLiteral("plan --drug diazepam --method custom"), QStringLiteral("--method custom needs its doses") },
        { QStringLiteral("plan --drug diazepam --method linear --step-mg 1 --from-mg 5 --dose 2026-01-05=10"),
            QStringLiteral("--dose does not go with --method linear") },
        // "plan" takes no diary; unknown subcommands are named.
        { base + QStringLiteral("--from-mg 20 --step-points 5 --diary x.wmk"), QStringLiteral("does not use a diary") },
        { QStringLiteral("plan sav --drug citalopram"), QStringLiteral("unknown command \"plan sav\"") },
        { QStringLiteral("plan equivalents --drug citalopram --mg 10"),
            QStringLiteral("--drug: no diazepam-equivalence") },
        { QStringLiteral("plan equivalents --drug zyxolam --mg 10"), QStringLiteral("--drug:") },
        { QStringLiteral("plan equivalents --drug diazepam --mg -1"), QStringLiteral("--mg:") },
    };
    for (const Case &c : cases) {
        INFO(c.args.toStdString());
        const CliResult r = runCli(split(c.args));
        INFO(r.err.toStdString());
        if (c.named.isEmpty()) { // the control case: the same options, valid
            CHECK(r.exitCode == 0);
            continue;
        }
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(c.named));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("cli plan equivalents: both tables, labelled", "[cli][plan]")
{
    const CliResult r = ok(split(QStringLiteral("plan equivalents --drug alprazolam --mg 1")));
    CHECK(r.out.contains(QStringLiteral("Ashton (S2): 20 mg diazepam (0.5 mg Alprazolam = 10 mg diazepam)")));
    CHECK(r.out.contains(QStringLiteral("VA/DoD 2021 (S3): 10 mg diazepam (1 mg Alprazolam = 10 mg diazepam)")));
    const CliResult json = ok(split(QStringLiteral("plan equivalents --drug Lorazepam --mg 2 --json")));
    const QJsonArray eqs
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("equivalents")).toArray();
    REQUIRE(eqs.size() == 2);
    QStringList sources;
    for (const QJsonValue &v : eqs) {
        const QJsonObject e = v.toObject();
        sources << e.value(QStringLiteral("source")).toString();
        CHECK(e.value(QStringLiteral("diazepam_mg")).toDouble()
            == Approx(2 * 10 / e.value(QStringLiteral("mg_per_10mg_diazepam")).toDouble()));
    }
    CHECK(sources == QStringList { QStringLiteral("S2"), QStringLiteral("S3") });
}

TEST_CASE("cli plan: --help for each plan command exits 0", "[cli][plan]")
{
    for (const char *name : { "plan", "plan save", "plan show", "plan hold", "plan pause", "plan resume", "plan slow",
             "plan skip", "plan edit-step", "plan archive", "plan equivalents" }) {
        const QString command = QLatin1String(name);
        INFO(command.toStdString());
        const CliResult r
            = runCli(split(command) << QStringLiteral("--help"), { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } });
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Usage: waymark-cli ")));
        CHECK(r.out.contains(command + QLatin1Char(' ')));
        CHECK(r.err.isEmpty());
    }
    const CliResult plan = runCli({ QStringLiteral("plan"), QStringLiteral("--help") });
    CHECK(plan.out.startsWith(QStringLiteral("Usage: waymark-cli plan --drug NAME")));
    for (const char *option : { "--tablet MG[:PARTS]", "--liquid MG_PER_ML[:SYRINGE_ML]", "--dose DATE=MG", "--emax",
             "plan save", "plan equivalents", "(repeatable)" })
        CHECK(plan.out.contains(QLatin1String(option)));
    CHECK(runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("  plan edit-step ")));
}

namespace {

/** The options after "re-run with " in the summary line, up to its full stop (the line's end). */
QStringList rerunOptions(const QString &err)
{
    const QString lead = QStringLiteral("re-run with ");
    const qsizetype at = err.indexOf(lead);
    REQUIRE(at >= 0);
    const qsizetype stop = err.indexOf(QStringLiteral(".\n"), at);
    REQUIRE(stop > at);
    return split(err.mid(at + lead.size(), stop - at - lead.size()));
}

void requireFalling(const QList<QStringList> &steps)
{
    for (qsizetype i = 1; i < steps.size(); ++i) {
        INFO("step " << steps[i][0].toStdString());
        CHECK(steps[i][3].toDouble() < steps[i - 1][3].toDouble());
    }
}

} // namespace

TEST_CASE("cli plan (issue 7): sertraline 20 mg from the library's tablets is refused, naming the liquid",
    "[cli][plan][issue7]")
{
    const QStringList args
        = split(QStringLiteral("plan --drug sertraline --from-mg 20 --method percent --step-percent 10 "
                               "--interval-days 14 --start 2027-03-01 --final-mg 1"));
    const CliResult r = runCli(args);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty()); // no schedule at all, so never a 25 mg first step
    CHECK(r.err.contains(QStringLiteral("--from-mg: step 1 must be exactly the dose taken now, and 20 mg cannot be "
                                        "made from these forms")));
    CHECK(r.err.contains(QStringLiteral("the nearest they make: 12.5 mg and 25 mg")));
    CHECK(r.err.contains(QStringLiteral("a 20 mg/mL liquid")));
    CHECK(r.err.contains(QStringLiteral("--liquid 20:0.1")));

    // The options the refusal names give a plan whose step 1 is the 20 mg taken now, falling every step.
    const qsizetype at = r.err.indexOf(QStringLiteral("re-run with "));
    REQUIRE(at > 0);
    const qsizetype close = r.err.indexOf(QLatin1Char(')'), at);
    const QStringList forms = split(r.err.mid(at + 12, close - at - 12));
    CHECK(forms.contains(QStringLiteral("--liquid")));
    const CliResult with = ok(args + forms);
    const QList<QStringList> steps = rows(with.out);
    CHECK(steps.first()[3] == QStringLiteral("20"));
    CHECK(steps.first()[6] == QStringLiteral("1 mL of 20 mg/mL"));
    requireFalling(steps);
    // Every warning there is explained in its row and counted in the summary.
    int warned = 0;
    for (const QStringList &s : steps)
        warned += s[9].isEmpty() ? 0 : 1;
    if (warned > 0)
        CHECK(with.err.contains(QStringLiteral("Warning: %1 step").arg(warned)));
}

TEST_CASE("cli plan (issue 7): hyperbolic citalopram 10 points warns on the 57-point stop, naming the liquid; with the "
          "liquid, no warnings",
    "[cli][plan][issue7]")
{
    const QStringList args = split(
        QStringLiteral("plan --drug citalopram --from-mg 20 --method hyperbolic --step-points 10 --start 2027-03-01"));
    const CliResult r = ok(args);
    const QList<QStringList> steps = rows(r.out);
    QStringList doses;
    for (const QStringList &s : steps)
        doses << s[3];
    CHECK(doses.join(QLatin1Char(' ')) == QStringLiteral("20 10 5 0"));
    requireFalling(steps);
    CHECK(steps[1][7] == QStringLiteral("50.0"));
    CHECK(steps[1][8] == QStringLiteral("7.1"));
    CHECK(steps[1][9].isEmpty());
    CHECK(steps[3][7] == QStringLiteral("100.0"));
    CHECK(steps[3][8] == QStringLiteral("57.3"));
    CHECK(steps[3][9].startsWith(QStringLiteral("Stopping from 5 mg cuts 57.3 points of modelled occupancy where 10 "
                                                "points were asked")));
    CHECK(steps[3][9].contains(QStringLiteral("2 mg/mL liquid")));
    // One summary line on stderr, naming the liquid and the options to re-run with; exit 0.
    CHECK(r.err.contains(QStringLiteral("Warning: 1 step cuts more than 1.5 times what was asked (step 4")));
    CHECK(
        r.err.contains(QStringLiteral("With a 2 mg/mL liquid of this drug, measured with a 0.1 mL syringe, no step "
                                      "would: re-run with --tablet 10:2 --tablet 20:2 --tablet 40:2 --liquid 2:0.1.")));
    // The merged step says why it lasts two intervals; the guidance names its source and a smaller final dose.
    CHECK(r.err.contains(QStringLiteral("Step 3: Kept for 56 days instead of 28")));
    CHECK(r.err.contains(QStringLiteral("stopping from 0.315 mg or less would drop no more than one step")));
    CHECK(r.err.contains(QStringLiteral("Guidance source: Horowitz & Taylor")));

    // The printed options, and the liquid alone: the plan follows the curve without warnings.
    for (const QStringList &forms : { rerunOptions(r.err), split(QStringLiteral("--liquid 2:0.1")) }) {
        INFO(forms.join(QLatin1Char(' ')).toStdString());
        const CliResult with = ok(args + forms);
        const QList<QStringList> s = rows(with.out);
        CHECK(s.size() > 5);
        requireFalling(s);
        for (qsizetype i = 1; i < s.size(); ++i) {
            CHECK(s[i][8].toDouble() <= 15);
            CHECK(s[i][9].isEmpty());
        }
        CHECK_FALSE(with.err.contains(QStringLiteral("Warning:")));
    }

    // JSON: the same warning, machine-readable, and the suggestion as an option.
    const CliResult json = ok(args + QStringList { QStringLiteral("--json") });
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray js = o.value(QStringLiteral("steps")).toArray();
    REQUIRE(js.size() == 4);
    const QJsonObject w = js[3].toObject().value(QStringLiteral("warning")).toObject();
    CHECK(w.value(QStringLiteral("kind")).toString() == QStringLiteral("deep-stop"));
    CHECK(w.value(QStringLiteral("cause")).toString() == QStringLiteral("forms"));
    CHECK(js[1].toObject().value(QStringLiteral("warning")).isNull());
    CHECK(js[2].toObject().value(QStringLiteral("merged_note")).toString().contains(QStringLiteral("56 days")));
    const QJsonObject sug = o.value(QStringLiteral("suggestion")).toObject();
    CHECK(sug.value(QStringLiteral("kind")).toString() == QStringLiteral("liquid"));
    CHECK(sug.value(QStringLiteral("option")).toString() == QStringLiteral("--liquid 2:0.1"));
    CHECK(sug.value(QStringLiteral("warnings_after")).toInt() == 0);
    CHECK(o.value(QStringLiteral("warnings")).toInt() == 1);
    CHECK(o.value(QStringLiteral("guidance")).toObject().value(QStringLiteral("smaller_final_dose_mg")).toDouble()
        == Approx(0.315).margin(0.001));
}

TEST_CASE("cli plan: guidance beside a percent plan, with its source", "[cli][plan][issue7]")
{
    const CliResult r = ok(split(QStringLiteral("plan --drug paroxetine --from-mg 20 --step-percent 10 --final-mg 1 "
                                                "--interval-days 28 --start 2026-01-05 --tablet 20:2 --liquid 2:0.1")));
    CHECK(r.err.contains(QStringLiteral("10–25 % of the most recent dose every 2–4 weeks")));
    CHECK(r.err.contains(QStringLiteral("This plan cuts 10 % of the dose every 28 days: within that range.")));
    CHECK(r.err.contains(QStringLiteral("Maudsley")));
    // Paroxetine's last 1.2 → 1 mg cut is 16.7 %: the one warning; the stop from 1 mg (the final dose) is the normal
    // end.
    const QList<QStringList> steps = rows(r.out);
    CHECK(steps.last()[9].isEmpty());
    CHECK(r.err.contains(QStringLiteral("Warning: 1 step cuts")));
}
