// SPDX-License-Identifier: GPL-3.0-or-later
// The migration ladder, step by step, and the committed fixture of every schema version.
#include "database.h"
#include "diary.h"
#include "errors.h"
#include "migrations.h"
#include "planner/dosetimes.h"
#include "planner/planjson.h"
#include "storedplan.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace waymark;
using namespace waymark::test;

namespace {

QStringList columns(Database &db, const char *table)
{
    Statement st = db.prepare(QByteArray("PRAGMA table_info(").append(table).append(")").constData());
    QStringList out;
    while (st.step())
        out << st.text(1);
    return out;
}

/** A diary at an old schema version, with some rows written the way that version wrote them. */
QString makeVersion(const TempFolder &dir, int version)
{
    const QString path = dir.file(QStringLiteral("v%1.waymark").arg(version));
    writeBytes(path, {});
    const QByteArray key = kPassphrase.toUtf8();
    Database db(path, key, Database::Mode::CreateNew);
    migrations::migrate(db, version);
    db.exec("INSERT INTO drugs (id, name, drug_class, sources, created_at) VALUES (1, 'Oldrug', 'SSRI', 'user', "
            "'2025-01-01');"
            "INSERT INTO dose_events (day, time, drug_id, amount_ug, created_at) VALUES ('2025-01-02', '08:00', 1, "
            "12500, 'x');"
            "INSERT INTO ratings (day, symptom_id, severity) SELECT '2025-01-02', id, 3 FROM symptoms WHERE key = "
            "'dizziness';"
            "INSERT INTO days (day, wellbeing, sleep_hours, note) VALUES ('2025-01-02', 4, 6.5, 'first entry');");
    if (version >= 2)
        db.exec("UPDATE symptoms SET usual = 1 WHERE key = 'dizziness';");
    if (version >= 3) {
        // A percent plan for Oldrug, as version 3 stored it: the plan as JSON.
        planner::Plan plan;
        plan.method = planner::Method::Percent;
        plan.startDoseMg = 12.5;
        plan.startDate = QDate(2025, 2, 1);
        plan.intervalDays = 28;
        plan.stepSize = 10;
        plan.finalDoseMg = 1;
        Formulation tablet;
        tablet.kind = Formulation::Kind::Tablet;
        tablet.strengthMg = 25;
        tablet.splitParts = 2;
        Formulation liquid;
        liquid.kind = Formulation::Kind::Liquid;
        liquid.mgPerMl = 10;
        liquid.syringeMl = 0.1;
        plan.formulations = { tablet, liquid };
        Statement insert = db.prepare("INSERT INTO plans (drug_id, definition, created_at, updated_at) "
                                      "VALUES (1, ?1, '2025-01-20T10:00:00', '2025-01-20T10:00:00')");
        insert.bind(1, QString::fromUtf8(QJsonDocument(planner::planToJson(plan)).toJson(QJsonDocument::Compact)));
        insert.step();
    }
    if (version >= 4)
        db.exec("INSERT INTO drugs (id, name, drug_class, library_key, sources, created_at) "
                "VALUES (2, 'Alprazolam', 'benzodiazepine', 'alprazolam', 'S2', '2025-01-01'),"
                "       (3, 'Diazepam', 'benzodiazepine', 'diazepam', 'S2', '2025-01-01');"
                "INSERT INTO switches (from_drug_id, to_drug_id, from_dose_mg, source_key, stages, interval_days, "
                "start_date, confirmed_at) VALUES (2, 3, 1.0, 'S2', 4, 14, '2025-03-01', '2025-02-20T09:00:00');");
    if (version >= 5)
        db.exec("INSERT INTO dose_events (day, time, drug_id, amount_ug, created_at) VALUES ('2025-03-20', '08:00', 2, "
                "750, 'x');"
                "UPDATE switches SET ended_on = '2025-03-30';"
                "INSERT INTO days (day, note) VALUES ('2025-03-20', 'told the pharmacist');");
    if (version >= 6)
        db.exec("UPDATE days SET note_for_prescriber = 1 WHERE day = '2025-03-20';");
    return path;
}

QString makeVersion1(const TempFolder &dir)
{
    return makeVersion(dir, 1);
}

/** What every fixture of `version` must still show after migrating to the latest version. */
void checkVersionData(Diary &diary, int version)
{
    const DayEntry day = diary.day(QDate(2025, 1, 2));
    REQUIRE(day.doses.size() == 1);
    CHECK(day.doses.first().micrograms == 12500);
    CHECK(day.ratings.value(QStringLiteral("dizziness")) == 3);
    CHECK(day.note == QLatin1String("first entry"));
    CHECK(diary.symptom(QStringLiteral("dizziness"))->usual == (version >= 2));
    const QList<StoredPlan> plans = diary.plans(true);
    REQUIRE(plans.size() == (version >= 3 ? 1 : 0));
    if (version >= 3) {
        CHECK(plans.first().plan.method == planner::Method::Percent);
        REQUIRE_FALSE(plans.first().schedule.steps.isEmpty());
        CHECK(plans.first().schedule.steps.first().doseMg == Approx(12.5));
        CHECK(plans.first().schedule.steps.first().start == QDate(2025, 2, 1));
    }
    const QList<StoredSwitch> switches = diary.switches();
    REQUIRE(switches.size() == (version >= 4 ? 1 : 0));
    if (version >= 4) {
        CHECK(switches.first().startDate == QDate(2025, 3, 1));
        CHECK(switches.first().crossover.fromDoseMg == Approx(1.0));
        CHECK(switches.first().crossover.stages.size() >= 2);
    }
    if (version >= 5) {
        CHECK(switches.first().endedOn == QDate(2025, 3, 30));
        const DayEntry march = diary.day(QDate(2025, 3, 20));
        CHECK(march.note == QLatin1String("told the pharmacist"));
        CHECK(march.doses.size() == 1);
        CHECK(march.noteForPrescriber == (version >= 6));
    }
    // Notes written before version 6 are not marked for the prescriber.
    CHECK_FALSE(diary.day(QDate(2025, 1, 2)).noteForPrescriber);
    // Drugs from before version 7 have no dose times; they can be given one.
    const QList<Drug> drugs = diary.drugs(true);
    REQUIRE_FALSE(drugs.isEmpty());
    CHECK(diary.doseTimes(drugs.first().id).isEmpty());
    diary.setDoseTimes(drugs.first().id, planner::parseDoseTimes(QStringLiteral("08:00=6.25,20:00=6.25")));
    CHECK(planner::formatDoseTimes(diary.doseTimes(drugs.first().id)) == QStringLiteral("08:00=6.25;20:00=6.25"));
}

void checkVersion1Data(Diary &diary)
{
    const DayEntry day = diary.day(QDate(2025, 1, 2));
    REQUIRE(day.doses.size() == 1);
    CHECK(day.doses.first().micrograms == 12500);
    CHECK(day.doses.first().drugName == QLatin1String("Oldrug"));
    CHECK(day.ratings.value(QStringLiteral("dizziness")) == 3);
    CHECK(day.wellbeing == 4);
    CHECK(day.sleepHours == 6.5);
    CHECK(day.note == QLatin1String("first entry"));
}

/** A diary at version 4 with two switches as version 4 wrote them (no stages kept): alprazolam 2 mg
 *  in 4 stages, and an old one-stage switch, which these rules no longer make. */
QString makeVersion4(const TempFolder &dir)
{
    const QString path = dir.file(QStringLiteral("v4.waymark"));
    writeBytes(path, {});
    const QByteArray key = kPassphrase.toUtf8();
    Database db(path, key, Database::Mode::CreateNew);
    migrations::migrate(db, 4);
    db.exec("INSERT INTO drugs (id, name, drug_class, library_key, diazepam10_ashton_mg, diazepam10_vadod_mg, sources, "
            "created_at) "
            "VALUES (1, 'Alprazolam', 'benzodiazepine', 'alprazolam', 0.5, 1, 'S2;S3', '2026-01-01'),"
            "       (2, 'Diazepam', 'benzodiazepine', 'diazepam', 10, 10, 'S2;S3;S4', '2026-01-01');"
            "INSERT INTO formulations (drug_id, kind, strength_mg, split_parts) VALUES "
            "(1, 'tablet', 0.25, 2), (1, 'tablet', 0.5, 2), (1, 'tablet', 1, 2), (1, 'tablet', 2, 2),"
            "(2, 'tablet', 2, 2), (2, 'tablet', 5, 2), (2, 'tablet', 10, 2);"
            "INSERT INTO switches (id, from_drug_id, to_drug_id, from_dose_mg, source_key, stages, interval_days, "
            "start_date, confirmed_at) VALUES (1, 1, 2, 2, 'S2', 4, 14, '2026-04-01', '2026-03-01T10:00:00'),"
            "(2, 1, 2, 1, 'S3', 1, 7, '2026-09-01', '2026-03-02T10:00:00');");
    return path;
}

void checkVersion4Data(Diary &diary)
{
    const QList<StoredSwitch> switches = diary.switches();
    REQUIRE(switches.size() == 2);
    // Computed again with the diary's forms: makeable stages.
    const StoredSwitch &four = switches[0];
    CHECK(four.problem.isEmpty());
    CHECK(four.isActive());
    REQUIRE(four.crossover.stageCount() == 4);
    CHECK(four.crossover.stages[1].fromMg == 1.5);
    CHECK(four.crossover.stages[1].diazepamMg == 10);
    CHECK(four.crossover.stages[4].diazepamMg == 40);
    CHECK(four.crossover.lastDay() == QDate(2026, 5, 26));
    // The one-stage switch cannot be made into stages: it says so and gives no planned doses.
    const StoredSwitch &one = switches[1];
    CHECK_FALSE(one.problem.isEmpty());
    CHECK_FALSE(one.isActive());
    CHECK(diary.plannedDoses(QDate(2026, 9, 2)).size() == 1); // only the first switch's diazepam
    const auto stage2 = diary.plannedDoses(QDate(2026, 4, 15));
    REQUIRE(stage2.size() == 2);
    CHECK(stage2[0].doseMg == 1);
    CHECK(stage2[1].doseMg == 20);
}

/**
 * Opens a copy of the committed fixture `name` (checking it is still at `version`) and migrates it.
 * With WAYMARK_REGENERATE set, first rewrites the fixture with `make`.
 */
std::unique_ptr<Diary> openFixture(
    const TempFolder &dir, const QString &name, int version, const std::function<QString(const TempFolder &)> &make)
{
    const QString fixture = QStringLiteral(WAYMARK_TEST_DATA_DIR "/diaries/") + name;
    if (qEnvironmentVariableIsSet("WAYMARK_REGENERATE")) {
        TempFolder scratch;
        QFile::remove(fixture);
        QDir().mkpath(QFileInfo(fixture).absolutePath());
        REQUIRE(QFile::copy(make(scratch), fixture));
    }
    REQUIRE(QFile::exists(fixture));
    const QString copy = dir.file(QStringLiteral("fixture.waymark"));
    REQUIRE(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        const QByteArray key = kPassphrase.toUtf8();
        Database db(copy, key, Database::Mode::ReadOnly);
        CHECK(db.userVersion() == version);
    }
    auto diary = Diary::open(copy, kPassphrase, testClock());
    CHECK(diary->schemaVersion() == migrations::latestVersion());
    return diary;
}

} // namespace

TEST_CASE("each migration step takes the schema exactly one version up", "[migrations]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("ladder.waymark"));
    writeBytes(path, {});
    const QByteArray key = kPassphrase.toUtf8();
    Database db(path, key, Database::Mode::CreateNew);
    CHECK(db.userVersion() == 0);

    migrations::migrate(db, 1);
    CHECK(db.userVersion() == 1);
    CHECK(columns(db, "symptoms").contains(QStringLiteral("safety")));
    CHECK_FALSE(columns(db, "symptoms").contains(QStringLiteral("usual")));
    Statement count = db.prepare("SELECT count(*) FROM symptoms WHERE builtin = 1");
    REQUIRE(count.step());
    CHECK(count.int64(0) == 46);

    migrations::migrate(db, 2);
    CHECK(db.userVersion() == 2);
    CHECK(columns(db, "symptoms").contains(QStringLiteral("usual")));

    migrations::migrate(db, 3);
    CHECK(db.userVersion() == 3);
    CHECK(columns(db, "plans").contains(QStringLiteral("definition")));
    migrations::migrate(db, 4);
    CHECK(db.userVersion() == 4);
    CHECK(columns(db, "switches").contains(QStringLiteral("confirmed_at")));
    CHECK_FALSE(columns(db, "switches").contains(QStringLiteral("ended_on")));
    migrations::migrate(db, 5);
    CHECK(db.userVersion() == 5);
    CHECK(columns(db, "switches").contains(QStringLiteral("definition")));
    CHECK(columns(db, "switches").contains(QStringLiteral("ended_on")));
    CHECK(columns(db, "switches").contains(QStringLiteral("archived")));
    CHECK(columns(db, "plans").contains(QStringLiteral("ended_on")));
    migrations::migrate(db, 6);
    CHECK(columns(db, "days").contains(QStringLiteral("note_for_prescriber")));
    CHECK(columns(db, "dose_times").isEmpty());
    migrations::migrate(db, 7);
    CHECK(db.userVersion() == 7);
    CHECK(columns(db, "dose_times")
        == QStringList {
            QStringLiteral("id"), QStringLiteral("drug_id"), QStringLiteral("time"), QStringLiteral("micrograms") });

    migrations::migrate(db); // already latest: nothing to do
    CHECK(db.userVersion() == migrations::latestVersion());
}

TEST_CASE("opening an old diary migrates it and keeps every entry", "[migrations]")
{
    TempFolder dir;
    const QString path = makeVersion1(dir);
    auto diary = Diary::open(path, kPassphrase, testClock());
    CHECK(diary->schemaVersion() == migrations::latestVersion());
    checkVersion1Data(*diary);
    diary->setSymptomUsual(QStringLiteral("dizziness"), true);
    CHECK(diary->symptom(QStringLiteral("dizziness"))->usual);
}

TEST_CASE("a failing migration step rolls back to the version before", "[migrations]")
{
    TempFolder dir;
    const QString path = makeVersion1(dir);
    {
        const QByteArray key = kPassphrase.toUtf8();
        Database db(path, key, Database::Mode::OpenExisting);
        // Sabotage step 2: the column it adds already exists, so its ALTER TABLE fails.
        db.exec("ALTER TABLE symptoms ADD COLUMN usual INTEGER");
        REQUIRE_THROWS_AS(migrations::migrate(db), Error);
        CHECK(db.userVersion() == 1);
        Statement st = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ratings_symptom_day'");
        REQUIRE(st.step());
        CHECK(st.int64(0) == 0);
    }
}

// The committed fixture files: one diary per released schema version (1 to 6 so far), passphrase
// kPassphrase, each with the rows that version wrote. Regenerate with
// WAYMARK_REGENERATE=1 ctest -R fixture (only when adding a new version: then add its fixture here).
TEST_CASE("committed fixtures of every schema version open and migrate", "[migrations][fixture]")
{
    const int version = GENERATE(1, 2, 3, 4, 5, 6);
    INFO("fixture of schema version " << version);
    TempFolder dir;
    const auto diary = openFixture(dir, QStringLiteral("schema-v%1.waymark").arg(version), version,
        [version](const TempFolder &d) { return makeVersion(d, version); });
    checkVersion1Data(*diary);
    checkVersionData(*diary, version);
}

TEST_CASE("a version 4 diary with switches migrates to the latest version and keeps them", "[migrations]")
{
    TempFolder dir;
    const QString path = makeVersion4(dir);
    auto diary = Diary::open(path, kPassphrase, testClock());
    CHECK(diary->schemaVersion() == migrations::latestVersion());
    checkVersion4Data(*diary);
    // The migrated switch can be ended and archived.
    diary->endSwitch(1, QDate(2026, 4, 20));
    CHECK(diary->plannedDoses(QDate(2026, 4, 21)).isEmpty());
    diary->archiveSwitch(1);
    CHECK(diary->switches().size() == 1);
}

TEST_CASE(
    "the committed version 4 fixture with switches (one of them one-stage) opens and migrates", "[migrations][fixture]")
{
    TempFolder dir;
    const auto diary = openFixture(dir, QStringLiteral("schema-v4-switches.waymark"), 4, makeVersion4);
    checkVersion4Data(*diary);
}

TEST_CASE("a diary of an older format opened for reading is brought up to date first", "[migrations][fixture]")
{
    // `waymark-cli show` opens read-only; its queries read the latest schema (before this, a
    // version 5 diary failed with "no such column").
    TempFolder dir;
    const QString copy = dir.file(QStringLiteral("old.waymark"));
    REQUIRE(QFile::copy(QStringLiteral(WAYMARK_TEST_DATA_DIR "/diaries/schema-v5.waymark"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const auto diary = Diary::openReadOnly(copy, kPassphrase, testClock());
    CHECK(diary->schemaVersion() == migrations::latestVersion());
    const DayEntry march = diary->day(QDate(2025, 3, 20));
    CHECK(march.note == QLatin1String("told the pharmacist"));
    CHECK_FALSE(march.noteForPrescriber);
    CHECK(diary->history(QDate(2025, 1, 1), QDate(2025, 12, 31)).size() == 2);
}
