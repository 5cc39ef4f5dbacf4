// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli plans kept in a diary: save, show, hold, resume, pause, slow, skip, edit-step, archive;
// failures leave the diary's bytes as they were.
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

TEST_CASE("cli plan save, show, hold and resume", "[cli][plan]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);

    // Save: the id, then the same CSV as "plan" computes (the command-line liquid replaces the diary's tablets).
    const CliResult saved = okIn(diary, kSaveCitalopram + split(QStringLiteral("--note agreed")));
    CHECK(saved.out.startsWith(QStringLiteral("Saved plan 1 for Citalopram (hyperbolic")));
    const QString original = csvAfterSummary(saved.out);
    CHECK(original == reference(QStringLiteral("hyperbolic_citalopram")));
    CHECK(saved.err.contains(kProposal));
    const QList<QStringList> before = rows(original);

    // Show, on the pinned today (2026-03-15): step 3 (2026-03-02 to 2026-03-29), 8 mg.
    const CliResult shown = okIn(diary, split(QStringLiteral("plan show")));
    CHECK(
        shown.out.contains(QStringLiteral("Plan 1: Citalopram, hyperbolic, 5 points every 28 days, from 2026-01-05")));
    CHECK(shown.out.contains(QStringLiteral("Status on 2026-03-15: step 3 of 16, 8 mg until 2026-03-29")));
    CHECK(shown.out.contains(QStringLiteral("Note: agreed")));
    CHECK(shown.out.contains(original));
    CHECK(shown.out.contains(
        QStringLiteral("Planned for 2026-03-15:\n  Citalopram: 8 mg (4 mL of 2 mg/mL), step 3 of 16")));
    // WAYMARK_TODAY moves "today".
    const CliResult later = runCli({ QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("--diary"), diary },
        { { QStringLiteral("WAYMARK_TODAY"), QStringLiteral("2026-05-01") } });
    CHECK(later.out.contains(QStringLiteral("Citalopram: 4.4 mg (2.2 mL of 2 mg/mL), step 5 of 16")));

    // A second plan for the same drug is refused, and the diary is untouched.
    const QByteArray bytes = readBytes(diary);
    const CliResult again = runCli(kSaveCitalopram + QStringList { QStringLiteral("--diary"), diary });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--drug: this drug already has an active plan (plan 1)")));
    CHECK(readBytes(diary) == bytes);

    // Hold 14 days in the middle: step 3 ends 14 days later, every later step moves 14 days, doses stay.
    const CliResult held = okIn(diary, split(QStringLiteral("plan hold --plan 1 --days 14")));
    CHECK(
        held.out.startsWith(QStringLiteral("Plan 1 (Citalopram): held from 2026-03-15 for 14 days at step 3 (8 mg)")));
    const QList<QStringList> after = rows(csvAfterSummary(held.out));
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("step " << i + 1);
        CHECK(after[i][3] == before[i][3]); // same doses
        CHECK(after[i][6] == before[i][6]);
        const int shift = i < 2 ? 0 : 14;
        CHECK(day(after[i][1]) == day(before[i][1]).addDays(i < 3 ? 0 : shift));
        if (!before[i][2].isEmpty())
            CHECK(day(after[i][2]) == day(before[i][2]).addDays(shift));
    }
    CHECK(okIn(diary, split(QStringLiteral("plan show --plan 1 --csv"))).out == csvAfterSummary(held.out));

    // Hold until released: the later steps are not known until "resume".
    const CliResult open = okIn(diary, split(QStringLiteral("plan hold --plan 1 --until-released")));
    const QList<QStringList> waiting = rows(csvAfterSummary(open.out));
    REQUIRE(waiting.size() == 3);
    CHECK(waiting.last()[2].isEmpty());
    const QString heldText = okIn(diary, split(QStringLiteral("plan show"))).out;
    CHECK(heldText.contains(QStringLiteral("Status on 2026-03-15: step 3, 8 mg, held until released")));
    CHECK(heldText.contains(QStringLiteral("Citalopram: 8 mg (4 mL of 2 mg/mL), step 3, held until released, plan 1")));
    // Nothing else can change while it waits; resuming before the hold began is refused.
    for (const QString &bad : { QStringLiteral("plan skip --plan 1 --date 2026-03-20"),
             QStringLiteral("plan resume --plan 1 --date 2026-03-01") }) {
        INFO(bad.toStdString());
        const CliResult r = runCli(split(bad) << QStringLiteral("--diary") << diary);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("--")));
    }
    // Resume a week later: the steps after step 3 move 14 + 7 days in all.
    const CliResult resumed = okIn(diary, split(QStringLiteral("plan resume --plan 1 --date 2026-03-22")));
    CHECK(resumed.out.startsWith(QStringLiteral("Plan 1 (Citalopram): resumed on 2026-03-22.")));
    const QList<QStringList> end = rows(csvAfterSummary(resumed.out));
    REQUIRE(end.size() == before.size());
    for (qsizetype i = 3; i < before.size(); ++i)
        CHECK(day(end[i][1]) == day(before[i][1]).addDays(21));
    // A second resume has nothing to release.
    const CliResult twice = runCli(split(QStringLiteral("plan resume --plan 1 --diary")) << diary);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("--plan: the plan is not held until released")));

    // JSON of show.
    const CliResult json = okIn(diary, split(QStringLiteral("plan show --json")));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("today")).toString() == QStringLiteral("2026-03-15"));
    const QJsonObject p = o.value(QStringLiteral("plans")).toArray().first().toObject();
    CHECK(p.value(QStringLiteral("id")).toInt() == 1);
    CHECK(p.value(QStringLiteral("changes")).toArray().size() == 2);
    CHECK(p.value(QStringLiteral("steps")).toArray().size() == end.size());
    const QJsonObject planned = o.value(QStringLiteral("planned_doses")).toArray().first().toObject();
    CHECK(planned.value(QStringLiteral("dose_mg")).toDouble() == 8);
    CHECK(planned.value(QStringLiteral("step")).toInt() == 3);

    // Wrong passphrase: exit 2, nothing changed.
    const QByteArray now = readBytes(diary);
    const CliResult wrong = runCli(split(QStringLiteral("plan hold --plan 1 --days 3 --diary")) << diary,
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    CHECK(wrong.exitCode == 2);
    const CliResult wrongShow = runCli(split(QStringLiteral("plan show --diary")) << diary,
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    CHECK(wrongShow.exitCode == 2);
    CHECK(wrongShow.out.isEmpty());
    CHECK(readBytes(diary) == now);
}

TEST_CASE("cli plan: the adjusted reference schedule, made through a diary", "[cli][plan]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    okIn(diary, kSaveCitalopram);
    okIn(diary, split(QStringLiteral("plan hold --plan 1 --date 2026-03-20 --days 21")));
    okIn(diary, split(QStringLiteral("plan slow --plan 1 --from 2026-06-01 --interval-days 42 --step-points 2.5")));
    const CliResult edited
        = okIn(diary, split(QStringLiteral("plan edit-step --plan 1 --step 12 --mg 2 --date 2026-06-01")));
    CHECK(edited.out.startsWith(QStringLiteral("Plan 1 (Citalopram): step 12 is now 2 mg (1 mL of 2 mg/mL).")));
    const QString adjusted = reference(QStringLiteral("adjusted_citalopram"));
    CHECK(csvAfterSummary(edited.out) == adjusted);
    CHECK(okIn(diary, split(QStringLiteral("plan show --plan 1 --csv"))).out.toStdString() == adjusted.toStdString());
    const QString text = okIn(diary, split(QStringLiteral("plan show"))).out;
    CHECK(text.contains(QStringLiteral("Change: held 21 days from 2026-03-20")));
    CHECK(text.contains(QStringLiteral("Change: step 12 set to 2 mg on 2026-06-01")));
}

TEST_CASE("cli plan: failures change nothing in the diary", "[cli][plan]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    okIn(diary, split(QStringLiteral("plan save --drug diazepam --from-mg 10 --step-mg 1 --start 2026-03-01")));
    const QByteArray bytes = readBytes(diary);
    const QString shownBefore = okIn(diary, split(QStringLiteral("plan show --json"))).out;
    struct Case
    {
        QString args;
        QString named;
    };
    const QList<Case> cases = {
        { QStringLiteral("plan save --drug citalopram --from-mg 20 --step-points 5 --interval-days 0"),
            QStringLiteral("--interval-days:") },
        { QStringLiteral("plan save --drug citalopram --from-mg 20 --step-mg 20"), QStringLiteral("--step-mg:") },
        { QStringLiteral("plan save --drug citalopram --from-mg 20 --step-percent 120"),
            QStringLiteral("--step-percent:") },
        { QStringLiteral("plan save --drug citalopram --from-mg 20 --step-points 5 --tablet 20"),
            QStringLiteral("--tablet/") },
        { QStringLiteral("plan save --drug citalopram --from-mg 20 --step-points 5 --start 2026-02-29"),
            QStringLiteral("--start:") },
        { QStringLiteral("plan save --drug zyxolam --from-mg 20 --step-mg 5"), QStringLiteral("--drug:") },
        { QStringLiteral("plan save --drug diazepam --from-mg 5 --step-mg 1"),
            QStringLiteral("--drug: this drug already") },
        { QStringLiteral("plan save --drug citalopram --from-mg 20 --method linear --step-points 5"),
            QStringLiteral("--step-points does not go with --method linear") },
        { QStringLiteral("plan hold --plan 1 --days 0"), QStringLiteral("--days:") },
        { QStringLiteral("plan hold --plan 1 --days 3 --date 2026-01-01"),
            QStringLiteral("--date: no step is in force") },
        { QStringLiteral("plan hold --plan 1"), QStringLiteral("--days N or --until-released") },
        { QStringLiteral("plan hold --plan 7 --days 3"), QStringLiteral("--plan: this diary has no plan 7") },
        { QStringLiteral("plan hold --plan x --days 3"), QStringLiteral("--plan:") },
        { QStringLiteral("plan hold --plan 1 --days 3 --date 2026-02-30"), QStringLiteral("--date:") },
        { QStringLiteral("plan pause --plan 1 --days 3 --until-resumed"),
            QStringLiteral("--days N or --until-resumed") },
        { QStringLiteral("plan resume --plan 1"), QStringLiteral("--plan: the plan is not held") },
        { QStringLiteral("plan slow --plan 1 --step-percent 10"),
            QStringLiteral("--step-percent does not go with plan 1") },
        { QStringLiteral("plan slow --plan 1 --step-mg 20"), QStringLiteral("--step-mg:") },
        { QStringLiteral("plan slow --plan 1 --interval-days 0"), QStringLiteral("--interval-days:") },
        { QStringLiteral("plan slow --plan 1"), QStringLiteral("--interval-days N") },
        { QStringLiteral("plan skip --plan 1 --date 2026-01-01"), QStringLiteral("--date:") },
        { QStringLiteral("plan edit-step --plan 1 --step 1 --mg 8"),
            QStringLiteral("--step: step 1 began on 2026-03-01") },
        { QStringLiteral("plan edit-step --plan 1 --step 40 --mg 8"), QStringLiteral("--step: there is no step 40") },
        { QStringLiteral("plan edit-step --plan 1 --step 3 --mg 9.5"), QStringLiteral("--mg:") },
        { QStringLiteral("plan edit-step --plan 1 --step 3 --mg -1"), QStringLiteral("--mg:") },
        { QStringLiteral("plan archive --plan 2"), QStringLiteral("--plan: this diary has no plan 2") },
    };
    for (const Case &c : cases) {
        INFO(c.args.toStdString());
        const CliResult r = runCli(split(c.args) << QStringLiteral("--diary") << diary);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(c.named));
        CHECK(readBytes(diary) == bytes);
    }
    CHECK(okIn(diary, split(QStringLiteral("plan show --json"))).out == shownBefore);
}

TEST_CASE("cli plan: pause, slow, skip, edit-step and archive", "[cli][plan]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    // Diazepam 10 mg, 1 mg steps every 14 days from 2026-04-01 (after today, 2026-03-15), library tablets.
    const CliResult saved = okIn(diary,
        split(QStringLiteral("plan save --drug diazepam --from-mg 10 --step-mg 1 --interval-days 14 "
                             "--start 2026-04-01")));
    const QList<QStringList> base = rows(csvAfterSummary(saved.out));
    REQUIRE(base.size() == 11);
    for (const QStringList &s : base)
        CHECK(s[5].isEmpty()); // no occupancy fit for diazepam
    CHECK(
        okIn(diary, split(QStringLiteral("plan show"))).out.contains(QStringLiteral("starts on 2026-04-01 at 10 mg")));
    CHECK(okIn(diary, split(QStringLiteral("plan show")))
              .out.contains(QStringLiteral("Planned for 2026-03-15:\n  nothing")));

    // A pause before the start moves the start.
    const QList<QStringList> paused
        = rows(csvAfterSummary(okIn(diary, split(QStringLiteral("plan pause --plan 1 --days 10"))).out));
    CHECK(paused.first()[1] == QStringLiteral("2026-04-11"));
    // Slower from the second step on: 28-day steps.
    const QList<QStringList> slow = rows(csvAfterSummary(
        okIn(diary, split(QStringLiteral("plan slow --plan 1 --from 2026-04-11 --interval-days 28"))).out));
    CHECK(slow[0][2] == QStringLiteral("2026-04-24")); // the step in force keeps its 14 days
    CHECK(day(slow[1][1]).daysTo(day(slow[1][2])) == 27);
    // Skip ahead: step 2 starts on 2026-04-20.
    const CliResult skipped = okIn(diary, split(QStringLiteral("plan skip --plan 1 --date 2026-04-20")));
    CHECK(skipped.out.startsWith(QStringLiteral("Plan 1 (Diazepam): step 2 (9 mg) begins on 2026-04-20.")));
    CHECK(rows(csvAfterSummary(skipped.out))[1][1] == QStringLiteral("2026-04-20"));
    // Edit a future step's dose.
    const CliResult edited = okIn(diary, split(QStringLiteral("plan edit-step --plan 1 --step 3 --mg 8.5")));
    CHECK(rows(csvAfterSummary(edited.out))[2][3] == QStringLiteral("8.5"));
    // Archive: gone from show, still in show --all; the drug can get a new plan.
    okIn(diary, split(QStringLiteral("plan archive --plan 1")));
    CHECK(okIn(diary, split(QStringLiteral("plan show"))).out.startsWith(QStringLiteral("No active plans.")));
    CHECK(okIn(diary, split(QStringLiteral("plan show --all")))
              .out.contains(QStringLiteral("Status on 2026-03-15: archived")));
    const CliResult again = runCli(split(QStringLiteral("plan archive --plan 1 --diary")) << diary);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--plan: plan 1 is already archived")));
    const CliResult second
        = okIn(diary, split(QStringLiteral("plan save --drug diazepam --from-mg 10 --step-percent 10 --start today")));
    CHECK(second.out.startsWith(
        QStringLiteral("Saved plan 2 for Diazepam (percent, 10 % every 28 days, from 2026-03-15).")));
}

TEST_CASE("cli plan: a file that is not a diary exits 3 and is left alone, a missing one exits 4", "[cli][plan]")
{
    TempFolder tmp;
    const QString path = tmp.file(QStringLiteral("text.wmk"));
    const QByteArray content("Dear diary,\nthis is just a text file.\n");
    writeBytes(path, content);
    for (const QString &args : { QStringLiteral("plan show"), QStringLiteral("plan hold --plan 1 --days 3"),
             QStringLiteral("plan save --drug diazepam --from-mg 10 --step-mg 1") }) {
        INFO(args.toStdString());
        const CliResult r = runCli(split(args) << QStringLiteral("--diary") << path);
        CHECK(r.exitCode == 3);
        CHECK(r.out.isEmpty());
        CHECK(readBytes(path) == content);
    }
    const QString missing = tmp.file(QStringLiteral("missing.wmk"));
    CHECK(runCli(split(QStringLiteral("plan show --diary")) << missing).exitCode == 4);
    CHECK_FALSE(QFile::exists(missing));
    // Every diary command needs a diary.
    const CliResult none = runCli(split(QStringLiteral("plan show")));
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("--diary FILE is needed")));
}
