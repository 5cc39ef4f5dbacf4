// SPDX-License-Identifier: GPL-3.0-or-later
// Undo: every app write is a command that knows its inverse; the stack undoes and redoes them,
// each step one transaction and one published change.
#include "diary.h"
#include "diarycommands.h"
#include "errors.h"
#include "storedplan.h"
#include "testsupport.h"
#include "undostack.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;

namespace {

const QDate kDay(2026, 3, 14);

struct Fixture
{
    TempFolder dir;
    std::unique_ptr<Diary> diary = Diary::create(dir.file(QStringLiteral("u.waymark")), kPassphrase, testClock());
    UndoStack stack;
    qint64 sertraline = diary->addDrug(QStringLiteral("Sertraline")).id;
    qint64 liquid = 0;

    Fixture()
    {
        stack.setDiary(diary.get());
        Formulation f;
        f.drugId = sertraline;
        f.kind = Formulation::Kind::Liquid;
        f.mgPerMl = 20;
        liquid = diary->addFormulation(f).id;
    }
};

/** Everything a person sees of a dose row. */
auto rowOf(const DoseEvent &e)
{
    return std::make_tuple(e.id, e.date, e.time, e.drugId, e.micrograms, e.formulationId, e.note);
}

/** Everything the diary holds that the adding, setting and switch commands touch, a line per row. */
QStringList everything(const Diary &d)
{
    QStringList out;
    for (const Drug &x : d.drugs(true)) {
        out << QStringLiteral("drug %1 %2 %3 %4 %5 %6")
                   .arg(x.id)
                   .arg(x.name, x.drugClass, x.libraryKey, x.sources)
                   .arg(x.hidden);
        for (const Formulation &f : d.formulations(x.id, true))
            out << QStringLiteral("form %1 %2 %3 %4").arg(f.id).arg(f.drugId).arg(f.label()).arg(f.hidden);
        const QString doseNow = QStringLiteral("dose_now_mg:%1").arg(x.id);
        out << QStringLiteral("%1 %2 %3").arg(doseNow).arg(d.hasSetting(doseNow)).arg(d.setting(doseNow));
    }
    for (const Symptom &s : d.symptoms(true))
        out << QStringLiteral("symptom %1 %2 %3 %4 %5 %6")
                   .arg(s.id)
                   .arg(s.key, s.name, s.group)
                   .arg(s.hidden)
                   .arg(s.usual);
    for (const StoredPlan &p : d.plans(true))
        out << QStringLiteral("plan %1 %2 %3 %4 %5 %6")
                   .arg(p.id)
                   .arg(p.drugId)
                   .arg(p.archived)
                   .arg(p.endedOn.toString(Qt::ISODate), p.note)
                   .arg(p.schedule.steps.size());
    for (const StoredSwitch &s : d.switches(true))
        out << QStringLiteral("switch %1 %2 %3 %4 %5 %6")
                   .arg(s.id)
                   .arg(s.fromDrugId)
                   .arg(s.diazepamDrugId)
                   .arg(s.startDate.toString(Qt::ISODate), s.endedOn.toString(Qt::ISODate))
                   .arg(s.archived);
    for (const char *key : { "crisis_number", "hold_ratio" })
        out << QStringLiteral("setting %1 %2 %3")
                   .arg(QLatin1String(key))
                   .arg(d.hasSetting(QLatin1String(key)))
                   .arg(d.setting(QLatin1String(key)));
    return out;
}

/** Pushes a command, then undo, redo, undo: after each undo the diary is as before, after the redo
 *  as after the push. Returns the diary as the push left it. */
QStringList pushUndoRedoUndo(Fixture &f, std::unique_ptr<UndoCommand> command)
{
    const QStringList before = everything(*f.diary);
    QSignalSpy changed(f.diary.get(), &Diary::changed);
    f.stack.push(std::move(command));
    const QStringList after = everything(*f.diary);
    CHECK(after != before);
    f.stack.undo();
    CHECK(everything(*f.diary) == before);
    f.stack.redo();
    CHECK(everything(*f.diary) == after);
    f.stack.undo();
    CHECK(everything(*f.diary) == before);
    CHECK(changed.size() == 4); // each step one published change
    return after;
}

} // namespace

TEST_CASE("undo of a removed dose puts back the exact row; redo removes it again", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    const DoseEvent morning
        = d.logDose({ kDay, QTime(8, 15), f.sertraline, 37500, f.liquid, QStringLiteral("with food"), false });
    const DoseEvent evening = d.logDose({ kDay, QTime(20, 0), f.sertraline, 12500, {}, {}, false });
    CHECK_FALSE(f.stack.canUndo());

    QSignalSpy changed(&d, &Diary::changed);
    QSignalSpy pushed(&f.stack, &UndoStack::pushed);
    f.stack.push(commands::deleteDose(morning.id));
    CHECK(d.doses(kDay).size() == 1);
    CHECK(f.stack.canUndo());
    CHECK(f.stack.undoText() == QLatin1String("Dose removed"));
    CHECK(pushed.size() == 1);
    CHECK(changed.size() == 1);

    f.stack.undo();
    CHECK(changed.size() == 2); // one step, one published change
    auto doses = d.doses(kDay);
    REQUIRE(doses.size() == 2);
    CHECK(rowOf(doses[0]) == rowOf(morning)); // same id, time, amount, formulation and note
    CHECK(rowOf(doses[1]) == rowOf(evening));
    CHECK_FALSE(f.stack.canUndo());
    CHECK(f.stack.canRedo());
    CHECK(f.stack.redoText() == QLatin1String("Dose removed"));

    f.stack.redo();
    doses = d.doses(kDay);
    REQUIRE(doses.size() == 1);
    CHECK(rowOf(doses[0]) == rowOf(evening));
    f.stack.undo();
    CHECK(d.dose(morning.id).has_value());
    CHECK(rowOf(*d.dose(morning.id)) == rowOf(morning));
}

TEST_CASE("undo of logged doses removes all of them; redo brings back the same rows", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    const qint64 diazepam = d.addDrug(QStringLiteral("Diazepam")).id;
    QList<NewDose> usual = { { kDay, QTime(8, 0), f.sertraline, 25000, f.liquid, {}, true },
        { kDay, QTime(20, 0), f.sertraline, 12500, f.liquid, {}, true },
        { kDay, QTime(22, 0), diazepam, 2000, {}, {}, true } };
    f.stack.push(commands::logDoses(usual));
    const QList<DoseEvent> logged = d.doses(kDay);
    REQUIRE(logged.size() == 3);
    CHECK(f.stack.undoText() == QLatin1String("3 doses logged"));
    f.stack.undo();
    CHECK(d.doses(kDay).isEmpty());
    f.stack.redo();
    const QList<DoseEvent> again = d.doses(kDay);
    REQUIRE(again.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(rowOf(again[i]) == rowOf(logged[i]));
}

TEST_CASE("undo of ratings and day fields puts back the value before, including none", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    d.setRating(kDay, QStringLiteral("insomnia"), 3);
    d.updateDay(kDay, 7, 7.25, QStringLiteral("slept badly"));

    f.stack.push(commands::setRating(kDay, QStringLiteral("brain_zaps"), 2)); // none -> 2
    f.stack.push(commands::setRating(kDay, QStringLiteral("insomnia"), std::nullopt)); // 3 -> cleared
    CHECK(f.stack.undoText() == QLatin1String("Rating cleared"));
    f.stack.push(commands::setRatings(
        kDay, { { QStringLiteral("headache"), 0 }, { QStringLiteral("nausea"), 0 } }, "No symptoms today"));
    f.stack.push(commands::setWellbeing(kDay, std::nullopt));
    f.stack.push(commands::setSleepHours(kDay, 8.5));
    f.stack.push(commands::setNote(kDay, QString()));
    CHECK(d.ratings(kDay)
        == QMap<QString, int> {
            { QStringLiteral("brain_zaps"), 2 }, { QStringLiteral("headache"), 0 }, { QStringLiteral("nausea"), 0 } });
    CHECK_FALSE(d.day(kDay).wellbeing);
    CHECK(d.day(kDay).sleepHours == 8.5);
    CHECK(d.day(kDay).note.isEmpty());

    f.stack.undo(); // note
    CHECK(d.day(kDay).note == QLatin1String("slept badly"));
    f.stack.undo(); // sleep
    CHECK(d.day(kDay).sleepHours == 7.25);
    f.stack.undo(); // wellbeing
    CHECK(d.day(kDay).wellbeing == 7);
    f.stack.undo(); // "no symptoms today": one step for both
    CHECK(d.ratings(kDay) == QMap<QString, int> { { QStringLiteral("brain_zaps"), 2 } });
    f.stack.undo(); // clear insomnia
    CHECK(d.ratings(kDay).value(QStringLiteral("insomnia"), -1) == 3);
    f.stack.undo(); // brain zaps
    CHECK(d.ratings(kDay) == QMap<QString, int> { { QStringLiteral("insomnia"), 3 } });
    CHECK_FALSE(f.stack.canUndo());
    CHECK(d.day(kDay).wellbeing == 7); // the day as it was before any of it
    CHECK(d.day(kDay).sleepHours == 7.25);
}

TEST_CASE("a change that is refused is not kept for undo and writes nothing", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    QSignalSpy changed(&d, &Diary::changed);
    CHECK_THROWS_AS(f.stack.push(commands::setRating(kDay, QStringLiteral("no_such_symptom"), 2)), Error);
    CHECK_THROWS_AS(f.stack.push(commands::deleteDose(4242)), Error);
    // A step whose second half fails rolls back its first half too.
    CHECK_THROWS_AS(f.stack.push(commands::setRatings(
                        kDay, { { QStringLiteral("brain_zaps"), 2 }, { QStringLiteral("zzz_unknown"), 1 } })),
        Error);
    CHECK(d.ratings(kDay).isEmpty());
    CHECK_FALSE(f.stack.canUndo());
    CHECK(changed.isEmpty());
}

TEST_CASE("a step that can no longer be undone empties the stack and says so", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    f.stack.push(commands::logDose({ kDay, QTime(8, 0), f.sertraline, 50000, {}, {}, false }));
    d.deleteDose(d.doses(kDay).first().id); // changed elsewhere (e.g. the command-line tool)
    CHECK_THROWS_AS(f.stack.undo(), Error);
    CHECK_FALSE(f.stack.canUndo());
    CHECK_FALSE(f.stack.canRedo());
}

TEST_CASE("a new change after an undo forgets the redo; the stack is emptied with its diary", "[undo]")
{
    Fixture f;
    f.stack.push(commands::setWellbeing(kDay, 5));
    f.stack.undo();
    CHECK(f.stack.canRedo());
    f.stack.push(commands::setWellbeing(kDay, 6));
    CHECK_FALSE(f.stack.canRedo());
    CHECK(f.stack.count() == 1);
    f.stack.setDiary(nullptr);
    CHECK_FALSE(f.stack.canUndo());
    CHECK_THROWS_AS(f.stack.push(commands::setWellbeing(kDay, 7)), Error);
    CHECK(f.diary->day(kDay).wellbeing == 6);
}

TEST_CASE("undo of plan changes puts the plan back exactly, under the same id", "[undo][plans]")
{
    Fixture f;
    Diary &d = *f.diary;
    planner::Plan p = d.planTemplate(f.sertraline);
    p.method = planner::Method::Percent;
    p.startDoseMg = 50;
    p.startDate = QDate(2026, 1, 1);
    p.intervalDays = 28;
    p.stepSize = 10;
    f.stack.push(commands::savePlan(f.sertraline, p, QStringLiteral("agreed")));
    REQUIRE(d.plans().size() == 1);
    const StoredPlan saved = d.plans().first();

    f.stack.push(commands::adjustPlan(saved.id, planner::Adjustment::hold(QDate(2026, 3, 15), 14)));
    const StoredPlan held = *d.plan(saved.id);
    CHECK(held.schedule.steps.size() == saved.schedule.steps.size());
    CHECK(held.schedule.steps.last().start == saved.schedule.steps.last().start.addDays(14));
    f.stack.push(commands::archivePlan(saved.id));
    CHECK(d.plans().isEmpty());

    f.stack.undo(); // archive
    REQUIRE(d.plans().size() == 1);
    CHECK(d.plans().first().schedule.steps.last().start == held.schedule.steps.last().start);
    f.stack.undo(); // hold
    const StoredPlan back = *d.plan(saved.id);
    REQUIRE(back.schedule.steps.size() == saved.schedule.steps.size());
    for (qsizetype i = 0; i < back.schedule.steps.size(); ++i) {
        CHECK(back.schedule.steps[i].start == saved.schedule.steps[i].start);
        CHECK(back.schedule.steps[i].doseMg == saved.schedule.steps[i].doseMg);
    }
    CHECK(back.note == QLatin1String("agreed"));
    f.stack.redo(); // hold again
    CHECK(d.plan(saved.id)->schedule.steps.last().start == held.schedule.steps.last().start);
    f.stack.undo();
    f.stack.undo(); // the save itself
    CHECK(d.plans(true).isEmpty());
    f.stack.redo();
    REQUIRE(d.plans().size() == 1);
    CHECK(d.plans().first().id == saved.id);
}

TEST_CASE("hiding a medicine, a form or a symptom can be undone", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    f.stack.push(commands::setDrugHidden(f.sertraline, true));
    f.stack.push(commands::setFormulationHidden(f.sertraline, f.liquid, true));
    f.stack.push(commands::setSymptomHidden(QStringLiteral("brain_zaps"), true));
    f.stack.push(commands::setSymptomUsual(QStringLiteral("insomnia"), true));
    CHECK(d.drug(f.sertraline)->hidden);
    f.stack.undo();
    f.stack.undo();
    f.stack.undo();
    f.stack.undo();
    CHECK_FALSE(d.drug(f.sertraline)->hidden);
    CHECK_FALSE(d.symptom(QStringLiteral("brain_zaps"))->hidden);
    CHECK_FALSE(d.symptom(QStringLiteral("insomnia"))->usual);
    for (const Formulation &form : d.formulations(f.sertraline, true))
        CHECK_FALSE(form.hidden);
}

TEST_CASE("a note marked for the prescriber: the mark follows the note and undo puts both back", "[undo][notes]")
{
    Fixture f;
    Diary &d = *f.diary;
    // No note yet: nothing to mark, and nothing is written or kept for undo.
    REQUIRE_THROWS_AS(f.stack.push(commands::setNoteForPrescriber(kDay, true)), Error);
    CHECK_FALSE(f.stack.canUndo());
    CHECK(d.day(kDay).isEmpty());

    f.stack.push(commands::setNote(kDay, QStringLiteral("zaps worse after the cut")));
    f.stack.push(commands::setNoteForPrescriber(kDay, true));
    CHECK(d.day(kDay).noteForPrescriber);
    CHECK(d.history(kDay, kDay).first().noteForPrescriber);

    // Editing the note keeps the mark; clearing it clears the mark.
    f.stack.push(commands::setNote(kDay, QStringLiteral("zaps worse since the cut")));
    CHECK(d.day(kDay).noteForPrescriber);
    f.stack.push(commands::setNote(kDay, QString()));
    CHECK(d.day(kDay).note.isEmpty());
    CHECK_FALSE(d.day(kDay).noteForPrescriber);

    // Undo of the clearing puts back the note with its mark.
    f.stack.undo();
    CHECK(d.day(kDay).note == QLatin1String("zaps worse since the cut"));
    CHECK(d.day(kDay).noteForPrescriber);
    f.stack.undo();
    f.stack.undo();
    CHECK(d.day(kDay).note == QLatin1String("zaps worse after the cut"));
    CHECK_FALSE(d.day(kDay).noteForPrescriber);
    f.stack.redo();
    CHECK(d.day(kDay).noteForPrescriber);
}

TEST_CASE("adding a medicine with its forms and dose now: undo takes all of it back, redo adds it again", "[undo]")
{
    Fixture f;
    Diary &d = *f.diary;
    const QStringList after = pushUndoRedoUndo(f, commands::addDrug([](Diary &diary) {
        const Drug drug = diary.addDrug(QStringLiteral("Escitalopram"));
        diary.setFormulationHidden(diary.formulations(drug.id).first().id, true); // not a form the person has
        Formulation liquid;
        liquid.drugId = drug.id;
        liquid.kind = Formulation::Kind::Liquid;
        liquid.mgPerMl = 1;
        diary.addFormulation(liquid);
        diary.setSetting(QStringLiteral("dose_now_mg:%1").arg(drug.id), QStringLiteral("15;2026-03-15"));
        return drug.id;
    }));
    CHECK(after.filter(QStringLiteral("Escitalopram")).size() == 1);
    CHECK(after.filter(QStringLiteral("mg/mL liquid")).size() == 2); // the sertraline liquid and the new one
    CHECK(after.filter(QStringLiteral("15;2026-03-15")).size() == 1);
    CHECK_FALSE(d.drugByName(QStringLiteral("Escitalopram")));

    // once a dose of it is logged, taking the medicine back would lose the dose: refused, both kept
    f.stack.redo();
    const qint64 id = d.drugByName(QStringLiteral("Escitalopram"))->id;
    d.logDose({ kDay, QTime(8, 0), id, 15000, {}, {}, false });
    CHECK_THROWS_AS(f.stack.undo(), Error);
    CHECK(d.drugByName(QStringLiteral("Escitalopram")));
    CHECK(d.doses(kDay).size() == 1);
}

TEST_CASE("adding a form or a symptom, and a setting, can be undone and redone exactly", "[undo]")
{
    Fixture f;
    Formulation tablet;
    tablet.drugId = f.sertraline;
    tablet.strengthMg = 25;
    tablet.splitParts = 2;
    pushUndoRedoUndo(f, commands::addFormulation(tablet));
    pushUndoRedoUndo(f, commands::addSymptom(QStringLiteral("Jaw clenching"), QStringLiteral("Movement")));
    // a setting that had no value is removed again; one that had a value gets it back
    pushUndoRedoUndo(f, commands::setSetting(QStringLiteral("crisis_number"), QStringLiteral("116 123")));
    f.diary->setSetting(QStringLiteral("hold_ratio"), QStringLiteral("1.50"));
    pushUndoRedoUndo(f, commands::setSetting(QStringLiteral("hold_ratio"), QStringLiteral("2.00")));
    CHECK(f.diary->setting(QStringLiteral("hold_ratio")) == QLatin1String("1.50"));

    // a symptom rated since it was added is not taken back
    f.stack.push(commands::addSymptom(QStringLiteral("Jaw clenching"), QStringLiteral("Movement")));
    f.diary->setRating(kDay, f.diary->symptoms(true).last().key, 2);
    CHECK_THROWS_AS(f.stack.undo(), Error);
    CHECK(f.diary->ratings(kDay).size() == 1);
}

TEST_CASE(
    "recording a switch that ends a plan: undo removes the switch and diazepam and restarts the plan", "[undo][switch]")
{
    Fixture f;
    Diary &d = *f.diary;
    const Drug alp = d.addDrug(QStringLiteral("alprazolam"));
    planner::Plan plan = d.planTemplate(alp.id);
    plan.method = planner::Method::Linear;
    plan.startDoseMg = 2;
    plan.startDate = QDate(2026, 3, 1);
    plan.intervalDays = 14;
    plan.stepSize = 0.25;
    d.savePlan(alp.id, plan);
    commands::SwitchRequest r;
    r.fromDrugId = alp.id;
    r.fromDoseMg = 2;
    r.start = QDate(2026, 4, 1);
    r.stages = 4;
    r.intervalDays = 14;
    r.sourceKey = QStringLiteral("S2");
    r.confirmedWithPrescriber = true;
    r.plans = Diary::ActivePlans::End;
    const QStringList after = pushUndoRedoUndo(f, commands::recordSwitch(r));
    CHECK(after.filter(QStringLiteral("Diazepam")).size() == 1);
    CHECK(after.filter(QStringLiteral("2026-03-31")).size() == 1); // the plan ended the day before
    CHECK(d.plans().size() == 1); // active again
    CHECK(d.switches(true).isEmpty());
    CHECK_FALSE(d.drugByName(QStringLiteral("Diazepam")));

    // end and archive of a switch
    f.stack.redo();
    const qint64 id = d.switches().first().id;
    pushUndoRedoUndo(f, commands::endSwitch(id, QDate(2026, 4, 20)));
    pushUndoRedoUndo(f, commands::archiveSwitch(id));
    CHECK(d.switches().first().isActive());
}
