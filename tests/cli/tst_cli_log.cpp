// SPDX-License-Identifier: GPL-3.0-or-later
// waymark-cli: drugs, logging and show. Values survive the round trip; bad input changes nothing.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace waymark::test;

namespace {

/** Runs waymark-cli on diary with args after the command words; REQUIREs exit 0. */
CliResult ok(const QString &diary, QStringList args)
{
    args << QStringLiteral("--diary") << diary;
    const CliResult r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

/** A diary with sertraline (library: 25/50/100 mg tablets) and one of each kind of entry on 2026-03-15. */
QString makeDiary(const TempFolder &tmp)
{
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);
    ok(diary, { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Sertraline") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--time"), QStringLiteral("08:00"), QStringLiteral("--drug"), QStringLiteral("Sertraline"),
            QStringLiteral("--mg"), QStringLiteral("50") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--symptom"), QStringLiteral("dizziness"), QStringLiteral("--severity"),
            QStringLiteral("2") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--wellbeing"), QStringLiteral("6"), QStringLiteral("--note"), QStringLiteral("baseline") });
    return diary;
}

} // namespace

TEST_CASE("cli log: doses, symptoms and day fields come back from show --json", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);

    // An empty day.
    const QJsonObject empty = showJson(diary);
    CHECK(empty.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-15"));
    CHECK(empty.value(QStringLiteral("doses")).toArray().isEmpty());
    CHECK(empty.value(QStringLiteral("ratings")).toArray().isEmpty());
    CHECK(empty.value(QStringLiteral("wellbeing")).isNull());
    CHECK(empty.value(QStringLiteral("sleep_hours")).isNull());
    CHECK(empty.value(QStringLiteral("note")).toString().isEmpty());

    ok(diary, { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("sertraline") });
    ok(diary, { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Diazepam") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--time"), QStringLiteral("21:30"), QStringLiteral("--drug"), QStringLiteral("diazepam"),
            QStringLiteral("--mg"), QStringLiteral("0.25") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("today"),
            QStringLiteral("--time"), QStringLiteral("8:05"), QStringLiteral("--drug"), QStringLiteral("SERTRALINE"),
            QStringLiteral("--mg"), QStringLiteral("12,75"), QStringLiteral("--note"),
            QStringLiteral("with breakfast, \"as usual\" \u00e9\u00e8") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--drug"), QStringLiteral("Sertraline"), QStringLiteral("--mg=0.01") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--symptom"), QStringLiteral("brain_zaps"), QStringLiteral("--severity"),
            QStringLiteral("3") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--symptom"), QStringLiteral("dizziness"), QStringLiteral("--severity"),
            QStringLiteral("0") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--wellbeing"), QStringLiteral("7"), QStringLiteral("--sleep"), QStringLiteral("6.5") });
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--note"), QStringLiteral("line one\nline two") });
    // Another day, to show days stay apart.
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"), QStringLiteral("yesterday"),
            QStringLiteral("--wellbeing"), QStringLiteral("2") });

    const QJsonObject day = showJson(diary);
    CHECK(day.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-15"));
    const QJsonArray doses = day.value(QStringLiteral("doses")).toArray();
    REQUIRE(doses.size() == 3);
    // Ordered by time, untimed last.
    const QJsonObject first = doses.at(0).toObject();
    CHECK(first.value(QStringLiteral("time")).toString() == QStringLiteral("08:05"));
    CHECK(first.value(QStringLiteral("drug")).toString() == QStringLiteral("Sertraline"));
    CHECK(first.value(QStringLiteral("mg")).toDouble() == 12.75);
    CHECK(
        first.value(QStringLiteral("note")).toString() == QStringLiteral("with breakfast, \"as usual\" \u00e9\u00e8"));
    const QJsonObject second = doses.at(1).toObject();
    CHECK(second.value(QStringLiteral("time")).toString() == QStringLiteral("21:30"));
    CHECK(second.value(QStringLiteral("drug")).toString() == QStringLiteral("Diazepam"));
    CHECK(second.value(QStringLiteral("mg")).toDouble() == 0.25);
    CHECK(second.value(QStringLiteral("note")).toString().isEmpty());
    const QJsonObject third = doses.at(2).toObject();
    CHECK(third.value(QStringLiteral("time")).isNull());
    CHECK(third.value(QStringLiteral("mg")).toDouble() == 0.01);

    const QJsonArray ratings = day.value(QStringLiteral("ratings")).toArray();
    REQUIRE(ratings.size() == 2);
    QMap<QString, QJsonObject> byKey;
    for (const QJsonValue &v : ratings)
        byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
    REQUIRE(byKey.contains(QStringLiteral("brain_zaps")));
    REQUIRE(byKey.contains(QStringLiteral("dizziness")));
    CHECK(byKey[QStringLiteral("brain_zaps")].value(QStringLiteral("severity")).toInt() == 3);
    CHECK(byKey[QStringLiteral("dizziness")].value(QStringLiteral("severity")).toInt() == 0);
    CHECK(byKey[QStringLiteral("dizziness")].value(QStringLiteral("name")).toString() == QStringLiteral("Dizziness"));
    CHECK(byKey[QStringLiteral("dizziness")].value(QStringLiteral("group")).toString() == QStringLiteral("Balance"));

    CHECK(day.value(QStringLiteral("wellbeing")).toInt() == 7);
    CHECK(day.value(QStringLiteral("sleep_hours")).toDouble() == 6.5);
    CHECK(day.value(QStringLiteral("note")).toString() == QStringLiteral("line one\nline two"));

    const QJsonObject yesterday = showJson(diary, QStringLiteral("2026-03-14"));
    CHECK(yesterday.value(QStringLiteral("wellbeing")).toInt() == 2);
    CHECK(yesterday.value(QStringLiteral("doses")).toArray().isEmpty());

    // The human-readable form says the same things.
    const CliResult text
        = ok(diary, { QStringLiteral("show"), QStringLiteral("--date"), QStringLiteral("2026-03-15") });
    CHECK(text.out.contains(QStringLiteral("08:05  Sertraline  12.75 mg")));
    CHECK(text.out.contains(QStringLiteral("21:30  Diazepam  0.25 mg")));
    CHECK(text.out.contains(QStringLiteral("brain_zaps")));
    CHECK(text.out.contains(QStringLiteral("severe")));
    CHECK(text.out.contains(QStringLiteral("Wellbeing: 7/10")));
    CHECK(text.out.contains(QStringLiteral("Sleep: 6.5 hours")));

    // An empty --note removes the note; other fields stay.
    ok(diary,
        {
            QStringLiteral("log"),
            QStringLiteral("day"),
            QStringLiteral("--date"),
            QStringLiteral("2026-03-15"),
            QStringLiteral("--note="),
        });
    const QJsonObject cleared = showJson(diary);
    CHECK(cleared.value(QStringLiteral("note")).toString().isEmpty());
    CHECK(cleared.value(QStringLiteral("wellbeing")).toInt() == 7);
}

TEST_CASE("cli log: bad input exits 1 naming the field, and the diary is unchanged", "[cli]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    const QJsonObject before = showJson(diary);
    const QByteArray bytes = readBytes(diary);
    REQUIRE(before.value(QStringLiteral("doses")).toArray().size() == 1);

    auto dose = [](const QString &mg, QStringList extra = {}) {
        return QStringList { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"),
            QStringLiteral("2026-03-15"), QStringLiteral("--drug"), QStringLiteral("Sertraline"),
            QStringLiteral("--mg"), mg }
        + extra;
    };
    auto symptom = [](const QString &key, const QString &severity) {
        return QStringList { QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
            QStringLiteral("2026-03-15"), QStringLiteral("--symptom"), key, QStringLiteral("--severity"), severity };
    };
    auto day = [](QStringList extra) {
        return QStringList { QStringLiteral("log"), QStringLiteral("day"), QStringLiteral("--date"),
            QStringLiteral("2026-03-15") }
        + extra;
    };
    struct Case
    {
        QStringList args;
        QString field; ///< must appear in the message
    };
    const QList<Case> cases = {
        { dose(QStringLiteral("-1")), QStringLiteral("mg") },
        { dose(QStringLiteral("0")), QStringLiteral("mg") },
        { dose(QStringLiteral("nan")), QStringLiteral("mg") },
        { dose(QStringLiteral("inf")), QStringLiteral("mg") },
        { dose(QStringLiteral("abc")), QStringLiteral("mg") },
        { dose(QStringLiteral("1e3")), QStringLiteral("mg") },
        { dose(QStringLiteral("0.0001")), QStringLiteral("mg") },
        { dose(QStringLiteral("20000")), QStringLiteral("mg") }, // above the 10 g ceiling
        { dose(QStringLiteral("1001")), QStringLiteral("--force") }, // > 10x the largest (100 mg) tablet
        { dose(QStringLiteral("5"), { QStringLiteral("--time"), QStringLiteral("25:00") }), QStringLiteral("time") },
        { dose(QStringLiteral("5"), { QStringLiteral("--note"), QString(10001, QLatin1Char('x')) }),
            QStringLiteral("note") },
        { { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-02-30"),
              QStringLiteral("--drug"), QStringLiteral("Sertraline"), QStringLiteral("--mg"), QStringLiteral("5") },
            QStringLiteral("date") },
        { { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("15/03/2026"),
              QStringLiteral("--drug"), QStringLiteral("Sertraline"), QStringLiteral("--mg"), QStringLiteral("5") },
            QStringLiteral("date") },
        { { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
              QStringLiteral("--drug"), QStringLiteral("Zyxolam"), QStringLiteral("--mg"), QStringLiteral("5") },
            QStringLiteral("drug") },
        { { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
              QStringLiteral("--drug"), QStringLiteral("Sertraline") },
            QStringLiteral("--mg is needed") },
        { symptom(QStringLiteral("no_such_symptom"), QStringLiteral("2")), QStringLiteral("symptom") },
        { symptom(QStringLiteral("dizziness"), QStringLiteral("5")), QStringLiteral("severity") },
        { symptom(QStringLiteral("dizziness"), QStringLiteral("-1")), QStringLiteral("severity") },
        { symptom(QStringLiteral("dizziness"), QStringLiteral("2.5")), QStringLiteral("severity") },
        { symptom(QStringLiteral("dizziness"), QStringLiteral("bad")), QStringLiteral("severity") },
        { day({ QStringLiteral("--wellbeing"), QStringLiteral("11") }), QStringLiteral("wellbeing") },
        { day({ QStringLiteral("--wellbeing"), QStringLiteral("6.5") }), QStringLiteral("wellbeing") },
        { day({ QStringLiteral("--sleep"), QStringLiteral("25") }), QStringLiteral("sleep") },
        { day({ QStringLiteral("--sleep"), QStringLiteral("nan") }), QStringLiteral("sleep") },
        { day({ QStringLiteral("--note"), QString(10001, QLatin1Char('y')) }), QStringLiteral("note") },
        { day({ QStringLiteral("--note"), QStringLiteral("bell\a") }), QStringLiteral("note") },
        { day({}), QStringLiteral("at least one of") },
        // A valid field with an invalid one: nothing at all is saved.
        { day({ QStringLiteral("--wellbeing"), QStringLiteral("3"), QStringLiteral("--sleep"), QStringLiteral("-2") }),
            QStringLiteral("sleep") },
    };
    for (const Case &c : cases) {
        QStringList args = c.args;
        args << QStringLiteral("--diary") << diary;
        INFO(args.join(QLatin1Char(' ')).left(200).toStdString());
        const CliResult r = runCli(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("waymark-cli: ")));
        CHECK(r.err.contains(c.field));
        CHECK(r.out.isEmpty());
        CHECK(showJson(diary) == before);
        CHECK(readBytes(diary) == bytes);
    }
}

TEST_CASE("cli log dose: an unusually large dose needs --force", "[cli]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    const QStringList args = { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"),
        QStringLiteral("2026-03-15"), QStringLiteral("--drug"), QStringLiteral("Sertraline"), QStringLiteral("--mg"),
        QStringLiteral("1500"), QStringLiteral("--diary"), diary };
    const CliResult refused = runCli(args);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("mg")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(showJson(diary).value(QStringLiteral("doses")).toArray().size() == 1);

    // Exactly 10x the largest strength is still fine without --force.
    ok(diary,
        { QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"), QStringLiteral("2026-03-15"),
            QStringLiteral("--drug"), QStringLiteral("Sertraline"), QStringLiteral("--mg"), QStringLiteral("1000") });

    const CliResult forced = runCli(args + QStringList { QStringLiteral("--force") });
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    const QJsonArray doses = showJson(diary).value(QStringLiteral("doses")).toArray();
    REQUIRE(doses.size() == 3);
    QList<double> mgs;
    for (const QJsonValue &v : doses)
        mgs << v.toObject().value(QStringLiteral("mg")).toDouble();
    CHECK(mgs.contains(1500.0));
    CHECK(mgs.contains(1000.0));
}

TEST_CASE("cli: error messages never repeat diary content", "[cli]")
{
    TempFolder tmp;
    const QString diary = makeDiary(tmp);
    ok(diary,
        { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Secretdrugname"), QStringLiteral("--class"),
            QStringLiteral("herbal") });

    const CliResult large = runCli({ QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"),
        QStringLiteral("2026-03-15"), QStringLiteral("--drug"), QStringLiteral("sertraline"), QStringLiteral("--mg"),
        QStringLiteral("5000"), QStringLiteral("--diary"), diary });
    CHECK(large.exitCode == 1);
    CHECK_FALSE(large.err.contains(QStringLiteral("ertraline")));
    CHECK_FALSE(large.err.contains(QStringLiteral("100")));

    const CliResult unknown = runCli({ QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"),
        QStringLiteral("2026-03-15"), QStringLiteral("--drug"), QStringLiteral("Secretdrug"), QStringLiteral("--mg"),
        QStringLiteral("5"), QStringLiteral("--diary"), diary });
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(unknown.err.contains(QStringLiteral("Secretdrug")));

    const CliResult duplicate
        = runCli({ QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("SECRETDRUGNAME"),
            QStringLiteral("--class"), QStringLiteral("herbal"), QStringLiteral("--diary"), diary });
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("already")));
    CHECK_FALSE(duplicate.err.contains(QStringLiteral("ecretdrugname"), Qt::CaseInsensitive));

    const CliResult symptom = runCli({ QStringLiteral("log"), QStringLiteral("symptom"), QStringLiteral("--date"),
        QStringLiteral("2026-03-15"), QStringLiteral("--symptom"), QStringLiteral("dizzy"),
        QStringLiteral("--severity"), QStringLiteral("1"), QStringLiteral("--diary"), diary });
    CHECK(symptom.exitCode == 1);
    CHECK_FALSE(symptom.err.contains(QStringLiteral("Dizziness")));
    CHECK_FALSE(symptom.err.contains(QStringLiteral("baseline")));
}

TEST_CASE("cli drug: add, list and formulations", "[cli]")
{
    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);

    const CliResult none = ok(diary, { QStringLiteral("drug"), QStringLiteral("list") });
    CHECK(none.out.contains(QStringLiteral("No drugs")));

    ok(diary, { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("diazepam") });
    // A drug that is not in the library needs --class.
    const CliResult noClass = runCli({ QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Herbal calm"),
        QStringLiteral("--diary"), diary });
    CHECK(noClass.exitCode == 1);
    CHECK(noClass.err.contains(QStringLiteral("class")));
    ok(diary,
        { QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Herbal calm"), QStringLiteral("--class"),
            QStringLiteral("herbal") });
    const CliResult twice = runCli({ QStringLiteral("drug"), QStringLiteral("add"), QStringLiteral("Diazepam"),
        QStringLiteral("--diary"), diary });
    CHECK(twice.exitCode == 1);

    ok(diary,
        { QStringLiteral("drug"), QStringLiteral("formulation"), QStringLiteral("add"), QStringLiteral("--drug"),
            QStringLiteral("Herbal calm"), QStringLiteral("--tablet"), QStringLiteral("7.5"), QStringLiteral("--split"),
            QStringLiteral("4") });
    ok(diary,
        { QStringLiteral("drug"), QStringLiteral("formulation"), QStringLiteral("add"), QStringLiteral("--drug"),
            QStringLiteral("diazepam"), QStringLiteral("--liquid"), QStringLiteral("0.4"),
            QStringLiteral("--syringe-ml"), QStringLiteral("0.1") });
    ok(diary,
        { QStringLiteral("drug"), QStringLiteral("formulation"), QStringLiteral("add"), QStringLiteral("--drug"),
            QStringLiteral("Herbal calm"), QStringLiteral("--capsule"), QStringLiteral("20"), QStringLiteral("--beads"),
            QStringLiteral("100") });

    for (const QStringList &bad : QList<QStringList> {
             { QStringLiteral("--drug"), QStringLiteral("diazepam") },
             { QStringLiteral("--drug"), QStringLiteral("diazepam"), QStringLiteral("--tablet"), QStringLiteral("5"),
                 QStringLiteral("--capsule"), QStringLiteral("5") },
             { QStringLiteral("--drug"), QStringLiteral("diazepam"), QStringLiteral("--tablet"), QStringLiteral("5"),
                 QStringLiteral("--split"), QStringLiteral("3") },
             { QStringLiteral("--drug"), QStringLiteral("diazepam"), QStringLiteral("--tablet"), QStringLiteral("5"),
                 QStringLiteral("--split"), QStringLiteral("2"), QStringLiteral("--modified-release") },
             { QStringLiteral("--drug"), QStringLiteral("diazepam"), QStringLiteral("--tablet"), QStringLiteral("-5") },
             { QStringLiteral("--drug"), QStringLiteral("diazepam"), QStringLiteral("--liquid"), QStringLiteral("2"),
                 QStringLiteral("--beads"), QStringLiteral("10") },
             { QStringLiteral("--drug"), QStringLiteral("nothing like it"), QStringLiteral("--tablet"),
                 QStringLiteral("5") },
         }) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const CliResult r = runCli(QStringList { QStringLiteral("drug"), QStringLiteral("formulation"),
                                       QStringLiteral("add"), QStringLiteral("--diary"), diary }
            + bad);
        CHECK(r.exitCode == 1);
    }

    const CliResult json = ok(diary, { QStringLiteral("drug"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray drugs = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(drugs.size() == 2);
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &v : drugs)
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    REQUIRE(byName.contains(QStringLiteral("Diazepam")));
    REQUIRE(byName.contains(QStringLiteral("Herbal calm")));
    const QJsonObject diazepam = byName[QStringLiteral("Diazepam")];
    CHECK(diazepam.value(QStringLiteral("class")).toString() == QStringLiteral("benzodiazepine"));
    CHECK(diazepam.value(QStringLiteral("sources")).toString().startsWith(QLatin1Char('S')));
    const QJsonArray diazepamForms = diazepam.value(QStringLiteral("formulations")).toArray();
    CHECK(diazepamForms.size() >= 2); // library tablets plus the liquid
    CHECK(diazepamForms.contains(QStringLiteral("0.4 mg/mL liquid (syringe 0.1 mL)")));
    const QJsonObject herbal = byName[QStringLiteral("Herbal calm")];
    CHECK(herbal.value(QStringLiteral("class")).toString() == QStringLiteral("herbal"));
    CHECK(herbal.value(QStringLiteral("sources")).toString() == QStringLiteral("user"));
    CHECK(herbal.value(QStringLiteral("formulations")).toArray()
        == QJsonArray({ QStringLiteral("7.5 mg tablet (quarters)"), QStringLiteral("20 mg capsule (100 beads)") }));

    const CliResult text = ok(diary, { QStringLiteral("drug"), QStringLiteral("list") });
    CHECK(text.out.contains(QStringLiteral("Herbal calm (herbal; sources: user)")));
    CHECK(text.out.contains(QStringLiteral("  7.5 mg tablet (quarters)")));

    // The user's own tablet strength drives the "unusually large" check: 10 x 20 mg = 200 mg.
    const CliResult big = runCli({ QStringLiteral("log"), QStringLiteral("dose"), QStringLiteral("--date"),
        QStringLiteral("today"), QStringLiteral("--drug"), QStringLiteral("Herbal calm"), QStringLiteral("--mg"),
        QStringLiteral("200.5"), QStringLiteral("--diary"), diary });
    CHECK(big.exitCode == 1);
    CHECK(big.err.contains(QStringLiteral("--force")));
}

TEST_CASE("cli symptoms: lists keys with and without a diary", "[cli]")
{
    const CliResult builtin = runCli({ QStringLiteral("symptoms") });
    CHECK(builtin.exitCode == 0);
    CHECK(builtin.out.contains(QStringLiteral("dizziness")));
    CHECK(builtin.out.contains(QStringLiteral("Dizziness")));
    CHECK(builtin.out.contains(QStringLiteral("Balance")));
    CHECK(builtin.out.contains(QStringLiteral("brain_zaps")));

    TempFolder tmp;
    const QString diary = tmp.file(QStringLiteral("d.wmk"));
    initDiary(diary);
    const CliResult json = ok(diary, { QStringLiteral("symptoms"), QStringLiteral("--json") });
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(list.size() > 20);
    bool found = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("key")).toString() == QLatin1String("dizziness")) {
            found = true;
            CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Dizziness"));
            CHECK(o.value(QStringLiteral("group")).toString() == QStringLiteral("Balance"));
        }
    }
    CHECK(found);
    // With a diary, its passphrase is needed.
    CHECK(runCli({ QStringLiteral("symptoms"), QStringLiteral("--diary"), diary },
              { { QStringLiteral("WAYMARK_PASSPHRASE"), kOtherPassphrase } })
              .exitCode
        == 2);
}
