// SPDX-License-Identifier: GPL-3.0-or-later
// The one change stream: every write records what it changed (kind, id, date), published once
// after the outermost commit and never for a rolled-back transaction.
#include "diary.h"
#include "errors.h"
#include "storedplan.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;
using K = Change::Kind;

namespace {

const QDate kDay(2026, 3, 14);

struct Fixture
{
    TempFolder dir;
    QString path = dir.file(QStringLiteral("c.waymark"));
    std::unique_ptr<Diary> diary = Diary::create(path, kPassphrase, testClock());
    qint64 sertraline = diary->addDrug(QStringLiteral("Sertraline")).id;
};

ChangeSet only(const QSignalSpy &spy)
{
    REQUIRE(spy.size() == 1);
    return spy.first().first().value<ChangeSet>();
}

} // namespace

TEST_CASE("each write publishes what it changed, once, after its commit", "[changes]")
{
    Fixture f;
    Diary &d = *f.diary;
    QSignalSpy changed(&d, &Diary::changed);
    QSignalSpy days(&d, &Diary::dayChanged);

    const DoseEvent dose = d.logDose({ kDay, QTime(8, 0), f.sertraline, 50000, {}, {}, false });
    CHECK(only(changed).list() == QList<Change> { Change::dose(dose.id, kDay, f.sertraline) });
    CHECK(days.size() == 1);
    changed.clear();

    d.setRating(kDay, QStringLiteral("brain_zaps"), 2);
    const ChangeSet rating = only(changed);
    REQUIRE(rating.size() == 1);
    CHECK(rating.list().first().kind == K::Rating);
    CHECK(rating.list().first().key == QLatin1String("brain_zaps"));
    CHECK(rating.touchesDay(kDay));
    CHECK_FALSE(rating.touchesDay(kDay.addDays(1)));
    changed.clear();

    d.setWellbeing(kDay, 6);
    CHECK(only(changed).list() == QList<Change> { Change::day(kDay) });
    changed.clear();

    d.setSetting(QStringLiteral("crisis_number"), QStringLiteral("116 123"));
    CHECK(only(changed).keys(K::Setting) == QStringList { QStringLiteral("crisis_number") });
    CHECK_FALSE(only(changed).touchesDay(kDay));
    changed.clear();

    d.setDrugHidden(f.sertraline, true);
    CHECK(only(changed).ids(K::Drug) == QList<qint64> { f.sertraline });
    changed.clear();

    d.deleteDose(dose.id);
    CHECK(only(changed).list() == QList<Change> { Change::dose(dose.id, kDay, f.sertraline) });
}

TEST_CASE("a committed batch is published once, after the commit, with every change in it", "[changes]")
{
    Fixture f;
    Diary &d = *f.diary;
    QSignalSpy changed(&d, &Diary::changed);
    QSignalSpy days(&d, &Diary::dayChanged);
    QSignalSpy drugs(&d, &Diary::drugsChanged);

    // What another connection to the file sees when the change is announced: committed rows only.
    int seenByOthers = -1;
    QObject::connect(&d, &Diary::changed, &d, [&] {
        auto reader = Diary::openReadOnly(f.path, kPassphrase, testClock());
        seenByOthers = int(reader->doses(kDay).size());
    });

    qint64 diazepam = 0;
    d.batch([&] {
        d.logDose({ kDay, QTime(8, 0), f.sertraline, 50000, {}, {}, false });
        d.logDose({ kDay, QTime(20, 0), f.sertraline, 25000, {}, {}, false });
        d.batch([&] { diazepam = d.addDrug(QStringLiteral("Diazepam")).id; }); // nested: no commit of its own
        d.setRating(kDay, QStringLiteral("insomnia"), 3);
        d.setSleepHours(kDay.addDays(-1), 6.25);
        CHECK(changed.isEmpty()); // nothing is told before the commit
        CHECK(days.isEmpty());
        CHECK(drugs.isEmpty());
    });

    const ChangeSet set = only(changed);
    CHECK(set.ids(K::Dose).size() == 2);
    CHECK(set.ids(K::Drug) == QList<qint64> { diazepam });
    CHECK(set.dates() == QList<QDate> { kDay, kDay.addDays(-1) });
    CHECK(seenByOthers == 2);
    CHECK(days.size() == 2); // once per day, not once per write
    CHECK(drugs.size() == 1);
}

TEST_CASE("a rolled-back batch leaves no trace and publishes nothing", "[changes]")
{
    Fixture f;
    Diary &d = *f.diary;
    d.logDose({ kDay, QTime(8, 0), f.sertraline, 50000, {}, {}, false });
    QSignalSpy changed(&d, &Diary::changed);
    QSignalSpy days(&d, &Diary::dayChanged);
    QSignalSpy drugs(&d, &Diary::drugsChanged);
    QSignalSpy symptoms(&d, &Diary::symptomsChanged);
    QSignalSpy plans(&d, &Diary::plansChanged);

    CHECK_THROWS_AS(d.batch([&] {
        d.logDose({ kDay, QTime(20, 0), f.sertraline, 25000, {}, {}, false });
        d.addDrug(QStringLiteral("Diazepam"));
        d.setSymptomUsual(QStringLiteral("brain_zaps"), true);
        d.setNote(kDay, QStringLiteral("a note that must not survive"));
        d.setRating(kDay, QStringLiteral("no_such_symptom"), 2); // fails: everything rolls back
    }),
        Error);
    CHECK(changed.isEmpty());
    CHECK(days.isEmpty());
    CHECK(drugs.isEmpty());
    CHECK(symptoms.isEmpty());
    CHECK(plans.isEmpty());
    CHECK(d.doses(kDay).size() == 1);
    CHECK_FALSE(d.drugByName(QStringLiteral("Diazepam")));
    CHECK_FALSE(d.symptom(QStringLiteral("brain_zaps"))->usual);
    CHECK(d.day(kDay).note.isEmpty());

    // The next write publishes only its own change, not the rolled-back ones.
    d.setWellbeing(kDay, 4);
    CHECK(only(changed).list() == QList<Change> { Change::day(kDay) });
}

TEST_CASE("plan and switch writes are published with their ids", "[changes][plans]")
{
    Fixture f;
    Diary &d = *f.diary;
    planner::Plan p = d.planTemplate(f.sertraline);
    p.method = planner::Method::Percent;
    p.startDoseMg = 50;
    p.startDate = QDate(2026, 3, 1);
    p.intervalDays = 28;
    p.stepSize = 10;
    QSignalSpy changed(&d, &Diary::changed);
    QSignalSpy plans(&d, &Diary::plansChanged);
    const StoredPlan saved = d.savePlan(f.sertraline, p);
    CHECK(only(changed).list() == QList<Change> { Change::plan(saved.id, f.sertraline) });
    changed.clear();
    d.adjustPlan(saved.id, planner::Adjustment::hold(QDate(2026, 3, 15), 14));
    CHECK(only(changed).list() == QList<Change> { Change::plan(saved.id, f.sertraline) });
    changed.clear();
    d.archivePlan(saved.id);
    CHECK(only(changed).list() == QList<Change> { Change::plan(saved.id, f.sertraline) });
    CHECK(plans.size() == 3);
}
