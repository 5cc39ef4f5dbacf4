// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli plan switch: record, show, end, archive; a switch and a plan never overlap silently.
#include "plantests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;
using namespace waymark::test::plan;

namespace {

const QString kStagesHeader = QStringLiteral(
    "stage,start_date,end_date,from_mg,from_how_to_make,diazepam_mg,diazepam_how_to_make,total_as_diazepam_mg");

/** The stage rows printed after the header. */
QList<QStringList> stageRows(const QString &out)
{
    const QStringList lines = out.split(QLatin1Char('\n'));
    const qsizetype h = lines.indexOf(kStagesHeader);
    REQUIRE(h >= 0);
    QList<QStringList> rows;
    for (qsizetype i = h + 1; i < lines.size() && !lines[i].isEmpty() && lines[i].front().isDigit(); ++i) {
        const QStringList f = catalogue::splitCsvLine(lines[i]);
        REQUIRE(f.size() == 8);
        rows << f;
    }
    return rows;
}

const QString kRecord = QStringLiteral(
    "plan switch record --drug alprazolam --mg 2 --stages 4 --interval-days 14 --start 2026-03-16 --table S2");

} // namespace

TEST_CASE("cli plan switch: record, show, end and archive; refused over an active plan", "[cli][plan][switch]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("s.wmk"));
    initDiary(diary);
    okIn(diary, split(QStringLiteral("drug add alprazolam")));
    okIn(diary, split(QStringLiteral("plan save --drug alprazolam --from-mg 2 --step-mg 0.25 --start 2026-03-01")));
    const QByteArray before = readBytes(diary);

    // Bad values are refused before the passphrase is asked for (none is given: the run would fail on it).
    const QMap<QString, QString> noPassphrase = { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } };
    struct Bad
    {
        QString args;
        QString message;
    };
    const QList<Bad> bad = {
        { QString(kRecord).replace(QStringLiteral("--stages 4"), QStringLiteral("--stages 1"))
                + QStringLiteral(" --prescriber-agreed"),
            QStringLiteral("--stages: one stage would mean switching all at once") },
        { QString(kRecord).replace(QStringLiteral("--stages 4"), QStringLiteral("--stages 13"))
                + QStringLiteral(" --prescriber-agreed"),
            QStringLiteral("--stages: use 2 to 12 stages") },
        { QString(kRecord).replace(QStringLiteral("S2"), QStringLiteral("S9")) + QStringLiteral(" --prescriber-agreed"),
            QStringLiteral("--table: use S2") },
        { QString(kRecord).replace(QStringLiteral("--mg 2"), QStringLiteral("--mg -2"))
                + QStringLiteral(" --prescriber-agreed"),
            QStringLiteral("--mg") },
        { QString(kRecord).replace(QStringLiteral("--interval-days 14"), QStringLiteral("--interval-days 0"))
                + QStringLiteral(" --prescriber-agreed"),
            QStringLiteral("--interval-days: use 1 to 90") },
        { kRecord,
            QStringLiteral("--prescriber-agreed: a switch to diazepam is recorded only once your prescriber agreed") },
        { kRecord + QStringLiteral(" --prescriber-agreed --end-plans --archive-plans"),
            QStringLiteral("give --end-plans or --archive-plans, not both") },
    };
    for (const Bad &b : bad) {
        INFO(b.args.toStdString());
        const CliResult r = runCli(split(b.args) << QStringLiteral("--diary") << diary, noPassphrase);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(b.message));
        CHECK(r.out.isEmpty());
    }
    CHECK(readBytes(diary) == before);

    // An active plan of the drug: refused, naming it and what to do; nothing written.
    const CliResult over = runCli(split(kRecord + QStringLiteral(" --prescriber-agreed --diary ")) << diary);
    CHECK(over.exitCode == 1);
    CHECK(over.err.contains(QStringLiteral("--end-plans: plan 1 (the drug being switched) would overlap the switch")));
    CHECK(over.err.contains(QStringLiteral("(or --archive-plans)")));
    CHECK(readBytes(diary) == before);

    // With --end-plans: recorded; the plan's last day is the day before the switch.
    const CliResult rec = okIn(diary, split(kRecord + QStringLiteral(" --prescriber-agreed --end-plans")));
    CHECK(rec.out.startsWith(QStringLiteral(
        "Recorded switch 1.\nSwitch 1: Alprazolam 2 mg to diazepam, 4 stages of 14 days from 2026-03-16")));
    CHECK(rec.out.contains(
        QStringLiteral("Table used: Ashton (S2): 0.5 mg Alprazolam = 10 mg diazepam, so 2 mg = 40 mg diazepam")));
    CHECK(rec.out.contains(
        QStringLiteral("Other table: VA/DoD 2021 (S3): 1 mg Alprazolam = 10 mg diazepam, so 2 mg = 20 mg diazepam")));
    const QList<QStringList> stages = stageRows(rec.out);
    REQUIRE(stages.size() == 4);
    CHECK(stages[0]
        == QStringList { QStringLiteral("1"), QStringLiteral("2026-03-16"), QStringLiteral("2026-03-29"),
            QStringLiteral("1.5"), QStringLiteral("1 × 1 mg + 1 × 0.5 mg"), QStringLiteral("10"),
            QStringLiteral("1 × 10 mg"), QStringLiteral("40") });
    double previousFrom = 2;
    double previousDz = 0;
    for (const QStringList &s : stages) {
        CHECK(s[3].toDouble() < previousFrom);
        CHECK(s[5].toDouble() >= previousDz);
        CHECK(s[7].toDouble() <= 40);
        previousFrom = s[3].toDouble();
        previousDz = s[5].toDouble();
    }
    CHECK(stages[3][3] == QStringLiteral("0"));
    CHECK(stages[3][4] == QStringLiteral("stop"));
    CHECK(stages[3][5] == QStringLiteral("40"));
    CHECK(rec.out.contains(QStringLiteral("After 2026-05-10: diazepam 40 mg alone, until a diazepam plan takes over "
                                          "(it can start on 2026-05-11).")));
    CHECK(rec.err.contains(QStringLiteral("Waymark does not give medical advice")));
    const QJsonObject planShow
        = QJsonDocument::fromJson(okIn(diary, split(QStringLiteral("plan show --all --json"))).out.toUtf8()).object();
    REQUIRE(planShow.value(QStringLiteral("plans")).toArray().size() == 1);
    const QJsonObject endedPlan = planShow.value(QStringLiteral("plans")).toArray().first().toObject();
    CHECK(endedPlan.value(QStringLiteral("ended_on")).toString() == QStringLiteral("2026-03-15"));
    CHECK(endedPlan.value(QStringLiteral("archived")).toBool() == false);
    CHECK(okIn(diary, split(QStringLiteral("plan show"))).out.startsWith(QStringLiteral("No active plans")));

    // A second switch while this one is active is refused.
    const CliResult second = runCli(split(kRecord + QStringLiteral(" --prescriber-agreed --diary ")) << diary);
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("--switch: switch 1 to diazepam is still active")));

    // The diazepam plan after the switch: refused during it, and from another dose; accepted from its end.
    const QByteArray recorded = readBytes(diary);
    const CliResult early = runCli(split(QStringLiteral("plan save --drug diazepam --from-mg 40 --step-percent 10 "
                                                        "--interval-days 14 --start 2026-04-01 --diary"))
        << diary);
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(
        QStringLiteral("--start: switch 1 gives diazepam until 2026-05-10; a diazepam plan starts on 2026-05-11")));
    const CliResult otherDose = runCli(split(QStringLiteral("plan save --drug diazepam --from-mg 30 --step-percent 10 "
                                                            "--interval-days 14 --start 2026-05-11 --diary"))
        << diary);
    CHECK(otherDose.exitCode == 1);
    CHECK(otherDose.err.contains(QStringLiteral("--from-mg: switch 1 ends at 40 mg diazepam")));
    const CliResult alpPlan
        = runCli(split(QStringLiteral("plan save --drug alprazolam --from-mg 2 --step-mg 0.25 --diary")) << diary);
    CHECK(alpPlan.exitCode == 1);
    CHECK(alpPlan.err.contains(QStringLiteral("switched to diazepam (switch 1)")));
    CHECK(readBytes(diary) == recorded);
    okIn(diary,
        split(QStringLiteral("plan save --drug diazepam --from-mg 40 --step-percent 10 --interval-days 14 "
                             "--start 2026-05-11")));

    // Show: on a stage day both drugs, once each; after the switch, the plan's diazepam only (never 80 mg).
    const auto showOn = [&](const QString &today) {
        const CliResult r = runCli(split(QStringLiteral("plan switch show --json --diary")) << diary,
            { { QStringLiteral("WAYMARK_TODAY"), today } });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QJsonObject stage2 = showOn(QStringLiteral("2026-04-01"));
    const QJsonObject sw = stage2.value(QStringLiteral("switches")).toArray().first().toObject();
    CHECK(sw.value(QStringLiteral("status")).toString() == QStringLiteral("stage 2 of 4 until 2026-04-12"));
    CHECK(sw.value(QStringLiteral("table")).toObject().value(QStringLiteral("source")).toString()
        == QStringLiteral("S2"));
    CHECK(sw.value(QStringLiteral("tables")).toArray().size() == 2);
    CHECK(sw.value(QStringLiteral("last_day")).toString() == QStringLiteral("2026-05-10"));
    CHECK(sw.value(QStringLiteral("final_diazepam_mg")).toDouble() == 40);
    const QJsonArray planned2 = stage2.value(QStringLiteral("planned_doses")).toArray();
    REQUIRE(planned2.size() == 2);
    CHECK(planned2[0].toObject().value(QStringLiteral("dose_mg")).toDouble() == 1);
    CHECK(planned2[1].toObject().value(QStringLiteral("dose_mg")).toDouble() == 20);
    CHECK_FALSE(planned2[1].toObject().value(QStringLiteral("conflict")).toBool());
    const QJsonArray plannedAfter
        = showOn(QStringLiteral("2026-05-11")).value(QStringLiteral("planned_doses")).toArray();
    REQUIRE(plannedAfter.size() == 1);
    CHECK(plannedAfter[0].toObject().value(QStringLiteral("dose_mg")).toDouble() == 40);
    CHECK(plannedAfter[0].toObject().value(QStringLiteral("plan")).toInt() == 2);

    // End: a plan may now overlap the switch's remaining days, and the overlap is shown as a conflict.
    okIn(diary, split(QStringLiteral("plan archive --plan 2")));
    const CliResult ended = okIn(diary, split(QStringLiteral("plan switch end --switch 1 --date 2026-04-20")));
    CHECK(ended.out.contains(QStringLiteral("Ended switch 1 (Alprazolam): its last day is 2026-04-20")));
    const CliResult endAgain = runCli(split(QStringLiteral("plan switch end --switch 1 --diary")) << diary);
    CHECK(endAgain.exitCode == 1);
    CHECK(endAgain.err.contains(QStringLiteral("--switch: switch 1 is already ended")));
    okIn(diary,
        split(QStringLiteral("plan save --drug diazepam --from-mg 30 --step-mg 2 --interval-days 14 "
                             "--start 2026-04-13")));
    const CliResult conflictText = runCli(split(QStringLiteral("plan switch show --diary")) << diary,
        { { QStringLiteral("WAYMARK_TODAY"), QStringLiteral("2026-04-15") } });
    REQUIRE(conflictText.exitCode == 0);
    CHECK(conflictText.out.contains(QStringLiteral("Status on 2026-04-15: ended; its last day was 2026-04-20")));
    CHECK(
        conflictText.out.contains(QStringLiteral("Diazepam: CONFLICT: Two sources give a dose of this "
                                                 "drug for this day: 30 mg (plan 3, step 1) and 30 mg (switch 1, "
                                                 "stage 3 of 4). They are not added up; end or archive one of them.")));
    CHECK_FALSE(conflictText.out.contains(QStringLiteral("60 mg")));
    const CliResult planShown = runCli(split(QStringLiteral("plan show --diary")) << diary,
        { { QStringLiteral("WAYMARK_TODAY"), QStringLiteral("2026-04-15") } });
    REQUIRE(planShown.exitCode == 0);
    CHECK(
        planShown.out.contains(QStringLiteral("  Diazepam: 30 mg (3 × 10 mg), step 3 of 4, switch 1 (see \"plan switch "
                                              "show\"). CONFLICT: Two sources")));
    CHECK_FALSE(planShown.out.contains(QStringLiteral("60 mg")));
    const QJsonArray conflicted = showOn(QStringLiteral("2026-04-15")).value(QStringLiteral("planned_doses")).toArray();
    int conflicts = 0;
    for (const QJsonValue &v : conflicted)
        conflicts += v.toObject().value(QStringLiteral("conflict")).toBool() ? 1 : 0;
    CHECK(conflicts == 2);
    CHECK(showOn(QStringLiteral("2026-04-21")).value(QStringLiteral("planned_doses")).toArray().size() == 1);

    // Archive: listed only with --all, no doses.
    CHECK(okIn(diary, split(QStringLiteral("plan switch archive --switch 1")))
              .out.startsWith(QStringLiteral("Archived switch 1")));
    CHECK(okIn(diary, split(QStringLiteral("plan switch show")))
              .out.startsWith(QStringLiteral("No switches to diazepam")));
    CHECK(okIn(diary, split(QStringLiteral("plan switch show --all")))
              .out.contains(QStringLiteral("Status on 2026-03-15: archived")));
    const CliResult again = runCli(split(QStringLiteral("plan switch archive --switch 1 --diary")) << diary);
    CHECK(again.exitCode == 1);
    const CliResult missing = runCli(split(QStringLiteral("plan switch show --switch 7 --diary")) << diary);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("--switch: this diary has no switch 7")));

    // Wrong passphrase: exit 2, nothing changed.
    const QByteArray now = readBytes(diary);
    const CliResult wrong = runCli(split(QStringLiteral("plan switch end --switch 1 --diary")) << diary,
        { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } });
    CHECK(wrong.exitCode == 2);
    CHECK(readBytes(diary) == now);
}

TEST_CASE("cli plan switch: help, the group, and forms that cannot make the stages", "[cli][plan][switch]")
{
    for (const QString &c : { QStringLiteral("plan switch record"), QStringLiteral("plan switch show"),
             QStringLiteral("plan switch end"), QStringLiteral("plan switch archive") }) {
        const CliResult r
            = runCli(split(c) << QStringLiteral("--help"), { { QStringLiteral("WAYMARK_PASSPHRASE"), kUnset } });
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: waymark-cli [--diary FILE] %1").arg(c)));
    }
    const CliResult group = runCli(split(QStringLiteral("plan switch --help")));
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("plan switch record")));
    const CliResult bare = runCli(split(QStringLiteral("plan switch")));
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.contains(QStringLiteral("\"plan switch\" needs one of: record, show, end, archive")));
    const CliResult typo = runCli(split(QStringLiteral("plan switch recrod")));
    CHECK(typo.exitCode == 1);
    CHECK(typo.err.contains(QStringLiteral("unknown command \"plan switch recrod\"")));

    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("f.wmk"));
    initDiary(diary);
    okIn(diary, split(QStringLiteral("drug add nitrazepam")));
    const QByteArray before = readBytes(diary);
    // Whole 5 mg tablets cannot be reduced in stages: refused, naming the library's liquid.
    const CliResult whole = runCli(split(QStringLiteral("plan switch record --drug nitrazepam --mg 5 --stages 4 "
                                                        "--table S4 --prescriber-agreed --diary"))
        << diary);
    CHECK(whole.exitCode == 1);
    CHECK(whole.err.contains(QStringLiteral("a 0.5 mg/mL liquid")));
    CHECK(whole.err.contains(QStringLiteral("drug formulation add")));
    CHECK(readBytes(diary) == before);
    okIn(diary, split(QStringLiteral("drug formulation add --drug nitrazepam --liquid 0.5")));
    const CliResult liquid = okIn(diary,
        split(QStringLiteral("plan switch record --drug nitrazepam --mg 5 --stages 4 "
                             "--table S4 --prescriber-agreed")));
    const QList<QStringList> stages = stageRows(liquid.out);
    REQUIRE(stages.size() == 4);
    CHECK(stages[0][3] == QStringLiteral("3.75"));
    CHECK(stages[0][4] == QStringLiteral("7.5 mL of 0.5 mg/mL"));
}
