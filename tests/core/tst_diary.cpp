// SPDX-License-Identifier: GPL-3.0-or-later
// The diary's data model: drugs, formulations, doses, symptoms, ratings, day fields, history.
#include "diary.h"
#include "errors.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace waymark;
using namespace waymark::test;

namespace {

std::unique_ptr<Diary> newDiary(const TempFolder &dir)
{
    return Diary::create(dir.file(QStringLiteral("d.waymark")), kPassphrase, testClock());
}

ErrorCode errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.code();
    }
    FAIL("expected an error");
    return ErrorCode::Io;
}

} // namespace

TEST_CASE("drugs come from the library with sources and tablets, or are the person's own", "[diary]")
{
    TempFolder dir;
    auto diary = newDiary(dir);
    const Drug cit = diary->addDrug(QStringLiteral("citalopram"));
    CHECK(cit.name == QLatin1String("Citalopram"));
    CHECK(cit.sources == QLatin1String("S1;S5"));
    CHECK(cit.sertEd50Mg == 2.33);
    const auto forms = diary->formulations(cit.id);
    REQUIRE(forms.size() == 3);
    CHECK(forms[0].strengthMg == 10);
    CHECK(forms[0].splitParts == 2);
    CHECK(forms[0].label() == QLatin1String("10 mg tablet (halves)"));
    CHECK(diary->largestStrengthMg(cit.id) == 40);
    CHECK(diary->isUnusuallyLarge(cit.id, 401));
    CHECK_FALSE(diary->isUnusuallyLarge(cit.id, 400));

    CHECK(errorOf([&] { diary->addDrug(QStringLiteral("CITALOPRAM")); }) == ErrorCode::AlreadyExists);
    CHECK(errorOf([&] { diary->addDrug(QStringLiteral("Mirtazapine")); }) == ErrorCode::InvalidInput);
    const Drug own = diary->addDrug(QStringLiteral("Mirtazapine"), QStringLiteral("NaSSA"));
    CHECK(own.sources == QLatin1String("user"));
    CHECK(own.libraryKey.isEmpty());
    CHECK(diary->formulations(own.id).isEmpty());
    CHECK(errorOf([&] { diary->addDrug(QStringLiteral("   ")); }) == ErrorCode::InvalidInput);

    diary->setDrugHidden(own.id, true);
    CHECK(diary->drugs().size() == 1);
    CHECK(diary->drugs(true).size() == 2);
}

TEST_CASE("formulations: tablets split only where allowed, liquids with a syringe", "[diary]")
{
    TempFolder dir;
    auto diary = newDiary(dir);
    const Drug par = diary->addDrug(QStringLiteral("paroxetine"));
    Formulation cr;
    cr.drugId = par.id;
    cr.strengthMg = 12.5;
    cr.modifiedRelease = true;
    cr.splitParts = 2;
    CHECK(errorOf([&] { diary->addFormulation(cr); }) == ErrorCode::InvalidInput);
    cr.splitParts = 1;
    CHECK(diary->addFormulation(cr).label() == QLatin1String("12.5 mg tablet (modified release, do not split)"));

    Formulation liquid;
    liquid.drugId = par.id;
    liquid.kind = Formulation::Kind::Liquid;
    liquid.mgPerMl = 2;
    liquid.syringeMl = 0.1;
    const Formulation saved = diary->addFormulation(liquid);
    CHECK(saved.label() == QLatin1String("2 mg/mL liquid (syringe 0.1 mL)"));
    liquid.mgPerMl = -1;
    CHECK(errorOf([&] { diary->addFormulation(liquid); }) == ErrorCode::InvalidInput);

    Formulation capsule;
    capsule.drugId = par.id;
    capsule.kind = Formulation::Kind::Capsule;
    capsule.strengthMg = 20;
    capsule.splitParts = 2;
    CHECK(errorOf([&] { diary->addFormulation(capsule); }) == ErrorCode::InvalidInput);

    diary->setFormulationHidden(saved.id, true);
    CHECK(diary->formulations(par.id).size() == 5);
    CHECK(diary->formulations(par.id, true).size() == 6);
}

TEST_CASE("doses keep 0.001 mg, are validated, and nothing is half-written", "[diary]")
{
    TempFolder dir;
    auto diary = newDiary(dir);
    const Drug dz = diary->addDrug(QStringLiteral("diazepam"));
    const QDate day(2026, 3, 14);
    QSignalSpy changed(diary.get(), &Diary::dayChanged);
    diary->logDose({ day, QTime(22, 0), dz.id, 1250, {}, QStringLiteral("half of 2.5"), false });
    diary->logDose({ day, QTime(8, 0), dz.id, 10, {}, {}, false });
    CHECK(changed.size() == 2);
    auto doses = diary->doses(day);
    REQUIRE(doses.size() == 2);
    CHECK(doses[0].time == QTime(8, 0)); // ordered by time
    CHECK(doses[0].mg() == 0.01);
    CHECK(doses[1].mg() == 1.25);
    CHECK(doses[1].note == QLatin1String("half of 2.5"));

    CHECK(errorOf([&] { diary->logDose({ day, {}, dz.id, 101000, {}, {}, false }); }) == ErrorCode::InvalidInput);
    diary->logDose({ day, {}, dz.id, 101000, {}, {}, true }); // confirmed
    CHECK(errorOf([&] { diary->logDose({ day, {}, 9999, 1000, {}, {}, false }); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { diary->logDose({ day, {}, dz.id, 0, {}, {}, false }); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] {
        diary->logDose({ day, {}, dz.id, 1000, {}, QString(10001, QLatin1Char('x')), false });
    }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { diary->logDose({ QDate(), {}, dz.id, 1000, {}, {}, false }); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] {
        diary->logDose({ day, {}, dz.id, 1000, qint64(424242), {}, false });
    }) == ErrorCode::InvalidInput);
    CHECK(diary->doses(day).size() == 3);

    // A batch that fails half-way leaves nothing behind.
    CHECK_THROWS(diary->batch([&] {
        diary->logDose({ day, {}, dz.id, 2000, {}, {}, false });
        diary->setRating(day, QStringLiteral("no_such_symptom"), 2);
    }));
    CHECK(diary->doses(day).size() == 3);

    diary->deleteDose(diary->doses(day).last().id);
    CHECK(diary->doses(day).size() == 2);
    CHECK(errorOf([&] { diary->deleteDose(123456); }) == ErrorCode::NotFound);

    const auto usual = diary->usualDoses(day.addDays(1));
    REQUIRE(usual.size() == 2);
    CHECK(usual[0].micrograms == 10);
    CHECK(diary->usualDoses(day).isEmpty());
}

TEST_CASE("ratings per symptom and day; hiding a symptom keeps its history", "[diary]")
{
    TempFolder dir;
    auto diary = newDiary(dir);
    const QDate day(2026, 3, 10);
    diary->setRating(day, QStringLiteral("brain_zaps"), 3);
    diary->setRating(day, QStringLiteral("brain_zaps"), 2); // replaces
    diary->setRating(day, QStringLiteral("insomnia"), 0);
    CHECK(diary->ratings(day)
        == QMap<QString, int> { { QStringLiteral("brain_zaps"), 2 }, { QStringLiteral("insomnia"), 0 } });
    CHECK(errorOf([&] { diary->setRating(day, QStringLiteral("brain_zaps"), 5); }) == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { diary->setRating(day, QStringLiteral("unknown"), 1); }) == ErrorCode::NotFound);

    diary->setSymptomHidden(QStringLiteral("brain_zaps"), true);
    CHECK(diary->symptoms().size() == 45);
    CHECK(diary->symptoms(true).size() == 46);
    CHECK(diary->ratings(day).value(QStringLiteral("brain_zaps")) == 2);
    CHECK(diary->history(day, day).first().symptomLoad == 2);

    const Symptom own = diary->addSymptom(QStringLiteral("Jaw clenching"), QStringLiteral("Movement"));
    CHECK(own.key.startsWith(QStringLiteral("custom_")));
    CHECK_FALSE(own.builtin);
    diary->setRating(day, own.key, 1);
    CHECK(errorOf([&] { diary->addSymptom(QStringLiteral("jaw clenching"), {}); }) == ErrorCode::AlreadyExists);

    diary->clearRating(day, QStringLiteral("insomnia"));
    CHECK_FALSE(diary->ratings(day).contains(QStringLiteral("insomnia")));
}

TEST_CASE("day fields: wellbeing, sleep and note, set together or one by one", "[diary]")
{
    TempFolder dir;
    auto diary = newDiary(dir);
    const QDate day(2026, 3, 11);
    diary->updateDay(day, 6, 7.5, QStringLiteral("walked"));
    DayEntry e = diary->day(day);
    CHECK(e.wellbeing == 6);
    CHECK(e.sleepHours == 7.5);
    CHECK(e.note == QLatin1String("walked"));

    diary->updateDay(day, std::nullopt, std::nullopt, QStringLiteral("ran"));
    CHECK(diary->day(day).wellbeing == 6); // untouched
    CHECK(errorOf([&] { diary->updateDay(day, 11, 3.0, QStringLiteral("x")); }) == ErrorCode::InvalidInput);
    CHECK(diary->day(day).sleepHours == 7.5); // nothing half-written
    CHECK(diary->day(day).note == QLatin1String("ran"));

    diary->setWellbeing(day, std::nullopt);
    diary->setSleepHours(day, std::nullopt);
    diary->setNote(day, QString());
    CHECK(diary->day(day).isEmpty());
    CHECK(diary->history(day, day).isEmpty()); // an emptied day leaves the history
}

TEST_CASE("history: one compact summary per logged day, newest first", "[diary]")
{
    TempFolder dir;
    auto diary = newDiary(dir);
    const Drug dz = diary->addDrug(QStringLiteral("diazepam"));
    diary->logDose({ QDate(2026, 3, 1), {}, dz.id, 5000, {}, {}, false });
    diary->logDose({ QDate(2026, 3, 1), {}, dz.id, 2500, {}, {}, false });
    diary->setRating(QDate(2026, 3, 2), QStringLiteral("suicidal_thoughts"), 2);
    diary->setRating(QDate(2026, 3, 2), QStringLiteral("anxiety"), 3);
    diary->setRating(QDate(2026, 3, 2), QStringLiteral("insomnia"), 0);
    diary->updateDay(QDate(2026, 3, 3), 7, std::nullopt, QStringLiteral("ok"));

    const auto h = diary->history(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(h.size() == 3);
    CHECK(h[0].date == QDate(2026, 3, 3));
    CHECK(h[0].hasNote);
    CHECK(h[0].wellbeing == 7);
    CHECK(h[1].symptomsPresent == 2);
    CHECK(h[1].symptomLoad == 5);
    CHECK(h[1].maxSeverity == 3);
    CHECK(h[1].safetyFlag);
    CHECK(h[1].symptomsRated == 3); // "none" counts as rated
    CHECK(h[2].doseCount == 2);
    CHECK(h[2].mgByDrug.value(QStringLiteral("Diazepam")) == 7.5);
    CHECK_FALSE(h[2].safetyFlag);
    CHECK(h[2].symptomsRated == 0); // doses only: symptoms not rated, which is not "no symptoms"
    CHECK(h[0].symptomsRated == 0);
    CHECK(diary->firstDay() == QDate(2026, 3, 1));
}

TEST_CASE("settings are stored inside the encrypted diary", "[diary]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("s.waymark"));
    Diary::create(path, kPassphrase, testClock())
        ->setSetting(QStringLiteral("crisis_number"), QStringLiteral("116 123"));
    auto diary = Diary::open(path, kPassphrase, testClock());
    CHECK(diary->setting(QStringLiteral("crisis_number")) == QLatin1String("116 123"));
    CHECK(diary->setting(QStringLiteral("autolock_minutes"), QStringLiteral("5")) == QLatin1String("5"));
    CHECK(readBytes(path).indexOf("116 123") < 0);
}
