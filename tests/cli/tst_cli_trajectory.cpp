// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli trajectory: what the chart shows, read back from the real executable.
#include "clirunner.h"
#include "diary.h"
#include "storedplan.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cmath>

using namespace waymark;
using namespace waymark::test;

namespace {

const QDate kFirst(2026, 1, 1);
const QDate kStep2(2026, 1, 29);

void rate(Diary &diary, const QDate &date, int load)
{
    int left = load;
    for (const char *key : { "dizziness", "brain_zaps", "insomnia", "anxiety" }) {
        const int s = std::min(4, left);
        diary.setRating(date, QString::fromLatin1(key), s);
        left -= s;
    }
}

void dose(Diary &diary, qint64 drugId, const QDate &date, int hour, double mg)
{
    diary.logDose({ date, QTime(hour, 0), drugId, qint64(std::llround(mg * 1000)), {}, {}, false });
}

/**
 * 60 days from 1 Jan 2026: citalopram on a plan (20 mg, step 2 = 15 mg from 29 Jan, followed;
 * step 3 = 10 mg from 12 Feb, not followed), taken as two doses a day with one forgotten on 5 Jan;
 * diazepam cut from 5 to 4 mg on 29 Jan too; nothing logged on 10-11 Jan; symptoms 2 a day,
 * 9 a day from 1 to 8 Feb.
 */
QString makeDiary(const TempFolder &tmp)
{
    const QString path = tmp.file(QStringLiteral("t.wmk"));
    auto diary = Diary::create(path, kPassphrase, testClock());
    const Drug cit = diary->addDrug(QStringLiteral("Citalopram"));
    const Drug dz = diary->addDrug(QStringLiteral("Diazepam"));
    Formulation liquid;
    liquid.drugId = cit.id;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 2;
    liquid.syringeMl = 0.1;
    diary->addFormulation(liquid);
    planner::Plan plan = diary->planTemplate(cit.id);
    plan.method = planner::Method::Linear;
    plan.startDoseMg = 20;
    plan.startDate = QDate(2026, 1, 15);
    plan.intervalDays = 14;
    plan.stepSize = 5;
    const StoredPlan saved = diary->savePlan(cit.id, plan);
    REQUIRE(saved.schedule.steps[1].start == kStep2);
    diary->batch([&] {
        for (int d = 0; d < 60; ++d) {
            const QDate date = kFirst.addDays(d);
            if (date == QDate(2026, 1, 10) || date == QDate(2026, 1, 11))
                continue;
            const double cMg = date < kStep2 ? 20 : 15;
            dose(*diary, cit.id, date, 8, cMg / 2);
            if (date != QDate(2026, 1, 5))
                dose(*diary, cit.id, date, 20, cMg / 2);
            dose(*diary, dz.id, date, 22, date < kStep2 ? 5 : 4);
            rate(*diary, date, date >= QDate(2026, 2, 1) && date <= QDate(2026, 2, 8) ? 9 : 2);
        }
    });
    return path;
}

CliResult run(const QString &diary, QStringList args)
{
    args.prepend(QStringLiteral("trajectory"));
    args << QStringLiteral("--diary") << diary;
    return runCli(args);
}

QJsonObject json(const QString &diary, const QStringList &args = {})
{
    const CliResult r = run(diary, QStringList(args) << QStringLiteral("--json"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE(
    "cli trajectory --json: daily load with gaps, one reduction for two drugs, waves, sentences", "[cli][trajectory]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    const QJsonObject root = json(diary);

    // The whole diary up to today (2026-03-15), as the chart: 74 days, 58 with symptoms logged.
    CHECK(root.value(QStringLiteral("from")).toString() == QStringLiteral("2026-01-01"));
    CHECK(root.value(QStringLiteral("to")).toString() == QStringLiteral("2026-03-15"));
    CHECK(root.value(QStringLiteral("days")).toInt() == 74);
    CHECK(root.value(QStringLiteral("logged_days")).toInt() == 58);
    const QJsonArray daily = root.value(QStringLiteral("daily")).toArray();
    REQUIRE(daily.size() == 74);
    auto day = [&](const QDate &d) { return daily.at(int(kFirst.daysTo(d))).toObject(); };
    CHECK(day(kFirst).value(QStringLiteral("date")).toString() == QStringLiteral("2026-01-01"));
    CHECK(day(kFirst).value(QStringLiteral("load")).toDouble() == 2);
    CHECK(day(QDate(2026, 1, 10)).value(QStringLiteral("load")).isNull()); // nothing logged: null, not 0
    CHECK(day(QDate(2026, 3, 10)).value(QStringLiteral("load")).isNull());
    CHECK(day(QDate(2026, 2, 3)).value(QStringLiteral("load")).toDouble() == 9);
    // A day's dose is the sum of its doses; the forgotten one shows as what was taken.
    const QJsonObject taken = day(QDate(2026, 1, 4)).value(QStringLiteral("taken_mg")).toObject();
    CHECK(taken.value(QStringLiteral("Citalopram")).toDouble() == 20);
    CHECK(taken.value(QStringLiteral("Diazepam")).toDouble() == 5);
    CHECK(day(QDate(2026, 1, 5))
              .value(QStringLiteral("taken_mg"))
              .toObject()
              .value(QStringLiteral("Citalopram"))
              .toDouble()
        == 10);
    CHECK(day(QDate(2026, 1, 10)).value(QStringLiteral("taken_mg")).toObject().isEmpty());

    // One reduction: the followed plan step and the logged diazepam cut of the same day. The
    // forgotten dose and the unfollowed step 3 are not reductions.
    const QJsonArray reductions = root.value(QStringLiteral("reductions")).toArray();
    REQUIRE(reductions.size() == 1);
    const QJsonObject cut = reductions.first().toObject();
    CHECK(cut.value(QStringLiteral("date")).toString() == QStringLiteral("2026-01-29"));
    const QJsonArray drugs = cut.value(QStringLiteral("drugs")).toArray();
    REQUIRE(drugs.size() == 2);
    for (const QJsonValue &v : drugs) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("drug")).toString() == QStringLiteral("Citalopram")) {
            CHECK(d.value(QStringLiteral("from_mg")).toDouble() == 20);
            CHECK(d.value(QStringLiteral("to_mg")).toDouble() == 15);
            CHECK(d.value(QStringLiteral("source")).toString() == QStringLiteral("plan step"));
            CHECK(d.value(QStringLiteral("plan_step")).toInt() == 2);
        } else {
            CHECK(d.value(QStringLiteral("drug")).toString() == QStringLiteral("Diazepam"));
            CHECK(d.value(QStringLiteral("from_mg")).toDouble() == 5);
            CHECK(d.value(QStringLiteral("to_mg")).toDouble() == 4);
            CHECK(d.value(QStringLiteral("source")).toString() == QStringLiteral("logged"));
            CHECK(d.value(QStringLiteral("plan_step")).isNull());
        }
    }
    CHECK(root.value(QStringLiteral("switch_stages")).toArray().isEmpty());

    const QJsonArray waves = root.value(QStringLiteral("waves")).toArray();
    REQUIRE(waves.size() == 1);
    CHECK(waves.first().toObject().value(QStringLiteral("start")).toString() == QStringLiteral("2026-02-01"));
    CHECK(waves.first().toObject().value(QStringLiteral("end")).toString() == QStringLiteral("2026-02-08"));
    CHECK(waves.first().toObject().value(QStringLiteral("days")).toInt() == 8);

    const QJsonObject sentences = root.value(QStringLiteral("sentences")).toObject();
    CHECK(sentences.value(QStringLiteral("range")).toString()
        == QStringLiteral("Symptoms were logged on 58 of the 74 days from 2026-01-01 to 2026-03-15."));
    CHECK(sentences.value(QStringLiteral("reductions"))
              .toString()
              .startsWith(QStringLiteral(
                  "After the last reduction, symptoms rose on median day 3 and settled by median day 11.")));
    CHECK(sentences.value(QStringLiteral("waves")).toString()
        == QStringLiteral("1 wave of symptoms above your usual level, lasting 8 days (58 of 74 days logged)."));
}

TEST_CASE("cli trajectory: a range, the text form, and refusals", "[cli][trajectory]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);

    const QJsonObject feb = json(diary,
        { QStringLiteral("--from"), QStringLiteral("2026-02-02"), QStringLiteral("--to"),
            QStringLiteral("2026-02-10") });
    CHECK(feb.value(QStringLiteral("days")).toInt() == 9);
    CHECK(feb.value(QStringLiteral("daily")).toArray().size() == 9);
    CHECK(feb.value(QStringLiteral("reductions")).toArray().isEmpty()); // the cut was on 29 Jan
    CHECK(feb.value(QStringLiteral("waves")).toArray().size() == 1); // overlaps the range

    const CliResult text = run(diary, {});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Reductions:\n  2026-01-29  ")));
    CHECK(text.out.contains(QStringLiteral("Citalopram 20 → 15 mg (plan step 2)")));
    CHECK(text.out.contains(QStringLiteral("Diazepam 5 → 4 mg (logged)")));
    CHECK(text.out.contains(QStringLiteral("Waves:\n  2026-02-01 to 2026-02-08 (8 days)")));
    CHECK(text.out.contains(QStringLiteral("\n  2026-01-10  -  ")));

    const CliResult backwards = run(diary,
        { QStringLiteral("--from"), QStringLiteral("2026-02-10"), QStringLiteral("--to"),
            QStringLiteral("2026-02-01") });
    CHECK(backwards.exitCode == 1);
    CHECK(backwards.err.contains(QStringLiteral("before its start")));
    CHECK(backwards.out.isEmpty());

    const CliResult badDate = run(diary, { QStringLiteral("--from"), QStringLiteral("2026-13-01") });
    CHECK(badDate.exitCode == 1);
    const CliResult badGroup = run(diary, { QStringLiteral("--group"), QStringLiteral("nonsense") });
    CHECK(badGroup.exitCode == 1);
    CHECK(badGroup.err.contains(QStringLiteral("no such symptom group")));
    CHECK_FALSE(badGroup.err.contains(QStringLiteral("nonsense"))); // what was typed is not repeated

    const CliResult wrong = runCli({ QStringLiteral("trajectory"), QStringLiteral("--diary"), diary },
        { { QStringLiteral("WAYMARK_PASSPHRASE"), QStringLiteral("not the passphrase") } });
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.out.isEmpty());

    const CliResult help = runCli({ QStringLiteral("trajectory"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--from D")));
    CHECK(help.out.contains(QStringLiteral("switch_stages")));
    CHECK(runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("trajectory")));
}

TEST_CASE("cli trajectory of an empty diary", "[cli][trajectory]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("e.wmk"));
    initDiary(diary);
    const QJsonObject root = json(diary);
    CHECK(root.value(QStringLiteral("days")).toInt() == 0);
    CHECK(root.value(QStringLiteral("daily")).toArray().isEmpty());
    CHECK(root.value(QStringLiteral("sentences")).toObject().value(QStringLiteral("range")).toString()
        == QStringLiteral("Nothing logged in this range."));
    const CliResult text = run(diary, {});
    CHECK(text.exitCode == 0);
    CHECK(text.out.trimmed() == QStringLiteral("Nothing logged in this range."));
}

TEST_CASE("cli trajectory lists switch stages to diazepam apart from reductions", "[cli][trajectory][switch]")
{
    TempFolder tmp;
    const QString path = tmp.file(QStringLiteral("s.wmk"));
    qint64 dz = 0;
    QList<planner::CrossoverStage> stages;
    {
        auto diary = Diary::create(path, kPassphrase, testClock());
        const Drug alp = diary->addDrug(QStringLiteral("Alprazolam"));
        const StoredSwitch sw = diary->recordSwitch(alp.id, 1.0, QDate(2026, 2, 1), 2, 14, QStringLiteral("S2"), true);
        dz = sw.diazepamDrugId;
        stages = sw.crossover.stages;
        REQUIRE(stages.size() == 3);
        diary->batch([&] {
            for (QDate date = kFirst; date <= QDate(2026, 3, 10); date = date.addDays(1)) {
                const planner::CrossoverStage &st = date >= stages[2].start ? stages[2]
                    : date >= stages[1].start                               ? stages[1]
                                                                            : stages[0];
                if (st.fromMg > 0)
                    dose(*diary, alp.id, date, 8, st.fromMg);
                if (st.diazepamMg > 0)
                    dose(*diary, dz, date, 22, st.diazepamMg);
                rate(*diary, date, 2);
            }
        });
    }
    const QJsonObject root = json(path);
    CHECK(root.value(QStringLiteral("reductions")).toArray().isEmpty()); // the alprazolam drops are the switch's
    const QJsonArray switchStages = root.value(QStringLiteral("switch_stages")).toArray();
    REQUIRE(switchStages.size() == 2);
    for (int k = 0; k < 2; ++k) {
        const QJsonObject s = switchStages.at(k).toObject();
        CHECK(s.value(QStringLiteral("date")).toString() == stages[k + 1].start.toString(Qt::ISODate));
        CHECK(s.value(QStringLiteral("stage")).toInt() == k + 1);
        CHECK(s.value(QStringLiteral("stages")).toInt() == 2);
        const QJsonArray drugs = s.value(QStringLiteral("drugs")).toArray();
        REQUIRE(drugs.size() == 2);
        CHECK(drugs.at(0).toObject().value(QStringLiteral("drug")).toString() == QStringLiteral("Alprazolam"));
        CHECK(drugs.at(0).toObject().value(QStringLiteral("from_mg")).toDouble() == stages[k].fromMg);
        CHECK(drugs.at(0).toObject().value(QStringLiteral("to_mg")).toDouble() == stages[k + 1].fromMg);
        CHECK(drugs.at(1).toObject().value(QStringLiteral("drug")).toString() == QStringLiteral("Diazepam"));
        CHECK(drugs.at(1).toObject().value(QStringLiteral("to_mg")).toDouble() == stages[k + 1].diazepamMg);
    }
    const CliResult text = run(path, {});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(
        QStringLiteral("Switch stages:\n  %1  stage 1 of 2: Alprazolam ").arg(stages[1].start.toString(Qt::ISODate))));
}
